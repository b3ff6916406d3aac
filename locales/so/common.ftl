# Words used in many places.
# Somali draft. Terms used in every file (keep them the same everywhere):
#   profile = xog ("Xogtayda" = My profile), data = xog as well (the profile IS the data)
#   registering / filling in the profile = diiwaangelin
#   signing up for a visit/meeting/internship = magac-qoris (the name is written down):
#     "I qor" = sign me up, "magacaaga waa la qoray" = you are signed up; "qor" alone = write
#   company visit = booqasho shirkadeed, information meeting = kulan macluumaad,
#   internship = tababar shaqo (praktik), job = shaqo, IGU = IGU (shaqo mushaar + dugsi),
#   coordinator = isku-duwe (plural isku-duwayaasha), place at an event = boos,
#   waitlist = liiska sugitaanka, message = fariin, school = dugsi.
# Somali has no formal "you"; politeness is carried by "Fadlan" (please) and plain words.
# Somali puts the noun in the singular after a number ("laba sano", "shan daqiiqo"), so the
# plural variants below are often the same as [one]; they are kept as the brief requires.
# Only GSM 7-bit characters: plain a-z, digits, straight ' and ".

choice-back = Dib u noqo
choice-skip = Ka gudub
# REVIEW: "Waan dhammeeyay" (I have finished) is used for "Done" and quoted in other texts.
choice-done = Waan dhammeeyay
# A chosen item in a list where several can be chosen.
choice-selected = ✓ { $label }
# The same for SMS and the terminal, without symbols that make an SMS more expensive.
choice-selected-text = { $label } (la doortay)
# Text channels (SMS, terminal) number the choices; these lines say how to answer.
choice-hint-one = Ku jawaab lambar.
choice-hint-one-sms = Ku jawaab 1-{ $max }
choice-hint-multi = Ku jawaab hal lambar ama dhowr, tusaale: 1 3
choice-hint-multi-sms = Ku jawaab lambaro, sida 1 3
choice-hint-words = Ama qor: { $words }
choice-hint-words-sms = ({ $words })
quoted = "{ $text }"
# Two items of a list: "A, B". Longer lists nest: "A, B, C".
list-pair = { $first }, { $rest }

error-empty = Wax qoraal ah ma helin.
error-too-long =
    { $max ->
        [one] Qoraalku aad buu u dheer yahay. Fadlan qor ugu badnaan { $max } xaraf.
       *[other] Qoraalku aad buu u dheer yahay. Fadlan qor ugu badnaan { $max } xaraf.
    }
error-name-chars = Fadlan magacaaga ku qor xarfo keliya: lambaro, calaamado ama emoji ha qorin.
error-text-chars = Fadlan ku qor erayo, ha qorin lambaro ama calaamado keliya.
# The name as on the person's papers in Denmark (residence/asylum card), not the passport.
# REVIEW: "waraaqahaaga Denmark" (your papers in Denmark) - is this clear for the asylum/residence card?
error-name-latin-script = Fadlan isticmaal xarfaha Laatiinka (A-Z), sida ku qoran waraaqahaaga Denmark.
error-phone-invalid = Lambarkan taleefanka ma isticmaali karo. Haddii uusan ahayn lambar Denmark, ku qor koodhka dalka. (Tusaale: +45 20 12 34 56)
error-year-range = Fadlan qor sannad u dhexeeya { $min } iyo { $max }.
error-number-range = Fadlan qor lambar u dhexeeya { $min } iyo { $max }.
error-date-format = Taariikhdaas ma akhriyi karin. Sidan u qor: 1.3.2027
error-date-range = Fadlan dooro taariikh u dhexeysa maanta iyo shan sano kadib.
error-pick-choice = Fadlan dooro mid ka mid ah jawaabaha.
error-write-text = Fadlan qor jawaabtaada.
error-write-number = Fadlan qor lambar.
error-unsupported = Halkan qoraal keliya ayaan akhriyi karaa. Fadlan qor jawaabtaada.
error-stale-button = Badhankaas wuxuu ka tirsan yahay su'aal hore. Tani waa su'aasha hadda.
error-unknown-command = Amarkaas ma aqaan. Qor /help si aad u aragto waxa aan qaban karo.
error-cannot-go-back = Tani waa su'aasha koowaad.
error-cannot-skip = Su'aashan lagama gudbi karo.
# REVIEW: "diiwaangelin" (registering) may sound like an official/government registration; is there a softer word?
error-finish-registration-first = Fadlan marka hore dhammee diiwaangelinta.

# Somali readers write day, month, year: "3 Maarso 2027".
date = { $day } { $month } { $year }
# REVIEW: month names follow common Somali use (CLDR has Jannaayo, May, Ogost, Desembar);
# "Bisha Koobaad" etc. (first month...) is the older official form.
month-1 = Janaayo
month-2 = Febraayo
month-3 = Maarso
month-4 = Abriil
month-5 = Maajo
month-6 = Juun
month-7 = Luuliyo
month-8 = Agoosto
month-9 = Sebtembar
month-10 = Oktoobar
month-11 = Nofembar
month-12 = Diseembar

# REVIEW: language names mostly as in CLDR (Carabi, Faarisi, Bashtuu, Axmaari, Yukreeniyaan,
# Ruush, Faransiis, Jarmal, Ingiriisi); CLDR has "Dhaanish" for Danish, "Deenish" is used here.
spoken-ar = Carabi
spoken-ku = Kurdi
spoken-fa = Faarisi (Farsi)
spoken-prs = Dari
spoken-ps = Bashtuu
spoken-ti = Tigrinya
spoken-am = Axmaari
spoken-so = Soomaali
spoken-uk = Yukreeniyaan
spoken-ru = Ruush
spoken-tr = Turki
spoken-fr = Faransiis
spoken-de = Jarmal
spoken-en = Ingiriisi
spoken-da = Deenish
# A reading language's name inside a sentence.
language-inline-ar = af-Carabi
language-inline-en = af-Ingiriis
language-inline-da = af-Deenish
flood-warning = Fariimaha waxaad u soo diraysaa si ka dhakhso badan sida qof u qori karo. Sidaas darteed fariimahaaga ma akhriyi doono { $minutes } { $minutes ->
    [one] daqiiqo
   *[other] daqiiqo
  } ee soo socda. Kadib mar kale soo qor.
