"""Realistic respondents of the generative-ai-addendum, with the band a reviewer would expect."""

from __future__ import annotations

from typing import Any

FAQ_CHATBOT_BASIC: dict[str, Any] = {
    # A 5-person shop's FAQ chatbot on a vendor API, answering from its own FAQ pages.
    "genai-uses": ["customer-chat"], "audience": "direct-external",
    "model-source": ["business-plan", "own-data"], "media": ["text"], "languages": ["en", "ms"],
    "stakes": "informational", "data-in": ["personal"], "markets": ["my"],
    "agent-actions": "content-only", "children": "possible",
    "ai-disclosure": "clear", "bot-persona": "clearly-ai", "human-handover": "yes",
    "ai-literacy": "informal", "grounding": "grounded", "error-handling": "fixed-adhoc",
    "testing": "informal", "deceptive-content": "never", "misuse-guardrails": "defaults",
    "scam-checks": "yes", "vendor-terms": "yes", "prompt-policy": "written",
    "vendor-data-use": "not-sure", "personal-data-law": "partly",
    "retrieval-access": "controlled", "language-testing": "quick", "language-fallback": "yes",
    "bias-check": "never", "owner": "yes", "vendor-roles": "no", "source-quality": "yes",
    "vendor-limits-read": "no", "safety-settings-on": "yes", "incident-process": "partly",
    "access-control": "yes", "activity-logs": "yes", "prompt-injection": "vendor-only",
    "safety-updates": "no", "children-content": "no", "children-data": "yes",
}

FAQ_CHATBOT_FEW_CONTROLS = {
    **FAQ_CHATBOT_BASIC, "ai-literacy": "none", "error-handling": "nothing", "testing": "none",
    "prompt-policy": "none", "personal-data-law": "no", "language-testing": "none",
    "incident-process": "no", "scam-checks": "no", "prompt-injection": "no",
    "children-data": "no", "activity-logs": "no"}

INTERNAL_DRAFTING: dict[str, Any] = {
    # Staff of a Singapore consultancy draft internal notes with a business plan.
    "genai-uses": ["internal-drafting"], "audience": "internal",
    "model-source": ["business-plan"], "media": ["text"], "languages": ["en"], "stakes": "low",
    "data-in": ["business-confidential"], "markets": ["sg"], "agent-actions": "content-only",
    "children": "no", "staff-check": "usually", "ai-literacy": "informal",
    "error-handling": "fixed-adhoc", "deceptive-content": "never", "scam-checks": "yes",
    "vendor-terms": "yes", "prompt-policy": "written", "vendor-data-use": "excluded",
    "bias-check": "never", "owner": "yes", "vendor-roles": "yes", "vendor-limits-read": "yes",
    "safety-settings-on": "yes", "incident-process": "partly", "access-control": "yes",
    "activity-logs": "no", "safety-updates": "no"}

CASEWORK_SUMMARIES: dict[str, Any] = {
    # A Philippine agency summarises benefit applications for caseworkers.
    "genai-uses": ["decision-support", "internal-drafting"], "audience": "internal",
    "model-source": ["business-plan"], "media": ["text"], "languages": ["en", "fil"],
    "stakes": "consequential", "data-in": ["personal", "sensitive-personal"], "markets": ["ph"],
    "agent-actions": "content-only", "children": "no", "staff-check": "usually",
    "ai-literacy": "informal", "error-handling": "fixed-adhoc", "high-stakes-review": "sample",
    "testing": "informal", "grounding": "model-only", "deceptive-content": "never",
    "scam-checks": "yes", "vendor-terms": "yes", "prompt-policy": "written",
    "vendor-data-use": "not-sure", "personal-data-law": "partly", "language-testing": "quick",
    "bias-check": "never",
    "decision-fairness": "no", "owner": "yes", "vendor-roles": "no", "vendor-limits-read": "no",
    "safety-settings-on": "yes", "incident-process": "partly", "access-control": "yes",
    "activity-logs": "no", "safety-updates": "no"}

VIETNAM_SHOP_CHATBOT = {**FAQ_CHATBOT_BASIC, "markets": ["vn"], "languages": ["vi", "en"],
                        "ai-disclosure": "fine-print"}

BOOKING_AGENT_OPEN = {
    # A Thai travel agency's assistant books and refunds on its own with wide access.
    **FAQ_CHATBOT_BASIC, "markets": ["th"], "languages": ["th", "en"], "agent-actions": "open",
    "agent-limits": "no", "agent-approval": "no", "agent-stop": "no", "stakes": "consequential",
    "high-stakes-review": "sample", "decision-fairness": "no",
    "genai-uses": ["customer-chat", "decision-support"], "staff-check": "usually"}
