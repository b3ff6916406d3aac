# REVIEW (whole file): drafted by the engineers; the whole file awaits a native speaker's review.
# Understanding typed answers, the short registration by SMS, and what is said when an answer
# is not understood. Lists of words are comma-separated; case, accents and Arabic short vowels
# do not matter, and every language's words work for everyone.

# A first message that opens with one of these chooses Pashto (instead of the language menu).
# "سلام" (and so "سلام علیکم") is also Persian and Arabic: it chooses none of them.
# "ستړي مه شئ" is given as people type it with a Pashto keyboard and with a Persian one.
greeting-words = سلام, ستړي مه شئ, ستړي مه شې, ستړی مه شې, ستړی مه شی, ستړي مه شی, سهار مو پخیر, سهار مو په خیر, ماښام مو پخیر, ماښام مو په خیر, څنګه یاست, څنګه یې
# The first message to someone who wrote something else: what jobbro is, then the menu.
language-intro = jobbro له تاسو سره مرسته کوي چې په ډنمارک کې کار ومومئ. خپله ژبه وټاکئ.
consent-other-language = بله ژبه

# One line instead of the whole menu again, when an answer was not understood.
hint-number = له 1 څخه تر { $max } پورې په یوه شمېره ځواب ورکړئ. د ځوابونو د بیا لیدلو لپاره ? ولېږئ.
hint-number-sms = یوه شمېره 1 تر { $max } ولېږئ. د ځوابونو لیدلو لپاره ? ولېږئ.
hint-numbers = له 1 څخه تر { $max } پورې په یوه یا څو شمېرو ځواب ورکړئ، لکه: 1 3. د ځوابونو د بیا لیدلو لپاره ? ولېږئ.
hint-numbers-sms = شمېرې ولېږئ، لکه 1 3. د ځوابونو لیدلو لپاره ? ولېږئ.
# An answer that fits two choices: only those two, with their numbers where numbers are shown.
hint-unsure = ستاسو مطلب { $first } دی که { $second }؟
choice-numbered = { $number } { $label }
choice-plain = { $label }

# At "your name in Latin letters": people who mean the name they already wrote.
# "همغه" is the button name-latin-same.
name-latin-same-words = همغه, هماغه, همدا, همغه نوم, هماغه نوم, عین هماغه, لکه مخکې, لکه پورته, لکه چې مې ولیکل
name-latin-same-not-latin = ستاسو په نوم کې داسې توري شته چې له A-Z نه دي. لطفاً په لاتیني تورو یې ولیکئ، لکه په ډنمارک کې ستاسو په اسنادو کې.

# By SMS the main occupation is written, not picked from a list.
occupation-write-ask = ستاسو اصلي کار څه دی؟ ویې لیکئ، لکه: جوشکار، آشپز، نرس.
occupation-write-ask-sms = اصلي کار مو؟ ویې لیکئ، لکه جوشکار، آشپز.
occupation-found-ask = کوم یو مو مطلب دی؟
occupation-as-written = لکه ما چې ولیکل: { $words }

# The end of the short registration (SMS): the rest is offered, not asked.
# The word in «» must be in keyword-more.
registration-done-short = مننه! ستاسو پروفایل خوندي شو. کله چې یو څه تاسو ته مناسب وي، درته به ولیکو. د خپل تعلیم او ژبو د ورزیاتولو لپاره «نور» ولېږئ.
registration-done-short-sms = مننه! پروفایل مو خوندي شو. کله چې څه مناسب وي، درته لیکو. د تعلیم او ژبو لپاره «نور» ولېږئ.
registration-completed = مننه! ستاسو پروفایل اوس بشپړ دی.
menu-more = تعلیم او ژبې ورزیاتې کړئ
# REVIEW: "نور" (more) is also a name and means "light" in Persian and Arabic; it is only read
# as "more" in the menu, after registering.
keyword-more = نور
