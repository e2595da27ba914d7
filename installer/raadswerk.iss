; Inno Setup script: the Windows installer for Raadswerk (Inno Setup 6.3 or newer).
;
; Build the bundle first (installer\README.md), then, from the repository root:
;     iscc installer\raadswerk.iss
; The result is dist\Raadswerk-<version>-setup.exe.
;
; - Installs for the current user only: no administrator rights, no UAC prompt.
;   The program goes to %LOCALAPPDATA%\Programs\Raadswerk.
; - A Start-menu entry (and, if wanted, a desktop shortcut); .raadswerk files open
;   in Raadswerk.
; - The uninstaller removes the program and nothing else: the council files, backups
;   and settings in %LOCALAPPDATA%\Raadswerk (and wherever the secretary keeps them)
;   stay where they are.
; - The version is read from Raadswerk.exe, which has it from core/__init__.py.

#define AppName "Raadswerk"
#define AppExe "Raadswerk.exe"
#define BundleDir "..\dist\Raadswerk"
#ifndef AppVersion
  #define AppVersion GetStringFileInfo(BundleDir + "\" + AppExe, "ProductVersion")
#endif

[Setup]
; The AppId identifies Raadswerk for upgrades and uninstalling: never change it.
AppId={{6C1F5B0E-3A57-4F7B-9C2D-52574B524B01}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppName}
AppCopyright=Licensed under the EUPL-1.2
VersionInfoVersion={#AppVersion}
PrivilegesRequired=lowest
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
UsePreviousAppDir=yes
LicenseFile=..\LICENSE
OutputDir=..\dist
OutputBaseFilename=Raadswerk-{#AppVersion}-setup
SetupIconFile=..\resources\icons\raadswerk.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName} {#AppVersion}
Uninstallable=yes
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ChangesAssociations=yes
CloseApplications=yes

[Languages]
Name: "dutch"; MessagesFile: "compiler:Languages\Dutch.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
dutch.DesktopShortcut=Een snelkoppeling op het bureaublad maken
english.DesktopShortcut=Create a desktop shortcut
dutch.StartAfterInstall=Raadswerk nu starten
english.StartAfterInstall=Start Raadswerk now
dutch.CouncilFile=Raadswerk-bestand
english.CouncilFile=Raadswerk council file

[Tasks]
Name: "desktopicon"; Description: "{cm:DesktopShortcut}"; Flags: unchecked

[Files]
; Only the bundle. Nothing is ever written into the user's data folder.
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Registry]
; Double-clicking a .raadswerk file opens it (per user, under HKCU\Software\Classes).
Root: HKA; Subkey: "Software\Classes\.raadswerk"; ValueType: string; ValueName: ""; ValueData: "Raadswerk.CouncilFile"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\Raadswerk.CouncilFile"; ValueType: string; ValueName: ""; ValueData: "{cm:CouncilFile}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Raadswerk.CouncilFile\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\Raadswerk.CouncilFile\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" --db ""%1"""

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:StartAfterInstall}"; Flags: nowait postinstall skipifsilent

; There is deliberately no [UninstallDelete] section: the uninstaller removes only
; what [Files], [Icons] and [Registry] put there. Council files, backups, the log and
; the settings (HKCU\Software\Raadswerk) belong to the secretary and stay.
