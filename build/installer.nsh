; Ostoja: a second Start-menu shortcut that opens the program in recovery mode (only the restore screen, the
; live database is not opened), for the IT volunteer when the program will not start.
!macro customInstall
  CreateShortCut "$SMPROGRAMS\Ostoja — przywracanie danych z kopii.lnk" "$INSTDIR\${APP_EXECUTABLE_FILENAME}" "--recovery" "$INSTDIR\${APP_EXECUTABLE_FILENAME}" 0
!macroend

!macro customUnInstall
  Delete "$SMPROGRAMS\Ostoja — przywracanie danych z kopii.lnk"
!macroend
