"""Builders of hostile files: each attack is made here from a genuine report, then signed with a
real key, so that the verifier must catch it by its own checks (the signature stays intact).
Also used by benchmarks/bench_hostile.py."""

from __future__ import annotations

import io
import json
import zlib
from collections.abc import Callable
from typing import Any

import pikepdf

from aisafe_desktop.reporting.identity import Identity
from aisafe_desktop.reporting.signing import sign_pdf


def unsigned_revision(signed: bytes) -> bytes:
    """The PDF/A file as it was before signing (the first revision of a genuine report)."""
    return signed[: signed.index(b"%%EOF") + 5] + b"\n"


def sign(pdf: bytes, identity: Identity) -> bytes:
    return sign_pdf(pdf, identity, reason="hostile test").data


def edit(pdf: bytes, change: Callable[[pikepdf.Pdf], None]) -> bytes:
    with pikepdf.open(io.BytesIO(pdf)) as document:
        change(document)
        out = io.BytesIO()
        document.save(out)
    return out.getvalue()


def answers_of(pdf: bytes) -> dict[str, Any]:
    with pikepdf.open(io.BytesIO(pdf)) as document:
        return dict(json.loads(document.attachments["answers.json"].get_file().read_bytes()))


def _answers_stream(document: pikepdf.Pdf) -> pikepdf.Stream:
    stream = document.attachments["answers.json"].obj.EF.F
    assert isinstance(stream, pikepdf.Stream)
    return stream


def with_answers_bytes(pdf: bytes, raw: bytes) -> bytes:
    """Replace the bytes of answers.json (stored Flate-compressed, as pikepdf writes it)."""

    def change(document: pikepdf.Pdf) -> None:
        stream = _answers_stream(document)
        stream.write(zlib.compress(raw), filter=pikepdf.Name.FlateDecode)
        stream.Params.Size = len(raw)

    return edit(pdf, change)


def with_answers(pdf: bytes, data: Any) -> bytes:
    return with_answers_bytes(pdf, json.dumps(data, allow_nan=True).encode("utf-8"))


def bomb_bytes(megabytes: int) -> bytes:
    """`megabytes` MiB of zeros, deflated (~1 KiB per MiB)."""
    packer = zlib.compressobj(9)
    chunk = bytes(1 << 20)
    return b"".join([*(packer.compress(chunk) for _ in range(megabytes)), packer.flush()])


def with_answers_bomb(pdf: bytes, megabytes: int) -> bytes:
    """answers.json as a compression bomb that declares /Params /Size 100."""

    def change(document: pikepdf.Pdf) -> None:
        stream = _answers_stream(document)
        stream.write(bomb_bytes(megabytes), filter=pikepdf.Name.FlateDecode)
        stream.Params.Size = 100

    return edit(pdf, change)


def with_page_bomb(pdf: bytes, megabytes: int) -> bytes:
    """The cover page's content replaced by a compression bomb."""

    def change(document: pikepdf.Pdf) -> None:
        stream = pikepdf.Stream(document, b"")
        stream.write(bomb_bytes(megabytes), filter=pikepdf.Name.FlateDecode)
        document.pages[0].obj.Contents = document.make_indirect(stream)

    return edit(pdf, change)


def with_link(pdf: bytes, action: dict[str, Any]) -> bytes:
    """A link annotation on the cover running `action` (e.g. /Launch of /dev/zero)."""

    def change(document: pikepdf.Pdf) -> None:
        link = pikepdf.Dictionary(Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Link,
                                  Rect=[0, 0, 100, 100], A=pikepdf.Dictionary(**action))  # fmt: skip
        page = document.pages[0].obj
        page.Annots = document.make_indirect(pikepdf.Array([document.make_indirect(link)]))

    return edit(pdf, change)


def with_deep_nesting(pdf: bytes, depth: int) -> bytes:
    def change(document: pikepdf.Pdf) -> None:
        value: Any = pikepdf.Array([1])
        for _ in range(depth):
            value = pikepdf.Array([value])
        document.Root.AisafeDeep = value

    return edit(pdf, change)


def many_pages(count: int) -> bytes:
    document = pikepdf.new()
    for _ in range(count):
        document.add_blank_page(page_size=(10, 10))
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def many_objects(count: int) -> bytes:
    document = pikepdf.new()
    document.add_blank_page(page_size=(10, 10))
    document.Root.Junk = pikepdf.Array([document.make_indirect(pikepdf.Dictionary(N=i))
                                        for i in range(count)])  # fmt: skip
    out = io.BytesIO()
    document.save(out, object_stream_mode=pikepdf.ObjectStreamMode.generate)
    return out.getvalue()
