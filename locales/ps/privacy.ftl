# "My data": consents per purpose, a copy of everything stored, the CV. Short lines: by SMS
# every character costs.
# Pashto: added by the engineers after the first draft, not yet read by a native speaker.
# Terms as in the other files: پروفایل، همغږي کوونکی (plural همغږي کوونکي)، نوم لیکنه (signing
# up)، معلومات (data)، ړنګول (delete)، «زما پروفایل»، «زما معلومات ړنګ کړئ». New: «زما معلومات»
# (My data), سي وي (CV), موافقه (consent, plural موافقې), بېرته اخیستل (taking a yes back),
# ښاروالي (the Danish kommune), د کار مرکز (the Jobcenter).
# Company and municipality names stand after a colon or before a postposition (ته), so no
# Pashto word has to agree with them.

# REVIEW: added by the engineers after the first draft.
consent-yes-short = هو
# REVIEW: added by the engineers after the first draft.
consent-no-short = نه

# The coordinator's title comes first, the company in brackets, then the question.
# REVIEW: added by the engineers after the first draft; "سي وي" for CV (the Pashto word
# "ژوندلیک" may be known to fewer readers). "خپل ځای نه بایلئ" = "you do not lose your place".
cv-consent-ask =
    { $title } ({ $company }): ایا ستاسو سي وي دې شرکت ته ولېږو؟ په سي وي کې ستاسو نوم، د تلیفون شمېره، کار، تعلیم او ژبې دي.
    هر ځواب چې ورکړئ، خپل ځای نه بایلئ.
# REVIEW: added by the engineers after the first draft; "بېرته اخیستل" for taking a yes back.
cv-consent-given = مننه. دا شرکت ستاسو سي وي ترلاسه کولی شي: { $company }. دا هو په «زما معلومات» کې بېرته اخیستلی شئ.
# REVIEW: added by the engineers after the first draft.
cv-consent-declined = سمه ده. موږ ستاسو سي وي دې شرکت ته نه لېږو: { $company }. خپل ځای نه بایلئ.

# REVIEW: added by the engineers after the first draft; "ښاروالي" for the Danish kommune and
# "د کار مرکز" for the Jobcenter.
handover-consent-ask =
    یو همغږي کوونکی غواړي ستاسو پروفایل دې ښاروالۍ ته ورکړي: { $municipality }. داسې به هلته د کار مرکز ستاسو کار او ژبې وپېژني. په پروفایل کې ستاسو سي وي، نوم او د تلیفون شمېره هم شته.
    ایا موافق یاست؟
# REVIEW: added by the engineers after the first draft.
handover-consent-given = مننه. ستاسو پروفایل دې ښاروالۍ ته ورکول کېږي: { $municipality }. دا هو په «زما معلومات» کې بېرته اخیستلی شئ.
# REVIEW: added by the engineers after the first draft.
handover-consent-declined = سمه ده. موږ ستاسو پروفایل دې ښاروالۍ ته نه ورکوو: { $municipality }.

# REVIEW: added by the engineers after the first draft; "زما معلومات" stands in the same menu as
# "زما پروفایل" and "زما معلومات ړنګ کړئ".
menu-mydata = زما معلومات
# REVIEW: added by the engineers after the first draft; "اداره کول" for "manage".
command-mydata = خپل معلومات وګورئ او اداره یې کړئ

# REVIEW: added by the engineers after the first draft.
mydata-title = زما معلومات
# REVIEW: added by the engineers after the first draft.
mydata-matching-off = اوس همغږي کوونکي نه تاسو موندلی شي او نه بلنه درکولی شي.
# REVIEW: added by the engineers after the first draft.
mydata-consent-matching = همغږي کوونکي تاسو موندلی او بلنه درکولی شي (له { $date } راهیسې).
# { $about } is "Company: title" or a municipality's name. "کولی شي" has no gender or number.
# REVIEW: added by the engineers after the first draft.
mydata-consent-cv = { $about } ستاسو سي وي ترلاسه کولی شي (له { $date } راهیسې).
# REVIEW: added by the engineers after the first draft.
mydata-consent-handover = { $about } ستاسو پروفایل ترلاسه کولی شي (له { $date } راهیسې).
# REVIEW: added by the engineers after the first draft; "بېرته اخیستل شوی (هو مو په ... ویلی و)"
# for "taken back (given ...)".
mydata-consent-matching-withdrawn = همغږي کوونکي تاسو موندلی او بلنه درکولی شي: بېرته اخیستل شوی (هو مو په { $date } ویلی و).
# REVIEW: added by the engineers after the first draft.
mydata-consent-cv-withdrawn = { $about } ستاسو سي وي ترلاسه کولی شي: بېرته اخیستل شوی (هو مو په { $date } ویلی و).
# REVIEW: added by the engineers after the first draft.
mydata-consent-handover-withdrawn = { $about } ستاسو پروفایل ترلاسه کولی شي: بېرته اخیستل شوی (هو مو په { $date } ویلی و).
# REVIEW: added by the engineers after the first draft.
mydata-export = ټول معلومات مې راولېږئ
# REVIEW: added by the engineers after the first draft.
mydata-cv = زما سي وي
# REVIEW: added by the engineers after the first draft.
mydata-give-matching = همغږي کوونکي دې بیا ما ومومي
# REVIEW: added by the engineers after the first draft; "ودروئ:" for "Stop:" on the buttons.
mydata-stop-matching = ودروئ: همغږي کوونکي دې ما ونه مومي
# REVIEW: added by the engineers after the first draft.
mydata-stop-cv = ودروئ: { $about } ته سي وي مه لېږئ
# REVIEW: added by the engineers after the first draft.
mydata-stop-handover = ودروئ: { $about } ته پروفایل مه ورکوئ
# REVIEW: added by the engineers after the first draft.
mydata-matching-given = وشو. همغږي کوونکي تاسو بیا موندلی او بلنه درکولی شي.
# REVIEW: added by the engineers after the first draft.
mydata-matching-withdrawn = وشو. اوس همغږي کوونکي تاسو نه شي موندلی او تاسو ته بلنې نه راځي. ستاسو پروفایل ساتل کېږي. ستاسو د نوم لیکنو په اړه پیغامونه به بیا هم درته راځي.
# REVIEW: added by the engineers after the first draft.
mydata-cv-withdrawn = وشو. موږ به ستاسو سي وي دوی ته نه لېږو.
# REVIEW: added by the engineers after the first draft.
mydata-handover-withdrawn = وشو. موږ به ستاسو پروفایل دوی ته نه ورکوو.
# REVIEW: added by the engineers after the first draft.
mydata-cv-by-sms = یو همغږي کوونکی ستاسو سي وي چاپولی شي. بل ځل چې یې وینئ، ترې یې وغواړئ.
# REVIEW: added by the engineers after the first draft.
mydata-cv-sent = دا ستاسو سي وي دی.

# REVIEW: added by the engineers after the first draft.
mydata-export-title = هر څه چې ستاسو په اړه یې خوندي کوو
# REVIEW: added by the engineers after the first draft.
mydata-consents-title = تاسو دې شیانو ته هو ویلی دی:
# REVIEW: added by the engineers after the first draft.
mydata-signups-title = ستاسو نوم لیکنې:
# REVIEW: added by the engineers after the first draft.
mydata-signup = { $title }، { $start } ({ $status })
# REVIEW: added by the engineers after the first draft.
mydata-uses-title = چا ستاسو معلومات کارولي دي:
# REVIEW: added by the engineers after the first draft.
mydata-uses-none = تر اوسه هېچا نه.
# REVIEW: added by the engineers after the first draft.
mydata-use = { $date }: { $action }، { $by }
# REVIEW: added by the engineers after the first draft.
mydata-action-viewed_profile = پروفایل ولیدل شو
# REVIEW: added by the engineers after the first draft.
mydata-action-cv_downloaded = سي وي جوړ شو
# REVIEW: added by the engineers after the first draft.
mydata-action-cv_sent = سي وي یو شرکت ته ولېږل شو
# REVIEW: added by the engineers after the first draft.
mydata-action-exported = د معلوماتو کاپي واخیستل شوه
# REVIEW: added by the engineers after the first draft.
mydata-action-handed_over = پروفایل یوې ښاروالۍ ته ورکړل شو
# REVIEW: added by the engineers after the first draft.
mydata-action-retention_warned = له ړنګولو مخکې خبرداری
# REVIEW: added by the engineers after the first draft.
mydata-action-erased = ړنګ شول
# REVIEW: added by the engineers after the first draft.
mydata-by-staff = د یو همغږي کوونکي له خوا
# REVIEW: added by the engineers after the first draft; "مدیر" for the administrator.
mydata-by-admin = د مدیر له خوا
# REVIEW: added by the engineers after the first draft.
mydata-by-person = ستاسو له خوا
# REVIEW: added by the engineers after the first draft.
mydata-by-retention = په اتوماتیک ډول
# Labels before the numbers, so the numbers stand alone (no plural forms needed).
# REVIEW: added by the engineers after the first draft.
mydata-counts = موافقې: { $consents }، نوم لیکنې: { $signups }، د کارولو شمېر: { $uses }.
# REVIEW: added by the engineers after the first draft.
mydata-sms-summary = موږ دا خوندي کوو: ستاسو پروفایل («زما پروفایل» وګورئ)، موافقې، نوم لیکنې او دا چې چا ستاسو معلومات کارولي دي.
# The command is put after a colon, as in help-text.
# REVIEW: added by the engineers after the first draft.
mydata-sms-rest = بشپړه کاپي غواړئ؟ له یو همغږي کوونکي یې وغواړئ، یا په ټیلیګرام کې دا ولیکئ: /mydata
