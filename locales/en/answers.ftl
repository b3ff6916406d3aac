# Understanding typed answers, the short registration by SMS, and what is said when an answer
# is not understood. Lists of words are comma-separated; case, accents and Arabic short vowels
# do not matter, and every language's words work for everyone.

# A first message that opens with one of these chooses English (instead of the language menu).
greeting-words = hello, hi, hey, good morning, good afternoon, good evening
# The first message to someone who wrote something else: what jobbro is, then the menu.
language-intro = jobbro helps you find work in Denmark. Choose your language.
consent-other-language = Other language

# One line instead of the whole menu again, when an answer was not understood.
hint-number = Reply with a number from 1 to { $max }. Send ? to see the choices again.
hint-number-sms = Reply 1-{ $max }. Send ? to see the choices.
hint-numbers = Reply with one or more numbers from 1 to { $max }, for example: 1 3. Send ? to see the choices again.
hint-numbers-sms = Reply with numbers, e.g. 1 3. Send ? to see the choices.
# An answer that fits two choices: only those two, with their numbers where numbers are shown.
hint-unsure = Did you mean { $first } or { $second }?
choice-numbered = { $number } { $label }
choice-plain = { $label }

# At "your name in Latin letters": people who mean the name they already wrote.
name-latin-same-words = the same, same, same name, same as before, as above
name-latin-same-not-latin = Your name has letters that are not A-Z. Please write it in Latin letters, as on your papers in Denmark.

# By SMS the main occupation is written, not picked from a list.
occupation-write-ask = What is your main occupation? Write it, for example: welder, cook, nurse.
occupation-write-ask-sms = Your main occupation? Write it, e.g. welder, cook.
occupation-found-ask = Which one do you mean?
occupation-as-written = As I wrote it: { $words }

# The end of the short registration (SMS): the rest is offered, not asked.
registration-done-short = Thank you! Your profile is saved. We will write to you when something fits. Reply MORE to add your education and languages.
registration-done-short-sms = Thank you! Your profile is saved. We write when something fits. Reply MORE to add education and languages.
registration-completed = Thank you! Your profile is complete now.
menu-more = Add education and languages
keyword-more = MORE
