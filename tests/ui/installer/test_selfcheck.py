"""The self-test's window half: Qt, QtPdf, QtCharts, printing and every screen load."""

import datetime as dt
import io
import re

import pytest

from core.selftest import SelfTestError, Workspace, run_self_test
from ui.selfcheck import CHECK_NAMES, check_pdf_preview, qt_checks


def test_qt_checks_pass_inside_the_self_test(qtbot):
    out = io.StringIO()
    run_self_test(out=out, extra_checks=qt_checks(), today=dt.date(2026, 11, 22))
    output = out.getvalue()
    for name in CHECK_NAMES:
        assert f"goed    {name}:" in output, output
    assert "op het platform offscreen" in output
    assert re.search(r"screens: \d+ pagina's, welkom en Over", output)
    assert "Zelftest geslaagd" in output


def test_the_pdf_preview_check_needs_a_printed_document(qtbot, tmp_path):
    with pytest.raises(SelfTestError, match="afgedrukt"):
        check_pdf_preview(Workspace(folder=tmp_path))


def test_a_damaged_pdf_fails_the_preview_check(qtbot, tmp_path):
    (tmp_path / "kapot.pdf").write_bytes(b"%PDF-1.4 kapot")
    with pytest.raises(SelfTestError, match="QtPdf"):
        check_pdf_preview(Workspace(folder=tmp_path))
