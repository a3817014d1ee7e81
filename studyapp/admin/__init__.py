"""What administrators do: make teacher accounts and invitation links, reset passwords, see classes."""
from __future__ import annotations

from flask import Blueprint

from studyapp.admin.access import require_admin

bp = Blueprint("admin", __name__, url_prefix="/admin")
bp.before_request(require_admin)


def init_app(app) -> None:
    """Import the views (they add routes to `bp`) and register the blueprint."""
    from studyapp.admin import views  # noqa: F401

    app.register_blueprint(bp)
