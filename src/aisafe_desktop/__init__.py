"""AISafe Desktop: offline AI risk and governance self-assessments with signed PDF reports."""

__version__ = "0.1.0"
