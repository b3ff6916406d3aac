# First contact: language, privacy and consent.
# Keep sentences short and words plain: many readers are new to English.

language-ask = Vælg dit sprog.
# The language's own name, shown on its button in every locale.
language-self-name = Dansk
language-more = Flere sprog
language-more-pair = { $first } / { $rest }
language-changed = OK, jeg skriver på dansk fra nu af.
profile-linked = Dette telefonnummer har allerede en profil hos os, så denne chat er nu koblet til den. Intet er gået tabt.
welcome-back = Velkommen tilbage! Lad os fortsætte, hvor du stoppede.

consent-ask =
    Før vi starter: jobbro hjælper dig med at finde virksomhedsbesøg, praktik og job i Danmark.
    
    Hvis du siger ja, fortæller du os om dit arbejde, din uddannelse og dine sprog. Projektets koordinatorer kan se dine svar. De bruger dem kun til at invitere dig til besøg, praktik og job.
    
    Du kan altid se, ændre eller slette dine data.
    
    Er du enig?
consent-yes = Ja, jeg er enig
consent-no = Nej
consent-more = Læs mere
consent-thanks = Tak. Dine svar bliver gemt undervejs.
consent-refused = OK. Vi har ikke gemt noget om dig. Hvis du skifter mening, så skriv bare til os igen.

privacy-full =
    Privatlivserklæring
    
    Hvem: de frivillige koordinatorer i dette jobbro-projekt.
    Hvad vi gemmer: dit navn, telefonnummer, hvor du bor, fødselsår, uddannelse, erhvervserfaring, sprog, kørekort og hvad du søger.
    Hvorfor: for at invitere dig til virksomhedsbesøg, informationsmøder, praktik og job, der passer til dig. Ikke til andet.
    Hvem kan se dem: kun projektets koordinatorer. Vi sælger aldrig dine data og bruger dem aldrig til reklame.
    Hvor længe: indtil du sletter dem.
    Dine rettigheder: du kan se og ændre dine data under "Min profil" og slette det hele med "Slet mine data" eller /delete. Du kan også klage til Datatilsynet, den danske myndighed for databeskyttelse.

help-text =
    jobbro hjælper dig med at finde virksomhedsbesøg, praktik og job.
    Svar på spørgsmålene med knapperne eller ved at skrive.
    /back går et spørgsmål tilbage, /skip springer et spørgsmål over, som du ikke vil svare på.
    /menu viser hovedmenuen, /profile dine svar, /language skifter sprog, /privacy fortæller, hvordan vi bruger dine data, /delete sletter alt om dig.
claim-phone-ask = Dette telefonnummer hører til en profil med navnet { $initials }. Er det dig?
claim-phone-ask-unnamed = Dette telefonnummer hører allerede til en anden profil. Er den din?
claim-phone-yes = Ja, det er mig
claim-phone-no = Nej, jeg er en anden
claim-phone-kept-apart = Så får du din egen profil. Nummeret bliver ved den anden profil.
