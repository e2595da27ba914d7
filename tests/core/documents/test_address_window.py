"""The address in the envelope window prints as typed: its lines, its spacing, no extra lines."""

from core.documents.letter import LetterContent, render_letter


def _lines(read_pdf, head, addressee: str) -> list[str]:
    pdf = read_pdf(render_letter(head, LetterContent(addressee=addressee, subject="Test",
                                                     body="Tekst.")))
    return [line.strip() for line in pdf.pages[0].splitlines()]


def test_double_space_before_the_town_prints_as_stored(read_pdf, head):
    lines = _lines(read_pdf, head, "Gemeente Haarlem\nPostbus 511\n2003 PB  HAARLEM")
    assert "2003 PB  HAARLEM" in lines


def test_a_long_line_stays_one_line_in_the_window(read_pdf, head):
    long_name = "Het college van burgemeester en wethouders van Súdwest-Fryslân"
    address = f"{long_name}\nt.a.v. mevrouw A. Ødegård\nPostbus 10000\n8600 HA  SNEEK"
    lines = _lines(read_pdf, head, address)
    start = lines.index(long_name)
    assert lines[start:start + 4] == address.split("\n")


def test_a_line_too_long_even_small_hangs_under_itself(read_pdf, head):
    words = " ".join(["Stichting"] * 30)
    lines = _lines(read_pdf, head, f"{words}\nPostbus 1\n1000 AA  AMSTERDAM")
    # It wraps, but every word is kept and the postal lines still follow in order.
    joined = " ".join(lines)
    assert joined.count("Stichting") == 30
    assert lines.index("Postbus 1") + 1 == lines.index("1000 AA  AMSTERDAM")
