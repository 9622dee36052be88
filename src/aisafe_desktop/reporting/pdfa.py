"""Attach the answers document to a rendered report and save it as PDF/A-3b (pikepdf).

ReportLab cannot embed files or write PDF/A, so this post-processing step adds the JSON as an
associated file (`/AF`, `AFRelationship /Data`), and `pikepdf.pdfa.prepare` adds the sRGB output
intent and XMP identification; the file is written with pikepdf's PDF/A save settings.
"""

from __future__ import annotations

import datetime as dt
import io

from aisafe_desktop.reporting.errors import PdfAError

ATTACHMENT_NAME = "answers.json"


def _pdf_date(moment: dt.datetime) -> str:
    """PDF date string (pikepdf wants strings, not datetime objects)."""
    utc = moment.astimezone(dt.UTC)
    return utc.strftime("D:%Y%m%d%H%M%SZ")


def make_pdfa3(
    pdf_bytes: bytes,
    attachment: bytes,
    *,
    producer: str,
    created: dt.datetime,
    description: str = "Assessment answers, organisation profile and result (JSON)",
    validate: bool = False,
    filename: str = ATTACHMENT_NAME,
) -> bytes:
    """Return PDF/A-3b bytes: the report with `attachment` embedded as answers.json.

    `producer` goes into both the Info dictionary and the XMP: pyHanko later sets the XMP
    producer to its own name and only appends to a different Info producer, which would make the
    two disagree (a PDF/A violation); using pyHanko's name from the start keeps them equal.

    `validate`: re-open and re-validate what was written (pikepdf.pdfa.save: 55-90 ms). Off on
    the export path: what could break conformance is handled before (every character has a
    glyph, fonts are embedded), and the tests validate the signed output, stage by stage.
    """
    import pikepdf
    import pikepdf.pdfa

    try:
        pdf = pikepdf.open(io.BytesIO(pdf_bytes))
    except pikepdf.PdfError as error:
        raise PdfAError("the rendered report is not a readable PDF: {reason}",
                        reason=error) from error
    with pdf:
        for page in pdf.pages:
            # ReportLab writes an empty /Trans on every page; the validator cannot check it
            if "/Trans" in page.obj and len(page.obj.Trans) == 0:
                del page.obj["/Trans"]
        stamp = _pdf_date(created)
        spec = pikepdf.AttachedFileSpec(
            pdf,
            attachment,
            filename=filename,
            description=description,
            mime_type="application/json",
            creation_date=stamp,
            mod_date=stamp,
            relationship=pikepdf.Name.Data,
        )
        pdf.attachments[filename] = spec
        out = io.BytesIO()
        try:
            pikepdf.pdfa.prepare(pdf, "3b")  # output intent, XMP identification, /AF
            # prepare records pikepdf as producer; use the signer's name in both places
            with pdf.open_metadata(set_pikepdf_as_editor=False) as meta:
                meta["pdf:Producer"] = producer
            pdf.docinfo[pikepdf.Name.Producer] = producer
            if validate:
                pikepdf.pdfa.save(pdf, out, "3b", repair=False)  # writes, re-opens, re-validates
            else:
                pdf.save(out, **pikepdf.pdfa.resolve_save_kwargs("3b"))
        except pikepdf.pdfa.PdfaError as error:
            raise PdfAError("the report does not conform to PDF/A-3b: {problems}",
                            problems=[str(f) for f in error.report.findings[:5]]) from error
    return out.getvalue()
