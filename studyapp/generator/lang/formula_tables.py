"""Per-language tables of the formula questions (`formulas.py`): the words that introduce a formula's symbols
("where", "где", "мұндағы"), how a symbol is tied to its meaning, how a sentence says what a quantity is measured in,
the question templates, and the units a document may mention (options for "in what unit …")."""
from __future__ import annotations

import re

# a quantity as a sentence names it: one to four words, no figures (the subject of "… is measured in …")
_EN_Q = r"(?P<q>[A-Z][a-z]+(?:[ -][a-z]+){0,3})"
_RU_Q = r"(?P<q>[А-ЯЁA-Zа-яё][а-яёА-ЯЁ]*(?:\s+[а-яё]+){0,3}?)"
_KK_Q = r"(?P<q>[А-ЯЁӘҒҚҢӨҰҮҺІA-Z][^\W\d_]*(?:\s+[^\W\d_]+){0,2}?)"
_ABBR = r"(?:\s*\((?P<a>[^()\d]{1,8})\))?"
_EN_U = r"(?P<u>(?:square\s+|cubic\s+)?[a-z]+(?:\s+Celsius|\s+per\s+(?:square\s+|cubic\s+)?[a-z]+)?)"
# a Russian unit of one or two words, with "на"/"в" and a second unit ("килограммах на кубический метр")
_RU_W = r"(?:(?:квадратн|кубическ)[а-яё]+\s+)?[а-яё]+"
_RU_U = (rf"(?P<u>{_RU_W}(?:\s+(?:на|в)\s+(?:(?:квадратн|кубическ)[а-яё]+\s+)?"
         r"(?:метр|сантиметр|литр|секунд|час|минут|килограмм|грамм|моль)[а-яё]*)?"
         r"|[а-яёА-ЯЁ]{1,4}/\(?[а-яё·]{1,6}\)?[²³]?)")  # or a compound symbol: "моль/(л·с)", "кг/м³"

TABLES = {
    "en": {
        "where": re.compile(r",?\s*\bwhere\s+"),
        # "p is the pressure", "F the force", "A stands for the area", "m = mass"
        "tie": r"\s*(?:is|are|stands\s+for|represents|means|=|:)?\s+(?=the\s|[a-z])",
        "joins": r"(?:^|[,;(]\s*|\s(?:and)\s+)",
        "measures": [
            re.compile(rf"^{_EN_Q}\s+(?:is|are)\s+(?:usually\s+|normally\s+)?measured\s+in\s+"
                       rf"{_EN_U}{_ABBR}(?=[\s,.;])"),
            re.compile(rf"^{_EN_Q}\s+(?:is|are)\s+[^,.;]{{3,80}},\s+measured\s+in\s+"
                       rf"{_EN_U}{_ABBR}(?=[\s,.;])"),
            # "Loudness depends on the amplitude and is measured in decibels (dB)"
            # (the subject ends at its verb: the first word after it in -s, "depends")
            re.compile(rf"^{_EN_Q[:-1]}?)\s+[a-z]+s\s[^,.;]{{3,80}}?\s+and\s+(?:is|are)\s+measured\s+in\s+{_EN_U}"
                       rf"{_ABBR}(?=[\s,.;])"),
            # "The unit of force is named after Newton": a participle is no unit (set 14)
            re.compile(rf"^The\s+(?:SI\s+)?unit\s+of\s+(?P<q>[a-z]+(?:\s[a-z]+){{0,2}})\s+is\s+(?:the\s+)?"
                       rf"(?![a-z]+ed\b){_EN_U}{_ABBR}(?=[\s,.;])"),
        ],
        "it": re.compile(r"^(?:It|They)\s+(?:is|are)\s+(?:usually\s+)?measured\s+in\s+"
                         rf"{_EN_U}{_ABBR}(?=[\s,.;])"),
        # the subject "It is measured in …" stands for: "Voltage, or potential difference, tells us …"
        "subject": re.compile(rf"^{_EN_Q}(?:,\s+or\s+[a-z]+(?:\s[a-z]+){{0,2}},)?\s+"
                              r"(?:is|are|tells|describes|shows)\s"),
        "symbol": "In the formula {formula}, what does {symbol} stand for?",
        "unit": "In what unit is {q} measured?",
        "units": {r"metres?|meters?": "metres (m)", r"seconds?": "seconds (s)", r"kilograms?": "kilograms (kg)",
                  r"newtons?": "newtons (N)", r"joules?": "joules (J)", r"watts?": "watts (W)", r"volts?": "volts (V)",
                  r"amperes?|amps?": "amperes (A)", r"ohms?": "ohms (Ω)", r"hertz": "hertz (Hz)",
                  r"pascals?": "pascals (Pa)", r"decibels?": "decibels (dB)", r"coulombs?": "coulombs (C)",
                  r"metres per second|m/s": "metres per second (m/s)", r"kelvins?": "kelvin (K)"},
    },
    "ru": {
        "where": re.compile(r",?\s*\bгде\s+"),
        "tie": r"\s*[—–-]\s*",
        "joins": r"(?:^|[,;(]\s*|\s(?:и|а)\s+)",
        "measures": [
            re.compile(rf"(?:^|,\s+|;\s+){_RU_Q}(?:\s+же)?(?:\s+в\s+(?:системе\s+)?СИ)?\s+(?P<v>измеря(?:ется|ются|ют)|"
                       rf"выража(?:ется|ются|ют))\s+в\s+{_RU_U}{_ABBR}(?=[\s,.;])"),
            # "…, а ЭДС — в вольтах (В)": the second quantity of one sentence
            re.compile(rf"(?:^|,\s+(?:а\s+)?|;\s+){_RU_Q}\s+[—–]\s+в\s+{_RU_U}{_ABBR}(?=[\s,.;])"),
        ],
        "symbol_one": "Что обозначает буква {symbol} в формуле {formula}?",
        "symbol": "Что обозначает {symbol} в формуле {formula}?",
        "unit": "В каких единицах {verb} {q}?",
        "units": {r"Па": "паскаль (Па)", r"Н": "ньютон (Н)", r"Дж": "джоуль (Дж)", r"Вт": "ватт (Вт)",
                  r"В": "вольт (В)", r"Ом": "ом (Ом)", r"Гц": "герц (Гц)", r"дБ": "децибел (дБ)", r"м": "метр (м)",
                  r"с": "секунда (с)", r"кг": "килограмм (кг)", r"м/с": "метр в секунду (м/с)",
                  r"Вб": "вебер (Вб)"},
    },
    "kk": {
        "where": re.compile(r",?\s*\bмұндағы\s+"),
        "tie": r"\s*[—–-]\s*",
        "joins": r"(?:^|[,;(]\s*|\s(?:және|ал)\s+)",
        "measures": [
            re.compile(rf"(?:^|,\s+|;\s+){_KK_Q}\s+(?P<u>(?:шаршы\s+|текше\s+)?[^\W\d_]{{3,}}?)(?:пен|бен|мен)"
                       rf"{_ABBR}\s+өлшенеді"),
            # "Дыбыстың қаттылығы амплитудаға байланысты және децибелмен (дБ) өлшенеді": a genitive subject, "және"
            re.compile(r"^(?P<q>[А-ЯӘҒҚҢӨҰҮҺІ][^\W\d_]*(?:ның|нің|дың|дің|тың|тің)\s+[^\W\d_]+[ыі])\s+[^.;]{3,80}?\s+"
                       rf"және\s+(?P<u>[^\W\d_]{{3,}}?)(?:пен|бен|мен){_ABBR}\s+өлшенеді"),
            re.compile(rf"(?:^|,\s+|;\s+){_KK_Q}\s+(?P<v>өлшем\s+бірлігі)\s*[—–-]\s*(?P<u>[^\W\d_]{{3,}}){_ABBR}"
                       r"(?=[\s,.;])"),
        ],
        "symbol_one": "«{formula}» формуласындағы {symbol} әрпі нені білдіреді?",  # a stem opens with no small letter
        "symbol": "«{formula}» формуласындағы {symbol} белгісі нені білдіреді?",
        "unit": "{Q} қандай бірлікпен өлшенеді?",
        "unit_own": "{Q} өлшем бірлігі қандай?",  # "Жұмыстың өлшем бірлігі – джоуль": its genitive kept
        "units": {r"Па": "паскаль (Па)", r"Н": "ньютон (Н)", r"Дж": "джоуль (Дж)", r"Вт": "ватт (Вт)",
                  r"В": "вольт (В)", r"Ом": "ом (Ом)", r"Гц": "герц (Гц)", r"дБ": "децибел (дБ)", r"м": "метр (м)",
                  r"с": "секунд (с)", r"кг": "килограмм (кг)", r"м/с": "метр/секунд (м/с)"},
    },
}
# "Давление обозначают буквой p", "Қысым p әрпімен белгіленеді": a symbol named without a formula's "where"
NAMED = {
    "ru": re.compile(r"^(?P<m>[А-ЯЁ][а-яё]+(?:\s+[а-яё]+){0,3}?)\s+(?:обозначается|обозначают|принято\s+обозначать)\s+"
                     r"(?:латинской\s+|греческой\s+)?буквой\s+(?P<s>[^\W\d_]{1,2}(?:_\w+)?)(?=[\s,.;])"),
    "kk": re.compile(r"^(?P<m>[А-ЯӘҒҚҢӨҰҮҺІ][^\W\d_]+(?:\s+[^\W\d_]+){0,3}?)\s+(?P<s>[^\W\d_]{1,2}(?:_\w+)?)\s+"
                     r"әрпімен\s+белгіленеді"),
    "en": re.compile(r"^(?P<m>[A-Z][a-z]+(?:\s+[a-z]+){0,3}?)\s+is\s+(?:usually\s+)?(?:given|written|shown)\s+"
                     r"(?:by\s+)?the\s+(?:symbol|letter)\s+(?P<s>[^\W\d_]{1,2})(?=[\s,.;])"),
}
# "Период колебаний (T) — время …", "Pressure (p) is …": a quantity with its symbol in brackets opening a sentence
BRACKETED = re.compile(r"^(?P<m>[^\W\d_]+(?:\s+[^\W\d_]+){0,3})\s+\((?P<s>[^\W\d_]{1,2}(?:_\w+)?)\)\s*"
                       r"(?:[—–-]|is\s|are\s)")


def unit_mentions(text: str, code: str) -> list[str]:
    """The table's units a document mentions (as a word in English, as an abbreviation after a figure in Russian
    and Kazakh, where the text writes "101 300 Па"), in the table's order: options for a unit question."""
    found = []
    for pattern, shown in TABLES[code]["units"].items():
        if code == "en":
            hit = re.search(rf"\b(?:{pattern})\b", text, re.I if " " in pattern else 0)
        else:
            hit = re.search(rf"\d\s?(?:{pattern})(?![\w/])", text)
        if hit:
            found.append(shown)
    return found
