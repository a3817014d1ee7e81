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
