"""Fixtures shared by the web tests."""
from __future__ import annotations

import pytest
from factories import commit, login, make_bank, make_teacher


@pytest.fixture
def bank(client):
    """The mini bank and a signed-in teacher."""
    make_teacher()
    bank = make_bank()
    commit()
    login(client, "teacher")
    return bank


@pytest.fixture
def teacher(app, client):
    """A signed-in teacher; jobs run inline so tests see their end state."""
    app.config["JOBS_INLINE"] = True
    user = make_teacher()
    commit()
    login(client, "teacher")
    return user
