"""What a symbol in a formula means and what a quantity is measured in, for English, Russian and Kazakh (round
"formulas"): blind readers of science and maths sections asked for these and got a blanked digit of a worked example.

Only what the text itself defines is asked: a formula's symbols named after "where" / "где" / "мұндағы" ("p = F/S,
где p — давление, F — сила, S — площадь"), a word equation beside its symbols ("wave speed = frequency ×
wavelength (v = f × λ)"), a quantity with its symbol in brackets or "обозначают буквой p" (when a formula of the
document holds that symbol), and "X is measured in pascals (Pa)" / "измеряется в паскалях" / "герцпен өлшенеді".
The options are the document's other meanings and units (the language tables in `formula_tables.py`, the units
read by `formula_units.py`); with fewer than two of them there is no question. The pipelines ask it as the sentence's main-idea form, so the sentence is not
also blanked (English: the `formulas` stage, `stages/formula_stage.py`; Russian and Kazakh: `lang/generate.py`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from studyapp.generator.lang.formula_tables import BRACKETED, NAMED, TABLES, unit_mentions
from studyapp.generator.lang.formula_units import Measure, measures
from studyapp.text import fold

MIN_WRONG = 2  # a question needs at least two wrong options from the document (brief: or no question)
FUNCTIONS = {"sin", "cos", "tan", "tg", "log", "ln", "lg"}
TOKEN = re.compile(r"[^\W\d][\w]*")  # a symbol of a formula: F, Δc, ρ_ж, V_т, n1
OPERATORS = re.compile(r"\s*(?:=|×|·|\*|/|÷|\+|−|-|\sx\s)\s*")
WORD_EQUATION = re.compile(r"(?P<w>(?:[A-Za-z]+ ){0,2}[A-Za-z]+(?:\s*(?:=|×|·|/|÷|\+|\sx\s)\s*(?:[A-Za-z]+ ){0,2}"
                           r"[A-Za-z]+)+)\s*\((?P<f>[^()=]{1,8}=[^()]{1,40})\)")
SUPERSCRIPT = re.compile(r"[⁰¹²³⁴⁵⁶⁷⁸⁹]")


@dataclass
class Symbol:
    """One symbol of a formula and what the text says it stands for."""

    symbol: str
    meaning: str  # as the text writes it, article and trailing unit dropped ("давление", "wave speed")
    formula: str  # the formula as the text writes it ("p = F/S")
    named: bool = False  # named on its own ("Период колебаний (T) — …"): a definition of the sentence goes first


@dataclass
class Found:
    """A document's symbol meanings and units, by the sentence that states each."""

    symbols: dict[str, list[Symbol]] = field(default_factory=dict)
    measures: dict[str, list[Measure]] = field(default_factory=dict)
    units: list[str] = field(default_factory=list)  # every unit the document mentions (options)
    named: list[str] = field(default_factory=list)  # quantities given a symbol no formula holds (options only)


@dataclass
class Asked:
    """A formula question, in the words of the sentence's language."""

    template: str  # "formula_symbol" or "unit_of"
    prompt: str
    answer: str
    choices: list[str]
    answer_kind: str
    aliases: list[str] = field(default_factory=list)  # the key as the quote writes it, when it is shown otherwise


def formula_of(text: str) -> str:
    """The formula a text ends with ("Формула: F_А = ρ_ж · g · V_т" -> "F_А = ρ_ж · g · V_т"), or "": one symbol,
    "=", and symbols, figures and operators only (a word equation is no formula of symbols)."""
    at = text.find("=")
    if at < 0:
        return ""
    left = text[:at].rstrip()
    start = len(left) - len(left.split()[-1]) if left.split() else 0
    long = re.search(r"\s[^\W\d_]{4,}", text[at:])  # the formula ends before a word ("… формуласымен есептеледі")
    formula = text[start:at + long.start() if long else len(text)].strip().rstrip(",;:. ")
    words = [w for w in TOKEN.findall(formula) if w.lower() not in FUNCTIONS]
    if not words or len(formula) > 48 or any(len(w.split("_")[0]) > 2 for w in words):
        return ""
    return formula


def _meaning(text: str) -> str:
    """A meaning cut to its own clause: before a comma, a bracket (a unit: "(моль/л)") or the end; "" when it
    holds a figure or runs past eight words."""
    text = re.split(r"[,;(]|\.(?:\s|$)", text, maxsplit=1)[0].strip().rstrip(".)")
    text = re.sub(r"\s+(?:and|и|а|және|ал)$", "", text)
    text = re.sub(r"^(?:(?:stands?\s+)?for\s+)?(?:the|a|an)?\s*", "", text)  # "ρ stands for density, m for mass"
    if not text or re.search(r"[\d=≈]", text) or len(text.split()) > 8 or not re.search(r"[^\W\d_]{3}", text):
        return ""
    return text


def _defined(rest: str, formula: str, code: str) -> list[Symbol]:
    """The symbols of `formula` that `rest` (the text after "where") names, each with its meaning."""
    table = TABLES[code]
    symbols = sorted({w for w in TOKEN.findall(formula) if w.lower() not in FUNCTIONS}, key=len, reverse=True)
    if not symbols:
        return []
    alt = "|".join(re.escape(s) for s in symbols)
    marks = list(re.finditer(rf"{table['joins']}(?P<s>{alt})(?!\w){table['tie']}", rest))
    found = []
    for i, m in enumerate(marks):
        meaning = _meaning(rest[m.end():marks[i + 1].start() if i + 1 < len(marks) else len(rest)])
        if meaning and all(s.symbol != m.group("s") for s in found):
            found.append(Symbol(m.group("s"), meaning, formula))
    return found


def _word_equation(sentence: str) -> list[Symbol]:
    """The symbols of a formula written beside its word equation, term by term ("wave speed = frequency ×
    wavelength (v = f × λ)": v is wave speed), when both have the same terms and operators."""
    m = WORD_EQUATION.search(sentence)
    if not m:
        return []
    words, signs = OPERATORS.split(m.group("w")), OPERATORS.findall(m.group("w"))
    formula = m.group("f").strip()
    symbols, marks = OPERATORS.split(formula), OPERATORS.findall(formula)
    if len(words) != len(symbols) or [s.strip() for s in signs] != [s.strip() for s in marks]:
        return []
    if not all(TOKEN.fullmatch(s) and len(s) <= 3 for s in symbols):
        return []
    return [Symbol(s, w.strip(), formula) for s, w in zip(symbols, words)]


def _in_brackets(sentence: str, code: str) -> list[Symbol]:
    """The symbols a bracket right after a formula names ("v = f × λ (v is wave speed, f is frequency …)")."""
    for m in re.finditer(r"\(([^()]{4,160})\)", sentence):
        head = sentence[:m.start()].rstrip()
        formula = formula_of(head)
        if formula and head.endswith(formula):
            found = _defined(m.group(1), formula, code)
            if found:
                return found
    return []


def gather(sentences: list[str], code: str, text: str) -> Found:
    """Read a document's sentences (in order) for symbol meanings and units."""
    found, table = Found(), TABLES[code]
    formulas: list[str] = []
    named: list[tuple[str, re.Match]] = []
    for i, s in enumerate(sentences):
        before = sentences[i - 1] if i else ""
        where = table["where"].search(s)
        symbols = []
        if where:
            head = s[:where.start()]
            formula = formula_of(head if "=" in head else before if not head.strip() else "")
            symbols = _defined(s[where.end():], formula, code) if formula else []
        symbols = symbols or (_word_equation(s) if code == "en" else []) or _in_brackets(s, code)
        if symbols:
            found.symbols[s] = symbols
            formulas.append(symbols[0].formula)
        formulas.extend(f for f in [formula_of(s.strip())] if f and not symbols)
        for pattern in (NAMED[code], BRACKETED):
            m = pattern.match(s.strip())
            if m and _meaning(m.group("m")):
                named.append((s, m))
                break
        said = measures(s, before, code)
        if said:
            found.measures[s] = said
    for s, m in named:  # a symbol named on its own, asked in the first formula of the document that holds it
        formula = next((f for f in formulas if m.group("s") in TOKEN.findall(f)), "")
        if formula and s not in found.symbols:
            found.symbols[s] = [Symbol(m.group("s"), _meaning(m.group("m")), formula, named=True)]
        elif not formula:
            found.named.append(_meaning(m.group("m")))
    units = [x.unit for ms in found.measures.values() for x in ms]
    rest = text  # units mentioned elsewhere: not the measured ones ("metres" of "square metres") again
    for s in found.measures:
        rest = rest.replace(s, " ")
    found.units = list(dict.fromkeys(units + unit_mentions(rest, code)))
    return found


def _case(text: str, model: str) -> str:
    """An option with its first letter in the case of the key's ("force" beside "area", "Сила" beside "Площадь"),
    an abbreviation as written."""
    if text[1:2].isupper():
        return text
    return _cap(text) if model[:1].isupper() else text[:1].lower() + text[1:]


def _cap(text: str) -> str:
    """An option as a pupil reads it: its first letter capitalised."""
    return text[:1].upper() + text[1:]


def _words(option: str) -> set[str]:
    """An option's words by their first five letters, its bracketed abbreviation left out."""
    return {w[:5] for w in fold(option.split(" (")[0]).split()}


def _apart(a: str, b: str, units: bool) -> bool:
    """Two options that name different things: one-word names differ in their first five letters ("amperes" and
    "amps" are one unit); for meanings, neither's words lie inside the other's ("Жол" and "Жүрілген жол" are one
    quantity), while a unit "метр" is not "кубический метр"."""
    one, two = _words(a), _words(b)
    if len(one) == len(two) == 1 and one == two or fold(a.split(" (")[0]) == fold(b.split(" (")[0]):
        return False
    return units or not (one <= two or two <= one)


def _wrong(answer: str, pool: list[str], units: bool = False) -> list[str]:
    """Up to three options from the pool, in its order, apart from the answer and from each other."""
    out: list[str] = []
    for item in pool:
        if _apart(item, answer, units) and all(_apart(item, o, units) for o in out):
            out.append(item)
        if len(out) == 3:
            break
    return out


def ask(sentence: str, found: Found, code: str) -> list[Asked]:
    """The formula questions of one sentence: what its last defined symbol stands for, then what its first
    quantity is measured in, each with at least two wrong options from the same document."""
    table, out = TABLES[code], []
    symbols = found.symbols.get(sentence, [])
    meanings = [s.meaning for s in symbols] + [x.meaning for ss in found.symbols.values() for x in ss] + found.named + \
        [x.quantity for ms in found.measures.values() for x in ms if x.nominative]
    for s in reversed(symbols):
        # English keeps the key as the quote writes it (the gate finds it there), its options in the key's case
        key = s.meaning if code == "en" else _cap(s.meaning)
        wrong = _wrong(key, [_case(m, key) for m in meanings if fold(s.symbol) not in fold(m).split()])
        if len(wrong) >= MIN_WRONG:
            one = len(s.symbol) == 1 and "symbol_one" in table
            prompt = table["symbol_one" if one else "symbol"].format(symbol=s.symbol, formula=s.formula)
            out.append(Asked("symbol_named" if s.named else "formula_symbol", prompt, key, [key, *wrong], "meaning"))
            break
    for x in found.measures.get(sentence, [])[:1]:
        pool = [u for u in found.units if u != x.unit]
        if " (" not in x.unit:  # an abbreviation on the key alone would stand out
            pool = [u.split(" (")[0] for u in pool]
        wrong = _wrong(x.unit, pool, units=True)
        answer = x.unit
        if any(SUPERSCRIPT.search(u) for u in [answer, *wrong]):  # "m²" reads as a footnote mark to the gate
            answer, wrong = answer.split(" (")[0], [u.split(" (")[0] for u in wrong]
        if len(wrong) >= MIN_WRONG:
            template = table["unit_own" if x.verb == "own" else "unit"]
            prompt = template.format(q=x.quantity, Q=_cap(x.quantity), verb=x.verb)
            written = x.written if " (" in answer else x.written.split(" (")[0]
            aliases = [written] if written != answer else []
            out.append(Asked("unit_of", prompt, answer, [answer, *wrong], "unit", aliases))
    return out


def doc_found(doc, lang) -> Found:
    """A Russian or Kazakh document's symbols and units, its paragraphs cut into sentences as its units are."""
    from studyapp.generator.lang.common import sentences

    spans = [p.text[a:b] for p in doc.paragraphs for a, b in sentences(p.text, lang)]
    return gather(spans, lang.code, doc.text)


def for_unit(unit, lang, found: Found) -> list:
    """The formula questions of a Russian or Kazakh unit, quoting its whole sentence (none in Latin-script Kazakh,
    whose templates these are not)."""
    from dataclasses import replace

    from studyapp.generator.lang.common import candidate, sentences

    if lang.code == "kk" and not re.search("[а-яә]", lang.templates.get("cloze", "")):
        return []
    if unit.merged:
        texts = [unit.text[a:b] for a, b in sentences(unit.text, lang)]
    else:
        texts = [unit.sentence] if unit.sentence.startswith(unit.text[:30]) else []
    whole = unit if unit.merged else replace(unit, text=unit.sentence)
    out = []
    for a in (a for s in texts for a in ask(s, found, lang.code)):
        out.append(candidate(whole, lang, a.template, "multiple_choice", a.prompt, a.answer, a.choices,
                             answer_kind=a.answer_kind))
        out[-1].aliases = a.aliases  # the gate finds "паскалях (Па)" in the quote, not "паскаль (Па)"
    return out


def unquoted(doc, lang, found: Found, units: list) -> list:
    """The sentences stating a symbol or a unit that no unit of the document quotes, as units of their own: a
    formula's sentence is often skipped as damaged or leaning ("v = Δc / Δt, где …" opens on a small letter, "F_А"
    mixes two alphabets), and it is the sentence these questions are about."""
    from studyapp.generator.lang.common import Unit, sentences

    quoted = {u.sentence for u in units} | {u.text for u in units}
    out = []
    for para in doc.paragraphs:
        for a, b in sentences(para.text, lang) if para.role == "body" else []:
            s = para.text[a:b]
            if (s in found.symbols or s in found.measures) and s not in quoted and \
                    not any(s in u.text for u in units if u.merged):
                out.append(Unit(doc, para.index, s, len(units) + len(out), s))
    return out


CHEMICAL = re.compile(r"\(((?:[A-ZАВСЕНКМОРТХ][a-z]?[\d₀-₉]*){1,6})\)")  # (O3), (CO₂), (H2O); Cyrillic look-alikes
LOOK_ALIKE = str.maketrans("АВСЕНКМОРТХ", "ABCEHKMOPTX")


def chemical_aliases(text: str) -> list[str]:
    """(rukk14) The chemical formula a definition writes in brackets ("Озон – это газ … (O3), тогда как …"), as a
    typed answer's alternatives: as written, with plain digits, in Latin and in Cyrillic look-alike letters (О3)."""
    m = CHEMICAL.search(text)
    if not m or not re.search(r"[\d₀-₉a-z]", m.group(1)):  # a digit or a two-letter element: not (СССР)
        return []
    plain = m.group(1).translate(str.maketrans("₀₁₂₃₄₅₆₇₈₉", "0123456789")).translate(LOOK_ALIKE)
    cyrillic = plain.translate(str.maketrans("ABCEHKMOPTX", "АВСЕНКМОРТХ"))
    return list(dict.fromkeys(x for x in (m.group(1), plain, cyrillic) if not re.search(r"[a-z][А-Я]|[А-Я][a-z]", x)))
