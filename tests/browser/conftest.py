"""Browser fixtures: the real app served on a free port, and Debian's Chromium driven by Playwright."""
from __future__ import annotations

import os
import shutil
import threading
from pathlib import Path

import pytest
from werkzeug.serving import make_server

from studyapp import create_app
from studyapp.db import db

CHROMIUM = os.environ.get("STUDYAPP_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run", "--disable-quic"]


def pytest_collection_modifyitems(items):
    """Everything in this folder is a browser test."""
    for item in items:
        if "/browser/" in str(item.fspath):
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def browser():
    """Headless Debian Chromium; skipped (failed in CI) when it is not installed."""
    if not shutil.which(CHROMIUM) and not Path(CHROMIUM).exists():
        message = f"Chromium not found at {CHROMIUM}: `apt-get install -y chromium` (or run .ci/run)."
        if os.environ.get("STUDYAPP_REQUIRE_ALL_TESTS") == "1":
            pytest.fail(message)
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield browser
        browser.close()


@pytest.fixture
def live_app(tmp_path, monkeypatch):
    """The app with CSRF on, on a fresh SQLite file, in an app context for setting up data."""
    monkeypatch.setenv("STUDYAPP_INSTANCE_PATH", str(tmp_path / "instance"))
    app = create_app({
        "SECRET_KEY": "browser-test-secret",
        "SQLALCHEMY_DATABASE_URI": f"sqlite:///{tmp_path / 'browser.sqlite3'}",
    })
    with app.app_context():
        db.create_all()
        yield app
        db.session.remove()
        db.engine.dispose()


@pytest.fixture
def server(live_app):
    """Serve `live_app` on a free loopback port in a thread; yields the base URL."""
    httpd = make_server("127.0.0.1", 0, live_app, threaded=True)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_port}"
    httpd.shutdown()
    thread.join(timeout=5)


@pytest.fixture
def page(browser):
    """A fresh browser context and page (own cookies)."""
    context = browser.new_context(viewport={"width": 1200, "height": 900}, accept_downloads=True)
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture
def new_page(browser):
    """Factory for more pages with their own sessions (a second user)."""
    contexts = []

    def make(width=1200):
        context = browser.new_context(viewport={"width": width, "height": 900}, accept_downloads=True)
        contexts.append(context)
        return context.new_page()

    yield make
    for context in contexts:
        context.close()
