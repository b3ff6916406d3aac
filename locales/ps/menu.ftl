# The main menu after registration, and deleting data.

menu-ask = څه کول غواړئ؟
menu-profile = زما پروفایل
menu-language = ژبه
# REVIEW: "محرمیت" for privacy (as in Pashto app menus); is it understood at A2 level?
menu-privacy = محرمیت
menu-help = مرسته
# REVIEW: "ړنګول" is the usual software word for delete; "پاکول" or "حذف کول" may be better
# understood by readers who read little. Used in all files.
menu-delete = زما معلومات ړنګ کړئ

# Where messages jobbro starts itself go, for a person on Telegram and SMS.
# Literally "Where to write to me".
menu-channel = ماته چېرته ولیکئ
# REVIEW: "یادونه" (plural یادونې) for "reminder"; used in all files.
channel-ask = بلنې او یادونې تاسو ته چېرته ولېږو؟
channel-telegram = ټیلیګرام
channel-sms = SMS
channel-last = چېرته چې مې وروستی ځل ولیکل
channel-saved = خوندي شو. هلته به تاسو ته ولیکو.

delete-confirm-ask = ایا ستاسو په اړه ټول معلومات ړنګ کړو؟ وروسته یې بېرته نه شو راوستلی.
delete-yes = هو، هر څه ړنګ کړئ
delete-no = نه، ویې ساتئ
delete-done = ستاسو په اړه هر څه ړنګ شول. که غواړئ له سره پیل وکړئ، موږ ته بیا ولیکئ.
delete-kept = ښه، هېڅ شی ړنګ نه شو.
delete-nothing-stored = موږ ستاسو په اړه هېڅ شی نه دی خوندي کړی.

# Descriptions in Telegram's command menu.
command-menu = اصلي مینو
command-profile = خپل ځوابونه وګورئ او بدل یې کړئ
command-language = ژبه بدله کړئ
command-privacy = موږ ستاسو معلومات څنګه کاروو
command-help = مرسته
command-delete = خپل ټول معلومات ړنګ کړئ
