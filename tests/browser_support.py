"""Helpers for browser tests: log in through the form, and check a page with axe-core."""
from __future__ import annotations

import os
from pathlib import Path

from factories import PASSWORD

SCREENSHOTS = os.environ.get("STUDYAPP_SCREENSHOTS")


def log_in(page, base, username, password=PASSWORD):
    """Fill and send the login form."""
    page.goto(f"{base}/login")
    check_accessible(page, "login")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Log in").click()


def check_accessible(page, name: str) -> None:
    """Run axe-core on the page: zero violations, listed by rule when there are some; screenshot if asked."""
    from axe_playwright_python.sync_playwright import Axe

    if SCREENSHOTS:
        Path(SCREENSHOTS).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(Path(SCREENSHOTS) / f"{name}.png"), full_page=True)
    results = Axe().run(page)
    violations = results.response["violations"]
    summary = [(v["id"], v["help"], [n["target"] for n in v["nodes"]][:3]) for v in violations]
    assert not violations, f"axe-core violations on {name}: {summary}"
