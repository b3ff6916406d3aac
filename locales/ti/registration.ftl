# The registration questions, in the order they are asked.
# (Registration = filling in the profile, ፕሮፋይል ምምላእ; never ምምዝጋብ, which is signing up.)

name-ask = ስምኩም መን እዩ? ከምቲ ብልሙድ እትጽሕፍዎ ጸሓፍዎ።
# The Latin name is the one on the Danish residence/asylum card, not the passport.
# The example is an Eritrean name, so the reader sees a name like theirs.
name-latin-ask = ስምኩም ብፊደላት ላቲን ከመይ ይጽሓፍ? ከምቲ ኣብ ናይ ዴንማርክ ወረቓቕትኹም ዘሎ ጸሓፍዎ። (ኣብነት: Yonas Tesfay)
name-latin-same = ተመሳሳሊ: { $name }

phone-ask = ቁጽሪ ተሌፎንኩም እንታይ እዩ? (ኣብነት: 20 12 34 56)
phone-ask-telegram = ቁጽሪ ተሌፎንኩም እንታይ እዩ? ንምክፋሉ ኣብ ታሕቲ «ቁጽሪ ተሌፎነይ ኣካፍል» ጠውቑ፣ ወይ ጸሓፍዎ። (ኣብነት: 20 12 34 56)
phone-share-button = ቁጽሪ ተሌፎነይ ኣካፍል
phone-saved = ተዓቂቡ: { $phone }

place-ask = ሕጂ ኣበይ ትነብሩ?
place-other = ካልእ ቦታ
# REVIEW: ማእከል ዑቕባ for "asylum centre"; is another word (e.g. ካምፕ) what people say in Denmark?
place-other-ask = እትነብሩሉ ከተማ ወይ ማእከል ዑቕባ ጸሓፉ።

birth-year-ask = ኣብ ኣየናይ ዓመት ተወሊድኩም? (ኣብነት: 1990)

education-level-ask = እቲ ዝለዓለ ትምህርትኹም እንታይ እዩ?
education-none = ትምህርቲ የብለይን
# Eritrean schools: elementary (ቀዳማይ ደረጃ), middle (ማእከላይ ደረጃ), secondary (ካልኣይ ደረጃ).
# Middle school is put with primary so that people who finished it find their button.
# REVIEW: keep "primary/middle" together on one button, or is ቀዳማይ ደረጃ alone clearer?
education-primary = ቀዳማይ/ማእከላይ ደረጃ
education-secondary = ካልኣይ ደረጃ
education-vocational = ሞያዊ ስልጠና
education-bachelor = ቀዳማይ ዲግሪ / ዩኒቨርሲቲ
education-master = ካልኣይ ዲግሪ (master)
education-doctorate = ዶክትሬት (PhD)
education-field-ask = እንታይ ተማሂርኩም? (ኣብነት: ሲቪል ምህንድስና፣ ነርስነት፣ ኣካውንቲንግ)
education-country-ask = ኣብ ኣየናይ ሃገር ተማሂርኩም?
education-year-ask = ኣብ ኣየናይ ዓመት ወዲእኩም? (ኣብነት: 2012)

occupation-sector-ask = እንታይ ስራሕ ሰሪሕኩም? ዓውዲ ምረጹ።
occupation-sector-ask-more = ዓውዲ ናይቲ ካልእ ስራሕኩም ምረጹ።
occupation-pick-ask = ስራሕኩም ምረጹ።
occupation-not-listed = ስራሐይ ኣብ ዝርዝር የለን
occupation-none = ገና ኣይሰራሕኩን
occupation-own-words-ask = ስራሕኩም ብናይ ገዛእ ርእስኹም ቃላት ጸሓፉ።
# The occupation (a label or the person's own words) comes first, then a colon.
occupation-years-ask = { $occupation }: ኣብዚ ስራሕ ክንደይ ዓመት ሰሪሕኩም? ቁጽሪ ጸሓፉ። (ካብ ሓደ ዓመት እንተወሓደ 0)
occupation-more-ask = ካልእ ስራሕ ሰሪሕኩም ዶ?
occupation-add = ካልእ ስራሕ ወስኽ
occupation-remove = ሓደ ስራሕ ኣውጽእ
occupation-remove-ask = ኣየናይ ስራሕ ከተውጽኡ ትደልዩ?
occupation-principal-ask = ካብዚኦም ኣየናይ ስራሕ ዝያዳ ትደልዩ?

language-danish-ask = ዴንማርክኛ ክሳብ ክንደይ ትዛረቡ?
language-english-ask = እንግሊዝኛ ክሳብ ክንደይ ትዛረቡ?
language-mother-ask = ቋንቋ ኣዴኹም እንታይ እዩ?
language-other = ካልእ ቋንቋ
language-own-words-ask = ስም እቲ ቋንቋ ጸሓፉ።
language-others-ask = ካልእ ቋንቋታት ትዛረቡ ዶ? ሓደ ምረጹ፣ ወይ «ተወዲኡ»።
language-remove = ሓደ ቋንቋ ኣውጽእ
language-remove-ask = ኣየናይ ቋንቋ ከተውጽኡ ትደልዩ?
# The language name comes first, then a colon.
language-level-ask = { $language }: ክሳብ ክንደይ ትዛረብዎ?

level-none = ፈጺመ ኣይዛረቦን
level-a1 = ቁሩብ ቃላት (A1)
level-a2 = ቀሊል መዓልታዊ ዘረባ (A2)
level-b1 = ኣብ ስራሕን ድኳንን ይኣክለኒ (B1)
level-b2 = ብዙሕ ነገር ብቐሊሉ እዛረብ (B2)
level-c1 = ኣዝዩ ጽቡቕ፣ ኣብ ስራሕ'ውን (C1)
level-c2 = ከም ቋንቋ ኣደይ (C2)
level-native = ቋንቋ ኣደ

licences-ask = ፍቓድ ምዝዋር ወይ ምስክር ወረቐት ኣለኩም ዶ? ዘለኩም ኩሉ ምረጹ፣ ድሕሪኡ «ተወዲኡ»።
licence-b = መኪና (B)
# REVIEW: trailer: ሪሞርኪዮ (Eritrean, from Italian) or ተጎታቲ? truck: ካምዮን (Eritrean) or ዓባይ መኪና?
licence-be = መኪና ምስ ሪሞርኪዮ (BE)
licence-c = ካምዮን (C)
licence-ce = ካምዮን ምስ ሪሞርኪዮ (CE)
licence-d = ኣውቶቡስ (D)
# REVIEW: ፎርክሊፍት (forklift) as a loanword; is there a usual Tigrinya word?
licence-forklift = ምስክር ወረቐት ፎርክሊፍት
licence-none = የብለይን
# REVIEW: ሳልዳቱራ (welding, Eritrean from Italian saldatura); ቀዳማይ ረድኤት = first aid.
certificates-ask = ካልእ ምስክር ወረቐት ወይ ኮርስ ኣለኩም ዶ? ጸሓፍዎ፣ ወይ «ሕለፍ»። (ኣብነት: ምስክር ወረቐት ሳልዳቱራ፣ ቀዳማይ ረድኤት)

wishes-ask = እንታይ ትደልዩ? ዝሰማማዓኩም ኩሉ ምረጹ፣ ድሕሪኡ «ተወዲኡ»።
wish-company-visit = ምብጻሕ ትካል
wish-internship = ልምምድ ስራሕ (praktik)
wish-job = ስራሕ
# The same explanation as kind-igu (a paid job combined with school); the residence permit
# (ፍቓድ መንበሪ የድሊ) is said in kind-igu, it does not fit on the button.
# REVIEW: should the button also say that IGU needs a residence permit, even if it gets long?
wish-igu = IGU (ደሞዝ ዘለዎ ስራሕ ምስ ትምህርቲ)
wish-education = ትምህርቲ

available-ask = ካብ መዓስ ክትጅምሩ ትኽእሉ? ምረጹ፣ ወይ ዕለት ጸሓፉ። (ኣብነት: 1.3.2027)
available-now = ሕጂ
available-1m = ድሕሪ ሓደ ወርሒ
available-3m = ድሕሪ ሰለስተ ወርሒ

registration-done = የቐንየልና! ፕሮፋይልኩም ተዓቂቡ። ዝሰማማዓኩም ነገር ምስ ዝህሉ፣ ኣወሃሃድቲ ክራኸቡኹም እዮም።
