# First contact: language, privacy and consent.
# Keep sentences short and words plain: many readers are new to English.
# Somali: short sentences, everyday words (CEFR A2).

language-ask = Dooro luqaddaada.
# The language's own name, shown on its button in every locale.
language-self-name = Soomaali
# REVIEW: added by the engineers after the first draft.
language-more = Luqado kale
language-more-pair = { $first } / { $rest }
language-changed = Hagaag. Hadda kadib af-Soomaali ayaan kuu qori doonaa.
# REVIEW: "wada-hadalkan" (this conversation) for "this chat".
profile-linked = Lambarkan taleefanka horay ayaan xog ugu haynay. Sidaas darteed wada-hadalkan hadda wuxuu ku xiran yahay xogtaas. Waxba kama lumin.
welcome-back = Ku soo dhawoow mar kale! Aan ka sii wadno meeshii aad ku joogsatay.

# REVIEW: "Ma ogoshahay?" / "Haa, waan ogolahay" for "Do you agree?" / "Yes, I agree".
consent-ask =
    Intaan bilaabin: jobbro wuxuu kaa caawiyaa inaad hesho booqashooyin shirkadeed, tababar shaqo (praktik) iyo shaqooyin Denmark.
    
    Haddii aad tiraahdo haa, waxaad noo sheegaysaa shaqadaada, waxbarashadaada iyo luqadahaaga. Isku-duwayaasha mashruuca ayaa arki kara jawaabahaaga. Waxay u isticmaalaan oo keliya inay kugu casuumaan booqashooyin, tababar shaqo iyo shaqooyin.
    
    Waqti kasta waad arki kartaa, beddeli kartaa ama tirtiri kartaa xogtaada.
    
    Ma ogoshahay?
consent-yes = Haa, waan ogolahay
consent-no = Maya
consent-more = Akhri wax dheeraad ah
consent-thanks = Mahadsanid. Jawaab kasta markiiba waa la kaydiyaa.
consent-refused = Hagaag. Wax xog ah oo adiga kugu saabsan ma aanan kaydin. Haddii aad fikirkaaga beddesho, mar kale noo soo qor.

# REVIEW: "tabarucayaal" (volunteers), "liisanka wadista" (driving licences), "hay'adda Denmark
# ee ilaalisa xogta" (the Danish data protection authority).
# REVIEW: the lines on the CV, the municipality, the 18 months and "Xogtayda oo dhan" were added
# by the engineers after the first draft; CV-gaaga and degmo as in privacy.ftl.
privacy-full =
    Ogeysiiska ilaalinta xogta
    
    Yaa: isku-duwayaasha mashruucan jobbro. Waa tabarucayaal.
    Waxa aan kaydinno: magacaaga, lambarka taleefankaaga, meesha aad ku nooshahay, sannadka aad dhalatay, waxbarashadaada, khibradaada shaqo, luqadahaaga, liisanka wadista iyo shahaadooyinka, iyo waxa aad raadinayso.
    Sababta: si aan kugu casuumno booqashooyin shirkadeed, kulamo macluumaad, tababar shaqo iyo shaqooyin kugu habboon. Wax kale uma isticmaalno.
    Yaa arki kara: isku-duwayaasha mashruuca oo keliya. Shirkad waxay heleysaa CV-gaaga oo keliya haddii aad tiraahdo haa marka magacaaga loo qoro booqashadeeda ama shaqadeeda. Degmo waxay heleysaa xogtaada oo keliya haddii aad tiraahdo haa marka lagu weydiiyo. Weligeen ma iibinno xogtaada, uma isticmaalno xayeysiis.
    Ilaa goorma: ilaa aad tirtirto, ama 18 bilood kadib markii ugu dambeysay ee aad noo soo qortay (marka hore waan ku weydiin doonnaa).
    Xuquuqdaada: xogtaada waxaad ka arki kartaa kana beddeli kartaa "Xogtayda". "Xogtayda oo dhan" (/mydata) waxaad ka heleysaa nuqul wax walba ah, waxaad arkeysaa cidda isticmaashay, waxaadna ka noqon kartaa haa kasta. Wax kasta waxaad ku tirtiri kartaa "Tirtir xogtayda" ama /delete. Waxaad sidoo kale cabasho u gudbin kartaa Datatilsynet, hay'adda Denmark ee ilaalisa xogta.

help-text =
    jobbro wuxuu kaa caawiyaa inaad hesho booqashooyin shirkadeed, tababar shaqo iyo shaqooyin.
    Su'aalaha ugu jawaab badhamada ama adigoo qoraya.
    /back wuxuu ku celiyaa hal su'aal gadaal. /skip wuxuu kaa gudbiyaa su'aal aadan rabin inaad ka jawaabto.
    /menu wuxuu tusaa liiska weyn, /profile jawaabahaaga, /language wuxuu beddelaa luqadda, /privacy wuxuu sharxaa sida aan u isticmaalno xogtaada, /delete wuxuu tirtiraa wax kasta oo adiga kugu saabsan.
claim-phone-ask = Lambarkan taleefanka wuxuu ka tirsan yahay xog magaceedu yahay { $initials }. Adiga ma tahay?
claim-phone-ask-unnamed = Lambarkan taleefanka wuxuu horay uga tirsan yahay xog kale. Xogtaas ma adigaa leh?
claim-phone-yes = Haa, waa aniga
claim-phone-no = Maya, qof kale ayaan ahay
claim-phone-kept-apart = Markaas xog kuu gaar ah ayaad heleysaa. Lambarku wuxuu la sii jirayaa xogta kale.
