# Reading the profile back to the person.

summary-title = ستاسو ځوابونه
summary-name = نوم: { $name }
summary-name-latin = نوم په لاتیني تورو: { $name }
summary-phone = تلیفون: { $phone }
summary-phone-verified = { $phone } (تایید شوی)
summary-phone-unverified = { $phone }
summary-place = د اوسېدو ځای: { $place }
summary-birth-year = د زېږېدو کال: { $year }
summary-education = تعلیم: { $education }
summary-occupations = کار:
summary-occupation = - { $occupation }، { $years }
summary-occupation-principal = - { $occupation }، { $years } (لومړی انتخاب)
# Pashto: 1 کال, 2 کاله. [0] is "less than one year".
summary-years =
    { $years ->
        [0] له یو کال کم
        [one] { $years } کال
       *[other] { $years } کاله
    }
summary-years-unknown = کلونه نه دي ویل شوي
summary-languages = ژبې:
summary-language = - { $language }: { $level }
summary-item = - { $item }
summary-licences = جوازونه: { $licences }
summary-certificates = سرټیفیکیټونه: { $certificates }
summary-wishes = څه لټوئ: { $wishes }
summary-available = پیل کولی شئ: { $date }
summary-not-given = نه دی ویل شوی
summary-none = هېڅ نه
summary-confirm-ask = ایا هر څه سم دي؟
summary-confirm = هو، خوندي یې کړئ
summary-change = یو څه بدل کړئ

edit-pick-ask = څه بدلول غواړئ؟
edit-saved = خوندي شو.
section-name = نوم
section-phone = تلیفون
section-place = زما د اوسېدو ځای
section-birth-year = د زېږېدو کال
section-education = تعلیم
section-occupations = د کار تجربه
section-languages = ژبې
section-licences = جوازونه او سرټیفیکیټونه
section-wishes = هغه څه چې لټوم
