# First contact: language, privacy and consent.
# Keep sentences short and words plain: many readers are new to English.

language-ask = Vælg dit sprog.
# The language's own name, shown on its button in every locale.
language-self-name = Dansk
language-more = Flere sprog
language-more-pair = { $first } / { $rest }
language-changed = OK, jeg skriver på dansk fra nu af.
profile-linked = Vi har allerede en profil med dette telefonnummer. Denne chat er nu koblet til den profil. Intet er gået tabt.
welcome-back = Velkommen tilbage! Lad os fortsætte, hvor du stoppede.

consent-ask =
    Før vi starter: jobbro hjælper dig med at finde virksomhedsbesøg, praktik og job i Danmark.
    
    Hvis du siger ja, fortæller du os om dit arbejde, din uddannelse og dine sprog. Koordinatorerne i jobbro kan se dine svar. De bruger dem kun til at invitere dig til virksomhedsbesøg, praktik og job.
    
    Du kan altid se, ændre eller slette dine data.
    
    Er du enig?
consent-yes = Ja, jeg er enig
consent-no = Nej
consent-more = Læs mere
consent-thanks = Tak. Vi gemmer hvert svar, når du sender det.
consent-refused = OK. Vi har ikke gemt noget om dig. Hvis du vil starte senere, så skriv til os igen.

privacy-full =
    Privatlivserklæring
    
    Hvem: de frivillige koordinatorer i jobbro.
    Hvad vi gemmer: dit navn, telefonnummer, hvor du bor, fødselsår, uddannelse, erhvervserfaring, sprog, kørekort og hvad du søger.
    Hvorfor: for at invitere dig til virksomhedsbesøg, informationsmøder, praktik, IGU og job, der passer til dig. Ikke til andet.
    Hvem kan se dem: kun koordinatorerne i jobbro. En virksomhed får kun dit cv, hvis du siger ja, når du tilmelder dig dens besøg eller job. En kommune får kun din profil, hvis du siger ja, når du bliver spurgt. Vi sælger aldrig dine data. Vi bruger dem aldrig til reklame.
    Hvor længe: indtil du sletter dem, eller 18 måneder efter du sidst skrev til os (vi spørger dig først).
    Dine rettigheder: du kan se og ændre dine data under "Min profil". Under "Mine data" (/mydata) får du en kopi af det hele, ser hvem der har brugt dem, og kan trække hvert ja tilbage. Du kan slette det hele med "Slet mine data" eller /delete. Du kan også klage til Datatilsynet, den danske myndighed for databeskyttelse.

help-text =
    jobbro hjælper dig med at finde virksomhedsbesøg, praktik og job.
    Tryk på en knap, eller skriv dit svar.
    /back: gå et spørgsmål tilbage.
    /skip: spring et spørgsmål over.
    /menu: hovedmenuen.
    /profile: se og ret dine svar.
    /language: skift sprog.
    /privacy: sådan bruger vi dine data.
    /delete: slet alt om dig.
claim-phone-ask = Dette telefonnummer er allerede i en profil for { $initials }. Er det dig?
claim-phone-ask-unnamed = Dette telefonnummer er allerede i en anden profil. Er det din profil?
claim-phone-yes = Ja, det er mig
claim-phone-no = Nej, jeg er en anden
claim-phone-kept-apart = Så får du din egen profil. Nummeret bliver ved den anden profil.
