# "My data": consents per purpose, a copy of everything stored, the CV. Short lines: by SMS
# every character costs.
# Ukrainian: added by the engineers after the first draft, not yet read by a native speaker.
# Terms as in the other files: координатор, профіль, «Мій профіль», «Видалити мої дані», запис
# (sign-up). New: «Мої дані» (My data), резюме (CV), згода (consent), муніципалітет (kommune),
# скасувати (take a yes back). A company or municipality name follows its noun in the nominative
# ("компанії { $company }"), or comes first as a label, so no case ending is needed.

# REVIEW: added by the engineers after the first draft.
consent-yes-short = Так
# REVIEW: added by the engineers after the first draft.
consent-no-short = Ні

# REVIEW: added by the engineers after the first draft; "резюме" for CV, and the title comes first
# (as in opportunity.ftl) with the company in brackets.
cv-consent-ask =
    { $title } ({ $company }): надіслати ваше резюме цій компанії? У резюме є ваше ім'я, номер телефону, робота, освіта і мови.
    Ваше місце залишається за вами в будь-якому разі.
# REVIEW: added by the engineers after the first draft; "скасувати" for taking a yes back.
cv-consent-given = Дякуємо. Компанія { $company } може отримати ваше резюме. Скасувати це можна в меню «Мої дані».
# REVIEW: added by the engineers after the first draft.
cv-consent-declined = Добре. Ми не надішлемо ваше резюме компанії { $company }. Ваше місце залишається за вами.

# REVIEW: added by the engineers after the first draft; "муніципалітет" for the Danish kommune
# (many in Denmark say "комуна") and "центр зайнятості" for the Jobcenter.
handover-consent-ask =
    Координатор хоче передати ваш профіль муніципалітету { $municipality }, щоб центр зайнятості там знав вашу роботу і мови. У профілі є ваше резюме, ім'я і номер телефону.
    Ви погоджуєтеся?
# REVIEW: added by the engineers after the first draft.
handover-consent-given = Дякуємо. Ваш профіль отримає муніципалітет { $municipality }. Скасувати це можна в меню «Мої дані».
# REVIEW: added by the engineers after the first draft.
handover-consent-declined = Добре. Ми не передамо ваш профіль муніципалітету { $municipality }.

# REVIEW: added by the engineers after the first draft; "Мої дані" next to "Мій профіль" and
# "Видалити мої дані" in the same menu.
menu-mydata = Мої дані
# REVIEW: added by the engineers after the first draft.
command-mydata = Переглянути ваші дані і керувати ними

# REVIEW: added by the engineers after the first draft.
mydata-title = Мої дані
# REVIEW: added by the engineers after the first draft.
mydata-matching-off = Зараз координатори не можуть знайти вас або запросити.
# REVIEW: added by the engineers after the first draft.
mydata-consent-matching = Координатори можуть знаходити і запрошувати вас (з { $date }).
# { $about } is "Company: title" or a municipality's name; "може" has no gender.
# REVIEW: added by the engineers after the first draft.
mydata-consent-cv = { $about } може отримати ваше резюме (з { $date }).
# REVIEW: added by the engineers after the first draft.
mydata-consent-handover = { $about } може отримати ваш профіль (з { $date }).
# REVIEW: added by the engineers after the first draft; "скасовано (згоду дано ...)" for
# "taken back (given ...)".
mydata-consent-matching-withdrawn = Координатори можуть знаходити і запрошувати вас: скасовано (згоду дано { $date }).
# REVIEW: added by the engineers after the first draft.
mydata-consent-cv-withdrawn = { $about } може отримати ваше резюме: скасовано (згоду дано { $date }).
# REVIEW: added by the engineers after the first draft.
mydata-consent-handover-withdrawn = { $about } може отримати ваш профіль: скасовано (згоду дано { $date }).
# REVIEW: added by the engineers after the first draft.
mydata-export = Надіслати мені всі мої дані
# REVIEW: added by the engineers after the first draft.
mydata-cv = Моє резюме
# Buttons: "allow (them) to search for me again" / "stop: do not search for me"; who searches is
# said in the line above the buttons.
# REVIEW: added by the engineers after the first draft; short button texts without "координатори".
mydata-give-matching = Знову дозволити мене шукати
# REVIEW: added by the engineers after the first draft.
mydata-stop-matching = Стоп: не шукати мене
# REVIEW: added by the engineers after the first draft.
mydata-stop-cv = Стоп: не надсилати резюме ({ $about })
# REVIEW: added by the engineers after the first draft.
mydata-stop-handover = Стоп: не передавати профіль ({ $about })
# REVIEW: added by the engineers after the first draft.
mydata-matching-given = Готово. Координатори знову можуть знаходити і запрошувати вас.
# REVIEW: added by the engineers after the first draft.
mydata-matching-withdrawn = Готово. Зараз координатори не можуть знайти вас, і ви не отримуватимете запрошень. Ваш профіль зберігається. Повідомлення про ваші записи ви й далі отримуватимете.
# REVIEW: added by the engineers after the first draft.
mydata-cv-withdrawn = Готово. Ми не надсилатимемо їм ваше резюме.
# REVIEW: added by the engineers after the first draft.
mydata-handover-withdrawn = Готово. Ми не передаватимемо їм ваш профіль.
# REVIEW: added by the engineers after the first draft.
mydata-cv-by-sms = Координатор може роздрукувати ваше резюме. Попросіть про це на наступній зустрічі.
# REVIEW: added by the engineers after the first draft.
mydata-cv-sent = Ось ваше резюме.

# REVIEW: added by the engineers after the first draft.
mydata-export-title = Усе, що ми зберігаємо про вас
# REVIEW: added by the engineers after the first draft.
mydata-consents-title = На що ви погодилися:
# REVIEW: added by the engineers after the first draft.
mydata-signups-title = Ваші записи:
# REVIEW: added by the engineers after the first draft.
mydata-signup = { $title }, { $start } ({ $status })
# REVIEW: added by the engineers after the first draft.
mydata-uses-title = Хто використовував ваші дані:
# REVIEW: added by the engineers after the first draft.
mydata-uses-none = Поки ніхто.
# "date: what was done, who": the actions are impersonal forms, the "by" words stand alone in
# the nominative after the comma ("профіль переглянуто, координатор").
# REVIEW: added by the engineers after the first draft; check the line reads well with the
# actions and "by" words below.
mydata-use = { $date }: { $action }, { $by }
# REVIEW: added by the engineers after the first draft.
mydata-action-viewed_profile = профіль переглянуто
# REVIEW: added by the engineers after the first draft.
mydata-action-cv_downloaded = резюме створено
# REVIEW: added by the engineers after the first draft.
mydata-action-cv_sent = резюме надіслано компанії
# REVIEW: added by the engineers after the first draft.
mydata-action-exported = дані скопійовано
# REVIEW: added by the engineers after the first draft.
mydata-action-handed_over = профіль передано муніципалітету
# REVIEW: added by the engineers after the first draft.
mydata-action-retention_warned = попередження перед видаленням
# REVIEW: added by the engineers after the first draft.
mydata-action-erased = видалено
# REVIEW: added by the engineers after the first draft.
mydata-by-staff = координатор
# REVIEW: added by the engineers after the first draft.
mydata-by-admin = адміністратор
# REVIEW: added by the engineers after the first draft.
mydata-by-person = ви
# REVIEW: added by the engineers after the first draft.
mydata-by-retention = автоматично
# Labels before the numbers, so no plural forms are needed.
# REVIEW: added by the engineers after the first draft.
mydata-counts = Згоди: { $consents }, записи: { $signups }, використання даних: { $uses }.
# REVIEW: added by the engineers after the first draft.
mydata-sms-summary = Ми зберігаємо ваш профіль (див. «Мій профіль»), ваші згоди, записи і хто використовував ваші дані.
# REVIEW: added by the engineers after the first draft.
mydata-sms-rest = Щоб отримати повну копію, напишіть /mydata у Telegram або попросіть координатора.
