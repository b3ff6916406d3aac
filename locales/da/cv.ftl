# CV'et, en PDF til arbejdsgivere. Kun på de sprog arbejdsgivere i Danmark læser (dansk og
# engelsk): andre mapper har ingen cv.ftl. Afsnittene i den rækkefølge danske arbejdsgivere kender.

cv-document-title = CV: { $name }
cv-phone = Telefon { $phone }
cv-lives-in = Bor i { $place }
cv-born = Født { $year }

cv-looking-for = Søger
cv-available-from = Kan starte { $date }

cv-experience = Erhvervserfaring
cv-principal = Hovedbeskæftigelse
cv-isco = ISCO-08 { $code }
cv-years =
    { $years ->
        [one] 1 år
       *[other] { $years } år
    }
# Står under alt, personen selv har skrevet, med det sprog det er skrevet på.
cv-own-words = Egne ord · { $language }

cv-education = Uddannelse
cv-education-finished = Afsluttet { $year }

cv-languages = Sprog
cv-level-a1 = Begynder (A1)
cv-level-a2 = Let øvet (A2)
cv-level-b1 = Øvet (B1)
cv-level-b2 = Godt øvet (B2)
cv-level-c1 = Flydende (C1)
cv-level-c2 = Næsten som modersmål (C2)
cv-level-native = Modersmål

cv-licences = Kørekort og certifikater
cv-certificates = Certifikater

cv-source = Personens egne svar, registreret i jobbro.

# CV'erne for alle tilmeldte til en mulighed, til virksomheden der er vært.
cv-cover-title = CV'er: { $kind } hos { $company }
cv-cover-when = { $title }, { $date }
cv-cover-count =
    { $count ->
        [one] Én deltager
       *[other] { $count } deltagere
    }
