# Muligheder som folk læser dem: opslag, tilmeldinger, påmindelser og ændringer.
# Datoer og klokkeslæt er dansk tid; { $start } og lignende kommer fra `when` nedenfor.

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
kind-igu = IGU (integrationsgrunduddannelse)

op-heading = { $kind }: { $title }
op-company = Virksomhed: { $company }
op-when = Hvornår: { $start } til { $end }
op-place = Hvor: { $place }
op-meeting-point = Mødested: { $point }
op-transport = Transport: { $note }
op-capacity = Pladser: { $seats }
op-deadline = Tilmelding senest { $deadline }.
op-description = { $text }
op-description-other-lang = På { $language }: { $text }
op-number = Nummer { $number }

announce-intro = Nyt til dig fra jobprojektet:
announce-signup-hint = Tryk "Tilmeld mig", hvis du vil med.
announce-signup-hint-sms = Svar 1 eller JA { $number } for at tilmelde dig.
op-signup-button = Tilmeld mig
op-cancel-button = Jeg kan ikke komme

signup-confirmed = Du er tilmeldt { $title } ({ $start }). Vi minder dig om det, før det starter.
signup-waitlisted = { $title } er fuldt. Du er nummer { $position } på ventelisten; vi skriver, hvis der bliver en plads fri.
signup-already-confirmed = Du er allerede tilmeldt { $title }.
signup-already-waitlisted = Du står allerede på ventelisten til { $title }.
signup-closed = Tilmeldingen til { $title } er lukket.
signup-unknown = Der er ingen åben mulighed med nummer { $number }.
signup-finish-registration = Gør først din registrering færdig; så kan du tilmelde dig.
signup-cancelled = Du er ikke længere tilmeldt { $title }. Tak, fordi du sagde til.
signup-not-signed-up = Du var ikke tilmeldt { $title }.
signup-promoted = Godt nyt: der blev en plads fri. Du har nu en plads til { $title } ({ $start }).

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
reminder-cancel-hint = Kan du ikke komme, så tryk "Jeg kan ikke komme", så en anden kan få din plads.
reminder-cancel-hint-sms = Kan du ikke komme? Svar 1 eller NEJ { $number }.

notice-cancelled = Aflyst: { $title } ({ $start }) bliver ikke til noget. Det er vi kede af.
notice-moved = Ændret: { $title } starter nu { $start } (før: { $before }).
notice-changed = Ændret: { $title } har nye oplysninger. Her er de:

# Ord til at tilmelde og framelde sig pr. SMS, efterfulgt af nummeret: "JA 12", "NEJ 12".
keyword-yes = JA, J
keyword-no = NEJ

menu-signups = Mine tilmeldinger
command-signups = Dine tilmeldinger
my-signups-cancel = Meld fra { $number }

# En koordinators besked til mange, og noten når den ikke er på læserens sprog.
broadcast-body = { $text }
broadcast-in-other-language = (Denne besked er på { $language }.)
