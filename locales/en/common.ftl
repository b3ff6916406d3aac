# Words used in many places.

choice-back = Back
choice-skip = Skip
choice-done = Done
# A chosen item in a list where several can be chosen.
choice-selected = ✓ { $label }
# The same for SMS and the terminal, without symbols that make an SMS more expensive.
choice-selected-text = { $label } (chosen)
# Text channels (SMS, terminal) number the choices; these lines say how to answer.
choice-hint-one = Reply with a number.
choice-hint-one-sms = Reply 1-{ $max }
choice-hint-multi = Reply with one or more numbers, for example: 1 3
choice-hint-multi-sms = Reply with numbers, e.g. 1 3
choice-hint-words = Or write: { $words }
choice-hint-words-sms = ({ $words })
quoted = "{ $text }"
# Two items of a list: "A, B". Longer lists nest: "A, B, C".
list-pair = { $first }, { $rest }

error-empty = I did not get any text.
error-too-long =
    { $max ->
        [one] That is too long. Please write at most { $max } character.
       *[other] That is too long. Please write at most { $max } characters.
    }
error-name-chars = Please write your name with letters only. No numbers, signs or emoji.
error-text-chars = Please write words, not only numbers or signs.
error-name-latin-script = Please use Latin letters (A-Z), as on your papers in Denmark.
error-phone-invalid = I cannot use this phone number. If it is not a Danish number, write the country code first. (Example: +45 20 12 34 56)
error-year-range = Please write a year between { $min } and { $max }.
error-number-range = Please write a number between { $min } and { $max }.
error-date-format = I could not read that date. Write it like this: 1.3.2027
error-date-range = Please choose a date between today and five years from now.
error-pick-choice = Please choose one of the answers.
error-write-text = Please write your answer.
error-write-number = Please write a number.
error-unsupported = I can only read text here. Please write your answer.
error-stale-button = That button is from an old question. Here is the question now.
error-unknown-command = I do not know that command. Write /help to see what I can do.
error-cannot-go-back = This is the first question.
error-cannot-skip = You cannot skip this question.
error-finish-registration-first = Please fill in your profile first.

date = { $day } { $month } { $year }
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December

spoken-ar = Arabic
spoken-ku = Kurdish
spoken-fa = Persian (Farsi)
spoken-prs = Dari
spoken-ps = Pashto
spoken-ti = Tigrinya
spoken-am = Amharic
spoken-so = Somali
spoken-uk = Ukrainian
spoken-ru = Russian
spoken-tr = Turkish
spoken-fr = French
spoken-de = German
spoken-en = English
spoken-da = Danish
# A reading language's name inside a sentence.
language-inline-ar = Arabic
language-inline-en = English
language-inline-da = Danish
flood-warning =
    You are sending messages very fast. I will not read your messages for { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }. Then you can write again.
