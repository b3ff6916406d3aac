# "My data": consents per purpose, a copy of everything stored, the CV. Short lines: by SMS
# every character costs.
# Persian: added by the engineers after the first draft, not yet read by a native speaker.
# Terms as in the other files: پروفایل، هماهنگ‌کننده، نام‌نویسی (signing up)، اطلاعات (data)،
# «پروفایل من»، «پاک کردن اطلاعات من». New: «اطلاعات من» (My data), رزومه (CV, "سی‌وی" in
# Afghanistan), موافقت (consent), پس گرفتن (taking a yes back), شهرداری (شاروالی) for the
# Danish kommune.

# REVIEW: added by the engineers after the first draft.
consent-yes-short = بله
# REVIEW: added by the engineers after the first draft.
consent-no-short = نه

# The coordinator's title comes first, the company in brackets, then the question.
# REVIEW: added by the engineers after the first draft; "رزومه (سی‌وی)" for CV: Iran says
# "رزومه", many Afghans "سی‌وی". Later texts use "رزومه" alone.
cv-consent-ask =
    { $title } ({ $company }): آیا رزومه (سی‌وی) شما را برای این شرکت بفرستیم؟ در رزومه نام، شماره تلفن، کار، تحصیلات و زبان‌های شما هست.
    جواب شما هر چه باشد، جای شما محفوظ می‌ماند.
# REVIEW: added by the engineers after the first draft; "پس بگیرید" for taking a yes back.
cv-consent-given = ممنون. شرکت { $company } می‌تواند رزومه شما را بگیرد. این را می‌توانید در «اطلاعات من» پس بگیرید.
# REVIEW: added by the engineers after the first draft.
cv-consent-declined = خوب. رزومه شما برای شرکت { $company } فرستاده نمی‌شود. جای شما محفوظ می‌ماند.

# REVIEW: added by the engineers after the first draft; "مرکز کاریابی" for the Danish Jobcenter.
handover-consent-ask =
    یک هماهنگ‌کننده می‌خواهد پروفایل شما را به { $municipality } بدهد تا مرکز کاریابی آنجا کار و زبان‌های شما را بشناسد. رزومه، نام و شماره تلفن شما هم در آن است.
    آیا موافق هستید؟
# REVIEW: added by the engineers after the first draft.
handover-consent-given = ممنون. پروفایل شما به { $municipality } داده می‌شود. این را می‌توانید در «اطلاعات من» پس بگیرید.
# REVIEW: added by the engineers after the first draft.
handover-consent-declined = خوب. پروفایل شما به { $municipality } داده نمی‌شود.

# REVIEW: added by the engineers after the first draft; "اطلاعات من" stands in the same menu as
# "پروفایل من" and "پاک کردن اطلاعات من".
menu-mydata = اطلاعات من
# REVIEW: added by the engineers after the first draft; "مدیریت" for "manage".
command-mydata = دیدن و مدیریت اطلاعات شما

# REVIEW: added by the engineers after the first draft.
mydata-title = اطلاعات من
# REVIEW: added by the engineers after the first draft.
mydata-matching-off = هماهنگ‌کننده‌ها حالا نمی‌توانند شما را پیدا یا دعوت کنند.
# REVIEW: added by the engineers after the first draft.
mydata-consent-matching = هماهنگ‌کننده‌ها می‌توانند شما را پیدا و دعوت کنند (از { $date }).
# { $about } is "Company: title" or a municipality's name.
# REVIEW: added by the engineers after the first draft.
mydata-consent-cv = { $about } می‌تواند رزومه شما را بگیرد (از { $date }).
# REVIEW: added by the engineers after the first draft.
mydata-consent-handover = { $about } می‌تواند پروفایل شما را بگیرد (از { $date }).
# REVIEW: added by the engineers after the first draft; "پس گرفته شد (موافقت در ...)" for
# "taken back (given ...)".
mydata-consent-matching-withdrawn = هماهنگ‌کننده‌ها می‌توانند شما را پیدا و دعوت کنند: پس گرفته شد (موافقت در { $date }).
# REVIEW: added by the engineers after the first draft.
mydata-consent-cv-withdrawn = { $about } می‌تواند رزومه شما را بگیرد: پس گرفته شد (موافقت در { $date }).
# REVIEW: added by the engineers after the first draft.
mydata-consent-handover-withdrawn = { $about } می‌تواند پروفایل شما را بگیرد: پس گرفته شد (موافقت در { $date }).
# REVIEW: added by the engineers after the first draft.
mydata-export = همه اطلاعاتم را برایم بفرستید
# REVIEW: added by the engineers after the first draft.
mydata-cv = رزومه من
# REVIEW: added by the engineers after the first draft.
mydata-give-matching = هماهنگ‌کننده‌ها دوباره پیدایم کنند
# REVIEW: added by the engineers after the first draft; "توقف:" for "Stop:" on the buttons.
mydata-stop-matching = توقف: هماهنگ‌کننده‌ها پیدایم نکنند
# REVIEW: added by the engineers after the first draft.
mydata-stop-cv = توقف: رزومه به { $about } نرود
# REVIEW: added by the engineers after the first draft.
mydata-stop-handover = توقف: پروفایل به { $about } نرود
# REVIEW: added by the engineers after the first draft.
mydata-matching-given = انجام شد. هماهنگ‌کننده‌ها دوباره می‌توانند شما را پیدا و دعوت کنند.
# REVIEW: added by the engineers after the first draft.
mydata-matching-withdrawn = انجام شد. هماهنگ‌کننده‌ها حالا نمی‌توانند شما را پیدا کنند و دعوتی برای شما نمی‌آید. پروفایل شما نگه داشته می‌شود. پیام‌های مربوط به نام‌نویسی‌هایتان را باز هم می‌گیرید.
# REVIEW: added by the engineers after the first draft.
mydata-cv-withdrawn = انجام شد. رزومه شما برای آن‌ها فرستاده نمی‌شود.
# REVIEW: added by the engineers after the first draft.
mydata-handover-withdrawn = انجام شد. پروفایل شما به آن‌ها داده نمی‌شود.
# REVIEW: added by the engineers after the first draft.
mydata-cv-by-sms = یک هماهنگ‌کننده می‌تواند رزومه شما را چاپ کند. در دیدار بعدی از او بخواهید.
# REVIEW: added by the engineers after the first draft.
mydata-cv-sent = این رزومه شماست.

# REVIEW: added by the engineers after the first draft.
mydata-export-title = همه چیزهایی که درباره شما ذخیره می‌کنیم
# REVIEW: added by the engineers after the first draft.
mydata-consents-title = چیزهایی که با آن‌ها موافقت کردید:
# REVIEW: added by the engineers after the first draft.
mydata-signups-title = نام‌نویسی‌های شما:
# REVIEW: added by the engineers after the first draft.
mydata-signup = { $title }، { $start } ({ $status })
# REVIEW: added by the engineers after the first draft.
mydata-uses-title = چه کسی از اطلاعات شما استفاده کرد:
# REVIEW: added by the engineers after the first draft.
mydata-uses-none = هنوز هیچ‌کس.
# REVIEW: added by the engineers after the first draft.
mydata-use = { $date }: { $action }، { $by }
# REVIEW: added by the engineers after the first draft.
mydata-action-viewed_profile = پروفایل دیده شد
# REVIEW: added by the engineers after the first draft.
mydata-action-cv_downloaded = رزومه ساخته شد
# REVIEW: added by the engineers after the first draft.
mydata-action-cv_sent = رزومه برای یک شرکت فرستاده شد
# REVIEW: added by the engineers after the first draft.
mydata-action-exported = از اطلاعات کپی گرفته شد
# REVIEW: added by the engineers after the first draft; "شهرداری (شاروالی)" (Iran / Afghanistan)
# for the Danish kommune.
mydata-action-handed_over = پروفایل به شهرداری (شاروالی) داده شد
# REVIEW: added by the engineers after the first draft.
mydata-action-retention_warned = هشدار پیش از پاک کردن
# REVIEW: added by the engineers after the first draft.
mydata-action-erased = پاک شد
# REVIEW: added by the engineers after the first draft; "توسط" (by) is used in both countries?
mydata-by-staff = توسط یک هماهنگ‌کننده
# REVIEW: added by the engineers after the first draft.
mydata-by-admin = توسط مدیر سیستم
# REVIEW: added by the engineers after the first draft.
mydata-by-person = توسط خود شما
# REVIEW: added by the engineers after the first draft.
mydata-by-retention = به طور خودکار
# Labels before the numbers, so the numbers stand alone (no plural forms needed).
# REVIEW: added by the engineers after the first draft.
mydata-counts = موافقت‌ها: { $consents }، نام‌نویسی‌ها: { $signups }، دفعات استفاده: { $uses }.
# REVIEW: added by the engineers after the first draft.
mydata-sms-summary = ما این‌ها را ذخیره می‌کنیم: پروفایل شما (در «پروفایل من»)، موافقت‌ها، نام‌نویسی‌ها و اینکه چه کسی از اطلاعات شما استفاده کرد.
# REVIEW: added by the engineers after the first draft.
mydata-sms-rest = برای یک کپی کامل، در تلگرام /mydata بنویسید یا از یک هماهنگ‌کننده بپرسید.
