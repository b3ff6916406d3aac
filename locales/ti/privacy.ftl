# "My data": consents per purpose, a copy of everything stored, the CV. Short lines: by SMS
# every character costs.
# Tigrinya: added by the engineers after the first draft, not yet read by a native speaker.
# Terms as in the other files: ኣወሃሃዲ (plural ኣወሃሃድቲ), ፕሮፋይል, ሓበሬታ (data), ትካል (company),
# ምዝገባ (sign-up), «ፕሮፋይለይ», «ሓበሬታይ ደምስስ». New: «ሓበሬታይ» (My data), ሲቪ (CV), ስምምዕ
# (consent, plural ስምምዓት), ሰረዘ (taking a yes back, the same verb as cancelling a sign-up),
# ምምሕዳር ከተማ (the Danish kommune), ማእከል ስራሕ (the Jobcenter).
# Company and municipality names stand after the separate word ናብ ("to"), after a colon or in
# brackets, never with a prefix glued to them and never as the subject of a verb.

# REVIEW: added by the engineers after the first draft.
consent-yes-short = እወ
# REVIEW: added by the engineers after the first draft.
consent-no-short = ኣይፋል

# The coordinator's title comes first, the company in brackets, then the question.
# REVIEW: added by the engineers after the first draft; "ሲቪ (CV)" for CV, and "ቦትኹም ኣይጠፍእን"
# ("your place is not lost") for "you keep your place".
cv-consent-ask =
    { $title } ({ $company }): ሲቪኹም (CV) ናብዚ ትካል ክንሰዶ ዶ? ኣብ ሲቪ ስምኩም፣ ቁጽሪ ተሌፎን፣ ስራሕ፣ ትምህርትን ቋንቋታትን ኣሎ።
    ዝኾነ መልሲ እንተሃብኩም፣ ቦትኹም ኣይጠፍእን።
# REVIEW: added by the engineers after the first draft; "ክትሰርዝዎ ትኽእሉ" for "you can take this back".
cv-consent-given = የቐንየልና። ሲቪኹም ናብ { $company } ክለኣኽ ይኽእል። ኣብ «ሓበሬታይ» ክትሰርዝዎ ትኽእሉ።
# REVIEW: added by the engineers after the first draft.
cv-consent-declined = ሕራይ። ሲቪኹም ናብ { $company } ኣይክለኣኽን እዩ። ቦትኹም ኣይጠፍእን።

# REVIEW: added by the engineers after the first draft; "ማእከል ስራሕ" for the Danish Jobcenter, and
# "ናብ ... ኣሕለፈ / ሓለፈ" (pass on / go to) for handing the profile over.
handover-consent-ask =
    ሓደ ኣወሃሃዲ ፕሮፋይልኩም ናብ { $municipality } ከሕልፎ ይደሊ፣ እቲ ኣብኡ ዘሎ ማእከል ስራሕ ስራሕኩምን ቋንቋታትኩምን ምእንቲ ክፈልጥ። ኣብቲ ፕሮፋይል ሲቪኹም፣ ስምኩምን ቁጽሪ ተሌፎንኩምን ኣሎ።
    ትሰማምዑ ዶ?
# REVIEW: added by the engineers after the first draft.
handover-consent-given = የቐንየልና። ፕሮፋይልኩም ናብ { $municipality } ክሓልፍ እዩ። ኣብ «ሓበሬታይ» ክትሰርዝዎ ትኽእሉ።
# REVIEW: added by the engineers after the first draft.
handover-consent-declined = ሕራይ። ፕሮፋይልኩም ናብ { $municipality } ኣይክሓልፍን እዩ።

# REVIEW: added by the engineers after the first draft; "ሓበሬታይ" stands in the same menu as
# "ፕሮፋይለይ" and "ሓበሬታይ ደምስስ".
menu-mydata = ሓበሬታይ
# REVIEW: added by the engineers after the first draft; "ኣመሓድሩ" for "manage".
command-mydata = ሓበሬታኹም ርኣዩን ኣመሓድሩን

# REVIEW: added by the engineers after the first draft.
mydata-title = ሓበሬታይ
# REVIEW: added by the engineers after the first draft.
mydata-matching-off = ሕጂ ኣወሃሃድቲ ክረኽቡኹም ወይ ክዕድሙኹም ኣይክእሉን።
# REVIEW: added by the engineers after the first draft.
mydata-consent-matching = ኣወሃሃድቲ ክረኽቡኹምን ክዕድሙኹምን ይኽእሉ (ካብ { $date })።
# { $about } is "Company: title" or a municipality's name; the CV or profile is the subject.
# REVIEW: added by the engineers after the first draft.
mydata-consent-cv = ሲቪኹም ናብ { $about } ክለኣኽ ይኽእል (ካብ { $date })።
# REVIEW: added by the engineers after the first draft.
mydata-consent-handover = ፕሮፋይልኩም ናብ { $about } ክሓልፍ ይኽእል (ካብ { $date })።
# REVIEW: added by the engineers after the first draft; "ተሰሪዙ (እወ ዝበልኩምሉ: ...)" for
# "taken back (given ...)".
mydata-consent-matching-withdrawn = ኣወሃሃድቲ ክረኽቡኹምን ክዕድሙኹምን ይኽእሉ: ተሰሪዙ (እወ ዝበልኩምሉ: { $date })።
# REVIEW: added by the engineers after the first draft.
mydata-consent-cv-withdrawn = ሲቪኹም ናብ { $about } ክለኣኽ ይኽእል: ተሰሪዙ (እወ ዝበልኩምሉ: { $date })።
# REVIEW: added by the engineers after the first draft.
mydata-consent-handover-withdrawn = ፕሮፋይልኩም ናብ { $about } ክሓልፍ ይኽእል: ተሰሪዙ (እወ ዝበልኩምሉ: { $date })።
# Buttons are in the reader's own voice, singular imperative to the bot (as ሓበሬታይ ደምስስ).
# REVIEW: added by the engineers after the first draft.
mydata-export = ኩሉ ሓበሬታይ ስደደለይ
# REVIEW: added by the engineers after the first draft.
mydata-cv = ናተይ ሲቪ
# REVIEW: added by the engineers after the first draft; jussive "ይርከቡኒ" (let them find me).
mydata-give-matching = ኣወሃሃድቲ ደጊሞም ይርከቡኒ
# REVIEW: added by the engineers after the first draft; "ደው ኣብል:" for "Stop:" on the buttons.
mydata-stop-matching = ደው ኣብል: ኣወሃሃድቲ ኣይርከቡኒ
# REVIEW: added by the engineers after the first draft.
mydata-stop-cv = ደው ኣብል: ሲቪ ናብ { $about } ኣይለኣኽ
# REVIEW: added by the engineers after the first draft.
mydata-stop-handover = ደው ኣብል: ፕሮፋይል ናብ { $about } ኣይሕለፍ
# REVIEW: added by the engineers after the first draft.
mydata-matching-given = ተፈጺሙ። ኣወሃሃድቲ ደጊሞም ክረኽቡኹምን ክዕድሙኹምን ይኽእሉ።
# REVIEW: added by the engineers after the first draft.
mydata-matching-withdrawn = ተፈጺሙ። ሕጂ ኣወሃሃድቲ ክረኽቡኹም ኣይክእሉን፣ ዕድመ'ውን ኣይበጽሓኩምን። ፕሮፋይልኩም ይዕቀብ። ብዛዕባ ምዝገባታትኩም ግን መልእኽቲ ክበጽሓኩም እዩ።
# REVIEW: added by the engineers after the first draft.
mydata-cv-withdrawn = ተፈጺሙ። ሲቪኹም ናብኦም ኣይክለኣኽን እዩ።
# REVIEW: added by the engineers after the first draft.
mydata-handover-withdrawn = ተፈጺሙ። ፕሮፋይልኩም ናብኦም ኣይክሓልፍን እዩ።
# REVIEW: added by the engineers after the first draft; "ኣብቲ ዝቕጽል ርክብ" for "at your next meeting".
mydata-cv-by-sms = ኣወሃሃዲ ሲቪኹም ክሕትመልኩም ይኽእል። ኣብቲ ዝቕጽል ርክብ ሕተቱ።
# REVIEW: added by the engineers after the first draft.
mydata-cv-sent = እንሆ ሲቪኹም።

# REVIEW: added by the engineers after the first draft.
mydata-export-title = ብዛዕባኹም እንዕቅቦ ኩሉ ሓበሬታ
# REVIEW: added by the engineers after the first draft.
mydata-consents-title = እወ ዝበልኩምሉ:
# REVIEW: added by the engineers after the first draft.
mydata-signups-title = ምዝገባታትኩም:
# REVIEW: added by the engineers after the first draft.
mydata-signup = { $title }፣ { $start } ({ $status })
# REVIEW: added by the engineers after the first draft.
mydata-uses-title = ሓበሬታኹም መን ተጠቒሙሉ:
# REVIEW: added by the engineers after the first draft.
mydata-uses-none = ገና ዋላ ሓደ የለን።
# REVIEW: added by the engineers after the first draft.
mydata-use = { $date }: { $action }፣ { $by }
# REVIEW: added by the engineers after the first draft.
mydata-action-viewed_profile = ፕሮፋይል ተራእዩ
# "Prepared" (ተዳልዩ), not ተሰሪሑ, which looks too much like ተሰሪዙ (cancelled).
# REVIEW: added by the engineers after the first draft.
mydata-action-cv_downloaded = ሲቪ ተዳልዩ
# REVIEW: added by the engineers after the first draft.
mydata-action-cv_sent = ሲቪ ናብ ትካል ተላኢኹ
# REVIEW: added by the engineers after the first draft.
mydata-action-exported = ሓበሬታ ተቐዲሑ
# REVIEW: added by the engineers after the first draft; "ምምሕዳር ከተማ" for the Danish kommune.
mydata-action-handed_over = ፕሮፋይል ናብ ምምሕዳር ከተማ ሓሊፉ
# REVIEW: added by the engineers after the first draft.
mydata-action-retention_warned = ቅድሚ ምድምሳስ መጠንቀቕታ
# REVIEW: added by the engineers after the first draft.
mydata-action-erased = ተደምሲሱ
# REVIEW: added by the engineers after the first draft.
mydata-by-staff = ብኣወሃሃዲ
# REVIEW: added by the engineers after the first draft; "ኣመሓዳሪ" for the administrator.
mydata-by-admin = ብኣመሓዳሪ
# REVIEW: added by the engineers after the first draft.
mydata-by-person = ባዕልኹም
# REVIEW: added by the engineers after the first draft.
mydata-by-retention = ብኣውቶማቲክ
# Labels before the numbers, as op-capacity ("ብዝሒ ቦታ: 12"), so no plural forms are needed.
# REVIEW: added by the engineers after the first draft.
mydata-counts = ስምምዓት: { $consents }፣ ምዝገባታት: { $signups }፣ ብዝሒ ኣጠቓቕማ: { $uses }።
# REVIEW: added by the engineers after the first draft.
mydata-sms-summary = ፕሮፋይልኩም («ፕሮፋይለይ» ርኣዩ)፣ ስምምዓትኩም፣ ምዝገባታትኩምን ሓበሬታኹም መን ከም ዝተጠቐመሉን ንዕቅብ።
# REVIEW: added by the engineers after the first draft.
mydata-sms-rest = ምሉእ ቅዳሕ እንተደሊኹም፣ ኣብ Telegram /mydata ጸሓፉ፣ ወይ ንኣወሃሃዲ ሕተቱ።
