# The main menu after registration, and deleting data.

menu-ask = ماذا تريد أن تفعل؟
menu-profile = ملفي الشخصي
menu-language = اللغة
menu-privacy = الخصوصية
menu-help = مساعدة
menu-delete = حذف بياناتي

# Where messages jobbro starts itself go, for a person on Telegram and SMS.
menu-channel = أين تصلني الرسائل
channel-ask = أين نرسل لك الدعوات والتذكيرات؟
channel-telegram = تيليغرام
channel-sms = رسائل SMS
channel-last = حيث كتبت آخر مرة
channel-saved = تم الحفظ. سنراسلك هناك.

delete-confirm-ask = هل تريد حذف كل شيء عنك؟ لا يمكنك استرجاعه بعد ذلك.
delete-yes = نعم، احذف كل شيء
delete-no = لا، احتفظ بها
delete-done = تم حذف كل شيء عنك. اكتب لنا من جديد إذا أردت البدء مرة أخرى.
delete-kept = حسنًا، لم يُحذف أي شيء.
delete-nothing-stored = لم نحفظ أي شيء عنك.

# Descriptions in Telegram's command menu.
command-menu = القائمة الرئيسية
command-profile = عرض إجاباتك وتعديلها
command-language = تغيير اللغة
command-privacy = كيف نستخدم بياناتك
command-help = مساعدة
command-delete = حذف كل بياناتك
