# Opportunities as people read them: announcements, sign-ups, reminders and changes.
# Dates and times are Danish local time; { $start } and similar arguments are rendered from
# `when` below, so they always appear in the reader's language.
# Ukrainian notes: { $title } (written by a coordinator) and { $start } always come first,
# followed by a colon, so no case or gender has to agree with them. { $start } is in the
# nominative ("понеділок, 1 березня 2027, 14:00"), so it never follows "до" or "о".
# Terms: "візит до компанії", "інформаційна зустріч", "стажування", "робота", "IGU";
# signing up for these is "записатися / запис" (registering the profile is "реєстрація").

when = { $weekday }, { $date }, { $time }
clock = { $hour }:{ $minute }
weekday-1 = понеділок
weekday-2 = вівторок
weekday-3 = середа
weekday-4 = четвер
weekday-5 = п'ятниця
weekday-6 = субота
weekday-7 = неділя

kind-company_visit = Візит до компанії
kind-info_meeting = Інформаційна зустріч
kind-job = Робота
kind-internship = Стажування (praktik)
# IGU: the one explanation used everywhere: paid job together with school, needs a residence permit.
# REVIEW: long for an SMS heading; check "оплачувана робота і школа" and "дозвіл на проживання" read naturally.
kind-igu = IGU (оплачувана робота і школа; потрібен дозвіл на проживання)

op-heading = { $kind }: { $title }
op-company = Компанія: { $company }
# A dash instead of "з ... до ...", which would need the genitive case.
op-when = Коли: { $start } – { $end }
op-place = Де: { $place }
op-meeting-point = Місце зустрічі: { $point }
op-transport = Транспорт: { $note }
op-capacity =
    { $seats ->
        [one] Усього { $seats } місце
        [few] Усього { $seats } місця
        [many] Усього { $seats } місць
       *[other] Усього { $seats } місця
    }
op-deadline = Кінцевий термін запису: { $deadline }.
op-description = { $text }
# { $language } is "арабською" / "англійською" / "данською": "Description in English: ...".
# REVIEW: "Опис англійською:" uses the short instrumental form of language-inline-*; check it reads naturally.
op-description-other-lang = Опис { $language }: { $text }
op-number = Номер { $number }

announce-intro = Нове для вас від jobbro:
announce-signup-hint = Натисніть «Запишіть мене», якщо хочете прийти.
announce-signup-hint-sms = Щоб записатися, надішліть 1 або ТАК { $number }.
op-signup-button = Запишіть мене
op-cancel-button = Я не зможу прийти

signup-confirmed = { $title } ({ $start }): ви записані. Ми нагадаємо вам перед початком.
signup-waitlisted = { $title }: вільних місць немає. Ви в списку очікування під номером { $position }. Ми напишемо, якщо звільниться місце.
signup-already-confirmed = { $title }: ви вже записані.
signup-already-waitlisted = { $title }: ви вже в списку очікування.
signup-closed = { $title }: запис закрито.
signup-unknown = Немає відкритої пропозиції з номером { $number }.
signup-finish-registration = Спочатку завершіть реєстрацію. Потім ви зможете записатися.
signup-cancelled = { $title }: ваш запис скасовано. Дякуємо, що повідомили.
signup-not-signed-up = { $title }: ви не були записані.
signup-promoted = Добра новина: звільнилося місце. { $title } ({ $start }): тепер у вас є місце.

my-signups-title = Ваші записи
my-signups-none = Ви ще нікуди не записалися. Ми напишемо, коли щось вам підійде.
my-signups-item = { $number }: { $title }, { $start } ({ $status })
my-signups-cancel-hint = Щоб скасувати запис, виберіть його нижче.
my-signups-cancel-hint-sms = Щоб скасувати, надішліть НІ і номер, напр. НІ { $number }.
signup-status-confirmed = записано
signup-status-waitlisted = список очікування
signup-status-cancelled = скасовано

reminder-heading = Нагадування: { $title }
reminder-body = Початок: { $start }.
reminder-cancel-hint = Якщо не зможете прийти, натисніть «Я не зможу прийти». Тоді ваше місце отримає інша людина.
reminder-cancel-hint-sms = Не зможете прийти? Надішліть 1 або НІ { $number }.

notice-cancelled = Скасовано: { $title } ({ $start }). Цієї події не буде. Нам шкода.
# A changed time: says the new time plainly, so it cannot be read as "it starts now".
notice-moved = Змінено час: { $title }. Новий час: { $start } (раніше: { $before }).
notice-changed = Змінено: { $title }. Ось нова інформація:

menu-signups = Мої записи
command-signups = Ваші записи
my-signups-cancel = Скасувати { $number }

# A coordinator's message to many people, and the note when it is not in the reader's language.
# REVIEW: added by the engineers after the first draft.
broadcast-body = { $text }
broadcast-in-other-language = (Це повідомлення { $language }.)
