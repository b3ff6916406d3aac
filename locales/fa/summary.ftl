# Reading the profile back to the person.

summary-title = جواب‌های شما
summary-name = نام: { $name }
summary-name-latin = نام با حروف لاتین: { $name }
summary-phone = تلفن: { $phone }
summary-phone-verified = { $phone } (تأیید شده)
summary-phone-unverified = { $phone }
summary-place = محل زندگی: { $place }
summary-birth-year = سال تولد: { $year }
summary-education = تحصیلات: { $education }
summary-occupations = کار:
summary-occupation = - { $occupation }، { $years }
summary-occupation-principal = - { $occupation }، { $years } (اولویت اول)
# Persian puts the noun in the singular after a number: "1 سال", "5 سال".
summary-years =
    { $years ->
        [0] کمتر از یک سال
        [one] { $years } سال
       *[other] { $years } سال
    }
summary-years-unknown = تعداد سال گفته نشده
summary-languages = زبان‌ها:
summary-language = - { $language }: { $level }
summary-item = - { $item }
summary-licences = گواهینامه‌ها: { $licences }
summary-certificates = مدارک و دوره‌ها: { $certificates }
summary-wishes = به دنبال: { $wishes }
summary-available = شروع کار: { $date }
summary-not-given = گفته نشده
summary-none = هیچ
summary-confirm-ask = آیا همه چیز درست است؟
summary-confirm = بله، ذخیره شود
summary-change = چیزی را تغییر دهم

edit-pick-ask = چه چیزی را می‌خواهید تغییر دهید؟
edit-saved = ذخیره شد.
section-name = نام
section-phone = تلفن
section-place = محل زندگی من
section-birth-year = سال تولد
section-education = تحصیلات
section-occupations = سابقه کار
section-languages = زبان‌ها
section-licences = گواهینامه‌ها و مدارک
section-wishes = چیزی که دنبالش هستم
