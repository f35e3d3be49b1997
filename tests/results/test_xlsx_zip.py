"""The XLSX workbook is packed at zlib's quickest level, and XlsxWriter is left as it was found."""

from __future__ import annotations

import zipfile
import zlib

import pytest
import xlsxwriter.workbook

from play_for_integrity.results.export_xlsx import write_xlsx
from play_for_integrity.results.xlsx_zip import ZIP_LEVEL, QuickZip, quick_zip
from tests.results.conftest import russian


def _deflated_size(data: bytes, level: int) -> int:
    packer = zlib.compressobj(level, zlib.DEFLATED, -15)  # raw deflate, as zip members hold it
    return len(packer.compress(data) + packer.flush())


def test_the_workbook_sheets_are_deflated_at_the_quick_level(store, class_session, tmp_path):
    out = write_xlsx([store.session(class_session)] * 40, tmp_path / "class.xlsx", russian)
    with zipfile.ZipFile(out) as book:
        sheet = max(book.infolist(), key=lambda info: info.file_size)
        data = book.read(sheet)
    assert sheet.compress_type == zipfile.ZIP_DEFLATED
    assert _deflated_size(data, ZIP_LEVEL) != _deflated_size(data, zlib.Z_DEFAULT_COMPRESSION)  # the test can tell
    assert sheet.compress_size == _deflated_size(data, ZIP_LEVEL)


def test_xlsxwriter_gets_its_own_zip_file_back_even_after_a_failure():
    with pytest.raises(RuntimeError), quick_zip() as swapped:
        assert swapped and xlsxwriter.workbook.ZipFile is QuickZip
        raise RuntimeError("the workbook could not be written")
    assert xlsxwriter.workbook.ZipFile is zipfile.ZipFile


def test_an_xlsxwriter_that_names_another_zip_file_is_left_alone(monkeypatch):
    class Other(zipfile.ZipFile):
        pass

    monkeypatch.setattr(xlsxwriter.workbook, "ZipFile", Other)
    with quick_zip() as swapped:
        assert not swapped and xlsxwriter.workbook.ZipFile is Other
    assert xlsxwriter.workbook.ZipFile is Other
