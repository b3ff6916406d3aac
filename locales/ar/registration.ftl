# The registration questions, in the order they are asked. A label (an occupation, a language)
# stands first, before a colon, never inside a sentence: "طباخ: كم سنة عملت في هذه المهنة؟".
# Terms: filling in the profile is «ملفك الشخصي»/«أكمل»; «التسجيل» is only signing up for an opportunity.

name-ask = ما اسمك؟ اكتبه كما تكتبه عادةً.
name-latin-ask = كيف تكتب اسمك بالأحرف اللاتينية (A-Z)؟ اكتبه كما في أوراقك في الدنمارك. (مثال: Mohammad Al-Ahmad)
name-latin-same = كما هو: { $name }

phone-ask = ما رقم هاتفك؟ (مثال: 20123456)
phone-ask-telegram = ما رقم هاتفك؟ اضغط الزر أدناه لمشاركته، أو اكتبه. (مثال: 20123456)
phone-share-button = مشاركة رقم هاتفي
phone-saved = تم الحفظ: { $phone }

place-ask = أين تسكن الآن؟
place-other = مكان آخر
place-other-ask = اكتب اسم المدينة أو مركز اللجوء الذي تسكن فيه.

birth-year-ask = ما سنة ميلادك؟ (مثال: 1990)

education-level-ask = ما أعلى مستوى تعليمي لديك؟
education-none = لم أدخل المدرسة
education-primary = مدرسة ابتدائية
education-secondary = مدرسة ثانوية
education-vocational = تدريب مهني
education-bachelor = بكالوريوس / جامعة
education-master = ماجستير
education-doctorate = دكتوراه
education-field-ask = ماذا درست؟ (مثال: هندسة مدنية، تمريض، محاسبة)
education-country-ask = في أي بلد درست؟
education-year-ask = في أي سنة أنهيت الدراسة؟ (مثال: 2012)

occupation-sector-ask = في أي مجال عملت؟ اختر مجالًا.
occupation-sector-ask-more = اختر مجال المهنة التي تريد إضافتها.
occupation-pick-ask = اختر مهنتك.
occupation-not-listed = مهنتي ليست في القائمة
occupation-none = لم أعمل بعد
occupation-own-words-ask = اكتب مهنتك بكلماتك.
occupation-years-ask = { $occupation }: كم سنة عملت في هذه المهنة؟ اكتب رقمًا. (اكتب 0 إذا كانت أقل من سنة.)
occupation-more-ask = هل عملت في مهن أخرى؟
occupation-add = إضافة مهنة أخرى
occupation-remove = حذف مهنة
occupation-remove-ask = أي مهنة تريد حذفها؟
occupation-principal-ask = أي مهنة تفضّلها أكثر؟

language-danish-ask = ما مستواك في اللغة الدنماركية؟
language-english-ask = ما مستواك في اللغة الإنجليزية؟
language-mother-ask = ما لغتك الأم؟
language-other = لغة أخرى
language-own-words-ask = اكتب اسم اللغة.
language-others-ask = هل تتكلم لغات أخرى؟ اختر لغة، أو «تم».
language-remove = حذف لغة
language-remove-ask = أي لغة تريد حذفها؟
language-level-ask = { $language }: ما مستواك في هذه اللغة؟

level-none = لا أتكلمها
level-a1 = بضع كلمات (A1)
level-a2 = حديث يومي بسيط (A2)
level-b1 = أتكلم في العمل وفي المتاجر (B1)
level-b2 = أتكلم بسهولة عن معظم الأمور (B2)
level-c1 = جيد جدًا، في العمل أيضًا (C1)
level-c2 = مثل لغتي الأم (C2)
level-native = اللغة الأم

licences-ask = هل لديك رخصة قيادة أو شهادة؟ اختر كل ما لديك، ثم «تم».
licence-b = سيارة (B)
licence-be = سيارة مع مقطورة (BE)
licence-c = شاحنة (C)
licence-ce = شاحنة مع مقطورة (CE)
licence-d = حافلة (D)
licence-forklift = شهادة قيادة رافعة شوكية
licence-none = لا يوجد
certificates-ask = هل لديك شهادات أو دورات أخرى؟ اكتبها، أو «تخطي». (مثال: شهادة لحام، إسعافات أولية)

# The one explanation of IGU, the same in every text that explains it.
wishes-ask =
    ما الذي تبحث عنه؟ اختر كل ما يناسبك، ثم «تم».
    برنامج IGU هو وظيفة براتب مع مدرسة (تعليم أساسي للاندماج). يجب أن يكون لديك تصريح إقامة للحصول عليه.
wish-company-visit = زيارات شركات
wish-internship = تدريب عملي (praktik)
wish-job = وظيفة
wish-igu = IGU (وظيفة براتب مع مدرسة)
wish-education = دراسة

available-ask = متى يمكنك البدء؟ اختر، أو اكتب تاريخًا. (مثال: 1.3.2027)
available-now = الآن
available-1m = بعد شهر
available-3m = بعد ثلاثة أشهر

registration-done = شكرًا! تم حفظ ملفك الشخصي. سيكتب لك منسقو jobbro عندما يوجد شيء يناسبك.
