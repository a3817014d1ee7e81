"""The quality gate's checks, on bank-format question dicts, so a saved bank can be re-checked the same way."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from studyapp.generator.lexicon import fold
from studyapp.generator.refs import unnamed
from studyapp.generator.standalone import ANAPHORIC_NOUNS, anaphora, stands_alone
from studyapp.limits import question_problem

COMMENT_LABEL = "Reader's comment:"
SPAN_TYPES = ("multiple_choice", "cloze", "short_answer", "numeric")
PRONOUN_START = re.compile(r"^[“\"‘']?(he|she|it|they|this|these|those|that|such|its|their|his|her|them|him|both|"
                           r"there(?!\s+(?:is|are|was|were|have|has|had)\b))\b", re.I)
LEFTOVER = re.compile(r"https?://|www\.|\[\d+\]|[⁰¹²³⁴⁵⁶⁷⁸⁹]|\*\*|\\\$|<[a-z/]|\b[Ff]igure \d|\]\(|\bdoi:"
                      r"|\(\w+\.(?:com|org|net|kz|tr|ru|uk)\b[^)]*\)|[\u0400-\u04ff]{3,}")


@dataclass
class GateContext:
    """What the checks need to know about the sources: cleaned text, comment paragraphs and main topics."""

    texts: dict[str, str] = field(default_factory=dict)
    paragraphs: dict[str, list[str]] = field(default_factory=dict)
    comments: dict[str, set[int]] = field(default_factory=dict)
    topics: dict[str, list[str]] = field(default_factory=dict)
    sentences: set[tuple[str, int, str]] = field(default_factory=set)  # (source, paragraph, text) known verbatim

    @classmethod
    def from_bank(cls, bank: dict) -> "GateContext":
        """Build the context from a bank's sources (their text, and their topics)."""
        ctx = cls()
        for src in bank.get("sources", []):
            text = src.get("text", "")
            paras = text.split("\n\n") if text else []
            ctx.texts[src["id"]] = text
            ctx.paragraphs[src["id"]] = paras
            label = next((i for i, p in enumerate(paras, 1) if p == COMMENT_LABEL), None)
            ctx.comments[src["id"]] = set(range(label, len(paras) + 1)) if label else set()
            ctx.topics[src["id"]] = list(src.get("topics", []))
        return ctx


FIXED_ANSWERS = {"true", "false", "a fact", "an opinion", "a reported claim"}
QUOTING = re.compile(r"^(?:Complete the sentence|Fill in the number|Which document (?:argues|says|reports)|"
                     r"In .+?, is this a fact, an "
                     r"opinion or a reported claim\?|A reader's comment under .+? says)[:?]? “(.+)”\??(?: Is this .*)?$")


WHEN = re.compile(r"^(?:In|On|By) which (?:year|date)\b")
YEAR = re.compile(r"(?<![\d,.])(1[0-9]{3}|20[0-9]{2})(?![\d,])")


def stem_of(prompt: str) -> str:
    """The statement a prompt asks about: the quoted sentence, the true/false statement, or the question (without
    the words that name its document)."""
    prompt = unnamed(prompt)
    if prompt.startswith("True or false? "):
        rest = prompt[len("True or false? "):]
        return re.sub(r"^According to .*?\),\s+", "", rest)
    quoted = QUOTING.match(prompt)
    if quoted:
        return quoted.group(1)
    return prompt


def _contains_folded(folded: str, needle: str) -> bool:
    """Whole-word (or, for one long word, word-start: Syria in Syrian) containment in a haystack already folded (the same as searching `(?<!\\w)needle(?!\\w)`, or with up to three
    more letters after one long word, without compiling a pattern per name)."""
    needle = fold(needle)
    more = 3 if len(needle) >= 5 and " " not in needle and needle.isalpha() else 0
    at = folded.find(needle) if needle else -1
    while at >= 0:
        end = at + len(needle)
        after = end
        while after < len(folded) and after - end <= more and _word(folded[after]):
            after += 1
        if (at == 0 or not _word(folded[at - 1])) and after - end <= more:
            return True
        at = folded.find(needle, at + 1)
    return False


def _word(char: str) -> bool:
    """A character `\\w` matches."""
    return char.isalnum() or char == "_"


def family_in_stem(prompt: str, answer) -> bool:
    """A one-word key whose word family stands elsewhere in a gap-fill's stem: "thousands of _____ women marched …
    to Paris" (Parisian), "Оқушылар форма киеді … мұғалімге _____ кигізу" (read w: a blank the stem fills)."""
    words = str(answer).split()
    if "_____" not in prompt or len(words) != 1 or len(words[0]) < 5 or not words[0][:1].isalpha():
        return False
    key = fold(words[0])
    return any(key.startswith(w) or w.startswith(key)  # one word the other plus an ending: Paris, Parisian
               for w in map(fold, re.findall(r"[^\W\d_]{5,}", prompt.replace("_____", " "))))


# a quotation of three words or more; words and spaces are disjoint, so a lone quotation mark cannot make it backtrack
# for hours ('"Ozymandias" is the Greek name for … _____ …': the closing mark opened an endless search)
SPOKEN = re.compile(r'"\s*[^"\s]+(?:\s+[^"\s]+){2,}\s*"|“\s*[^”\s]+(?:\s+[^”\s]+){2,}\s*”')


def check_question(q: dict, ctx: GateContext) -> list[str]:
    """Every reason this question fails the gate (empty when it passes)."""
    if q.get("language", "en") != "en":
        from studyapp.generator.lang.checks import check_other_language

        return check_other_language(q, ctx)
    reasons = []
    prompt, qtype, answer = q.get("prompt", ""), q.get("type"), q.get("answer")
    src = q.get("source") or {}
    stem = stem_of(prompt)
    bare = unnamed(prompt)
    if len(prompt) > 300:
        reasons.append("stem over 300 characters")
    over = question_problem(q)
    if over:
        reasons.append(f"over the editor's limit: {over[1]}")
    if qtype in SPAN_TYPES and isinstance(answer, (str, int, float)) and fold(str(answer)) not in FIXED_ANSWERS:
        names = [str(answer)] + list(q.get("aliases") or [])
        folded_prompt = fold(prompt)
        if any(_contains_folded(folded_prompt, n) for n in names if len(str(n)) > 1):
            reasons.append("answer visible in the stem")
        if q.get("kind") == "perspective" and qtype in ("multiple_choice", "short_answer"):
            surname = str(answer).split()[-1] if str(answer).split() else ""
            if len(surname) > 3 and _contains_folded(folded_prompt, surname):
                reasons.append("answer visible in the stem")
    if qtype in ("cloze", "multiple_choice", "short_answer") and q.get("kind") == "fact" and \
            family_in_stem(prompt, answer):
        reasons.append("the answer's word family in the stem")
    if WHEN.match(stem) and YEAR.search(stem):
        reasons.append("a when-question that shows a year")
    if qtype not in ("ordering", "matching") and (q.get("kind") == "fact" or bare.startswith("True or false? ")
                                                  or "“" not in bare or QUOTING.match(bare)):
        reason = anaphora(SPOKEN.sub('"…"', stem), q.get("kind") == "fact")  # a quotation's "it" is its speaker's
        if reason:
            reasons.append(reason)
        elif PRONOUN_START.match(stem):
            reasons.append("pronoun without antecedent")
        else:
            first = re.findall(r"[\w’'-]+", stem.lower())[:3]
            if len(first) >= 2 and first[0] == "the" and first[1] in ANAPHORIC_NOUNS and (
                    len(first) < 3 or first[2] not in ("of", "between", "in", "for", "on", "to")):
                reasons.append("'the X' without antecedent")
    words = stem.split()
    if len(words) < 4 or stem[:1].islower() and not stem.startswith("_") or \
            stem.count("“") != stem.count("”") or stem.count("(") != stem.count(")") or stem.count('"') % 2 or \
            not re.search(r"[.?!…”\"’)]$", stem.rstrip()):
        reasons.append("fragment")
    texts = [prompt] + [str(c) for c in q.get("choices") or []]
    texts += [str(a) for a in (answer if isinstance(answer, list) else [answer])]
    if any(LEFTOVER.search(t) for t in texts):
        reasons.append("leftover link, footnote marker or markup")
    topics = ctx.topics.get(src.get("id"), [])
    if qtype in ("multiple_choice", "short_answer", "cloze") and q.get("kind") == "fact" and \
            isinstance(answer, str) and any(fold(answer) == fold(t) for t in topics):
        reasons.append("the answer is the document's main topic")
    if src.get("paragraph") in ctx.comments.get(src.get("id"), set()):
        if q.get("kind") == "fact":
            reasons.append("reader comment presented as fact")
        elif "reader" not in prompt.lower():
            reasons.append("reader comment presented as fact")
    known = (src.get("id"), src.get("paragraph"), src.get("quote")) in ctx.sentences
    text = ctx.texts.get(src.get("id"), "")
    if text and not known and src.get("quote") not in text:
        reasons.append("quote not verbatim in the cleaned text")
    paras = ctx.paragraphs.get(src.get("id"), [])
    if paras and not known and not (1 <= (src.get("paragraph") or 0) <= len(paras)
                                    and src.get("quote") in paras[src["paragraph"] - 1]):
        reasons.append("quote not in the cited paragraph")
    if q.get("kind") == "fact" and qtype in SPAN_TYPES and not _answer_in_quote(answer, src.get("quote", "")):
        reasons.append("answer not in its quote")
    reasons.extend(stands_alone(prompt, stem))
    if qtype == "multiple_choice":
        choices = [str(c) for c in q.get("choices") or []]
        folded_prompt = fold(prompt)
        if not all(_contains_folded(folded_prompt, c) for c in choices) and any(
                len(fold(c)) >= 4 and fold(c) != fold(str(answer)) and _whole_word(folded_prompt, c) for c in choices):
            reasons.append("a distractor stands in the prompt")
    if qtype in ("multiple_choice", "true_false"):
        choices = q.get("choices") or []
        if answer not in choices or len(set(choices)) != len(choices) or len(choices) < 2:
            reasons.append("bad choices")
    return reasons


def _whole_word(folded: str, needle: str) -> bool:
    """`needle` stands in `folded` as whole words (no extra letters after it, unlike _contains_folded)."""
    return re.search(r"(?<!\w)" + re.escape(fold(needle)) + r"(?!\w)", folded) is not None


def _answer_in_quote(answer, quote: str) -> bool:
    """The answer text (or number, as written with or without separators) appears in the quote."""
    if isinstance(answer, (int, float)):
        plain = quote.replace(",", "")
        value = f"{answer:g}" if isinstance(answer, float) else str(answer)
        return value in plain or str(answer) in plain
    return str(answer) in quote


def _tokens(prompt: str) -> set[str]:
    """Lower-case word set of a prompt, without the blank."""
    return set(re.findall(r"\w+", fold(prompt))) - {"_____", "the", "a", "an", "of", "true", "or", "false"}


def near_duplicates(questions: list[dict]) -> dict[str, str]:
    """Question ids that repeat an earlier question (same answer and a similar stem, or the same stem)."""
    by_answer: dict[str, list[set[str]]] = {}
    by_quote: dict[str, list[tuple[str, set[str]]]] = {}
    found: dict[str, str] = {}
    prompts: set[str] = set()
    for q in questions:
        toks = _tokens(unnamed(q["prompt"]))
        answer = fold(str(q.get("answer")))
        quote = (q.get("source") or {}).get("quote", "")
        norm = " ".join(sorted(toks))
        if q["type"] in ("ordering", "matching"):
            norm += " " + answer
        dup = norm in prompts
        if answer not in FIXED_ANSWERS:
            dup = dup or any(len(toks & t) >= 0.6 * max(1, min(len(toks), len(t))) for t in by_answer.get(answer, [])[-30:])
        if q["type"] not in ("ordering", "matching"):
            dup = dup or any(qt == (q["type"], q.get("kind")) or len(toks & t) >= 0.85 * max(1, len(toks | t))
                             for qt, t in by_quote.get(quote, [])[-30:])
        if dup:
            found[q["id"]] = "near-duplicate of another question"
        else:
            prompts.add(norm)
            by_answer.setdefault(answer, []).append(toks)
            by_quote.setdefault(quote, []).append(((q["type"], q.get("kind")), toks))
    return found


def gate_failures(bank: dict) -> dict[str, list[str]]:
    """Re-run the gate on a saved bank: question id -> reasons, for the failing questions only."""
    ctx = GateContext.from_bank(bank)
    failures = {}
    for q in bank.get("questions", []):
        reasons = check_question(q, ctx)
        if reasons:
            failures[q["id"]] = reasons
    for qid, reason in near_duplicates(bank.get("questions", [])).items():
        failures.setdefault(qid, []).append(reason)
    return failures
