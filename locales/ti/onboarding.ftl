# First contact: language, privacy and consent.
# Keep sentences short and words plain: many readers are new to English.

language-ask = ቋንቋኹም ምረጹ።
# The language's own name, shown on its button in every locale.
language-self-name = ትግርኛ
# REVIEW: added by the engineers after the first draft.
language-more = ካልኦት ቋንቋታት
language-more-pair = { $first } / { $rest }
language-changed = ሕራይ፣ ካብ ሕጂ ንደሓር ብትግርኛ ክጽሕፈልኩም እየ።
# REVIEW: ፕሮፋይል (profile) is a loanword; is it understood, or is another word better? ዝርርብ = "chat".
profile-linked = እዚ ቁጽሪ ተሌፎን ኣብ ጥቓና ፕሮፋይል ኣለዎ። ስለዚ እዚ ዝርርብ ምስኡ ተኣሳሲሩ ኣሎ። ዋላ ሓንቲ ኣይጠፍአን።
welcome-back = እንቋዕ ብደሓን ተመለስኩም! ካብቲ ደው ዝበልኩምሉ ንቐጽል።

consent-ask =
    ቅድሚ ምጅማርና: jobbro ኣብ ዴንማርክ ምብጻሕ ትካል፣ ልምምድ ስራሕን ስራሕን ክትረኽቡ ይሕግዘኩም።
    
    እወ እንተበልኩም፣ ብዛዕባ ስራሕኩም፣ ትምህርትኹምን ቋንቋታትኩምን ትነግሩና። ኣወሃሃድቲ እቲ ፕሮጀክት መልስታትኩም ክርእዩ ይኽእሉ። ንምብጻሕ ትካል፣ ልምምድ ስራሕን ስራሕን ንምዕዳምኩም ጥራይ እዮም ዝጥቀሙሉ።
    
    ሓበሬታኹም ኣብ ዝኾነ እዋን ክትርእዩ፣ ክትቅይሩ ወይ ክትድምስሱ ትኽእሉ።
    
    ትሰማምዑ ዶ?
consent-yes = እወ፣ እሰማማዕ
consent-no = ኣይፋል
consent-more = ተወሳኺ ኣንብብ
consent-thanks = የቐንየልና። መልስኹም ምስ መለስኩም ይዕቀብ።
consent-refused = ሕራይ። ብዛዕባኹም ዋላ ሓንቲ ኣይዓቀብናን። ሓሳብኩም እንተቐይርኩም፣ ደጊምኩም ጽሓፉልና።

# The button names in «» must match menu-profile, menu-mydata and menu-delete.
# REVIEW: መወዓውዒ for "advertising" (Eritrean speech often says ረክላም); ፍቓድ ምዝዋር for "driving licence" (colloquial ሊቸንዛ).
# REVIEW: the lines on the CV, the municipality, the 18 months and «ሓበሬታይ» were added by the
# engineers after the first draft; ሲቪ and ምምሕዳር ከተማ as in privacy.ftl.
privacy-full =
    ሓበሬታ ብዛዕባ ብሕትውና
    
    መን: ወለንተኛታት ኣወሃሃድቲ ናይዚ jobbro ፕሮጀክት።
    እንታይ ንዕቅብ: ስምኩም፣ ቁጽሪ ተሌፎን፣ እትነብሩሉ ቦታ፣ ዓመት ልደት፣ ትምህርቲ፣ ተመክሮ ስራሕ፣ ቋንቋታት፣ ፍቓድ ምዝዋርን ምስክር ወረቐትን፣ ከምኡ'ውን እትደልይዎ።
    ንምንታይ: ናብ ዝሰማማዓኩም ምብጻሕ ትካል፣ ኣኼባ ሓበሬታ፣ ልምምድ ስራሕን ስራሕን ንምዕዳምኩም። ካልእ ነገር የለን።
    መን ይርእዮ: ኣወሃሃድቲ እቲ ፕሮጀክት ጥራይ። ትካል ሲቪኹም ዝረክብ፣ ንምብጻሕ ትካል ወይ ንስራሕ ክትምዝገቡ ከለኹም እወ እንተበልኩም ጥራይ እዩ። ምምሕዳር ከተማ ፕሮፋይልኩም ዝረክብ፣ ምስ ተሓተትኩም እወ እንተበልኩም ጥራይ እዩ። ሓበሬታኹም ፈጺምና ኣይንሸጦን። ንመወዓውዒ'ውን ኣይንጥቀመሉን።
    ክሳብ መዓስ: ክሳብ እትድምስስዎ፣ ወይ ካብ መወዳእታ ዝጸሓፍኩምልና 18 ወርሒ ምስ ሓለፈ (ቅድሚኡ ክንሓተኩም ኢና)።
    መሰልኩም: ኣብ «ፕሮፋይለይ» ሓበሬታኹም ክትርእዩን ክትቅይሩን ትኽእሉ። ኣብ «ሓበሬታይ» (/mydata) ቅዳሕ ኩሉ ትረኽቡ፣ መን ከም ዝተጠቐመሉ ትርእዩ፣ ነፍሲ ወከፍ «እወ» ድማ ክትሰርዙ ትኽእሉ። ብ«ሓበሬታይ ደምስስ» ወይ /delete ኩሉ ክትድምስሱ ትኽእሉ። ናብ Datatilsynet፣ ናይ ዴንማርክ በዓል ስልጣን ሓለዋ ሓበሬታ፣ ጥርዓን ከተቕርቡ'ውን ትኽእሉ።

# REVIEW: መጠወቒ for "button"; is there a more common word (ቁልፊ)?
help-text =
    jobbro ምብጻሕ ትካል፣ ልምምድ ስራሕን ስራሕን ክትረኽቡ ይሕግዘኩም።
    ነቶም ሕቶታት ብመጠወቒ ወይ ብምጽሓፍ መልሱ።
    /back: ናብ ዝሓለፈ ሕቶ ምምላስ። /skip: ክትምልስዎ ዘይደለኹምዎ ሕቶ ምሕላፍ።
    /menu: ቀንዲ መምረጺ። /profile: መልስታትኩም። /language: ቋንቋ ምቕያር። /privacy: ሓበሬታኹም ከመይ ከም እንጥቀመሉ። /delete: ብዛዕባኹም ዘሎ ኩሉ ምድምሳስ።
# { $initials } stands in brackets as a label, so no word has to agree with it.
claim-phone-ask = እዚ ቁጽሪ ተሌፎን ናይ ሓደ ፕሮፋይል እዩ (ስም: { $initials })። ንስኹም ዲኹም?
claim-phone-ask-unnamed = እዚ ቁጽሪ ተሌፎን ድሮ ናይ ካልእ ፕሮፋይል እዩ። ናትኩም ድዩ?
claim-phone-yes = እወ፣ ኣነ እየ
claim-phone-no = ኣይፋል፣ ካልእ ሰብ እየ
claim-phone-kept-apart = ሽዑ ናትኩም ፕሮፋይል ክህልወኩም እዩ። እቲ ቁጽሪ ምስቲ ካልእ ፕሮፋይል ይጸንሕ።
