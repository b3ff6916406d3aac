# Short SMS variants (`<id>-sms`) of texts that are long on Telegram: every 160 characters
# (70 in Arabic) is another paid SMS segment. Same meaning, fewer words. Keep Danish and
# English within GSM-7: no curly quotes, dashes or emoji.
# Somali is in Latin letters: plain a-z only, so a Somali SMS also costs one segment per 160.

consent-ask-sms = jobbro wuxuu kaa caawiyaa inaad hesho booqashooyin shirkadeed, tababar shaqo iyo shaqooyin Denmark. Haddii aad ogolaato, isku-duwayaasha mashruuca ayaa arka jawaabahaaga, oo keliya si ay kugu casuumaan. Waqti kasta waad arki, beddeli ama tirtiri kartaa xogtaada. Ma ogoshahay?
consent-thanks-sms = Mahadsanid.
name-ask-sms = Magacaagu waa maxay?
name-latin-ask-sms = Magacaaga xarfaha Laatiinka, sida waraaqahaaga Denmark?
place-ask-sms = Xagee ku nooshahay?
education-level-ask-sms = Waxbarashada ugu sarreysa?
occupation-not-listed-sms = Shaqo kale
occupation-years-ask-sms = { $occupation }: imisa sano? (0 haddii ka yar hal sano)
language-other-sms = Kale
language-others-ask-sms = Luqado kale? Dooro mid, ama Waan dhammeeyay.
level-none-sms = Ma aqaan
level-a1-sms = A1 erayo yar
level-a2-sms = A2 hadal fudud
level-b1-sms = B1 ku filan shaqo
level-b2-sms = B2 si fudud
level-c1-sms = C1 aad u fiican
level-c2-sms = C2 si buuxda
licences-ask-sms = Liisanka wadista ama shahaado? Dooro dhammaan waxa aad haysato.
licence-b-sms = B gaari
licence-be-sms = BE gaari+tareeler
licence-c-sms = C xamuul
licence-ce-sms = CE xamuul+tareeler
licence-d-sms = D bas
licence-forklift-sms = Forklift
certificates-ask-sms = Shahaado ama koorso kale? Qor, ama Ka gudub.
wishes-ask-sms = Maxaad raadinaysaa? Dooro dhammaan waxa kugu habboon.
available-ask-sms = Goorma ayaad bilaabi kartaa? Dooro, ama qor taariikh (1.3.2027).
registration-done-sms = Mahadsanid! Xogtaada waa la kaydiyay. Waan kula soo xiriiri doonnaa marka wax kugu habboon la helo.
summary-name-latin-sms = Laatiin: { $name }
summary-phone-sms = Tel: { $phone }
summary-place-sms = Degaan: { $place }
summary-available-sms = Bilaabid: { $date }
# REVIEW: company/municipality, 18 months and /mydata added by the engineers after the first draft.
privacy-full-sms = Xogta: isku-duwayaasha mashruucan jobbro waxay kaydiyaan jawaabahaaga (magac, taleefan, degaan, waxbarasho, shaqo, luqado, liisan, rabitaan) oo keliya si ay kugu casuumaan booqashooyin, tababar shaqo iyo shaqooyin. Lama iibiyo. Shirkad ama degmo waxay heleysaa oo keliya haddii aad tiraahdo haa. Waa la hayaa ilaa aad qorto /delete, ama 18 bilood kadib fariintaadii ugu dambeysay. /mydata wuxuu tusaa wax walba. Cabasho: Datatilsynet.
help-text-sms = Ku jawaab lambarka aad dooratay. /back: dib u noqo, /skip: ka gudub, /menu: liiska, /delete: tirtir xogtaada. JOOJI ama STOP: fariimaha oo dhan way joogsadaan.
