# REVIEW (whole file): drafted by the engineers; the whole file awaits a native speaker's review.
# Understanding typed answers, the short registration by SMS, and what is said when an answer
# is not understood. Lists of words are comma-separated; case, accents and Arabic short vowels
# do not matter, and every language's words work for everyone.
# Somali is in Latin letters: plain a-z only (GSM-7), so an SMS costs one segment per 160.

# A first message that opens with one of these chooses Somali (instead of the language menu).
# The Arabic greeting is listed only as Somalis spell it (with c), and "asc" as they shorten it.
# REVIEW: is "asc" used only by Somalis? Are "nabad" and "warran" typed as a first message?
greeting-words = iska warran, is ka warran, warran, see tahay, sidee tahay, nabad, subax wanaagsan, galab wanaagsan, fiid wanaagsan, asalaamu calaykum, assalaamu calaykum, salaamu calaykum, asc
# The first message to someone who wrote something else: what jobbro is, then the menu.
language-intro = jobbro wuxuu kaa caawiyaa inaad shaqo ka hesho Denmark. Dooro luqaddaada.
consent-other-language = Luqad kale

# One line instead of the whole menu again, when an answer was not understood.
hint-number = Ku jawaab lambar u dhexeeya 1 iyo { $max }. Soo dir ? si aad mar kale u aragto jawaabaha.
hint-number-sms = Ku jawaab 1-{ $max }. Soo dir ? si aad u aragto jawaabaha.
hint-numbers = Ku jawaab hal lambar ama dhowr, 1 ilaa { $max }, tusaale: 1 3. Soo dir ? si aad mar kale u aragto jawaabaha.
hint-numbers-sms = Ku jawaab lambaro, sida 1 3. Soo dir ? si aad u aragto jawaabaha.
# An answer that fits two choices: only those two, with their numbers where numbers are shown.
hint-unsure = Ma waxaad ula jeeddaa { $first } mise { $second }?
choice-numbered = { $number } { $label }
choice-plain = { $label }

# At "your name in Latin letters": people who mean the name they already wrote.
# "Waa isku mid" is the button name-latin-same. No single word that could be a Latin name.
name-latin-same-words = isku mid, waa isku mid, sidii hore, sidii aan qoray, isla magaca, magacii hore, sida kore, sida kor ku xusan
name-latin-same-not-latin = Magacaagu wuxuu leeyahay xarfo aan ahayn A-Z. Fadlan ku qor xarfaha Laatiinka, sida ku qoran waraaqahaaga Denmark.

# By SMS the main occupation is written, not picked from a list.
occupation-write-ask = Waa maxay shaqadaada ugu weyn? Qor, tusaale: laxaamade, cunto kariye, kalkaaliye caafimaad.
occupation-write-ask-sms = Shaqadaada ugu weyn? Qor, sida laxaamade, cunto kariye.
occupation-found-ask = Midkee ayaad ula jeeddaa?
occupation-as-written = Sidii aan u qoray: { $words }

# The end of the short registration (SMS): the rest is offered, not asked.
# The word in capitals must be in keyword-more.
registration-done-short = Mahadsanid! Xogtaada waa la kaydiyay. Waan kuu soo qori doonnaa marka wax kugu habboon la helo. Ku jawaab DHEERAAD si aad ugu darto waxbarashadaada iyo luqadahaaga.
registration-done-short-sms = Mahadsanid! Xogtaada waa la kaydiyay. Waan kuu soo qori marka wax kugu habboon la helo. Ku jawaab DHEERAAD si aad ugu darto waxbarasho iyo luqado.
registration-completed = Mahadsanid! Xogtaadu hadda waa dhammaystiran tahay.
menu-more = Ku dar waxbarasho iyo luqado
# REVIEW: "dheeraad" (extra, more), as in consent-more "Akhri wax dheeraad ah".
keyword-more = DHEERAAD, WAX DHEERAAD
