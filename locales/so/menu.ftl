# The main menu after registration, and deleting data.

menu-ask = Maxaad rabtaa inaad samayso?
# "My profile": xog = information; the same word is used for "data" (see common.ftl).
# REVIEW: is "Xogtayda" (my information) understood as "my profile"?
menu-profile = Xogtayda
menu-language = Luqadda
# REVIEW: "Ilaalinta xogtaada" (protecting your data) for "Privacy".
menu-privacy = Ilaalinta xogtaada
menu-help = Caawimaad
menu-delete = Tirtir xogtayda

# Where messages jobbro starts itself go, for a person on Telegram and SMS.
menu-channel = Meesha la iila xiriiro
# REVIEW: "casuumaad" (invitation) and "xusuusin" (reminder) spellings.
channel-ask = Xagee ayaan kuugu soo dirnaa casuumaadaha iyo xusuusinta?
channel-telegram = Telegram
channel-sms = SMS
# REVIEW: "Meeshii ugu dambeysay" (the last place) for "Where I wrote last"; kept short for a button.
channel-last = Meeshii ugu dambeysay
channel-saved = Waa la kaydiyay. Halkaas ayaan fariimaha kuugu soo diri doonnaa.

delete-confirm-ask = Ma rabtaa inaan tirtirno wax kasta oo adiga kugu saabsan? Tan dib looma celin karo.
delete-yes = Haa, tirtir dhammaan
delete-no = Maya, ha tirtirin
delete-done = Wax kasta oo adiga kugu saabsan waa la tirtiray. Mar kale noo soo qor haddii aad rabto inaad dib u bilowdo.
delete-kept = Hagaag, waxba lama tirtirin.
delete-nothing-stored = Wax xog ah oo adiga kugu saabsan ma aanan kaydin.

# Descriptions in Telegram's command menu.
command-menu = Liiska weyn
command-profile = Arag oo beddel jawaabahaaga
command-language = Beddel luqadda
command-privacy = Sida aan u isticmaalno xogtaada
command-help = Caawimaad
command-delete = Tirtir dhammaan xogtaada
