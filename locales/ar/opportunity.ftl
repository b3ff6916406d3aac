# الفرص كما يقرؤها الناس: الإعلانات والتسجيل والتذكير والتغييرات.
# التواريخ والأوقات بتوقيت الدنمارك.
# العنوان يكتبه منسق بأي لغة: يأتي أولًا قبل النقطتين، ولا يدخل في جملة يجب أن تتطابق قواعدها معه
# (التذكير والتأنيث والعدد).

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
kind-igu = IGU (وظيفة براتب مع مدرسة)

op-heading = { $kind }: { $title }
op-company = الشركة: { $company }
op-when = الموعد: { $start } حتى { $end }
op-place = المكان: { $place }
op-meeting-point = نقطة اللقاء: { $point }
op-transport = المواصلات: { $note }
op-capacity = عدد الأماكن: { $seats }
op-deadline = آخر موعد للتسجيل: { $deadline }.
op-description = { $text }
op-description-other-lang = النص الأصلي ({ $language }): { $text }
op-number = الرقم { $number }

announce-intro = جديد لك من jobbro:
announce-signup-hint = اضغط «سجّلني» إذا أردت الحضور.
announce-signup-hint-sms = للتسجيل أرسل 1 أو: نعم { $number }
op-signup-button = سجّلني
op-cancel-button = لا أستطيع الحضور

signup-confirmed = { $title }: تم تسجيلك. الموعد: { $start }. سنرسل لك تذكيرًا قبل الموعد.
signup-waitlisted = { $title }: لا توجد أماكن فارغة الآن. أنت رقم { $position } في قائمة الانتظار. سنكتب لك إذا أصبح هناك مكان فارغ.
signup-already-confirmed = { $title }: أنت مسجّل بالفعل.
signup-already-waitlisted = { $title }: أنت بالفعل في قائمة الانتظار.
signup-closed = { $title }: انتهى وقت التسجيل.
signup-unknown = لا توجد فرصة مفتوحة بالرقم { $number }.
signup-finish-registration = أكمل ملفك الشخصي أولًا. بعد ذلك يمكنك التسجيل.
signup-cancelled = { $title }: لم تعد مسجّلًا. شكرًا لأنك أخبرتنا.
signup-not-signed-up = { $title }: لم تكن مسجّلًا.
signup-promoted = خبر جيد! أصبح هناك مكان فارغ لك. { $title }: أنت مسجّل الآن. الموعد: { $start }.

my-signups-title = تسجيلاتك
my-signups-none = لم تسجّل في أي شيء بعد. سنكتب لك عندما يوجد شيء يناسبك.
my-signups-item = { $number }: { $title }، { $start } ({ $status })
my-signups-cancel-hint = لإلغاء التسجيل، اختره من القائمة أدناه.
my-signups-cancel-hint-sms = للإلغاء أرسل: لا والرقم، مثلًا لا { $number }
signup-status-confirmed = مسجّل
signup-status-waitlisted = قائمة الانتظار
signup-status-cancelled = ملغى

reminder-heading = تذكير: { $title }
reminder-body = الموعد: { $start }.
reminder-cancel-hint = إذا لم تستطع الحضور، اضغط «لا أستطيع الحضور». هكذا يأخذ شخص آخر مكانك.
reminder-cancel-hint-sms = لا تستطيع الحضور؟ أرسل 1 أو: لا { $number }

notice-cancelled = { $title } ({ $start }): تم الإلغاء. نعتذر.
notice-moved = { $title }: تغيّر الموعد. الموعد الجديد: { $start }. الموعد القديم: { $before }.
notice-changed = { $title }: تغيّرت بعض المعلومات. هذه كل المعلومات الآن:

menu-signups = تسجيلاتي
command-signups = تسجيلاتك
my-signups-cancel = إلغاء { $number }

# رسالة منسق إلى كثيرين، والملاحظة عندما لا تكون بلغة القارئ.
broadcast-body = { $text }
broadcast-in-other-language = (هذه الرسالة باللغة { $language }.)
