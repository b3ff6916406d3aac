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

# Answers to a yes/no question ("Do you agree?", "Is everything right?"); with a number after
# them, signing up for an opportunity or cancelling by SMS: "HAA 12", "MAYA 12". Every
# language's words work for everyone, so no word may be in both lists of any two languages.
# REVIEW: added HAYE / HAYYE (OK): are they typed as a plain yes?
keyword-yes = HAA, HAYE, HAYYE
keyword-no = MAYA
# Numbers written as words, 0 to 20: the place in the list is the number, spellings of one
# number are separated by /. Units may stand before or after a number: "siddeed sano".
# REVIEW: numbers 0-20 (kow / hal for one, toddoba / todobo for seven) and the units.
number-words = eber, kow/hal, laba, saddex, afar, shan, lix, toddoba/todobo, siddeed, sagaal, toban, kow iyo toban, laba iyo toban, saddex iyo toban, afar iyo toban, shan iyo toban, lix iyo toban, toddoba iyo toban/todobo iyo toban, siddeed iyo toban, sagaal iyo toban, labaatan
number-units = sano, sanadood, sannadood
