# فهم الإجابات المكتوبة، والتسجيل القصير عبر SMS، وما يقال عندما لا تُفهم الإجابة.
# Lists of words are comma-separated; every language's words work for everyone.

# A first message that opens with one of these chooses Arabic (instead of the language menu).
greeting-words = مرحبا, مرحبًا, اهلا, أهلا, اهلين, هلا, السلام عليكم, سلام عليكم, صباح الخير, مساء الخير
language-intro = jobbro يساعدك في إيجاد عمل في الدنمارك. اختر لغتك.
consent-other-language = لغة أخرى

hint-number = أرسل رقمًا من 1 إلى { $max }. أرسل ? لترى الخيارات مرة أخرى.
hint-number-sms = أرسل رقمًا 1-{ $max }. أرسل ? لترى الخيارات.
hint-numbers = أرسل رقمًا أو أكثر من 1 إلى { $max }، مثلًا: 1 3. أرسل ? لترى الخيارات مرة أخرى.
hint-numbers-sms = أرسل أرقامًا، مثل 1 3. أرسل ? لترى الخيارات.
hint-unsure = هل تقصد { $first } أم { $second }؟
choice-numbered = { $number } { $label }
choice-plain = { $label }

name-latin-same-words = نفس الاسم, نفسه, نفس, كما هو, مثل ما كتبت, نفس الشي
name-latin-same-not-latin = في اسمك حروف ليست من A-Z. اكتبه بالأحرف اللاتينية كما في أوراقك في الدنمارك.

occupation-write-ask = ما هي مهنتك الرئيسية؟ اكتبها، مثلًا: لحام، طباخ، ممرض.
occupation-write-ask-sms = مهنتك الرئيسية؟ اكتبها، مثل: لحام، طباخ.
occupation-found-ask = أيها تقصد؟
occupation-as-written = كما كتبتها: { $words }

registration-done-short = شكرًا! تم حفظ ملفك. سنكتب لك عندما يناسبك شيء. أرسل "المزيد" لإضافة تعليمك ولغاتك.
registration-done-short-sms = شكرًا! تم حفظ ملفك. سنكتب لك عندما يناسبك شيء. أرسل "المزيد" لإضافة تعليمك ولغاتك.
registration-completed = شكرًا! ملفك الشخصي مكتمل الآن.
menu-more = أضف التعليم واللغات
keyword-more = المزيد, مزيد
