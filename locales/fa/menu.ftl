# The main menu after registration, and deleting data.

menu-ask = چه کاری می‌خواهید انجام دهید؟
menu-profile = پروفایل من
menu-language = زبان
menu-privacy = حریم خصوصی
menu-help = کمک
menu-delete = پاک کردن اطلاعات من

# Where messages jobbro starts itself go, for a person on Telegram and SMS.
menu-channel = کجا پیام بگیرم
channel-ask = دعوت‌ها و یادآوری‌ها را کجا برای شما بفرستیم؟
channel-telegram = تلگرام
channel-sms = SMS
channel-last = جایی که آخرین بار نوشتم
channel-saved = ذخیره شد. از این به بعد آنجا برای شما می‌نویسیم.

delete-confirm-ask = همه اطلاعات شما پاک شود؟ بعد از پاک شدن، دیگر برنمی‌گردد.
delete-yes = بله، همه پاک شود
delete-no = نه، پاک نشود
delete-done = همه اطلاعات شما پاک شد. اگر خواستید دوباره شروع کنید، باز به ما پیام بدهید.
delete-kept = خوب، چیزی پاک نشد.
delete-nothing-stored = ما هیچ اطلاعاتی از شما ذخیره نکرده‌ایم.

# Descriptions in Telegram's command menu.
command-menu = منوی اصلی
command-profile = دیدن و تغییر جواب‌های شما
command-language = تغییر زبان
command-privacy = ما چطور از اطلاعات شما استفاده می‌کنیم
command-help = کمک
command-delete = پاک کردن همه اطلاعات شما
