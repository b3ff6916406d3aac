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

# Answers to a yes/no question ("Do you agree?", "Is everything right?"); with a number after
# them, signing up for an opportunity or cancelling by SMS: "ТАК 12", "НІ 12". Every language's
# words work for everyone, so no word may be in both lists of any two languages.
# REVIEW: added ЗВИЧАЙНО, ГАРАЗД, ДОБРЕ, ОК (Cyrillic), ЗГОДЕН / ЗГОДНА, НЕ and НІ ДЯКУЮ.
keyword-yes = ТАК, ЗВИЧАЙНО, ГАРАЗД, ДОБРЕ, ОК, ЗГОДЕН, ЗГОДНА
keyword-no = НІ, НЕ, НІ ДЯКУЮ
# Numbers written as words, 0 to 20: the place in the list is the number, spellings of one
# number are separated by /. Units may stand before or after a number: "вісім років".
# REVIEW: numbers 0-20, with the apostrophe typed as ' or ʼ or left out.
number-words = нуль, один/одна/одне, два/дві, три, чотири, п'ять/пʼять/пять, шість, сім, вісім, дев'ять/девʼять/девять, десять, одинадцять, дванадцять, тринадцять, чотирнадцять, п'ятнадцять/пʼятнадцять/пятнадцять, шістнадцять, сімнадцять, вісімнадцять, дев'ятнадцять/девʼятнадцять/девятнадцять, двадцять
number-units = рік, роки, років, року
