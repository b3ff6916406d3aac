# "بياناتي": الموافقات لكل غرض، نسخة من كل ما نحفظه، السيرة الذاتية. سطور قصيرة: كل رسالة SMS لها ثمن.

consent-yes-short = نعم
consent-no-short = لا

cv-consent-ask =
    هل نرسل سيرتك الذاتية إلى { $company } من أجل "{ $title }"؟ فيها اسمك ورقم هاتفك وعملك وتعليمك ولغاتك.
    يبقى مكانك محجوزاً مهما كان جوابك.
cv-consent-given = شكراً. يمكن أن تحصل { $company } على سيرتك الذاتية. يمكنك سحب ذلك من "بياناتي".
cv-consent-declined = حسناً. لن نرسل سيرتك الذاتية إلى { $company }. يبقى مكانك محجوزاً.

handover-consent-ask =
    يريد منسق أن يعطي ملفك إلى { $municipality }، ليعرف مركز العمل هناك عملك ولغاتك. فيه سيرتك الذاتية واسمك ورقم هاتفك.
    هل توافق؟
handover-consent-given = شكراً. سيذهب ملفك إلى { $municipality }. يمكنك سحب ذلك من "بياناتي".
handover-consent-declined = حسناً. لن نعطي ملفك إلى { $municipality }.

menu-mydata = بياناتي
command-mydata = شاهد بياناتك وتحكّم بها

mydata-title = بياناتي
mydata-matching-off = لا يستطيع المنسقون الآن أن يجدوك أو يدعوك.
mydata-consent-matching = يمكن للمنسقين أن يجدوك ويدعوك (منذ { $date }).
mydata-consent-cv = يمكن أن تحصل { $about } على سيرتك الذاتية (منذ { $date }).
mydata-consent-handover = يمكن أن تحصل { $about } على ملفك (منذ { $date }).
mydata-consent-matching-withdrawn = يمكن للمنسقين أن يجدوك ويدعوك: سُحبت (أُعطيت { $date }).
mydata-consent-cv-withdrawn = يمكن أن تحصل { $about } على سيرتك الذاتية: سُحبت (أُعطيت { $date }).
mydata-consent-handover-withdrawn = يمكن أن تحصل { $about } على ملفك: سُحبت (أُعطيت { $date }).
mydata-export = أرسل لي كل بياناتي
mydata-cv = سيرتي الذاتية
mydata-give-matching = اسمح للمنسقين أن يجدوني مرة أخرى
mydata-stop-matching = أوقف: لا يجدني المنسقون
mydata-stop-cv = أوقف: لا سيرة ذاتية إلى { $about }
mydata-stop-handover = أوقف: لا ملف إلى { $about }
mydata-matching-given = تم. يستطيع المنسقون أن يجدوك ويدعوك مرة أخرى.
mydata-matching-withdrawn = تم. لا يستطيع المنسقون أن يجدوك الآن، ولن تصلك دعوات. ملفك محفوظ. ستصلك رسائل عن تسجيلاتك.
mydata-cv-withdrawn = تم. لن نرسل سيرتك الذاتية إليهم.
mydata-handover-withdrawn = تم. لن نعطي ملفك لهم.
mydata-cv-by-sms = يستطيع منسق أن يطبع سيرتك الذاتية لك. اسأل في اللقاء القادم.
mydata-cv-sent = هذه سيرتك الذاتية.

mydata-export-title = كل ما نحفظه عنك
mydata-consents-title = ما وافقت عليه:
mydata-signups-title = تسجيلاتك:
mydata-signup = { $title }، { $start } ({ $status })
mydata-uses-title = من استخدم بياناتك:
mydata-uses-none = لا أحد بعد.
mydata-use = { $date }: { $action }، { $by }
mydata-action-viewed_profile = شوهد الملف
mydata-action-cv_downloaded = صُنعت السيرة الذاتية
mydata-action-cv_sent = أُرسلت السيرة الذاتية إلى شركة
mydata-action-exported = نُسخت البيانات
mydata-action-handed_over = أُعطي الملف إلى بلدية
mydata-action-retention_warned = تنبيه قبل الحذف
mydata-action-erased = حُذفت
mydata-by-staff = من منسق
mydata-by-admin = من المسؤول
mydata-by-person = منك
mydata-by-retention = تلقائياً
mydata-counts = موافقات: { $consents }، تسجيلات: { $signups }، استُخدمت { $uses } مرات.
mydata-sms-summary = نحفظ ملفك (انظر "ملفي")، وموافقاتك، وتسجيلاتك، ومن استخدم بياناتك.
mydata-sms-rest = للحصول على نسخة كاملة اكتب /mydata في تيليغرام، أو اسأل منسقاً.
