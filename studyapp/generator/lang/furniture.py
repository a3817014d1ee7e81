"""Parts of a Russian or Kazakh document that are no content to ask about (fourteenth round, after read p):

- the text's own questions: a sentence ending in "?" (a heading-like "Фотосинтез қайда жүреді?", an interview
  question, a rhetorical opening), and every paragraph of a discussion, review or task section ("Вопросы для
  обсуждения", "Сұрақтар мен тапсырмалар", "Талқылауға арналған сұрақтар");
(read-more lines and starred footnotes are dropped for every language by the clean stage: stages/furniture.py)
- a speaker tag after a quote ("«…», — дейді 8-сынып оқушысы Даяна", "«…» — говорит тренер Иванов"): who said a
  remark in a news item is the remark's frame, not its point;
- a filler word that frames a sentence but carries none of its point ("X дегеніміз — Y", является, яғни).
"""
from __future__ import annotations

import re

from studyapp.text import fold

SECTION = re.compile(r"^\s*(?:вопрос|задани|сұрақ|тапсырма|талқыла|пысықта|ойлан|проверь|questions?\b)", re.I)
SAY_VERB = r"(?:дейді|деді|деп\w*|айтады|айтты|атап\s+өтті|говорит|сказал\w*|отмечает|отметил\w*|рассказ\w+|" \
           r"поясня\w+|пояснил\w*|добавил\w*|считает|уверен\w*|признаётся|признается)"
# a closing quote, a dash, then a verb of saying (and the speaker after it) to the end of the sentence
SPEAKER_TAG = re.compile(rf"[»”\"],?\s*[—–-]\s*{SAY_VERB}\b[^.!?«]*", re.I)


def skipped(paragraph) -> bool:
    """The paragraph is furniture: in a questions/tasks section."""
    return bool(SECTION.match(paragraph.section or ""))


def question(sentence: str) -> bool:
    """The sentence is the text's own question."""
    return sentence.rstrip(" »\"')").endswith("?")


def in_tag(text: str, start: int) -> bool:
    """The position lies in a speaker tag after a quote."""
    return any(m.start() < start < m.end() for m in SPEAKER_TAG.finditer(text))


# words that frame a sentence but carry none of its point: a definition's "дегеніміз" (X дегеніміз — Y), a
# linking or hedging word; a blank there tests nothing the text teaches (read p)
FILLER = frozenset({"дегеніміз", "дегенiмiз", "деген", "дегенде", "яғни", "сияқты", "ретінде", "туралы", "бойынша",
                    "арқылы", "шамамен", "называется", "называют", "является", "являются", "который", "которые",
                    "например", "примерно", "около", "также", "именно", "поэтому"})


def filler(word: str) -> bool:
    """The word only frames the sentence (FILLER): never a blank."""
    return fold(word) in {fold(w) for w in FILLER}
