# Words that work at any point of a conversation, whatever the question (comma-separated;
# case, accents and Arabic short vowels do not matter). Every language's words work for everyone,
# so none may be an ordinary answer: no "slut", "end", "info" or "cancel", which people also
# type to mean "done" or as an answer.
keyword-stop = STOP, STOPP, AFMELD
keyword-start = START, BEGYND
keyword-help = HJÆLP, HJAELP, HELP
keyword-language = SPROG
keyword-stop-confirmed = Du får ikke flere beskeder fra jobbro. Send START for at begynde igen.
keyword-start-confirmed = Velkommen tilbage. Du får beskeder fra jobbro igen.

# Answers to a yes/no question ("Do you agree?", "Is everything right?"); with a number after
# them, signing up for an opportunity or cancelling by SMS: "JA 12", "NEJ 12". The whole answer
# must be one of these (comma-separated; case, accents and punctuation do not matter), and every
# language's words work for everyone, so no word may be in both lists of any two languages.
keyword-yes = JA, J, JO, JEP, JA TAK, JA GERNE, JA DA, OK, OKAY, SELVFØLGELIG, ENIG, JEG ER ENIG
keyword-no = NEJ, N, NIX, NÆ, NÆH, NEJ TAK
# Numbers written as words, 0 to 20: the place in the list is the number, spellings of one
# number are separated by /. Units may stand before or after a number: "otte år".
number-words = nul, en/et, to, tre, fire, fem, seks, syv, otte, ni, ti, elleve, tolv, tretten, fjorten, femten, seksten, sytten, atten, nitten, tyve
number-units = år, aar, års
