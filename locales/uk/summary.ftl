# Reading the profile back to the person.

summary-title = Ваші відповіді
summary-name = Ім'я: { $name }
summary-name-latin = Ім'я латинськими літерами: { $name }
summary-phone = Телефон: { $phone }
summary-phone-verified = { $phone } (підтверджено)
summary-phone-unverified = { $phone }
summary-place = Місце проживання: { $place }
summary-birth-year = Рік народження: { $year }
summary-education = Освіта: { $education }
summary-occupations = Досвід роботи:
summary-occupation = - { $occupation }, { $years }
# "(хочу найбільше)" = "I want this most"; an adjective here would have to agree with the label.
summary-occupation-principal = - { $occupation }, { $years } (хочу найбільше)
summary-years =
    { $years ->
        [0] менше ніж рік
        [one] { $years } рік
        [few] { $years } роки
        [many] { $years } років
       *[other] { $years } року
    }
summary-years-unknown = кількість років не вказано
summary-languages = Мови:
summary-language = - { $language }: { $level }
summary-item = - { $item }
summary-licences = Посвідчення: { $licences }
summary-certificates = Сертифікати: { $certificates }
summary-wishes = Ви шукаєте: { $wishes }
summary-available = Можете почати: { $date }
summary-not-given = не вказано
summary-none = немає
summary-confirm-ask = Усе правильно?
summary-confirm = Так, зберегти
summary-change = Змінити щось

edit-pick-ask = Що ви хочете змінити?
edit-saved = Збережено.
section-name = Ім'я
section-phone = Телефон
section-place = Де я живу
section-birth-year = Рік народження
section-education = Освіта
section-occupations = Досвід роботи
section-languages = Мови
section-licences = Посвідчення і сертифікати
section-wishes = Що я шукаю
