"""Phrases that point back to the sentence before, read for the context stage (`stages/context.py`, brief en15).

- **An example of what came before**: "The San Andreas Fault in California is the best-known example." (of what?)
  leans on the sentence before ("Transform boundaries, where plates slide past each other sideways."); an example of
  its own sentence's clause ("… is called an alkali; sodium hydroxide is a common example") does not.
- **A demonstrative shown as definite**: "The pressure from this collision …" is shown as "the collision"
  (`phrasing.definite`) and leans back all the same when the sentence before tells it ("… the Indian plate collided
  with …"): the context stage shows that sentence. "this war between X and Y" (a phrase after the noun says which)
  and a demonstrative the sentence before does not tell stand as written.
- **What "own" or "later" counts from** (brief en16): "In 1876 a future president published one of his own." (one
  of his own what?) and "Two years later, Rosa …" in a sentence with no year of its own lean on the sentence before.
- **The studied work's "It"** (`resolve.work_before`): "It is set in …" is shown "[To Kill a Mockingbird] is set in …".
"""
from __future__ import annotations

import re

from studyapp.generator.stages import phrasing as ph

EXAMPLE_OF_BEFORE = re.compile(r"\b(?:the|an?|another|one)\s+(?:(?:most\s+)?[\w-]+\s+)?examples?\b(?!\s+(?:of|for|from)\b)", re.I)
POST_MODIFIER = re.compile(r"^(?:\s+[a-z-]+){0,2}\s+(?:of|between|among|that|which|who|with|from|in|on|for|about|by)\b")


def examples(text: str) -> list[tuple[int, int, str]]:
    """(start, end, "the") of each "the best-known example" that is an example of what the sentence before told."""
    return [(m.start(), m.end(), "the") for m in EXAMPLE_OF_BEFORE.finditer(text) if not re.search(r"[;:]", text[:m.start()])]


OWN = re.compile(r"\b(?:one|some|two|three|several|many|each|none|any) of (?:his|her|its|their|our|my|your) own\b"
                 r"(?=\s*(?:[.,;:!?)]|$|(?:and|in|at|on|for|to|that|which|when)\b))", re.I)
LATER = re.compile(r"^(?:(?:a|one|two|three|four|five|six|seven|eight|nine|ten|a few|several|some|\d+) (?:days?|weeks?|"
                   r"months?|years?|decades?|century|centuries) (?:later|earlier|afterwards)|the (?:next|following) "
                   r"(?:day|week|month|year|morning|evening)|(?:soon|shortly) (?:after|afterwards))\b(?!\s+(?:than|the)\b)",
                   re.I)
YEAR = re.compile(r"\b(?:1[0-9]{3}|20[0-9]{2})\b")


def counted_back(text: str) -> list[tuple[int, int, str]]:
    """(start, end, kind) of each "one of his own" ("the") and of an opening "Two years later" ("connective") when
    the sentence has no year of its own."""
    found = [(m.start(), m.end(), "the") for m in OWN.finditer(text)]
    later = LATER.match(text)
    if later and not YEAR.search(text):
        found.append((later.start(), later.end(), "connective"))
    return found


def as_definite(text: str, ref: tuple[int, int, str], before: str) -> str:
    """How the prompt shows the reference `ref` of `text`: a demonstrative that sums up what the sentence before
    (`before`) tells as `phrasing.definite` writes it ("this collision" -> "the collision"), anything else as written."""
    shown = text[ref[0]:ref[1]]
    noun = shown.split()[-1].lower()
    if ref[2] != "demonstrative" or POST_MODIFIER.match(text[ref[1]:]) or \
            not re.search(r"\b" + re.escape(noun[:5]), before.lower()):
        return shown
    return ph.definite(shown)


def work_it(prompt: str, at: int, work: str) -> str:
    """The prompt with the "It" that opens its sentence (at `at`, -1 when not shown) written as the work."""
    if at >= 0 and prompt[at:at + 3] in ("It ", "it "):
        return f"{prompt[:at]}[{work}]{prompt[at + 2:]}"
    return prompt
