# مكتب المنسقين: إنشاء الفرص، التسجيلات، الحضور والإحصاءات.

staff-welcome = أهلًا! أنت الآن { $role } في jobbro.
staff-invite-invalid = رمز الدعوة غير صالح: ربما استُخدم أو انتهت صلاحيته. اطلب رمزًا جديدًا من المسؤول.
error-staff-only = هذا متاح للمنسقين فقط.
role-admin = مسؤول
role-coordinator = منسق
opportunity-status-draft = مسودة
opportunity-status-published = منشورة
opportunity-status-cancelled = ملغاة

desk-home = مكتب المنسق. ماذا تريد أن تفعل؟
desk-new = فرصة جديدة
desk-list = الفرص
desk-stats = الإحصاءات
desk-help =
    لإنشاء فرصة: /new
    لعرض الفرص (التسجيلات، الحضور، التعديل، الإلغاء): /opportunities
    للإحصاءات: /stats
    لتغيير اللغة: /language
    للعودة إلى هنا: /menu
desk-languages-unreviewed = نصوص لم يراجعها متحدث أصلي بعد: { $languages }. أخبر المسؤول إن كنت تستطيع مراجعة إحداها.
desk-delete-staff = يحذف المسؤول حسابات الموظفين.

desk-ask-kind = ما نوع الفرصة؟
desk-ask-company = ما اسم الشركة أو الجهة المنظمة؟
desk-ask-title = عنوان قصير، مثلًا «زيارة إلى Danfoss». يراه الناس كما تكتبه، بكل اللغات.
desk-ask-start = متى تبدأ؟ اكتب التاريخ والوقت، مثلًا 24.12.2026 14:00 (بتوقيت الدنمارك).
desk-ask-end = متى تنتهي؟ وقت في اليوم نفسه (16:00) أو تاريخ ووقت.
desk-ask-place = أين تُقام؟
desk-ask-meeting-point = أين يلتقي الناس؟ (مثلًا عند البوابة الرئيسية)
desk-ask-transport = كيف يصل الناس؟ (مثلًا الحافلة 12 الساعة 13:10 من المركز)
desk-ask-capacity = كم عدد الأماكن؟ اكتب رقمًا، أو تخطَّ: بلا حد.
desk-ask-deadline = آخر موعد للتسجيل (تاريخ ووقت)، أو تخطَّ: حتى البداية.
desk-ask-description = وصف باللغة { $language }، أو تخطَّ. من يقرأ بلغة أخرى سيُقال له إن الوصف باللغة { $language }.
desk-ask-audience = من يجب إبلاغه؟
desk-audience-everyone = الجميع
desk-audience-occupations = حسب المهنة
desk-audience-places = حسب المكان
desk-audience-danish = حسب مستوى الدنماركية
desk-audience-is-everyone = المستلمون: كل من لديه ملف شخصي.
desk-audience-occupations-are = المهن: { $list }
desk-audience-places-are = الأماكن: { $list }
desk-audience-danish-is = الدنماركية على الأقل: { $level }
desk-audience-size =
    على تيليغرام: { $telegram ->
        [zero] لا أحد
        [one] شخص واحد
        [two] شخصان
        [few] { $telegram } أشخاص
        [many] { $telegram } شخصًا
       *[other] { $telegram } شخص
    }. برسائل SMS: { $sms ->
        [zero] لا أحد
        [one] شخص واحد
        [two] شخصان
        [few] { $sms } أشخاص
        [many] { $sms } شخصًا
       *[other] { $sms } شخص
    }.
desk-ask-sector = اختر قطاعًا ثم المهن.
desk-ask-occupations = اختر المهن (اضغط مرة أخرى للإزالة) ثم "تم".
desk-ask-places = اختر الأماكن (اضغط مرة أخرى للإزالة) ثم "تم".
desk-ask-danish = أدنى مستوى للدنماركية:
desk-danish-any = أي مستوى

desk-review = راجع الفرصة:
desk-publish = انشر وأعلن
desk-save-draft = احفظ كمسودة
desk-change = عدّل معلومة
desk-discard = تجاهل
desk-discarded = تم التجاهل؛ لم يُحفظ شيء.
desk-published = تم النشر. يجري إبلاغ كل المستلمين.
desk-saved = حُفظت كمسودة.
desk-ask-change = ماذا تريد أن تعدّل؟
desk-field-kind = النوع
desk-field-company = الشركة
desk-field-title = العنوان
desk-field-start = البداية
desk-field-end = النهاية
desk-field-place = المكان
desk-field-meeting-point = نقطة اللقاء
desk-field-transport = المواصلات
desk-field-capacity = الأماكن
desk-field-deadline = آخر موعد للتسجيل
desk-field-description = الوصف
desk-field-audience = المستلمون

desk-error-datetime = لم أفهم ذلك. اكتب التاريخ والوقت هكذا: 24.12.2026 14:00
desk-error-time-gap = هذا الوقت غير موجود في الدنمارك (تُقدَّم الساعة تلك الليلة). اختر وقتًا آخر.
desk-error-past = هذا الوقت مضى. اختر وقتًا في المستقبل.
desk-error-too-far = هذا بعد أكثر من سنتين. تحقق من السنة.
desk-error-end-before-start = يجب أن تكون النهاية بعد البداية.
desk-error-deadline-after-start = يجب أن يكون الموعد النهائي قبل البداية.
desk-error-capacity = اكتب رقمًا من 1 إلى { $max }، أو تخطَّ.

desk-list-title = الفرص (القادمة وآخر أسبوعين):
desk-list-empty = لا توجد فرص بعد.
desk-list-item = { $number }: { $kind }، { $title }، { $start } ({ $status }؛ مسجلون: { $confirmed }، قائمة الانتظار: { $waitlisted })
desk-status = الحالة: { $status }
desk-counts = مسجلون: { $confirmed }، قائمة الانتظار: { $waitlisted }، حاضرون: { $present }
desk-person = { $name }: { $status }
desk-edit = تعديل
desk-attendance = الحضور
desk-cancel-opportunity = إلغاء الفرصة
desk-confirm-cancel = إلغاء هذه الفرصة؟ سيُبلَّغ كل المسجلين.
desk-cancel-yes = نعم، ألغِها
desk-cancel-no = لا، أبقِها
desk-cancelled = أُلغيت. يجري إبلاغ كل المسجلين.

desk-ask-attendance = اضغط على اسم لتسجيل الحضور؛ اضغط مرة أخرى للغياب.
desk-mark-present = ✓ { $name }
desk-mark-no-show = ✗ { $name }
desk-mark-unmarked = { $name }
desk-mark-rest = كل من لم يُسجَّل: غائب

desk-stats-title = من { $from } إلى { $to }: ملفات شخصية، مسجلون، حاضرون، تدريب عملي، IGU، وظيفة، دراسة
desk-stats-row = { $place }: { $registered }، { $signed_up }، { $attended }، { $internship }، { $igu }، { $job }، { $education }
desk-stats-all = كل الأماكن
desk-stats-place = { $place }
desk-stats-elsewhere = أماكن أخرى
desk-period-30 = 30 يومًا
desk-period-90 = 90 يومًا
desk-period-365 = سنة
desk-stats-sms = رسائل SMS المرسلة: الأجزاء: { $segments }، التكلفة: { $cost }
desk-stats-sms-registration = التسجيل عبر SMS (العدد: { $registrations })، من أول رسالة: في المتوسط الأجزاء: { $segments }، التكلفة: { $cost }
desk-stats-sms-broadcasts = الرسائل الجماعية (العدد: { $broadcasts }): أجزاء SMS: { $segments }، التكلفة: { $cost } (في المتوسط لكل رسالة: الأجزاء: { $average }، التكلفة: { $average_cost })
desk-stats-sms-broadcast = الرسالة الجماعية { $number } ({ $day }): رسائل SMS: { $sms }، الأجزاء: { $segments }، التكلفة: { $cost }
# مبلغ: عدد صحيح وكسوره ("12.50").
desk-decimal = { $whole }.{ $fraction }
desk-dkk = { $amount } كرونة دنماركية
desk-outcomes = النتائج

# الرسائل الجماعية
desk-broadcast = رسالة جماعية
desk-broadcast-ask-audience = لمن تُرسل الرسالة؟
desk-broadcast-by-language = حسب اللغة
desk-broadcast-signups = المسجلون في فرصة
desk-broadcast-ask-language = ما اللغة التي يتحدثونها؟
desk-broadcast-ask-occupation = أي مهنة؟
desk-broadcast-ask-opportunity = المسجلون في أي فرصة؟
desk-broadcast-ask-text =
    اكتب الرسالة باللغة { $language } (حتى { $max ->
        [one] حرف واحد
        [two] حرفين
        [few] { $max } أحرف
        [many] { $max } حرفًا
       *[other] { $max } حرف
    }).
desk-broadcast-ask-more = أضف الرسالة بلغة أخرى، أو "تم".
desk-broadcast-add = أضف { $language }
desk-broadcast-ask-fallback = أي نص يصل لقراء اللغات الأخرى؟
desk-broadcast-preview = معاينة
desk-broadcast-preview-own = قرّاء اللغة { $language } يصلهم: { $text }
desk-broadcast-preview-fallback = القرّاء الآخرون ({ $languages }): يصلهم نص اللغة { $fallback }، مع ملاحظة عن لغته.
desk-broadcast-sms-lang = رسائل SMS باللغة { $language }: الأشخاص: { $people } × أجزاء كل رسالة: { $segments } = { $cost }
desk-broadcast-sms-total = كل رسائل SMS: الأجزاء: { $segments }، التكلفة: { $cost } (سعر الجزء: { $price })
desk-broadcast-send = أرسل الآن
desk-broadcast-edit = عدّل النص
desk-broadcast-queued = الرسالة في طريقها. سترى التقدم هنا وتقريرًا في النهاية.
broadcast-progress = الرسالة الجماعية { $number }: تمت معالجة { $done } من { $total } (أُرسلت: { $sent }، فشلت: { $failed }).
broadcast-report = انتهت الرسالة الجماعية { $number }.
broadcast-report-channel = { $channel }: أُرسلت: { $sent }، فشلت: { $failed }، محظورة: { $blocked }، أوقفها المستلم (STOP): { $stopped }، أجزاء SMS: { $segments }
channel-name-telegram = تيليغرام
channel-name-sms = SMS

# البحث عن مرشحين والنتائج
desk-search = ابحث عن مرشحين
desk-search-ask = ابحث عن مرشحين. أضف معايير ثم اضغط "ابحث".
desk-search-everyone = المعايير: لا شيء بعد (كل من لديه ملف شخصي).
desk-search-occupation = المهنة: { $occupation }
desk-search-years =
    خبرة { $years ->
        [one] سنة واحدة
        [two] سنتين
        [few] { $years } سنوات
        [many] { $years } سنة
       *[other] { $years } سنة
    } على الأقل
desk-search-language = { $language }: على الأقل { $level }
desk-search-place = المكان: { $place }
desk-search-wish = يبحث عن: { $wish }
desk-search-go = ابحث
desk-search-by-occupation = المهنة
desk-search-by-years = سنوات الخبرة
desk-search-by-language = اللغة
desk-search-by-place = المكان
desk-search-by-wish = يبحث عن
desk-search-clear = امسح المعايير
desk-search-any = الكل
desk-search-ask-years = كم سنة خبرة على الأقل؟ اكتب رقمًا.
desk-search-ask-level = أي مستوى على الأقل؟
desk-search-ask-wish = يبحث عن ماذا؟
desk-search-found = النتائج: { $total }
desk-candidate = { $name }: { $occupation }، { $years }؛ الدنماركية: { $danish }؛ { $place }
desk-search-more = المزيد
desk-candidate-title = { $name }
desk-candidate-gone = لم يعد لهذا الشخص ملف شخصي.
desk-record-outcome = سجّل نتيجة
desk-ask-person = نتيجة من؟
desk-ask-outcome = ماذا بدأ؟
desk-ask-outcome-date = متى بدأ (أو سيبدأ)؟ اكتب تاريخًا، مثلًا 1.3.2027.
desk-today = اليوم
desk-error-outcome-date = اختر تاريخًا خلال سنة من اليوم.
desk-outcome-saved = حُفظ.
desk-outcome-line = { $kind }: من { $date }
outcome-internship = تدريب عملي (praktik)
outcome-igu = IGU (وظيفة براتب مع مدرسة)
outcome-job = وظيفة
outcome-education = دراسة

desk-ask-description-lang = الوصف بأي لغة؟ (المُعلَّم: مكتوب.)
desk-field-reminders = التذكيرات
desk-ask-reminders = التذكيرات: كم ساعة قبل البداية؟ حتى ثلاثة أرقام، مثلًا 24، 2. تخطَّ: بلا تذكيرات.
desk-reminders-are = التذكيرات (عدد الساعات قبل البداية): { $hours }
desk-reminders-none = بلا تذكيرات
desk-error-reminders =
    { $count ->
        [one] اكتب رقمًا واحدًا للساعات من 1 إلى { $max }، مثلًا 24.
        [two] اكتب رقمين على الأكثر للساعات من 1 إلى { $max }، مثلًا 24، 2.
        [few] اكتب { $count } أرقام على الأكثر للساعات من 1 إلى { $max }، مثلًا 24، 2.
        [many] اكتب { $count } رقمًا على الأكثر للساعات من 1 إلى { $max }، مثلًا 24، 2.
       *[other] اكتب { $count } رقم على الأكثر للساعات من 1 إلى { $max }، مثلًا 24، 2.
    }
desk-ask-languages = اختر اللغات التي يتحدثها الناس (اضغط مرة أخرى للإزالة) ثم "تم".
desk-audience-languages-are = اللغات: { $list }

# The coordinator's command menu on Telegram.
command-desk = مكتب المنسق
command-new = فرصة جديدة
command-opportunities = الفرص: التسجيلات، الحضور، التعديل
command-broadcast = اكتب لعدة أشخاص
command-search = ابحث عن مرشحين
command-stats = الإحصاءات

# An opportunity in a pick list.
desk-opportunity-choice = { $number } { $title }
desk-invite = ادعُ إلى فرصة
desk-ask-invite = إلى أي فرصة تريد دعوته؟ سيصله الإعلان ويمكنه التسجيل.
desk-invite-none = لا توجد فرصة منشورة قادمة.
desk-invited = تمت الدعوة. سيصل الإعلان إلى هذا الشخص، إلا إذا طلب ألا تصله رسائل أخرى.
staff-invite-too-many = وصلت رموز دعوة خاطئة كثيرة من هذه المحادثة. حاول مرة أخرى بعد ساعة، أو اطلب المساعدة من المسؤول.
staff-revoked = انتهت صلاحيتك في فريق jobbro. إذا كان هذا خطأ، فاطلب رمز دعوة جديدًا من المسؤول.
desk-admin-only = هذا متاح للمسؤولين فقط.
desk-staff = الفريق
desk-staff-title = أعضاء الفريق الذين لديهم صلاحية
desk-staff-line = { $who }: { $role }، { $channel }، آخر ظهور { $seen }
desk-staff-who = رقم { $number }
desk-staff-who-note = رقم { $number } ({ $note })
desk-staff-revoke-choice = سحب الصلاحية: { $who }
desk-staff-invite = رمز جديد لمنسق
desk-staff-invite-made = يصلك الرمز الجديد في الرسالة التالية.
desk-staff-revoke-confirm = هل تسحب صلاحية { $who }؟ لن يستطيع هذا الحساب استخدام المكتب بعد الآن، وسيُغلق كل ما كان مفتوحًا فيه.
desk-staff-revoke-yes = نعم، اسحبها
desk-staff-revoke-no = لا
desk-staff-revoked = سُحبت الصلاحية.
desk-staff-code = رمز جديد لمرة واحدة ({ $role }): { $code }. صالح حتى { $until }. أعطه لشخص واحد فقط؛ يعمل مرة واحدة.
command-staff = الفريق والصلاحيات
channel-name-console = الطرفية

# تسليم ملف شخص إلى بلدية.
desk-handover = سلِّم إلى بلدية
desk-ask-handover = إلى أي بلدية تريد تسليم الملف؟ سيُسأل الشخص أولاً، إلا إذا وافق من قبل.
desk-handover-asked = سيُسأل { $name } هل تحصل { $municipality } على الملف. ستصلك الحزمة عندما يوافق.
desk-handover-done = وافق { $name }: هذه الحزمة لـ { $municipality } (السيرة الذاتية وملف البيانات).
desk-handover-declined = لا يريد { $name } تسليم ملفه إلى { $municipality }.
desk-handover-withdrawn = سحب { $name } موافقته على { $municipality }. لا تسليم.
desk-handover-unreachable = لا يمكن سؤال { $name } الآن (لا عنوان، أو طلب ألا تصله رسائل). لا تسليم.
desk-handover-file = الملف لـ { $municipality } كملف بيانات (الصيغة jobbro-profile/1، مع رموز ISCO-08 ومستويات CEFR).
desk-candidate-cv = السيرة الذاتية (PDF)
desk-candidate-cv-sent = تصل السيرة الذاتية كملف PDF. أعطها فقط لمن وافق الشخص عليه.
