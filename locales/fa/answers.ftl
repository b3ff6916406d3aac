# REVIEW (whole file): drafted by the engineers; the whole file awaits a native speaker's review
# (one reader from Iran and one from Afghanistan).
# Understanding typed answers, the short registration by SMS, and what is said when an answer
# is not understood. Lists of words are comma-separated; case, accents and Arabic short vowels
# do not matter, and every language's words work for everyone.

# A first message that opens with one of these chooses Persian (instead of the language menu).
# "سلام" (and so "سلام علیکم") is also Arabic and Pashto: it chooses none of them.
# REVIEW: "مانده نباشید" and "چطور استید" for Dari speakers.
greeting-words = سلام, درود, صبح بخیر, صبح به خیر, روز بخیر, روز به خیر, عصر بخیر, عصر به خیر, وقت بخیر, وقت به خیر, خسته نباشید, مانده نباشید, چطور هستید, چطور استید
# The first message to someone who wrote something else: what jobbro is, then the menu.
language-intro = jobbro به شما کمک می‌کند در دانمارک کار پیدا کنید. زبان خود را انتخاب کنید.
consent-other-language = زبان دیگر

# One line instead of the whole menu again, when an answer was not understood.
hint-number = با یک عدد از 1 تا { $max } جواب دهید. برای دیدن دوباره گزینه‌ها، ? بفرستید.
hint-number-sms = عدد 1 تا { $max } بفرستید. برای دیدن گزینه‌ها ? بفرستید.
hint-numbers = با یک یا چند عدد از 1 تا { $max } جواب دهید، مثلاً: 1 3. برای دیدن دوباره گزینه‌ها، ? بفرستید.
hint-numbers-sms = عددها را بفرستید، مثلاً 1 3. برای دیدن گزینه‌ها ? بفرستید.
# An answer that fits two choices: only those two, with their numbers where numbers are shown.
hint-unsure = منظورتان { $first } است یا { $second }؟
choice-numbered = { $number } { $label }
choice-plain = { $label }

# At "your name in Latin letters": people who mean the name they already wrote.
# "همان" is the button name-latin-same; "همو" is Dari.
name-latin-same-words = همان, همون, همو, همین, همان نام, همان اسم, همون اسم, عین همان, مثل قبل, مثل بالا, همان که نوشتم
name-latin-same-not-latin = در نام شما حرف‌هایی هست که از A-Z نیست. لطفاً آن را با حروف لاتین بنویسید، همان‌طور که روی مدارک شما در دانمارک است.

# By SMS the main occupation is written, not picked from a list.
occupation-write-ask = شغل اصلی شما چیست؟ آن را بنویسید، مثلاً: جوشکار، آشپز، پرستار.
occupation-write-ask-sms = شغل اصلی شما؟ بنویسید، مثلاً: جوشکار، آشپز.
occupation-found-ask = منظورتان کدام است؟
occupation-as-written = همان‌طور که نوشتم: { $words }

# The end of the short registration (SMS): the rest is offered, not asked.
# The word in «» must be in keyword-more.
registration-done-short = ممنون! پروفایل شما ذخیره شد. وقتی چیزی مناسب شما بود، به شما پیام می‌دهیم. برای اضافه کردن تحصیلات و زبان‌های خود، «بیشتر» بفرستید.
registration-done-short-sms = ممنون! پروفایل شما ذخیره شد. وقتی چیزی مناسب بود، پیام می‌دهیم. برای تحصیلات و زبان‌ها «بیشتر» بفرستید.
registration-completed = ممنون! پروفایل شما حالا کامل است.
menu-more = اضافه کردن تحصیلات و زبان‌ها
# REVIEW: "زیادتر" is how many Afghans say "more".
keyword-more = بیشتر, زیادتر
