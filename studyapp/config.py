"""Settings: read once from the environment into a Config object, one class per mode."""
from __future__ import annotations

import os
from pathlib import Path

DEFAULT_SECRET_KEY = "dev-only-insecure-key"
PROJECT_ROOT = Path(__file__).resolve().parent.parent


class ConfigError(RuntimeError):
    """The environment asks for something the app must refuse to run with."""


def _database_url(instance_path: str) -> str:
    """`DATABASE_URL` if set (postgres:// normalised for psycopg 3), else a SQLite file in instance/."""
    url = os.environ.get("DATABASE_URL", "").strip()
    if not url:
        return "sqlite:///" + str(Path(instance_path) / "studyapp.sqlite3")
    if url.startswith("postgres://"):
        url = "postgresql://" + url[len("postgres://"):]
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url[len("postgresql://"):]
    return url


def _choice(name: str, allowed: tuple[str, ...], default: str) -> str:
    """An environment setting that must be one of `allowed` (case-insensitive)."""
    value = os.environ.get(name, default).strip().upper()
    if value not in allowed:
        raise ConfigError(f"{name} must be one of {', '.join(allowed)}, not {value!r}.")
    return value


def _teacher_signup(env: str) -> str:
    """STUDYAPP_TEACHER_SIGNUP: `open` (anyone may make a teacher account; the development default) or
    `closed` (only by an administrator's invitation link; the production default)."""
    value = os.environ.get("STUDYAPP_TEACHER_SIGNUP", "closed" if env == "production" else "open").strip().lower()
    if value not in ("open", "closed"):
        raise ConfigError(f"STUDYAPP_TEACHER_SIGNUP must be open or closed, not {value!r}.")
    return value


def load_config(instance_path: str, overrides: dict | None = None) -> dict:
    """Build the Flask config mapping from the environment, then apply `overrides` (tests)."""
    overrides = dict(overrides or {})
    env = overrides.get("STUDYAPP_ENV") or os.environ.get("STUDYAPP_ENV", "development")
    config = {
        "STUDYAPP_ENV": env,
        "SECRET_KEY": os.environ.get("SECRET_KEY", DEFAULT_SECRET_KEY),
        "SQLALCHEMY_DATABASE_URI": _database_url(instance_path),
        # SQLite in WAL mode: FULL syncs every commit, so a power cut loses no saved answer; NORMAL syncs at
        # checkpoints only (faster under a classroom burst; an app crash still loses nothing, a power cut may).
        "SQLITE_SYNCHRONOUS": _choice("STUDYAPP_SQLITE_SYNCHRONOUS", ("FULL", "NORMAL"), "FULL"),
        "CONTENT_DIR": os.environ.get("STUDYAPP_CONTENT_DIR", str(PROJECT_ROOT / "content")),
        "DEMO_PASSWORD": os.environ.get("STUDYAPP_DEMO_PASSWORD", "demo-pass"),
        "TEACHER_SIGNUP": _teacher_signup(env),
        "MAX_CONTENT_LENGTH": int(os.environ.get("STUDYAPP_MAX_UPLOAD_BYTES", 10 * 1024 * 1024)),
        # Text fields of a form (Werkzeug's default is 500 kB): a pasted document of up to MAX_DOCUMENT_CHARS
        # characters of Cyrillic text must reach the form, which then says if it is too long, text kept.
        "MAX_FORM_MEMORY_SIZE": int(os.environ.get("STUDYAPP_MAX_FORM_BYTES", 4 * 1024 * 1024)),
        # Generation jobs: run by `flask --app studyapp worker` (production) or in a thread of the web process.
        "JOBS": _choice("STUDYAPP_JOBS", ("THREAD", "WORKER"), "WORKER" if env == "production" else "THREAD").lower(),
        "MAX_DOCUMENT_CHARS": int(os.environ.get("STUDYAPP_MAX_DOCUMENT_CHARS", 500_000)),
        "JOBS_PER_TEACHER": int(os.environ.get("STUDYAPP_JOBS_PER_TEACHER", 3)),
        "SESSION_COOKIE_HTTPONLY": True,
        "SESSION_COOKIE_SAMESITE": "Lax",
        "WTF_CSRF_TIME_LIMIT": None,
        "TIMEZONE": os.environ.get("STUDYAPP_TIMEZONE", "UTC"),
        # Rate limits: in memory for one process; point it at Redis when several app processes run.
        "RATELIMIT_STORAGE_URI": os.environ.get("STUDYAPP_RATELIMIT_STORAGE_URI", "memory://"),
        "RATELIMIT_HEADERS_ENABLED": True,
        # Logins on one account from one address (or from a browser it signed in from before, which has its
        # own count and skips the next two limits, so guesses from elsewhere never lock the owner out of it).
        "LOGIN_LIMIT_PER_ACCOUNT": os.environ.get("STUDYAPP_LOGIN_LIMIT_PER_ACCOUNT", "10 per 5 minutes"),
        "LOGIN_LIMIT_PER_ACCOUNT_ALL_ADDRESSES": os.environ.get("STUDYAPP_LOGIN_LIMIT_PER_ACCOUNT_ALL_ADDRESSES",
                                                                "100 per hour"),
        # A classroom shares one address behind the school's NAT: the per-address limit stays generous.
        "LOGIN_LIMIT_PER_ADDRESS": os.environ.get("STUDYAPP_LOGIN_LIMIT_PER_ADDRESS", "300 per 5 minutes"),
        "PASSWORD_LIMIT_PER_ACCOUNT": os.environ.get("STUDYAPP_PASSWORD_LIMIT_PER_ACCOUNT", "10 per 5 minutes"),
        "SIGNUP_LIMIT_PER_ADDRESS": os.environ.get("STUDYAPP_SIGNUP_LIMIT_PER_ADDRESS", "20 per hour"),
        # Only wrong codes count, so a whole class can join at once from the school's one address.
        "JOIN_LIMIT_PER_ADDRESS": os.environ.get("STUDYAPP_JOIN_LIMIT_PER_ADDRESS", "30 per 10 minutes"),
        # Behind nginx (or another proxy), how many proxies set X-Forwarded-For/-Proto/-Host: 0 = none.
        "PROXY_COUNT": int(os.environ.get("STUDYAPP_PROXY_COUNT", "0")),
        # FSRS fuzzing spreads reviews over nearby days; tests turn it off to get exact intervals.
        "FSRS_FUZZ": True,
    }
    if env == "production":
        config["SESSION_COOKIE_SECURE"] = True
        config["REMEMBER_COOKIE_SECURE"] = True
    config.update(overrides)
    # A database server may drop pooled connections (restart, failover): test each one as it leaves the pool.
    # A SQLite file cannot drop them, so it skips that extra statement on every request.
    config.setdefault("SQLALCHEMY_ENGINE_OPTIONS",
                      {"pool_pre_ping": not config["SQLALCHEMY_DATABASE_URI"].startswith("sqlite")})
    if config["STUDYAPP_ENV"] == "production" and config["SECRET_KEY"] in ("", DEFAULT_SECRET_KEY):
        raise ConfigError("SECRET_KEY must be set to a long random value in production mode.")
    return config
