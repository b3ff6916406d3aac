# Reading the profile back to the person.

summary-title = Your answers
summary-name = Name: { $name }
summary-name-latin = Name in Latin letters: { $name }
summary-phone = Phone: { $phone }
summary-phone-verified = { $phone } (confirmed)
summary-phone-unverified = { $phone }
summary-place = Lives in: { $place }
summary-birth-year = Born: { $year }
summary-education = Education: { $education }
summary-occupations = Work:
summary-occupation = - { $occupation }, { $years }
summary-occupation-principal = - { $occupation }, { $years } (wanted most)
summary-years =
    { $years ->
        [0] less than one year
        [one] { $years } year
       *[other] { $years } years
    }
summary-years-unknown = years not given
summary-languages = Languages:
summary-language = - { $language }: { $level }
summary-item = - { $item }
summary-licences = Licences: { $licences }
summary-certificates = Certificates: { $certificates }
summary-wishes = Looking for: { $wishes }
summary-available = Can start: { $date }
summary-not-given = not given
summary-none = none
summary-confirm-ask = Is everything right?
summary-confirm = Yes, save
summary-change = Change something

edit-pick-ask = What do you want to change?
edit-saved = Saved.
section-name = Name
section-phone = Phone
section-place = Where I live
section-birth-year = Birth year
section-education = Education
section-occupations = Work experience
section-languages = Languages
section-licences = Licences and certificates
section-wishes = What I am looking for
