"""Small questionnaires for the storage tests, written inline: the shipped questionnaires change
independently of these tests. (A uniquely named module, so test files can import it.)"""

from __future__ import annotations

import textwrap
from pathlib import Path

from aisafe_desktop.core.paths import AppPaths

QUESTIONNAIRE_ID = "storage-test"

_HEAD = """\
format: 1
id: storage-test
version: {version}
title: Storage test questionnaire
description: A small questionnaire used by the storage tests.
publisher: AISafe Desktop tests
licence: CC0-1.0
languages: [en]
default_language: en
estimated_minutes: 5
dimensions:
  - id: risk
    title: Risk
sections:
"""

_TAIL = """\
scoring:
  direction: risk
  bands:
    - {id: low, label: Low risk, min: 0, max: 50}
    - {id: high, label: High risk, min: 50, max: 100}
"""

V1_SECTIONS = """\
  - id: basics
    title: Basics
    questions:
      - id: uses-ai
        type: yes_no
        text: Does the organisation use AI?
        options:
          - {value: "yes", label: "Yes", score: {risk: 2}}
          - {value: "no", label: "No", score: {risk: 0}}
      - id: purpose
        type: single_choice
        text: What is the AI used for?
        when: {question: uses-ai, equals: "yes"}
        options:
          - {value: hiring, label: Hiring, score: {risk: 3}}
          - {value: marketing, label: Marketing, score: {risk: 1}}
      - id: people
        type: number
        text: How many people does it affect each month?
        min: 0
      - id: notes
        type: long_text
        text: Anything else?
        required: false
      - id: kept
        type: short_text
        text: Who owns the AI system?
      - id: dropped
        type: short_text
        text: Who approved the AI system?
"""

# Version 2: 'purpose' changes type (now multiple choice), 'dropped' is removed, 'training' is
# added, 'people' keeps its meaning but changes wording; 'uses-ai', 'notes', 'kept' are unchanged.
V2_SECTIONS = """\
  - id: basics
    title: Basics
    questions:
      - id: uses-ai
        type: yes_no
        text: Does the organisation use AI?
        options:
          - {value: "yes", label: "Yes", score: {risk: 2}}
          - {value: "no", label: "No", score: {risk: 0}}
      - id: purpose
        type: multiple_choice
        text: What is the AI used for?
        when: {question: uses-ai, equals: "yes"}
        options:
          - {value: hiring, label: Hiring, score: {risk: 3}}
          - {value: marketing, label: Marketing, score: {risk: 1}}
      - id: people
        type: number
        text: About how many people does it affect each month?
        min: 0
      - id: notes
        type: long_text
        text: Anything else?
        required: false
      - id: kept
        type: short_text
        text: Who owns the AI system?
      - id: training
        type: yes_no
        text: Have staff been trained?
"""


def questionnaire_yaml(version: str = "1.0.0", sections: str = V1_SECTIONS) -> str:
    return _HEAD.format(version=version) + sections + _TAIL


def install_questionnaire(paths: AppPaths, text: str, name: str = "storage-test.yaml") -> Path:
    """Put a questionnaire in the user's questionnaires folder, where the catalogue finds it."""
    folder = paths.user_questionnaires_dir
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / name
    target.write_text(textwrap.dedent(text), encoding="utf-8")
    return target
