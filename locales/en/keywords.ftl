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
