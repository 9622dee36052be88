"""Attacks on the verifier, each built here from a genuine report and signed with a real key:
every file gets a verdict (never an exception), with the reason that names the attack."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pikepdf
import pytest

from aisafe_desktop.cli.main import main
from aisafe_desktop.core.answers import answers_document_from_json
from aisafe_desktop.core.scoring import score
from aisafe_desktop.reporting import pdf_limits
from aisafe_desktop.reporting.verify import verify_pdf
from aisafe_desktop.reporting.verify_reasons import Reason
from aisafe_desktop.services import pdf_reports
from tests.reporting import hostile
from tests.reporting.support import DATA, SignedReport, StoredKey


def reasons(item: pdf_reports.ReportVerification) -> set[Reason | None]:
    return {c.reason for c in item.all_checks if c.passed is False}


@pytest.fixture(scope="module")
def unsigned(signed_report: SignedReport) -> bytes:
    return hostile.unsigned_revision(signed_report.data)


def verify_signed(
    pdf: bytes, key: StoredKey, lookup: pdf_reports.Lookup, tmp: Path
) -> pdf_reports.ReportVerification:
    path = tmp / "attack.pdf"
    path.write_bytes(hostile.sign(pdf, key.identity))
    [item] = pdf_reports.verify_reports([path], None, lookup)
    return item


def test_a_genuine_report_passes_every_check(signed_report: SignedReport, lookup: pdf_reports.Lookup) -> None:
    [item] = pdf_reports.verify_reports([signed_report.path], None, lookup)
    assert item.valid, item.reason
    assert {c.name for c in item.all_checks} >= {
        "pages match the answers",
        "answers follow the questionnaire",
    }


def test_compression_bomb_in_answers_is_refused_while_decoding(
    unsigned: bytes, rsa_key: StoredKey, lookup: pdf_reports.Lookup, tmp_path: Path
) -> None:
    item = verify_signed(hostile.with_answers_bomb(unsigned, 64), rsa_key, lookup, tmp_path)
    assert not item.valid and Reason.ANSWERS_TOO_LARGE in reasons(item)
    assert item.signature.answers is None


def test_bounded_inflate_stops_at_the_limit() -> None:
    with pytest.raises(pdf_limits.PdfLimitError) as caught:
        pdf_limits.bounded_inflate(hostile.bomb_bytes(8), 1000)
    assert caught.value.reason is Reason.ANSWERS_TOO_LARGE
    assert pdf_limits.bounded_inflate(hostile.bomb_bytes(1), 1 << 20) == bytes(1 << 20)


def test_compression_bomb_on_a_page_gives_a_verdict(
    unsigned: bytes, rsa_key: StoredKey, lookup: pdf_reports.Lookup, tmp_path: Path
) -> None:
    item = verify_signed(hostile.with_page_bomb(unsigned, 64), rsa_key, lookup, tmp_path)
    assert not item.valid and Reason.PAGES_UNREADABLE in reasons(item)


@pytest.mark.parametrize(
    "action",
    [
        {"S": pikepdf.Name.Launch, "F": pikepdf.String("/dev/zero")},
        {
            "S": pikepdf.Name.GoToR,
            "F": pikepdf.Dictionary(Type=pikepdf.Name.Filespec, F=pikepdf.String("/etc/passwd")),
            "D": [0],
        },
        {"S": pikepdf.Name.URI, "URI": pikepdf.String("file:///etc/passwd")},
        {"S": pikepdf.Name.URI, "URI": pikepdf.String("/dev/zero")},
    ],
    ids=["launch-dev-zero", "gotor-etc-passwd", "uri-file", "uri-device"],
)
def test_references_outside_the_file_are_refused(
    action: dict[str, Any], unsigned: bytes, rsa_key: StoredKey, lookup: pdf_reports.Lookup, tmp_path: Path
) -> None:
    item = verify_signed(hostile.with_link(unsigned, action), rsa_key, lookup, tmp_path)
    assert not item.valid and reasons(item) == {Reason.EXTERNAL_REFERENCE}


def test_an_action_hidden_behind_a_reference_is_refused(
    unsigned: bytes, rsa_key: StoredKey, lookup: pdf_reports.Lookup, tmp_path: Path
) -> None:
    def change(document: pikepdf.Pdf) -> None:
        action = pikepdf.Dictionary(S=document.make_indirect(pikepdf.Name.Launch),
                                    F=document.make_indirect(pikepdf.String("/dev/zero")))  # fmt: skip
        document.Root.OpenAction = document.make_indirect(action)

    item = verify_signed(hostile.edit(unsigned, change), rsa_key, lookup, tmp_path)
    assert reasons(item) == {Reason.EXTERNAL_REFERENCE}


def test_deep_nesting_is_refused(
    unsigned: bytes, rsa_key: StoredKey, lookup: pdf_reports.Lookup, tmp_path: Path
) -> None:
    item = verify_signed(hostile.with_deep_nesting(unsigned, 200), rsa_key, lookup, tmp_path)
    assert reasons(item) == {Reason.TOO_DEEP}


def test_nesting_deeper_than_python_recursion_gives_a_verdict(unsigned: bytes) -> None:
    result = verify_pdf(hostile.with_deep_nesting(unsigned, 5000))
    assert not result.valid and {c.reason for c in result.checks} <= {Reason.TOO_DEEP, Reason.DAMAGED}


def test_too_many_pages_and_objects_are_refused() -> None:
    pages = verify_pdf(hostile.many_pages(pdf_limits.MAX_PAGES + 1))
    assert [c.reason for c in pages.checks] == [Reason.TOO_MANY_PAGES]
    objects = verify_pdf(hostile.many_objects(pdf_limits.MAX_OBJECTS + 10))
    assert [c.reason for c in objects.checks] == [Reason.TOO_MANY_OBJECTS]


def test_object_count_is_read_before_parsing(signed_report: SignedReport) -> None:
    assert (
        pdf_limits.declared_objects(hostile.many_objects(pdf_limits.MAX_OBJECTS + 10))
        > pdf_limits.MAX_OBJECTS
    )
    with pikepdf.open(io.BytesIO(signed_report.data)) as pdf:
        count = len(pdf.objects)
        out = io.BytesIO()
        pdf.save(out, object_stream_mode=pikepdf.ObjectStreamMode.disable)  # a classic xref table
    assert 0 < pdf_limits.declared_objects(out.getvalue()) <= count + 1
    assert 0 < pdf_limits.declared_objects(signed_report.data) < 1000


def _answers(signed_report: SignedReport) -> dict[str, Any]:
    return hostile.answers_of(signed_report.data)


def _set(data: dict[str, Any], path: str, value: Any) -> None:
    *parents, last = path.split(".")
    for key in parents:
        data = data[key]
    data[last] = value


CRAFTED = [
    ("format", 7), ("questionnaire", []), ("questionnaire.id", {"a": 1}),
    ("questionnaire.version", None), ("questionnaire.sha256", "zz"), ("language", 3),
    ("answers", ["purpose"]), ("answers.users", {"value": [[1]]}),
    ("answers.purpose", {"value": {"nested": "dict"}}), ("answers.purpose", {"value": "x" * 3_000_000}),
    ("answers.purpose", {"value": "ok", "comment": 5}), ("answers.purpose", {"value": "ok", "extra": 1}),
    ("title", ["a list"]), ("ai_system", 12), ("organisation", "text"), ("organisation.name", {"a": 1}),
    ("result", "abc"), ("result.overall", "abc"), ("result.overall", 1e300), ("result.overall", 250),
    ("result.band", ["high"]), ("result.red_flags", "health-auto"), ("result.dimensions", [1]),
    ("created", "yesterday"), ("generator", {}), ("reference", "../../etc"), ("complete", "yes"),
    ("unknown-field", 1),
]  # fmt: skip


@pytest.mark.parametrize(("path", "value"), CRAFTED, ids=[f"{p}={str(v)[:12]}" for p, v in CRAFTED])
def test_crafted_fields_give_invalid_naming_the_field(
    path: str, value: Any, signed_report: SignedReport, rsa_key: StoredKey,
    lookup: pdf_reports.Lookup, tmp_path: Path,
) -> None:  # fmt: skip
    data = _answers(signed_report)
    _set(data, path, value)
    pdf = hostile.with_answers(hostile.unsigned_revision(signed_report.data), data)
    item = verify_signed(pdf, rsa_key, lookup, tmp_path)
    [bad] = [c for c in item.checks if c.passed is False]
    assert bad.reason is Reason.ANSWERS_FIELD and bad.params["path"].startswith(path.split(".")[0])


@pytest.mark.parametrize(
    "raw", [b'{"overall": NaN}', b"\xff\xfe", b"[1, 2", b"[" * 100_000, b'{"a": 1, "a": 2}']
)
def test_malformed_json_gives_invalid(
    raw: bytes, signed_report: SignedReport, rsa_key: StoredKey, lookup: pdf_reports.Lookup, tmp_path: Path
) -> None:
    pdf = hostile.with_answers_bytes(hostile.unsigned_revision(signed_report.data), raw)
    item = verify_signed(pdf, rsa_key, lookup, tmp_path)
    assert not item.valid and Reason.ANSWERS_FIELD in reasons(item)


def _resigned(signed_report: SignedReport, key: StoredKey, lookup: pdf_reports.Lookup, tmp: Path,
              change: Any, rescore: bool = True) -> pdf_reports.ReportVerification:  # fmt: skip
    """Change the answers, state the result they score to (a careful forger), sign, verify."""
    data = _answers(signed_report)
    change(data)
    if rescore:
        ref = lookup("test-mini-risk", "1.0.0")
        assert ref is not None
        data["result"] = score(ref.questionnaire, answers_document_from_json(data)).to_json()
    pdf = hostile.with_answers(hostile.unsigned_revision(signed_report.data), data)
    return verify_signed(pdf, key, lookup, tmp)


def test_invalid_answers_are_invalid_like_aisafe_score(
    signed_report: SignedReport, rsa_key: StoredKey, lookup: pdf_reports.Lookup, tmp_path: Path
) -> None:
    def change(data: dict[str, Any]) -> None:
        data["answers"]["no-such-question"] = {"value": "x"}
        data["answers"]["oversight"] = {"value": 9}
        data["answers"]["users"] = {"value": "many"}

    item = _resigned(signed_report, rsa_key, lookup, tmp_path, change, rescore=False)
    [bad] = [c for c in item.checks if c.reason is Reason.ANSWER_INVALID]
    assert all(q in bad.detail for q in ("no-such-question", "oversight", "users"))
    assert not item.valid


def test_missing_required_answer_needs_the_incomplete_mark(
    signed_report: SignedReport, rsa_key: StoredKey, lookup: pdf_reports.Lookup, tmp_path: Path
) -> None:
    def drop(data: dict[str, Any]) -> None:
        del data["answers"]["oversight"]

    item = _resigned(signed_report, rsa_key, lookup, tmp_path, drop)
    assert Reason.INCOMPLETE_NOT_MARKED in reasons(item)

    def drop_and_mark(data: dict[str, Any]) -> None:
        drop(data)
        data["complete"] = False

    marked = _resigned(signed_report, rsa_key, lookup, tmp_path, drop_and_mark)
    assert Reason.INCOMPLETE_NOT_MARKED not in reasons(marked) and marked.incomplete


def test_missing_questionnaire_hash_is_invalid(
    signed_report: SignedReport, rsa_key: StoredKey, lookup: pdf_reports.Lookup, tmp_path: Path
) -> None:
    item = _resigned(signed_report, rsa_key, lookup, tmp_path, lambda d: d["questionnaire"].pop("sha256"))
    assert reasons(item) == {Reason.NO_QUESTIONNAIRE_HASH}


def test_pages_that_state_another_result_are_invalid(
    signed_report: SignedReport, rsa_key: StoredKey, lookup: pdf_reports.Lookup, tmp_path: Path
) -> None:
    def lower(data: dict[str, Any]) -> None:  # the pages still say "High risk" with a red flag
        data["answers"]["decisions"] = {"value": "no"}
        data["answers"]["data-kinds"] = {"value": ["contact"]}
        data["answers"]["personal-data"] = {"value": "no"}

    item = _resigned(signed_report, rsa_key, lookup, tmp_path, lower)
    assert reasons(item) == {Reason.PAGES_DIFFER}
    [bad] = [c for c in item.checks if c.passed is False]
    assert "The pages state High risk" in bad.detail and "the signed answers give Low risk" in bad.detail
    # the red flag in words (its message's first sentence), not its id "health-auto"
    assert "Automated decisions about people use health data" in bad.detail
    assert "health-auto" not in bad.detail


def test_stated_result_must_equal_rescoring(
    signed_report: SignedReport, rsa_key: StoredKey, lookup: pdf_reports.Lookup, tmp_path: Path
) -> None:
    item = _resigned(signed_report, rsa_key, lookup, tmp_path,
                     lambda d: _set(d, "result.red_flags", []), rescore=False)  # fmt: skip
    assert Reason.RESULT_DIFFERS in reasons(item)


def test_batch_reports_every_file_and_always_prints_json(
    signed_report: SignedReport, unsigned: bytes, rsa_key: StoredKey, tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    bomb = tmp_path / "bomb.pdf"
    bomb.write_bytes(hostile.sign(hostile.with_answers_bomb(unsigned, 16), rsa_key.identity))
    crafted = _answers(signed_report)
    crafted["result"]["overall"] = "abc"
    bad_field = tmp_path / "field.pdf"
    bad_field.write_bytes(hostile.sign(hostile.with_answers(unsigned, crafted), rsa_key.identity))
    junk = tmp_path / "junk.pdf"
    junk.write_bytes(b"not a pdf at all")
    truncated = tmp_path / "truncated.pdf"
    truncated.write_bytes(signed_report.data[: len(signed_report.data) // 2])
    files = [
        signed_report.path,
        bomb,
        bad_field,
        junk,
        truncated,
        Path("/dev/zero"),
        tmp_path / "missing.pdf",
    ]
    code = main(["--data-dir", str(tmp_path / "data"), "verify", *map(str, files),
                 "--questionnaire", str(DATA / "mini-risk.yaml"), "--json"])  # fmt: skip
    verdicts = json.loads(capsys.readouterr().out)
    assert code == 1
    # the genuine file is intact; its signer is in nobody's trusted list here
    assert [v["verdict"] for v in verdicts] == ["UNTRUSTED"] + ["INVALID"] * 6
    assert [v["intact"] for v in verdicts] == [True] + [False] * 6
    assert "result.overall" in verdicts[2]["reason"]


def test_extract_of_a_bomb_writes_nothing(unsigned: bytes, rsa_key: StoredKey, tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.pdf"
    bomb.write_bytes(hostile.sign(hostile.with_answers_bomb(unsigned, 16), rsa_key.identity))
    out = tmp_path / "answers.json"
    assert main(["--data-dir", str(tmp_path / "data"), "extract", str(bomb), "--out", str(out),
                 "--allow-untrusted"]) == 1  # fmt: skip
    assert not out.exists()
