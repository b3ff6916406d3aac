# Words used in many places.
#
# Pashto (ps), as read in Afghanistan. Drafted 2026-11-29, NOT yet reviewed by a native speaker.
# Polite address: تاسو, verbs in the 2nd person plural (وټاکئ، ولیکئ، کړئ).
# Letters: Pashto ک for k and ګ for g (never Persian گ or Arabic ك); ی at the end of masculine
# words, ي for plural/adjective endings, ې and ۍ for feminine/plural endings.
# One term per thing, used in all files:
#   profile = پروفایل; filling in / finishing the profile = پروفایل بشپړول (never "نوم لیکنه")
#   signing up for a visit, meeting, internship = نوم لیکل / نوم لیکنه; cancelling it = نوم لرې کول
#   company visit = د شرکت لیدنه (plural د شرکتونو لیدنې)
#   information meeting = معلوماتي غونډه
#   internship = عملي زده کړه (praktik)
#   job (an opportunity) = دنده; work / occupation a person has done = کار
#   IGU = IGU (کار په معاش او ښوونځی)
#   coordinator = همغږي کوونکی (plural همغږي کوونکي)
#   education = تعلیم; vocational training = مسلکي روزنه
#   licence = جواز; certificate = سرټیفیکیټ
#   delete = ړنګول; remove (a job or language from a list) = لرې کول; saved = خوندي
#   press (a button) = کېکاږل

# REVIEW: "شاته" (back) and "پرېږدئ" (skip, literally "leave it") as button words.
choice-back = شاته
choice-skip = پرېږدئ
# REVIEW: "بشپړ شو" for "Done" (finished choosing); other texts refer to it as «بشپړ شو».
choice-done = بشپړ شو
# A chosen item in a list where several can be chosen.
choice-selected = ✓ { $label }
# The same for SMS and the terminal, without symbols that make an SMS more expensive.
choice-selected-text = { $label } (ټاکل شوی)
# Text channels (SMS, terminal) number the choices; these lines say how to answer.
choice-hint-one = په یوه شمېره ځواب ورکړئ.
choice-hint-one-sms = ځواب: 1-{ $max }
choice-hint-multi = په یوه یا څو شمېرو ځواب ورکړئ، لکه: 1 3
choice-hint-multi-sms = شمېرې ولیکئ، لکه 1 3
choice-hint-words = یا ولیکئ: { $words }
choice-hint-words-sms = ({ $words })
quoted = «{ $text }»
# Two items of a list: "A, B". Longer lists nest: "A, B, C".
list-pair = { $first }، { $rest }

error-empty = هېڅ متن مې ترلاسه نه کړ.
# REVIEW: "توری/توري" for "character" (letter); check that it is understood for any sign, too.
error-too-long =
    { $max ->
        [one] دا ډېر اوږد دی. لطفاً تر ډېره { $max } توری ولیکئ.
       *[other] دا ډېر اوږد دی. لطفاً تر ډېره { $max } توري ولیکئ.
    }
error-name-chars = لطفاً خپل نوم یوازې په تورو ولیکئ: شمېرې، نښې یا ایموجي نه.
error-text-chars = لطفاً په کلمو یې ولیکئ، یوازې شمېرې یا نښې نه.
# The name as on the person's papers in Denmark (residence or asylum card), not the passport.
# REVIEW: "په ډنمارک کې ستاسو کارت یا اسناد" for the Danish asylum/residence card and papers.
error-name-latin-script = لطفاً لاتیني توري (A-Z) وکاروئ. نوم داسې ولیکئ لکه په ډنمارک کې ستاسو په کارت یا اسنادو کې.
error-phone-invalid = دا د تلیفون شمېره نه شم کارولی. که ډنمارکي نه وي، د هېواد له کوډ سره یې ولیکئ. (بېلګه: +45 20 12 34 56)
error-year-range = لطفاً د { $min } او { $max } ترمنځ یو کال ولیکئ.
error-number-range = لطفاً د { $min } او { $max } ترمنځ یوه شمېره ولیکئ.
error-date-format = دا نېټه نه شم لوستلی. داسې یې ولیکئ: 1.3.2027
error-date-range = لطفاً له نن ورځې څخه تر پنځو کلونو پورې یوه نېټه وټاکئ.
error-pick-choice = لطفاً له ځوابونو څخه یو وټاکئ.
error-write-text = لطفاً خپل ځواب ولیکئ.
error-write-number = لطفاً یوه شمېره ولیکئ.
error-unsupported = زه دلته یوازې متن لوستلی شم. لطفاً خپل ځواب ولیکئ.
# REVIEW: "تڼۍ" for a Telegram button.
error-stale-button = دا تڼۍ د یوې پخوانۍ پوښتنې ده. اوسنۍ پوښتنه دا ده:
error-unknown-command = دا کمانډ نه پېژنم. /help ولیکئ چې وګورئ زه څه کولی شم.
error-cannot-go-back = دا لومړۍ پوښتنه ده.
# Literally "An answer to this question is needed."
error-cannot-skip = د دې پوښتنې ځواب اړین دی.
# "Registration" is translated as finishing the profile (پروفایل بشپړول), so it is not confused
# with signing up (نوم لیکل) for a visit or meeting.
error-finish-registration-first = لطفاً لومړی خپل پروفایل بشپړ کړئ.

# Day, month, year, as in "15 مارچ 2027".
date = { $day } { $month } { $year }
# Gregorian month names as used in Afghan Pashto (dates are Danish dates). CLDR spelling.
# REVIEW: readers in Afghanistan mostly use solar months (حمل، ثور ...); check that these
# Gregorian names (and the spelling مۍ for May) are the ones they know.
month-1 = جنوري
month-2 = فبروري
month-3 = مارچ
month-4 = اپریل
month-5 = مۍ
month-6 = جون
month-7 = جولای
month-8 = اګست
month-9 = سپتمبر
month-10 = اکتوبر
month-11 = نومبر
month-12 = دسمبر

# REVIEW: Afghans often call Dari "فارسي" too; spoken-fa (Persian of Iran) and spoken-prs (Dari)
# are two buttons, check that readers pick the right one.
spoken-ar = عربي
spoken-ku = کوردي
spoken-fa = فارسي
spoken-prs = دري
spoken-ps = پښتو
spoken-ti = تیګرینیا
spoken-am = امهري
spoken-so = سومالي
spoken-uk = اوکرایني
spoken-ru = روسي
spoken-tr = ترکي
spoken-fr = فرانسوي
spoken-de = الماني
spoken-en = انګلیسي
spoken-da = ډنمارکي
# A reading language's name inside a sentence.
language-inline-ar = عربي
language-inline-en = انګلیسي
language-inline-da = ډنمارکي
flood-warning = تاسو ډېر ګړندي پیغامونه لېږئ. یو انسان دومره ګړندی نه شي لیکلی. نو زه به ستاسو پیغامونه د { $minutes ->
    [one] { $minutes } دقیقې
   *[other] { $minutes } دقیقو
  } لپاره نه لولم. له هغې وروسته بیا ولیکئ.
