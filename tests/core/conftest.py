"""A small valid questionnaire that tests mutate to provoke one problem at a time."""

from __future__ import annotations

import textwrap

import pytest

from aisafe_desktop.core.loader import LoadResult, load_bytes

BASE = """\
format: 2
id: demo
version: 1.0.0
title: {en: Demo, ms: Demo}
description: {en: A small demo, ms: Demo kecil}
publisher: Test publisher
licence: CC-BY-4.0
languages: [en, ms]
default_language: en
estimated_minutes: 5
dimensions:
  - {id: gov, title: {en: Governance, ms: Tadbir urus}}
  - {id: mit, title: {en: Safeguards, ms: Perlindungan}}
recommendations:
  - {id: write-policy, priority: high, text: {en: Write a policy, ms: Tulis dasar}}
sections:
  - id: basics
    title: {en: Basics, ms: Asas}
    questions:
      - id: uses-ai
        type: yes_no
        text: {en: "Do you use AI?", ms: "Adakah anda menggunakan AI?"}
        options:
          - {value: "yes", label: {en: "Yes", ms: Ya}, score: {gov: 1}}
          - {value: "no", label: {en: "No", ms: Tidak}, recommend: [write-policy]}
          - na
      - id: staff
        type: number
        min: 1
        max: 100000
        text: {en: "How many staff?", ms: "Berapa ramai kakitangan?"}
        when: {question: uses-ai, equals: "yes"}
      - id: oversight
        type: scale
        text: {en: Human oversight, ms: Pengawasan manusia}
        options:
          - {value: 0, label: {en: None, ms: Tiada}}
          - {value: 1, label: {en: Some, ms: Sedikit}, score: {mit: 1, gov: 1}}
          - {value: 2, label: {en: Full, ms: Penuh}, score: {mit: 2, gov: 2}}
scoring:
  direction: risk
  mitigation: {dimension: mit, threshold: 80, reduction: 15}
  bands:
    - {id: low, label: {en: Low, ms: Rendah}, min: 0, max: 50}
    - {id: high, label: {en: High, ms: Tinggi}, min: 50, max: 100}
  red_flags:
    - id: none-at-all
      when: {question: oversight, equals: 0}
      band: high
      message: {en: No oversight., ms: Tiada pengawasan.}
"""


def load(text: str) -> LoadResult:
    return load_bytes(textwrap.dedent(text).encode("utf-8"), "q.yaml")


def mutate(old: str, new: str, base: str = BASE) -> str:
    assert old in base, f"test setup: {old!r} not in the base questionnaire"
    return base.replace(old, new, 1)


def line_of(text: str, needle: str) -> int:
    """1-based line of the first line containing `needle`."""
    for number, line in enumerate(text.splitlines(), 1):
        if needle in line:
            return number
    raise AssertionError(f"{needle!r} not in text")


@pytest.fixture
def base_text() -> str:
    return BASE
