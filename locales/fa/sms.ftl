# Short SMS variants (`<id>-sms`) of texts that are long on Telegram: every 160 characters
# (70 in Arabic) is another paid SMS segment. Same meaning, fewer words. Keep Danish and
# English within GSM-7: no curly quotes, dashes or emoji.
# Persian is in Arabic script: 70 characters per SMS (67 each when split). Every word counts.

consent-ask-sms = jobbro در دانمارک برای بازدید از شرکت، کارآموزی و شغل کمک می‌کند. اگر موافقید، هماهنگ‌کننده‌ها جواب‌هایتان را فقط برای دعوت شما می‌بینند. همیشه می‌توانید آن‌ها را ببینید، عوض کنید یا پاک کنید. موافقید؟
consent-thanks-sms = ممنون.
name-ask-sms = نام شما چیست؟
# The Latin name as on the Danish card or papers, not the passport.
name-latin-ask-sms = نام شما با حروف لاتین، مثل کارت شما در دانمارک؟
place-ask-sms = کجا زندگی می‌کنید؟
education-level-ask-sms = بالاترین تحصیلات؟
occupation-not-listed-sms = شغل دیگر
occupation-years-ask-sms = { $occupation }: چند سال کار؟ (کمتر از یک سال: 0)
language-other-sms = دیگر
language-others-ask-sms = زبان دیگر؟ یکی را انتخاب کنید، یا «تمام».
level-none-sms = اصلاً
level-a1-sms = A1 چند کلمه
level-a2-sms = A2 صحبت ساده
level-b1-sms = B1 برای کار کافی
level-b2-sms = B2 راحت
level-c1-sms = C1 خیلی خوب
level-c2-sms = C2 روان
licences-ask-sms = گواهینامه رانندگی (لایسنس) یا مدرک؟ هر چه دارید انتخاب کنید.
licence-b-sms = B ماشین/موتر
licence-be-sms = BE ماشین+تریلر
licence-c-sms = C کامیون/لاری
licence-ce-sms = CE کامیون+تریلر
licence-d-sms = D اتوبوس/بس
licence-forklift-sms = لیفتراک
certificates-ask-sms = مدرک یا دوره دیگر؟ بنویسید، یا «رد کردن».
wishes-ask-sms = دنبال چه هستید؟ هر چه مناسب است انتخاب کنید.
available-ask-sms = از کی شروع می‌کنید؟ انتخاب کنید، یا تاریخ بنویسید (1.3.2027).
registration-done-sms = ممنون! پروفایل شما ذخیره شد. وقتی چیزی مناسب بود، تماس می‌گیریم.
summary-name-latin-sms = لاتین: { $name }
summary-phone-sms = تلفن: { $phone }
summary-place-sms = محل: { $place }
summary-available-sms = شروع: { $date }
# Like the Arabic SMS, the list of saved data is left out to save SMS: 310 characters (318 as sent,
# with the marks around the Latin words) take 5 parts; keep it at most 335 as sent.
# REVIEW: company/municipality, 18 months and /mydata added by the engineers after the first draft.
privacy-full-sms = حریم خصوصی: هماهنگ‌کننده‌های jobbro جواب‌های شما را فقط برای دعوت به بازدید، کارآموزی و شغل نگه می‌دارند. هرگز فروخته نمی‌شود. شرکت یا شهرداری (شاروالی) فقط اگر «بله» بگویید آن‌ها را می‌گیرد. تا وقتی /delete بنویسید، یا تا 18 ماه بعد از آخرین پیام شما، می‌ماند. /mydata همه را نشان می‌دهد. شکایت: Datatilsynet.
help-text-sms = با عدد جواب دهید. /back برگشت، /skip رد کردن، /menu منو، /delete پاک کردن اطلاعات. توقف یا STOP: قطع همه پیام‌ها.
