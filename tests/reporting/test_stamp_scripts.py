"""The signature stamp shows the signer's name and its own labels in their script ("?" only for a
character no bundled font has): Thai, Khmer, Lao, Burmese, Tamil and Chinese names, and labels in
the report's language."""

from __future__ import annotations

import pytest

from aisafe_desktop.reporting import identity as ident
from aisafe_desktop.reporting.fonts import Script
from aisafe_desktop.reporting.labels import label
from aisafe_desktop.reporting.signing import stamp_fonts, stamp_text
from tests.reporting.support import StoredKey

NAMES = {
    "th": ("สมชาย ใจดี", Script.THAI),
    "km": ("សុខ ចាន់ដារ៉ា", Script.KHMER),
    "lo": ("ສົມພອນ ພົມມະວົງ", Script.LAO),
    "my": ("အောင်မြင့်", Script.MYANMAR),
    "ta": ("முருகன் செல்வம்", Script.TAMIL),
    "zh": ("王小明", Script.CHINESE),
    "vi": ("Nguyễn Thị Hương", Script.LATIN),
}


@pytest.mark.parametrize("language", list(NAMES))
def test_stamp_in_the_signers_script(language: str, rsa_key: StoredKey) -> None:
    name, script = NAMES[language]
    base = rsa_key.identity
    info = ident.IdentityInfo(**{**base.info.__dict__, "signer": name, "organisation": name})
    identity = ident.Identity(base.key, base.certificate, (), info)
    assert stamp_fonts(identity, language)[0] is script
    text = stamp_text(identity, language)
    assert "?" not in text, text
    first = text.split("\n")[0]
    assert name in first and label("stamp_signed_by", language) in first
