# Koordinatorernes skrivebord: opret muligheder, tilmeldinger, fremmøde og tragten.

staff-welcome = Velkommen! Du er nu { $role } i jobbro.
staff-invite-invalid = Den invitationskode virker ikke: den er måske brugt eller udløbet. Bed en administrator om en ny.
error-staff-only = Det kan kun koordinatorer.
role-admin = administrator
role-coordinator = koordinator
opportunity-status-draft = kladde
opportunity-status-published = offentliggjort
opportunity-status-cancelled = aflyst

desk-home = Koordinatorens skrivebord. Hvad vil du gøre?
desk-new = Ny mulighed
desk-list = Muligheder
desk-stats = Statistik
desk-help =
    /new opretter en mulighed, /opportunities viser dem (tilmeldinger, fremmøde, ret, aflys), /stats viser tragten, /language skifter sprog, /menu fører tilbage hertil.
desk-languages-unreviewed = Tekster, som en modersmålstaler endnu ikke har læst: { $languages }. Sig det til administratoren, hvis du kan læse et af sprogene.
desk-delete-staff = Medarbejderkonti fjernes af en administrator.

desk-ask-kind = Hvilken slags mulighed?
desk-ask-company = Hvilken virksomhed eller arrangør?
desk-ask-title = En kort titel, fx "Besøg hos Danfoss". Folk ser den, som du skriver den, på alle sprog.
desk-ask-start = Hvornår starter det? Skriv dato og klokkeslæt, fx 24.12.2026 14:00 (dansk tid).
desk-ask-end = Hvornår slutter det? Et klokkeslæt samme dag (16:00) eller dato og klokkeslæt.
desk-ask-place = Hvor foregår det?
desk-ask-meeting-point = Hvor mødes man? (fx ved hovedindgangen)
desk-ask-transport = Hvordan kommer man derhen? (fx bus 12 kl. 13.10 fra centret)
desk-ask-capacity = Hvor mange pladser? Skriv et tal, eller spring over: ingen grænse.
desk-ask-deadline = Sidste frist for tilmelding (dato og klokkeslæt), eller spring over: indtil start.
desk-ask-description = En beskrivelse på { $language }, eller spring over. Læsere af andre sprog får at vide, at den er på { $language }.
desk-ask-audience = Hvem skal have besked?
desk-audience-everyone = Alle
desk-audience-occupations = Efter fag
desk-audience-places = Efter sted
desk-audience-danish = Efter dansk-niveau
desk-audience-is-everyone = Modtagere: alle registrerede.
desk-audience-occupations-are = Fag: { $list }
desk-audience-places-are = Steder: { $list }
desk-audience-danish-is = Dansk mindst: { $level }
desk-audience-size =
    Når { $telegram ->
        [one] { $telegram } person
       *[other] { $telegram } personer
    } på Telegram og { $sms ->
        [one] { $sms } person
       *[other] { $sms } personer
    } pr. SMS.
desk-ask-sector = Vælg en branche og derefter fagene.
desk-ask-occupations = Vælg fag (tryk igen for at fjerne) og derefter Færdig.
desk-ask-places = Vælg steder (tryk igen for at fjerne) og derefter Færdig.
desk-ask-danish = Laveste dansk-niveau:
desk-danish-any = Alle niveauer

desk-review = Tjek muligheden:
desk-publish = Offentliggør og send
desk-save-draft = Gem som kladde
desk-change = Ret en oplysning
desk-discard = Kassér
desk-discarded = Kasseret; intet blev gemt.
desk-published = Offentliggjort. Alle modtagere får besked.
desk-saved = Gemt som kladde.
desk-ask-change = Hvad vil du rette?
desk-field-kind = Slags
desk-field-company = Virksomhed
desk-field-title = Titel
desk-field-start = Start
desk-field-end = Slut
desk-field-place = Sted
desk-field-meeting-point = Mødested
desk-field-transport = Transport
desk-field-capacity = Pladser
desk-field-deadline = Tilmeldingsfrist
desk-field-description = Beskrivelse
desk-field-audience = Modtagere

desk-error-datetime = Det kunne jeg ikke læse. Skriv dato og klokkeslæt sådan: 24.12.2026 14:00
desk-error-time-gap = Det klokkeslæt findes ikke i Danmark (uret stilles frem den nat). Vælg et andet.
desk-error-past = Det tidspunkt er passeret. Vælg et tidspunkt i fremtiden.
desk-error-too-far = Det er mere end to år ude i fremtiden. Tjek årstallet.
desk-error-end-before-start = Slut skal være efter start.
desk-error-deadline-after-start = Fristen skal være før start.
desk-error-capacity = Skriv et tal fra 1 til { $max }, eller spring over.

desk-list-title = Muligheder (kommende og de sidste to uger):
desk-list-empty = Der er ingen muligheder endnu.
desk-list-item = { $number }: { $kind }, { $title }, { $start } ({ $status }; tilmeldt: { $confirmed }, venteliste: { $waitlisted })
desk-status = Status: { $status }
desk-counts = Tilmeldt: { $confirmed }, venteliste: { $waitlisted }, mødt: { $present }
desk-person = { $name }: { $status }
desk-edit = Ret
desk-attendance = Fremmøde
desk-cancel-opportunity = Aflys
desk-confirm-cancel = Aflys denne mulighed? Alle tilmeldte får besked.
desk-cancel-yes = Ja, aflys
desk-cancel-no = Nej, behold den
desk-cancelled = Aflyst. Alle tilmeldte får besked.

desk-ask-attendance = Tryk på et navn for mødt; tryk igen for udeblevet.
desk-mark-present = ✓ { $name }
desk-mark-no-show = ✗ { $name }
desk-mark-unmarked = { $name }
desk-mark-rest = Alle umarkerede: udeblevet

desk-stats-title = Fra { $from } til { $to }: registreret, tilmeldt, mødt, praktik, IGU, job, uddannelse
desk-stats-row = { $place }: { $registered }, { $signed_up }, { $attended }, { $internship }, { $igu }, { $job }, { $education }
desk-stats-all = Alle steder
desk-stats-place = { $place }
desk-stats-elsewhere = Andre steder
desk-period-30 = 30 dage
desk-period-90 = 90 dage
desk-period-365 = Et år
desk-stats-sms =
    SMS sendt: { $segments ->
        [one] { $segments } SMS-del
       *[other] { $segments } SMS-dele
    }, { $cost }
desk-stats-sms-registration =
    En tilmelding via SMS ({ $registrations } i alt), fra første besked: { $segments } SMS-dele, { $cost } i gennemsnit
desk-stats-sms-broadcasts =
    { $broadcasts ->
        [one] { $broadcasts } massebesked
       *[other] { $broadcasts } massebeskeder
    }: { $segments ->
        [one] { $segments } SMS-del
       *[other] { $segments } SMS-dele
    }, { $cost } (i gennemsnit { $average } SMS-dele, { $average_cost } pr. stk.)
desk-stats-sms-broadcast = Massebesked { $number } ({ $day }): { $sms } SMS, { $segments } SMS-dele, { $cost }
# Et beløb: et helt tal og decimalerne ("12,50").
desk-decimal = { $whole },{ $fraction }
desk-dkk = { $amount } kr.
desk-outcomes = Resultater

# Massebeskeder
desk-broadcast = Massebesked
desk-broadcast-ask-audience = Hvem skal have beskeden?
desk-broadcast-by-language = Efter sprog
desk-broadcast-signups = Tilmeldt en mulighed
desk-broadcast-ask-language = Hvilket sprog taler de?
desk-broadcast-ask-occupation = Hvilket fag?
desk-broadcast-ask-opportunity = Tilmeldt hvilken mulighed?
desk-broadcast-ask-text = Skriv beskeden på { $language } (højst { $max } tegn).
desk-broadcast-ask-more = Tilføj beskeden på et andet sprog, eller Færdig.
desk-broadcast-add = Tilføj { $language }
desk-broadcast-ask-fallback = Hvilken tekst får læsere af de andre sprog?
desk-broadcast-preview = Forhåndsvisning
desk-broadcast-preview-own = Læsere på { $language } får: { $text }
desk-broadcast-preview-fallback = Andre læsere ({ $languages }): teksten på { $fallback }, med en note om sproget.
desk-broadcast-sms-lang =
    SMS på { $language }: { $people ->
        [one] { $people } person
       *[other] { $people } personer
    } × { $segments ->
        [one] { $segments } del
       *[other] { $segments } dele
    } = { $cost }
desk-broadcast-sms-total =
    Alle SMS: { $segments ->
        [one] { $segments } SMS-del
       *[other] { $segments } SMS-dele
    }, { $cost } (à { $price } pr. del)
desk-broadcast-send = Send nu
desk-broadcast-edit = Ret teksten
desk-broadcast-queued = Beskeden er på vej. Du ser forløbet her og får en rapport til sidst.
broadcast-progress = Massebesked { $number }: { $done } af { $total } behandlet ({ $sent } sendt, { $failed } fejlet).
broadcast-report = Massebesked { $number } er færdig.
broadcast-report-channel =
    { $channel }: { $sent } sendt, { $failed } fejlet, { $blocked } blokeret, { $stopped } afmeldt (STOP), { $segments ->
        [one] { $segments } SMS-del
       *[other] { $segments } SMS-dele
    }
channel-name-telegram = Telegram
channel-name-sms = SMS

# Kandidatsøgning og resultater
desk-search = Find kandidater
desk-search-ask = Find kandidater. Tilføj kriterier og tryk Søg.
desk-search-everyone = Kriterier: ingen endnu (alle registrerede).
desk-search-occupation = Fag: { $occupation }
desk-search-years = Mindst { $years } års erfaring
desk-search-language = { $language }: mindst { $level }
desk-search-place = Sted: { $place }
desk-search-wish = Søger: { $wish }
desk-search-go = Søg
desk-search-by-occupation = Fag
desk-search-by-years = Års erfaring
desk-search-by-language = Sprog
desk-search-by-place = Sted
desk-search-by-wish = Søger
desk-search-clear = Ryd kriterier
desk-search-any = Alle
desk-search-ask-years = Mindst hvor mange års erfaring? Skriv et tal.
desk-search-ask-level = Mindst hvilket niveau?
desk-search-ask-wish = Søger hvad?
desk-search-found = Fundet: { $total }
desk-candidate = { $name }: { $occupation }, { $years }; dansk { $danish }; { $place }
desk-search-more = Flere
desk-candidate-title = { $name }
desk-candidate-gone = Denne person er ikke længere registreret.
desk-record-outcome = Registrér et resultat
desk-ask-person = Hvis resultat?
desk-ask-outcome = Hvad er startet?
desk-ask-outcome-date = Hvornår startede (eller starter) det? Skriv en dato, fx 1.3.2027.
desk-today = I dag
desk-error-outcome-date = Vælg en dato inden for et år fra i dag.
desk-outcome-saved = Gemt.
desk-outcome-line = { $kind } fra { $date }
outcome-internship = Praktik
outcome-igu = IGU (job med løn og skole)
outcome-job = Job
outcome-education = Uddannelse

desk-ask-description-lang = Beskrivelsen på hvilket sprog? (Markeret: skrevet.)
desk-field-reminders = Påmindelser
desk-ask-reminders = Påmindelser: hvor mange timer før start? Op til tre tal, fx 24, 2. Spring over: ingen påmindelser.
desk-reminders-are = Påmindelser (timer før start): { $hours }
desk-reminders-none = Ingen påmindelser
desk-error-reminders =
    { $count ->
        [one] Skriv ét tal (timer fra 1 til { $max }), fx 24.
       *[other] Skriv op til { $count } tal (timer fra 1 til { $max }), fx 24, 2.
    }
desk-ask-languages = Vælg sprog, folk taler (tryk igen for at fjerne), og derefter Færdig.
desk-audience-languages-are = Sprog: { $list }

# The coordinator's command menu on Telegram.
command-desk = Koordinatorens skrivebord
command-new = Ny mulighed
command-opportunities = Muligheder: tilmeldinger, fremmøde, ret
command-broadcast = Skriv til mange
command-search = Find kandidater
command-stats = Statistik

# An opportunity in a pick list.
desk-opportunity-choice = { $number } { $title }
desk-invite = Invitér til en mulighed
desk-ask-invite = Invitér til hvilken mulighed? Personen får opslaget og kan tilmelde sig.
desk-invite-none = Der er ingen offentliggjort mulighed forude.
desk-invited = Inviteret. Opslaget sendes til personen, medmindre de har bedt om ikke at få flere beskeder.
staff-invite-too-many = Der kom for mange forkerte invitationskoder fra denne chat. Prøv igen om en time, eller bed en administrator om hjælp.
staff-revoked = Din adgang som medarbejder i jobbro er slut. Hvis det er en fejl, så bed en administrator om en ny invitationskode.
desk-admin-only = Det kan kun administratorer.
desk-staff = Medarbejdere
desk-staff-title = Medarbejdere med adgang
desk-staff-line = { $who }: { $role }, { $channel }, sidst set { $seen }
desk-staff-who = Nr. { $number }
desk-staff-who-note = Nr. { $number } ({ $note })
desk-staff-revoke-choice = Fjern adgang: { $who }
desk-staff-invite = Ny kode til en koordinator
desk-staff-invite-made = En ny kode følger i næste besked.
desk-staff-revoke-confirm = Fjerne adgangen for { $who }? Personen kan ikke længere bruge skrivebordet, og det, der var åbent, lukkes.
desk-staff-revoke-yes = Ja, fjern den
desk-staff-revoke-no = Nej
desk-staff-revoked = Adgangen er fjernet.
desk-staff-code = Ny engangskode ({ $role }): { $code }. Gælder til { $until }. Giv den kun til én person; den virker én gang.
command-staff = Medarbejdere og adgang
channel-name-console = terminal

# Overdragelse af en profil til en kommune.
desk-handover = Overdrag til en kommune
desk-ask-handover = Overdrag profilen til hvilken kommune? Personen bliver spurgt først, medmindre de allerede har sagt ja.
desk-handover-asked = { $name } bliver spurgt, om { $municipality } må få profilen. Du får pakken, når de siger ja.
desk-handover-done = { $name } har sagt ja: her er pakken til { $municipality } (cv og profilfil).
desk-handover-declined = { $name } vil ikke have profilen givet til { $municipality }.
desk-handover-withdrawn = { $name } har trukket samtykket til { $municipality } tilbage. Ingen overdragelse.
desk-handover-unreachable = { $name } kan ikke spørges nu (ingen adresse, eller de har bedt om ingen beskeder). Ingen overdragelse.
desk-handover-file = Profilen til { $municipality } som fil (formatet jobbro-profile/1, med ISCO-08-koder og CEFR-niveauer).
desk-candidate-cv = Cv (PDF)
desk-candidate-cv-sent = Cv'et kommer som PDF. Giv det kun til dem, personen har sagt ja til.
