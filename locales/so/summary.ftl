# Reading the profile back to the person.

summary-title = Jawaabahaaga
summary-name = Magaca: { $name }
summary-name-latin = Magaca xarfaha Laatiinka: { $name }
summary-phone = Taleefanka: { $phone }
summary-phone-verified = { $phone } (la xaqiijiyay)
summary-phone-unverified = { $phone }
summary-place = Degaanka: { $place }
summary-birth-year = Sannadka dhalashada: { $year }
summary-education = Waxbarashada: { $education }
summary-occupations = Shaqo:
summary-occupation = - { $occupation }, { $years }
# "(doorashada koowaad)" = first choice, for "most wanted".
summary-occupation-principal = - { $occupation }, { $years } (doorashada koowaad)
# Somali keeps "sano" (year) singular after a number.
summary-years =
    { $years ->
        [0] in ka yar hal sano
        [one] { $years } sano
       *[other] { $years } sano
    }
summary-years-unknown = tirada sannadaha lama sheegin
summary-languages = Luqadaha:
summary-language = - { $language }: { $level }
summary-item = - { $item }
summary-licences = Liisanka: { $licences }
summary-certificates = Shahaadooyinka: { $certificates }
summary-wishes = Waxa aad raadinayso: { $wishes }
summary-available = Waxaad bilaabi kartaa: { $date }
summary-not-given = lama sheegin
summary-none = midna
summary-confirm-ask = Jawaabahan ma sax yihiin?
summary-confirm = Haa, kaydi
summary-change = Wax beddel

edit-pick-ask = Maxaad rabtaa inaad beddesho?
edit-saved = Waa la kaydiyay.
section-name = Magaca
section-phone = Taleefanka
section-place = Meesha aan ku noolahay
section-birth-year = Sannadka dhalashada
section-education = Waxbarashada
section-occupations = Khibradda shaqo
section-languages = Luqadaha
section-licences = Liisanka iyo shahaadooyinka
section-wishes = Waxa aan raadinayo
