"""The scores table of a class: one row per student; per assignment its points, percentage, status and submission time."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, tzinfo

from studyapp.models import Assignment, Classroom
from studyapp.services.assignment_state import AssignmentState, Standing, list_standings
from studyapp.translatable import N_, Message

# The word a score sheet writes for each state: the four a teacher asked for, and two for not yet started. Words and
# column titles are `Message`s: English in the CLI's sheet, the teacher's language in a download (teacher/gradebook.py).
STATUS_WORDS = {AssignmentState.DONE: Message(N_("done")), AssignmentState.LATE: Message(N_("late")),
                AssignmentState.MISSED: Message(N_("missing")), AssignmentState.IN_PROGRESS: Message(N_("in progress")),
                AssignmentState.OPEN: Message(N_("not started")), AssignmentState.UPCOMING: Message(N_("not open yet"))}
NEEDS_GRADING = Message(N_("needs grading"))  # an attempt whose essays the teacher has not marked yet
COLUMNS = (N_("points"), "%", N_("status"), N_("submitted"))  # per assignment, in this order


@dataclass
class ScoreTable:
    """Students by assignments; a cell is the student's standing (state and the attempt that counts)."""

    assignments: list[Assignment]
    zone: tzinfo
    rows: list[tuple] = field(default_factory=list)  # (student, [Standing, ...])

    def header(self) -> list[str]:
        """Column titles for a spreadsheet: four per assignment, each naming the assignment and its id."""
        titles = []
        for a in self.assignments:
            for column in COLUMNS:
                if a.due_at:
                    titles.append(N_("%(quiz)s (due %(date)s) [#%(id)s] %(column)s", quiz=a.quiz.title,
                                     date=f"{a.due_at.astimezone(self.zone):%Y-%m-%d}", id=str(a.id),
                                     column=Message(column)))
                else:
                    titles.append(N_("%(quiz)s [#%(id)s] %(column)s", quiz=a.quiz.title, id=str(a.id),
                                     column=Message(column)))
        return [Message(N_("username")), Message(N_("full_name")), *titles]

    def records(self) -> list[list]:
        """Rows as plain values: username, full name, then per assignment points, percentage, status and
        submission time ('' where there is none)."""
        return [[s.username, s.full_name, *(v for cell in cells for v in self._cell(cell))] for s, cells in self.rows]

    def _cell(self, standing: Standing) -> list:
        """Points, percentage, status word and submission time of one standing."""
        best = standing.best
        if best is None:
            return ["", "", STATUS_WORDS[standing.state], ""]
        submitted = best.submitted_at.astimezone(self.zone).strftime("%Y-%m-%d %H:%M")
        if best.needs_grading:  # essays not marked yet: no points or percentage until they are
            return ["", "", NEEDS_GRADING, submitted]
        return [round(best.score or 0.0, 2), best.percent or 0.0, STATUS_WORDS[standing.state], submitted]


def build_score_table(classroom: Classroom, *, now: datetime, zone: tzinfo) -> ScoreTable:
    """Every student's standing on every assignment at `now` (the gradebook's cells), times shown in `zone`."""
    assignments = sorted(classroom.assignments, key=lambda a: (a.open_at, a.id))
    students = classroom.students
    standings = list_standings(assignments, [s.id for s in students], now=now)
    table = ScoreTable(assignments=assignments, zone=zone)
    for student in students:
        table.rows.append((student, [standings[(student.id, a.id)] for a in assignments]))
    return table
