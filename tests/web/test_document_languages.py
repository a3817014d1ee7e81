"""Russian and Kazakh uploads: the language detected, shown, stored, correctable, filterable and exported;
a garbled file refused before any work; typed answers graded with the language's rules."""
from __future__ import annotations

import io
from pathlib import Path

from factories import commit, make_bank, make_teacher

from studyapp.db import db
from studyapp.models import GenerationJob, Question
from studyapp.services.bank_export import bank_to_dict

FIXTURES = Path(__file__).parents[1] / "generator" / "fixtures" / "languages"


def upload(client, name, payload, **fields):
    """Post the upload form as a browser would."""
    data = {"document": (io.BytesIO(payload), name), "text": "", "title": "", "author": "", "kind": "",
            "published": "", "bank_id": "0", "language": "", **fields}
    return client.post("/teacher/documents/new", data=data, content_type="multipart/form-data")


def test_a_windows_1251_russian_upload_is_detected_and_asked_in_russian(client, teacher):
    payload = (FIXTURES / "ru-news-shkola.txt").read_text(encoding="utf-8").encode("cp1251")
    upload(client, "shkola.txt", payload)
    job = db.session.scalar(db.select(GenerationJob))
    assert job.status == "done", job.error
    source = job.bank.sources[0]
    assert source.language == "ru" and "Астане" in source.text
    assert job.bank.questions and {q.language for q in job.bank.questions} == {"ru"}
    page = client.get(f"/teacher/jobs/{job.id}").data.decode()
    assert 'data-document-language="ru">Russian</strong> (detected)' in page


def test_a_garbled_upload_is_refused_with_a_message_a_teacher_understands(client, teacher):
    garbled = (FIXTURES / "ru-news-shkola.txt").read_text(encoding="utf-8").encode("cp1251").decode("cp1252", "replace")
    response = upload(client, "garbled.txt", garbled.encode("utf-8"))
    assert response.status_code == 422
    assert "letters are garbled" in response.data.decode() and "UTF-8" in response.data.decode()
    assert db.session.scalar(db.select(db.func.count(GenerationJob.id))) == 0


def test_the_teacher_corrects_the_language_and_filters_the_bank_by_it(client, teacher):
    upload(client, "mektep.txt", (FIXTURES / "kk-news-mektep.txt").read_bytes())
    upload(client, "abai.txt", (FIXTURES / "ru-history-abai.txt").read_bytes(),
           bank_id=str(db.session.scalar(db.select(GenerationJob)).bank_id))
    bank = db.session.scalar(db.select(GenerationJob)).bank
    kazakh, russian = bank.sources
    assert (kazakh.language, russian.language) == ("kk", "ru")
    page = client.get(f"/teacher/banks/{bank.id}?language=kk").data.decode()
    kk_count = sum(1 for q in bank.questions if q.language == "kk")
    assert f"{kk_count} questions match" in page and "Бос орынды толтырыңыз" in page and "Вставьте" not in page
    assert f'action="/teacher/documents/{russian.id}/language"' in page
    response = client.post(f"/teacher/documents/{russian.id}/language", data={"language": "kk"})
    assert response.status_code == 302
    db.session.expire_all()
    assert russian.language == "kk"
    assert {q.language for q in db.session.scalars(db.select(Question).where(Question.source_id == russian.id))} == {"kk"}
    exported = bank_to_dict(bank)
    assert {s.get("language") for s in exported["sources"]} == {"kk"}


def test_someone_elses_document_language_is_a_404(client, teacher):
    other = make_teacher("other.teacher", "Otto Other")
    bank = make_bank(key="test:other", owner=other)
    commit()
    response = client.post(f"/teacher/documents/{bank.sources[0].id}/language", data={"language": "ru"})
    assert response.status_code == 404


def test_moodle_xml_and_qti_carry_the_language_and_moodle_brings_it_back(tmp_path):
    import zipfile

    from studyapp.formats.moodle_xml import export_moodle_xml, import_moodle_xml
    from studyapp.formats.qti import export_qti
    from studyapp.generator import generate_bank

    bank = generate_bank([FIXTURES / "kk-history-abai.txt"])
    xml, _ = export_moodle_xml(bank)
    assert b'<questiontext format="plain_text" lang="kk">' in xml
    assert {q.get("language") for q in import_moodle_xml(xml)["questions"]} == {"kk"}
    package, _ = export_qti(bank)
    items = [n for n in zipfile.ZipFile(io.BytesIO(package)).namelist() if n != "imsmanifest.xml"]
    assert items and all(b'xml:lang="kk"' in zipfile.ZipFile(io.BytesIO(package)).read(n) for n in items)
