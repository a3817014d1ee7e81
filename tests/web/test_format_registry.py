"""One format registry: the CLI choices, the download's MIME type and file name, and the bank page all read it."""
from __future__ import annotations

import re

import pytest

from studyapp.cli.commands import export_bank as export_command
from studyapp.cli.commands import import_bank_file as import_command
from studyapp.formats.registry import EXPORTERS, FORMATS, IMPORTERS, BankFormat


def _choices(command, name: str) -> set[str]:
    """The values a click command's option accepts."""
    option = next(p for p in command.params if p.name == name)
    return set(option.type.choices)


def test_the_cli_offers_exactly_the_registry_formats():
    assert _choices(export_command, "fmt") == set(FORMATS)
    assert _choices(import_command, "fmt") == {key for key, f in FORMATS.items() if f.importer is not None}


def test_the_importer_and_exporter_tables_are_views_of_the_registry():
    assert set(EXPORTERS) == set(FORMATS)
    assert set(IMPORTERS) == {key for key, f in FORMATS.items() if f.importer is not None}
    for key, bank_format in FORMATS.items():
        assert bank_format.key == key and bank_format.label and bank_format.suffix.startswith(".")
        assert re.fullmatch(r"[a-z]+/[a-z0-9.+-]+", bank_format.mime_type)


@pytest.mark.parametrize("key", sorted(FORMATS))
def test_a_download_has_the_registry_mime_type_and_file_suffix(client, bank, key):
    response = client.get(f"/teacher/banks/{bank.id}/export/{key}")
    assert response.status_code == 200
    assert response.mimetype == FORMATS[key].mime_type
    assert re.search(rf'filename="[^"]+{re.escape(FORMATS[key].suffix)}"', response.headers["Content-Disposition"])


def test_the_bank_page_lists_every_registry_format_and_a_new_one_appears_without_template_edits(
        client, bank, monkeypatch):
    page = client.get(f"/teacher/banks/{bank.id}").get_data(as_text=True)
    for key, bank_format in FORMATS.items():
        assert f"/teacher/banks/{bank.id}/export/{key}" in page and bank_format.label in page
    extra = BankFormat(key="json-copy", label="A second JSON for the test", suffix=".copy.json",
                       mime_type="application/json", exporter=FORMATS["json"].exporter, importer=None,
                       carries_flashcards=True)
    monkeypatch.setitem(FORMATS, extra.key, extra)
    page = client.get(f"/teacher/banks/{bank.id}").get_data(as_text=True)
    assert "A second JSON for the test" in page
    download = client.get(f"/teacher/banks/{bank.id}/export/json-copy")
    assert download.status_code == 200 and download.headers["Content-Disposition"].endswith('.copy.json"')


def test_an_unknown_format_goes_back_to_the_bank(client, bank):
    response = client.get(f"/teacher/banks/{bank.id}/export/pdf")
    assert response.status_code == 302 and response.headers["Location"].endswith(f"/teacher/banks/{bank.id}")
