"""Flask extensions that are not the database: login sessions, CSRF, rate limits, migrations."""
from __future__ import annotations

from pathlib import Path

from flask_limiter import Limiter
from flask_limiter.util import get_remote_address
from flask_babel import lazy_gettext as _l
from flask_login import LoginManager
from flask_migrate import Migrate
from flask_wtf.csrf import CSRFProtect

from studyapp.config import PROJECT_ROOT
from studyapp.db import db

login_manager = LoginManager()
csrf = CSRFProtect()
limiter = Limiter(key_func=get_remote_address)  # the limits themselves: studyapp/auth/limits.py
migrate = Migrate(directory=str(Path(PROJECT_ROOT) / "migrations"), render_as_batch=True, compare_type=True)


@login_manager.user_loader
def _load_user(session_id: str):
    """Flask-Login's hook: the signed-in user, if the session's version is still the account's (see User.get_id)."""
    from studyapp.models import User, parse_session_id

    parsed = parse_session_id(session_id)
    user = db.session.get(User, parsed[0]) if parsed else None
    return user if user is not None and user.session_version == parsed[1] else None


def init_app(app) -> None:
    """Attach the extensions to `app`."""
    login_manager.init_app(app)
    login_manager.login_view = "auth.login"
    login_manager.login_message = _l("Please log in to see that page.")
    login_manager.login_message_category = "info"
    csrf.init_app(app)
    limiter.init_app(app)
    migrate.init_app(app, db)
