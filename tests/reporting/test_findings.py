"""A check's finding survives storage (the agency inbox keeps it as JSON) with its reason words
and messages, so it can be shown later in any language; damaged text reads as no findings."""

from __future__ import annotations

from aisafe_desktop.core.errors import Message
from aisafe_desktop.reporting.verify_reasons import (
    Finding,
    LaterChange,
    OutsideReference,
    Reason,
    findings_from_json,
    findings_json,
)


def test_findings_round_trip_with_words_and_messages() -> None:
    findings = (
        Finding("readable", Reason.EXTERNAL_REFERENCE,
                {"what": OutsideReference.LINK, "target": "'/dev/zero'"}),
        Finding("no later changes", Reason.ADDED_AFTER_SIGNING, {"what": LaterChange.CONTENT}),
        Finding("pages match the answers", Reason.PAGES_DIFFER, {
            "stated": ["High risk", Message("red flags: {flags}", flags="rf-a")],
            "rescored": Message("{band}, {score} / 100, no red flags", band="Low risk", score=12)}),
        Finding("trusted signer", Reason.TRUST_LIST_EMPTY),
    )  # fmt: skip
    back = findings_from_json(findings_json(findings))
    assert back == findings
    assert back[0].params["what"] is OutsideReference.LINK
    assert str(back[0]) == ("readable: The file points outside itself (a link to '/dev/zero'); "
                            "such files are refused.")
    assert str(back[2]).endswith("The pages state High risk; red flags: rf-a, the signed answers "
                                 "give Low risk, 12 / 100, no red flags.")


def test_damaged_or_foreign_text_gives_no_findings() -> None:
    assert findings_from_json("") == ()
    assert findings_from_json("{not json") == ()
    assert findings_from_json('[{"check": "x", "reason": "NO_SUCH_REASON", "params": {}}]') == ()
    assert findings_from_json('{"a": 1}') == ()
