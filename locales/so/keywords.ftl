# Words that work at any point of a conversation, whatever the question (comma-separated;
# case, accents and Arabic short vowels do not matter). Every language's words work for everyone,
# so none may be an ordinary answer: no "slut", "end", "info" or "cancel", which people also
# type to mean "done" or as an answer.
# Somali: JOOJI = stop (imperative), BILOW/BILAAB = start, CAAWIMAAD = help (noun),
# CAAWI = help (imperative), GARGAAR = help/aid, LUQAD/LUQADDA/LUUQAD = language.
# No button label in the Somali files is exactly one of these words.
# REVIEW: could a Somali speaker type "jooji" or "bilow" as an ordinary answer (e.g. to
# cancel one sign-up)? "Joog" (stay/wait) was left out on purpose.
keyword-stop = STOP, JOOJI
keyword-start = START, BILOW, BILAAB
keyword-help = CAAWIMAAD, CAAWI, GARGAAR
keyword-language = LUQAD, LUQADDA, LUUQAD
keyword-stop-confirmed = Fariimo kale kama heli doontid jobbro. Soo dir BILOW ama START si aad dib ugu bilowdo.
keyword-start-confirmed = Ku soo dhawoow mar kale. Fariimaha jobbro mar kale ayay kuu soo socdaan.
