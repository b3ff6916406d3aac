# Short SMS variants (`<id>-sms`) of texts that are long on Telegram: every 160 characters
# (70 in Arabic) is another paid SMS segment. Same meaning, fewer words. Keep Danish and
# English within GSM-7: no curly quotes, dashes or emoji.
# Tigrinya (Ge'ez letters) always costs one SMS per 70 characters (67 when split).

consent-ask-sms = jobbro ኣብ ዴንማርክ ምብጻሕ ትካል፣ ልምምድ ስራሕን ስራሕን ክትረኽቡ ይሕግዝ። እንተተሰማሚዕኩም፣ ኣወሃሃድቲ መልስታትኩም ይርእዩ፣ ንምዕዳምኩም ጥራይ ይጥቀሙሉ። ሓበሬታኹም ኩሉ ግዜ ክትርእዩ፣ ክትቅይሩ ወይ ክትድምስሱ ትኽእሉ። ትሰማምዑ ዶ?
consent-thanks-sms = የቐንየልና።
name-ask-sms = ስምኩም?
name-latin-ask-sms = ስምኩም ብፊደል ላቲን፣ ከምቲ ኣብ ወረቐት ዴንማርክ?
place-ask-sms = ኣበይ ትነብሩ?
education-level-ask-sms = ዝለዓለ ትምህርቲ?
occupation-not-listed-sms = ካልእ ስራሕ
occupation-years-ask-sms = { $occupation }: ክንደይ ዓመት? (ትሕቲ ሓደ: 0)
language-other-sms = ካልእ
language-others-ask-sms = ካልእ ቋንቋ? ሓደ ምረጹ፣ ወይ «ተወዲኡ»።
level-none-sms = ኣይዛረቦን
level-a1-sms = A1 ቁሩብ ቃላት
level-a2-sms = A2 ቀሊል ዘረባ
level-b1-sms = B1 ንስራሕ ይኣክል
level-b2-sms = B2 ብቐሊሉ
level-c1-sms = C1 ኣዝዩ ጽቡቕ
level-c2-sms = C2 ብምሉእ
licences-ask-sms = ፍቓድ ምዝዋር ወይ ምስክር ወረቐት? ዘለኩም ኩሉ ምረጹ።
licence-b-sms = B መኪና
licence-be-sms = BE መኪና+ሪሞርኪዮ
licence-c-sms = C ካምዮን
licence-ce-sms = CE ካምዮን+ሪሞርኪዮ
licence-d-sms = D ኣውቶቡስ
licence-forklift-sms = ፎርክሊፍት
certificates-ask-sms = ካልእ ምስክር ወረቐት ወይ ኮርስ? ጸሓፉ፣ ወይ «ሕለፍ»።
wishes-ask-sms = እንታይ ትደልዩ? ዝሰማማዓኩም ኩሉ ምረጹ።
available-ask-sms = መዓስ ክትጅምሩ ትኽእሉ? ምረጹ፣ ወይ ዕለት ጸሓፉ (1.3.2027)።
registration-done-sms = የቐንየልና! ፕሮፋይልኩም ተዓቂቡ። ዝሰማማዓኩም ምስ ዝህሉ ክንራኸበኩም ኢና።
summary-name-latin-sms = ላቲን: { $name }
summary-phone-sms = ተሌፎን: { $phone }
summary-place-sms = ቦታ: { $place }
summary-available-sms = ምጅማር: { $date }
# REVIEW: company/municipality, 18 months and /mydata added by the engineers after the first draft.
privacy-full-sms = ብሕትውና: ኣወሃሃድቲ jobbro መልስታትኩም (ስም፣ ተሌፎን፣ ቦታ፣ ትምህርቲ፣ ስራሕ፣ ቋንቋ፣ ፍቓድ፣ ድሌት) ንምብጻሕ ትካል፣ ልምምድ ስራሕን ስራሕን ንምዕዳምኩም ጥራይ ይዕቅቡ። ኣይሽየጥን። ናብ ትካል ወይ ምምሕዳር ከተማ እወ እንተበልኩም ጥራይ ይሓልፍ። ክሳብ /delete እትጽሕፉ፣ ወይ ክሳብ 18 ወርሒ ካብ መወዳእታ መልእኽትኹም ይዕቀብ። /mydata ኩሉ የርኢ። ጥርዓን: Datatilsynet።
help-text-sms = ቁጽሪ ምርጫኹም ስደዱ። /back ንድሕሪት፣ /skip ንምሕላፍ፣ /menu ንመምረጺ፣ /delete ንምድምሳስ ሓበሬታ። STOP ኩሉ መልእኽቲ የቋርጽ።
