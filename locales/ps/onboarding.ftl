# First contact: language, privacy and consent.
# Keep sentences short and words plain: many readers are new to English.

language-ask = خپله ژبه وټاکئ.
# The language's own name, shown on its button in every locale.
language-self-name = پښتو
# REVIEW: added by the engineers after the first draft.
language-more = نورې ژبې
language-more-pair = { $first } / { $rest }
language-changed = سمه ده، له اوس وروسته به په پښتو درته لیکم.
profile-linked = دا د تلیفون شمېره له مخکې زموږ سره پروفایل لري. نو دا چټ اوس له هغه پروفایل سره وصل شو. هېڅ شی ورک نه شو.
welcome-back = بیا ښه راغلئ! راځئ له هماغه ځایه دوام ورکړو چې مو پرېښی و.

# REVIEW: "د شرکتونو لیدنې" for company visits and "عملي زده کړه" for internship (in
# Afghanistan "ستاژ" is also used); "همغږي کوونکي" for coordinators.
consent-ask =
    مخکې له دې چې پیل وکړو: jobbro له تاسو سره مرسته کوي چې په ډنمارک کې د شرکتونو لیدنې، عملي زده کړې او دندې ومومئ.
    
    که هو ووایئ، تاسو به موږ ته د خپل کار، تعلیم او ژبو په اړه ووایئ. د پروژې همغږي کوونکي ستاسو ځوابونه لیدلی شي. دوی یې یوازې د دې لپاره کاروي چې تاسو ته د لیدنو، عملي زده کړو او دندو بلنه درکړي.
    
    تاسو هر وخت خپل معلومات لیدلی، بدلولی یا ړنګولی شئ.
    
    ایا موافق یاست؟
consent-yes = هو، موافق یم
consent-no = نه
consent-more = نور ولولئ
consent-thanks = مننه. هر ځواب سمدستي خوندي کېږي.
consent-refused = سمه ده. موږ ستاسو په اړه هېڅ شی نه دی خوندي کړی. که مو نظر بدل شو، یوازې موږ ته بیا ولیکئ.

# REVIEW: "رضاکار" (volunteer), "جوازونه" (licences), "د معلوماتو د ساتنې اداره" for the data
# protection authority.
# REVIEW: the lines on the CV, the municipality, the 18 months and «زما معلومات» were added by
# the engineers after the first draft; "سي وي" and "ښاروالي" as in privacy.ftl.
privacy-full =
    د محرمیت خبرتیا
    
    څوک: د دې jobbro پروژې رضاکار همغږي کوونکي.
    څه خوندي کوو: ستاسو نوم، د تلیفون شمېره، د اوسېدو ځای، د زېږېدو کال، تعلیم، د کار تجربه، ژبې، جوازونه او هغه څه چې تاسو یې لټوئ.
    ولې: چې تاسو ته د شرکتونو لیدنو، معلوماتي غونډو، عملي زده کړو او دندو بلنه درکړو، یوازې هغو ته چې تاسو ته مناسب وي. د بل هېڅ شي لپاره نه.
    څوک یې لیدلی شي: یوازې د پروژې همغږي کوونکي. یو شرکت ستاسو سي وي یوازې هغه وخت ترلاسه کوي چې د هغه د لیدنې یا دندې لپاره د نوم لیکلو پر وخت هو ووایئ. یوه ښاروالي ستاسو پروفایل یوازې هغه وخت ترلاسه کوي چې له تاسو وپوښتل شي او هو ووایئ. موږ هېڅکله ستاسو معلومات نه پلورو او نه یې د اعلانونو لپاره کاروو.
    تر کله: تر هغه چې تاسو یې ړنګ کړئ، یا 18 میاشتې وروسته له هغه چې موږ ته مو وروستی ځل لیکلي وي (مخکې به له تاسو وپوښتو).
    ستاسو حقونه: تاسو کولی شئ خپل معلومات په «زما پروفایل» کې وګورئ او بدل یې کړئ. په «زما معلومات» (/mydata) کې د هر څه کاپي اخلئ، ګورئ چې چا کارولي دي، او هر «هو» بېرته اخیستلی شئ. هر څه په «زما معلومات ړنګ کړئ» یا /delete سره ړنګولی شئ. تاسو کولی شئ Datatilsynet ته هم شکایت وکړئ. دا د ډنمارک د معلوماتو د ساتنې اداره ده.

# Commands are put after a colon, so the Latin command never sits in the middle of a Pashto sentence.
help-text =
    jobbro له تاسو سره مرسته کوي چې د شرکتونو لیدنې، عملي زده کړې او دندې ومومئ.
    پوښتنو ته په تڼیو یا په لیکلو ځواب ورکړئ.
    یوه پوښتنه شاته: /back. له هغې پوښتنې تېرېدل چې نه غواړئ ځواب یې ورکړئ: /skip.
    اصلي مینو: /menu. ستاسو ځوابونه: /profile. د ژبې بدلول: /language. موږ ستاسو معلومات څنګه کاروو: /privacy. ستاسو په اړه د هر څه ړنګول: /delete.
# The initials are put after a colon, so no grammar has to agree with them.
claim-phone-ask = دا د تلیفون شمېره د دې پروفایل ده: { $initials }. ایا دا تاسو یاست؟
claim-phone-ask-unnamed = دا د تلیفون شمېره له مخکې د بل پروفایل ده. ایا هغه پروفایل ستاسو دی؟
claim-phone-yes = هو، دا زه یم
claim-phone-no = نه، زه بل څوک یم
claim-phone-kept-apart = نو تاسو ته به خپل جلا پروفایل جوړ شي. شمېره به له بل پروفایل سره پاتې شي.
