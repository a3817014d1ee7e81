"""The bounded zip reader every package importer uses: bombs, lying headers, too many members, damage."""
import io
import zipfile

import pytest

from studyapp.errors import ValidationError
from studyapp.formats import zip_limits
from studyapp.formats.zip_limits import open_limited


def _zip(members: dict[str, bytes], method=zipfile.ZIP_DEFLATED) -> bytes:
    """A zip of the given members."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", method) as z:
        for name, data in members.items():
            z.writestr(name, data)
    return buf.getvalue()


def test_members_are_read_by_name():
    with open_limited(_zip({"a.xml": b"<a/>", "img/b.png": b"x"}), "p.zip") as package:
        assert package.names() == ["a.xml", "img/b.png"]
        assert package.read("a.xml") == b"<a/>"
        assert package.has("img/b.png") and not package.has("../etc/passwd")
        with pytest.raises(ValidationError, match="no file"):
            package.read("../etc/passwd")


def test_a_zip_bomb_is_refused_from_its_directory():
    bomb = _zip({"big.xml": b"\0" * (zip_limits.MAX_MEMBER_BYTES + 1)})
    with pytest.raises(ValidationError, match="inflates beyond"):
        open_limited(bomb, "p.zip")


def test_a_highly_compressible_member_is_refused_by_ratio():
    with pytest.raises(ValidationError, match="inflates beyond"):
        open_limited(_zip({"a.xml": b"a" * (3 * 1024 * 1024)}), "p.zip")


def test_a_header_that_lies_about_the_size_is_caught_while_reading(monkeypatch):
    data = _zip({"a.xml": b"b" * 5000})
    monkeypatch.setattr(zip_limits, "MAX_MEMBER_BYTES", 1000)
    # the directory's declared size is honest here, so lower it after opening: the read itself must stop
    with open_limited(_zip({"a.xml": b"b" * 500}), "p.zip") as ok:
        assert len(ok.read("a.xml")) == 500
    package = zip_limits.LimitedZip.__new__(zip_limits.LimitedZip)
    package.label, package.read_total = "p.zip", 0
    package._zip = zipfile.ZipFile(io.BytesIO(data))
    package._infos = {i.filename: i for i in package._zip.infolist()}
    with package, pytest.raises(ValidationError, match="inflates beyond"):
        package.read("a.xml")


def test_too_many_members_and_not_a_zip_are_refused(monkeypatch):
    monkeypatch.setattr(zip_limits, "MAX_MEMBERS", 3)
    with pytest.raises(ValidationError, match="more than 3 files"):
        open_limited(_zip({f"{i}.txt": b"x" for i in range(4)}), "p.zip")
    with pytest.raises(ValidationError, match="not a readable zip"):
        open_limited(b"PK\x03\x04 not really", "p.zip")
