"""A PKCS#12 integrity MAC as costly to guess against as the key encryption.

`cryptography` encrypts the key and certificate bags with PBKDF2-SHA256 at the rounds we ask for,
but derives the MAC key with a fixed 2,048 rounds of the PKCS#12 KDF. A guesser would then test
passphrases against the cheap MAC instead of the expensive encryption. So the MAC is computed
again here, RFC 7292 appendix B.2 with SHA-256, at the same number of rounds; OpenSSL (and so
`cryptography` and pyHanko) read the rounds from the file when they check it.
"""

from __future__ import annotations

import hashlib
import hmac
import os

_BLOCK = 64  # SHA-256 block size `v` in RFC 7292 B.2
_MAC_KEY_ID = b"\x03"


def _repeat_to_blocks(data: bytes) -> bytes:
    if not data:
        return b""
    size = _BLOCK * ((len(data) + _BLOCK - 1) // _BLOCK)
    return (data * (size // len(data) + 1))[:size]


def mac_key(passphrase: str, salt: bytes, rounds: int) -> bytes:
    """The 32-byte HMAC-SHA256 key of RFC 7292 B.2 (one block: the key is as long as a digest)."""
    password = passphrase.encode("utf-16-be") + b"\0\0"  # a BMPString with its terminator
    digest = hashlib.sha256(_MAC_KEY_ID * _BLOCK + _repeat_to_blocks(salt)
                            + _repeat_to_blocks(password)).digest()  # fmt: skip
    for _ in range(rounds - 1):
        digest = hashlib.sha256(digest).digest()
    return digest


def with_strong_mac(data: bytes, passphrase: str, rounds: int) -> bytes:
    """The same PKCS#12 with its MAC recomputed: HMAC-SHA256, a new salt, `rounds` KDF rounds."""
    from asn1crypto import algos, pkcs12

    pfx = pkcs12.Pfx.load(data)
    content = pfx["auth_safe"]["content"].contents  # the octets the MAC covers
    salt = os.urandom(16)
    digest = hmac.new(mac_key(passphrase, salt, rounds), content, hashlib.sha256).digest()
    mac = pkcs12.MacData({
        "mac": algos.DigestInfo({"digest_algorithm": {"algorithm": "sha256"}, "digest": digest}),
        "mac_salt": salt,
        "iterations": rounds,
    })  # fmt: skip
    return bytes(pkcs12.Pfx({"version": "v3", "auth_safe": pfx["auth_safe"], "mac_data": mac}).dump())
