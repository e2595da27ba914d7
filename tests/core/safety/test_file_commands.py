"""backup / backups / restore on the command line."""

from core.backup import list_backups
from core.database import open_council
from core.locking import acquire_lock
from core.settings import get_setting, set_setting
from main import main


def test_backup_list_and_restore_from_the_command_line(tmp_path, capsys):
    path = tmp_path / "raad.raadswerk"
    folder = tmp_path / "usb"
    council = open_council(path)
    set_setting(council.db, "safety.version", "eerste")
    council.close()

    assert main(["backup", "--db", str(path), "--to", str(folder)]) == 0
    assert "Back-up" in capsys.readouterr().out
    (backup,) = list_backups(folder, path)

    assert main(["backups", "--db", str(path), "--from", str(folder)]) == 0
    listing = capsys.readouterr().out
    assert "handmatig gemaakt" in listing and "0 leden" in listing

    council = open_council(path)
    set_setting(council.db, "safety.version", "tweede")
    council.close()
    assert main(["restore", "--db", str(path), str(backup.path), "--backups", str(folder)]) == 0
    out = capsys.readouterr().out
    assert "before-restore" in out  # where the file as it was is kept

    council = open_council(path)
    assert get_setting(council.db, "safety.version") == "eerste"
    council.close()
    assert not path.with_name(path.name + ".lock").exists()


def test_restore_is_refused_while_the_file_is_open_elsewhere(tmp_path, capsys):
    path = tmp_path / "raad.raadswerk"
    folder = tmp_path / "b"
    open_council(path).close()
    main(["backup", "--db", str(path), "--to", str(folder)])
    (backup,) = list_backups(folder, path)
    lock = acquire_lock(path)
    before = path.read_bytes()

    assert main(["restore", "--db", str(path), str(backup.path), "--backups", str(folder)]) == 1

    assert "is geopend in Raadswerk" in capsys.readouterr().err
    assert path.read_bytes() == before
    lock.release()


def test_backups_says_so_when_there_are_none(tmp_path, capsys):
    path = tmp_path / "raad.raadswerk"
    assert main(["backups", "--db", str(path), "--from", str(tmp_path / "leeg")]) == 0
    assert "Geen back-ups" in capsys.readouterr().out
