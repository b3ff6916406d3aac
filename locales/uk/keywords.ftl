# Words that work at any point of a conversation, whatever the question (comma-separated;
# case, accents and Arabic short vowels do not matter). Every language's words work for everyone,
# so none may be an ordinary answer: no "slut", "end", "info" or "cancel", which people also
# type to mean "done" or as an answer.
# Ukrainian: not "так", "ні", "готово", "кінець" or "скасувати" (ordinary answers).
# The English words (STOP, START, HELP, LANGUAGE) work for Ukrainian readers as well.
# REVIEW: are these the words a Ukrainian would type to stop / restart messages, ask for help, change language?
keyword-stop = СТОП, ЗУПИНИТИ, ВІДПИСАТИСЯ
keyword-start = СТАРТ, ПОЧАТИ
keyword-help = ДОПОМОГА, ДОПОМОЖІТЬ
keyword-language = МОВА
keyword-stop-confirmed = Ви більше не отримуватимете повідомлень від jobbro. Щоб почати знову, надішліть СТАРТ.
keyword-start-confirmed = З поверненням. Повідомлення від jobbro знову увімкнено.
