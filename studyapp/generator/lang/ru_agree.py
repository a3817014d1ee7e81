"""What a Russian sentence allows around a blank beyond case: a counted noun's agreement with the number before it
("_____ процента" takes 2-4, 22-24 …, never 58) and the verbs near a blank, which tell a distractor the text says
did the same thing ("депортирован в _____, где его отпустили": Бельгия, which the text says let him go)."""
from __future__ import annotations

import re

from studyapp.generator.lang.common import WORD
from studyapp.generator.lang.ru_morph import analyses

SPACES = re.compile(r"[ \u00a0\u202f]")
VERB_TAGS = ("VERB", "INFN", "PRTF", "PRTS", "GRND")
COMMON_VERBS = {"быть", "стать", "являться", "мочь", "иметь", "сказать", "сообщить", "заявить", "отметить",
                "добавить", "говорить", "считать"}  # every text's verbs of being and saying tell nothing


def plural_class(value: int) -> str:
    """The form a Russian noun takes after the number: 'one' (21 процент), 'few' (23 процента), 'many' (25)."""
    if value % 10 == 1 and value % 100 != 11:
        return "one"
    if 2 <= value % 10 <= 4 and not 12 <= value % 100 <= 14:
        return "few"
    return "many"


def _noun_class(after: str) -> str | None:
    """The class a counted noun just after the blank asks for (процент → one, процента → few, процентов → many);
    None for no noun, an abbreviation (млрд, млн) or a year ("в 1996 году", "до 2027 года": ordinals)."""
    words = WORD.findall(after[:30])
    if not words or not re.match(r"\s+\w", after):
        return None
    parse = analyses(words[0].lower())[0]
    if "NOUN" not in parse.tag or "Abbr" in parse.tag or parse.normal_form == "год":
        return None
    if parse.tag.case == "nomn" and parse.tag.number == "sing":
        return "one"
    if parse.tag.case in ("gent", "gen2"):
        return "few" if parse.tag.number == "sing" else "many"
    return None


def counted(surface: str, options: list[str], after: str) -> list[str]:
    """Options for a whole number whose counted noun follows the blank, each moved to the nearest value that takes
    the same form of the noun as the key (64 процента: 52, 62, 72, never 58 or 70). Decimals and ordinals stay."""
    raw = SPACES.sub("", surface)
    wanted = _noun_class(after)
    if not raw.isdigit() or wanted is None or plural_class(int(raw)) != wanted:
        return options
    key, out, least = int(raw), [], 1000 if raw != surface else 10000  # "2 500": every option spaced alike
    for option in options:
        value = int(SPACES.sub("", option)) if SPACES.sub("", option).isdigit() else None
        if value is None:
            continue
        for step in range(0, 10):
            fits = [_group(v, least) for v in (value - step, value + step) if v > 0 and v != key
                    and plural_class(v) == wanted and _group(v, least) not in out]
            if fits:
                out.append(fits[0])
                break
    return out


def _group(value: int, least: int = 10000) -> str:
    """An integer with a space between thousands from `least` on (five digits, or four when the key is "2 500")."""
    return f"{value:,}".replace(",", " ") if value >= least else str(value)


def verbs(text: str) -> set[str]:
    """The lemmas of the verbs (and participles) of a piece of text, without the verbs of being and saying."""
    out = set()
    for word in WORD.findall(text):
        parse = analyses(word.lower())[0]
        if any(t in parse.tag for t in VERB_TAGS) and parse.normal_form not in COMMON_VERBS:
            out.add(parse.normal_form)
    return out
