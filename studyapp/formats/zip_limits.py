"""Reading an uploaded zip package (QTI, .apkg) without trusting it: bounded members, sizes and compression.

One home for every importer that reads a zip. Nothing is ever extracted to disk: members are read into memory by
the names an importer asks for, each read stops at its size limit even when the central directory lies about the
size, and the whole package may not inflate past a total. Refusals are translatable ValidationErrors.
"""
from __future__ import annotations

import io
import zipfile

from studyapp.errors import ValidationError
from studyapp.translatable import N_, at

MAX_MEMBERS = 2000
MAX_MEMBER_BYTES = 20 * 1024 * 1024
MAX_TOTAL_BYTES = 60 * 1024 * 1024
MAX_RATIO = 200  # uncompressed / compressed, for members over 1 MB


class LimitedZip:
    """An opened package whose members are read under the limits above."""

    def __init__(self, data: bytes, label: str) -> None:
        """Open the archive and check its directory: member count, declared sizes and ratios."""
        self.label = label
        self.read_total = 0
        try:
            self._zip = zipfile.ZipFile(io.BytesIO(bytes(data)))
            infos = self._zip.infolist()
        except (zipfile.BadZipFile, ValueError, OSError):
            raise ValidationError(at(label, N_("the file is not a readable zip package."))) from None
        if len(infos) > MAX_MEMBERS:
            self.close()
            raise ValidationError(at(label, N_("the package holds more than %(count)s files.", count=MAX_MEMBERS)))
        self._infos = {}
        for info in infos:
            if info.file_size > MAX_MEMBER_BYTES or (
                    info.file_size > 1024 * 1024 and info.file_size > MAX_RATIO * max(info.compress_size, 1)):
                self.close()
                raise ValidationError(at(label, N_("%(name)s inflates beyond the size limit.", name=info.filename[:80])))
            self._infos.setdefault(info.filename, info)

    def names(self) -> list[str]:
        """Member names as the archive lists them (only ever used to look members up, never as paths)."""
        return list(self._infos)

    def has(self, name: str) -> bool:
        """Whether the package holds a member of that exact name."""
        return name in self._infos

    def read(self, name: str, limit: int = MAX_MEMBER_BYTES) -> bytes:
        """One member's bytes, stopping at `limit` and at the package's total, whatever its header claims."""
        info = self._infos.get(name)
        if info is None:
            raise ValidationError(at(self.label, N_("the package has no file %(name)s.", name=name[:80])))
        cap = min(limit, MAX_MEMBER_BYTES)
        try:
            with self._zip.open(info) as member:
                data = member.read(cap + 1)
        except (zipfile.BadZipFile, NotImplementedError, OSError, EOFError, RuntimeError):
            raise ValidationError(at(self.label, N_("%(name)s in the package is damaged.", name=name[:80]))) from None
        self.read_total += len(data)
        if len(data) > cap or self.read_total > MAX_TOTAL_BYTES:
            raise ValidationError(at(self.label, N_("%(name)s inflates beyond the size limit.", name=name[:80])))
        return data

    def close(self) -> None:
        """Release the archive."""
        zip_file = getattr(self, "_zip", None)
        if zip_file is not None:
            zip_file.close()

    def __enter__(self) -> LimitedZip:
        """Use as a context manager."""
        return self

    def __exit__(self, *exc: object) -> None:
        """Close on leaving the block."""
        self.close()


def open_limited(data: bytes, label: str) -> LimitedZip:
    """Open an uploaded zip package for bounded reading; `label` names the file in error messages."""
    return LimitedZip(data, label)
