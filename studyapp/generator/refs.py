"""How a prompt names its document ("According to “Strategic alliances”, …", "Complete the sentence from the
text by X: “…”"), and the prompt without those words, which the checks of a stem read."""
from __future__ import annotations

import re

REF = r"(?:the text by [^,:“”]+|“[^”]+”)"  # how a prompt names its document (SourceDoc.ref)
NAMED_TF = re.compile(r"^True or false\? According to " + REF + r",\s+")
NAMED_QUOTING = re.compile(r"^(Complete the sentence|Fill in the number) from " + REF + ":")
NAMED_LEAD = re.compile(r"^(?:According to|In) " + REF + r",\s+(?!is this a fact)")


def unnamed(prompt: str) -> str:
    """The prompt without the words that name its document ("According to “Strategic alliances”, the …",
    "Complete the sentence from the text by X: “…”"), capitalised: what the checks of a stem read."""
    match = NAMED_TF.match(prompt)
    if match:
        rest = prompt[match.end():]
        return "True or false? " + rest[:1].upper() + rest[1:]
    match = NAMED_QUOTING.match(prompt)
    if match:
        return match.group(1) + ":" + prompt[match.end():]
    match = NAMED_LEAD.match(prompt)
    if match:
        rest = prompt[match.end():]
        return rest[:1].upper() + rest[1:]
    return prompt
