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

# Answers to a yes/no question ("Do you agree?", "Is everything right?"); with a number after
# them, signing up for an opportunity or cancelling by SMS: "نعم 12", "لا 12". The whole answer
# must be one of these (comma-separated; case, hamza, short vowels and punctuation do not
# matter), and every language's words work for everyone, so no word may be in both lists of any
# two languages. Colloquial forms are included: ايوه، اي (Levant, Iraq), آه (Egypt).
keyword-yes = نعم, ايوه, أيوه, أيوا, اي, إي, آه, أجل, بلى, طبعا, أكيد, موافق, أوافق, نعم موافق, تمام, اوكي
keyword-no = لا, لأ, لاء, كلا, لا شكرا, لا أوافق
# Numbers written as words, 0 to 20: the place in the list is the number, spellings of one
# number (standard, feminine, colloquial) are separated by /. سنتين and عامين mean "two years".
# Units may stand before or after a number: "ثمان سنوات", "سنة واحدة".
number-words = صفر, واحد/واحدة/وحدة, اثنان/اثنين/اتنين/ثنين/سنتين/عامين, ثلاثة/ثلاث/تلاتة/تلات, أربعة/أربع, خمسة/خمس, ستة/ست, سبعة/سبع, ثمانية/ثمان/ثماني/تمانية/تمان, تسعة/تسع, عشرة/عشر, أحد عشر/إحدى عشرة/حداش/احدعش, اثنا عشر/اثني عشر/اثنتا عشرة/اطناش/اتناش, ثلاثة عشر/ثلاث عشرة/تلتاش/تلطاش, أربعة عشر/أربع عشرة/اربعتاش/اربعطاش, خمسة عشر/خمس عشرة/خمستاش/خمسطاش, ستة عشر/ست عشرة/ستاش/سطاش, سبعة عشر/سبع عشرة/سبعتاش/سبعطاش, ثمانية عشر/ثماني عشرة/تمنتاش/تمنطاش, تسعة عشر/تسع عشرة/تسعتاش/تسعطاش, عشرون/عشرين
number-units = سنوات, سنة, سنين, عام, أعوام
