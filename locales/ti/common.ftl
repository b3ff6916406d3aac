# Words used in many places.
# Translator's notes (Tigrinya, Eritrea): polite address is the 2nd person plural (ንስኹም:
# ጸሓፉ, ምረጹ, ትደልዩ). Work/job is spelled ስራሕ (Eritrean), not ስራ. Sentence end ።, comma ፣,
# labels end with a Latin colon ":". Numbers always in Western digits through the variables.
# Fixed terms: company visit ምብጻሕ ትካል, information meeting ኣኼባ ሓበሬታ, internship ልምምድ ስራሕ,
# job ስራሕ, IGU "IGU (ደሞዝ ዘለዎ ስራሕ ምስ ትምህርቲ)", coordinator ኣወሃሃዲ (plural ኣወሃሃድቲ),
# profile ፕሮፋይል, filling in the profile (registration) ፕሮፋይል ምምላእ, signing up for an
# opportunity ምምዝጋብ / ተመዝገበ, data ሓበሬታ, delete ምድምሳስ, cancel (a sign-up) ምስራዝ.
# Buttons are written in the reader's own voice, singular imperative to the bot (ደምስስ, ወስኽ).

choice-back = ንድሕሪት
choice-skip = ሕለፍ
choice-done = ተወዲኡ
# A chosen item in a list where several can be chosen.
choice-selected = ✓ { $label }
# The same for SMS and the terminal, without symbols that make an SMS more expensive.
choice-selected-text = { $label } (ተመሪጹ)
# Text channels (SMS, terminal) number the choices; these lines say how to answer.
choice-hint-one = ብቑጽሪ መልሱ።
choice-hint-one-sms = 1-{ $max } መልሱ
choice-hint-multi = ብሓደ ወይ ብዙሕ ቁጽሪ መልሱ፣ ንኣብነት: 1 3
choice-hint-multi-sms = ብቑጽሪ መልሱ፣ ንኣብነት 1 3
choice-hint-words = ወይ ጸሓፉ: { $words }
choice-hint-words-sms = ({ $words })
# Tigrinya print in Eritrea uses « » as quotation marks.
quoted = «{ $text }»
# Two items of a list: "A, B". Longer lists nest: "A, B, C". ፣ is the Ge'ez comma.
list-pair = { $first }፣ { $rest }

error-empty = ዝኾነ ጽሑፍ ኣይበጽሓንን።
# Numbers after a numeral stay singular in Tigrinya (5 ፊደል), so both variants look alike.
# CLDR puts 0 and 1 in "one" for Tigrinya: keep { $max } in the [one] variant, never "ሓደ".
error-too-long =
    { $max ->
        [one] እዚ ኣዝዩ ነዊሕ እዩ። በጃኹም ካብ { $max } ፊደል ኣይትብዝሑ።
       *[other] እዚ ኣዝዩ ነዊሕ እዩ። በጃኹም ካብ { $max } ፊደል ኣይትብዝሑ።
    }
error-name-chars = በጃኹም ስምኩም ብፊደላት ጥራይ ጸሓፉ። ቁጽሪ፣ ምልክት ወይ ኢሞጂ ኣይትጠቐሙ።
error-text-chars = በጃኹም ብቓላት ጸሓፉ። ቁጽሪ ወይ ምልክት ጥራይ ኣይኹን።
# The Latin name is the one on the Danish residence/asylum card, not the passport.
error-name-latin-script = በጃኹም ፊደላት ላቲን (A-Z) ተጠቐሙ፣ ከምቲ ኣብ ናይ ዴንማርክ ወረቓቕትኹም ዘሎ።
error-phone-invalid = ነዚ ቁጽሪ ተሌፎን ክጥቀመሉ ኣይክእልን። ናይ ዴንማርክ እንተዘይኮይኑ፣ ምስ ኮድ ሃገር ጸሓፍዎ። (ኣብነት: +45 20 12 34 56)
error-year-range = በጃኹም ካብ { $min } ክሳብ { $max } ዘሎ ዓመት ጸሓፉ።
error-number-range = በጃኹም ካብ { $min } ክሳብ { $max } ዘሎ ቁጽሪ ጸሓፉ።
error-date-format = ነዚ ዕለት ከንብቦ ኣይከኣልኩን። ከምዚ ጸሓፍዎ: 1.3.2027
error-date-range = በጃኹም ካብ ሎሚ ክሳብ ሓሙሽተ ዓመት ዘሎ ዕለት ምረጹ።
error-pick-choice = በጃኹም ሓደ ካብቶም መልስታት ምረጹ።
error-write-text = በጃኹም መልስኹም ጸሓፉ።
error-write-number = በጃኹም ቁጽሪ ጸሓፉ።
error-unsupported = ኣብዚ ጽሑፍ ጥራይ እየ ከንብብ ዝኽእል። በጃኹም መልስኹም ጸሓፉ።
# Avoids a word for "button": "what you pressed belongs to an earlier question".
error-stale-button = እዚ ዝጠወቕኩምዎ ናይ ቅድም ሕቶ እዩ። እንሆ እቲ ሕጂ ዘሎ ሕቶ።
error-unknown-command = ነዚ ትእዛዝ ኣይፈልጦን። እንታይ ክገብር ከም ዝኽእል ንምርኣይ /help ጸሓፉ።
error-cannot-go-back = እዚ እቲ ቀዳማይ ሕቶ እዩ።
error-cannot-skip = እዚ ሕቶ ክሕለፍ ኣይክእልን።
# "Registration" = filling in the profile (ፕሮፋይል ምምላእ), not signing up (ምምዝጋብ).
error-finish-registration-first = በጃኹም መጀመርታ ፕሮፋይልኩም ምምላእ ወድኡ።

# Day, month, year, as written in Eritrea: 3 መጋቢት 2027.
date = { $day } { $month } { $year }
# Gregorian months with their Tigrinya names as used in Eritrea (ጥሪ = January), as in CLDR.
month-1 = ጥሪ
month-2 = ለካቲት
month-3 = መጋቢት
month-4 = ሚያዝያ
month-5 = ግንቦት
month-6 = ሰነ
month-7 = ሓምለ
month-8 = ነሓሰ
month-9 = መስከረም
month-10 = ጥቅምቲ
month-11 = ሕዳር
month-12 = ታሕሳስ

spoken-ar = ዓረብኛ
spoken-ku = ኩርድኛ
spoken-fa = ፋርስኛ (ፋርሲ)
spoken-prs = ዳሪ
spoken-ps = ፓሽቶ
spoken-ti = ትግርኛ
spoken-am = ኣምሓርኛ
spoken-so = ሶማልኛ
# REVIEW: name of Ukrainian in Tigrinya (ዩክረይንኛ); check the usual spelling.
spoken-uk = ዩክረይንኛ
spoken-ru = ሩስኛ
spoken-tr = ቱርክኛ
spoken-fr = ፈረንሳይኛ
spoken-de = ጀርመንኛ
spoken-en = እንግሊዝኛ
spoken-da = ዴንማርክኛ
# A reading language's name inside a sentence.
language-inline-ar = ዓረብኛ
language-inline-en = እንግሊዝኛ
language-inline-da = ዴንማርክኛ
# REVIEW: future negative "ኣይከንብብን እየ" (I will not read); check the form.
flood-warning = ሰብ ክጽሕፍ ካብ ዝኽእል ንላዕሊ ቀልጢፍኩም መልእኽቲ ትሰዱ ኣለኹም። ስለዚ ኣብ ዝመጽእ { $minutes ->
    [one] { $minutes } ደቒቕ
   *[other] { $minutes } ደቒቕ
  } መልእኽትኹም ኣይከንብብን እየ። ድሕሪኡ ደጊምኩም ጸሓፉ።
