# The registration questions, in the order they are asked.
# Registering = diiwaangelin; it is never the word for signing up for a visit (see common.ftl).

name-ask = Magacaagu waa maxay? U qor sida aad caadi ahaan u qorto.
# The name as on the person's papers in Denmark (residence/asylum card), not the passport.
name-latin-ask = Sidee magacaaga loogu qoraa xarfaha Laatiinka (A-Z), sida ku qoran waraaqahaaga Denmark? (Tusaale: Mohammad Al-Ahmad)
name-latin-same = Waa isku mid: { $name }

phone-ask = Waa maxay lambarka taleefankaagu? (Tusaale: 20 12 34 56)
phone-ask-telegram = Waa maxay lambarka taleefankaagu? Riix badhanka hoose si aad u wadaagto, ama qor. (Tusaale: 20 12 34 56)
phone-share-button = La wadaag lambarkayga
phone-saved = Waa la kaydiyay: { $phone }

place-ask = Hadda xagee ku nooshahay?
place-other = Meel kale
# REVIEW: "xarunta magangalyo-doonka" for "asylum centre" (avoids "xero" = camp).
place-other-ask = Qor magaalada ama xarunta magangalyo-doonka ee aad ku nooshahay.

birth-year-ask = Sannadkee ayaad dhalatay? (Tusaale: 1990)

education-level-ask = Waa maxay waxbarashadaada ugu sarreysa?
education-none = Dugsi ma aan dhigan
education-primary = Dugsi hoose
education-secondary = Dugsi sare
education-vocational = Tababar xirfadeed
education-bachelor = Jaamacad (bachelor)
education-master = Master
education-doctorate = PhD / doctorate
# REVIEW: examples "injineernimo madani" (civil engineering), "kalkaalinimo" (nursing), "xisaabaad" (accounting).
education-field-ask = Maxaad baratay? (Tusaale: injineernimo madani, kalkaalinimo, xisaabaad)
education-country-ask = Wadankee ayaad wax ku baratay?
education-year-ask = Sannadkee ayaad dhammeysay? (Tusaale: 2012)

occupation-sector-ask = Shaqo noocee ah ayaad qabatay? Dooro qayb.
occupation-sector-ask-more = Dooro qaybta shaqada xigta.
occupation-pick-ask = Dooro shaqadaada.
occupation-not-listed = Shaqadaydu liiska kuma jirto
occupation-none = Weli ma aanan shaqeyn
occupation-own-words-ask = Shaqadaada ku qor erayadaada.
# The occupation label comes first, then a colon, so the sentence never has to agree with it.
occupation-years-ask = { $occupation }: imisa sano ayaad shaqadan qabatay? Qor lambar. (0 haddii ay ka yar tahay hal sano)
occupation-more-ask = Ma qabatay shaqo kale?
occupation-add = Ku dar shaqo kale
occupation-remove = Ka saar shaqo
occupation-remove-ask = Shaqadee ayaad rabtaa inaad ka saarto?
occupation-principal-ask = Shaqadee ayaad ugu jeceshahay inaad hesho?

language-danish-ask = Intee in le'eg ayaad af-Deenish ku hadashaa?
language-english-ask = Intee in le'eg ayaad af-Ingiriis ku hadashaa?
language-mother-ask = Waa maxay afkaaga hooyo?
language-other = Luqad kale
language-own-words-ask = Qor magaca luqadda.
language-others-ask = Ma ku hadashaa luqado kale? Dooro mid, ama "Waan dhammeeyay".
language-remove = Ka saar luqad
language-remove-ask = Luqaddee ayaad rabtaa inaad ka saarto?
# The language name comes first, then a colon (no agreement needed).
language-level-ask = { $language }: intee in le'eg ayaad ku hadashaa?

# REVIEW: level labels; "Ma aqaan" = "I do not know it" for "Not at all".
level-none = Ma aqaan
level-a1 = Erayo yar (A1)
level-a2 = Hadal maalinle fudud (A2)
level-b1 = Ku filan shaqo iyo dukaan (B1)
level-b2 = Si fudud ayaan u hadlaa (B2)
level-c1 = Aad u fiican, xataa shaqo (C1)
level-c2 = Sida afkayga hooyo (C2)
level-native = Afka hooyo

licences-ask = Ma haysataa liisanka wadista ama shahaado? Dooro dhammaan waxa aad haysato, kadibna "Waan dhammeeyay".
licence-b = Gaari (B)
# REVIEW: "tareeler" (trailer), "gaari xamuul" (truck).
licence-be = Gaari iyo tareeler (BE)
licence-c = Gaari xamuul (C)
licence-ce = Xamuul iyo tareeler (CE)
licence-d = Bas (D)
licence-forklift = Shahaadada forklift
licence-none = Ma haysto
# REVIEW: "laxaamad" (welding), "gargaarka degdegga ah" (first aid).
certificates-ask = Ma haysataa shahaadooyin kale ama koorsooyin? Qor, ama dooro "Ka gudub". (Tusaale: shahaadada laxaamadda, gargaarka degdegga ah)

# The last sentence (IGU needs a residence permit) is not in English: the brief asks for the
# full IGU explanation (paid job + school, needs a residence permit).
# REVIEW: "sharci degenaansho" for "residence permit".
wishes-ask = Maxaad raadinaysaa? Dooro dhammaan waxa kugu habboon, kadibna "Waan dhammeeyay". IGU: waxaa loo baahan yahay sharci degenaansho.
wish-company-visit = Booqashooyin shirkadeed
wish-internship = Tababar shaqo (praktik)
wish-job = Shaqo
# IGU: a paid job combined with school (integration education). Same text as kind-igu.
wish-igu = IGU (shaqo mushaar + dugsi)
wish-education = Waxbarasho

available-ask = Goorma ayaad bilaabi kartaa? Dooro, ama qor taariikh. (Tusaale: 1.3.2027)
available-now = Hadda
available-1m = Hal bil kadib
available-3m = Saddex bilood kadib

# REVIEW: "isku-duwayaasha" (coordinators) - known to A2 readers?
registration-done = Mahadsanid! Xogtaada waa la kaydiyay. Isku-duwayaasha ayaa kula soo xiriiri doona marka wax kugu habboon la helo.
