"""Domain errors: each names a condition and carries a message a teacher or student can read."""


class StudyAppError(Exception):
    """Base of every error a service raises for bad input or a forbidden state."""


class NotFoundError(StudyAppError):
    """The thing asked for does not exist (or is not the actor's to see)."""


class ValidationError(StudyAppError):
    """Input is malformed; the message says what and where (`field` names the form field, if one)."""

    def __init__(self, message: str, field: str | None = None):
        super().__init__(message)
        self.field = field


class NotAllowedError(StudyAppError):
    """The actor may not change this (someone else's bank, or a read-only course pack)."""


class InUseError(ValidationError):
    """Another teacher's quiz uses the question: changing it would change their students' grades."""


class DuplicateError(StudyAppError):
    """Something with that name already exists."""


class AlreadySentError(StudyAppError):
    """A creating form was sent a second time (Back and resubmit): `result_url` is what the first send made."""

    def __init__(self, message: str, result_url: str = ""):
        super().__init__(message)
        self.result_url = result_url


class AlreadyAssignedError(DuplicateError):
    """The quiz is assigned to that class already (and not unassigned): `assignment` is the one there is."""

    def __init__(self, message: str, assignment=None):
        super().__init__(message)
        self.assignment = assignment


class AttemptClosedError(StudyAppError):
    """The attempt is submitted or the assignment is closed."""

