# Words used in many places.

choice-back = رجوع
choice-skip = تخطي
choice-done = تم
# A chosen item in a list where several can be chosen.
choice-selected = ✓ { $label }
# The same for SMS and the terminal, without symbols that make an SMS more expensive.
choice-selected-text = { $label } (مختار)
# Text channels (SMS, terminal) number the choices; these lines say how to answer.
choice-hint-one = أجب برقم.
choice-hint-one-sms = أجب 1-{ $max }
choice-hint-multi = أجب برقم أو أكثر، مثلًا: 1 3
choice-hint-multi-sms = أجب بأرقام، مثلًا 1 3
choice-hint-words = أو اكتب: { $words }
choice-hint-words-sms = ({ $words })
quoted = «{ $text }»
# Two items of a list: "A, B". Longer lists nest: "A, B, C".
list-pair = { $first }، { $rest }

error-empty = لم يصلني أي نص.
error-too-long =
    { $max ->
        [one] هذا طويل جدًا. يرجى كتابة حرف واحد على الأكثر.
        [two] هذا طويل جدًا. يرجى كتابة حرفين على الأكثر.
        [few] هذا طويل جدًا. يرجى كتابة { $max } أحرف على الأكثر.
        [many] هذا طويل جدًا. يرجى كتابة { $max } حرفًا على الأكثر.
       *[other] هذا طويل جدًا. يرجى كتابة { $max } حرف على الأكثر.
    }
error-name-chars = يرجى كتابة اسمك بالحروف فقط. بدون أرقام أو رموز أو إيموجي.
error-text-chars = يرجى الكتابة بالكلمات، وليس بالأرقام أو الرموز فقط.
error-name-latin-script = يرجى استخدام الأحرف اللاتينية (A-Z)، كما في أوراقك في الدنمارك.
error-phone-invalid = لا أستطيع استخدام هذا الرقم. إذا لم يكن رقمًا دنماركيًا، اكتب رمز الدولة أولًا. (مثال: 004520123456)
error-year-range = يرجى كتابة سنة بين { $min } و{ $max }.
error-number-range = يرجى كتابة رقم بين { $min } و{ $max }.
error-date-format = لم أفهم هذا التاريخ. اكتبه هكذا: 1.3.2027
error-date-range = يرجى اختيار تاريخ بين اليوم وخمس سنوات من الآن.
error-pick-choice = يرجى اختيار إحدى الإجابات.
error-write-text = يرجى كتابة إجابتك.
error-write-number = يرجى كتابة رقم.
error-unsupported = أستطيع قراءة النص فقط هنا. يرجى كتابة إجابتك.
error-stale-button = هذا الزر لسؤال سابق. هذا هو السؤال الحالي.
error-unknown-command = لا أعرف هذا الأمر. اكتب /help لترى ما يمكنني فعله.
error-cannot-go-back = هذا هو السؤال الأول.
error-cannot-skip = لا يمكن تخطي هذا السؤال.
error-finish-registration-first = يرجى إكمال ملفك الشخصي أولًا.

date = { $day } { $month } { $year }
month-1 = يناير
month-2 = فبراير
month-3 = مارس
month-4 = أبريل
month-5 = مايو
month-6 = يونيو
month-7 = يوليو
month-8 = أغسطس
month-9 = سبتمبر
month-10 = أكتوبر
month-11 = نوفمبر
month-12 = ديسمبر

spoken-ar = العربية
spoken-ku = الكردية
spoken-fa = الفارسية
spoken-prs = الدرية
spoken-ps = البشتو
spoken-ti = التغرينية
spoken-am = الأمهرية
spoken-so = الصومالية
spoken-uk = الأوكرانية
spoken-ru = الروسية
spoken-tr = التركية
spoken-fr = الفرنسية
spoken-de = الألمانية
spoken-en = الإنجليزية
spoken-da = الدنماركية
# A reading language's name inside a sentence.
language-inline-ar = العربية
language-inline-en = الإنجليزية
language-inline-da = الدنماركية
flood-warning =
    أنت ترسل الرسائل بسرعة كبيرة. لن أقرأ رسائلك لمدة { $minutes ->
        [one] دقيقة واحدة
        [two] دقيقتين
        [few] { $minutes } دقائق
        [many] { $minutes } دقيقة
       *[other] { $minutes } دقيقة
    }. بعد ذلك يمكنك الكتابة من جديد.
