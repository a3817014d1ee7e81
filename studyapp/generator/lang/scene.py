"""A place a Russian or Kazakh document names once, blanked where it only sets the scene (read w16): "после войны в
_____" (Урюпинске), "на берегу _____" (Ишима), "лагерь на _____" (Колыме), "у переправы через реку _____" (Еланку),
"_____ қаласында" (Түркістан), "_____ сарайында" (Мәдениет). Where something happened is said beside the sentence's
point when the text never comes back to the place, and a pupil who did not read fills in the best-known place that
fits. (English has the same rule in `stages.salience.named_once_reason`, on the parse.)

The place is read from the words around the blank alone (a locative preposition before it in Russian, not "под
руководством"; a locative ending on it, or a locative or ablative one on the place noun after it, in Kazakh), and
"once" from the document's text: the blank's stem stands nowhere else in it. A place the text returns to (Жетісу in a
history of the steppe), a battle's place (it names the battle: "в битве при _____", "после побед … под _____",
"Бұланты өзенінің бойында … соққы берді") and a lower-case word stay.

`scene_place(text, start, end, body, code)` gives such a name the AVOID tier in `forms.cloze`: the sentence is asked
on anything else it names first (Андрей, Ванюшку), and on the place only when nothing else of it can be asked, so a
life told in years and towns keeps its questions and its share of figures (`figure_share`).
"""
from __future__ import annotations

import re
from functools import lru_cache

UP = "A-ZА-ЯЁӘҒҚҢӨҰҮҺІ"
# the words between the preposition and the name say whose lead or honour it is, not where: "под руководством _____"
NOT_WHERE = r"(?!руководств|командовани|начал|власт|влияни|давлени|предводительств|имени|честь|памят|лице|пользу|состав)"
RU_BEFORE = re.compile(rf"(?<![\w-])(?:в|во|на|под|около|возле|близ|через|над)\s+(?:{NOT_WHERE}[а-яё-]+\s+){{0,2}}$", re.I)
BATTLE = re.compile(r"(?<![\w-])(?:битв|сражени|бо[йяюе](?![\w-])|осад|побед|поражени|разгром|штурм|шайқас|ұрыс|соққы|"
                    r"қоршау|жеңіс|жеңді|battle|siege)", re.I)
KK_LOC = r"(?:да|де|та|те|нда|нде|дан|ден|тан|тен|нан|нен)"
KK_PLACE_AFTER = re.compile(rf"^\s+(?:[а-яәғқңөұүһі-]+\s+)?(?:қала|өзен|ауыл|сарай|облыс|аудан|көл|тау|жота|шатқал|"
                            rf"аймақ|кент|алқап|мұздық|түбег|теңіз|бой|маң|жағалау|қамал|мекен|өңір|дала|шың)"
                            rf"[а-яәғқңөұүһі]*{KK_LOC}(?![\w-])")
KK_IN = r"(?:да|де|та|те|нда|нде)"  # the locative alone: "Аристотельден кейін", "Үндістан" are no place of an event
KK_OWN_LOC = re.compile(rf"^[{UP}][\w-]{{2,}}{KK_IN}$")


def _stem(word: str) -> str:
    """The first letters of a Russian or Kazakh name, short of its case ending."""
    return word[:max(4, len(word) - 3)]


@lru_cache(maxsize=4096)
def named_once(name: str, body: str) -> bool:
    """`name` (a word or its stem) stands once at most in `body` (once per stem and text)."""
    return len(re.findall(rf"(?<![\w-]){re.escape(name)}", body)) <= 1


def _russian(text: str, start: int, end: int) -> str:
    """The stem of a Russian blank after a locative preposition ("в _____", "на берегу _____"), or ""."""
    if not RU_BEFORE.search(text[:start]):
        return ""
    return _stem(text[start:end].split()[-1])


def _kazakh(text: str, start: int, end: int) -> str:
    """The stem of a Kazakh blank in a locative or ablative form, or before a place noun in one, or ""."""
    word = text[start:end].split()[-1]
    own = KK_OWN_LOC.match(word) and not re.match(rf"\s+[{UP}]", text[end:])  # "Қалдан Сереннің": the name goes on
    if own or KK_PLACE_AFTER.match(text[end:]):
        return _stem(re.sub(rf"{KK_IN}$", "", word) if own else word)
    return ""


def scene_place(text: str, start: int, end: int, body: str, code: str) -> bool:
    """The capitalised blank `text[start:end]` (not at the sentence's head) is a place where the sentence's event
    happened, and the document (`body`) names it nowhere else."""
    if not text[start:start + 1].isupper() or not text[:start].strip() or \
            re.search(r"(?:^|[.!?…:«\"“]\s*)$", text[:start]) or BATTLE.search(text):
        return False
    name = (_russian if code == "ru" else _kazakh)(text, start, end)
    return bool(name) and named_once(name, body)
