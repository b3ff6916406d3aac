# Reading the profile back to the person.

summary-title = መልስታትኩም
summary-name = ስም: { $name }
summary-name-latin = ስም ብፊደላት ላቲን: { $name }
summary-phone = ተሌፎን: { $phone }
summary-phone-verified = { $phone } (ተረጋጊጹ)
summary-phone-unverified = { $phone }
summary-place = መንበሪ: { $place }
summary-birth-year = ዓመት ልደት: { $year }
summary-education = ትምህርቲ: { $education }
summary-occupations = ስራሕ:
summary-occupation = - { $occupation }፣ { $years }
summary-occupation-principal = - { $occupation }፣ { $years } (ዝያዳ ዝድለ)
# A noun after a numeral stays singular in Tigrinya (5 ዓመት). CLDR puts 0 and 1 in "one";
# [0] is matched first, and [one] keeps { $years } rather than the word ሓደ.
summary-years =
    { $years ->
        [0] ትሕቲ ሓደ ዓመት
        [one] { $years } ዓመት
       *[other] { $years } ዓመት
    }
summary-years-unknown = ዓመታት ኣይተገልጸን
summary-languages = ቋንቋታት:
summary-language = - { $language }: { $level }
summary-item = - { $item }
summary-licences = ፍቓድ ምዝዋር: { $licences }
summary-certificates = ምስክር ወረቐት: { $certificates }
summary-wishes = ዝድለ: { $wishes }
summary-available = ክትጅምሩ ትኽእሉ: { $date }
summary-not-given = ኣይተገልጸን
summary-none = የለን
summary-confirm-ask = ኩሉ ቅኑዕ ድዩ?
summary-confirm = እወ፣ ዕቀብ
summary-change = ገለ ቀይር

edit-pick-ask = እንታይ ክትቅይሩ ትደልዩ?
edit-saved = ተዓቂቡ።
section-name = ስም
section-phone = ተሌፎን
section-place = ዝነብረሉ ቦታ
section-birth-year = ዓመት ልደት
section-education = ትምህርቲ
section-occupations = ተመክሮ ስራሕ
section-languages = ቋንቋታት
section-licences = ፍቓድ ምዝዋርን ምስክር ወረቐትን
section-wishes = ዝደልዮ
