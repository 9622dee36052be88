"""A fast reader for well-formed questionnaires, with the same meaning as the marked reader.

The marked reader (`yaml_reader`) builds data from PyYAML's events so that every problem gets a
FILE:LINE:COLUMN; for a 1,000-question file that costs about half a second, almost all of it in
PyYAML. Here rapidyaml parses the file in C++ and emits it as JSON, which Python's C JSON decoder
turns into data. That path knows no line numbers, so it only ever answers for a file it is sure
about; for anything else it answers None and the caller uses the marked reader, which then finds
and locates the problem.

The data must be exactly what the marked reader makes. JSON loses one fact: whether a YAML scalar
was quoted. That matters only for a plain scalar that our resolver would turn into something other
than a text (`~`, `2026-01-01`, `0x1F`, `True`...). So every text in the result is put through the
same resolver; if it would resolve to something else it may have been written plain, and we step
aside. Numbers arrive with their written form, which is resolved by the same rules (`1e3` is a
text in YAML 1.1). Tags, aliases, merge keys, directives, tabs, several documents, duplicate keys,
nesting deeper than the reader allows or more values than it allows: all go to the marked reader,
which applies today's rules and messages to them.
"""

from __future__ import annotations

import gc
import json
import os
import re
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import yaml

from aisafe_desktop.core.yaml_reader import (
    MAX_DEPTH,
    MAX_NODES,
    YamlDocument,
    _Yaml12BoolResolver,
    decode_yaml_bytes,
    read_yaml_bytes,
)

try:  # an optional accelerator: without it every file takes the marked reader
    import ryml  # rapidyaml ships no type information (mypy: ignore_missing_imports)
except ImportError:  # pragma: no cover - rapidyaml is a dependency; kept for odd platforms
    ryml = None

# Bytes whose meaning PyYAML and rapidyaml may not share, or that PyYAML refuses: control
# characters (tabs included: the two differ on tabs in indentation), C1 controls and NEL, the line
# and paragraph separators (line breaks for PyYAML only), U+FFFE/U+FFFF.
_CONTROL_BYTES = bytes(b for b in range(32) if b not in (10, 13)) + b"\x7f"
_C1 = re.compile("[\x80-\x9f]")
_ODD_CHARACTERS = ("\u2028", "\u2029", "\ufffe", "\uffff")  # looked for in the decoded text
# rapidyaml reads `[x:]`, `{x:}`, `[ :x]`, `]:` and `a: ]x` as values, where PyYAML refuses them:
# a flow indicator or `:` where a plain text starts (`_odd_bracket`).
_BEFORE_CLOSING = (b":", b"\n", b": ", b"- ", b"? ")
# After a closing bracket YAML allows a blank, `,`, `]`, `}` or `:`; rapidyaml reads `}1` too.
_AFTER_CLOSING = frozenset(b" \t\n\r\x0b\x0c,]}")
# The same for `:` after a blank, a line break or a comma (` :`, `\n:`, `,:`) and `:,`; the first
# three are found in one search once line breaks and commas are made blanks.
_BREAK_AND_COMMA_AS_BLANK = bytes.maketrans(b"\n,", b"  ")
# Characters that must not start a plain text: a tag, an anchor, the reserved `@` and backquote.
_NO_PLAIN_START = b"!&@`"
# What may stand before a node, blanks aside: a line start, a flow indicator, `:`, `-` or `?`.
_BEFORE_NODE = frozenset(b"\n\r[{,:-?")


def _starts_a_node(raw: bytes, at: int) -> bool:
    """Whether the byte at `at` may begin a YAML node (`a: &x`, `- !t`, `[@`), not prose (`R & D`)
    nor a comment line (`# - `name``)."""
    line_start = raw.rfind(b"\n", 0, at) + 1
    if raw[line_start:at].lstrip(b" ").startswith(b"#"):
        return False  # a whole-line comment (or text inside a block or quoted scalar)
    before = at - 1
    while before >= 0 and raw[before] == 0x20:
        before -= 1
    return before < 0 or raw[before] in _BEFORE_NODE


def _odd_bracket(raw: bytes, bracket: int) -> bool:
    """Whether a `bracket` stands where PyYAML and rapidyaml read the file differently: `[:`, `{:`;
    `:]`, `: ]`, `- ]`, `? ]`, a line starting with `]`, `]:`, `]x` (and the same with `}`).

    Each bracket is visited (block-style files have none): a few searches of two-byte sequences
    over the whole file cost more.
    """
    at = raw.find(bracket)
    while at != -1:
        after = raw[at + 1:at + 2]
        if after == b":":
            return True
        if bracket in b"]}" and (raw[at - 1:at] in _BEFORE_CLOSING or raw[max(at - 2, 0):at]
                                 in _BEFORE_CLOSING or (after and after[0] not in _AFTER_CLOSING)):
            return True
        at = raw.find(bracket, at + 1)
    return False


def _needs_marked_reader(raw: bytes, text: str) -> bool:
    """Whether the file holds something only the marked reader handles the way we promise.

    Byte scans in C, not regular expressions: this runs on every load.
    """
    if len(raw.translate(None, _CONTROL_BYTES)) != len(raw) or raw.startswith(b"%"):
        return True  # a control character, or a %YAML / %TAG directive
    if b"\r" in raw and raw.count(b"\r") != raw.count(b"\r\n"):
        return True  # a lone CR
    if b"%" in raw and b"\n%" in raw:
        return True  # a directive on a later line
    if any(char in text for char in _ODD_CHARACTERS):
        return True  # a line or paragraph separator, a non-character
    if b"\xc2" in raw and _C1.search(text):
        return True
    if b":," in raw or b" :" in raw.translate(_BREAK_AND_COMMA_AS_BLANK):
        return True
    if raw[:1] in (b"]", b"}", b":"):
        return True
    if any(_odd_bracket(raw, bracket) for bracket in b"[]{}"):
        return True
    for char in _NO_PLAIN_START:
        at = raw.find(char)
        while at != -1:
            if _starts_a_node(raw, at):
                return True
            at = raw.find(char, at + 1)
    return False


_RESOLVERS = {first: rules for first, rules in _Yaml12BoolResolver.yaml_implicit_resolvers.items()
              if rules}
_STR_TAG = "tag:yaml.org,2002:str"
_CONSTRUCT = yaml.constructor.SafeConstructor()


class _StepAside(Exception):
    """The fast path cannot vouch for this file; the marked reader must read it."""


def _plain_tag(text: str) -> str:
    """The tag our resolver gives `text` written as a plain scalar."""
    for tag, regex in _RESOLVERS.get(text[:1], ()):
        if regex.match(text):
            return str(tag)
    return _STR_TAG


def _number(text: str) -> Any:
    """A JSON float as rapidyaml wrote it, resolved and built exactly as the marked reader does.

    rapidyaml makes `.5` and `1.` valid JSON by adding a 0 (`0.5`, `1.0`): the same float for
    YAML 1.1. But `-.5` is a text for YAML 1.1 and comes out as `-0.5`, so a float written
    `-0.` is not vouched for.
    """
    tag = _plain_tag(text)
    if text.startswith(("-0.", "+0.")) or tag != "tag:yaml.org,2002:float":
        raise _StepAside  # also `1e3`: a text in YAML 1.1
    return _CONSTRUCT.construct_object(yaml.ScalarNode(tag, text), deep=True)


def _not_a_number(text: str) -> Any:
    raise _StepAside


# In rapidyaml's JSON a text that could be a plain non-text scalar is written literally (it needs
# no escapes), and a string token opens after a blank, `[`, `,` or `:`, never after a backslash
# (that is an escaped quote inside a text). A text that resolves to something else starts with
# one of these characters (or is empty, or is an alias `*name`).
_CANDIDATE = re.compile(r'"[-+.0-9~<=*tTfFnN"]')
_TOKEN_START = frozenset(" \n[{,:")


def _texts_stay_texts(emitted: str) -> bool:
    """No text in the JSON would have been something else had it been written plain in YAML."""
    seen: set[str] = set()
    for match in _CANDIDATE.finditer(emitted):
        start = match.start()
        if emitted[start - 1] not in _TOKEN_START:
            continue  # a closing quote, or an escaped quote inside a text
        end = emitted.find('"', start + 1)
        text = emitted[start + 1:end]
        if "\\" in text or text in seen:
            continue  # an escape: not a plain number, date, null or boolean
        if text[:1] == "*" or _plain_tag(text) != _STR_TAG:
            return False  # maybe a plain `~`, date, `0x1F`, `True`, `<<`, empty or alias `*name`
        seen.add(text)
    return True


def _shape_within_limits(data: dict[str, Any], expected_entries: int) -> bool:
    """Nesting and size within the reader's limits, and no entry lost to a duplicate key.

    rapidyaml keeps both of two equal keys; the decoded mapping keeps one. Counting the entries
    against the tree's nodes finds that without a hook on every mapping (which would triple the
    decoding time). The reader counts every key, value and container it builds: the same sum.
    """
    entries = values = 1  # values: what the reader counts against MAX_NODES, the root included
    level: list[Any] = [data]
    depth = 1
    while level:  # one nesting level at a time
        below: list[Any] = []
        for container in level:
            size = len(container)
            entries += size
            items: Any = container
            if type(container) is dict:
                values += 2 * size  # every key and every value
                items = container.values()
            else:
                values += size
            for value in items:
                if type(value) is dict or type(value) is list:
                    below.append(value)
        if below and depth >= MAX_DEPTH:
            return False  # the reader allows MAX_DEPTH nested containers
        level = below
        depth += 1
    return entries == expected_entries and values <= MAX_NODES


def _document_node(tree: Any) -> int:
    node = int(tree.root_id())
    if tree.is_stream(node):
        if tree.num_children(node) != 1:
            raise _StepAside  # several documents: the marked reader says so
        node = int(tree.first_child(node))
    if not tree.is_map(node):
        raise _StepAside  # a questionnaire is a mapping; anything else gets the located message
    return node


def _nodes_in(tree: Any, node: int) -> int:
    """Nodes of the document: the tree less a stream node around it."""
    return int(tree.size()) - (0 if node == tree.root_id() else 1)


def read_fast(raw: bytes, file: str = "<string>") -> YamlDocument | None:
    """The data of a well-formed file, without positions; None when the marked reader must read it.

    Too large and not-UTF-8 files are refused here with the reader's own errors.
    """
    text = decode_yaml_bytes(raw, file)
    raw = raw.removeprefix(b"\xef\xbb\xbf")
    if ryml is None or _needs_marked_reader(raw, text):
        return None
    try:
        with _stderr_silenced():  # rapidyaml prints its own errors; the marked reader reports
            tree = ryml.parse_in_arena(raw)
            if tree.size() > MAX_NODES:  # the reader counts at least as many: refused there
                return None
            node = _document_node(tree)
            emitted = ryml.emit_json(tree, node)
        if not _texts_stay_texts(emitted):
            return None
        # A JSON integer is a decimal YAML 1.1 integer of the same value; floats are resolved.
        data = json.loads(emitted, parse_int=int, parse_float=_number,
                          parse_constant=_not_a_number)
        if not _shape_within_limits(data, _nodes_in(tree, node)):
            return None
    except (_StepAside, ValueError, RecursionError):
        return None
    except Exception as error:  # rapidyaml's errors share no base class; all mean "step aside"
        if type(error).__module__.startswith("ryml"):
            return None
        raise
    return YamlDocument(data)


def read_yaml_data(raw: bytes, file: str = "<string>") -> Any:
    """The data of any YAML file the app reads (translations, fixed texts), as a questionnaire is
    read: the fast path when it is sure, else the marked reader, so the same limits (size, depth,
    aliases) and YAML 1.2 meaning ("No" stays a text) apply. YamlReadError for a bad file."""
    doc = read_fast(raw, file)
    return (doc if doc is not None else read_yaml_bytes(raw, file)).data


@contextmanager
def _stderr_silenced() -> Iterator[None]:
    """Send file descriptor 2 to the null device for a moment.

    rapidyaml writes a C++ error report to stderr before it raises; for a file the marked reader
    then explains properly, that text would only confuse (`aisafe questionnaire validate` prints
    its own messages there). Where there is no usable stderr (a windowed build), nothing to do.
    """
    try:
        saved = os.dup(2)
    except OSError:
        yield
        return
    try:
        null = os.open(os.devnull, os.O_WRONLY)
        try:
            os.dup2(null, 2)
        finally:
            os.close(null)
        yield
    finally:
        os.dup2(saved, 2)
        os.close(saved)


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector: loading makes ~10^5 objects and no cycles, and every
    collection pass would walk all of them again (load time grows faster than the file)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
