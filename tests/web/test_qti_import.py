"""QTI packages through the import page and the CLI: the page offers .zip, a package's questions come in with their
images stored and shown, an item that cannot be read is listed by its identifier, a zip bomb imports nothing."""
from __future__ import annotations

import io
import zipfile

import sqlalchemy as sa
from factories import commit, make_teacher
from image_support import pictured_bank, tiny_png

from studyapp.db import db
from studyapp.formats.qti import export_qti
from studyapp.image_types import content_hash
from studyapp.models import QuestionBank

HOTSPOT = (b'<?xml version="1.0"?><assessmentItem xmlns="http://www.imsglobal.org/xsd/imsqti_v2p1" identifier="hot-1" '
           b'title="hot" adaptive="false" timeDependent="false"><responseDeclaration identifier="RESPONSE" '
           b'cardinality="single" baseType="point"/><itemBody><p>Click the lake.</p><hotspotInteraction '
           b'responseIdentifier="RESPONSE"/></itemBody></assessmentItem>')


def _package(extra_item: bool = True) -> bytes:
    """The pictured bank as a QTI package, with a hotspot item (which StudyApp cannot read) added."""
    data, _ = export_qti(pictured_bank())
    source = zipfile.ZipFile(io.BytesIO(data))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as package:
        for name in source.namelist():
            content = source.read(name)
            if name == "imsmanifest.xml" and extra_item:
                content = content.replace(b"</resources>", b'<resource identifier="RES-hot" type="imsqti_item_xmlv2p1" '
                                          b'href="items/hot.xml"><file href="items/hot.xml"/></resource></resources>')
            package.writestr(name, content)
        if extra_item:
            package.writestr("items/hot.xml", HOTSPOT)
    source.close()
    return buffer.getvalue()


def _post(client, data: bytes, name: str):
    """Upload a file to the import page."""
    return client.post("/teacher/banks/import", data={"bank_file": (io.BytesIO(data), name)},
                       content_type="multipart/form-data")


def _imported(old_bank_id: int) -> QuestionBank:
    """The bank the import made."""
    return db.session.scalars(sa.select(QuestionBank).where(QuestionBank.id != old_bank_id)).one()


def test_the_page_offers_qti_packages(client, bank):
    page = client.get("/teacher/banks/import").data.decode()
    assert "Bank file (.json, .gift/.txt, Moodle .xml, QTI .zip, .csv, Anki .apkg)" in page
    assert 'accept=".json,.gift,.txt,.xml,.zip,.csv,.apkg"' in page and "a QTI 2.1 package (.zip)" in page


def test_a_qti_package_imports_with_its_image_and_lists_the_item_left_out(client, bank):
    response = _post(client, _package(), "from-canvas.zip")
    page = response.data.decode()
    assert response.status_code == 200 and "Imported 2 questions from from-canvas.zip" in page
    assert "<td>hot-1</td><td>hotspotInteraction</td>" in page and "a hotspotInteraction item is not read" in page
    sky = {q.key: q for q in _imported(bank.id).questions}["q-sky"]
    image = sky.image_at()
    assert image.alt == 'A "clear" sky & a field' and image.name == "my sky photo.png"
    assert image.media.hash == content_hash(tiny_png()) and bytes(image.media.data) == tiny_png()


def test_a_zip_bomb_imports_nothing_and_says_why(client, bank):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("imsmanifest.xml", b"<manifest/>")
        package.writestr("items/big.xml", b" " * (30 * 1024 * 1024))
    response = _post(client, buffer.getvalue(), "bomb.zip")
    assert response.status_code == 422 and "items/big.xml inflates beyond the size limit" in response.data.decode()
    assert db.session.scalar(sa.select(sa.func.count(QuestionBank.id))) == 1


def test_the_cli_imports_a_qti_package_and_lists_what_it_left_out(runner, app, tmp_path):
    make_teacher()
    commit()
    path = tmp_path / "bank.qti.zip"
    path.write_bytes(_package())
    result = runner.invoke(args=["bank", "import", str(path), "--owner", "teacher"])
    assert result.exit_code == 1 and "(2 questions)" in result.output
    assert "line hot-1 (hotspotInteraction): a hotspotInteraction item is not read" in result.output
    path.write_bytes(_package(extra_item=False))
    assert runner.invoke(args=["bank", "import", str(path), "--format", "qti"]).exit_code == 0
