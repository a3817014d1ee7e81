"""StudyApp: documents in, cited question banks, quizzes and flashcards out. `create_app()` wires it."""
from __future__ import annotations

import os
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from flask import Flask


def create_app(config: dict | None = None) -> Flask:
    """Build the app: config, extensions, blueprints, CLI, error pages. Nothing else.

    Flask is imported here, not at the top, so that `studyapp.generator` and `studyapp.formats` (which import this
    package first) work in a process without Flask: a worker, a notebook, a command-line tool.
    """
    from flask import Flask

    from studyapp.config import PROJECT_ROOT, load_config

    app = Flask(
        __name__,
        instance_path=os.environ.get("STUDYAPP_INSTANCE_PATH", str(PROJECT_ROOT / "instance")),
        template_folder=str(PROJECT_ROOT / "templates"),
        static_folder=str(PROJECT_ROOT / "static"),
    )
    app.config.from_mapping(load_config(app.instance_path, config))
    os.makedirs(app.instance_path, exist_ok=True)

    from studyapp import admin, db, extensions, i18n, web
    from studyapp.auth import views as auth
    from studyapp.cli import commands
    from studyapp import student
    from studyapp import teacher

    db.init_app(app)
    extensions.init_app(app)
    i18n.init_app(app)
    web.init_app(app)
    auth.init_app(app)
    teacher.init_app(app)
    student.init_app(app)
    admin.init_app(app)
    commands.init_app(app)
    return app
