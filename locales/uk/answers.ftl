# REVIEW (whole file): drafted by the engineers; the whole file awaits a native speaker's review.
# Understanding typed answers, the short registration by SMS, and what is said when an answer
# is not understood. Lists of words are comma-separated; case, accents and Arabic short vowels
# do not matter, and every language's words work for everyone.

# A first message that opens with one of these chooses Ukrainian (instead of the language menu).
# REVIEW: Russian greetings ("привет", "здравствуйте") are left out on purpose: they would
# choose Ukrainian for every Russian speaker.
greeting-words = привіт, вітаю, добрий день, доброго дня, добридень, добрий ранок, доброго ранку, добрий вечір, доброго вечора, здрастуйте
# The first message to someone who wrote something else: what jobbro is, then the menu.
language-intro = jobbro допомагає знайти роботу в Данії. Виберіть мову.
consent-other-language = Інша мова

# One line instead of the whole menu again, when an answer was not understood.
hint-number = Відповідайте числом від 1 до { $max }. Надішліть ?, щоб знову побачити варіанти.
hint-number-sms = Надішліть число 1-{ $max }. Надішліть ?, щоб побачити варіанти.
hint-numbers = Відповідайте одним або кількома числами від 1 до { $max }, наприклад: 1 3. Надішліть ?, щоб знову побачити варіанти.
hint-numbers-sms = Надішліть числа, напр. 1 3. Надішліть ?, щоб побачити варіанти.
# An answer that fits two choices: only those two, with their numbers where numbers are shown.
hint-unsure = Ви мали на увазі { $first } чи { $second }?
choice-numbered = { $number } { $label }
choice-plain = { $label }

# At "your name in Latin letters": people who mean the name they already wrote.
# "Так само" is the button name-latin-same; "теж саме" is common though not standard.
name-latin-same-words = те саме, те ж саме, теж саме, так само, таке саме, те саме ім'я, як раніше, як вище, без змін
name-latin-same-not-latin = У вашому імені є літери, яких немає в A-Z. Напишіть його латинськими літерами, як у ваших документах у Данії.

# By SMS the main occupation is written, not picked from a list.
occupation-write-ask = Яка ваша основна професія? Напишіть її, наприклад: зварник, кухар, медсестра.
occupation-write-ask-sms = Ваша основна професія? Напишіть, напр. зварник, кухар.
occupation-found-ask = Яку з них ви маєте на увазі?
# A button in the reader's voice: "Як я написав/написала" would need a gender.
occupation-as-written = Мій варіант: { $words }

# The end of the short registration (SMS): the rest is offered, not asked.
# The word in capitals must be in keyword-more.
registration-done-short = Дякуємо! Ваш профіль збережено. Ми напишемо вам, коли щось підійде. Надішліть БІЛЬШЕ, щоб додати освіту і мови.
registration-done-short-sms = Дякуємо! Профіль збережено. Напишемо, коли щось підійде. Надішліть БІЛЬШЕ, щоб додати освіту і мови.
registration-completed = Дякуємо! Тепер ваш профіль заповнено.
menu-more = Додати освіту і мови
keyword-more = БІЛЬШЕ
