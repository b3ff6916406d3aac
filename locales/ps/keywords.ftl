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
