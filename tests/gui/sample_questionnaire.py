"""A small questionnaire with every question type, a condition, guidance, evidence, a red flag,
dimensions, recommendations and bands (English and Malay), written to tmp_path by the tests."""

SAMPLE_ID = "gui-sample"

SAMPLE_YAML = """\
format: 1
id: gui-sample
version: 1.0.0
title: {en: "GUI sample check", ms: "Semakan contoh GUI"}
description:
  en: "A short questionnaire used by the desktop tests."
  ms: "Soal selidik pendek untuk ujian desktop."
publisher: "AISafe tests"
licence: "Apache-2.0"
languages: [en, ms]
default_language: en
estimated_minutes: 5
dimensions:
  - {id: impact, title: {en: "Impact", ms: "Impak"}}
  - {id: care, title: {en: "Safeguards", ms: "Perlindungan"}, display_max: 4}
recommendations:
  - {id: rec-log, text: {en: "Keep a log of decisions.", ms: "Simpan log keputusan."},
     priority: high, title: {en: "Logging", ms: "Log"}}
  - {id: rec-train, text: {en: "Train your staff.", ms: "Latih kakitangan anda."}, priority: low}
sections:
  - id: basics
    title: {en: "Basics", ms: "Asas"}
    description: {en: "About the system.", ms: "Tentang sistem."}
    questions:
      - id: uses-ai
        type: yes_no
        text: {en: "Does the system use AI?", ms: "Adakah sistem menggunakan AI?"}
        guidance:
          en: "Rules written by hand are not AI."
          ms: "Peraturan tulisan tangan bukan AI."
      - id: ai-kind
        type: single_choice
        text: {en: "What kind of AI is it?", ms: "Apakah jenis AI itu?"}
        when: {question: uses-ai, equals: "yes"}
        options:
          - {value: predict, label: {en: "It predicts", ms: "Ia meramal"}, score: {impact: 2},
             recommend: [rec-log]}
          - {value: generate, label: {en: "It generates text", ms: "Ia menjana teks"},
             score: {impact: 1}}
      - id: system-name
        type: short_text
        text: {en: "What is the system called?", ms: "Apakah nama sistem itu?"}
      - id: users
        type: number
        text: {en: "How many people use it?", ms: "Berapa orang menggunakannya?"}
        min: 0
        max: 100000
        unit: {en: "people", ms: "orang"}
  - id: care
    title: {en: "Safeguards", ms: "Perlindungan"}
    questions:
      - id: checks
        type: multiple_choice
        text: {en: "Which checks do you do?", ms: "Semakan mana yang anda buat?"}
        evidence: {en: "Where is this written down?", ms: "Di mana ini ditulis?"}
        options:
          - {value: review, label: {en: "Human review", ms: "Semakan manusia"}, score: {care: 2}}
          - {value: audit, label: {en: "Yearly audit", ms: "Audit tahunan"}, score: {care: 2},
             recommend: [rec-train]}
      - id: confidence
        type: scale
        text: {en: "How confident are you in the data?", ms: "Sejauh mana anda yakin dengan data?"}
        options:
          - {value: 0, label: {en: "Not at all", ms: "Tidak langsung"}, score: {impact: 2}}
          - {value: 1, label: {en: "Somewhat", ms: "Agak"}, score: {impact: 1}}
          - {value: 2, label: {en: "Very", ms: "Sangat"}, score: {impact: 0}}
      - id: notes
        type: long_text
        required: false
        text: {en: "Anything else?", ms: "Ada apa-apa lagi?"}
      - id: review-date
        type: date
        required: false
        text: {en: "When was the last review?", ms: "Bilakah semakan terakhir?"}
scoring:
  direction: risk
  overall: [impact]
  bands:
    - {id: low, label: {en: "Low", ms: "Rendah"}, min: 0, max: 50,
       meaning: {en: "Little risk.", ms: "Risiko kecil."},
       obligations: [{en: "Review once a year.", ms: "Semak setahun sekali."}]}
    - {id: high, label: {en: "High", ms: "Tinggi"}, min: 50, max: 100,
       meaning: {en: "Real risk.", ms: "Risiko sebenar."},
       obligations: [{en: "Ask for advice.", ms: "Dapatkan nasihat."}]}
  red_flags:
    - id: no-checks
      when: {question: confidence, equals: 0}
      band: high
      message: {en: "You do not trust the data.", ms: "Anda tidak mempercayai data."}
      recommend: [rec-log]
"""
