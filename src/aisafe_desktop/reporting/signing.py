"""Sign a PDF with pyHanko: PAdES baseline B-B, visible stamp in an embedded Noto font.

Only RSA keys keep PDF/A-3: for ECDSA pyHanko declares the ISO 32002 extension and raises the
PDF version to 2.0, which PDF/A-3 forbids. Signing still works; the outcome says PDF/A was lost.
"""

from __future__ import annotations

import functools
import io
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

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
    notes: tuple[str, ...]


def producer() -> str:
    """The producer name pyHanko writes into XMP (see pdfa.make_pdfa3 for why it matters)."""
    from pyhanko.pdf_utils.metadata.model import VENDOR

    return str(VENDOR)


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


@functools.cache
def _stamp_font() -> bytes:
    """Noto Sans cut down to Latin, once per process.

    pyHanko subsets the stamp font on every signature; on the full 2,800-glyph Noto Sans that
    takes ~1 s, on this ~900-glyph cut ~0.05 s.
    """
    from fontTools import subset  # type: ignore[import-untyped]  # no stubs upstream
    from fontTools.ttLib import TTFont  # type: ignore[import-untyped]

    font = TTFont(str(font_path(Script.LATIN)))
    options = subset.Options()
    # only what a one-line Latin stamp can use: decompiling the full GPOS costs ~0.5 s
    options.layout_features = ["kern", "mark", "mkmk", "ccmp", "locl"]
    options.name_IDs = ["*"]
    options.notdef_outline = True
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=[c for lo, hi in _STAMP_RANGES for c in range(lo, hi + 1)])
    subsetter.subset(font)
    out = io.BytesIO()
    font.save(out)
    return out.getvalue()


def _font_factory(size: int) -> GlyphAccumulatorFactory:
    from pyhanko.pdf_utils.font.opentype import GlyphAccumulator, GlyphAccumulatorFactory

    class InMemoryFontFactory(GlyphAccumulatorFactory):
        """GlyphAccumulatorFactory reads a file path; this one serves the cached cut."""

        def create_font_engine(self, writer: Any, obj_stream: Any = None) -> GlyphAccumulator:
            if obj_stream is None and writer.stream_xrefs and self.create_objstream_if_needed:
                obj_stream = writer.prepare_object_stream()
            return GlyphAccumulator(
                writer=writer,
                font_handle=io.BytesIO(_stamp_font()),
                font_size=self.font_size,
                obj_stream=obj_stream,
            )

    return InMemoryFontFactory(font_file="NotoSans-Regular (Latin cut)", font_size=size)


def prepare_stamp_font() -> None:
    """Build the stamp font cut and import the signing modules now rather than on first use."""
    import pyhanko.sign  # noqa: F401 - imported for its side effect: the import cost

    _stamp_chars()


def _stamp_safe(text: str) -> str:
    """Characters the Latin stamp font lacks become '?' (a .notdef box would break PDF/A), and
    '%' is doubled: the stamp template uses %-interpolation."""
    import unicodedata

    covered = _stamp_chars()
    text = unicodedata.normalize("NFC", text)
    return "".join(c if ord(c) in covered else "?" for c in text).replace("%", "%%")


@functools.cache
def _stamp_chars() -> frozenset[int]:
    from fontTools.ttLib import TTFont

    return frozenset(TTFont(io.BytesIO(_stamp_font())).getBestCmap())


def stamp_text(identity: Identity, language: str = "en") -> str:
    """The stamp's lines. Only Latin-script wording: the stamp font is a Latin cut."""
    from aisafe_desktop.reporting.labels import label

    info = identity.info
    fp = info.fingerprint
    organisation = f"{info.organisation} ({info.country})" if info.country else info.organisation
    return "\n".join([
        f"{_stamp_safe(label('stamp_signed_by', language))} {_stamp_safe(info.signer)}",
        f"{_stamp_safe(label('stamp_organisation', language))}: {_stamp_safe(organisation)}",
        f"{_stamp_safe(label('stamp_date', language))}: %(ts)s",
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
    style = TextStampStyle(
        stamp_text=stamp_text(identity, language),
        timestamp_format="%Y-%m-%d %H:%M:%S UTC%z",  # pyHanko stamps local time
        border_width=1,
        text_box_style=TextBoxStyle(font=_font_factory(8)),
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
    notes: tuple[str, ...] = ()
    if not pdfa_kept:
        notes = (
            f"the identity has an {identity.info.key_type} key: the signature is valid, but "
            "pyHanko marks such signatures as PDF 2.0, so the file is no longer PDF/A-3b; "
            "use an RSA identity to keep PDF/A",
        )
    return SignedPdf(out.getvalue(), pdfa_kept, notes)
