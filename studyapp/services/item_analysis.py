"""Item analysis of a quiz's first attempts, with the definitions of Moodle's quiz statistics report."""
from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Iterable, Mapping, Sequence

from studyapp.translatable import N_

# Formulas follow Moodle's question/classes/statistics/questions/calculator.php and
# mod/quiz/report/statistics/classes/calculator.php, documented on MoodleDocs "Quiz statistics calculations".
# Facility and SD are taken over fractions: Moodle's mark / max mark, the same while a slot's max points are fixed.
# Flag thresholds follow the interpretation bands of Moodle's (Open University) "Quiz report statistics" guide:
# facility 6-10 "very difficult", 90-94 "very easy"; discrimination 20-29 "weak", 0-19 "very weak", negative
# "probably invalid".
TOO_EASY_ABOVE = 90.0  # facility %, strictly above
TOO_HARD_BELOW = 10.0  # facility %, strictly below
LOW_DISCRIMINATION_BELOW = 20.0  # discrimination index %
MIN_N_FOR_FACILITY_FLAGS = 2  # one answer says nothing about difficulty
MIN_N_FOR_DISTRACTOR_FLAG = 5
_ZERO = 1e-12  # variances below this are treated as zero: float noise, not spread


class FlagCode(StrEnum):
    """Why an item deserves a teacher's look."""

    NEGATIVE_DISCRIMINATION = "negative_discrimination"
    LOW_DISCRIMINATION = "low_discrimination"
    TOO_EASY = "too_easy"
    TOO_HARD = "too_hard"
    UNUSED_DISTRACTOR = "unused_distractor"


# Each flag's short name beside a question and in the item statistics sheet (the code stays for programs).
FLAG_NAMES = {
    FlagCode.NEGATIVE_DISCRIMINATION: N_("negative discrimination"), FlagCode.LOW_DISCRIMINATION: N_("low discrimination"),
    FlagCode.TOO_EASY: N_("too easy"), FlagCode.TOO_HARD: N_("too hard"), FlagCode.UNUSED_DISTRACTOR: N_("unused distractor"),
}


@dataclass(frozen=True)
class AttemptRow:
    """One student's attempt: slot -> (fraction earned 0..1, max points, chosen option text(s) or None)."""

    student_id: int
    answers: Mapping[int, tuple[float, float, str | tuple[str, ...] | None]]
    attempt_number: int = 1


@dataclass(frozen=True)
class ItemKey:
    """What a slot offered: its choice texts (in display order) and the correct one (several when all apply)."""

    slot: int
    options: tuple[str, ...] = ()
    correct: str | tuple[str, ...] | None = None

    def is_key(self, text: str) -> bool:
        """True when `text` is (one of) the right option(s)."""
        return text in self.correct if isinstance(self.correct, tuple) else text == self.correct


@dataclass(frozen=True)
class Flag:
    """A problem found in an item, with a sentence a teacher can act on."""

    code: FlagCode
    message: str

    @property
    def name(self) -> str:
        """The flag's short name (English, N_-marked: the web layer translates it with tr)."""
        return FLAG_NAMES[self.code]


@dataclass(frozen=True)
class OptionCount:
    """How many students picked a choice (or typed a response, for items without choices)."""

    text: str
    count: int
    is_key: bool


@dataclass(frozen=True)
class ItemStats:
    """Statistics of one slot; percentages are 0..100 and None where they are undefined."""

    slot: int
    n: int
    max_points: float | None
    facility: float | None
    sd: float | None
    discrimination_index: float | None
    discriminative_efficiency: float | None
    options: tuple[OptionCount, ...] = ()
    no_answer_count: int = 0
    flags: tuple[Flag, ...] = ()


@dataclass(frozen=True)
class QuizStats:
    """Whole-quiz statistics; mean, median, sd and standard error are percentages of max_score."""

    n: int
    max_score: float
    mean: float | None
    median: float | None
    sd: float | None
    skewness: float | None
    kurtosis: float | None
    cic: float | None
    error_ratio: float | None
    standard_error: float | None


@dataclass(frozen=True)
class QuizAnalysis:
    """Whole-quiz statistics and one ItemStats per slot, in slot order."""

    overall: QuizStats
    items: tuple[ItemStats, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class GroupStats:
    """Items sharing a label (a source document, a perspective speaker...): count and mean statistics."""

    label: str
    item_count: int
    mean_facility: float | None
    mean_discrimination: float | None


def select_first_attempts(rows: Iterable[AttemptRow]) -> list[AttemptRow]:
    """Each student's lowest-numbered attempt (the earlier row on a tie), in first-seen student order."""
    first: dict[int, AttemptRow] = {}
    for row in rows:
        kept = first.get(row.student_id)
        if kept is None or row.attempt_number < kept.attempt_number:
            first[row.student_id] = row
    return list(first.values())


def analyse_quiz(rows: Iterable[AttemptRow], keys: Iterable[ItemKey] = ()) -> QuizAnalysis:
    """Moodle's item and test statistics over first attempts; a slot a student never had is left out for them."""
    attempts = select_first_attempts(rows)
    key_by_slot = {k.slot: k for k in keys}
    slots = sorted(set(key_by_slot) | {slot for a in attempts for slot in a.answers})
    totals = [math.fsum(f * m for f, m, _ in a.answers.values()) for a in attempts]
    items = tuple(
        _item_stats(slot, attempts, totals, key_by_slot.get(slot, ItemKey(slot))) for slot in slots
    )
    return QuizAnalysis(overall=_quiz_stats(attempts, totals, items), items=items)


def summarise_groups(items: Iterable[ItemStats], groups: Mapping[int, str]) -> list[GroupStats]:
    """Mean facility and mean discrimination per group label, over the items whose value is defined.

    Items whose slot has no label are left out; groups come back sorted by label.
    """
    by_label: dict[str, list[ItemStats]] = {}
    for item in items:
        if item.slot in groups:
            by_label.setdefault(groups[item.slot], []).append(item)
    return [
        GroupStats(
            label=label,
            item_count=len(members),
            mean_facility=_mean([i.facility for i in members if i.facility is not None]),
            mean_discrimination=_mean(
                [i.discrimination_index for i in members if i.discrimination_index is not None]
            ),
        )
        for label, members in sorted(by_label.items())
    ]


def _item_stats(slot: int, attempts: Sequence[AttemptRow], totals: Sequence[float], key: ItemKey) -> ItemStats:
    """One slot's statistics, over the attempts that contain it."""
    fractions, marks, rest, chosen, maxima = [], [], [], [], []
    for attempt, total in zip(attempts, totals):
        if slot not in attempt.answers:
            continue
        fraction, max_points, choice = attempt.answers[slot]
        fractions.append(fraction)
        marks.append(fraction * max_points)
        rest.append(total - fraction * max_points)  # the score on the rest of the test
        chosen.append(choice)
        maxima.append(max_points)
    n = len(marks)
    options, no_answer = _count_options(chosen, key)
    facility = sd = di = de = None
    if n:
        facility = 100 * math.fsum(fractions) / n  # multiply first: 9 of 10 is exactly 90.0
    if n > 1:
        sd = 100 * math.sqrt(_covariance(fractions, fractions))
        var_mark, var_rest, cov = _covariance(marks, marks), _covariance(rest, rest), _covariance(marks, rest)
        if var_mark > _ZERO and var_rest > _ZERO:
            di = 100 * cov / math.sqrt(var_mark * var_rest)
        # Moodle: the covariance reached if marks and rest scores were paired in the same rank order.
        cov_max = _covariance(sorted(marks), sorted(rest))
        if cov_max > _ZERO:
            de = 100 * cov / cov_max
    return ItemStats(
        slot=slot, n=n, max_points=max(maxima) if maxima else None, facility=facility, sd=sd,
        discrimination_index=di, discriminative_efficiency=de, options=options, no_answer_count=no_answer,
        flags=_flags(n, facility, di, options, key),
    )


def _count_options(chosen: Sequence[str | tuple[str, ...] | None],
                   key: ItemKey) -> tuple[tuple[OptionCount, ...], int]:
    """Counts for every option in display order (0 for unpicked), then any other response, and 'no answer'.

    An answer is one response (a choice or typed text) or, when all that apply are ticked, a tuple of them.
    """
    given = [(c,) if isinstance(c, str) else tuple(c or ()) for c in chosen]
    given = [tuple(p for p in picks if p not in (None, "")) for picks in given]
    counts = Counter(p for picks in given for p in picks)
    no_answer = sum(1 for picks in given if not picks)
    listed = [OptionCount(o, counts.pop(o, 0), key.is_key(o)) for o in key.options]
    others = [OptionCount(text, count, key.is_key(text)) for text, count in counts.most_common()]
    return tuple(listed + others), no_answer


def _flags(
    n: int, facility: float | None, di: float | None, options: Sequence[OptionCount], key: ItemKey
) -> tuple[Flag, ...]:
    """Flags for one item, thresholds as documented at the top of this module."""
    flags = []
    if di is not None and di < 0:
        flags.append(Flag(FlagCode.NEGATIVE_DISCRIMINATION, (
            f"Discrimination index {di:.1f}%: students who did worse on the rest of the quiz did better on this "
            "question. Check the key: it may be wrong, or the question may mislead the stronger students.")))
    elif di is not None and di < LOW_DISCRIMINATION_BELOW:
        flags.append(Flag(FlagCode.LOW_DISCRIMINATION, (
            f"Discrimination index {di:.1f}% is below {LOW_DISCRIMINATION_BELOW:.0f}%: students who did well on the "
            "rest of the quiz were hardly more likely to get this right than those who did badly. Look for an "
            "ambiguous prompt, a second defensible answer, or a question about something else than the quiz.")))
    if facility is not None and n >= MIN_N_FOR_FACILITY_FLAGS:
        if facility > TOO_EASY_ABOVE:
            flags.append(Flag(FlagCode.TOO_EASY, (
                f"Facility {facility:.1f}%: (almost) everyone got this right, so it tells students apart very little.")))
        elif facility < TOO_HARD_BELOW:
            flags.append(Flag(FlagCode.TOO_HARD, (
                f"Facility {facility:.1f}%: (almost) nobody got this right. Check the key and whether it was taught.")))
    # Only for real multiple choice: a true/false item whose one wrong option nobody picks is just too easy.
    unpicked = [o.text for o in options[:len(key.options)] if o.count == 0 and not o.is_key]
    if key.correct is not None and len(key.options) > 2 and n >= MIN_N_FOR_DISTRACTOR_FLAG and unpicked:
        names = ", ".join(f"'{text}'" for text in unpicked)
        flags.append(Flag(FlagCode.UNUSED_DISTRACTOR, (
            f"Nobody out of {n} picked {names}: a distractor nobody picks only makes the guess easier. "
            "Replace it with a mistake students really make.")))
    return tuple(flags)


def _quiz_stats(attempts: Sequence[AttemptRow], totals: Sequence[float], items: Sequence[ItemStats]) -> QuizStats:
    """Moodle's test statistics over the attempts' total marks (sample moments, as in its calculator)."""
    s = len(totals)
    max_score = math.fsum(i.max_points for i in items if i.max_points is not None)

    def pct(marks: float) -> float | None:
        """Marks as a percentage of the quiz's maximum score."""
        return 100 * marks / max_score if max_score else None

    mean = median = sd = skewness = kurtosis = cic = error_ratio = standard_error = None
    if s:
        average = math.fsum(totals) / s
        ordered = sorted(totals)
        mid = s // 2
        mean = pct(average)
        median = pct(ordered[mid] if s % 2 else (ordered[mid - 1] + ordered[mid]) / 2)
    if s > 1:
        power2, power3, power4 = (math.fsum((t - average) ** k for t in totals) for k in (2, 3, 4))
        sd_marks = math.sqrt(power2 / (s - 1))
        sd = pct(sd_marks)
        m2, m3, m4 = power2 / s, power3 / s, power4 / s
        k2 = s * m2 / (s - 1)
        if s > 2 and k2 > _ZERO:
            k3 = s * s * m3 / ((s - 1) * (s - 2))
            skewness = k3 / k2 ** 1.5
            if s > 3:
                k4 = s * s * ((s + 1) * m4 - 3 * (s - 1) * m2 * m2) / ((s - 1) * (s - 2) * (s - 3))
                kurtosis = k4 / (k2 * k2)
            # p counts the items someone answered; Moodle counts every slot, which a never-seen slot would skew.
            p = sum(1 for i in items if i.n)
            if p > 1:
                sum_item_var = math.fsum(_mark_variance(i.slot, attempts) for i in items if i.n > 1)
                cic = 100 * p / (p - 1) * (1 - sum_item_var / k2)
                error_ratio = 100 * math.sqrt(max(0.0, 1 - cic / 100))
                standard_error = pct(error_ratio * sd_marks / 100)
    return QuizStats(
        n=s, max_score=max_score, mean=mean, median=median, sd=sd, skewness=skewness, kurtosis=kurtosis,
        cic=cic, error_ratio=error_ratio, standard_error=standard_error,
    )


def _mark_variance(slot: int, attempts: Sequence[AttemptRow]) -> float:
    """Sample variance of the marks (fraction x max points) earned on one slot."""
    marks = [a.answers[slot][0] * a.answers[slot][1] for a in attempts if slot in a.answers]
    return _covariance(marks, marks)


def _covariance(xs: Sequence[float], ys: Sequence[float]) -> float:
    """Sample covariance (n - 1 denominator, as Moodle); needs at least two values."""
    mean_x, mean_y = _mean(xs), _mean(ys)
    return math.fsum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys)) / (len(xs) - 1)


def _mean(values: Sequence[float]) -> float | None:
    """Arithmetic mean, or None for no values."""
    return math.fsum(values) / len(values) if values else None
