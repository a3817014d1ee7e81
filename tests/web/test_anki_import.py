""".apkg through the import page and the CLI: a package's images stored like every imported image, refusals
shown in the teacher's language."""
from __future__ import annotations

import io
import zipfile

from image_support import pictured_bank, tiny_png

from studyapp.db import db
from studyapp.formats.anki import export_apkg
from studyapp.models import Question, QuestionBank


def test_an_apkg_imported_on_the_page_keeps_its_image_and_alt_text(client, teacher):
    data = export_apkg(pictured_bank())[0]
    response = client.post("/teacher/banks/import", data={"bank_file": (io.BytesIO(data), "pictures.apkg")},
                           content_type="multipart/form-data")
    assert response.status_code == 302, response.data.decode()[-1500:]
    sky = db.session.scalar(db.select(Question).where(Question.key == "q-sky"))
    assert sky.bank.owner == teacher and sky.bank.title == "Pictures"
    assert (sky.image_at().alt, sky.image_at().media.mime, sky.image_at().media.data) == (
        'A "clear" sky & a field', "image/png", tiny_png())


def test_a_newer_only_package_is_refused_in_the_teachers_language(client, teacher):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("collection.anki21b", b"(\xb5/\xfd")
    response = client.post("/teacher/banks/import", data={"bank_file": (io.BytesIO(buffer.getvalue()), "new.apkg")},
                           content_type="multipart/form-data", headers={"Accept-Language": "ru"})
    page = response.data.decode()
    assert response.status_code == 422 and "экспортируйте его из Anki ещё раз" in page, page[-1500:]
    assert db.session.scalar(db.select(db.func.count(QuestionBank.id))) == 0


def test_the_cli_imports_an_apkg(runner, app, tmp_path):
    path = tmp_path / "pictures.apkg"
    path.write_bytes(export_apkg(pictured_bank())[0])
    result = runner.invoke(args=["bank", "import", str(path)])
    assert result.exit_code == 0, result.output
    assert "Pictures (2 questions)" in result.output
