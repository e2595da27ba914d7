"""What the window does around a file: open it safely (lock, damage), back it up, restore.

The main window calls ``open_council_safely`` from ``open_file``, ``after_open`` once a
file is shown, and gets its two File-menu entries from ``install_file_actions``.
"""

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox

from core.backup import (
    DEFAULT_POLICY,
    BackupInfo,
    automatic_backup,
    backup_database,
    list_backups,
    newest_good_backup,
    restore_backup,
)
from core.database import Council, open_council, sync_service
from core.encryption import FileKey, is_encrypted, opens
from core.errors import (
    BusyFileError,
    DamagedFileError,
    NotADatabaseError,
    RaadswerkError,
    ReadOnlyFileError,
)
from core.i18n import format_datetime, tr
from core.locking import (
    LockHeldError,
    LockUnavailableError,
    acquire_lock,
    break_lock,
    read_lock,
)
from ui.errors import ask_retry, log, show_error, show_message
from ui.safety.damaged_dialog import CHOOSE_BACKUP, ask_damaged_choice
from ui.safety.lock_dialog import BREAK, READ_ONLY, ask_lock_choice
from ui.safety.passphrase_dialog import ask_key
from ui.safety.preferences import (
    backup_folder,
    mark_sync_warning_shown,
    set_backup_folder,
    sync_warning_shown,
)
from ui.safety.restore_dialog import RestoreDialog
from ui.widgets.modal import run_modal


def inform(parent, text: str) -> None:
    QMessageBox.information(parent, tr("Raadswerk"), text)


def confirm_restore(parent, info: BackupInfo) -> bool:
    answer = QMessageBox.question(
        parent, tr("Restore a backup"),
        tr("Put back the backup of {when}? What was entered after it is then no longer in "
           "the file; the file as it is now is first kept as a backup.",
           when=format_datetime(info.made_at)),
        QMessageBox.Yes | QMessageBox.No, QMessageBox.No)
    return answer == QMessageBox.Yes


def choose_backup(parent, folder: Path, database_path: Path, key=None) -> BackupInfo | None:
    dialog = RestoreDialog(parent, folder, database_path, key)
    return dialog.chosen if run_modal(dialog) else None


# --- opening -----------------------------------------------------------------------


def _same_file(council: Council | None, path: Path) -> bool:
    return council is not None and council.path.resolve() == path.resolve()


def open_council_safely(window, path: Path, *, read_only: bool = False,
                        create: bool = False) -> Council | None:
    """Open a file for the window; problems are explained and None is returned."""
    path = Path(path)
    folder = backup_folder(window.preferences)
    current = window.council
    key = _key_for(window, path)
    if key is False:
        return None  # encrypted, and the passphrase was not given: nothing was opened
    # Opening the file that is open already: the new council takes over our own lock.
    inherited = current.detach_lock() if _same_file(current, path) else None
    council = None
    try:
        council = open_council(path, create=create, read_only=read_only, backup_dir=folder,
                               lock=inherited or not read_only, key=key)
    except LockHeldError as error:
        council = _when_locked(window, path, error, create, folder, key)
    except (LockUnavailableError, ReadOnlyFileError) as error:
        council = _read_only_instead(window, path, error, key)
    except (DamagedFileError, NotADatabaseError) as error:
        council = _when_damaged(window, path, error, folder, key)
    except BusyFileError as error:
        if ask_retry(window, error):
            council = open_council_safely(window, path, read_only=read_only, create=create)
    except RaadswerkError as error:
        show_error(window, error)
    finally:
        if inherited is not None and (council is None or council.lock is not inherited):
            current.lock = inherited  # the current file stays open: it keeps its lock
    return council


# Keys of files just made or just unlocked elsewhere in the window, used once.
_FRESH_KEYS: dict[Path, FileKey] = {}


def remember_key(path: Path, key: FileKey) -> None:
    """The next opening of ``path`` uses ``key`` instead of asking (a file just made)."""
    _FRESH_KEYS[Path(path).resolve()] = key


def _key_for(window, path: Path):
    """The key for an encrypted file (asked for, or the open council's); None for a plain
    file; False when the user cancels the question."""
    if not path.exists() or not is_encrypted(path):
        return None
    current = window.council
    if _same_file(current, path) and current.key is not None:
        return current.key
    fresh = _FRESH_KEYS.pop(path.resolve(), None)
    if fresh is not None and opens(path, fresh):
        return fresh
    key = ask_key(window, path)
    return False if key is None else key


def _read_only_instead(window, path: Path, error: RaadswerkError, key=None) -> Council | None:
    """A file on a read-only medium (a CD, a shared folder without rights): read-only."""
    try:
        council = open_council(path, create=False, read_only=True, key=key)
    except RaadswerkError as problem:
        show_error(window, problem)
        return None
    council.read_only_reason = str(error)
    return council


def _when_locked(window, path: Path, error: LockHeldError, create: bool,
                 folder: Path, key=None) -> Council | None:
    choice = ask_lock_choice(window, error.holder, path.name)
    try:
        if choice == READ_ONLY:
            council = open_council(path, create=False, read_only=True, key=key)
            council.read_only_reason = error.holder.describe(path.name)
            return council
        if choice == BREAK:
            break_lock(path, error.holder)
            log.info("Lock of %s broken (held by %s)", path, error.holder)
            return open_council(path, create=create, backup_dir=folder, lock=True, key=key)
    except (DamagedFileError, NotADatabaseError) as damaged:
        return _when_damaged(window, path, damaged, folder, key)
    except RaadswerkError as problem:
        show_error(window, problem)
    return None


def _when_damaged(window, path: Path, error: RaadswerkError, folder: Path,
                  key=None) -> Council | None:
    offered = newest_good_backup(folder, path, key)
    if isinstance(error, NotADatabaseError) and not list_backups(folder, path):
        show_error(window, error)  # most likely not a council file at all
        return None
    choice = ask_damaged_choice(window, str(error), offered)
    if choice is None:
        return None
    chosen = choose_backup(window, folder, path, key) if choice == CHOOSE_BACKUP else offered
    if chosen is None:
        return None
    try:
        lock = acquire_lock(path)
    except RaadswerkError as problem:
        show_error(window, problem)
        return None
    try:
        result = restore_backup(path, chosen.path, folder, key=key)
        council = open_council(path, create=False, backup_dir=folder, lock=lock, key=key)
    except RaadswerkError as problem:
        lock.release()
        show_error(window, problem)
        return None
    inform(window, tr("The backup of {when} was restored. The damaged file is kept, "
                      "unchanged, as {aside}.", when=format_datetime(chosen.made_at),
                      aside=result.kept_aside))
    return council


def after_open(window, council: Council) -> None:
    """Once a file is shown: say what was cleaned up, explain a synced folder (once) and
    make the daily backup."""
    for note in council.notes:
        window.statusBar().showMessage(note, 15000)
        log.info("%s", note)
    if council.read_only:
        return
    folder = backup_folder(window.preferences)
    service = sync_service(council.path)
    if service and not sync_warning_shown(window.preferences, council.path):
        mark_sync_warning_shown(window.preferences, council.path)
        show_sync_warning(window, council.path, service, folder)
    daily_backup(window, folder)


def daily_backup(window, folder: Path, remember: bool = False) -> Path | None:
    """The once-a-day backup; when it fails, Overzicht says why and offers another folder.

    The window starts whatever the backup folder does (full, gone, read-only).
    """
    council = window.council
    warning = backup_warning(window)
    if council is None or council.read_only:
        return None
    try:
        made = automatic_backup(council.db, folder, key=council.key)
    except RaadswerkError as error:
        log.warning("Daily backup in %s failed: %s", folder, error)
        if warning is not None:
            warning.show_failure(folder, str(error))
        window.statusBar().showMessage(
            tr("No daily backup was made: {reason}", reason=error), 15000)
        return None
    if remember:
        set_backup_folder(window.preferences, folder)
    if warning is not None:
        warning.hide()
    if made is not None:
        window.statusBar().showMessage(tr("Daily backup made: {path}", path=made), 8000)
    return made


def backup_warning(window):
    """The bar on Overzicht that reports a failed daily backup (None in a bare window)."""
    page = window.page("overview") if hasattr(window, "page") else None
    return getattr(page, "backup_warning", None)


def sync_warning_text(path: Path, service: str, folder: Path) -> str:
    return tr(
        "{name} is in a folder that {service} synchronises. That can work well, but mind "
        "this:\n\n"
        "• Open the file on one computer at a time. Raadswerk warns when it is open "
        "elsewhere, but the synchronisation can lag behind.\n"
        "• Close Raadswerk before you shut the computer down, and let {service} finish "
        "synchronising before you open the file on another computer.\n"
        "• If a copy appears with 'conflict' or a computer name in its name, keep it and "
        "open the ordinary file; throw nothing away.\n\n"
        "Backups go to {folder}, outside the synchronised folder.",
        name=path.name, service=service, folder=folder)


def show_sync_warning(window, path: Path, service: str, folder: Path) -> None:
    show_message(window, sync_warning_text(path, service, folder),
                 tr("File in a synchronised folder"))


# --- the File menu -------------------------------------------------------------------


def make_backup(window) -> Path | None:
    """File → Back-up maken."""
    council = window.council
    if council is None:
        return None
    folder = backup_folder(window.preferences)
    try:
        path = backup_database(council.db, folder, "manual", policy=DEFAULT_POLICY,
                               key=council.key)
    except RaadswerkError as error:
        show_error(window, error)
        return None
    window.statusBar().showMessage(tr("Backup made: {path}", path=path), 10000)
    return path


def restore_from_backup(window) -> bool:
    """File → Back-up terugzetten…: choose, confirm, keep the current file, put it back."""
    council = window.council
    if council is None:
        return False
    if council.read_only:
        show_message(window, tr("The file is open read-only, because it is open elsewhere. "
                                "A backup can only be restored where the file is open "
                                "normally."))
        return False
    if not window.may_leave_file():
        return False
    folder = backup_folder(window.preferences)
    chosen = choose_backup(window, folder, council.path, council.key)
    if chosen is None or not confirm_restore(window, chosen):
        return False
    backup_key = _backup_key(window, chosen.path, council.key)
    if backup_key is False:
        return False
    path, key = council.path, council.key
    lock = council.detach_lock()  # kept: nobody may take the file during the restore
    council.close()
    try:
        result = restore_backup(path, chosen.path, folder, key=key, backup_key=backup_key)
    except RaadswerkError as error:
        result = None
        show_error(window, error)
    try:
        reopened = open_council(path, create=False, backup_dir=folder, lock=lock or True,
                                key=backup_key or key)
    except RaadswerkError as error:
        if lock is not None:
            lock.release()
        window.set_council(None)
        show_error(window, error)
        return False
    window.set_council(reopened)
    if result is not None:
        inform(window, tr(
            "The backup of {when} was restored. The file as it was is kept as a backup "
            "('before a restore'); put that one back to undo this.",
            when=format_datetime(chosen.made_at)))
    return result is not None


def _backup_key(window, backup: Path, key):
    """The key that opens an encrypted backup: the council's, or one asked for (a copy
    made under an earlier passphrase); None for a plain backup; False when cancelled."""
    if not is_encrypted(backup) or (key is not None and opens(backup, key)):
        return key if is_encrypted(backup) else None
    asked = ask_key(window, backup, tr(
        "The backup {name} was made under another passphrase. Type that passphrase (or the "
        "recovery code of that time) to restore it.", name=backup.name))
    return False if asked is None else asked


LOCK_CHECK_MS = 20_000


def check_lock_still_ours(window) -> bool:
    """If another instance took the file over meanwhile, go on read-only: never two writers."""
    council = window.council
    if council is None or council.read_only or council.lock is None:
        return True
    if council.lock.still_ours():
        return True
    council.detach_lock()  # not ours any more: closing must not remove the new holder's lock
    holder = read_lock(council.path)
    try:
        reopened = open_council(council.path, create=False, read_only=True, key=council.key)
    except RaadswerkError as error:
        window.set_council(None)
        show_error(window, error)
        return False
    who = holder.holder_text() if holder is not None else ""
    reopened.read_only_reason = tr("{name} was taken over by another Raadswerk. {who}",
                                   name=council.path.name, who=who)
    window.set_council(reopened)
    show_message(window, tr("{name} was taken over by another Raadswerk. {who} It stays open "
                            "here read-only; what you saved before is in the file.",
                            name=council.path.name, who=who))
    return False


def install_file_actions(window, menu) -> None:
    """Add 'Back-up maken' and 'Back-up terugzetten…' to the File menu, and keep an eye on
    the writer lock while the window runs."""
    timer = QTimer(window)
    timer.setObjectName("lockWatch")
    timer.timeout.connect(lambda: check_lock_still_ours(window))
    timer.start(LOCK_CHECK_MS)
    backup = QAction(tr("Make a &backup"), window)
    backup.setObjectName("makeBackupAction")
    backup.triggered.connect(lambda: make_backup(window))
    restore = QAction(tr("&Restore a backup…"), window)
    restore.setObjectName("restoreBackupAction")
    restore.triggered.connect(lambda: restore_from_backup(window))
    menu.addAction(backup)
    menu.addAction(restore)
