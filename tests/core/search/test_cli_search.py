"""python main.py search: one line per hit, --kind narrows, exit 1 when nothing matched."""

from main import main


def test_search_prints_one_line_per_hit(demo_file, capsys):
    assert main(["search", "--db", str(demo_file), "ozdemir"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("Leden · ") and "Sevgi Øzdemir" in lines[0]
    assert "naam" in lines[0]
    assert any(line.startswith("Agendapunten · ") and "inleider: Sevgi Øzdemir" in line
               for line in lines)


def test_kind_narrows_and_words_combine(demo_file, capsys):
    assert main(["search", "--db", str(demo_file), "--kind", "advice", "eigen", "bijdr"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines and all(line.startswith(("Adviezen · ", "Bijgevoegde stukken · "))
                         for line in lines)
    assert any("Eigen bijdrage" in line for line in lines)


def test_nothing_found_exits_1_with_a_dutch_line(demo_file, capsys):
    assert main(["search", "--db", str(demo_file), "qqxyzzy"]) == 1
    captured = capsys.readouterr()
    assert captured.out == "" and captured.err.strip() == "Niets gevonden voor 'qqxyzzy'."


def test_sensitive_descriptions_only_with_the_flag(demo_file, capsys):
    assert main(["search", "--db", str(demo_file), "--kind", "signals", "heupoperatie"]) == 1
    capsys.readouterr()
    assert main(["search", "--db", str(demo_file), "--include-sensitive", "heupoperatie"]) == 0
    assert "heupoperatie" in capsys.readouterr().out
