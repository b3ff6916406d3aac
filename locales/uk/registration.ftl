# The registration questions, in the order they are asked.
# Ukrainian: "реєстрація" is filling in the profile; signing up for a visit is "записатися".
# Past tense with "ви" is plural ("ви народилися"), so it needs no gender.

name-ask = Як вас звати? Напишіть ім'я та прізвище так, як ви зазвичай їх пишете.
# The name as on the papers the person got in Denmark (residence card), not as in the passport.
# The example is a Ukrainian name (the English file uses an Arabic one).
name-latin-ask = Як пишуться ваші ім'я та прізвище латинськими літерами, як у ваших документах у Данії? (Приклад: Olena Kovalenko)
name-latin-same = Так само: { $name }

phone-ask = Який ваш номер телефону? (Приклад: 20 12 34 56)
phone-ask-telegram = Який ваш номер телефону? Натисніть кнопку нижче, щоб поділитися ним, або напишіть його. (Приклад: 20 12 34 56)
phone-share-button = Поділитися номером телефону
phone-saved = Збережено: { $phone }

place-ask = Де ви зараз живете?
place-other = В іншому місці
# REVIEW: "asylum centre" given as "центр для біженців" (everyday word); "центр для шукачів притулку" is the exact term.
place-other-ask = Напишіть місто або центр для біженців, де ви живете.

birth-year-ask = У якому році ви народилися? (Приклад: 1990)

education-level-ask = Яка у вас найвища освіта?
education-none = Без шкільної освіти
education-primary = Початкова школа
education-secondary = Середня школа
# REVIEW: vocational training; in Ukraine this is "профтехосвіта" or a "коледж".
education-vocational = Професійна освіта / коледж
education-bachelor = Бакалавр / університет
education-master = Магістр
# REVIEW: PhD / doctorate given as "PhD / науковий ступінь" (covers кандидат and доктор наук).
education-doctorate = PhD / науковий ступінь
education-field-ask = Що ви вивчали? (Приклад: будівництво, медсестринство, бухгалтерія)
education-country-ask = У якій країні ви навчалися?
education-year-ask = У якому році ви закінчили навчання? (Приклад: 2012)

# Past jobs are "професія"; a job offered through jobbro is "робота".
occupation-sector-ask = Ким ви працювали? Виберіть сферу.
occupation-sector-ask-more = Виберіть сферу професії, яку хочете додати.
occupation-pick-ask = Виберіть вашу професію.
occupation-not-listed = Моєї професії немає у списку
# "Я ще не працював/працювала" would need a gender.
occupation-none = Ще не маю досвіду роботи
occupation-own-words-ask = Напишіть вашу професію своїми словами.
# The occupation label comes first, then a colon, so nothing has to agree with it.
occupation-years-ask = { $occupation }: скільки років ви працювали на цій роботі? Напишіть число. (0, якщо менше ніж рік)
occupation-more-ask = Чи була у вас інша робота?
occupation-add = Додати ще професію
occupation-remove = Видалити професію
occupation-remove-ask = Яку професію ви хочете видалити?
occupation-principal-ask = Ким ви найбільше хочете працювати?

language-danish-ask = Як добре ви говорите данською?
language-english-ask = Як добре ви говорите англійською?
language-mother-ask = Яка ваша рідна мова?
language-other = Інша мова
language-own-words-ask = Напишіть назву мови.
language-others-ask = Ви говорите іншими мовами? Виберіть одну або «Готово».
language-remove = Видалити мову
language-remove-ask = Яку мову ви хочете видалити?
# { $language } is a button name ("Арабська") or the person's own words: it comes first, before a colon.
language-level-ask = { $language }: як добре ви говорите цією мовою?

level-none = Зовсім не говорю
level-a1 = Кілька слів (A1)
level-a2 = Прості щоденні розмови (A2)
level-b1 = Даю раду на роботі (B1)
level-b2 = Легко говорю про різне (B2)
level-c1 = Дуже добре, і на роботі (C1)
level-c2 = Як рідною мовою (C2)
level-native = Рідна мова

licences-ask = У вас є водійське посвідчення або сертифікат? Виберіть усе, що маєте, потім «Готово».
licence-b = Легкове авто (B)
licence-be = Легкове авто з причепом (BE)
licence-c = Вантажівка (C)
licence-ce = Вантажівка з причепом (CE)
licence-d = Автобус (D)
licence-forklift = Посвідчення на навантажувач
licence-none = Немає
certificates-ask = У вас є інші сертифікати або курси? Напишіть їх або виберіть «Пропустити». (Приклад: сертифікат зварника, перша допомога)

wishes-ask = Що ви шукаєте? Виберіть усе, що підходить, потім «Готово».
wish-company-visit = Візити до компаній
wish-internship = Стажування (praktik)
wish-job = Робота
# IGU: paid job with school; the heading (kind-igu) adds that it needs a residence permit.
wish-igu = IGU (оплачувана робота і школа)
wish-education = Навчання

available-ask = Коли ви можете почати? Виберіть або напишіть дату. (Приклад: 1.3.2027)
available-now = Зараз
available-1m = Через місяць
available-3m = Через три місяці

registration-done = Дякуємо! Ваш профіль збережено. Координатори зв'яжуться з вами, коли щось вам підійде.
