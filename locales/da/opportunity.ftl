# Muligheder som folk læser dem: opslag, tilmeldinger, påmindelser og ændringer.
# Datoer og klokkeslæt er dansk tid; { $start } og lignende kommer fra `when` nedenfor.
# En titel skriver en koordinator, på et hvilket som helst sprog: den står først, før et kolon,
# aldrig inde i en sætning, hvis grammatik skulle passe til den.

when = { $weekday } { $date } kl. { $time }
clock = { $hour }.{ $minute }
weekday-1 = mandag
weekday-2 = tirsdag
weekday-3 = onsdag
weekday-4 = torsdag
weekday-5 = fredag
weekday-6 = lørdag
weekday-7 = søndag

kind-company_visit = Virksomhedsbesøg
kind-info_meeting = Informationsmøde
kind-internship = Praktik
kind-job = Job
kind-igu = IGU (job med løn og skole)

op-heading = { $kind }: { $title }
op-company = Virksomhed: { $company }
op-when = Hvornår: { $start } til { $end }
op-place = Hvor: { $place }
op-meeting-point = Mødested: { $point }
op-transport = Transport: { $note }
op-capacity = Antal pladser: { $seats }
op-deadline = Tilmeld dig senest { $deadline }.
op-description = { $text }
op-description-other-lang = På { $language }: { $text }
op-number = Nummer { $number }

announce-intro = Nyt til dig fra jobbro:
announce-signup-hint = Tryk "Tilmeld mig", hvis du vil med.
announce-signup-hint-sms = Svar 1 eller JA { $number } for at tilmelde dig.
op-signup-button = Tilmeld mig
op-cancel-button = Jeg kan ikke komme

signup-confirmed = { $title }: du er tilmeldt. Det starter { $start }. Vi sender dig en påmindelse, før det starter.
signup-waitlisted = { $title }: der er ingen ledige pladser nu. Du er nummer { $position } på ventelisten. Vi skriver til dig, hvis en plads bliver ledig.
signup-already-confirmed = { $title }: du er allerede tilmeldt.
signup-already-waitlisted = { $title }: du står allerede på ventelisten.
signup-closed = { $title }: du kan ikke længere tilmelde dig.
signup-unknown = Der er ikke noget åbent med nummer { $number }.
signup-finish-registration = Udfyld først din profil. Så kan du tilmelde dig.
signup-cancelled = { $title }: du er ikke længere tilmeldt. Tak, fordi du sagde det.
signup-not-signed-up = { $title }: du var ikke tilmeldt.
signup-promoted = Godt nyt! Der er en ledig plads til dig. { $title }: du er nu tilmeldt. Det starter { $start }.

my-signups-title = Dine tilmeldinger
my-signups-none = Du har ikke tilmeldt dig noget endnu. Vi skriver, når noget passer til dig.
my-signups-item = { $number }: { $title }, { $start } ({ $status })
my-signups-cancel-hint = Vælg en tilmelding herunder for at melde fra.
my-signups-cancel-hint-sms = Meld fra: svar NEJ og nummeret, fx NEJ { $number }.
signup-status-confirmed = tilmeldt
signup-status-waitlisted = venteliste
signup-status-cancelled = afmeldt

reminder-heading = Påmindelse: { $title }
reminder-body = Det starter { $start }.
reminder-cancel-hint = Kan du ikke komme? Så tryk "Jeg kan ikke komme". Så kan en anden få din plads.
reminder-cancel-hint-sms = Kan du ikke komme? Svar 1 eller NEJ { $number }.

notice-cancelled = { $title } ({ $start }): det er aflyst. Vi beklager.
notice-moved = { $title }: tidspunktet er ændret. Nyt tidspunkt: { $start }. Gammelt tidspunkt: { $before }.
notice-changed = { $title }: nogle oplysninger er ændret. Her er alle oplysninger nu:

menu-signups = Mine tilmeldinger
command-signups = Dine tilmeldinger
my-signups-cancel = Meld fra { $number }

# En koordinators besked til mange, og noten når den ikke er på læserens sprog.
broadcast-body = { $text }
broadcast-in-other-language = (Denne besked er på { $language }.)
