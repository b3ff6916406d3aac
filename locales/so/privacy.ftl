# "My data": consents per purpose, a copy of everything stored, the CV. Short lines: by SMS
# every character costs.
# Somali: added by the engineers after the first draft, not yet read by a native speaker.
# Terms as in the other files: xog (profile and data), "Xogtayda" (My profile), "Tirtir xogtayda",
# isku-duwe (plural isku-duwayaasha), magac-qoris / "Waxa lagu qoray" (sign-ups), shirkad, boos.
# New: "Xogtayda oo dhan" (My data: "Xogtayda" alone is already My profile), CV-gaaga (your CV),
# ogolaansho (consent), ka noqo (take a yes back), degmo (the Danish kommune), xafiiska shaqada
# (the Jobcenter). Only GSM 7-bit characters.

# REVIEW: added by the engineers after the first draft.
consent-yes-short = Haa
# REVIEW: added by the engineers after the first draft.
consent-no-short = Maya

# The coordinator's title comes first, the company in brackets, then the question.
# REVIEW: added by the engineers after the first draft; "CV-gaaga" for "your CV", and "Haa ama
# maya, booskaaga waad haysaa" for "you keep your place either way".
cv-consent-ask =
    { $title } ({ $company }): ma u dirnaa CV-gaaga shirkaddan? CV-ga waxaa ku jira magacaaga, lambarka taleefankaaga, shaqadaada, waxbarashadaada iyo luqadahaaga.
    Haa ama maya, booskaaga waad haysaa.
# "Shirkadda" before the name carries the agreement (waxay), not the name.
# REVIEW: added by the engineers after the first draft; "waad ka noqon kartaa" for "you can take
# this back".
cv-consent-given = Mahadsanid. Shirkadda { $company } waxay heli kartaa CV-gaaga. Waad ka noqon kartaa, gudaha "Xogtayda oo dhan".
# REVIEW: added by the engineers after the first draft.
cv-consent-declined = Hagaag. CV-gaaga looma diri doono shirkadda { $company }. Booskaaga waad haysaa.

# REVIEW: added by the engineers after the first draft; "xafiiska shaqada" for the Danish
# Jobcenter.
handover-consent-ask =
    Isku-duwe ayaa doonaya inuu xogtaada siiyo { $municipality }, si xafiiska shaqada ee halkaas u ogaado shaqadaada iyo luqadahaaga. Waxaa ku jira CV-gaaga, magacaaga iyo lambarka taleefankaaga.
    Ma ogoshahay?
# REVIEW: added by the engineers after the first draft.
handover-consent-given = Mahadsanid. Xogtaada waxaa la siin doonaa { $municipality }. Waad ka noqon kartaa, gudaha "Xogtayda oo dhan".
# REVIEW: added by the engineers after the first draft.
handover-consent-declined = Hagaag. Xogtaada lama siin doono { $municipality }.

# REVIEW: added by the engineers after the first draft; "Xogtayda oo dhan" (all my data), because
# "Xogtayda" is already My profile in the same menu. Is the difference clear enough?
menu-mydata = Xogtayda oo dhan
# REVIEW: added by the engineers after the first draft.
command-mydata = Arag oo maamul xogtaada

# REVIEW: added by the engineers after the first draft.
mydata-title = Xogtayda oo dhan
# REVIEW: added by the engineers after the first draft.
mydata-matching-off = Hadda isku-duwayaashu kuma heli karaan, kumana casuumi karaan.
# REVIEW: added by the engineers after the first draft.
mydata-consent-matching = Isku-duwayaashu way ku heli karaan, wayna ku casuumi karaan (laga bilaabo { $date }).
# { $about } is "Company: title" or a municipality's name; it stands last, after a colon.
# REVIEW: added by the engineers after the first draft.
mydata-consent-cv = CV-gaaga waa la siin karaa: { $about } (laga bilaabo { $date }).
# REVIEW: added by the engineers after the first draft.
mydata-consent-handover = Xogtaada waa la siin karaa: { $about } (laga bilaabo { $date }).
# REVIEW: added by the engineers after the first draft; "Waad ka noqotay (ogolaanshaha: ...)" for
# "taken back (given ...)".
mydata-consent-matching-withdrawn = Isku-duwayaashu way ku heli karaan, wayna ku casuumi karaan. Waad ka noqotay (ogolaanshaha: { $date }).
# REVIEW: added by the engineers after the first draft.
mydata-consent-cv-withdrawn = CV-gaaga waa la siin karaa: { $about }. Waad ka noqotay (ogolaanshaha: { $date }).
# REVIEW: added by the engineers after the first draft.
mydata-consent-handover-withdrawn = Xogtaada waa la siin karaa: { $about }. Waad ka noqotay (ogolaanshaha: { $date }).
# REVIEW: added by the engineers after the first draft.
mydata-export = Ii soo dir xogtayda oo dhan
# REVIEW: added by the engineers after the first draft.
mydata-cv = CV-gayga
# REVIEW: added by the engineers after the first draft.
mydata-give-matching = Isku-duwayaashu ha i helaan mar kale
# REVIEW: added by the engineers after the first draft; "Jooji:" for "Stop:" on the buttons.
mydata-stop-matching = Jooji: isku-duwayaashu yaanay i helin
# REVIEW: added by the engineers after the first draft.
mydata-stop-cv = Jooji: CV ha loo dirin { $about }
# REVIEW: added by the engineers after the first draft.
mydata-stop-handover = Jooji: xog ha la siin { $about }
# REVIEW: added by the engineers after the first draft.
mydata-matching-given = Waa la sameeyay. Isku-duwayaashu mar kale way ku heli karaan, wayna ku casuumi karaan.
# REVIEW: added by the engineers after the first draft.
mydata-matching-withdrawn = Waa la sameeyay. Hadda isku-duwayaashu kuma heli karaan, casuumaadna ma heli doontid. Xogtaada waa la hayaa. Weli waxaad heli doontaa fariimaha ku saabsan waxa lagu qoray.
# REVIEW: added by the engineers after the first draft.
mydata-cv-withdrawn = Waa la sameeyay. CV-gaaga iyaga looma diri doono.
# REVIEW: added by the engineers after the first draft.
mydata-handover-withdrawn = Waa la sameeyay. Xogtaada iyaga lama siin doono.
# REVIEW: added by the engineers after the first draft.
mydata-cv-by-sms = Isku-duwe ayaa kuu daabici kara CV-gaaga. Weydii marka xigta ee aad kulantaan.
# REVIEW: added by the engineers after the first draft.
mydata-cv-sent = Waa kan CV-gaaga.

# REVIEW: added by the engineers after the first draft.
mydata-export-title = Wax kasta oo aan kaydinno oo adiga kugu saabsan
# REVIEW: added by the engineers after the first draft.
mydata-consents-title = Waxa aad haa u tiri:
# REVIEW: added by the engineers after the first draft.
mydata-signups-title = Waxa lagu qoray:
# REVIEW: added by the engineers after the first draft.
mydata-signup = { $title }, { $start } ({ $status })
# REVIEW: added by the engineers after the first draft.
mydata-uses-title = Cidda isticmaashay xogtaada:
# REVIEW: added by the engineers after the first draft.
mydata-uses-none = Weli qofna.
# REVIEW: added by the engineers after the first draft.
mydata-use = { $date }: { $action }, { $by }
# REVIEW: added by the engineers after the first draft.
mydata-action-viewed_profile = xogta waa la eegay
# REVIEW: added by the engineers after the first draft.
mydata-action-cv_downloaded = CV ayaa la sameeyay
# REVIEW: added by the engineers after the first draft.
mydata-action-cv_sent = CV ayaa loo diray shirkad
# REVIEW: added by the engineers after the first draft.
mydata-action-exported = xogta waa la koobiyeeyay
# REVIEW: added by the engineers after the first draft; "degmo" for the Danish kommune.
mydata-action-handed_over = xogta waxaa la siiyay degmo
# REVIEW: added by the engineers after the first draft.
mydata-action-retention_warned = digniin ka hor tirtirka
# REVIEW: added by the engineers after the first draft.
mydata-action-erased = waa la tirtiray
# REVIEW: added by the engineers after the first draft.
mydata-by-staff = isku-duwe
# REVIEW: added by the engineers after the first draft.
mydata-by-admin = maamulaha
# REVIEW: added by the engineers after the first draft.
mydata-by-person = adiga
# REVIEW: added by the engineers after the first draft.
mydata-by-retention = si toos ah
# Labels before the numbers, so no plural forms are needed.
# REVIEW: added by the engineers after the first draft.
mydata-counts = Ogolaansho: { $consents }, magac-qoris: { $signups }, isticmaal: { $uses }.
# REVIEW: added by the engineers after the first draft.
mydata-sms-summary = Waxaan kaydinnaa xogtaada (eeg "Xogtayda"), ogolaanshahaaga, waxa lagu qoray iyo cidda isticmaashay xogtaada.
# REVIEW: added by the engineers after the first draft.
mydata-sms-rest = Nuqul buuxa: ku qor /mydata Telegram-ka, ama weydii isku-duwe.
