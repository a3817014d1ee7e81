"""Russian word forms through pymorphy3's dictionaries (shipped in the pymorphy3-dicts-ru wheel): analyses,
lemmas, and a distractor inflected to the answer's case, number and gender as the words around the blank ask."""
from __future__ import annotations

import re
from functools import lru_cache


PLURALS: set[str] = set()  # the lemmas the document being asked about writes in the plural (reset per document)


@lru_cache(maxsize=1)
def morph():
    """The pymorphy3 analyser (its Russian dictionaries ship inside the pymorphy3-dicts-ru wheel). Its tags give
    plain strings for gender, case and number: pymorphy3's checked ones raise on `== ""` or `== "plur"`, and a
    gender kept as a value and compared later took a whole document down (a study guide, set 12)."""
    import pymorphy3

    analyser = pymorphy3.MorphAnalyzer()
    analyser.TagClass.typed_grammemes = False
    return analyser


@lru_cache(maxsize=20000)
def analyses(word: str):
    """pymorphy3's analyses of a word (cached: a document repeats its words)."""
    return morph().parse(word)


def keep_case(model: str, word: str) -> str:
    """`word` capitalised like `model`, part by part across hyphens (Далан-Балджутах → Далан-Балджут)."""
    models, parts = model.split("-"), word.split("-")
    if len(models) != len(parts):
        models = [model] * len(parts)
    return "-".join(p[:1].upper() + p[1:] if m[:1].isupper() else p for m, p in zip(models, parts))


def lemma(word: str) -> str:
    """The dictionary form of a word (ё kept as the dictionary writes it)."""
    return analyses(word.lower())[0].normal_form


PREPOSITIONS = {"в": {"loct", "accs"}, "во": {"loct", "accs"}, "на": {"loct", "accs"}, "о": {"loct"},
                "об": {"loct"}, "при": {"loct"}, "из": {"gent"}, "от": {"gent"}, "до": {"gent"}, "у": {"gent"},
                "без": {"gent"}, "для": {"gent"}, "близ": {"gent"}, "около": {"gent"}, "из-за": {"gent"},
                "с": {"gent", "ablt"}, "со": {"gent", "ablt"}, "к": {"datv"}, "ко": {"datv"},
                "по": {"datv", "loct", "accs"}, "за": {"accs", "ablt"}, "под": {"accs", "ablt"}, "над": {"ablt"},
                "между": {"ablt"}, "перед": {"ablt"}, "через": {"accs"}, "про": {"accs"}}
CASE = {"gen1": "gent", "gen2": "gent", "acc2": "accs", "loc1": "loct", "loc2": "loct"}


def _forms(answer: str, answer_base: str, before: str):
    """The answer's analyses that fit the sentence: its lemma's, and a case the preposition before it governs."""
    parses = analyses(answer.split()[-1])
    lemma_of = answer_base.split()[-1].lower() if answer_base else ""
    fits = [p for p in parses if lemma_of and p.normal_form == lemma_of] or \
        [p for p in parses if p.tag.POS == parses[0].tag.POS]
    governed = PREPOSITIONS.get(before.lower())
    if not governed and before and before[:1].islower() and "NOUN" in analyses(before.lower())[0].tag:
        governed = {"gent"}  # a noun, then a name: "власти Бельгии", "президент Турции"
    if governed:
        fits = [p for p in fits if CASE.get(p.tag.case, p.tag.case) in governed] or fits
    return fits


THIRD_PERSON = re.compile(r"(?<!\w)(?:он|она|оно|его|него|ему|нему|им|ним|нём|её|ее|неё|нее|ей|ней|ею|нею)(?!\w)",
                          re.I)


def agree(base: str, answer: str, answer_base: str = "", before: str = "", strict: bool | None = None,
          after: str = "") -> str | None:
    """`base` (a name or term, one word or several) in the case and number of `answer`, or None when it cannot be
    said for sure: when the answer's case is ambiguous ("Турции": genitive, dative or locative) and the base's forms
    differ between those cases, when it has no form in that number (no plural of "кислород"), or when its gender
    or animacy differs from a term's (an adjective or a verb before the blank agrees with the answer), or from a
    name's when a pronoun after the blank refers back to it ("в Байкал впадает …, а вытекает из него")."""
    fits = _forms(answer, answer_base, before)
    head = re.match(r"\s+([а-яё]+)", after)  # an adjective that agrees with the noun after it ("Улытауской области")
    nouns = [q.tag for q in analyses(head.group(1))] if head else []
    fits = [p for p in analyses(answer.split()[-1]) if "ADJF" in p.tag and any(
        "NOUN" in q and (q.case, q.gender, q.number) == (p.tag.case, p.tag.gender, p.tag.number) for q in nouns)] or fits
    grams = {(CASE.get(p.tag.case, p.tag.case), p.tag.number) for p in fits if p.tag.case}
    if strict is None:  # a term, a subject (its verb agrees) or a word after an adjective keeps its gender
        adjective = bool(before) and any(g in analyses(before.lower())[0].tag for g in ("ADJF", "PRTF"))
        strict = answer[:1].islower() or adjective or any(p.tag.case == "nomn" for p in fits) or \
            bool(THIRD_PERSON.search(after))
    genders = {str(p.tag.gender) for p in fits if p.tag.number == "sing" and p.tag.gender}
    animacy = {str(p.tag.animacy) for p in fits if p.tag.animacy}
    adjective_key = bool(fits) and all("ADJF" in p.tag for p in fits)  # "в Улытауской области": an adjective's
    if adjective_key and "ADJF" not in analyses(base.split()[-1])[0].tag:  # options are adjectives (not Павлодаром)
        return None
    results = set()
    for case, number in sorted(grams) or [(None, None)]:
        words = []
        for word in base.split():
            parses = analyses(word)
            parse = next((p for p in parses if p.normal_form == word.lower() and "nomn" in p.tag), parses[0])
            if number == "plur" and ("Sgtm" in parse.tag or word[:1].islower() and parse.normal_form not in PLURALS) \
                    or number == "sing" and "Pltm" in parse.tag:
                return None
            gender = {str(p.tag.gender) for p in fits if adjective_key and number == "sing" and p.tag.gender}
            form = parse.inflect({g for g in (case, number, *gender) if g}) if case else parse
            if form is None:
                return None
            words.append(keep_case(word, form.word))
        results.add(" ".join(words))
    last = next((p for p in analyses(base.split()[-1]) if p.normal_form == base.split()[-1].lower()),
                analyses(base.split()[-1])[0]).tag
    if strict and genders and last.gender and str(last.gender) not in genders and "ms-f" not in str(last):
        return None
    if answer[:1].islower() and animacy and last.animacy and str(last.animacy) not in animacy:
        return None
    return results.pop() if len(results) == 1 else None


def adjective_of_next(prev: str, word: str, after: str) -> bool:
    """(rukk14) A capitalised adjective after a capitalised noun that belongs to the small-letter noun after it:
    "близ Холмогор Архангельской губернии" is two phrases, so "Холмогор Архангельской" is no one name."""
    return "ADJF" in analyses(word)[0].tag and "ADJF" not in analyses(prev)[0].tag and \
        re.match(r"\s+[а-яё]", after) is not None
