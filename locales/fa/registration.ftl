# The registration questions, in the order they are asked.
# Persian: registering = "کامل کردن پروفایل"; signing up for a visit = "نام‌نویسی" (other files).

name-ask = نام شما چیست؟ آن را همان‌طور بنویسید که همیشه می‌نویسید.
# The Latin name as on the person's Danish residence or asylum card, not the passport.
name-latin-ask = نام شما با حروف لاتین چطور نوشته می‌شود؟ همان‌طور که روی کارت یا مدارک شما در دانمارک است. (مثال: Mohammad Al-Ahmad)
name-latin-same = همان: { $name }

phone-ask = شماره تلفن شما چیست؟ (مثال: 20 12 34 56)
phone-ask-telegram = شماره تلفن شما چیست؟ دکمه پایین را بزنید تا شماره فرستاده شود، یا آن را بنویسید. (مثال: 20 12 34 56)
phone-share-button = فرستادن شماره تلفنم
phone-saved = ذخیره شد: { $phone }

place-ask = الان کجا زندگی می‌کنید؟
place-other = جای دیگر
# REVIEW: "کمپ" for asylum centre (both countries say it); "مرکز پناهجویان" is more formal.
place-other-ask = در کدام شهر یا کمپ پناهجویان زندگی می‌کنید؟ نام آن را بنویسید.

# Gregorian year asked for explicitly: many know their birth year in the Solar Hijri calendar.
birth-year-ask = در چه سالی به دنیا آمدید؟ (سال میلادی، مثال: 1990)

education-level-ask = بالاترین تحصیلات شما چیست؟
# "School" is "مکتب" in Afghanistan and "مدرسه" in Iran, so "درس" (studying) is used instead.
education-none = درس نخوانده‌ام
education-primary = ابتدایی
# REVIEW: "لیسه" (Afghanistan) / "دبیرستان" (Iran) for secondary / high school.
education-secondary = لیسه / دبیرستان
education-vocational = آموزش فنی و حرفه‌ای
# REVIEW: "پوهنتون" is the Afghan word for university; "دانشگاه" is used here (known in both).
education-bachelor = لیسانس / دانشگاه
education-master = ماستری / فوق لیسانس
education-doctorate = دکترا (PhD)
education-field-ask = چه رشته‌ای خواندید؟ (مثال: مهندسی ساختمان، پرستاری، حسابداری)
education-country-ask = در کدام کشور درس خواندید؟
education-year-ask = در چه سالی درس را تمام کردید؟ (سال میلادی، مثال: 2012)

occupation-sector-ask = چه کارهایی کرده‌اید؟ یک بخش را انتخاب کنید.
occupation-sector-ask-more = بخش شغل بعدی خود را انتخاب کنید.
occupation-pick-ask = شغل خود را انتخاب کنید.
occupation-not-listed = شغل من در لیست نیست
occupation-none = هنوز کار نکرده‌ام
occupation-own-words-ask = شغل خود را با کلمات خودتان بنویسید.
# The occupation label comes first, then a colon: no grammar has to fit around it.
occupation-years-ask = { $occupation }: چند سال در این شغل کار کرده‌اید؟ یک عدد بنویسید. (اگر کمتر از یک سال است: 0)
occupation-more-ask = کار دیگری هم کرده‌اید؟
occupation-add = اضافه کردن شغل دیگر
occupation-remove = پاک کردن یک شغل
occupation-remove-ask = کدام شغل را می‌خواهید پاک کنید؟
occupation-principal-ask = کدام شغل را بیشتر از همه می‌خواهید؟

language-danish-ask = دانمارکی را چقدر خوب صحبت می‌کنید؟
language-english-ask = انگلیسی را چقدر خوب صحبت می‌کنید؟
language-mother-ask = زبان مادری شما چیست؟
language-other = زبان دیگر
language-own-words-ask = نام زبان را بنویسید.
language-others-ask = زبان‌های دیگری هم بلد هستید؟ یکی را انتخاب کنید، یا «تمام».
language-remove = پاک کردن یک زبان
language-remove-ask = کدام زبان را می‌خواهید پاک کنید؟
# The language name comes first, then a colon.
language-level-ask = { $language }: این زبان را چقدر خوب صحبت می‌کنید؟

level-none = اصلاً بلد نیستم
level-a1 = چند کلمه (A1)
level-a2 = صحبت ساده روزانه (A2)
level-b1 = برای کار و خرید کافی (B1)
level-b2 = راحت صحبت می‌کنم (B2)
level-c1 = خیلی خوب، در کار هم (C1)
level-c2 = مثل زبان مادری‌ام (C2)
level-native = زبان مادری

# REVIEW: driving licence is "گواهینامه" in Iran and "لایسنس" in Afghanistan; car "ماشین/موتر",
# truck "کامیون/لاری", bus "اتوبوس/بس" give both words. "مدرک" is used for certificates.
licences-ask = گواهینامه رانندگی (لایسنس) یا مدرک کاری دارید؟ هر چه دارید انتخاب کنید، بعد «تمام».
licence-b = ماشین/موتر (B)
licence-be = ماشین/موتر با تریلر (BE)
licence-c = کامیون/لاری (C)
licence-ce = کامیون/لاری با تریلر (CE)
licence-d = اتوبوس/بس (D)
licence-forklift = مدرک لیفتراک (فورک‌لیفت)
licence-none = هیچ‌کدام
# REVIEW: "دوره" (Iran) and "کورس" (Afghanistan) for course.
certificates-ask = مدرک یا دوره (کورس) دیگری دارید؟ آن‌ها را بنویسید، یا «رد کردن». (مثال: مدرک جوشکاری، کمک‌های اولیه)

wishes-ask = دنبال چه هستید؟ هر چه مناسب است انتخاب کنید، بعد «تمام».
wish-company-visit = بازدید از شرکت
wish-internship = کارآموزی (praktik)
wish-job = شغل
# IGU: a paid job together with school, for people with a residence permit. The button has
# room only for "paid job and studying"; kind-igu (opportunity.ftl) says it in full.
wish-igu = IGU (کار با مزد و درس)
wish-education = تحصیل

available-ask = از چه وقت می‌توانید شروع کنید؟ انتخاب کنید، یا یک تاریخ بنویسید. (روز.ماه.سال، مثال: 1.3.2027)
available-now = همین حالا
available-1m = یک ماه بعد
available-3m = سه ماه بعد

registration-done = ممنون! پروفایل شما ذخیره شد. هر وقت چیزی مناسب شما بود، هماهنگ‌کننده‌ها با شما تماس می‌گیرند.
