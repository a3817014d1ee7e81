"""AssignmentState: every transition on fixed clocks, built by hand (no database), and the best attempt."""
from __future__ import annotations

from datetime import UTC, datetime, timedelta

from studyapp.models import Assignment, Attempt, Quiz
from studyapp.services.assignment_state import (AssignmentState, best_attempt, is_answering, standing_of,
                                                state_of)

OPEN = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)
DUE = datetime(2026, 3, 9, 8, 0, tzinfo=UTC)
MINUTE = timedelta(minutes=1)


def assignment(attempts_allowed=1) -> Assignment:
    """An assignment open from Monday 8:00 until the next Monday 8:00."""
    return Assignment(quiz=Quiz(title="Quiz", attempts_allowed=attempts_allowed), open_at=OPEN, due_at=DUE)


def attempt(number=1, started=OPEN + MINUTE, submitted=None, score=None, deadline=None) -> Attempt:
    """An attempt of 4 points, submitted when `submitted` is given."""
    return Attempt(number=number, started_at=started, submitted_at=submitted, deadline_at=deadline,
                   score=score, max_score=4.0 if submitted else None)


def test_before_it_opens_it_is_not_open_yet():
    assert state_of(assignment(), [], now=OPEN - MINUTE) == AssignmentState.UPCOMING
    assert AssignmentState.UPCOMING.label == "Not open yet"


def test_open_and_not_started_is_to_do():
    standing = standing_of(assignment(), [], now=OPEN + MINUTE)
    assert standing.state == AssignmentState.OPEN and standing.state.label == "To do" and standing.may_start


def test_an_unsubmitted_attempt_is_in_progress_until_the_due_date_and_its_grace():
    a = assignment()
    started = [attempt()]
    assert state_of(a, started, now=OPEN + 5 * MINUTE) == AssignmentState.IN_PROGRESS
    assert state_of(a, started, now=DUE + timedelta(seconds=20)) == AssignmentState.IN_PROGRESS  # answers may still arrive
    assert state_of(a, started, now=DUE + MINUTE) == AssignmentState.MISSED


def test_submitted_on_time_is_done_with_its_score():
    standing = standing_of(assignment(), [attempt(submitted=OPEN + 9 * MINUTE, score=3.0)], now=DUE + MINUTE)
    assert standing.state == AssignmentState.DONE and standing.percent == 75.0 and standing.attempts_left == 0


def test_submitted_after_the_due_date_is_late():
    late = attempt(submitted=DUE + timedelta(seconds=10), score=4.0)
    assert state_of(assignment(), [late], now=DUE + MINUTE) == AssignmentState.LATE
    assert AssignmentState.LATE.label == "Done late"


def test_nothing_submitted_by_the_due_date_is_missed():
    standing = standing_of(assignment(), [], now=DUE + MINUTE)
    assert standing.state == AssignmentState.MISSED and standing.counts_in_average and not standing.may_start
    assert standing.state.label == "Missed"


def test_extra_time_keeps_a_student_answering_after_a_classmates_time_is_up():
    a = assignment()
    limit = OPEN + MINUTE + 20 * MINUTE  # a 20-minute limit
    plain, extra = attempt(deadline=limit), attempt(deadline=limit + 10 * MINUTE)
    now = limit + 5 * MINUTE
    assert not is_answering(plain, a.due_at, now) and is_answering(extra, a.due_at, now)
    assert state_of(a, [extra], now=now) == AssignmentState.IN_PROGRESS
    assert not is_answering(extra, a.due_at, limit + 11 * MINUTE)


def test_a_retry_under_way_is_in_progress_and_the_best_submitted_score_still_counts():
    a = assignment(attempts_allowed=2)
    first = attempt(submitted=OPEN + 9 * MINUTE, score=2.0)
    standing = standing_of(a, [first, attempt(number=2, started=OPEN + 10 * MINUTE)], now=OPEN + 11 * MINUTE)
    assert standing.state == AssignmentState.IN_PROGRESS and standing.best is first and standing.counts_in_average


def test_the_best_attempt_is_the_highest_percentage_and_the_earliest_of_equals():
    one = attempt(1, submitted=OPEN + MINUTE, score=2.0)
    two = attempt(2, submitted=OPEN + 2 * MINUTE, score=3.0)
    three = attempt(3, submitted=OPEN + 3 * MINUTE, score=3.0)
    assert best_attempt([one, three, two, attempt(4)]) is two
    assert best_attempt([attempt(1)]) is None
