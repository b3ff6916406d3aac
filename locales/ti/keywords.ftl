# Words that work at any point of a conversation, whatever the question (comma-separated;
# case, accents and Arabic short vowels do not matter). Every language's words work for everyone,
# so none may be an ordinary answer: no "slut", "end", "info" or "cancel", which people also
# type to mean "done" or as an answer.
# Tigrinya: ደው በል = "stop!" (singular, plural, and "make it stop"). ኣቋርጽ is left out on purpose:
# people may type it to cancel a sign-up. ጀምር = "start!", ሓገዝ = "help", ቋንቋ = "language".
# REVIEW: are these the words a Tigrinya speaker would type? Is ደው ኣብሉ natural for "stop (the messages)"?
keyword-stop = ደው በል, ደው በሉ, ደው ኣብሉ, ደው ኣብል
keyword-start = ጀምር, ጀምሩ, ጀምሪ
keyword-help = ሓገዝ, ሓግዙኒ, ሓግዘኒ
keyword-language = ቋንቋ
keyword-stop-confirmed = ካብ jobbro ተወሳኺ መልእኽቲ ኣይክመጸኩምን እዩ። ደጊምኩም ክትጅምሩ እንተደሊኹም፣ START ወይ ጀምር ስደዱ።
keyword-start-confirmed = እንቋዕ ብደሓን ተመለስኩም። መልእኽቲ jobbro ደጊሙ ክመጸኩም እዩ።

# Answers to a yes/no question ("Do you agree?", "Is everything right?"); with a number after
# them, signing up for an opportunity or cancelling by SMS. እወ = yes, ኣይፋል = no, with the
# common Latin spellings for phones without Ge'ez letters. Every language's words work for
# everyone, so no word may be in both lists of any two languages.
# REVIEW: are EWE / AYFAL the usual Latin spellings? Added ሕራይ / HIRAY (OK, agreed).
keyword-yes = እወ, EWE, ሕራይ, HIRAY
keyword-no = ኣይፋል, AYFAL
# Numbers written as words, 0 to 20: the place in the list is the number, spellings of one
# number are separated by /. Units may stand before or after a number: "ሸሞንተ ዓመት".
# REVIEW: numbers 0-20 and the units ዓመት / ዓመታት.
number-words = ዜሮ, ሓደ, ክልተ, ሰለስተ, ኣርባዕተ, ሓሙሽተ, ሽዱሽተ, ሸውዓተ, ሸሞንተ, ትሽዓተ, ዓሰርተ, ዓሰርተ ሓደ, ዓሰርተ ክልተ, ዓሰርተ ሰለስተ, ዓሰርተ ኣርባዕተ, ዓሰርተ ሓሙሽተ, ዓሰርተ ሽዱሽተ, ዓሰርተ ሸውዓተ, ዓሰርተ ሸሞንተ, ዓሰርተ ትሽዓተ, ዕስራ
number-units = ዓመት, ዓመታት
