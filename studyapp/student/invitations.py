"""Student views for class invitations: a teacher's roster invites an existing account, the student decides."""
from __future__ import annotations

from flask import abort, flash, redirect, url_for
from flask_babel import gettext as _
from flask_login import current_user

from studyapp.db import db, utcnow
from studyapp.models import ClassInvitation
from studyapp.services import classes
from studyapp.student import bp
from studyapp.student.forms import EmptyForm


def get_my_invitation(invitation_id: int) -> ClassInvitation:
    """A pending invitation of the signed-in student, else 404."""
    invitation = db.session.get(ClassInvitation, invitation_id)
    if invitation is None or invitation.student_id != current_user.id or invitation.declined_at is not None:
        abort(404)
    return invitation


@bp.post("/invitations/<int:invitation_id>/<any(accept, decline):answer>")
def answer_invitation(invitation_id: int, answer: str):
    """Join the class that invited the student, or decline it."""
    invitation = get_my_invitation(invitation_id)
    if not EmptyForm().validate_on_submit():
        flash(_("The page was stale; try again."), "error")
        return redirect(url_for("student.dashboard"))
    name = invitation.classroom.name
    if answer == "accept":
        classes.accept_invitation(invitation)
        flash(_("You joined %(name)s.", name=name), "success")
    else:
        classes.decline_invitation(invitation, now=utcnow())
        flash(_("You declined the invitation to %(name)s.", name=name), "info")
    db.session.commit()
    return redirect(url_for("student.dashboard"))
