"""Whose words a Russian or Kazakh sentence is, and which lines stand on their own (round rukk7).

Pooled blind reads kept fact/opinion items 77-83 % of the time, but dropped every one keyed "мнение автора" /
"автордың пікірі" on words that were not the author's: a line of an interview ("— Мы не должны …"), a sentence "по её
словам" or "объяснил, что …". A dialogue line is also where a word opens a sentence after a dash ("— Әр таңда …"), so
it is no name. And a bare list line ("7-сынып — 3 шелек;") or a lead line ending in a colon says nothing alone.

Round rukk9: "мнение автора" was keyed on a museum describing its exhibits, a historian's account of serf labour
("… не было стимула трудиться лучше") and a textbook's safety rule ("нужно отойти от окон"). Whether such a
sentence is the writer's opinion is arguable, so the author's opinion is a key only where the author speaks as "I"
(`authors_voice`: an opinion piece, a column, a speech), outside quotes and dialogue turns, or where the sentence
itself advises or regrets (`advice`: "Школе лучше заранее договориться …", "к сожалению", "өкінішке қарай").
"""
from __future__ import annotations

import re

from studyapp.generator.lang.common import PRONOUNS

# a word at the start of a sentence: after . ! ? « " or the dash that opens a line of dialogue ("— Әр күн …")
OPENS = re.compile(r"(?:[.!?«\"]|^[\s«\"]*[—–]|[.!?][\s«\"]*[—–])\s*$")

# someone else's words inside a sentence the author writes: "по её словам", "объяснил, что", "түсіндірді"
REPORTED = {
    "ru": re.compile(r"(?<!\w)(?:по\s+(?:его|её|ее|их)\s+(?:словам|мнению|расч[её]там|данным)|"
                     r"(?:объяснил|рассказал|пояснил|напомнил|уточнил|признал|говорил|сказал)[аи]?,?\s+(?:что|как)|"
                     r"(?:говорит|говорят|рассказывает|объясняет|признаётся|признается|уверяет)(?!\w))", re.I),
    "kk": re.compile(r"(?<!\w)(?:түсіндірді|түсіндіреді|айтады|дейді|деді|әңгімеледі|баяндады|айтуынша|сөзінше|"
                     r"деп\s+\w+)(?!\w)", re.I),
}

DIALOGUE = re.compile(r"^[\s«\"]*[—–]\s*\S")
LIST_LINE_WORDS = 8  # a line ending in ";" shorter than this is a list item, not a sentence


def opens(before: str) -> bool:
    """The text before a word ends where a sentence (or a line of dialogue) starts: the word is capitalised by
    position, not as a name."""
    return before == "" or OPENS.search(before) is not None


def _paragraph(unit):
    """The paragraph the unit stands in, or None."""
    return next((p for p in unit.doc.paragraphs if p.index == unit.paragraph), None)


def dialogue(unit, para=None) -> bool:
    """The unit stands in a paragraph that opens with a dash: a turn of an interview or a conversation, someone's
    words whoever the speaker is (the interviewer's or the guest's: readers would not key either as the author's)."""
    para = para or _paragraph(unit)
    return para is not None and DIALOGUE.match(para.text) is not None


def quoted(unit, para=None) -> bool:
    """The unit's sentence opens with a dash (the quote goes on after "– дейді Ахметов. –") or stands inside «…»
    that opened before it in its paragraph: someone's words."""
    if DIALOGUE.match(unit.sentence):
        return True
    para = para or _paragraph(unit)
    at = para.text.find(unit.sentence) if para is not None else -1
    return at > 0 and para.text.count("«", 0, at) > para.text.count("»", 0, at)


def not_authors(unit, code: str, stance=None) -> bool:
    """The unit is a dialogue turn, a quotation, or reports what someone said or explained: no "author's opinion"
    key; (rukk16) nor where its only evaluating words stand inside «…» (a proverb or a title the writer cites:
    "«Жақсы сөз – жарым ырыс» деген мақалын еске салғым келеді")."""
    pattern, para = REPORTED.get(code), _paragraph(unit)
    return dialogue(unit, para) or quoted(unit, para) or bool(pattern and pattern.search(unit.text)) or \
        other_side(unit, code, para) or stance is not None and stance(QUOTE.sub(" ", unit.text)) != "opinion" or \
        stance is not None and past_custom(unit.text, code, stance)


# (rukk17, read w11) what people did, told in the past: "Ата-бабаларымыз … бір-біріне жақсы тілек айтқан" (a custom
# the speaker describes, keyed "автордың пікірі"); its "жақсы" names the wish, it does not judge
PAST_END = {"kk": re.compile(r"[а-яәғқңөұүһі]{2,}(?:ған|ген|қан|кен|[ая]тын|[ея]тін|йтын|йтін|ыпты|іпті)"
                             r"(?:\s+(?:еді|екен))?[.!…»\"]*\s*$", re.I)}
ATTRIBUTE = {"kk": re.compile(r"(?<![\w-])(?:жақсы|жаман)\s+[а-яәғқңөұүһі-]+", re.I)}


def past_custom(text: str, code: str, stance) -> bool:
    """The sentence tells in the past what was done (`PAST_END`), with no "I", and judges nothing once its "good" or
    "bad" before a noun is set aside (`ATTRIBUTE`: "жақсы тілек айтқан" is a wish made, not the writer's view)."""
    if code not in PAST_END or not PAST_END[code].search(text) or FIRST_PERSON[code].search(QUOTE.sub(" ", text)):
        return False
    return stance(ATTRIBUTE[code].sub(" ", QUOTE.sub(" ", text))) != "opinion"


# (rukk15) the writer announces the other side and its arguments ("у запрета есть противники, и их доводы …"): the
# sentences after it in its paragraph report their views ("Кто-то … должен быть на связи"), not the writer's
OTHER_SIDE = {
    "ru": re.compile(r"(?<![\w-])(?:противник\w*|оппонент\w*|довод\w*|сторонник\w*)(?![\w-])", re.I),
    "kk": re.compile(r"(?<![\w-])(?:қарсылас\w*|қарсы\s+(?:пікір|уәж)\w*|уәжде\w*|жақтаушы\w*)(?![\w-])", re.I),
}
CLAUSE_JOIN = {"ru": re.compile(r",\s+(?:и|а|но)\s+"), "kk": re.compile(r",\s+(?:ал|бірақ|және)\s+")}


def other_side(unit, code: str, para=None) -> bool:
    """An earlier sentence of the unit's paragraph names the other side or its arguments (`OTHER_SIDE`) and the
    unit has no "I": it reports their view."""
    para, pattern = para or _paragraph(unit), OTHER_SIDE.get(code)
    at = para.text.find(unit.sentence) if para is not None and pattern is not None else -1
    return at > 0 and pattern.search(para.text[:at]) is not None and not FIRST_PERSON[code].search(unit.text)


def opinion_clause(text: str, code: str, stance) -> str:
    """The clause that holds the view of a sentence joining a fact to it ("Конечно, у запрета есть противники, и их
    доводы тоже нужно услышать"): the quote is cut to it, verbatim; else the whole sentence."""
    parts = CLAUSE_JOIN[code].split(text) if code in CLAUSE_JOIN else [text]
    if len(parts) == 2 and stance(parts[0]) == "fact" and stance(QUOTE.sub(" ", parts[1])) == "opinion" and \
            len(parts[1].split()) >= 3 and not _leads_back(parts[1]):  # the view outside a quote («зачем нам это
        return parts[1]  # нужно?» is no view); "её не нужно заряжать …" leans on the first clause (read v15)
    return text


def _leads_back(clause: str) -> bool:
    """The clause opens on a pronoun that is no possessive before its noun ("её не нужно …", not "их доводы …")."""
    words = clause.split()
    if words[0].lower() not in PRONOUNS:
        return False
    from studyapp.generator.lang.ru_morph import analyses

    return not (words[0].lower() in ("его", "её", "ее", "их") and analyses(words[1].lower().strip(",.;"))[0].tag.POS == "NOUN")


def list_line(unit) -> bool:
    """A bare list item ("7-сынып — 3 шелек;") or a sentence that ends in a colon (its content is the list after
    it): a question on it has no context a pupil can read."""
    sentence = unit.sentence.rstrip()
    return sentence.endswith(":") or sentence.endswith(";") and len(sentence.split()) < LIST_LINE_WORDS or \
        last_item(unit)


def last_item(unit) -> bool:
    """(rukk17, read w11) The last item of a list whose items end in ";" ("- Ерасыл Сапаров — электроника;" then
    "- Амина Нурланова и Тимур Волков — испытания и презентация проекта."): one short sentence alone in its
    paragraph right after a bare item (`list_line`) is a bare item too; after a full sentence ending in ";"
    ("1856 жылы – Ыстықкөлге экспедиция, осы сапарда … жазып алды;") it is a sentence of its own."""
    para = _paragraph(unit)
    before = next((p for p in unit.doc.paragraphs if p.index == unit.paragraph - 1), None) if para is not None else None
    return before is not None and before.text.rstrip().endswith(";") and para.text.strip() == unit.sentence.strip() \
        and len(before.text.split()) < LIST_LINE_WORDS and len(unit.sentence.split()) < 2 * LIST_LINE_WORDS


# the writer speaking as "I" (Russian pronouns; Kazakh pronouns and first-person verb endings, not "мен" = "and")
FIRST_PERSON = {
    "ru": re.compile(r"(?<![\w-])(?:я|мне|меня|мной|мой|моя|моё|мое|мои|моего|моей|моих|моим|по-моему)(?![\w-])",
                     re.I),
    "kk": re.compile(r"(?<![\w-])(?:менің|маған|мені|менде|менен|меніңше|менімше|ойымша|\w+(?:амын|емін|аймын|"
                     r"еймін|дым|дім|тым|тім))(?![\w-])", re.I),
}
QUOTE = re.compile(r"«[^«»]*»|„[^„“]*“")


# advice or regret that is the writer's whoever writes: "лучше" before an infinitive, "к сожалению"
ADVICE = {
    "ru": re.compile(r"(?<![\w-])(?:(?:лучше|не стоит)\s+(?:\w+\s+)?[а-яё]+(?:ть|ться|ти|чь)|к сожалению|к счастью)"
                     r"(?![\w-])", re.I),
    "kk": re.compile(r"(?<![\w-])(?:өкінішке қарай|\w+(?:ған|ген|қан|кен) жөн)(?![\w-])", re.I),
}


def advice(text: str, code: str) -> bool:
    """The sentence advises or regrets in so many words (`ADVICE`): the writer's view with or without an "I"."""
    pattern = ADVICE.get(code)
    return pattern is not None and pattern.search(text) is not None


def authors_voice(doc, code: str) -> bool:
    """The writer speaks as "I" somewhere outside quotes and dialogue turns: an opinion piece, a speech."""
    pattern = FIRST_PERSON.get(code)
    return pattern is not None and any(pattern.search(QUOTE.sub(" ", p.text)) for p in doc.paragraphs
                                       if not DIALOGUE.match(p.text))
