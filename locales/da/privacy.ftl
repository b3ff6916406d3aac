# "Mine data": samtykker pr. formål, en kopi af alt gemt, cv'et. Korte linjer: hver sms koster.

consent-yes-short = Ja
consent-no-short = Nej

cv-consent-ask =
    Må vi sende dit cv til { $company } til "{ $title }"? Cv'et viser dit navn, telefonnummer, arbejde, uddannelse og sprog.
    Du beholder din plads, uanset hvad du svarer.
cv-consent-given = Tak. { $company } må få dit cv. Du kan trække det tilbage under "Mine data".
cv-consent-declined = OK. Dit cv bliver ikke sendt til { $company }. Du beholder din plads.

handover-consent-ask =
    En koordinator vil give din profil til { $municipality }, så jobcentret der kender dit arbejde og dine sprog. Den indeholder dit cv, navn og telefonnummer.
    Siger du ja?
handover-consent-given = Tak. Din profil går til { $municipality }. Du kan trække det tilbage under "Mine data".
handover-consent-declined = OK. Din profil bliver ikke givet til { $municipality }.

menu-mydata = Mine data
command-mydata = Se og styr dine data

mydata-title = Mine data
mydata-matching-off = Koordinatorer kan ikke finde dig eller invitere dig nu.
mydata-consent-matching = Koordinatorer må finde dig og invitere dig (siden { $date }).
mydata-consent-cv = { $about } må få dit cv (siden { $date }).
mydata-consent-handover = { $about } må få din profil (siden { $date }).
mydata-consent-matching-withdrawn = Koordinatorer må finde dig og invitere dig: trukket tilbage (givet { $date }).
mydata-consent-cv-withdrawn = { $about } må få dit cv: trukket tilbage (givet { $date }).
mydata-consent-handover-withdrawn = { $about } må få din profil: trukket tilbage (givet { $date }).
mydata-export = Send mig alle mine data
mydata-cv = Mit cv
mydata-give-matching = Lad koordinatorer finde mig igen
mydata-stop-matching = Stop: koordinatorer må ikke finde mig
mydata-stop-cv = Stop: intet cv til { $about }
mydata-stop-handover = Stop: ingen profil til { $about }
mydata-matching-given = Gjort. Koordinatorer kan finde dig og invitere dig igen.
mydata-matching-withdrawn = Gjort. Koordinatorer kan ikke finde dig nu, og du får ingen invitationer. Din profil bliver gemt. Du får stadig beskeder om dine tilmeldinger.
mydata-cv-withdrawn = Gjort. Dit cv bliver ikke sendt til dem.
mydata-handover-withdrawn = Gjort. Din profil bliver ikke givet til dem.
mydata-cv-by-sms = En koordinator kan printe dit cv til dig. Spørg ved næste møde.
mydata-cv-sent = Her er dit cv.

mydata-export-title = Alt, vi gemmer om dig
mydata-consents-title = Det har du sagt ja til:
mydata-signups-title = Dine tilmeldinger:
mydata-signup = { $title }, { $start } ({ $status })
mydata-uses-title = Hvem har brugt dine data:
mydata-uses-none = Ingen endnu.
mydata-use = { $date }: { $action }, { $by }
mydata-action-viewed_profile = profil set
mydata-action-cv_downloaded = cv lavet
mydata-action-cv_sent = cv sendt til en virksomhed
mydata-action-exported = data kopieret
mydata-action-handed_over = profil givet til en kommune
mydata-action-retention_warned = advarsel før sletning
mydata-action-erased = slettet
mydata-by-staff = af en koordinator
mydata-by-admin = af administratoren
mydata-by-person = af dig
mydata-by-retention = automatisk
mydata-counts = { $consents } samtykker, { $signups } tilmeldinger, brugt { $uses } gange.
mydata-sms-summary = Vi gemmer din profil (se "Min profil"), dine samtykker, tilmeldinger og hvem der har brugt dine data.
mydata-sms-rest = Skriv /mydata på Telegram for en fuld kopi, eller spørg en koordinator.
