# Words that work at any point of a conversation, whatever the question (comma-separated;
# case, accents and Arabic short vowels do not matter). Every language's words work for everyone,
# so none may be an ordinary answer: no "slut", "end", "info" or "cancel", which people also
# type to mean "done" or as an answer.
# Pashto: ودروئ = stop (please), ودرول / بندول = stopping; پیل / شروع = start;
# مرسته = help (کومک is the everyday word many Afghans use); ژبه = language.
# Not used on purpose: "بس" (enough), which people also type to mean "done".
# REVIEW: check that none of these words would be typed as an ordinary answer, and whether a
# common Latin spelling (e.g. "marasta") should be added.
keyword-stop = ودروئ, ودرول, بند کړئ, بندول
keyword-start = پیل, شروع, پیل کړئ, شروع کړئ
keyword-help = مرسته, کومک
keyword-language = ژبه, ژبې
keyword-stop-confirmed = نور به له jobbro څخه پیغامونه نه درځي. د بیا پیل لپاره START یا پیل ولېږئ.
keyword-start-confirmed = بیا ښه راغلئ. د jobbro پیغامونه به بیا درځي.

# Answers to a yes/no question ("Do you agree?", "Is everything right?"); with a number after
# them, signing up for an opportunity or cancelling by SMS: "YES 12", "NO 12". هو / هوکې = yes,
# نه = no. Every language's words work for everyone, so no word may be in both lists of any two
# languages.
# REVIEW: added ښه (good, OK), سمه ده (all right) and نه مننه (no thanks): are they typed as a
# plain yes or no?
keyword-yes = هو, هوکې, ښه, سمه ده
keyword-no = نه, نه مننه
# Numbers written as words, 0 to 20: the place in the list is the number, spellings of one
# number are separated by /. Units may stand before or after a number: "اته کاله".
# REVIEW: numbers 0-20 and the units کال / کاله / کلونه.
number-words = صفر, یو, دوه, درې/دری, څلور, پنځه, شپږ, اووه/اوه, اته, نهه, لس, یوولس, دولس, دیارلس, څوارلس, پنځلس, شپاړس, اوولس, اتلس, نولس, شل
number-units = کال, کاله, کلونه
