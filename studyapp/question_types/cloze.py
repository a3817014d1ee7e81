"""Cloze (fill in the blank): a prompt with one gap _____, graded as a short answer."""
from __future__ import annotations

from studyapp.errors import ValidationError
from studyapp.question_types.short_answer import ShortAnswer

BLANK = "_____"


class Cloze(ShortAnswer):
    """Type the word that fills the gap."""

    name, label = "cloze", "Fill in the blank (cloze)"

    def validate(self, data, prompt):
        """A short answer whose prompt shows the gap."""
        out = super().validate(data, prompt)
        if BLANK not in prompt:
            raise ValidationError("A cloze prompt must show the gap as _____ (five underscores).", "prompt")
        return out
