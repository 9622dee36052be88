"""The PKCS#12 MAC recomputed with 600,000 rounds: our RFC 7292 KDF reproduces the MAC that
OpenSSL wrote (at 2,048 rounds), and OpenSSL accepts ours and refuses a wrong passphrase."""

from __future__ import annotations

import hashlib
import hmac

import pytest
from asn1crypto import pkcs12 as asn1_pkcs12
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.serialization import BestAvailableEncryption, pkcs12

from aisafe_desktop.reporting import identity as ident
from aisafe_desktop.reporting.errors import WrongPassphraseError
from aisafe_desktop.reporting.pkcs12_mac import mac_key

PASSPHRASE = "pässphrase with ünïcode"


def _mac_of(data: bytes, passphrase: str) -> tuple[bytes, bytes]:
    pfx = asn1_pkcs12.Pfx.load(data)
    mac = pfx["mac_data"]
    key = mac_key(passphrase, mac["mac_salt"].native, mac["iterations"].native)
    ours = hmac.new(key, pfx["auth_safe"]["content"].contents, hashlib.sha256).digest()
    return ours, mac["mac"]["digest"].native


def test_the_kdf_reproduces_openssls_own_mac() -> None:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    data = pkcs12.serialize_key_and_certificates(b"x", key, None, None,
                                                 BestAvailableEncryption(PASSPHRASE.encode()))
    assert asn1_pkcs12.Pfx.load(data)["mac_data"]["iterations"].native == 2048
    ours, stored = _mac_of(data, PASSPHRASE)
    assert ours == stored


def test_identity_files_carry_a_600000_round_mac_that_openssl_checks() -> None:
    data, _cert = ident.create_identity("Siti Aminah", "Contoh", "MY", PASSPHRASE)
    mac = asn1_pkcs12.Pfx.load(data)["mac_data"]
    assert mac["iterations"].native == ident.PKCS12_KDF_ROUNDS == 600_000
    assert mac["mac"]["digest_algorithm"]["algorithm"].native == "sha256"
    ours, stored = _mac_of(data, PASSPHRASE)
    assert ours == stored
    assert ident.load_identity(data, PASSPHRASE).info.signer == "Siti Aminah"  # OpenSSL accepts it
    with pytest.raises(WrongPassphraseError):
        ident.load_identity(data, "pässphrase with unicode")
