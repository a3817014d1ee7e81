"""Item analysis against statistics worked out by hand, plus the edge cases that must not crash or give NaN."""
from __future__ import annotations

import math

import pytest

from studyapp.services.item_analysis import (
    AttemptRow,
    FlagCode,
    ItemKey,
    OptionCount,
    analyse_quiz,
    select_first_attempts,
    summarise_groups,
)

CITIES = ("Paris", "Lyon", "Nice", "Lille")
KEYS = [ItemKey(2, CITIES, "Paris"), ItemKey(3, ("True", "False"), "True")]

# The constructed class: 6 students x 4 slots.
#   slot 1: 1 point, typed answer, everyone right.
#   slot 2: 1 point, multiple choice, key Paris; nobody picks Lille; S6 leaves it blank.
#   slot 3: 1 point, true/false, key True; the weaker students get it right (negative discrimination).
#   slot 4: 2 points, partial credit (fraction 1, 0.5 or 0), so marks are 2, 1 or 0.
#
#   student  slot1  slot2        slot3        slot4 (fraction -> mark)  total marks
#   S1       1      1 (Paris)    0 (False)    1.0 -> 2                  4
#   S2       1      1 (Paris)    0 (False)    1.0 -> 2                  4
#   S3       1      1 (Paris)    1 (True)     0.5 -> 1                  4
#   S4       1      0 (Lyon)     1 (True)     0.5 -> 1                  3
#   S5       1      0 (Nice)     1 (True)     0.0 -> 0                  2
#   S6       1      0 (blank)    0 (False)    0.0 -> 0                  1
#
# Moodle: x = mark on the item, y = total - x (the rest of the test), sample (n - 1) moments.
#   DI = 100 * cov(x, y) / sqrt(var(x) var(y));  DE = 100 * cov(x, y) / cov_max, where cov_max pairs
#   sorted x with sorted y. The (n - 1) cancels in both ratios, so sums of products are used below.
#
# Slot 2: x = 1 1 1 0 0 0, mean 0.5, dx = +.5 +.5 +.5 -.5 -.5 -.5, sum dx^2 = 6 * .25 = 1.5
#         y = 3 3 3 3 2 1, mean 15/6 = 2.5, dy = +.5 +.5 +.5 +.5 -.5 -1.5, sum dy^2 = 4 * .25 + .25 + 2.25 = 3.5
#         sum dx dy = .25 + .25 + .25 - .25 + .25 + .75 = 1.5
#         DI = 1.5 / sqrt(1.5 * 3.5) = 1.5 / 2.291288 = 0.654654 -> 65.465 %
#         sorted y = 1 2 3 3 3 3, dy = -1.5 -.5 +.5 +.5 +.5 +.5 against sorted dx = -.5 -.5 -.5 +.5 +.5 +.5:
#         .75 + .25 - .25 + .25 + .25 + .25 = 1.5 -> DE = 1.5 / 1.5 = 100 %
#         facility = 3/6 = 50 %; SD = sqrt(1.5 / 5) = sqrt(0.3) = 0.547723 -> 54.772 %
# Slot 3: x = 0 0 1 1 1 0, mean 0.5, dx = -.5 -.5 +.5 +.5 +.5 -.5, sum dx^2 = 1.5
#         y = 4 4 3 2 1 1, mean 2.5, dy = +1.5 +1.5 +.5 -.5 -1.5 -1.5, sum dy^2 = 4 * 2.25 + 2 * .25 = 9.5
#         sum dx dy = -.75 - .75 + .25 - .25 - .75 + .75 = -1.5
#         DI = -1.5 / sqrt(1.5 * 9.5) = -1.5 / 3.774917 = -0.397360 -> -39.736 %
#         sorted y = 1 1 2 3 4 4, dy = -1.5 -1.5 -.5 +.5 +1.5 +1.5 against sorted dx:
#         .75 + .75 + .25 + .25 + .75 + .75 = 3.5 -> DE = -1.5 / 3.5 = -42.857 %
# Slot 4: x (marks) = 2 2 1 1 0 0, mean 1, dx = +1 +1 0 0 -1 -1, sum dx^2 = 4
#         y = 2 2 3 2 2 1, mean 12/6 = 2, dy = 0 0 +1 0 0 -1, sum dy^2 = 2
#         sum dx dy = 0 + 0 + 0 + 0 + 0 + 1 = 1
#         DI = 1 / sqrt(4 * 2) = 1 / 2.828427 = 0.353553 -> 35.355 %
#         sorted x = 0 0 1 1 2 2 (dx -1 -1 0 0 +1 +1), sorted y = 1 2 2 2 2 3 (dy -1 0 0 0 0 +1): 1 + 1 = 2
#         DE = 1 / 2 = 50 %
#         facility = mean fraction = (1 + 1 + .5 + .5 + 0 + 0) / 6 = 50 % (mean mark 1 of max 2)
#         SD of fractions: dev +.5 +.5 0 0 -.5 -.5, sum 1.0, var 1.0 / 5 = 0.2, sqrt = 0.447214 -> 44.721 %
# Slot 1: every mark 1, variance 0 -> SD 0 %, DI and DE undefined (None), facility 100 % -> too easy.
#
# Whole quiz: totals 4 4 4 3 2 1 out of max 1 + 1 + 1 + 2 = 5; n = 6.
#   mean = 18 / 6 = 3 -> 60 %; median = (3 + 4) / 2 = 3.5 -> 70 %
#   deviations +1 +1 +1 0 -1 -2: power2 = 8, power3 = 1 + 1 + 1 - 1 - 8 = -6, power4 = 1 + 1 + 1 + 1 + 16 = 20
#   SD = sqrt(8 / 5) = 1.264911 -> 25.298 %
#   m2 = 8/6, m3 = -1, m4 = 20/6; k2 = 6 * m2 / 5 = 1.6; k3 = 36 * -1 / (5 * 4) = -1.8
#   skewness = -1.8 / 1.6^1.5 = -1.8 / 2.023858 = -0.889391
#   k4 = 36 * (7 * 20/6 - 3 * 5 * (8/6)^2) / (5 * 4 * 3) = 36 * (23.3333 - 26.6667) / 60 = -2.0
#   kurtosis = -2.0 / 1.6^2 = -0.78125
#   item mark variances: 0, 1.5/5 = 0.3, 0.3, 4/5 = 0.8 -> sum 1.4; p = 4 items
#   CIC = 100 * 4/3 * (1 - 1.4 / 1.6) = 133.333 * 0.125 = 16.667 %
#   error ratio = 100 * sqrt(1 - 0.16667) = 100 * 0.912871 = 91.287 %
#   standard error = 0.912871 * 1.264911 = 1.154701 marks -> 23.094 % of 5


def _row(student_id: int, city: str | None, true_false: str, slot4: float, attempt_number: int = 1) -> AttemptRow:
    """One first attempt in the constructed class."""
    return AttemptRow(student_id, {
        1: (1.0, 1.0, "4"),
        2: (1.0 if city == "Paris" else 0.0, 1.0, city),
        3: (1.0 if true_false == "True" else 0.0, 1.0, true_false),
        4: (slot4, 2.0, "typed"),
    }, attempt_number)


CLASS = [
    _row(1, "Paris", "False", 1.0), _row(2, "Paris", "False", 1.0), _row(3, "Paris", "True", 0.5),
    _row(4, "Lyon", "True", 0.5), _row(5, "Nice", "True", 0.0), _row(6, None, "False", 0.0),
]


def _items(analysis) -> dict:
    """Items by slot."""
    return {item.slot: item for item in analysis.items}


def _codes(item) -> set:
    """The flag codes of one item."""
    return {flag.code for flag in item.flags}


def test_item_statistics_match_the_hand_computed_values():
    """Facility, SD, discrimination index and efficiency per slot, as worked out above."""
    items = _items(analyse_quiz(CLASS, KEYS))
    expected = {  # slot: (facility, sd, DI, DE)
        2: (50.0, 54.772, 65.465, 100.0),
        3: (50.0, 54.772, -39.736, -42.857),
        4: (50.0, 44.721, 35.355, 50.0),
    }
    for slot, (facility, sd, di, de) in expected.items():
        item = items[slot]
        assert item.n == 6
        assert item.facility == pytest.approx(facility, abs=1e-3)
        assert item.sd == pytest.approx(sd, abs=1e-3)
        assert item.discrimination_index == pytest.approx(di, abs=1e-3)
        assert item.discriminative_efficiency == pytest.approx(de, abs=1e-3)
    assert items[4].max_points == 2.0


def test_an_item_everyone_gets_right_has_no_discrimination_and_is_too_easy():
    """Zero variance gives None, not NaN or a ZeroDivisionError."""
    item = _items(analyse_quiz(CLASS, KEYS))[1]
    assert item.facility == 100.0 and item.sd == 0.0
    assert item.discrimination_index is None and item.discriminative_efficiency is None
    assert _codes(item) == {FlagCode.TOO_EASY}


def test_the_negatively_discriminating_item_is_flagged():
    """Slot 3 goes the wrong way round and says so in words."""
    item = _items(analyse_quiz(CLASS, KEYS))[3]
    assert _codes(item) == {FlagCode.NEGATIVE_DISCRIMINATION}
    assert "-39.7%" in item.flags[0].message


def test_option_frequencies_list_every_choice_and_the_blanks():
    """Lille is listed with 0, the blank answer is counted, and the unpicked distractor is flagged."""
    item = _items(analyse_quiz(CLASS, KEYS))[2]
    assert item.options == (
        OptionCount("Paris", 3, True), OptionCount("Lyon", 1, False),
        OptionCount("Nice", 1, False), OptionCount("Lille", 0, False),
    )
    assert item.no_answer_count == 1
    assert _codes(item) == {FlagCode.UNUSED_DISTRACTOR}
    assert "'Lille'" in item.flags[0].message
    true_false = _items(analyse_quiz(CLASS, KEYS))[3]
    assert true_false.options == (OptionCount("True", 3, True), OptionCount("False", 3, False))


def test_whole_quiz_statistics_match_the_hand_computed_values():
    """Mean, median, SD, skewness, kurtosis, CIC, error ratio and standard error."""
    overall = analyse_quiz(CLASS, KEYS).overall
    assert overall.n == 6 and overall.max_score == 5.0
    assert overall.mean == pytest.approx(60.0, abs=1e-3)
    assert overall.median == pytest.approx(70.0, abs=1e-3)
    assert overall.sd == pytest.approx(25.298, abs=1e-3)
    assert overall.skewness == pytest.approx(-0.889, abs=1e-3)
    assert overall.kurtosis == pytest.approx(-0.781, abs=1e-3)
    assert overall.cic == pytest.approx(16.667, abs=1e-3)
    assert overall.error_ratio == pytest.approx(91.287, abs=1e-3)
    assert overall.standard_error == pytest.approx(23.094, abs=1e-3)


def test_only_each_students_first_attempt_counts():
    """A perfect second attempt by S6 changes nothing; an earlier attempt listed later wins."""
    retry = _row(6, "Paris", "True", 1.0, attempt_number=2)
    assert analyse_quiz([*CLASS, retry], KEYS) == analyse_quiz(CLASS, KEYS)
    assert analyse_quiz([retry, *CLASS], KEYS) == analyse_quiz(CLASS, KEYS)
    assert [r.student_id for r in select_first_attempts([retry, *CLASS])] == [6, 1, 2, 3, 4, 5]


def test_a_weak_item_is_flagged_low_with_an_explanation():
    """A second hand-computed class where slot 1 hardly discriminates.

    x (slot 1) = 1 1 1 0 0 0, mean .5, dx = +.5 +.5 +.5 -.5 -.5 -.5, sum dx^2 = 1.5
    y (slots 2-4) = 3 0 2 0 3 1, mean 9/6 = 1.5, dy = +1.5 -1.5 +.5 -1.5 +1.5 -.5, sum dy^2 = 4 * 2.25 + 2 * .25 = 9.5
    sum dx dy = .75 - .75 + .25 + .75 - .75 + .25 = .5 -> DI = .5 / sqrt(1.5 * 9.5) = .5 / 3.774917 = 13.245 %
    sorted y = 0 0 1 2 3 3, dy = -1.5 -1.5 -.5 +.5 +1.5 +1.5 against sorted dx:
    .75 + .75 + .25 + .25 + .75 + .75 = 3.5 -> DE = .5 / 3.5 = 14.286 %
    """
    others = [(1, 1, 1), (0, 0, 0), (1, 1, 0), (0, 0, 0), (1, 1, 1), (1, 0, 0)]
    rows = [
        AttemptRow(sid, {1: (x, 1.0, None), **{slot: (float(v), 1.0, None) for slot, v in zip((2, 3, 4), rest)}})
        for sid, (x, rest) in enumerate(zip([1.0, 1.0, 1.0, 0.0, 0.0, 0.0], others), start=1)
    ]
    item = _items(analyse_quiz(rows))[1]
    assert item.discrimination_index == pytest.approx(13.245, abs=1e-3)
    assert item.discriminative_efficiency == pytest.approx(14.286, abs=1e-3)
    assert _codes(item) == {FlagCode.LOW_DISCRIMINATION}
    assert "below 20%" in item.flags[0].message


def test_an_item_nobody_gets_right_is_too_hard_and_blanks_count_as_no_answer():
    """Everyone skipped slot 1: facility 0, every response a blank."""
    rows = [AttemptRow(i, {1: (0.0, 1.0, None), 2: (float(i % 2), 1.0, None)}) for i in range(4)]
    item = _items(analyse_quiz(rows, [ItemKey(1, ("A", "B", "C"), "A")]))[1]
    assert item.facility == 0.0 and item.no_answer_count == 4
    assert [o.count for o in item.options] == [0, 0, 0]
    assert _codes(item) == {FlagCode.TOO_HARD}  # n = 4 < 5: no distractor flag


@pytest.mark.parametrize("right, code", [(9, FlagCode.TOO_EASY), (1, FlagCode.TOO_HARD)])
def test_facility_flags_start_strictly_beyond_90_and_10_percent(right, code):
    """9 of 10 right is 90 %, 1 of 10 is 10 %: on the threshold, not beyond it, so not flagged."""
    rows = [AttemptRow(i, {1: (float(i < right), 1.0, None), 2: (float(i % 2), 1.0, None)}) for i in range(10)]
    item = analyse_quiz(rows).items[0]
    assert item.facility == pytest.approx(10.0 * right)
    assert code not in _codes(item)


def test_one_student_gives_means_but_no_spread_and_no_flags():
    """With n = 1 every (n - 1) statistic is None."""
    analysis = analyse_quiz(CLASS[:1], KEYS)
    for item in analysis.items:
        assert item.n == 1 and item.facility is not None
        assert item.sd is None and item.discrimination_index is None and item.discriminative_efficiency is None
        assert item.flags == ()
    overall = analysis.overall
    assert overall.mean == pytest.approx(80.0) and overall.median == pytest.approx(80.0)  # 4 of 5
    assert overall.sd is None and overall.skewness is None and overall.cic is None


def test_no_attempts_at_all_gives_empty_statistics():
    """Keys without any attempt: n = 0, None everywhere, every option counted 0."""
    analysis = analyse_quiz([], KEYS)
    assert [i.slot for i in analysis.items] == [2, 3]
    item = analysis.items[0]
    assert item.n == 0 and item.facility is None and item.sd is None and item.max_points is None
    assert [o.count for o in item.options] == [0, 0, 0, 0] and item.flags == ()
    assert analysis.overall.n == 0 and analysis.overall.mean is None and analysis.overall.max_score == 0


def test_a_slot_nobody_had_is_reported_empty_and_leaves_the_quiz_statistics_alone():
    """Slot 9 is in the keys but in no attempt: it does not count as an item in the CIC."""
    analysis = analyse_quiz(CLASS, [*KEYS, ItemKey(9, ("A", "B"), "A")])
    assert _items(analysis)[9].n == 0 and _items(analysis)[9].facility is None
    assert analysis.overall.cic == pytest.approx(16.667, abs=1e-3)


def test_a_constant_rest_of_test_gives_no_discrimination():
    """Slot 2 is the same for everyone, so the rest score of slot 1 has no variance: None, never NaN."""
    rows = [AttemptRow(i, {1: (float(i % 2), 1.0, None), 2: (0.1, 3.0, None)}) for i in range(6)]
    for item in analyse_quiz(rows).items:
        assert item.discrimination_index is None and item.discriminative_efficiency is None
        assert item.sd is not None and not math.isnan(item.sd)
    overall = analyse_quiz(rows).overall
    assert not any(isinstance(v, float) and math.isnan(v) for v in vars(overall).values())


def test_a_response_outside_the_options_is_kept_after_them():
    """An answer text that is no longer an option (edited question) still shows up."""
    rows = [AttemptRow(1, {1: (0.0, 1.0, "Old option")}), AttemptRow(2, {1: (1.0, 1.0, "A")})]
    item = analyse_quiz(rows, [ItemKey(1, ("A", "B"), "A")]).items[0]
    assert item.options == (OptionCount("A", 1, True), OptionCount("B", 0, False), OptionCount("Old option", 1, False))


def test_groups_average_facility_and_the_defined_discriminations():
    """doc-a: slots 1 and 2; doc-b: slots 3 and 4; slot 1's undefined DI is left out of the mean.

    doc-a facility (100 + 50) / 2 = 75, DI 65.465 (slot 2 only)
    doc-b facility (50 + 50) / 2 = 50, DI (-39.736 + 35.355) / 2 = -4.381 / 2 = -2.190
    """
    items = analyse_quiz(CLASS, KEYS).items
    groups = summarise_groups(items, {1: "doc-a", 2: "doc-a", 3: "doc-b", 4: "doc-b", 99: "unused"})
    assert [(g.label, g.item_count) for g in groups] == [("doc-a", 2), ("doc-b", 2)]
    assert groups[0].mean_facility == pytest.approx(75.0) and groups[1].mean_facility == pytest.approx(50.0)
    assert groups[0].mean_discrimination == pytest.approx(65.465, abs=1e-3)
    assert groups[1].mean_discrimination == pytest.approx(-2.190, abs=1e-3)
    only_constant = summarise_groups(items, {1: "speaker"})
    assert only_constant[0].item_count == 1 and only_constant[0].mean_discrimination is None
