"""Pack an XlsxWriter workbook with zlib's quickest level: deflating a year's sheets at the default level is a
third of the XLSX export, and its quickest level packs the same XML three times as fast for a file about a fifth
larger (measured on a 100k-answer workbook: 0.07 s against 0.21 s per 13.6 MB of sheet XML; 2.36 MB against 1.96).

XlsxWriter names `ZipFile` in its workbook module and takes no compression level, so while the workbook is packed
that name is a ZipFile that deflates at ZIP_LEVEL. Any other XlsxWriter (that name not zipfile's ZipFile) is left
alone and packs at its default.
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import xlsxwriter.workbook

ZIP_LEVEL = 1


class QuickZip(zipfile.ZipFile):
    """A ZipFile whose deflated members are compressed at ZIP_LEVEL unless a level is given."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("compresslevel", ZIP_LEVEL)
        super().__init__(*args, **kwargs)


@contextmanager
def quick_zip() -> Iterator[bool]:
    """While the block runs XlsxWriter packs workbooks with QuickZip; yields whether it could be swapped in."""
    module: Any = xlsxwriter.workbook
    if getattr(module, "ZipFile", None) is not zipfile.ZipFile:
        yield False
        return
    module.ZipFile = QuickZip
    try:
        yield True
    finally:
        module.ZipFile = zipfile.ZipFile
