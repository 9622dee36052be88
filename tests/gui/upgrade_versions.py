"""Two versions of one questionnaire (English and Malay) for the upgrade screen's tests and
screenshots: version 2 rewords one question, changes one question's kind of answer, changes one
question's choices, removes one question and adds one."""

from __future__ import annotations

UPGRADE_ID = "upgrade-demo"

_HEAD = """\
format: 1
id: upgrade-demo
version: {version}
title: {{en: AI use check, ms: Semakan penggunaan AI}}
description: {{en: A short check of how AI is used., ms: Semakan ringkas penggunaan AI.}}
publisher: AISafe Desktop tests
licence: CC0-1.0
languages: [en, ms]
default_language: en
estimated_minutes: 5
dimensions:
  - {{id: risk, title: {{en: Risk, ms: Risiko}}}}
sections:
  - id: basics
    title: {{en: Basics, ms: Asas}}
    questions:
"""

_TAIL = """\
scoring:
  direction: risk
  bands:
    - {id: low, label: {en: Low, ms: Rendah}, min: 0, max: 50}
    - {id: high, label: {en: High, ms: Tinggi}, min: 50, max: 100}
"""

V1 = _HEAD.format(version="1.0.0") + """\
      - id: uses-ai
        type: yes_no
        text:
          en: "Does the organisation use <b>AI</b>?"
          ms: "Adakah organisasi menggunakan <b>AI</b>?"
        options:
          - {value: "yes", label: {en: "Yes", ms: "Ya"}, score: {risk: 2}}
          - {value: "no", label: {en: "No", ms: "Tidak"}, score: {risk: 0}}
      - id: purpose
        type: single_choice
        text: {en: What is the AI used for?, ms: Untuk apakah AI digunakan?}
        options:
          - {value: hiring, label: {en: Hiring, ms: Pengambilan pekerja}, score: {risk: 3}}
          - {value: marketing, label: {en: Marketing, ms: Pemasaran}, score: {risk: 1}}
      - id: people
        type: number
        min: 0
        text: {en: How many people does it affect?, ms: Berapa ramai orang yang terjejas?}
      - id: review
        type: single_choice
        text: {en: How often are its results reviewed?, ms: Berapa kerap hasilnya disemak?}
        options:
          - {value: never, label: {en: Never, ms: Tidak pernah}, score: {risk: 3}}
          - {value: sometimes, label: {en: Sometimes, ms: Kadang-kadang}, score: {risk: 1}}
      - id: owner
        type: short_text
        text: {en: Who owns the AI system?, ms: Siapakah pemilik sistem AI?}
      - id: approver
        type: short_text
        text: {en: Who approved the AI system?, ms: Siapakah yang meluluskan sistem AI?}
""" + _TAIL

V2 = _HEAD.format(version="2.0.0") + """\
      - id: uses-ai
        type: yes_no
        text:
          en: "Does the organisation use <b>AI</b>?"
          ms: "Adakah organisasi menggunakan <b>AI</b>?"
        options:
          - {value: "yes", label: {en: "Yes", ms: "Ya"}, score: {risk: 2}}
          - {value: "no", label: {en: "No", ms: "Tidak"}, score: {risk: 0}}
      - id: purpose
        type: multiple_choice
        text: {en: What is the AI used for?, ms: Untuk apakah AI digunakan?}
        options:
          - {value: hiring, label: {en: Hiring, ms: Pengambilan pekerja}, score: {risk: 3}}
          - {value: marketing, label: {en: Marketing, ms: Pemasaran}, score: {risk: 1}}
      - id: people
        type: number
        min: 0
        text: {en: About how many people does it affect each month?,
               ms: Lebih kurang berapa ramai orang yang terjejas setiap bulan?}
      - id: review
        type: single_choice
        text: {en: How often are its results reviewed?, ms: Berapa kerap hasilnya disemak?}
        options:
          - {value: never, label: {en: Never, ms: Tidak pernah}, score: {risk: 3}}
          - {value: monthly, label: {en: Every month, ms: Setiap bulan}, score: {risk: 1}}
          - {value: weekly, label: {en: Every week, ms: Setiap minggu}, score: {risk: 0}}
      - id: owner
        type: short_text
        text: {en: Who owns the AI system?, ms: Siapakah pemilik sistem AI?}
      - id: training
        type: yes_no
        text:
          en: Have staff been trained to use it?
          ms: Adakah kakitangan telah dilatih menggunakannya?
        options:
          - {value: "yes", label: {en: "Yes", ms: "Ya"}, score: {risk: 0}}
          - {value: "no", label: {en: "No", ms: "Tidak"}, score: {risk: 2}}
""" + _TAIL

ANSWERS: dict[str, object] = {"uses-ai": "yes", "purpose": "hiring", "people": 40,
                              "review": "sometimes", "owner": "Aina binti Yusof",
                              "approver": "Encik Lim"}
