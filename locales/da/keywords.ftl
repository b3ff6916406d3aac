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
