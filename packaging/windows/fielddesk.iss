; Inno Setup script for FieldDesk on Windows: installs the PyInstaller folder (dist\FieldDesk, built by
; packaging\fielddesk.spec) and adds FieldDesk to the Start menu. Built by .github/workflows/package.yml:
;     iscc /DAppVersion=0.1.0 packaging\windows\fielddesk.iss      (writes dist\FieldDesk-0.1.0-windows-setup.exe)
;
; Upgrades: every version has the same AppId, so a newer installer replaces the program in place (it closes a
; running FieldDesk first) and keeps one entry in "Installed apps". User data never lives in {app}: profiles are in
; %LOCALAPPDATA%\FieldDesk (platformdirs), settings in %APPDATA%\FieldDesk\FieldDesk.ini; neither the
; installer nor the uninstaller touches them, so uninstalling leaves every profile where it was.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#define AppName "FieldDesk"
#define AppExe "FieldDesk.exe"
#define Root "..\.."

[Setup]
; Never change the AppId: it is how a newer installer recognises an installed FieldDesk.
AppId={{5B0E8D2A-7C41-4E3B-9F1D-2A6C8E4B7D31}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=FieldDesk developers
AppCopyright=MIT licence
VersionInfoVersion={#AppVersion}
; Per-machine by default (Program Files); "Install for me only" (no administrator rights) goes to
; %LOCALAPPDATA%\Programs. {autopf} follows that choice.
PrivilegesRequired=admin
PrivilegesRequiredOverridesAllowed=dialog
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
LicenseFile={#Root}\LICENSE
SetupIconFile=fielddesk.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
OutputDir={#Root}\dist
OutputBaseFilename=FieldDesk-{#AppVersion}-windows-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "french"; MessagesFile: "compiler:Languages\French.isl"
Name: "spanish"; MessagesFile: "compiler:Languages\Spanish.isl"
Name: "russian"; MessagesFile: "compiler:Languages\Russian.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; The previous version's libraries, so that files a newer FieldDesk no longer ships do not linger. Only the
; program folder: never a profile.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#Root}\dist\FieldDesk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
