; Inno Setup 6 script: a per-user installer for the PyInstaller bundle dist\relais-desk\.
; Build on Windows, from the repository's root (see README, "Windows installer"):
;   pyinstaller installer\relais-desk.spec
;   iscc installer\windows\relais-desk.iss            (or iscc /DAppVersion=0.2.0 …)
; The installer lands in dist\relais-desk-<version>-setup.exe.
;
; Per-user: no administrator rights are asked (PrivilegesRequired=lowest), so {autopf} is the user's
; own programs folder ({userpf}, %LOCALAPPDATA%\Programs) and {autoprograms}/{autodesktop} the user's
; Start menu and desktop. A shelter's PC is often locked down: staff can still install and update.
;
; The user's data is NOT in {app}: relais-desk keeps it in platformdirs' folders, e.g.
;   %LOCALAPPDATA%\relais-desk\relais-desk.sqlite3   (the embedded database, user_data_dir)
;   %LOCALAPPDATA%\relais-desk\connection.ini        (this workstation's connection, user_config_dir)
;   %LOCALAPPDATA%\relais-desk\Logs                  (user_log_dir)
;   HKCU\Software\Relais sociaux\relais-desk         (Qt preferences: language, window layout)
; and the PostgreSQL password in the Windows Credential Manager. Uninstalling removes the program
; only: never list those places in [UninstallDelete]. A night's records must survive a reinstall.

#ifndef AppVersion
  #define AppVersion "0.1.0"   ; keep in step with relais_desk/__init__.py, or pass /DAppVersion=
#endif
#define AppName "relais-desk"
#define AppExe "relais-desk.exe"

[Setup]
AppId={{6E0B7C52-3D2A-4F7B-9C1E-5A8D0F4B2C71}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=Relais sociaux de Wallonie
AppComments=Lits d'abris de nuit, appels d'urgence sociale et orientations
PrivilegesRequired=lowest
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
OutputDir=..\..\dist
OutputBaseFilename={#AppName}-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
CloseApplications=yes

[Languages]
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole one-folder bundle: relais-desk.exe (windowed), relais-desk-cli.exe (console) and _internal\.
Source: "..\..\dist\relais-desk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only what the program writes inside {app} itself: Python byte-code of the migrations that Alembic
; loads from disk. Never the user's data folders (see the top of this file).
Type: filesandordirs; Name: "{app}\_internal\relais_desk\store\migrations\__pycache__"
Type: filesandordirs; Name: "{app}\_internal\relais_desk\store\migrations\versions\__pycache__"
