"""Cross-cutting web wiring: error pages, security and cache headers, id bounds, template helpers, the health check."""
from __future__ import annotations

import functools
import hashlib

from flask import jsonify, render_template, request
from flask_babel import gettext as _
from flask_wtf.csrf import CSRFError
from werkzeug.middleware.proxy_fix import ProxyFix
from werkzeug.routing import IntegerConverter

from studyapp.db import db
from studyapp.i18n import tr
from studyapp.limits import MAX_ID
from studyapp.question_types import get_type
from studyapp.services.form_tokens import new_form_token

CACHEABLE_ENDPOINTS = ("static", "healthz")  # the same for everyone and nothing private: browsers may keep them
IMAGE_ENDPOINTS = ("teacher.show_image", "student.show_image")  # a question's image: private, immutable by hash
ONE_YEAR = 365 * 24 * 3600


class IdConverter(IntegerConverter):
    """`<int:...>` in routes: ids only up to MAX_ID, so a 25-digit id is a 404 rather than a database error."""

    def __init__(self, url_map, *args, **kwargs):
        """An IntegerConverter whose maximum is MAX_ID unless a route gives its own."""
        kwargs.setdefault("max", MAX_ID)
        super().__init__(url_map, *args, **kwargs)


def init_app(app) -> None:
    """Register error handlers, headers, the id converter, template globals and /healthz; trust the configured proxies."""
    app.url_map.converters["int"] = IdConverter  # before the blueprints add their routes
    if app.config["PROXY_COUNT"]:
        # Rate limits and secure cookies need the client's address and scheme, not the proxy's.
        count = app.config["PROXY_COUNT"]
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=count, x_proto=count, x_host=count)

    @app.errorhandler(404)
    def not_found(_error):
        """Missing, or someone else's: the same page."""
        return render_template("errors/error.html", code=404, title=_("Page not found"),
                               message=_("That page does not exist, or it is not yours to see.")), 404

    @app.errorhandler(403)
    def forbidden(_error):
        """Signed in, but not allowed."""
        return render_template("errors/error.html", code=403, title=_("Not allowed"),
                               message=_("Your account cannot open that page.")), 403

    @app.errorhandler(CSRFError)
    def csrf_error(_error):
        """A stale tab or expired form: say so and offer a way back."""
        return render_template("errors/error.html", code=400, title=_("This form has expired"),
                               message=_("The page was open too long or in another session. "
                                         "Go back, reload the page and try again; nothing was saved.")), 400

    @app.errorhandler(413)
    def too_large(_error):
        """Upload above MAX_CONTENT_LENGTH."""
        limit = app.config["MAX_CONTENT_LENGTH"] // (1024 * 1024)
        return render_template("errors/error.html", code=413, title=_("File too large"),
                               message=_("Uploads may be at most %(num)s MB.", num=limit)), 413

    @app.errorhandler(429)
    def too_many(error):
        """Rate limit reached: say how to go on (each limit of studyapp/auth/limits.py words its message)."""
        limit = getattr(error, "limit", None)
        message = tr(error.description) if getattr(limit, "error_message", None) else \
            _("Too many tries in a short time. Wait a few minutes and try again.")
        return render_template("errors/error.html", code=429, title=_("Too many attempts"), message=message), 429

    @app.errorhandler(500)
    def server_error(_error):
        """Roll back whatever the failed request half did."""
        db.session.rollback()
        return render_template("errors/error.html", code=500, title=_("Something went wrong"),
                               message=_("The error was logged. Your earlier saved work is safe.")), 500

    @app.after_request
    def security_headers(response):
        """Headers every response carries."""
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("X-Frame-Options", "DENY")
        response.headers.setdefault("Referrer-Policy", "same-origin")
        response.headers.setdefault(
            "Content-Security-Policy",
            "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
            "object-src 'none'; base-uri 'self'; frame-ancestors 'none'; form-action 'self'",
        )
        # A page may hold grades, answers, one-time passwords or a form token: no browser, back button or proxy
        # keeps it (a shared school computer). Static files and the health check stay cacheable.
        if request.endpoint in IMAGE_ENDPOINTS and response.status_code == 200:
            pass  # image_response set it: the address names the bytes, and only this user's browser keeps them
        elif request.endpoint not in CACHEABLE_ENDPOINTS:
            response.headers["Cache-Control"] = "no-store"
        elif request.endpoint == "static" and response.status_code == 200 and request.args.get("v") \
                and request.args["v"] == static_fingerprint(app.static_folder, request.view_args["filename"]):
            # A fingerprinted URL names one content for ever: browsers keep it a year and never revalidate,
            # so a whole school loading the quiz page at once asks for no stylesheet or script again.
            response.headers["Cache-Control"] = f"public, max-age={ONE_YEAR}, immutable"
        return response

    @app.url_defaults
    def fingerprint_static(endpoint, values):
        """Every url_for('static', filename=...) gets ?v=<hash of the file's content>."""
        if endpoint == "static" and "filename" in values and "v" not in values:
            version = static_fingerprint(app.static_folder, values["filename"])
            if version:
                values["v"] = version

    app.add_template_global(get_type, "question_type")  # templates ask a question's type, never branch on its name
    app.add_template_global(new_form_token, "new_form_token")  # creating forms carry one (Back and resubmit)
    app.add_template_global(image_url, "image_url")

    @app.get("/healthz")
    def healthz():
        """Bare endpoint for load balancers and benchmarks: no database."""
        return jsonify(status="ok")


def static_fingerprint(folder: str, filename: str) -> str:
    """The first 12 hex digits of the SHA-256 of a static file ('' when missing), worked out once per file version."""
    import os

    path = os.path.join(folder, filename)
    try:
        stat = os.stat(path)
    except OSError:
        return ""
    return _content_hash(path, stat.st_mtime_ns, stat.st_size)


@functools.lru_cache(maxsize=256)
def _content_hash(path: str, _mtime_ns: int, _size: int) -> str:
    """SHA-256 of the file's bytes; the key holds its modification time and size, so an edited file hashes again."""
    with open(path, "rb") as handle:
        return hashlib.sha256(handle.read()).hexdigest()[:12]


def image_url(image) -> str:
    """The address of a question's image (models.QuestionImage) for the signed-in user: students and teachers each
    have their own route, which checks that they may see a question showing it."""
    from flask import url_for
    from flask_login import current_user

    student = current_user.is_authenticated and current_user.is_student
    return url_for("student.show_image" if student else "teacher.show_image", digest=image.media_hash,
                   suffix=image.suffix)


def image_response(media):
    """A stored image (models.MediaFile) as a response: its sniffed type, never sniffed again by the browser,
    kept a year by this user's browser only (the address holds the content's hash, so it never changes)."""
    from flask import Response

    response = Response(media.data, mimetype=media.mime)
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Cache-Control"] = f"private, max-age={ONE_YEAR}, immutable"
    response.headers["Content-Security-Policy"] = "default-src 'none'; sandbox"
    response.headers["Content-Disposition"] = "inline"
    return response
