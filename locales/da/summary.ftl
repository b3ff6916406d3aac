# Reading the profile back to the person.

summary-title = Dine svar
summary-name = Navn: { $name }
summary-name-latin = Navn med latinske bogstaver: { $name }
summary-phone = Telefon: { $phone }
summary-phone-verified = { $phone } (bekræftet)
summary-phone-unverified = { $phone }
summary-place = Bor i: { $place }
summary-birth-year = Født: { $year }
summary-education = Uddannelse: { $education }
summary-occupations = Arbejde:
summary-occupation = - { $occupation }, { $years }
summary-occupation-principal = - { $occupation }, { $years } (ønskes mest)
summary-years =
    { $years ->
        [0] under et år
        [one] { $years } år
       *[other] { $years } år
    }
summary-years-unknown = antal år ikke oplyst
summary-languages = Sprog:
summary-language = - { $language }: { $level }
summary-item = - { $item }
summary-licences = Kørekort: { $licences }
summary-certificates = Certifikater: { $certificates }
summary-wishes = Søger: { $wishes }
summary-available = Kan starte: { $date }
summary-not-given = ikke oplyst
summary-none = ingen
summary-confirm-ask = Er alt rigtigt?
summary-confirm = Ja, gem
summary-change = Ret noget

edit-pick-ask = Hvad vil du ændre?
edit-saved = Gemt.
section-name = Navn
section-phone = Telefon
section-place = Hvor jeg bor
section-birth-year = Fødselsår
section-education = Uddannelse
section-occupations = Erhvervserfaring
section-languages = Sprog
section-licences = Kørekort og certifikater
section-wishes = Hvad jeg søger
