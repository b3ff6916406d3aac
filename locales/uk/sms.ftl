# Short SMS variants (`<id>-sms`) of texts that are long on Telegram: every 160 characters
# (70 in Arabic) is another paid SMS segment. Same meaning, fewer words. Keep Danish and
# English within GSM-7: no curly quotes, dashes or emoji.
# Ukrainian (Cyrillic) is always UCS-2: 70 characters for one SMS, 67 per part when split.
# consent-ask-sms (200) fits in 3 parts: keep it at most 201 characters. privacy-full-sms (329)
# takes 5 parts: keep it at most 335.

consent-ask-sms = jobbro допомагає знайти візити до компаній, стажування і роботу в Данії. Якщо ви згодні, координатори бачать ваші відповіді, лише щоб запрошувати вас. Дані можна будь-коли змінити чи видалити. Згодні?
consent-thanks-sms = Дякуємо.
name-ask-sms = Як вас звати?
name-latin-ask-sms = Ім'я та прізвище латиницею, як у документах у Данії?
place-ask-sms = Де ви живете?
education-level-ask-sms = Найвища освіта?
occupation-not-listed-sms = Інша професія
occupation-years-ask-sms = { $occupation }: скільки років? (0, якщо менше року)
language-other-sms = Інша
language-others-ask-sms = Інші мови? Виберіть одну або Готово.
level-none-sms = Зовсім ні
level-a1-sms = A1 кілька слів
level-a2-sms = A2 прості розмови
level-b1-sms = B1 для роботи
level-b2-sms = B2 легко
level-c1-sms = C1 дуже добре
level-c2-sms = C2 вільно
licences-ask-sms = Посвідчення водія чи сертифікат? Виберіть усе, що маєте.
licence-b-sms = B авто
licence-be-sms = BE авто+причіп
licence-c-sms = C вантажівка
licence-ce-sms = CE вантажівка+причіп
licence-d-sms = D автобус
licence-forklift-sms = Навантажувач
certificates-ask-sms = Інші сертифікати чи курси? Напишіть або Пропустити.
wishes-ask-sms = Що ви шукаєте? Виберіть усе, що підходить.
available-ask-sms = Коли можете почати? Виберіть або напишіть дату (1.3.2027).
registration-done-sms = Дякуємо! Профіль збережено. Напишемо, коли щось підійде.
summary-name-latin-sms = Латиницею: { $name }
summary-phone-sms = Тел.: { $phone }
summary-place-sms = Місце: { $place }
summary-available-sms = Початок: { $date }
# REVIEW: company/municipality, 18 months and /mydata added by the engineers after the first draft.
privacy-full-sms = Координатори jobbro зберігають ваші дані (ім'я, телефон, місце, освіта, робота, мови, посвідчення, побажання) лише для запрошень. Не продаємо. Компанії чи муніципалітету даємо лише з вашої згоди. Зберігаємо, доки не напишете /delete, або 18 місяців після вашого останнього повідомлення. /mydata показує все. Скарги: Datatilsynet.
help-text-sms = Відповідайте числом. /back назад, /skip пропустити, /menu меню, /delete видалити дані. СТОП зупиняє всі повідомлення.
