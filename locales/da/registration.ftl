# The registration questions, in the order they are asked. A label (an occupation, a language)
# stands first, before a colon, never inside a sentence: "Kok: hvor mange år ...".

name-ask = Hvad hedder du? Skriv dit navn, som du plejer at skrive det.
name-latin-ask = Hvordan skriver du dit navn med latinske bogstaver (A-Z)? Skriv det som på dine papirer i Danmark. (Eksempel: Mohammad Al-Ahmad)
name-latin-same = Det samme: { $name }

phone-ask = Hvad er dit telefonnummer? (Eksempel: 20 12 34 56)
phone-ask-telegram = Hvad er dit telefonnummer? Tryk på knappen nedenfor for at dele det, eller skriv det. (Eksempel: 20 12 34 56)
phone-share-button = Del mit telefonnummer
phone-saved = Gemt: { $phone }

place-ask = Hvor bor du nu?
place-other = Et andet sted
place-other-ask = Skriv den by eller det asylcenter, hvor du bor.

birth-year-ask = Hvilket år er du født? (Eksempel: 1990)

education-level-ask = Hvad er din højeste uddannelse?
education-none = Ingen skole
education-primary = Grundskole
education-secondary = Gymnasium
education-vocational = Erhvervsuddannelse
education-bachelor = Bachelor / universitet
education-master = Kandidat (master)
education-doctorate = Ph.d. / doktorgrad
education-field-ask = Hvad har du studeret? (Eksempel: ingeniør i byggeri, sygepleje, regnskab)
education-country-ask = I hvilket land har du studeret?
education-year-ask = Hvilket år blev du færdig? (Eksempel: 2012)

occupation-sector-ask = Hvilket arbejde har du haft? Vælg et område.
occupation-sector-ask-more = Vælg området for det job, du vil tilføje.
occupation-pick-ask = Vælg dit job.
occupation-not-listed = Mit job er ikke på listen
occupation-none = Jeg har ikke arbejdet endnu
occupation-own-words-ask = Skriv dit job med dine egne ord.
occupation-years-ask = { $occupation }: hvor mange år har du arbejdet med det? Skriv et tal. (Skriv 0, hvis det er mindre end et år.)
occupation-more-ask = Har du haft andet arbejde?
occupation-add = Tilføj et job mere
occupation-remove = Fjern et job
occupation-remove-ask = Hvilket job vil du fjerne?
occupation-principal-ask = Hvilket job vil du helst have?

language-danish-ask = Hvor godt taler du dansk?
language-english-ask = Hvor godt taler du engelsk?
language-mother-ask = Hvad er dit modersmål?
language-other = Et andet sprog
language-own-words-ask = Skriv navnet på sproget.
language-others-ask = Taler du andre sprog? Vælg et sprog, eller vælg Færdig.
language-remove = Fjern et sprog
language-remove-ask = Hvilket sprog vil du fjerne?
language-level-ask = { $language }: hvor godt taler du det?

level-none = Slet ikke
level-a1 = Nogle få ord (A1)
level-a2 = Enkel snak om hverdagen (A2)
level-b1 = Jeg klarer mig på arbejde og i butikker (B1)
level-b2 = Jeg taler let om det meste (B2)
level-c1 = Meget godt, også på arbejde (C1)
level-c2 = Som mit eget sprog (C2)
level-native = Modersmål

licences-ask = Har du kørekort eller et certifikat? Vælg alle, du har. Vælg så Færdig.
licence-b = Bil (B)
licence-be = Bil med anhænger (BE)
licence-c = Lastbil (C)
licence-ce = Lastbil med anhænger (CE)
licence-d = Bus (D)
licence-forklift = Truckcertifikat
licence-none = Ingen
certificates-ask = Har du andre certifikater eller kurser? Skriv dem, eller vælg Spring over. (Eksempel: svejsecertifikat, førstehjælp)

# The one explanation of IGU, the same in every text that explains it.
wishes-ask =
    Hvad søger du? Vælg alle, der passer. Vælg så Færdig.
    IGU (integrationsgrunduddannelse) er et job med løn kombineret med skole. Du skal have opholdstilladelse for at få IGU.
wish-company-visit = Virksomhedsbesøg
wish-internship = Praktik
wish-job = Job
wish-igu = IGU (job med løn og skole)
wish-education = Uddannelse

available-ask = Hvornår kan du starte? Vælg, eller skriv en dato. (Eksempel: 1.3.2027)
available-now = Nu
available-1m = Om en måned
available-3m = Om tre måneder

registration-done = Tak! Din profil er gemt. Koordinatorerne i jobbro skriver til dig, når der er noget, der passer til dig.
