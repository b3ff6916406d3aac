# Words used in many places.

choice-back = Tilbage
choice-skip = Spring over
choice-done = Færdig
# A chosen item in a list where several can be chosen.
choice-selected = ✓ { $label }
# The same for SMS and the terminal, without symbols that make an SMS more expensive.
choice-selected-text = { $label } (valgt)
# Text channels (SMS, terminal) number the choices; these lines say how to answer.
choice-hint-one = Svar med et tal.
choice-hint-one-sms = Svar 1-{ $max }
choice-hint-multi = Svar med et eller flere tal, for eksempel: 1 3
choice-hint-multi-sms = Svar med tal, fx 1 3
choice-hint-words = Eller skriv: { $words }
choice-hint-words-sms = ({ $words })
quoted = "{ $text }"
# Two items of a list: "A, B". Longer lists nest: "A, B, C".
list-pair = { $first }, { $rest }

error-empty = Jeg fik ingen tekst.
error-too-long =
    { $max ->
        [one] Det er for langt. Skriv højst { $max } tegn.
       *[other] Det er for langt. Skriv højst { $max } tegn.
    }
error-name-chars = Skriv dit navn kun med bogstaver. Ingen tal, tegn eller emoji.
error-text-chars = Skriv med ord, ikke kun tal eller tegn.
error-name-latin-script = Brug latinske bogstaver (A-Z), som på dine papirer i Danmark.
error-phone-invalid = Det telefonnummer kan jeg ikke bruge. Er det ikke et dansk nummer, så skriv landekoden først. (Eksempel: +45 20 12 34 56)
error-year-range = Skriv et år mellem { $min } og { $max }.
error-number-range = Skriv et tal mellem { $min } og { $max }.
error-date-format = Jeg kunne ikke læse datoen. Skriv den sådan her: 1.3.2027
error-date-range = Vælg en dato mellem i dag og fem år fra nu.
error-pick-choice = Vælg et af svarene.
error-write-text = Skriv dit svar.
error-write-number = Skriv et tal.
error-unsupported = Jeg kan kun læse tekst her. Skriv dit svar.
error-stale-button = Den knap er fra et gammelt spørgsmål. Her er spørgsmålet nu.
error-unknown-command = Den kommando kender jeg ikke. Skriv /help for at se, hvad jeg kan.
error-cannot-go-back = Dette er det første spørgsmål.
error-cannot-skip = Du kan ikke springe dette spørgsmål over.
error-finish-registration-first = Udfyld først din profil.

date = { $day }. { $month } { $year }
month-1 = januar
month-2 = februar
month-3 = marts
month-4 = april
month-5 = maj
month-6 = juni
month-7 = juli
month-8 = august
month-9 = september
month-10 = oktober
month-11 = november
month-12 = december

spoken-ar = Arabisk
spoken-ku = Kurdisk
spoken-fa = Persisk (farsi)
spoken-prs = Dari
spoken-ps = Pashto
spoken-ti = Tigrinya
spoken-am = Amharisk
spoken-so = Somali
spoken-uk = Ukrainsk
spoken-ru = Russisk
spoken-tr = Tyrkisk
spoken-fr = Fransk
spoken-de = Tysk
spoken-en = Engelsk
spoken-da = Dansk
# A reading language's name inside a sentence.
language-inline-ar = arabisk
language-inline-en = engelsk
language-inline-da = dansk
flood-warning =
    Du sender beskeder meget hurtigt. Jeg læser ikke dine beskeder i { $minutes ->
        [one] { $minutes } minut
       *[other] { $minutes } minutter
    }. Så kan du skrive igen.
