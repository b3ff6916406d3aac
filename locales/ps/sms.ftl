# Short SMS variants (`<id>-sms`) of texts that are long on Telegram: every 160 characters
# (70 in Arabic) is another paid SMS segment. Same meaning, fewer words. Keep Danish and
# English within GSM-7: no curly quotes, dashes or emoji.
# Pashto is sent as UCS-2: 70 characters per SMS, 67 when split. Every word counts.

consent-ask-sms = jobbro په ډنمارک کې د شرکتونو لیدنې، عملي زده کړې او دندې درته مومي. که هو، همغږي کوونکي ستاسو ځوابونه ویني او یوازې د بلنې لپاره یې کاروي. هر وخت یې لیدلی، بدلولی یا ړنګولی شئ. موافق یاست؟
consent-thanks-sms = مننه.
name-ask-sms = نوم مو څه دی؟
# As on the papers in Denmark (residence or asylum card), not the passport.
name-latin-ask-sms = نوم په لاتیني تورو، لکه په ډنمارکي کارت کې؟
place-ask-sms = چېرته اوسېږئ؟
education-level-ask-sms = تر ټولو لوړ تعلیم؟
occupation-not-listed-sms = بل کار
occupation-years-ask-sms = { $occupation }: څو کاله؟ (0 که تر یو کال کم)
language-other-sms = بله
language-others-ask-sms = نورې ژبې؟ یوه وټاکئ، یا «بشپړ شو».
level-none-sms = هېڅ نه
level-a1-sms = A1 څو کلمې
level-a2-sms = A2 ساده خبرې
level-b1-sms = B1 د کار لپاره بس
level-b2-sms = B2 په اسانۍ
level-c1-sms = C1 ډېر ښه
# REVIEW: "روان" for fluent.
level-c2-sms = C2 روان
licences-ask-sms = جواز یا سرټیفیکیټ؟ ټول هغه وټاکئ چې لرئ یې.
licence-b-sms = B موټر
licence-be-sms = BE موټر+ټریلر
licence-c-sms = C لارۍ
licence-ce-sms = CE لارۍ+ټریلر
licence-d-sms = D بس
licence-forklift-sms = فورک لفټ
certificates-ask-sms = نور سرټیفیکیټونه یا کورسونه؟ ویې لیکئ، یا «پرېږدئ».
wishes-ask-sms = څه لټوئ؟ ټول مناسب وټاکئ.
available-ask-sms = کله پیل کولی شئ؟ وټاکئ، یا نېټه ولیکئ (1.3.2027).
registration-done-sms = مننه! پروفایل مو خوندي شو. کله چې څه مناسب وي، درته لیکو.
summary-name-latin-sms = لاتیني: { $name }
summary-phone-sms = تلیفون: { $phone }
summary-place-sms = ځای: { $place }
summary-available-sms = پیل: { $date }
# Like the Arabic text, the list of saved fields is left out to save SMS; privacy-full has it.
# REVIEW: company/municipality, 18 months and /mydata added by the engineers after the first draft.
privacy-full-sms = محرمیت: د jobbro همغږي کوونکي ستاسو ځوابونه یوازې د لیدنو، عملي زده کړو او دندو د بلنې لپاره ساتي. نه پلورل کېږي. یوازې که هو ووایئ، شرکت یا ښاروالي یې ترلاسه کوي. تر هغه ساتل کېږي چې /delete ولیکئ، یا له ستاسو وروستي پیغام 18 میاشتې وروسته. /mydata هر څه ښیي. شکایت: Datatilsynet.
help-text-sms = د خپلې خوښې شمېره ولېږئ. شاته: /back، پرېښودل: /skip، مینو: /menu، ړنګول: /delete. «ودروئ» ټول پیغامونه ودروي.
