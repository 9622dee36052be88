"""A structural PDF/A-3b checker for the parts of a *signed* report no validator here checks.

veraPDF cannot run on this machine (not in Debian 12, not on PyPI or npm; its Maven/GitHub
downloads are unreachable; the PyPI packages that mention it only call an installed veraPDF).
pikepdf's allowlist validator checks everything else but reports interactive forms and embedded
files as "unsupported" — exactly what the signing revision adds. PDFBox preflight (Debian)
checks PDF/A-1b only. So this module checks, with pikepdf, the ISO 19005-3 rules those parts and
the signing revision can break (clause numbers of ISO 19005-3:2012):
- 6.1.2 header, 6.1.3 trailer /ID and no /Encrypt, 6.6.4 catalog version 1.x (not 2.0);
- 6.6.2.1 XMP: pdfaid part 3 / conformance B, an unfiltered metadata stream; 6.6.3 Info and XMP
  agree (Producer, Title);
- 6.2.3 exactly one PDF/A output intent with an ICC profile;
- 6.2.11.4 every font used anywhere, also in the signature appearance, is embedded;
- 6.3.2 every annotation is printable and not hidden; 6.3.3 appearance dictionaries hold only /N;
- 6.4.1 no /NeedAppearances true, no XFA; 6.5.1/6.6.1 no JavaScript, no Launch/ImportData/
  ResetForm actions, no additional actions (/AA) on the catalog, pages or widgets;
- 6.4.3 the signature's /ByteRange covers the whole file but /Contents;
- 6.8 embedded files: /F and /UF, /AFRelationship, a MIME /Subtype, /Params /ModDate, listed in
  the catalog's /AF.
Returns the list of broken rules (empty: conforms to what is checked here).
"""

from __future__ import annotations

import io
import re
from typing import Any

import pikepdf

_FORBIDDEN_ACTIONS = {"/Launch", "/ImportData", "/ResetForm", "/JavaScript", "/Hide", "/SetOCGState",
                      "/Rendition", "/Trans", "/GoTo3DView", "/Sound", "/Movie"}  # fmt: skip
PRINT, HIDDEN, INVISIBLE, NOVIEW = 4, 2, 1, 32


def _fonts_in(resources: Any, seen: set[tuple[int, int]], problems: list[str], where: str) -> None:
    if resources is None or not isinstance(resources, pikepdf.Dictionary):
        return
    for _name, font in (resources.get("/Font") or {}).items():
        fonts = [font]
        if font.get("/Subtype") == "/Type0":
            fonts = list(font.DescendantFonts)
        for item in fonts:
            descriptor = item.get("/FontDescriptor")
            if item.get("/Subtype") == "/Type3":
                continue
            if descriptor is None or not any(
                k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3")
            ):
                problems.append(f"6.2.11.4: font {item.get('/BaseFont')} not embedded ({where})")
    for _name, xobject in (resources.get("/XObject") or {}).items():
        if xobject.objgen in seen or xobject.get("/Subtype") != "/Form":
            continue
        seen.add(xobject.objgen)
        _fonts_in(xobject.get("/Resources"), seen, problems, where)


def _check_annotations(pdf: pikepdf.Pdf, problems: list[str]) -> None:
    seen: set[tuple[int, int]] = set()
    for number, page in enumerate(pdf.pages, start=1):
        if "/AA" in page.obj:
            problems.append(f"6.6.2: additional actions on page {number}")
        _fonts_in(page.obj.get("/Resources"), seen, problems, f"page {number}")
        for annot in page.obj.get("/Annots") or []:
            flags = int(annot.get("/F", 0))
            if not flags & PRINT or flags & (HIDDEN | INVISIBLE | NOVIEW):
                problems.append(
                    f"6.3.2: annotation {annot.get('/Subtype')} on page {number} has flags {flags}"
                )
            appearance = annot.get("/AP")
            if appearance is not None:
                if set(appearance.keys()) != {"/N"}:
                    problems.append(f"6.3.3: appearance keys {sorted(appearance.keys())} on page {number}")
                normal = appearance.get("/N")
                if isinstance(normal, pikepdf.Stream):
                    _fonts_in(normal.get("/Resources"), seen, problems, f"appearance on page {number}")
            action = annot.get("/A")
            if action is not None and action.get("/S") in _FORBIDDEN_ACTIONS:
                problems.append(f"6.5.1: action {action.get('/S')} on page {number}")
            if "/AA" in annot:
                problems.append(f"6.5.2: additional actions on an annotation on page {number}")


def _check_metadata(pdf: pikepdf.Pdf, problems: list[str]) -> None:
    if "/Metadata" not in pdf.Root:
        problems.append("6.6.2.1: no XMP metadata")
        return
    if "/Filter" in pdf.Root.Metadata:
        problems.append("6.6.2.1: the metadata stream is filtered")
    meta = pdf.open_metadata()
    if meta.get("pdfaid:part") != "3" or meta.get("pdfaid:conformance") != "B":
        problems.append(f"6.6.4: pdfaid {meta.get('pdfaid:part')}{meta.get('pdfaid:conformance')}")
    info = pdf.docinfo
    if "/Producer" in info and str(info.Producer) != meta.get("pdf:Producer"):
        problems.append("6.6.3: Info /Producer differs from XMP pdf:Producer")
    if "/Title" in info and str(info.Title) != str(meta.get("dc:title", "")):
        problems.append("6.6.3: Info /Title differs from XMP dc:title")


def _check_embedded(pdf: pikepdf.Pdf, problems: list[str]) -> None:
    associated = {af.objgen for af in pdf.Root.get("/AF") or []}
    for name, spec in pdf.attachments.items():
        obj = spec.obj
        for key in ("/F", "/UF", "/AFRelationship"):
            if key not in obj:
                problems.append(f"6.8: {name} file specification lacks {key}")
        stream = obj.EF.F
        if "/Subtype" not in stream or "/ModDate" not in stream.get("/Params", {}):
            problems.append(f"6.8: {name} lacks a MIME type or modification date")
        if obj.objgen not in associated:
            problems.append(f"6.8: {name} is not listed in the catalog's /AF")


def _check_signature(data: bytes, pdf: pikepdf.Pdf, problems: list[str]) -> None:
    fields: list[pikepdf.Object] = list(pdf.Root.AcroForm.get("/Fields") or [])
    for field in fields:
        value = field.get("/V")
        if value is None or value.get("/Type") != "/Sig":
            continue
        start, first, second, length = (int(x) for x in value.ByteRange)
        gap = data[start + first : second]
        if start != 0 or second + length != len(data) or not re.fullmatch(rb"<[0-9A-Fa-f]*>", gap):
            problems.append("6.4.3: the signature's byte range does not cover the file but /Contents")


def check_signed(data: bytes) -> list[str]:
    """Broken PDF/A-3b rules of a signed file (see the module docstring for which)."""
    problems: list[str] = []
    if not re.match(rb"%PDF-1\.[0-7]\r?\n%[\x80-\xff]{4}", data):
        problems.append("6.1.2: header is not %PDF-1.x followed by a binary comment")
    with pikepdf.open(io.BytesIO(data)) as pdf:
        if "/Version" in pdf.Root and not str(pdf.Root.Version).startswith("/1."):
            problems.append(f"6.6.4: catalog /Version {pdf.Root.Version}")
        if "/ID" not in pdf.trailer or pdf.is_encrypted:
            problems.append("6.1.3: trailer /ID missing or the file is encrypted")
        intents = [i for i in pdf.Root.get("/OutputIntents") or [] if i.get("/S") == "/GTS_PDFA1"]
        if len(intents) != 1 or "/DestOutputProfile" not in intents[0]:
            problems.append("6.2.3: not exactly one PDF/A output intent with a profile")
        for key in ("/AA", "/OpenAction"):
            action = pdf.Root.get(key)
            if (key == "/AA" and action is not None) or (
                action is not None and isinstance(action, pikepdf.Dictionary)
                and action.get("/S") in _FORBIDDEN_ACTIONS
            ):  # fmt: skip
                problems.append(f"6.6.1: catalog {key}")
        if "/Names" in pdf.Root and "/JavaScript" in pdf.Root.Names:
            problems.append("6.6.1: document JavaScript")
        form = pdf.Root.get("/AcroForm")
        if form is not None:
            if bool(form.get("/NeedAppearances", False)):
                problems.append("6.4.1: /NeedAppearances true")
            if "/XFA" in form:
                problems.append("6.4.2: XFA form")
            _check_signature(data, pdf, problems)
        _check_metadata(pdf, problems)
        _check_annotations(pdf, problems)
        _check_embedded(pdf, problems)
    return problems
