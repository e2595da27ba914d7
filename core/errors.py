"""Errors that carry a message meant for the person using the program.

Every message is already translated when the error is raised, so the command
line and the window can show ``str(error)`` as it is.
"""


class RaadswerkError(Exception):
    """A problem the user can understand and act on; never shown as a traceback."""

    kind = ""  # for a disk or file fault: what kind (``core.faults.fault_kind``)


class NotADatabaseError(RaadswerkError):
    """The file is not an SQLite database at all."""


class NotACouncilFileError(RaadswerkError):
    """The file is an SQLite database, but not one written by Raadswerk."""


class NewerSchemaError(RaadswerkError):
    """The file was written by a newer Raadswerk than this one."""


class DamagedFileError(RaadswerkError):
    """The file is a Raadswerk database whose contents are damaged."""


class FileLockedError(RaadswerkError):
    """Another program instance holds the file for writing."""


class ValidationError(RaadswerkError):
    """Input that breaks a rule; ``field`` names the field at fault, if any."""

    def __init__(self, message: str, field: str | None = None):
        super().__init__(message)
        self.field = field


class NotFoundError(RaadswerkError):
    """A record that was asked for does not exist (any more)."""


class DiskFaultError(RaadswerkError):
    """The disk refused a read or write: full, no rights, read-only, gone."""

    kind = ""


class BusyFileError(RaadswerkError):
    """Another program holds the file for a moment; trying again later may work."""

    kind = "busy"


class ReadOnlyFileError(RaadswerkError):
    """The file may be read but not written: it can be opened read-only instead."""
