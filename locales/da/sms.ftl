# Short SMS variants (`<id>-sms`) of texts that are long on Telegram: every 160 characters
# (70 in Arabic) is another paid SMS segment. Same meaning, fewer words. Keep Danish and
# English within GSM-7: no curly quotes, dashes or emoji.

consent-ask-sms = jobbro hjælper dig med at finde virksomhedsbesøg, praktik og job i Danmark. Hvis du siger ja, ser koordinatorerne i jobbro dine svar. De bruger dem kun til at invitere dig. Du kan altid se, ændre eller slette dine data. Er du enig?
consent-thanks-sms = Tak.
name-ask-sms = Hvad hedder du?
name-latin-ask-sms = Dit navn med latinske bogstaver (A-Z), som på dine papirer i Danmark?
place-ask-sms = Hvor bor du?
education-level-ask-sms = Højeste uddannelse?
occupation-not-listed-sms = Andet job
occupation-years-ask-sms = { $occupation }: hvor mange år? (0 hvis under et)
language-other-sms = Andet
language-others-ask-sms = Andre sprog? Vælg et, eller Færdig.
level-none-sms = Slet ikke
level-a1-sms = A1 få ord
level-a2-sms = A2 enkel snak
level-b1-sms = B1 nok til arbejde
level-b2-sms = B2 let
level-c1-sms = C1 meget godt
level-c2-sms = C2 flydende
licences-ask-sms = Kørekort eller certifikat? Vælg alle, du har.
licence-b-sms = B bil
licence-be-sms = BE bil+anhænger
licence-c-sms = C lastbil
licence-ce-sms = CE lastbil+anhænger
licence-d-sms = D bus
licence-forklift-sms = Truck
certificates-ask-sms = Andre certifikater eller kurser? Skriv dem, eller Spring over.
wishes-ask-sms = Hvad søger du? Vælg alle, der passer.
available-ask-sms = Hvornår kan du starte? Vælg, eller skriv en dato (1.3.2027).
registration-done-sms = Tak! Din profil er gemt. Vi skriver til dig, når noget passer.
summary-name-latin-sms = Latinsk: { $name }
summary-phone-sms = Tlf: { $phone }
summary-place-sms = Bor: { $place }
summary-available-sms = Start: { $date }
privacy-full-sms = Privatliv: koordinatorerne i jobbro gemmer dine svar (navn, telefon, bopæl, uddannelse, arbejde, sprog, kørekort, ønsker) kun for at invitere dig til virksomhedsbesøg, praktik og job. Sælges aldrig. En virksomhed eller kommune får dem kun, hvis du siger ja. Gemmes til du skriver /delete, eller 18 måneder efter din sidste besked. /mydata viser alt. Klager: Datatilsynet.
help-text-sms = Svar med tallet for dit valg. Skriv /back for at gå tilbage, /skip for at springe over, /menu for menuen, /delete for at slette dine data. STOP stopper alle beskeder.
