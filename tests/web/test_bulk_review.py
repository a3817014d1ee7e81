"""Bulk review on the bank page: per-row approve and reject, all matching the filter, and "approve all N" only
after a confirmation page that says how many (a server step, so it holds without JavaScript)."""
from __future__ import annotations

import copy

from factories import MINI_BANK, commit, login, make_bank, make_teacher

from studyapp.db import db
from studyapp.models import Question


def _bank_with_drafts(n: int):
    """The mini bank plus `n` more draft questions (true/false)."""
    data = copy.deepcopy(MINI_BANK)
    extra = next(q for q in data["questions"] if q["id"] == "q-draft")
    for i in range(n):
        data["questions"].append({**copy.deepcopy(extra), "id": f"q-more-{i}", "prompt": f"Extra statement {i}."})
    return make_bank(data)


def statuses(bank) -> dict[str, str]:
    """Each question's status by key, fresh from the database."""
    db.session.expire_all()
    return dict(db.session.execute(db.select(Question.key, Question.status).where(Question.bank_id == bank.id)).all())


def test_approve_all_drafts_asks_first_with_the_count(client):
    make_teacher()
    bank = _bank_with_drafts(60)
    commit()
    login(client, "teacher")
    assert "Approve all 61 drafts" in client.get(f"/teacher/banks/{bank.id}").data.decode()
    asked = client.post(f"/teacher/banks/{bank.id}/approve")
    page = asked.data.decode()
    assert asked.status_code == 200 and "Approve all 61 draft questions?" in page and "Approve 61 questions" in page
    assert list(statuses(bank).values()).count("draft") == 61  # nothing changed by one tap
    client.post(f"/teacher/banks/{bank.id}/approve", data={"confirm": "1", "expected": "61"})
    assert set(statuses(bank).values()) == {"approved"}


def test_a_confirmation_for_a_stale_count_asks_again(client):
    make_teacher()
    bank = _bank_with_drafts(2)
    commit()
    login(client, "teacher")
    again = client.post(f"/teacher/banks/{bank.id}/approve", data={"confirm": "1", "expected": "2"})
    assert "changed since: now 3" in again.data.decode()
    assert list(statuses(bank).values()).count("draft") == 3


def test_each_row_has_its_own_approve_and_reject(client, bank):
    draft = db.session.scalar(db.select(Question).where(Question.key == "q-draft"))
    page = client.get(f"/teacher/banks/{bank.id}").data.decode()
    assert f'value="approve:{draft.id}"' in page and f'value="reject:{draft.id}"' in page
    client.post(f"/teacher/banks/{bank.id}/bulk", data={"one": f"approve:{draft.id}", "action": "approve"})
    assert statuses(bank)["q-draft"] == "approved"
    client.post(f"/teacher/banks/{bank.id}/bulk", data={"one": f"reject:{draft.id}", "action": "approve"})
    assert statuses(bank)["q-draft"] == "rejected"


def test_all_matching_the_filter_reaches_every_page_after_a_confirmation(client):
    make_teacher()
    bank = _bank_with_drafts(70)  # 71 true/false drafts over two pages, beside 4 approved questions
    commit()
    login(client, "teacher")
    page = client.get(f"/teacher/banks/{bank.id}?status=draft").data.decode()
    assert "All 71 matching these filters (every page)" in page
    form = {"scope": "all", "action": "reject", "f_status": "draft", "f_q": "", "f_type": "", "f_source": "",
            "f_topic": "", "f_kind": "", "f_warning": "", "back": f"/teacher/banks/{bank.id}?status=draft"}
    asked = client.post(f"/teacher/banks/{bank.id}/bulk", data=form).data.decode()
    assert "Reject all 71 questions matching these filters?" in asked and 'name="expected" value="71"' in asked
    assert "rejected" not in statuses(bank).values()
    client.post(f"/teacher/banks/{bank.id}/bulk", data={**form, "confirm": "1", "expected": "71"})
    after = statuses(bank)
    assert list(after.values()).count("rejected") == 71 and list(after.values()).count("approved") == 4
