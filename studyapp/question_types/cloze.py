"""Cloze (fill in the blank): a prompt with one gap _____, graded as a short answer."""
from __future__ import annotations

from studyapp.errors import ValidationError
from studyapp.question_types.short_answer import ShortAnswer
from studyapp.translatable import N_, at

BLANK = "_____"


class Cloze(ShortAnswer):
    """Type the word that fills the gap."""

    name, label = "cloze", N_("Fill in the blank (cloze)")

    def validate(self, data, prompt):
        """A short answer whose prompt shows the gap."""
        out = super().validate(data, prompt)
        if BLANK not in prompt:
            raise ValidationError(N_("A cloze prompt must show the gap as _____ (five underscores)."), "prompt")
        return out

    def gift_around(self, prompt, head, block, gift):
        """The answer block stands in the gap."""
        if prompt.count(BLANK) != 1:
            raise ValueError(f"a cloze prompt needs exactly one {BLANK}")
        before, after = prompt.split(BLANK)
        head = head if before else head.removesuffix("[plain]")  # a format marker needs text after it
        return f"{head}{gift.escape(before)}{block}{gift.escape(after)}"

    gift_reads = ""  # read as a short answer whose block stands in the text
    anki_cloze_note = True  # an Anki cloze note with one gap

    def qti_prompt(self, question, body, qti):
        """The prompt with the text box standing in the gap."""
        prompt = str(question.get("prompt") or "")
        if prompt.count(BLANK) != 1:
            raise qti.Unrepresentable(f"a cloze prompt needs exactly one {BLANK}")
        before, after = prompt.split(BLANK)
        paragraph = qti.el(body, "p")
        qti.lines(paragraph, before)
        qti.el(paragraph, "textEntryInteraction", responseIdentifier="RESPONSE", expectedLength="20")
        qti.lines(paragraph, after)

    def qti_entry(self, body, qti):
        """None: the text box stands in the prompt's gap."""

    def reads_qti(self, read):
        """A text entry of a string standing in the prompt (read as a short answer, the box the blank)."""
        return read.interaction == self.qti_interaction and read.base_type == "string" and read.gap

    moodle_reads = ("shortanswer", "gapselect", "ddwtos")

    def reads_moodle_xml(self, read):
        """A shortanswer with the gap, or a one-gap gapselect or ddwtos."""
        return read.qtype in ("gapselect", "ddwtos") or (read.qtype == "shortanswer" and self.moodle_cloze(read))

    def from_moodle_xml(self, read, fields):
        """A shortanswer as a short answer; a gapselect or ddwtos with one gap `[[1]]`, which becomes the blank."""
        if read.qtype == "shortanswer":
            return super().from_moodle_xml(read, fields)
        options = read.element.findall("selectoption" if read.qtype == "gapselect" else "dragbox")
        if read.prompt.count("[[") != 1 or "[[1]]" not in read.prompt or not options:
            raise ValidationError(at(read.where, N_("only %(qtype)s questions with exactly one gap [[1]] can be read.",
                                                    qtype=read.qtype)))
        fields["prompt"] = read.prompt.replace("[[1]]", BLANK)
        answer = (options[0].findtext("text") or "").strip()
        if not answer:
            raise ValidationError(at(read.where, N_("the right answer is empty.")))
        return answer
