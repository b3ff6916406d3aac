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
desk-delete-staff = Medarbejderkonti fjernes af en administrator.

desk-ask-kind = Hvilken slags mulighed?
desk-ask-company = Hvilken virksomhed eller arrangør?
desk-ask-title = En kort titel (folk ser den, som du skriver den):
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
desk-audience-size = Når { $telegram } på Telegram og { $sms } pr. SMS.
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

desk-list-title = Muligheder (kommende og de sidste 30 dage):
desk-list-empty = Der er ingen muligheder endnu.
desk-list-item = { $number }: { $kind }, { $title }, { $start } ({ $status }; { $confirmed } tilmeldt, { $waitlisted } venter)
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

desk-stats-title = Fra { $from } til { $to }: registreret, tilmeldt, mødt, praktik, job
desk-stats-row = { $place }: { $registered }, { $signed_up }, { $attended }, { $internship }, { $job }
desk-stats-all = Alle steder
desk-stats-place = { $place }
desk-period-30 = 30 dage
desk-period-90 = 90 dage
desk-period-365 = Et år
