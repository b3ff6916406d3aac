# Words used in many places.
# Ukrainian notes for the reviewer: polite "ви" (lower case), imperative "Напишіть/Виберіть".
# The bot never speaks of itself in the past tense (that would need a gender): "Не можу
# прочитати", not "Я не зміг". Plural categories: one / few / many / other (other = fractions).

choice-back = Назад
choice-skip = Пропустити
choice-done = Готово
# A chosen item in a list where several can be chosen.
choice-selected = ✓ { $label }
# The same for SMS and the terminal, without symbols that make an SMS more expensive.
choice-selected-text = { $label } (вибрано)
# Text channels (SMS, terminal) number the choices; these lines say how to answer.
choice-hint-one = Відповідайте числом.
choice-hint-one-sms = Надішліть 1-{ $max }
choice-hint-multi = Відповідайте одним або кількома числами, наприклад: 1 3
choice-hint-multi-sms = Надішліть числа, напр. 1 3
choice-hint-words = Або напишіть: { $words }
choice-hint-words-sms = ({ $words })
quoted = «{ $text }»
# Two items of a list: "A, B". Longer lists nest: "A, B, C".
list-pair = { $first }, { $rest }

error-empty = Я не бачу тексту.
error-too-long =
    { $max ->
        [one] Це задовго. Напишіть не більше ніж { $max } символ.
        [few] Це задовго. Напишіть не більше ніж { $max } символи.
        [many] Це задовго. Напишіть не більше ніж { $max } символів.
       *[other] Це задовго. Напишіть не більше ніж { $max } символу.
    }
error-name-chars = Напишіть ім'я лише літерами: без цифр, символів і емодзі.
error-text-chars = Напишіть це словами, а не лише цифрами чи знаками.
# The Latin name must be as on the person's papers in Denmark (residence card), not the passport.
error-name-latin-script = Використовуйте латинські літери (A-Z), як у ваших документах у Данії.
error-phone-invalid = Цей номер телефону не підходить. Якщо номер не данський, напишіть його з кодом країни. (Приклад: +45 20 12 34 56)
error-year-range = Напишіть рік від { $min } до { $max }.
error-number-range = Напишіть число від { $min } до { $max }.
error-date-format = Не можу прочитати цю дату. Напишіть її так: 1.3.2027
error-date-range = Виберіть дату від сьогодні і не пізніше ніж через п'ять років.
error-pick-choice = Виберіть одну з відповідей.
error-write-text = Напишіть вашу відповідь.
error-write-number = Напишіть число.
error-unsupported = Тут я можу читати лише текст. Напишіть вашу відповідь.
error-stale-button = Ця кнопка від попереднього запитання. Ось поточне запитання.
error-unknown-command = Я не знаю такої команди. Напишіть /help, щоб побачити, що я вмію.
error-cannot-go-back = Це перше запитання.
error-cannot-skip = Це запитання не можна пропустити.
error-finish-registration-first = Спочатку завершіть реєстрацію.

# Ukrainian writes "1 березня 2027": the month names below are in the genitive case
# (they are only used inside `date`).
date = { $day } { $month } { $year }
month-1 = січня
month-2 = лютого
month-3 = березня
month-4 = квітня
month-5 = травня
month-6 = червня
month-7 = липня
month-8 = серпня
month-9 = вересня
month-10 = жовтня
month-11 = листопада
month-12 = грудня

spoken-ar = Арабська
spoken-ku = Курдська
spoken-fa = Перська (фарсі)
spoken-prs = Дарі
spoken-ps = Пушту
spoken-ti = Тигринья
spoken-am = Амхарська
spoken-so = Сомалі
spoken-uk = Українська
spoken-ru = Російська
spoken-tr = Турецька
spoken-fr = Французька
spoken-de = Німецька
spoken-en = Англійська
spoken-da = Данська
# A reading language's name inside a sentence.
# Ukrainian: the short instrumental form, as in "Опис англійською: ..." ("in English").
language-inline-ar = арабською
language-inline-en = англійською
language-inline-da = данською
flood-warning = Ви надсилаєте повідомлення швидше, ніж людина може писати. Тому я не читатиму ваші повідомлення ще { $minutes ->
    [one] { $minutes } хвилину
    [few] { $minutes } хвилини
    [many] { $minutes } хвилин
   *[other] { $minutes } хвилини
  }. Потім напишіть знову.
