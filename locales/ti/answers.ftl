# REVIEW (whole file): drafted by the engineers; the whole file awaits a native speaker's review.
# Understanding typed answers, the short registration by SMS, and what is said when an answer
# is not understood. Lists of words are comma-separated; case, accents and Arabic short vowels
# do not matter, and every language's words work for everyone.

# A first message that opens with one of these chooses Tigrinya (instead of the language menu).
# Only in Ge'ez letters: "selam" in Latin letters is also Turkish and Amharic.
# REVIEW: "ከመይ ሓዲርኩም" (good morning), "ከመይ ውዒልኩም" (good afternoon), "ከመይ ኣምሲኹም" (good
# evening); should the Ethiopian spelling with አ be added?
greeting-words = ሰላም, ከመይ ኣለኹም, ከመይ ኣለኻ, ከመይ ኣለኺ, ከመይ ሓዲርኩም, ከመይ ሓዲርካ, ከመይ ሓዲርኪ, ከመይ ውዒልኩም, ከመይ ውዒልካ, ከመይ ውዒልኪ, ከመይ ኣምሲኹም, ከመይ ኣምሲኻ, ከመይ ኣምሲኺ
# The first message to someone who wrote something else: what jobbro is, then the menu.
language-intro = jobbro ኣብ ዴንማርክ ስራሕ ክትረኽቡ ይሕግዘኩም። ቋንቋኹም ምረጹ።
consent-other-language = ካልእ ቋንቋ

# One line instead of the whole menu again, when an answer was not understood.
hint-number = ካብ 1 ክሳብ { $max } ብዘሎ ቁጽሪ መልሱ። ምርጫታት ደጊምኩም ክትርእዩ ? ስደዱ።
hint-number-sms = 1-{ $max } መልሱ። ምርጫታት ንምርኣይ ? ስደዱ።
hint-numbers = ካብ 1 ክሳብ { $max } ብሓደ ወይ ብዙሕ ቁጽሪ መልሱ፣ ንኣብነት: 1 3። ምርጫታት ደጊምኩም ክትርእዩ ? ስደዱ።
hint-numbers-sms = ብቑጽሪ መልሱ፣ ንኣብነት 1 3። ምርጫታት ንምርኣይ ? ስደዱ።
# An answer that fits two choices: only those two, with their numbers where numbers are shown.
hint-unsure = ማለትኩም { $first } ድዩ ወይስ { $second }?
choice-numbered = { $number } { $label }
choice-plain = { $label }

# At "your name in Latin letters": people who mean the name they already wrote.
# "ተመሳሳሊ" is the button name-latin-same. Not "ሓደ" alone (it is also "one").
name-latin-same-words = ተመሳሳሊ, ተመሳሳሊ ስም, ሓደ እዩ, ሓደ ዓይነት, ከምቲ ቅድም, ከምቲ ላዕሊ, ከምቲ ዝጸሓፍክዎ
name-latin-same-not-latin = ስምኩም ካብ A-Z ዘይኮኑ ፊደላት ኣለውዎ። በጃኹም ብፊደላት ላቲን ጸሓፍዎ፣ ከምቲ ኣብ ናይ ዴንማርክ ወረቓቕትኹም ዘሎ።

# By SMS the main occupation is written, not picked from a list.
occupation-write-ask = ቀንዲ ስራሕኩም እንታይ እዩ? ጸሓፍዎ፣ ንኣብነት: ሳልዳቶረ፣ ከሻኒ፣ ነርስ።
occupation-write-ask-sms = ቀንዲ ስራሕኩም? ጸሓፍዎ፣ ንኣብነት ሳልዳቶረ፣ ከሻኒ።
occupation-found-ask = ኣየናይ ማለትኩም?
occupation-as-written = ከምቲ ዝጸሓፍክዎ: { $words }

# The end of the short registration (SMS): the rest is offered, not asked.
# The word in «» must be in keyword-more.
registration-done-short = የቐንየልና! ፕሮፋይልኩም ተዓቂቡ። ዝሰማማዓኩም ነገር ምስ ዝህሉ ክንጽሕፈልኩም ኢና። ትምህርትኹምን ቋንቋታትኩምን ክትውስኹ «ተወሳኺ» ስደዱ።
registration-done-short-sms = የቐንየልና! ፕሮፋይልኩም ተዓቂቡ። ዝሰማማዓኩም ምስ ዝህሉ ክንጽሕፈልኩም ኢና። ትምህርትን ቋንቋን ንምውሳኽ «ተወሳኺ» ስደዱ።
registration-completed = የቐንየልና! ሕጂ ፕሮፋይልኩም ምሉእ እዩ።
menu-more = ትምህርትን ቋንቋታትን ወስኽ
# REVIEW: "ተወሳኺ" (additional, as in consent-more) and "ዝያዳ" (more).
keyword-more = ተወሳኺ, ዝያዳ
