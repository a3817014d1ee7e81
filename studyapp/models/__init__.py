"""Every model of StudyApp, one aggregate per module, importable from here."""
from studyapp.models.user import Role, TeacherInvite, User, parse_session_id
from studyapp.models.course import ClassInvitation, Classroom, Enrolment
from studyapp.models.bank import (
    Flashcard, Question, QuestionBank, QuestionEvent, QuestionKind, QuestionStatus, QuestionType, SourceDocument,
)
from studyapp.models.quiz import Accommodation, Assignment, FeedbackMode, Quiz, QuizSlot
from studyapp.models.job import GenerationJob, JobStatus
from studyapp.models.attempt import Answer, Attempt, ManualGrade
from studyapp.models.study import Review, StudyCard
from studyapp.models.form_token import FormToken
from studyapp.models.media import MediaFile, QuestionImage

__all__ = [
    "Review", "StudyCard", "FormToken", "MediaFile", "QuestionImage",
    "Accommodation", "GenerationJob", "JobStatus", "QuestionEvent", "Answer", "Assignment", "ManualGrade", "Attempt", "Classroom", "Enrolment", "FeedbackMode", "Flashcard",
    "Question", "QuestionBank", "QuestionKind", "QuestionStatus", "QuestionType", "Quiz", "QuizSlot",
    "Role", "SourceDocument", "User", "ClassInvitation", "TeacherInvite", "parse_session_id",
]
