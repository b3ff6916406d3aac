# The registration questions, in the order they are asked.
# "Registration" = filling in the profile (پروفایل), not signing up (نوم لیکل) for a visit.

name-ask = ستاسو نوم څه دی؟ داسې یې ولیکئ لکه څنګه چې یې تل لیکئ.
# As on the person's papers in Denmark (residence or asylum card), not "as in your passport".
name-latin-ask = ستاسو نوم په لاتیني تورو څنګه لیکل کېږي؟ داسې یې ولیکئ لکه په ډنمارک کې ستاسو په کارت یا اسنادو کې. (بېلګه: Mohammad Al-Ahmad)
name-latin-same = همغه: { $name }

phone-ask = ستاسو د تلیفون شمېره څه ده؟ (بېلګه: 20 12 34 56)
phone-ask-telegram = ستاسو د تلیفون شمېره څه ده؟ د شریکولو لپاره لاندې تڼۍ کېکاږئ، یا یې ولیکئ. (بېلګه: 20 12 34 56)
phone-share-button = خپله شمېره شریکه کړئ
phone-saved = خوندي شو: { $phone }

place-ask = اوس چېرته اوسېږئ؟
place-other = بل ځای
# REVIEW: "د پناه غوښتونکو کمپ" for asylum centre ("کمپ" is the word refugees use; "مرکز" is
# more formal).
place-other-ask = هغه ښار یا د پناه غوښتونکو کمپ ولیکئ چې پکې اوسېږئ.

birth-year-ask = په کوم کال زېږېدلي یاست؟ (بېلګه: 1990)

education-level-ask = ستاسو تر ټولو لوړ تعلیم کوم دی؟
# Literally "I have not read (attended) school"; the verb does not change with the reader's gender.
# REVIEW: is "ښوونځی لوستل" the natural phrase here, or "ښوونځي ته نه یم تللی"?
education-none = ښوونځی مې نه دی لوستی
education-primary = لومړنی ښوونځی
education-secondary = منځنی ښوونځی / لیسه
education-vocational = مسلکي روزنه
education-bachelor = لیسانس / پوهنتون
education-master = ماسټري
education-doctorate = دوکتورا (PhD)
# REVIEW: "رشته" (field of study) and the examples (ساختماني انجنیري = civil engineering, نرسي = nursing).
education-field-ask = تاسو کومه رشته لوستې ده؟ (بېلګه: ساختماني انجنیري، نرسي، محاسبه)
education-country-ask = په کوم هېواد کې مو درس ویلی دی؟
education-year-ask = په کوم کال مو درس خلاص کړ؟ (بېلګه: 2012)

occupation-sector-ask = تاسو کوم کار کړی دی؟ یوه برخه وټاکئ.
occupation-sector-ask-more = د خپل بل کار برخه وټاکئ.
occupation-pick-ask = خپل کار وټاکئ.
occupation-not-listed = زما کار په لیست کې نشته
# The verb form does not change with the reader's gender.
occupation-none = تر اوسه مې کار نه دی کړی
occupation-own-words-ask = خپل کار په خپلو کلمو ولیکئ.
# The occupation label comes first, then a colon: "ترکاڼ: څو کاله مو ... کار کړی دی؟"
occupation-years-ask = { $occupation }: په دې کار کې مو څو کاله کار کړی دی؟ یوه شمېره ولیکئ. (0 که له یو کال څخه کم وي)
occupation-more-ask = ایا بل کار مو هم کړی دی؟
occupation-add = بل کار ور زیات کړئ
occupation-remove = یو کار لرې کړئ
occupation-remove-ask = کوم کار لرې کول غواړئ؟
occupation-principal-ask = کوم کار تر ټولو ډېر غواړئ؟

language-danish-ask = په ډنمارکي څومره ښه خبرې کولی شئ؟
language-english-ask = په انګلیسي څومره ښه خبرې کولی شئ؟
language-mother-ask = ستاسو مورنۍ ژبه کومه ده؟
language-other = بله ژبه
language-own-words-ask = د ژبې نوم ولیکئ.
language-others-ask = ایا په نورو ژبو هم خبرې کوئ؟ یوه ژبه وټاکئ، یا «بشپړ شو».
language-remove = یوه ژبه لرې کړئ
language-remove-ask = کومه ژبه لرې کول غواړئ؟
# The language name comes first, then a colon.
language-level-ask = { $language }: په دې ژبه څومره ښه خبرې کولی شئ؟

# Buttons: at most about 28 characters.
level-none = هېڅ نه
level-a1 = یو څو کلمې (A1)
level-a2 = ساده ورځنۍ خبرې (A2)
# REVIEW: "enough for work and shops", shortened to fit a button.
level-b1 = د کار او دوکان لپاره بس (B1)
level-b2 = په اسانۍ خبرې کوم (B2)
level-c1 = ډېر ښه، په کار کې هم (C1)
level-c2 = لکه خپله ژبه (C2)
level-native = مورنۍ ژبه

# REVIEW: "د موټر چلولو جواز" (many say "لایسنس") and "سرټیفیکیټ" for certificate.
licences-ask = ایا د موټر چلولو جواز یا سرټیفیکیټ لرئ؟ ټول هغه وټاکئ چې لرئ یې، بیا «بشپړ شو».
licence-b = موټر (B)
licence-be = موټر له ټریلر سره (BE)
# REVIEW: "لارۍ" for truck (also "ټرک").
licence-c = لارۍ (C)
licence-ce = لارۍ له ټریلر سره (CE)
licence-d = بس (D)
licence-forklift = د فورک لفټ سرټیفیکیټ
licence-none = هېڅ نه
certificates-ask = ایا نور سرټیفیکیټونه یا کورسونه لرئ؟ ویې لیکئ، یا «پرېږدئ». (بېلګه: د جوشکارۍ سرټیفیکیټ، لومړنۍ مرستې)

wishes-ask = تاسو څه لټوئ؟ ټول هغه وټاکئ چې درته مناسب دي، بیا «بشپړ شو».
wish-company-visit = د شرکتونو لیدنې
wish-internship = عملي زده کړه (praktik)
wish-job = دنده
# IGU: a paid job combined with school (integration education). Same words as kind-igu
# (opportunity.ftl), which also says that it needs a residence permit; that does not fit here.
# REVIEW: "کار په معاش او ښوونځی" (work with pay, and school).
wish-igu = IGU (کار په معاش او ښوونځی)
wish-education = تعلیم

available-ask = له کومې نېټې پیل کولی شئ؟ وټاکئ، یا یوه نېټه ولیکئ. (بېلګه: 1.3.2027)
available-now = اوس
available-1m = یوه میاشت وروسته
available-3m = درې میاشتې وروسته

registration-done = مننه! ستاسو پروفایل خوندي شو. کله چې یو څه تاسو ته مناسب وي، همغږي کوونکي به له تاسو سره اړیکه ونیسي.
