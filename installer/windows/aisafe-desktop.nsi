; AISafe Desktop: per-user Windows installer (NSIS 3, Unicode, amd64).
;
; Built by installer/build-windows, which passes:
;   /DVERSION=0.1.0  /DVERSION_QUAD=0.1.0.0  /DBUNDLE_DIR=<PyInstaller folder>
;   /DICON=<aisafe-desktop.ico>  /DLICENSE_FILE=<LICENSE>  /DOUTFILE=<setup.exe>
;
; Installs into %LOCALAPPDATA%\Programs\AISafe Desktop without administrator rights. The
; uninstaller removes the program only: assessments, identities, backups and settings live in
; %LOCALAPPDATA%\AISafe\aisafe-desktop and are kept (docs/installing.md says how to remove them).

Unicode true
Target amd64-unicode
ManifestDPIAware true
RequestExecutionLevel user
SetCompressor /SOLID lzma
SetCompressorDictSize 64

!define APP_NAME "AISafe Desktop"
!define APP_EXE "aisafe-desktop.exe"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\AISafeDesktop"
!define SETTINGS_KEY "Software\AISafe\AISafe Desktop"

Name "${APP_NAME} ${VERSION}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\${APP_NAME}"
InstallDirRegKey HKCU "${SETTINGS_KEY}" "InstallDir"
BrandingText "${APP_NAME} ${VERSION}"

VIProductVersion "${VERSION_QUAD}"
VIAddVersionKey /LANG=0 "ProductName" "${APP_NAME}"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileDescription" "${APP_NAME} installer"
VIAddVersionKey /LANG=0 "CompanyName" "AISafe"
VIAddVersionKey /LANG=0 "LegalCopyright" "AISafe Desktop developers, Apache-2.0"

!include "MUI2.nsh"
!include "FileFunc.nsh"

!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_ABORTWARNING
!define MUI_LANGDLL_REGISTRY_ROOT HKCU
!define MUI_LANGDLL_REGISTRY_KEY "${SETTINGS_KEY}"
!define MUI_LANGDLL_REGISTRY_VALUENAME "InstallerLanguage"
!define MUI_FINISHPAGE_RUN "$INSTDIR\${APP_EXE}"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_LICENSE "${LICENSE_FILE}"
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH

!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_UNPAGE_FINISH

!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_LANGUAGE "Malay"

LangString ShortcutComment ${LANG_ENGLISH} "Offline AI risk and governance self-assessments"
LangString ShortcutComment ${LANG_MALAY} "Penilaian kendiri risiko dan tadbir urus AI tanpa internet"
LangString DataKept ${LANG_ENGLISH} "Your assessments, identities, backups and settings are kept in $LOCALAPPDATA\AISafe\aisafe-desktop."
LangString DataKept ${LANG_MALAY} "Penilaian, identiti, sandaran dan tetapan anda disimpan di $LOCALAPPDATA\AISafe\aisafe-desktop."
LangString AppRunning ${LANG_ENGLISH} "AISafe Desktop seems to be open. Close it, then click OK."
LangString AppRunning ${LANG_MALAY} "AISafe Desktop nampaknya sedang dibuka. Tutup dahulu, kemudian klik OK."

Function .onInit
  SetShellVarContext current
  !insertmacro MUI_LANGDLL_DISPLAY
FunctionEnd

Function un.onInit
  SetShellVarContext current
  !insertmacro MUI_UNGETLANGUAGE
FunctionEnd

Section "AISafe Desktop" SecMain
  SectionIn RO
  SetOutPath "$INSTDIR"
  ; An upgrade replaces the whole bundle, so no file of the old version lingers.
  ClearErrors
  RMDir /r "$INSTDIR\_internal"
  IfErrors 0 +2
    MessageBox MB_OK|MB_ICONEXCLAMATION "$(AppRunning)" /SD IDOK
  File /r "${BUNDLE_DIR}\*"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  CreateShortcut "$SMPROGRAMS\${APP_NAME}.lnk" "$INSTDIR\${APP_EXE}" "" "$INSTDIR\${APP_EXE}" 0 \
    SW_SHOWNORMAL "" "$(ShortcutComment)"
  CreateShortcut "$DESKTOP\${APP_NAME}.lnk" "$INSTDIR\${APP_EXE}" "" "$INSTDIR\${APP_EXE}" 0 \
    SW_SHOWNORMAL "" "$(ShortcutComment)"

  WriteRegStr HKCU "${SETTINGS_KEY}" "InstallDir" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${APP_NAME}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "AISafe"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\${APP_EXE}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "EstimatedSize" $0
SectionEnd

Section "Uninstall"
  Delete "$SMPROGRAMS\${APP_NAME}.lnk"
  Delete "$DESKTOP\${APP_NAME}.lnk"
  ; Only what the installer put there; user data lives elsewhere and stays.
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\aisafe-desktop.exe"
  Delete "$INSTDIR\aisafe.exe"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
  DeleteRegKey HKCU "${SETTINGS_KEY}"
  DeleteRegKey /ifempty HKCU "Software\AISafe"
  DetailPrint "$(DataKept)"
SectionEnd
