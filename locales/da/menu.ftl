# The main menu after registration, and deleting data.

menu-ask = Hvad vil du gøre?
menu-profile = Min profil
menu-language = Sprog
menu-privacy = Privatliv
menu-help = Hjælp
menu-delete = Slet mine data

# Where messages jobbro starts itself go, for a person on Telegram and SMS.
menu-channel = Hvor jeg får beskeder
channel-ask = Hvor skal vi sende invitationer og påmindelser?
channel-telegram = Telegram
channel-sms = SMS
channel-last = Der, hvor jeg skrev sidst
channel-saved = Gemt. Vi skriver til dig der.

delete-confirm-ask = Vil du slette alt om dig? Du kan ikke få det tilbage.
delete-yes = Ja, slet alt
delete-no = Nej, behold det
delete-done = Alt om dig er slettet. Skriv til os igen, hvis du vil starte igen.
delete-kept = Godt. Der er ikke slettet noget.
delete-nothing-stored = Vi har ikke gemt noget om dig.

# Descriptions in Telegram's command menu.
command-menu = Hovedmenu
command-profile = Se og ret dine svar
command-language = Skift sprog
command-privacy = Sådan bruger vi dine data
command-help = Hjælp
command-delete = Slet alle dine data
