# Forståelse af skrevne svar, den korte registrering over SMS, og hvad der siges, når et svar
# ikke forstås. Lister af ord er kommaseparerede; store bogstaver, accenter og arabiske korte
# vokaler betyder ikke noget, og alle sprogs ord virker for alle.

# En første besked, der begynder med et af disse ord, vælger dansk (i stedet for sprogmenuen).
greeting-words = hej, hejsa, hej hej, goddag, godmorgen, god morgen, godaften, dav, davs, halløj
# Den første besked til en, der skrev noget andet: hvad jobbro er, derefter menuen.
language-intro = jobbro hjælper dig med at finde arbejde i Danmark. Vælg dit sprog.
consent-other-language = Andet sprog

hint-number = Svar med et tal fra 1 til { $max }. Send ? for at se valgene igen.
hint-number-sms = Svar 1-{ $max }. Send ? for at se valgene.
hint-numbers = Svar med et eller flere tal fra 1 til { $max }, for eksempel: 1 3. Send ? for at se valgene igen.
hint-numbers-sms = Svar med tal, fx 1 3. Send ? for at se valgene.
hint-unsure = Mente du { $first } eller { $second }?
choice-numbered = { $number } { $label }
choice-plain = { $label }

name-latin-same-words = det samme, samme, samme navn, som før, som ovenfor
name-latin-same-not-latin = Dit navn har bogstaver, der ikke er A-Z. Skriv det med latinske bogstaver, som på dine papirer i Danmark.

occupation-write-ask = Hvad er dit vigtigste fag? Skriv det, for eksempel: svejser, kok, sygeplejerske.
occupation-write-ask-sms = Dit vigtigste fag? Skriv det, fx svejser, kok.
occupation-found-ask = Hvilket mener du?
occupation-as-written = Som jeg skrev: { $words }

registration-done-short = Tak! Din profil er gemt. Vi skriver til dig, når noget passer. Svar MERE for at tilføje uddannelse og sprog.
registration-done-short-sms = Tak! Din profil er gemt. Vi skriver, når noget passer. Svar MERE for at tilføje uddannelse og sprog.
registration-completed = Tak! Nu er din profil komplet.
menu-more = Tilføj uddannelse og sprog
keyword-more = MERE
