"""Where a Kazakh usual word may be typed as the last resort (`forms.cloze(last=True)`, `Language.open_usual`).

The 2026-11-29j, k and m blind reads dropped most Kazakh typed blanks on a usual word: a pupil who understood
writes another word or another form of it. What they kept were words in their dictionary form that name a thing
of the text (ақпарат, лептесік, құрылымдық, тәуліктік); what they dropped were, first, inflected forms a pupil
must hit exactly (сүлгіге, бөлмеде, түзудің, тарауларынан, жануарлар, өркештерінен: "жерде", "сызықтың",
"адамдар", "өркешінен" were as right); then a word after a superlative or a "whole" (ең _____ тағамдарының,
бүкіл _____ тартылыс заңы: any praise, a set term); and the object of a light verb (_____ алу: кеңес, көмек,
несие all fit "get"); and a manner adverb before its verb (жөңкіле қозғалып: "тез", "қарқынды"). So a usual
word is typed only in its dictionary form, and not in those slots.
"""
from __future__ import annotations

import re

from studyapp.generator.lang.kk_morph import CONVERB, NOT_CONVERB, is_latin, to_cyrillic

# a plural (-лар, -дер, -тар …) with or without a possessive or case after it: an inflected form
PLURAL = re.compile(r"(?:лар|лер|дар|дер|тар|тер)(?:[ыі]?\w{0,4})$")
# a third-person possessive after a consonant or у (негізі, қарқыны, бастауы): "of something" the pupil must match
POSSESSIVE_END = re.compile(r"[^аәеиоөұүыіюяэ][ыі]$")
# a superlative or a "whole" just before the blank: a slot any word of praise or a set term fills
DEGREE_BEFORE = re.compile(r"(?<!\w)(?:ең|бүкіл|күллі|барлық|нағыз|аса|өте)\s+$", re.I)
# a light verb or "be" right after the blank, in a verb form (not "алаңда", "алма": nouns that start like one) ("кеңес алу", "тыныс алатын", "жұмсақ болуы"): its object or
# predicate is any noun or quality
LIGHT_VERB = re.compile(r"^\s+(?:ал|бер|ет|жаса|көрсет|қыл|істе|бол)(?:у\w{0,3}|[ае](?:ды|ді|тын|тін|мыз|міз|сыз|сіз|р|й|лы|лі|ды|са|се)\w{0,2}|с[ае]\w{0,2}|ып|іп|(?<=[ае])п|ған\w{0,3}|"
                        r"ген\w{0,3}|ды|ді|ты|ті|йды|йді)?(?!\w)", re.I)
# a verbal noun (бағытталу, тасу), an imperative (қорықпаңыз) or a participle (өтетін, жазылған): a verb form
VERBAL = re.compile(r"(?:[^аәеиоөұүыіуюяэ]у|ңыз|ңіз|ңдар|ңдер|атын|етін|йтын|йтін|ған|ген|қан|кен)$")
# a word right before "көп", "аз" … (орасан көп, өте аз): an intensifier, and any fits
INTENSIFIED = re.compile(r"^\s+(?:көп|аз|зор|мол|үлкен)(?!\w)", re.I)
# a word in -а/-е right before a verb ("жөңкіле қозғалып", "ақырын жүреді"): a manner adverb, and any fits
VERB_AFTER = re.compile(r"^\s+[а-яәғқңөұүһі]+(?:ып|іп|ады|еді|йды|йді|ды|ді|ты|ті|ған|ген|атын|етін)(?!\w)")
# a noun in a case right after the blank (сүлгіге, ыдысқа, алаңда, көпірден): the blank is its attribute, a slot
# any quality fills ("қағаз / таза / құрғақ сүлгіге"); not a participle in a case (қар ерігенде: the blank is its
# subject) and not a head with a possessive (Жердің тәуліктік айналысы: a property the genitive names, a term)
NOUN_IN_CASE = re.compile(r"^\s+[а-яәғқңөұүһі]{2,}?(?<!ған|ген|қан|кен)(?:ға|ге|қа|ке|да|де|та|те|дан|ден|тан|тен|"
                          r"нан|нен|мен|пен|бен)(?!\w)(?!\s+бол)")  # not "пайда болса"
# the blank opens its clause (at the start, after a comma, "ал", "бірақ" …): a bare noun there is the clause's subject
# ("ал _____ суда ерімейді": құм), not an attribute
CLAUSE_OPENS = re.compile(r"(?:^|[,;:—–(]|(?<!\w)(?:ал|бірақ|алайда|және|немесе|әрі|мен))\s*$", re.I)
QUANTIFIERS = frozenset("бүкіл барлық күллі әр әрбір кейбір бірнеше көптеген".split())


def dictionary_form(word: str, stem: str) -> bool:
    """The word stands as a dictionary would list it: no case ending (`stem`, its term form, is the word itself),
    no plural, no possessive after a consonant; and no verb form, converb or quantifier (бағытталу, біртіндеп,
    бүкіл)."""
    word = (to_cyrillic(word) if is_latin(word) else word).lower()
    stem = (to_cyrillic(stem) if is_latin(stem) else stem).lower()
    return word == stem and not PLURAL.search(word) and not POSSESSIVE_END.search(word) and \
        not VERBAL.search(word) and word not in QUANTIFIERS and not (CONVERB.search(word) and word not in NOT_CONVERB)


def open_usual(before: str, after: str, word: str = "", stem: str = "") -> bool:
    """A Kazakh usual word may be typed here: in its dictionary form, not after a superlative or "whole", not as
    the object of a light verb, not a word in -а/-е right before a verb (a manner adverb: жөңкіле қозғалып) or one
    before "көп", "аз" (an intensifier: орасан көп), not the attribute of a noun in a case after it (`NOUN_IN_CASE`:
    қағаз сүлгіге). Without a `word` only the context is judged."""
    before = to_cyrillic(before) if is_latin(before) else before
    after = to_cyrillic(after) if is_latin(after) else after
    word = to_cyrillic(word) if is_latin(word) else word
    if word and not dictionary_form(word, stem or word):
        return False
    manner = word and re.search(r"[ае]$", word.lower()) and VERB_AFTER.match(after) or INTENSIFIED.match(after)
    return not DEGREE_BEFORE.search(before) and not LIGHT_VERB.match(after) and not manner and \
        not (word and NOUN_IN_CASE.match(after) and not CLAUSE_OPENS.search(before))
