# مكتب المنسقين: إنشاء الفرص، التسجيلات، الحضور والإحصاءات.

staff-welcome = أهلاً! أنت الآن { $role } في jobbro.
staff-invite-invalid = رمز الدعوة غير صالح: ربما استُخدم أو انتهت صلاحيته. اطلب رمزاً جديداً من المسؤول.
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
    /new لإنشاء فرصة، /opportunities لعرض الفرص (التسجيلات، الحضور، التعديل، الإلغاء)، /stats للإحصاءات، /language لتغيير اللغة، /menu للعودة إلى هنا.
desk-delete-staff = يحذف المسؤول حسابات الموظفين.

desk-ask-kind = ما نوع الفرصة؟
desk-ask-company = ما اسم الشركة أو الجهة المنظمة؟
desk-ask-title = عنوان قصير (يراه الناس كما تكتبه):
desk-ask-start = متى تبدأ؟ اكتب التاريخ والوقت، مثلاً 24.12.2026 14:00 (بتوقيت الدنمارك).
desk-ask-end = متى تنتهي؟ وقت في اليوم نفسه (16:00) أو تاريخ ووقت.
desk-ask-place = أين تُقام؟
desk-ask-meeting-point = أين يلتقي الناس؟ (مثلاً عند البوابة الرئيسية)
desk-ask-transport = كيف يصل الناس؟ (مثلاً الحافلة 12 الساعة 13:10 من المركز)
desk-ask-capacity = كم عدد الأماكن؟ اكتب رقماً، أو تخطَّ: بلا حد.
desk-ask-deadline = آخر موعد للتسجيل (تاريخ ووقت)، أو تخطَّ: حتى البداية.
desk-ask-description = وصف بـ{ $language }، أو تخطَّ. من يقرأ بلغة أخرى سيُقال له إنه بـ{ $language }.
desk-ask-audience = من يجب إبلاغه؟
desk-audience-everyone = الجميع
desk-audience-occupations = حسب المهنة
desk-audience-places = حسب المكان
desk-audience-danish = حسب مستوى الدنماركية
desk-audience-is-everyone = المستلمون: كل المسجلين.
desk-audience-occupations-are = المهن: { $list }
desk-audience-places-are = الأماكن: { $list }
desk-audience-danish-is = الدنماركية على الأقل: { $level }
desk-audience-size = تصل إلى { $telegram } على تيليغرام و{ $sms } برسائل SMS.
desk-ask-sector = اختر قطاعاً ثم المهن.
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
desk-error-time-gap = هذا الوقت غير موجود في الدنمارك (تُقدَّم الساعة تلك الليلة). اختر وقتاً آخر.
desk-error-past = هذا الوقت مضى. اختر وقتاً في المستقبل.
desk-error-too-far = هذا بعد أكثر من سنتين. تحقق من السنة.
desk-error-end-before-start = يجب أن تكون النهاية بعد البداية.
desk-error-deadline-after-start = يجب أن يكون الموعد النهائي قبل البداية.
desk-error-capacity = اكتب رقماً من 1 إلى { $max }، أو تخطَّ.

desk-list-title = الفرص (القادمة وآخر 30 يوماً):
desk-list-empty = لا توجد فرص بعد.
desk-list-item = { $number }: { $kind }، { $title }، { $start } ({ $status }؛ { $confirmed } مسجل، { $waitlisted } ينتظر)
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

desk-stats-title = من { $from } إلى { $to }: مسجلون، مشتركون، حاضرون، تدريب، وظيفة
desk-stats-row = { $place }: { $registered }، { $signed_up }، { $attended }، { $internship }، { $job }
desk-stats-all = كل الأماكن
desk-stats-place = { $place }
desk-period-30 = 30 يوماً
desk-period-90 = 90 يوماً
desk-period-365 = سنة
