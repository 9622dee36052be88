"""Fixed wording of the PDF report, per language (English and Bahasa Melayu; others use English).

Questionnaire content (questions, bands, recommendations) carries its own translations; these
are only the report's headings and captions.
"""

from __future__ import annotations

_LABELS: dict[str, dict[str, str]] = {
    "report": {"en": "AI assessment report", "ms": "Laporan penilaian AI"},
    "organisation": {"en": "Organisation", "ms": "Organisasi"},
    "ai_system": {"en": "AI system", "ms": "Sistem AI"},
    "questionnaire": {"en": "Questionnaire", "ms": "Soal selidik"},
    "version": {"en": "version", "ms": "versi"},
    "publisher": {"en": "Publisher", "ms": "Penerbit"},
    "language": {"en": "Language", "ms": "Bahasa"},
    "date": {"en": "Date", "ms": "Tarikh"},
    "signed_by": {"en": "Signed by", "ms": "Ditandatangani oleh"},
    "result": {"en": "Result", "ms": "Keputusan"},
    "overall": {"en": "Overall score", "ms": "Skor keseluruhan"},
    "progress": {"en": "Questions answered", "ms": "Soalan dijawab"},
    "summary": {"en": "Summary", "ms": "Ringkasan"},
    "band_meaning": {"en": "What this result means", "ms": "Maksud keputusan ini"},
    "dimensions": {"en": "Scores by dimension", "ms": "Skor mengikut dimensi"},
    "scale_position": {"en": "Band {number} of {count} · overall score {score} %",
                       "ms": "Jalur {number} daripada {count} · skor keseluruhan {score} %"},
    "risk_areas": {"en": "Risk areas (a higher score is more serious)",
                   "ms": "Bidang risiko (skor lebih tinggi lebih serius)"},
    "areas_readiness": {"en": "Areas (higher is better)",
                        "ms": "Bidang (lebih tinggi lebih baik)"},
    "safeguard_areas": {"en": "Safeguards (higher is better)",
                        "ms": "Langkah perlindungan (lebih tinggi lebih baik)"},
    "red_flags": {"en": "Red flags", "ms": "Tanda amaran"},
    "no_red_flags": {"en": "No red flag was raised.", "ms": "Tiada tanda amaran."},
    "explanation": {"en": "How the result was reached", "ms": "Bagaimana keputusan dicapai"},
    "recommendations": {"en": "Recommendations", "ms": "Cadangan"},
    "no_recommendations": {
        "en": "No recommendation was triggered.",
        "ms": "Tiada cadangan dicetuskan.",
    },
    "obligations": {"en": "Recommended steps", "ms": "Langkah yang disyorkan"},
    "raised_by_flag": {"en": "Raised to this level by a red flag: {text}",
                       "ms": "Dinaikkan ke tahap ini oleh tanda amaran: {text}"},
    "raised_by_floor": {"en": "Raised to this level by a minimum-level rule: {text}",
                        "ms": "Dinaikkan ke tahap ini oleh peraturan tahap minimum: {text}"},
    "labels_fallback": {"en": "The headings of this report are in English: AISafe Desktop has no "
                              "{language} text for them yet."},
    "priority_high": {"en": "High priority", "ms": "Keutamaan tinggi"},
    "action_line": {"en": "Action plan: {status} · Owner: {owner} · Due: {due}",
                    "ms": "Pelan tindakan: {status} · Pemilik: {owner} · Tarikh akhir: {due}"},
    "action_done": {"en": "done", "ms": "selesai"},
    "action_open": {"en": "to do", "ms": "belum selesai"},
    "action_unset": {"en": "not set", "ms": "belum ditetapkan"},
    "priority_medium": {"en": "Medium priority", "ms": "Keutamaan sederhana"},
    "priority_low": {"en": "Low priority", "ms": "Keutamaan rendah"},
    "answers": {"en": "Answers", "ms": "Jawapan"},
    "answer": {"en": "Answer", "ms": "Jawapan"},
    "comment": {"en": "Comment / evidence", "ms": "Ulasan / bukti"},
    "guidance": {"en": "Guidance", "ms": "Panduan"},
    "references": {"en": "References", "ms": "Rujukan"},
    "not_answered": {"en": "Not answered", "ms": "Tidak dijawab"},
    "not_answered_optional": {"en": "Not answered (optional)", "ms": "Tidak dijawab (pilihan)"},
    "appendix": {
        "en": "Appendix: identification and verification",
        "ms": "Lampiran: pengenalan dan pengesahan",
    },
    "questionnaire_id": {"en": "Questionnaire id and version", "ms": "Id dan versi soal selidik"},
    "questionnaire_sha": {"en": "Questionnaire SHA-256", "ms": "SHA-256 soal selidik"},
    "answers_sha": {
        "en": "Embedded answers (answers.json) SHA-256",
        "ms": "SHA-256 jawapan terbenam (answers.json)",
    },
    "app_version": {"en": "Produced by", "ms": "Dihasilkan oleh"},
    "fingerprint": {
        "en": "Signer certificate SHA-256 fingerprint",
        "ms": "Cap jari SHA-256 sijil penandatangan",
    },
    "how_to_verify": {"en": "How to verify this file", "ms": "Cara mengesahkan fail ini"},
    "verify_1": {
        "en": "This PDF is digitally signed and carries the answers as a machine-readable file "
        "(answers.json) inside it. Any change to the file after signing breaks the signature.",
        "ms": "PDF ini ditandatangani secara digital dan membawa jawapan sebagai fail yang boleh "
        "dibaca mesin (answers.json) di dalamnya. Sebarang perubahan selepas ditandatangani "
        "akan merosakkan tandatangan.",
    },
    "verify_2": {
        "en": "With AISafe Desktop: choose “Verify a PDF” on the Home screen, or run "
        "aisafe verify REPORT.pdf. It checks the signature, that it covers the whole file with "
        "no later changes, re-scores the embedded answers, and says TRUSTED only if the signer "
        "is in your trusted list (aisafe trust add), UNTRUSTED otherwise.",
        "ms": "Dengan AISafe Desktop: pilih “Sahkan PDF” pada skrin Utama, atau jalankan "
        "aisafe verify LAPORAN.pdf. Ia menyemak tandatangan, bahawa ia meliputi seluruh fail "
        "tanpa perubahan kemudian, mengira semula skor jawapan, dan menyatakan DIPERCAYAI hanya "
        "jika penandatangan ada dalam senarai dipercayai anda (aisafe trust add), TIDAK "
        "DIPERCAYAI jika tidak.",
    },
    "verify_3": {
        "en": "Without it: any PAdES-capable reader (e.g. poppler's pdfsig) shows whether the "
        "signature is valid. Compare the signer's certificate fingerprint with the one the "
        "signer registered with you: a self-signed certificate proves nothing by itself. "
        "The time on the signature is the claimed signing time: the signer's own clock, not "
        "proven by a timestamp authority.",
        "ms": "Tanpanya: mana-mana pembaca yang menyokong PAdES (cth. pdfsig daripada poppler) "
        "menunjukkan sama ada tandatangan sah. Bandingkan cap jari sijil penandatangan "
        "dengan yang didaftarkan kepada anda: sijil yang ditandatangani sendiri tidak "
        "membuktikan apa-apa dengan sendirinya. Masa pada tandatangan ialah masa tandatangan "
        "yang didakwa: jam penandatangan sendiri, tidak dibuktikan oleh pihak berkuasa cap masa.",
    },
    "stamp_signed_by": {"en": "Digitally signed by", "ms": "Ditandatangani secara digital oleh"},
    "stamp_organisation": {"en": "Organisation", "ms": "Organisasi"},
    "stamp_date": {"en": "Claimed signing time", "ms": "Masa tandatangan didakwa"},
    "signature_here": {"en": "Digital signature", "ms": "Tandatangan digital"},
    "page_of": {"en": "Page {page} of {pages}", "ms": "Halaman {page} daripada {pages}"},
    "unsigned": {"en": "(added when signing)", "ms": "(ditambah semasa menandatangani)"},
    "reference": {"en": "Report reference", "ms": "Rujukan laporan"},
    "reference_footer": {"en": "Ref. {reference}", "ms": "Ruj. {reference}"},
    "status": {"en": "Status", "ms": "Status"},
    "complete": {"en": "Complete", "ms": "Lengkap"},
    "incomplete": {
        "en": "INCOMPLETE: {count} required question(s) not answered",
        "ms": "TIDAK LENGKAP: {count} soalan wajib tidak dijawab",
    },
    "declaration_heading": {"en": "Declaration", "ms": "Pengakuan"},
    "declaration": {
        "en": "I, {signer}, declare that the answers in this report, given for {organisation}, are "
        "accurate and complete to the best of my knowledge, and that I am authorised to submit "
        "them. I sign this report with my digital signature below.",
        "ms": "Saya, {signer}, mengaku bahawa jawapan dalam laporan ini, yang diberikan bagi pihak "
        "{organisation}, adalah tepat dan lengkap setakat pengetahuan saya, dan bahawa saya "
        "diberi kuasa untuk menyerahkannya. Saya menandatangani laporan ini dengan tandatangan "
        "digital saya di bawah.",
    },
    # the review receipt an agency sends back (reporting/receipt.py)
    "receipt_title": {"en": "Review receipt", "ms": "Resit semakan"},
    "receipt_decision": {"en": "Decision", "ms": "Keputusan"},
    "receipt_due": {"en": "Please resubmit by", "ms": "Sila hantar semula sebelum"},
    "receipt_reviewer": {"en": "Reviewed by", "ms": "Disemak oleh"},
    "receipt_decided": {"en": "Decided on", "ms": "Tarikh keputusan"},
    "receipt_report": {"en": "Reviewed report", "ms": "Laporan disemak"},
    "receipt_reference": {"en": "Reference", "ms": "Rujukan"},
    "receipt_sha256": {"en": "SHA-256 of the reviewed file", "ms": "SHA-256 fail yang disemak"},
    "receipt_assessment": {"en": "Assessment", "ms": "Penilaian"},
    "receipt_comments": {"en": "Comments", "ms": "Ulasan"},
    "receipt_whole": {"en": "On the whole report", "ms": "Mengenai keseluruhan laporan"},
    "receipt_question": {"en": "On the answer to", "ms": "Mengenai jawapan kepada"},
    "receipt_none": {"en": "No comments.", "ms": "Tiada ulasan."},
    "receipt_signed": {"en": "Signed by the reviewing agency", "ms": "Ditandatangani oleh agensi penyemak"},
    "receipt_note": {
        "en": "Import this file in AISafe Desktop (Home, or 'aisafe receipt import') to see each "
              "comment next to the answer it is about.",
        "ms": "Import fail ini dalam AISafe Desktop (Laman Utama, atau 'aisafe receipt import') "
              "untuk melihat setiap ulasan di sebelah jawapan berkaitan.",
    },
    "receipt_accepted": {"en": "Accepted", "ms": "Diterima"},
    "receipt_returned": {"en": "Returned for changes", "ms": "Dikembalikan untuk pindaan"},
    "receipt_under_review": {"en": "Under review", "ms": "Dalam semakan"},
    "receipt_new": {"en": "Received", "ms": "Diterima masuk"},
}


def has_labels(language: str) -> bool:
    """Whether the report's own headings exist in `language` (else they are English)."""
    return language in _LABELS["report"]


def label(key: str, language: str) -> str:
    forms = _LABELS[key]
    return forms.get(language, forms["en"])
