"""Results: the band and its meaning, a chart of the dimensions, red flags first, why (the trace in
plain words), recommendations by priority, and the obligations of the band."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from aisafe_desktop.core.action_plan import ActionItem
from aisafe_desktop.core.display import whole_percent
from aisafe_desktop.core.explain import chart_groups, explain
from aisafe_desktop.core.model import Direction, Priority, Questionnaire
from aisafe_desktop.core.scoring import DimensionScore, ScoreResult
from aisafe_desktop.core.status import AssessmentStatus
from aisafe_desktop.gui.action_plan import ActionItemEditor
from aisafe_desktop.gui.band_gauge import BandGauge
from aisafe_desktop.gui.chart import Bar, DimensionChart
from aisafe_desktop.gui.design import Space, TextRole, set_margins, set_text_role
from aisafe_desktop.gui.retranslate import Retranslating
from aisafe_desktop.gui.widgets import (
    Heading,
    announce,
    caption,
    no_tab_stop,
    plain_label,
    quiet,
    wrapped,
)

if TYPE_CHECKING:
    from aisafe_desktop.gui.context import AppContext

MAX_CONTENT_WIDTH = 900


def dimension_bars(q: Questionnaire, result: ScoreResult, lang: str,
                   scores: Sequence[DimensionScore] | None = None) -> list[Bar]:
    bars = []
    for score in result.dimensions if scores is None else scores:
        dim = q.dimension(score.id)
        label = dim.title.get(lang) if dim else score.id
        if score.maximum <= 0:
            continue
        if dim is not None and dim.display_max:
            # the interface language's decimal sign (QLocale.setDefault follows the language)
            level = QLocale().toString(score.percent * dim.display_max / 100, "f", 1)
            shown = f"{level} / {dim.display_max:g}"
        else:
            shown = f"{whole_percent(score.percent)} %"
        bars.append(Bar(label, score.percent, shown))
    return bars


class ResultsPage(Retranslating, QWidget):
    """Signals:
        back_requested(): return to the answers.
        export_requested(int): make a signed PDF report of this assessment.
        change_log_requested(int): show this assessment's change log.
        action_item_edited(int, object): an action plan item (ActionItem) of this assessment
            was edited; the owner saves it.
    """

    back_requested = Signal()
    export_requested = Signal(int)
    change_log_requested = Signal(int)
    action_item_edited = Signal(int, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.assessment_id: int | None = None
        self.questionnaire: Questionnaire | None = None
        self.result: ScoreResult | None = None
        self.language = "en"
        self.title = ""
        self.action_plan: dict[str, ActionItem] = {}
        self.action_editors: dict[str, ActionItemEditor] = {}
        self.scroller = QScrollArea()
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        no_tab_stop(self.scroller)
        self.back_button = QPushButton()
        self.back_button.clicked.connect(self.back_requested)
        self.export_button = QPushButton()
        self.export_button.clicked.connect(
            lambda: self.assessment_id is not None and self.export_requested.emit(
                self.assessment_id))
        self.export_button.hide()
        self.log_button = QPushButton()
        self.log_button.clicked.connect(
            lambda: self.assessment_id is not None and self.change_log_requested.emit(
                self.assessment_id))
        footer = QHBoxLayout()
        footer.addWidget(self.back_button)
        footer.addWidget(self.log_button)
        footer.addStretch(1)
        footer.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.scroller, 1)
        layout.addLayout(footer)
        self._retranslate()

    def show_result(self, assessment_id: int, q: Questionnaire, result: ScoreResult,
                    language: str, title: str = "",
                    action_plan: Mapping[str, ActionItem] | None = None) -> None:
        self.assessment_id, self.questionnaire, self.result = assessment_id, q, result
        self.language = language
        self.title = title
        self.action_plan = dict(action_plan or {})
        self._render()

    def set_action_plan(self, plan: Mapping[str, ActionItem]) -> None:
        """Show the saved action plan (read after the page was shown) without re-rendering. An
        item the person already edited keeps what they typed (the read may arrive after it)."""
        merged = dict(plan)
        for rec_id, editor in self.action_editors.items():
            if not editor.edited():
                editor.set_item(plan.get(rec_id, ActionItem(rec_id)))
            elif rec_id in self.action_plan:
                merged[rec_id] = self.action_plan[rec_id]
        self.action_plan = merged

    def mark_action(self, recommendation_id: str, unsaved: bool) -> None:
        """An action-plan item the app could not save yet stays marked (SavedIndicator)."""
        editor = self.action_editors.get(recommendation_id)
        if editor is not None:
            editor.show_unsaved(unsaved)

    def _action_edited(self, item: ActionItem) -> None:
        self.action_plan[item.recommendation_id] = item
        if self.assessment_id is not None:
            self.action_item_edited.emit(self.assessment_id, item)

    def _render(self) -> None:
        q, result, lang = self.questionnaire, self.result, self.language
        if q is None or result is None:
            return
        content = QWidget()
        content.setMaximumWidth(MAX_CONTENT_WIDTH)
        self.body = QVBoxLayout(content)
        set_margins(self.body, Space.L, Space.S, Space.L, Space.L)
        self._band_block(q, result, lang)
        self._red_flags(q, result, lang)
        self._chart(q, result, lang)
        self._section(self.tr("Why this result"), explain(q, result, lang), numbered=False)
        self._recommendations(q, result, lang)
        band = q.band(result.band)
        if band is not None and band.obligations:
            self._section(self.tr("What this level asks of you"),
                          [o.get(lang) for o in band.obligations])
        self.body.addStretch(1)
        self.scroller.setWidget(content)

    def _band_block(self, q: Questionnaire, result: ScoreResult, lang: str) -> None:
        band = q.band(result.band)
        self.body.addWidget(quiet(wrapped(self.title or q.title.get(lang))))
        title = q.result_title(result.band)  # a band's label, or an outcome's title
        label = title.get(lang) if title else result.band
        heading = Heading(self.tr("Result: {band}").format(band=label), level=1)
        heading.setObjectName("band-label")
        heading.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # where the focus goes on arrival
        self.result_heading = heading
        self.body.addWidget(heading)
        outcome = q.outcome(result.outcome) if result.outcome else None
        if outcome is not None:  # an outcome has its own text and no band duties
            self.body.addWidget(wrapped(outcome.text.get(lang)))
        elif band is not None and band.meaning is not None:
            self.body.addWidget(wrapped(band.meaning.get(lang)))
        self.gauge = BandGauge()
        self.gauge.set_result(q, result, lang)
        self.gauge.setAccessibleName(self.tr("Result on the questionnaire's scale"))
        where = self.gauge.position()
        if where is not None:
            self.body.addWidget(self.gauge)
            self.gauge.setAccessibleDescription(self.gauge.describe(self.tr(
                "{band}: band {number} of {count} ({bands}); overall score {score} %")))
            self.body.addWidget(caption(wrapped(self.tr(
                "Band {number} of {count} · overall score {score} %").format(
                number=where[0], count=where[1], score=whole_percent(result.overall)))))
        else:
            self.gauge.hide()
            self.body.addWidget(quiet(wrapped(self.tr("Overall score: {score} %").format(
                score=whole_percent(result.overall)))))

    def focus_result(self) -> None:
        """On arriving at Results: the focus (and so the screen reader) is on the result itself,
        not on a container. It is announced only when the focus could not go there (the window
        is not active): a screen reader speaks the focus, and Orca said the result twice."""
        heading = getattr(self, "result_heading", None)
        if isinstance(heading, QWidget):
            heading.setFocus(Qt.FocusReason.OtherFocusReason)
            self.scroller.ensureWidgetVisible(heading)
            if not heading.hasFocus():
                announce(heading, heading.accessibleName())

    def _red_flags(self, q: Questionnaire, result: ScoreResult, lang: str) -> None:
        if not result.red_flags:
            return
        self.body.addWidget(Heading(self.tr("Red flags"), level=2))
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        size = self.fontMetrics().height()
        for flag_id in result.red_flags:
            flag = next((f for f in q.scoring.red_flags if f.id == flag_id), None)
            row = QHBoxLayout()
            mark = plain_label()
            mark.setPixmap(icon.pixmap(size, size))
            mark.setAccessibleName(self.tr("Red flag"))
            text = wrapped(flag.message.get(lang) if flag else flag_id)
            set_text_role(text, TextRole.STRONG)
            row.addWidget(mark, 0, Qt.AlignmentFlag.AlignTop)
            row.addWidget(text, 1)
            self.body.addLayout(row)

    def _chart(self, q: Questionnaire, result: ScoreResult, lang: str) -> None:
        """Risk areas (higher is worse) and safeguards (higher is better) in separate charts."""
        areas, safeguards = chart_groups(q, result)
        risk = q.scoring.direction is Direction.RISK
        self.charts: list[DimensionChart] = []
        for scores, title in (
                (areas, self.tr("Risk areas (a higher score is more serious)") if risk
                 else self.tr("Scores by area (higher is better)")),
                (safeguards, self.tr("Safeguards (higher is better)"))):
            bars = dimension_bars(q, result, lang, scores)
            if not bars:
                continue
            self.body.addWidget(Heading(title, level=2))
            chart = DimensionChart()
            chart.setAccessibleName(title)
            chart.set_bars(bars)
            self.body.addWidget(chart)
            self.charts.append(chart)
        if self.charts:
            self.chart = self.charts[0]

    def _recommendations(self, q: Questionnaire, result: ScoreResult, lang: str) -> None:
        names = {Priority.HIGH: self.tr("Do first"), Priority.MEDIUM: self.tr("Do next"),
                 Priority.LOW: self.tr("When you can")}
        recs = [r for t in result.recommendations if (r := q.recommendation(t.id)) is not None]
        if not recs:
            return
        self.body.addWidget(Heading(self.tr("What to do next"), level=2))
        self.body.addWidget(quiet(wrapped(self.tr(
            "Your action plan: tick each step when it is done, and give it an owner and a due "
            "date. The plan is saved with the assessment and printed in the signed report."))))
        self.action_editors = {}
        for priority in Priority:
            chosen = [r for r in recs if r.priority is priority]
            if not chosen:
                continue
            self.body.addWidget(Heading(names[priority], level=3))
            for rec in chosen:
                title = rec.title.get(lang) + ": " if rec.title else ""
                editor = ActionItemEditor(rec.id, title + rec.text.get(lang),
                                          self.action_plan.get(rec.id))
                editor.changed.connect(self._action_edited)
                self.action_editors[rec.id] = editor
                self.body.addWidget(editor)

    def _section(self, title: str, lines: list[str], numbered: bool = False) -> None:
        self.body.addWidget(Heading(title, level=2))
        for i, line in enumerate(lines, start=1):
            self.body.addWidget(wrapped(f"{i}. {line}" if numbered else "• " + line))

    def set_export_available(self, available: bool) -> None:
        self.export_button.setVisible(available)

    def _retranslate(self) -> None:
        self._render()
        self.back_button.setText(self.tr("&Back to the answers"))
        self.export_button.setText(self.tr("&Export signed PDF…"))
        self.log_button.setText(self.tr("Change &log…"))
        self.log_button.setToolTip(self.tr("When this assessment was created, answered, completed, "
                                           "exported and upgraded (Alt+L)"))
        self.export_button.setToolTip(self.tr("Make a signed PDF report that others can verify"))


def preview(ctx: AppContext) -> QWidget:
    """Sample data: `python -m aisafe_desktop.gui.results`."""
    page = ResultsPage()
    done = next(s for s in ctx.ws.list_assessments() if s.status is AssessmentStatus.COMPLETED)
    state = ctx.ws.open_assessment(done.id)
    page.show_result(state.id, state.questionnaire, ctx.ws.result(state.id), state.language,
                     state.title, ctx.ws.action_plan(state.id))
    return page


if __name__ == "__main__":
    import sys

    from aisafe_desktop.gui.preview import run_preview

    sys.exit(run_preview(preview))
