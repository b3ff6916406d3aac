# Words used in many places.
# Persian (fa) for readers from Afghanistan (Dari) and Iran: words common to both, polite "شما".
# Where Afghan and Iranian words differ a lot, both are given ("ماشین/موتر").
# REVIEW (whole folder): numbers are written with Latin digits (1, 2, 3), like the numbers jobbro
# fills in and like the examples people must type. A reviewer may prefer Persian digits in texts.

choice-back = برگشت
choice-skip = رد کردن
# REVIEW: "تمام" for Done; Afghans may prefer "خلاص". It is quoted in several questions («تمام»).
choice-done = تمام
# A chosen item in a list where several can be chosen.
choice-selected = ✓ { $label }
# The same for SMS and the terminal, without symbols that make an SMS more expensive.
choice-selected-text = { $label } (انتخاب شد)
# Text channels (SMS, terminal) number the choices; these lines say how to answer.
choice-hint-one = با یک عدد جواب دهید.
choice-hint-one-sms = عدد 1 تا { $max } بفرستید
choice-hint-multi = با یک یا چند عدد جواب دهید، مثلاً: 1 3
choice-hint-multi-sms = عددها را بفرستید، مثلاً 1 3
choice-hint-words = یا بنویسید: { $words }
choice-hint-words-sms = ({ $words })
quoted = «{ $text }»
# Two items of a list: "A, B". Longer lists nest: "A, B, C".
list-pair = { $first }، { $rest }

error-empty = هیچ متنی به من نرسید.
# Persian puts the noun in the singular after a number, so both forms are the same.
error-too-long =
    { $max ->
        [one] این خیلی طولانی است. لطفاً حداکثر { $max } حرف بنویسید.
       *[other] این خیلی طولانی است. لطفاً حداکثر { $max } حرف بنویسید.
    }
error-name-chars = لطفاً نام خود را فقط با حروف بنویسید: بدون عدد، علامت یا ایموجی.
error-text-chars = لطفاً با کلمه بنویسید، نه فقط با عدد یا علامت.
# The Latin name as on the person's Danish residence or asylum card, not the passport.
# REVIEW: "کارت یا مدارک شما در دانمارک" for the Danish card/papers; Afghans may say "اسناد".
error-name-latin-script = لطفاً با حروف لاتین (A-Z) بنویسید، همان‌طور که روی کارت یا مدارک شما در دانمارک است.
error-phone-invalid = این شماره تلفن را نمی‌توانم استفاده کنم. اگر شماره دانمارکی نیست، آن را با کد کشور بنویسید. (مثال: +45 20 12 34 56)
error-year-range = لطفاً سالی بین { $min } و { $max } بنویسید.
error-number-range = لطفاً عددی بین { $min } و { $max } بنویسید.
# Day.month.year is spelled out, because in Iran dates are often written year/month/day.
error-date-format = این تاریخ را نتوانستم بخوانم. آن را این‌طور بنویسید: 1.3.2027 (روز.ماه.سال)
error-date-range = لطفاً تاریخی از امروز تا پنج سال بعد انتخاب کنید.
error-pick-choice = لطفاً یکی از جواب‌ها را انتخاب کنید.
error-write-text = لطفاً جواب خود را بنویسید.
error-write-number = لطفاً یک عدد بنویسید.
error-unsupported = اینجا فقط می‌توانم متن بخوانم. لطفاً جواب خود را بنویسید.
error-stale-button = این دکمه مال یک سؤال قبلی است. سؤال حالا این است:
error-unknown-command = این دستور را نمی‌شناسم. /help را بنویسید تا ببینید چه کارهایی می‌توانم بکنم.
error-cannot-go-back = این اولین سؤال است.
error-cannot-skip = از این سؤال نمی‌شود رد شد.
# "Registration" (filling in the profile) is always "کامل کردن پروفایل"; signing up for a
# visit, meeting or internship is always "نام‌نویسی" (opportunity.ftl).
error-finish-registration-first = لطفاً اول پروفایل خود را کامل کنید.

# Day, month name, year: "3 مارچ/مارس 2027". Dates are Gregorian (میلادی).
date = { $day } { $month } { $year }
# REVIEW: Gregorian month names differ: Afghanistan uses English-like names (جنوری، فبروری...),
# Iran French-like names (ژانویه، فوریه...). Months 1-8 give both (Afghan/Iranian); months 9-12
# are close in both countries, so one form is given. Please check that both groups read them.
month-1 = جنوری/ژانویه
month-2 = فبروری/فوریه
month-3 = مارچ/مارس
month-4 = اپریل/آوریل
month-5 = می/مه
month-6 = جون/ژوئن
month-7 = جولای/ژوئیه
month-8 = آگست/اوت
month-9 = سپتامبر
month-10 = اکتبر
month-11 = نوامبر
month-12 = دسامبر

spoken-ar = عربی
spoken-ku = کردی
spoken-fa = فارسی
spoken-prs = دری
spoken-ps = پشتو
spoken-ti = تیگرینیا
spoken-am = امهری
spoken-so = سومالیایی
spoken-uk = اوکراینی
spoken-ru = روسی
spoken-tr = ترکی
spoken-fr = فرانسوی
spoken-de = آلمانی
spoken-en = انگلیسی
# REVIEW: "دانمارکی" (Iran); Afghans often write "دنمارکی". Used the same way in all files.
spoken-da = دانمارکی
# A reading language's name inside a sentence.
language-inline-ar = عربی
language-inline-en = انگلیسی
language-inline-da = دانمارکی
flood-warning = شما پیام‌ها را تندتر از آن می‌فرستید که یک انسان بتواند بنویسد. برای همین، در { $minutes ->
    [one] { $minutes } دقیقه
   *[other] { $minutes } دقیقه
  } آینده پیام‌های شما را نمی‌خوانم. بعد از آن دوباره بنویسید.
