# الفرص كما يقرؤها الناس: الإعلانات والتسجيل والتذكير والتغييرات.
# التواريخ والأوقات بتوقيت الدنمارك.

when = { $weekday } { $date }، الساعة { $time }
clock = { $hour }:{ $minute }
weekday-1 = الاثنين
weekday-2 = الثلاثاء
weekday-3 = الأربعاء
weekday-4 = الخميس
weekday-5 = الجمعة
weekday-6 = السبت
weekday-7 = الأحد

kind-company_visit = زيارة شركة
kind-info_meeting = اجتماع معلومات
kind-internship = تدريب عملي (praktik)
kind-job = وظيفة
kind-igu = IGU (تدريب مدفوع الأجر)

op-heading = { $kind }: { $title }
op-company = الشركة: { $company }
op-when = الموعد: { $start } حتى { $end }
op-place = المكان: { $place }
op-meeting-point = نقطة اللقاء: { $point }
op-transport = المواصلات: { $note }
op-capacity = عدد الأماكن: { $seats }
op-deadline = سجّل قبل { $deadline }.
op-description = { $text }
op-description-other-lang = النص الأصلي ({ $language }): { $text }
op-number = الرقم { $number }

announce-intro = جديد لك من مشروع العمل:
announce-signup-hint = اضغط "سجّلني" إذا أردت الحضور.
announce-signup-hint-sms = للتسجيل أرسل 1 أو: نعم { $number }
op-signup-button = سجّلني
op-cancel-button = لا أستطيع الحضور

signup-confirmed = تم تسجيلك في { $title } ({ $start }). سنذكّرك قبل الموعد.
signup-waitlisted = { $title } ممتلئ. أنت رقم { $position } على قائمة الانتظار؛ سنكتب لك إذا أصبح هناك مكان.
signup-already-confirmed = أنت مسجّل بالفعل في { $title }.
signup-already-waitlisted = أنت بالفعل على قائمة الانتظار لـ { $title }.
signup-closed = انتهى التسجيل في { $title }.
signup-unknown = لا توجد فرصة مفتوحة بالرقم { $number }.
signup-finish-registration = أكمل تسجيل بياناتك أولاً، ثم يمكنك التسجيل.
signup-cancelled = لم تعد مسجّلاً في { $title }. شكراً لإخبارنا.
signup-not-signed-up = لم تكن مسجّلاً في { $title }.
signup-promoted = خبر جيد: أصبح هناك مكان. لديك الآن مكان في { $title } ({ $start }).

my-signups-title = تسجيلاتك
my-signups-none = لم تسجّل في أي شيء بعد. سنكتب لك عندما يناسبك شيء.
my-signups-item = { $number }: { $title }، { $start } ({ $status })
my-signups-cancel-hint = لإلغاء تسجيل، اختره من القائمة.
my-signups-cancel-hint-sms = للإلغاء أرسل: لا والرقم، مثلاً لا { $number }
signup-status-confirmed = مسجّل
signup-status-waitlisted = قائمة الانتظار
signup-status-cancelled = ملغى

reminder-heading = تذكير: { $title }
reminder-body = يبدأ { $start }.
reminder-cancel-hint = إذا لم تستطع الحضور اضغط "لا أستطيع الحضور" ليأخذ شخص آخر مكانك.
reminder-cancel-hint-sms = لا تستطيع الحضور؟ أرسل 1 أو: لا { $number }

notice-cancelled = أُلغي: { $title } ({ $start }) لن يُقام. نعتذر.
notice-moved = تغيير: { $title } يبدأ الآن { $start } (كان: { $before }).
notice-changed = تغيير: معلومات جديدة عن { $title }:

# كلمات للتسجيل والإلغاء عبر الرسائل، يتبعها الرقم: "نعم 12"، "لا 12".
keyword-yes = نعم, ايوه
keyword-no = لا

menu-signups = تسجيلاتي
command-signups = تسجيلاتك
my-signups-cancel = إلغاء { $number }

# رسالة منسق إلى كثيرين، والملاحظة عندما لا تكون بلغة القارئ.
broadcast-body = { $text }
broadcast-in-other-language = (هذه الرسالة بـ{ $language }.)
