# Words that work at any point of a conversation, whatever the question (comma-separated;
# case, accents and Arabic short vowels do not matter). Every language's words work for everyone.
keyword-stop = STOP, STOPP, AFMELD, SLUT
keyword-start = START, BEGYND
keyword-help = HJÆLP, HJAELP, INFO
keyword-language = SPROG
keyword-stop-confirmed = Du får ikke flere beskeder fra jobbro. Send START for at begynde igen.
keyword-start-confirmed = Velkommen tilbage. Du får beskeder fra jobbro igen.
