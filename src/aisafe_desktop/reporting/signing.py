"""Sign a PDF with pyHanko: PAdES baseline B-B, visible stamp in an embedded Noto font.

Only RSA keys keep PDF/A-3: for ECDSA pyHanko declares the ISO 32002 extension and raises the
PDF version to 2.0, which PDF/A-3 forbids. Signing still works; the outcome says PDF/A was lost.
"""

from __future__ import annotations

import functools
import io
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from aisafe_desktop.core.errors import Message
from aisafe_desktop.reporting.errors import SigningError
from aisafe_desktop.reporting.fonts import Script, font_path
from aisafe_desktop.reporting.identity import Identity

if TYPE_CHECKING:
    from pyhanko.pdf_utils.font.opentype import GlyphAccumulatorFactory
    from pyhanko.sign.signers import SimpleSigner

FIELD_NAME = "AssessorSignature"
# (x1, y1, x2, y2) in PDF points on the last page, bottom left of an A4 page above the footer
DEFAULT_STAMP_BOX = (42, 48, 390, 118)


@dataclass(frozen=True)
class StampPlace:
    page: int  # 0-based; -1 = last page
    box: tuple[int, int, int, int]


@dataclass(frozen=True)
class SignedPdf:
    data: bytes
    pdfa_kept: bool
    notes: tuple[Message, ...]


def producer() -> str:
    """The producer name pyHanko writes into XMP (see pdfa.make_pdfa3 for why it matters)."""
    from pyhanko.pdf_utils.metadata.model import VENDOR

    return str(VENDOR)


def _signing_certificate_without_issuer(cert: Any, hash_algo: str = "sha256") -> Any:
    """ESSCertIDv2 with the certificate hash only (no issuerSerial, which EN 319 122-1 advises
    leaving out). pyHanko's verifier compares issuerSerial names through asn1crypto's
    stringprep (Unicode 3.2), which rejects e.g. Myanmar letters (U+103A): a signer named
    "အောင်မြင့်" made reports that verified as broken everywhere pyHanko checks them."""
    from asn1crypto import algos, tsp
    from cryptography.hazmat.primitives import hashes

    digest = hashes.Hash({"sha256": hashes.SHA256(), "sha384": hashes.SHA384(),
                          "sha512": hashes.SHA512()}.get(hash_algo, hashes.SHA256()))  # fmt: skip
    digest.update(cert.dump())
    algorithm = algos.DigestAlgorithm({"algorithm": hash_algo})
    return tsp.SigningCertificateV2(
        {"certs": [tsp.ESSCertIDv2({"hash_algorithm": algorithm, "cert_hash": digest.finalize()})]}
    )


def _use_hash_only_signing_certificate() -> None:
    import pyhanko.sign.attributes

    # the provider looks the function up in its module at each signature
    setattr(pyhanko.sign.attributes, "as_signing_certificate_v2", _signing_certificate_without_issuer)  # noqa: B010


def _signer(identity: Identity) -> SimpleSigner:
    """pyHanko signer built from the in-memory key (no second PKCS#12 decryption)."""
    from asn1crypto import keys as asn1_keys
    from asn1crypto import x509 as asn1_x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
    from pyhanko.sign import signers
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    class InMemorySigner(signers.SimpleSigner):
        """SimpleSigner re-parses the DER key for every signature (RSA key checks: ~0.35 s
        each, twice per PDF); this one signs with the already loaded key."""

        def sign_raw(self, data: bytes, digest_algorithm: str) -> bytes:
            mechanism = self.get_signature_mechanism_for_digest(digest_algorithm)
            algo = mechanism["algorithm"].native
            digest = {
                "sha256": hashes.SHA256(),
                "sha384": hashes.SHA384(),
                "sha512": hashes.SHA512(),
            }.get(digest_algorithm)
            key = identity.key
            if (
                digest is not None
                and isinstance(key, rsa.RSAPrivateKey)
                and algo in ("sha256_rsa", "sha384_rsa", "sha512_rsa", "rsassa_pkcs1v15")
            ):
                return key.sign(data, padding.PKCS1v15(), digest)
            if digest is not None and isinstance(key, ec.EllipticCurvePrivateKey) and ("ecdsa" in algo):
                return key.sign(data, ec.ECDSA(digest))
            return bytes(super().sign_raw(data, digest_algorithm))

    _use_hash_only_signing_certificate()
    der_key = identity.key.private_bytes(
        serialization.Encoding.DER,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    der = serialization.Encoding.DER
    cert = asn1_x509.Certificate.load(identity.certificate.public_bytes(der))
    chain = [asn1_x509.Certificate.load(c.public_bytes(der)) for c in identity.chain]
    store = SimpleCertificateStore()  # type: ignore[no-untyped-call]  # untyped upstream
    store.register_multiple(chain)
    return InMemorySigner(
        signing_cert=cert,
        signing_key=asn1_keys.PrivateKeyInfo.load(der_key),
        cert_registry=store,
    )


# Latin, Latin-1, Latin Extended A/B, combining marks, Vietnamese, general punctuation, euro
_STAMP_RANGES = (
    (0x20, 0x7E),
    (0xA0, 0x24F),
    (0x300, 0x36F),
    (0x1E00, 0x1EFF),
    (0x2000, 0x206F),
    (0x20AC, 0x20AC),
)


# The other bundled scripts: a signer's name in Thai, Khmer, ... is drawn in its own script
_SCRIPT_RANGES = {
    Script.THAI: ((0x0E00, 0x0E7F),),
    Script.LAO: ((0x0E80, 0x0EFF),),
    Script.KHMER: ((0x1780, 0x17FF), (0x19E0, 0x19FF)),
    Script.MYANMAR: ((0x1000, 0x109F), (0xA9E0, 0xA9FF), (0xAA60, 0xAA7F)),
    Script.TAMIL: ((0x0B80, 0x0BFF),),
    # Chinese: only its punctuation here; the ideographs a stamp uses are added one by one
    # (`_stamp_font(chars=...)`): 3,800 glyphs would make every signature's font subsetting slow.
    Script.CHINESE: ((0x3000, 0x303F), (0xFF00, 0xFFEF)),
}
_SHAPING_HELPERS = ((0x200B, 0x200D), (0x25CC, 0x25CC))  # ZWSP/ZWNJ/ZWJ, dotted circle


def _cut(script: Script, ranges: tuple[tuple[int, int], ...], features: list[str]) -> bytes:
    from fontTools import subset  # type: ignore[import-untyped]  # no stubs upstream
    from fontTools.ttLib import TTFont  # type: ignore[import-untyped]

    font = TTFont(str(font_path(script)))
    options = subset.Options()
    options.layout_features = features
    options.name_IDs = ["*"]
    options.notdef_outline = True
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=[c for lo, hi in ranges for c in range(lo, hi + 1)])
    subsetter.subset(font)
    out = io.BytesIO()
    font.save(out)
    return out.getvalue()


@functools.cache
def _stamp_font(script: Script = Script.LATIN, chars: frozenset[int] = frozenset()) -> bytes:
    """Noto Sans cut down to Latin (plus one other script's font merged in), once per process.

    pyHanko subsets the stamp font on every signature; on the full 2,800-glyph Noto Sans that
    takes ~1 s, on this ~900-glyph cut ~0.05 s. Only what a stamp can use of the layout tables
    is kept for Latin (decompiling the full GPOS costs ~0.5 s); other scripts keep all theirs,
    which their shaping needs.
    """
    latin = _cut(Script.LATIN, _STAMP_RANGES, ["kern", "mark", "mkmk", "ccmp", "locl"])
    if script is Script.LATIN or script not in _SCRIPT_RANGES:
        return latin
    from fontTools.merge import Merger  # type: ignore[import-untyped]

    extra = tuple((c, c) for c in sorted(chars))
    other = _cut(script, _SCRIPT_RANGES[script] + _SHAPING_HELPERS + extra, ["*"])
    merged = Merger().merge([io.BytesIO(latin), io.BytesIO(other)])
    out = io.BytesIO()
    merged.save(out)
    return out.getvalue()


def stamp_script(*texts: str) -> Script:
    """The first non-Latin bundled script used in the texts (a name in Thai → Thai), else Latin."""
    from aisafe_desktop.reporting.fonts import script_of

    for text in texts:
        for char in text:
            script = script_of(char)
            if script is not None and script is not Script.LATIN and script in _SCRIPT_RANGES:
                return script
    return Script.LATIN


def ideographs(*texts: str) -> frozenset[int]:
    """The Chinese characters of the texts (a stamp's font gets exactly these)."""
    return frozenset(ord(c) for text in texts for c in text
                     if 0x3400 <= ord(c) <= 0x9FFF or 0xF900 <= ord(c) <= 0xFAFF)


# OpenType script tags for HarfBuzz (the newer shaping engines where one exists)
_OT_SCRIPT_TAGS = {
    Script.THAI: "thai", Script.LAO: "lao ", Script.KHMER: "khmr", Script.MYANMAR: "mym2",
    Script.TAMIL: "tml2",
}  # fmt: skip


def script_runs(text: str, script: Script) -> list[tuple[str, str | None]]:
    """`text` cut into runs of `script` and of everything else, each with the OpenType script
    tag to shape it with (None: let HarfBuzz guess, i.e. Latin). Neutral characters (spaces,
    marks, joiners) stay in the run they are in.

    Why: pyHanko shapes a stamp line as one HarfBuzz buffer whose script is guessed from its
    first letter, so in "Digitally signed by အောင်မြင့်" the Myanmar name was shaped as Latin:
    its vowel sign E and medial RA were not moved before their consonant."""
    from aisafe_desktop.reporting.fonts import script_of

    tag = _OT_SCRIPT_TAGS.get(script)
    runs: list[tuple[str, str | None]] = []
    for char in text:
        found = script_of(char)
        mine = tag if found is script else None if found is not None else (
            runs[-1][1] if runs else None)  # fmt: skip
        if runs and runs[-1][1] == mine:
            runs[-1] = (runs[-1][0] + char, mine)
        else:
            runs.append((char, mine))
    return runs


def _font_factory(size: int, script: Script = Script.LATIN,
                  chars: frozenset[int] = frozenset()) -> GlyphAccumulatorFactory:
    from pyhanko.pdf_utils.font.api import ShapeResult
    from pyhanko.pdf_utils.font.opentype import GlyphAccumulator, GlyphAccumulatorFactory

    class RunShapingAccumulator(GlyphAccumulator):
        """Shapes each script run of a line with its own script (see `script_runs`); the runs'
        glyphs follow one another, and the line keeps one ActualText for copying/searching."""

        def shape(self, txt: str, with_actual_text: bool = True) -> ShapeResult:
            runs = script_runs(txt, script)
            if len(runs) < 2 and not any(tag for _, tag in runs):
                return super().shape(txt, with_actual_text)
            parts = []
            guessed = self.ot_script_tag
            try:
                for text, tag in runs:
                    self.ot_script_tag = tag
                    parts.append(super().shape(text, with_actual_text=False))
            finally:
                self.ot_script_tag = guessed
            ops = b" ".join(part.graphics_ops for part in parts)
            if with_actual_text:
                span = io.BytesIO()
                span.write(b"/Span ")
                self.marked_content_property_list(txt).write_to_stream(span)
                ops = span.getvalue() + b" BDC " + ops + b" EMC"
            return ShapeResult(ops, sum(p.x_advance for p in parts),
                               sum(p.y_advance for p in parts))

    class InMemoryFontFactory(GlyphAccumulatorFactory):
        """GlyphAccumulatorFactory reads a file path; this one serves the cached cut."""

        def create_font_engine(self, writer: Any, obj_stream: Any = None) -> GlyphAccumulator:
            if obj_stream is None and writer.stream_xrefs and self.create_objstream_if_needed:
                obj_stream = writer.prepare_object_stream()
            return RunShapingAccumulator(
                writer=writer,
                font_handle=io.BytesIO(_stamp_font(script, chars)),
                font_size=self.font_size,
                obj_stream=obj_stream,
            )

    return InMemoryFontFactory(font_file=f"{script.value} stamp cut", font_size=size)


def prepare_stamp_font() -> None:
    """Build the stamp font cut and import the signing modules now rather than on first use."""
    import pyhanko.sign  # noqa: F401 - imported for its side effect: the import cost

    _stamp_chars()


def _stamp_safe(text: str, script: Script = Script.LATIN,
                chars: frozenset[int] = frozenset()) -> str:
    """Characters the stamp font lacks become '?' (a .notdef box would break PDF/A), and
    '%' is doubled: the stamp template uses %-interpolation."""
    import unicodedata

    covered = _stamp_chars(script, chars)
    text = unicodedata.normalize("NFC", text)
    return "".join(c if ord(c) in covered else "?" for c in text).replace("%", "%%")


@functools.cache
def _stamp_chars(script: Script = Script.LATIN, chars: frozenset[int] = frozenset()
                 ) -> frozenset[int]:
    from fontTools.ttLib import TTFont

    return frozenset(TTFont(io.BytesIO(_stamp_font(script, chars))).getBestCmap())


def stamp_fonts(identity: Identity, language: str) -> tuple[Script, frozenset[int]]:
    """The stamp's second script (after Latin) and its Chinese characters: the signer's own
    script where it has one, else that of the labels in the report's language."""
    from aisafe_desktop.reporting.labels import label

    info = identity.info
    texts = (info.signer, info.organisation,
             *(label(key, language) for key in ("stamp_signed_by", "stamp_organisation",
                                                 "stamp_date")))
    script = stamp_script(*texts)
    return script, ideographs(*texts) if script is Script.CHINESE else frozenset()


def stamp_text(identity: Identity, language: str = "en") -> str:
    """The stamp's lines: Latin wording, the name and organisation in their own script."""
    from aisafe_desktop.reporting.labels import label

    info = identity.info
    fp = info.fingerprint
    organisation = f"{info.organisation} ({info.country})" if info.country else info.organisation
    fonts = stamp_fonts(identity, language)

    def safe(text: str) -> str:
        return _stamp_safe(text, *fonts)

    return "\n".join([
        f"{safe(label('stamp_signed_by', language))} {safe(info.signer)}",
        f"{safe(label('stamp_organisation', language))}: {safe(organisation)}",
        f"{safe(label('stamp_date', language))}: %(ts)s",
        f"SHA-256: {fp[:47]}",
        fp[48:],
    ])  # fmt: skip


def sign_pdf(
    pdf_bytes: bytes,
    identity: Identity,
    *,
    reason: str,
    location: str = "",
    place: StampPlace | None = None,
    language: str = "en",
) -> SignedPdf:
    """Append a PAdES B-B signature revision to `pdf_bytes`; returns the signed bytes."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.pdf_utils.text import TextBoxStyle
    from pyhanko.sign import fields, signers
    from pyhanko.stamp import TextStampStyle

    place = place or StampPlace(-1, DEFAULT_STAMP_BOX)
    meta = signers.PdfSignatureMetadata(
        field_name=FIELD_NAME,
        subfilter=fields.SigSeedSubFilter.PADES,
        md_algorithm="sha256",
        reason=reason,
        location=location or None,
        name=identity.info.signer or None,
    )
    script, chars = stamp_fonts(identity, language)
    style = TextStampStyle(
        stamp_text=stamp_text(identity, language),
        timestamp_format="%Y-%m-%d %H:%M:%S UTC%z",  # pyHanko stamps local time
        border_width=1,
        # Myanmar, Khmer, ... stack marks above and below the line: more room between lines
        text_box_style=TextBoxStyle(font=_font_factory(8, script, chars),
                                    leading=10 if script is Script.LATIN else 13),
    )
    spec = fields.SigFieldSpec(FIELD_NAME, on_page=place.page, box=place.box)
    out = io.BytesIO()
    try:
        writer = IncrementalPdfFileWriter(io.BytesIO(pdf_bytes))
        pdf_signer = signers.PdfSigner(meta, signer=_signer(identity), stamp_style=style, new_field_spec=spec)
        pdf_signer.sign_pdf(writer, output=out)
    except Exception as error:  # pyHanko raises many types; all mean "not signed"
        raise SigningError("signing failed: {reason}", reason=error) from error
    pdfa_kept = identity.info.keeps_pdfa
    notes: tuple[Message, ...] = ()
    if not pdfa_kept:
        notes = (Message(
            "the identity has an {key_type} key: the signature is valid, but such signatures "
            "make the file PDF 2.0, so it is no longer PDF/A-3b (the archiving format); use an "
            "RSA identity to keep PDF/A", key_type=identity.info.key_type),)
    return SignedPdf(out.getvalue(), pdfa_kept, notes)
