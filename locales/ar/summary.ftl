# Reading the profile back to the person.

summary-title = إجاباتك
summary-name = الاسم: { $name }
summary-name-latin = الاسم بالأحرف اللاتينية: { $name }
summary-phone = الهاتف: { $phone }
summary-phone-verified = { $phone } (مؤكد)
summary-phone-unverified = { $phone }
summary-place = مكان السكن: { $place }
summary-birth-year = سنة الميلاد: { $year }
summary-education = التعليم: { $education }
summary-occupations = العمل:
summary-occupation = - { $occupation }، { $years }
summary-occupation-principal = - { $occupation }، { $years } (المهنة المفضّلة)
summary-years =
    { $years ->
        [0] أقل من سنة
        [one] سنة واحدة
        [two] سنتان
        [few] { $years } سنوات
        [many] { $years } سنة
       *[other] { $years } سنة
    }
summary-years-unknown = عدد السنوات غير مذكور
summary-languages = اللغات:
summary-language = - { $language }: { $level }
summary-item = - { $item }
summary-licences = الرخص: { $licences }
summary-certificates = الشهادات: { $certificates }
summary-wishes = تبحث عن: { $wishes }
summary-available = يمكنك البدء من: { $date }
summary-not-given = غير مذكور
summary-none = لا يوجد
summary-confirm-ask = هل كل شيء صحيح؟
summary-confirm = نعم، احفظ
summary-change = تعديل شيء

edit-pick-ask = ماذا تريد أن تعدل؟
edit-saved = تم الحفظ.
section-name = الاسم
section-phone = الهاتف
section-place = مكان سكني
section-birth-year = سنة الميلاد
section-education = التعليم
section-occupations = الخبرة العملية
section-languages = اللغات
section-licences = الرخص والشهادات
section-wishes = ما أبحث عنه
