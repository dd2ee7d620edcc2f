; Inno Setup 6 script: CreditFuel-<version>-setup.exe, a per-user install (no admin
; rights, no UAC prompt) of the PyInstaller folder dist\CreditFuel.
; NOT RUN on this project's machine (Linux); written for the GitHub Actions windows
; runner (.github/workflows/bundles.yml), which has Inno Setup 6. See packaging/README.md.
;
;   pyinstaller --noconfirm packaging\pyinstaller\creditfuel-windows.spec
;   iscc /DAppVersion=0.1.0 packaging\windows\creditfuel.iss   -> dist\CreditFuel-0.1.0-setup.exe
;
; - Start menu entry (the user's own Programs folder), optional desktop icon.
; - "Start CreditFuel when I log in": the same HKCU Run value the app's Settings switch
;   writes (desktopapp/platform/autostart_windows.py: value name "CreditFuel"), so the
;   checkbox in Settings shows it as on, and switching it off there removes it.
; - The uninstaller removes the program, its Start menu entry and the Run value; it keeps
;   the ledger, backups and settings (%LOCALAPPDATA%\CreditFuel) unless the user says to
;   delete them (the question defaults to No; a silent uninstall keeps them).

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#define AppName "CreditFuel"
#define AppExe "creditfuel-tray.exe"
#define RunKey "Software\Microsoft\Windows\CurrentVersion\Run"

[Setup]
; Never change AppId: Windows recognises updates and the uninstaller by it.
AppId={{BB742315-84F2-4331-AED8-F4DC57723F6B}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=The CreditFuel contributors
AppPublisherURL=https://github.com/creditfuel/creditfuel
VersionInfoVersion={#AppVersion}
PrivilegesRequired=lowest
DefaultDirName={localappdata}\Programs\{#AppName}
DisableProgramGroupPage=yes
DisableDirPage=auto
DisableReadyPage=yes
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
OutputDir=..\..\dist
OutputBaseFilename={#AppName}-{#AppVersion}-setup
SetupIconFile=..\..\build\app-icons\creditfuel.ico
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; The tray may be running during an update or uninstall: ask it to close first.
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "japanese"; MessagesFile: "compiler:Languages\Japanese.isl"

[CustomMessages]
english.StartAtLogin=Start CreditFuel when I log in
japanese.StartAtLogin=ログイン時に CreditFuel を起動する
english.DesktopIcon=Put an icon on the desktop
japanese.DesktopIcon=デスクトップにアイコンを作成する
english.LaunchNow=Start CreditFuel now (it appears next to the clock)
japanese.LaunchNow=今すぐ CreditFuel を起動する（時計の横に表示されます）
english.DeleteData=Also delete your CreditFuel data (credits ledger, backups and settings)?%n%nChoose No to keep them for a later install.
japanese.DeleteData=CreditFuel のデータ（クレジットの記録、バックアップ、設定）も削除しますか？%n%n後で再インストールする場合は「いいえ」を選んでください。

[Tasks]
Name: "startatlogin"; Description: "{cm:StartAtLogin}"
Name: "desktopicon"; Description: "{cm:DesktopIcon}"; Flags: unchecked

[Files]
Source: "..\..\dist\CreditFuel\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An update replaces the whole program folder: no stale files from an older version.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Registry]
Root: HKCU; Subkey: "{#RunKey}"; ValueType: string; ValueName: "{#AppName}"; \
  ValueData: """{app}\{#AppExe}"""; Tasks: startatlogin; Flags: uninsdeletevalue

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchNow}"; Flags: nowait postinstall skipifsilent

[Code]
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  DataDir: String;
begin
  if CurUninstallStep = usUninstall then
  begin
    { The app's own Settings switch may have written the Run value after install. }
    RegDeleteValue(HKEY_CURRENT_USER, '{#RunKey}', '{#AppName}');
  end;
  if CurUninstallStep = usPostUninstall then
  begin
    { platformdirs.user_data_dir("CreditFuel", appauthor=False) on Windows. }
    DataDir := ExpandConstant('{localappdata}\{#AppName}');
    if DirExists(DataDir) and not UninstallSilent() then
      if SuppressibleMsgBox(CustomMessage('DeleteData'), mbConfirmation, MB_YESNO or MB_DEFBUTTON2, IDNO) = IDYES then
        DelTree(DataDir, True, True, True);
  end;
end;
