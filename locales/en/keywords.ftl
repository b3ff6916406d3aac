# Words that work at any point of a conversation, whatever the question (comma-separated;
# case, accents and Arabic short vowels do not matter). Every language's words work for everyone,
# so none may be an ordinary answer: no "slut", "end", "info" or "cancel", which people also
# type to mean "done" or as an answer.
keyword-stop = STOP, UNSUBSCRIBE
keyword-start = START
keyword-help = HELP
keyword-language = LANGUAGE
keyword-stop-confirmed = You will get no more messages from jobbro. Send START to start again.
keyword-start-confirmed = Welcome back. Messages from jobbro are on again.

# Answers to a yes/no question ("Do you agree?", "Is everything right?"); with a number after
# them, signing up for an opportunity or cancelling by SMS: "YES 12", "NO 12". The whole answer
# must be one of these (comma-separated; case, accents and punctuation do not matter), and every
# language's words work for everyone, so no word may be in both lists of any two languages.
keyword-yes = YES, Y, YEP, YEAH, YES PLEASE, OK, OKAY, SURE, OF COURSE, I AGREE, AGREED
keyword-no = NO, N, NOPE, NAH, NO THANKS, NO THANK YOU
# Numbers written as words, 0 to 20: the place in the list is the number, spellings of one
# number are separated by /. Units may stand before or after a number: "eight years".
number-words = zero, one, two, three, four, five, six, seven, eight, nine, ten, eleven, twelve, thirteen, fourteen, fifteen, sixteen, seventeen, eighteen, nineteen, twenty
number-units = years, year, yrs, yr
