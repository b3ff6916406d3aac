# Words that work at any point of a conversation, whatever the question (comma-separated;
# case, accents and Arabic short vowels do not matter). Every language's words work for everyone,
# so none may be an ordinary answer: no "slut", "end", "info" or "cancel", which people also
# type to mean "done" or as an answer.
keyword-stop = توقف, قف, ايقاف, وقف
keyword-start = ابدأ, ابدا, استئناف, بدء
keyword-help = مساعدة, مساعده, ساعدني
keyword-language = اللغة, لغة
keyword-stop-confirmed = لن تصلك رسائل أخرى من jobbro. أرسل START أو ابدأ للبدء من جديد.
keyword-start-confirmed = أهلًا بعودتك. ستصلك رسائل jobbro من جديد.
