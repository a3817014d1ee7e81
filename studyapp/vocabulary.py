"""The words a bank file and the database share: question types, kinds and review statuses (no Flask, no database)."""
from __future__ import annotations

from enum import StrEnum

from studyapp.translatable import N_


# The interface languages, each named in itself (studyapp/i18n.py chooses one per request).
INTERFACE_LANGUAGES = {"kk": "Қазақша", "ru": "Русский", "en": "English"}


class QuestionType(StrEnum):
    """How a question is asked and answered."""

    MULTIPLE_CHOICE = "multiple_choice"
    TRUE_FALSE = "true_false"
    CLOZE = "cloze"
    NUMERIC = "numeric"
    SHORT_ANSWER = "short_answer"
    ORDERING = "ordering"
    MATCHING = "matching"
    MULTIPLE_RESPONSE = "multiple_response"
    ESSAY = "essay"


class QuestionKind(StrEnum):
    """Whether a question tests a fact or a perspective (who argues what)."""

    FACT = "fact"
    PERSPECTIVE = "perspective"


class QuestionStatus(StrEnum):
    """Review state: only approved questions ever reach students."""

    DRAFT = "draft"
    APPROVED = "approved"
    REJECTED = "rejected"


class DocumentLanguage(StrEnum):
    """The languages StudyApp reads and writes questions in (a document's and a question's)."""

    EN = "en"
    RU = "ru"
    KK = "kk"


LANGUAGE_NAMES = {DocumentLanguage.EN: N_("English"), DocumentLanguage.RU: N_("Russian"), DocumentLanguage.KK: N_("Kazakh")}
