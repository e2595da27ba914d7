"""The preview: a document made off the UI thread, shown, saved (also to a locked target)."""

import io

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QCoreApplication, QThreadPool

from core.documents.letter import LetterContent, render_letter
from core.documents.page import Letterhead
from core.errors import RaadswerkError
from core.profile import CouncilProfile
from ui.documents import preview as preview_module
from ui.documents.preview import preview_document, safe_filename


def _pdf() -> bytes:
    head = Letterhead(CouncilProfile(name="Adviesraad Lindewaarde", municipality="Lindewaarde"))
    return render_letter(head, LetterContent(addressee="Gemeente\nPostbus 1", subject="Toets",
                                             body="Eerste alinea.\n\nTweede alinea."))


def _wait_until_shown(qtbot, dialog) -> None:
    qtbot.waitUntil(lambda: dialog.panel.pdf is not None, timeout=20000)


def _wait_for_the_character_check() -> None:
    """The preview looks for unprintable characters in a worker: let it finish and report."""
    QThreadPool.globalInstance().waitForDone(20000)
    QCoreApplication.processEvents()


def test_preview_shows_the_document_and_its_pages(qtbot):
    dialog = preview_document(None, _pdf, "Brief aan de gemeente", "brief.pdf")
    qtbot.addWidget(dialog)
    assert dialog.panel.is_busy()  # the busy indicator shows while the PDF is made
    assert not dialog.panel.save_button.isEnabled()
    _wait_until_shown(qtbot, dialog)
    assert dialog.panel.document.pageCount() == 1
    assert dialog.panel.pages_label.text() == "Pagina 1 van 1"
    assert dialog.panel.save_button.isEnabled() and dialog.panel.print_button.isEnabled()
    assert dialog.windowTitle() == "Brief aan de gemeente"
    _wait_for_the_character_check()
    assert dialog.panel.status_label.isHidden()  # every character printed: no warning


def test_the_preview_says_which_pages_miss_a_character(qtbot):
    head = Letterhead(CouncilProfile(name="Adviesraad Lindewaarde"))
    body = "Eerste pagina 🪿.\n\n" + "Tekst. " * 900 + "\n\nLaatste 中."
    dialog = preview_document(None, lambda: render_letter(
        head, LetterContent(addressee="Gemeente", subject="Toets", body=body)),
        "Brief", "brief.pdf")
    qtbot.addWidget(dialog)
    _wait_until_shown(qtbot, dialog)
    pages = dialog.panel.document.pageCount()
    _wait_for_the_character_check()
    assert pages >= 2 and not dialog.panel.status_label.isHidden()
    assert dialog.panel.status_label.text() == (
        "Niet elk teken kan worden afgedrukt: waar □ staat, ontbreekt een teken (bijvoorbeeld "
        f"een emoji). Pas de tekst aan als dat nodig is. Pagina: 1, {pages}.")


def test_save_writes_the_pdf(qtbot, tmp_path, monkeypatch):
    dialog = preview_document(None, _pdf, "Brief", "brief.pdf")
    qtbot.addWidget(dialog)
    _wait_until_shown(qtbot, dialog)
    target = tmp_path / "uit" / "brief"
    monkeypatch.setattr(dialog.panel, "ask_save_path", lambda suggestion: str(target))
    written = dialog.panel.save_as()
    assert written == tmp_path / "uit" / "brief.pdf"
    assert "Toets" in PdfReader(io.BytesIO(written.read_bytes())).pages[0].extract_text()
    assert dialog.panel.status_label.text() == f"Opgeslagen: {written}"


def test_locked_target_gets_a_message_and_another_chance(qtbot, tmp_path, monkeypatch):
    dialog = preview_document(None, _pdf, "Brief", "brief.pdf")
    qtbot.addWidget(dialog)
    _wait_until_shown(qtbot, dialog)
    answers = [str(tmp_path / "vergrendeld.pdf"), str(tmp_path / "anders.pdf")]
    monkeypatch.setattr(dialog.panel, "ask_save_path", lambda suggestion: answers.pop(0))
    messages = []
    monkeypatch.setattr(dialog.panel, "tell_not_saved", messages.append)
    real_write = preview_module.write_atomically

    def locked(target, data):
        if target.name == "vergrendeld.pdf":
            raise RaadswerkError("vergrendeld.pdf kan niet worden geschreven: het is "
                                 "misschien geopend in een ander programma.")
        return real_write(target, data)

    monkeypatch.setattr(preview_module, "write_atomically", locked)
    written = dialog.panel.save_as()
    assert messages and "ander programma" in messages[0]
    assert written == tmp_path / "anders.pdf" and written.exists()
    assert not (tmp_path / "vergrendeld.pdf").exists()


def test_cancelled_save_writes_nothing(qtbot, tmp_path, monkeypatch):
    dialog = preview_document(None, _pdf, "Brief", "brief.pdf")
    qtbot.addWidget(dialog)
    _wait_until_shown(qtbot, dialog)
    monkeypatch.setattr(dialog.panel, "ask_save_path", lambda suggestion: "")
    assert dialog.panel.save_as() is None
    assert list(tmp_path.iterdir()) == []


def test_print_sends_every_page_to_the_printer(qtbot, tmp_path, monkeypatch):
    dialog = preview_document(None, _pdf, "Brief", "brief.pdf")
    qtbot.addWidget(dialog)
    _wait_until_shown(qtbot, dialog)
    target = tmp_path / "printer.pdf"

    def choose_pdf_printer(printer):
        printer.setOutputFileName(str(target))  # a file printer stands in for paper
        return True

    monkeypatch.setattr(dialog.panel, "ask_printer", choose_pdf_printer)
    assert dialog.panel.print_document() == 1
    assert len(PdfReader(str(target)).pages) == 1


def test_long_print_can_be_stopped_between_pages(qtbot, tmp_path, monkeypatch):
    from ui.documents.printing import new_printer, print_pdf

    body = "\n\n".join("Alinea. " * 120 for _ in range(12))
    head = Letterhead(CouncilProfile(name="Raad"))
    pdf = render_letter(head, LetterContent(addressee="Iemand", subject="Lang", body=body))
    dialog = preview_document(None, lambda: pdf, "Lang", "lang.pdf")
    qtbot.addWidget(dialog)
    _wait_until_shown(qtbot, dialog)
    assert dialog.panel.document.pageCount() >= 3
    printer = new_printer("Lang")
    printer.setOutputFileName(str(tmp_path / "afgebroken.pdf"))
    seen = []

    def stop_after_two(done, total):
        seen.append((done, total))
        return done < 2

    assert print_pdf(dialog.panel.document, printer, stop_after_two) == 0
    assert seen[-1] == (2, dialog.panel.document.pageCount())


def test_failed_work_shows_the_message_and_closes(qtbot, monkeypatch):
    shown = []
    monkeypatch.setattr(preview_module, "show_error",
                        lambda parent, error, details="": shown.append(str(error)))

    def broken():
        raise RaadswerkError("De vergadering bestaat niet meer.")

    dialog = preview_document(None, broken, "Agenda", "agenda.pdf")
    closed = []
    dialog.finished.connect(closed.append)
    qtbot.waitUntil(lambda: bool(shown) and bool(closed), timeout=10000)
    assert shown == ["De vergadering bestaat niet meer."]
    assert closed == [0]  # the empty preview closed itself after the message


@pytest.mark.parametrize(("name", "expected"), [
    ("brief.pdf", "brief.pdf"),
    ("Agenda 12/03: <concept>", "Agenda 12-03- -concept.pdf"),
    ("", "document.pdf"),
])
def test_suggested_file_names_are_safe(name, expected):
    assert safe_filename(name) == expected


def test_bytes_that_are_no_pdf_give_a_message_not_a_crash(qtbot):
    dialog = preview_document(None, lambda: b"%PDF-1.4 kapot", "Kapot", "kapot.pdf")
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: not dialog.panel.is_busy(), timeout=20000)
    assert dialog.panel.message_label.text() == "Dit document kan niet worden getoond."
    assert not dialog.panel.save_button.isEnabled()


def test_closing_the_preview_while_it_is_busy_is_harmless(qtbot):
    import threading

    release = threading.Event()
    done = []

    def slow():
        release.wait(10)
        done.append(True)
        return _pdf()

    dialog = preview_document(None, slow, "Traag", "traag.pdf")
    dialog.close()  # deleted on close, before the PDF is ready
    release.set()
    qtbot.waitUntil(lambda: bool(done), timeout=20000)
    qtbot.wait(200)  # the finished work reaches the closed window: nothing may happen
