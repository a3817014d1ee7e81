"""`N_`: marks an English string for the translation catalogues without translating it, so that services, formats
and question types stay free of Flask; the page shows it in the reader's language with the `tr` template global
(studyapp/i18n.py). `make translations-extract` collects every `N_("...")`."""
from __future__ import annotations


def N_(text: str) -> str:  # noqa: N802 (gettext's name for a no-op marker)
    """`text` unchanged: only the extractor reads the mark."""
    return text
