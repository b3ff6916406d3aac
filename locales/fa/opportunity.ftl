# Opportunities as people read them: announcements, sign-ups, reminders and changes.
# Dates and times are Danish local time; { $start } and similar arguments are rendered from
# `when` below, so they always appear in the reader's language.
# Persian: a coordinator's { $title } always comes first, then a colon, then the sentence.
# Signing up for something is always "نام‌نویسی" (not "ثبت‌نام", and not the profile).

when = { $weekday } { $date }، ساعت { $time }
clock = { $hour }:{ $minute }
weekday-1 = دوشنبه
weekday-2 = سه‌شنبه
weekday-3 = چهارشنبه
weekday-4 = پنجشنبه
weekday-5 = جمعه
weekday-6 = شنبه
weekday-7 = یکشنبه

kind-company_visit = بازدید از شرکت
# REVIEW: "جلسه معلوماتی" (Afghan usage, understood in Iran); Iran would say "جلسه اطلاع‌رسانی".
kind-info_meeting = جلسه معلوماتی
kind-internship = کارآموزی (praktik)
kind-job = شغل
# IGU, the one explanation: a paid job together with school, which needs a residence permit.
kind-igu = IGU (کار با مزد و درس، نیاز به اجازه اقامت)

op-heading = { $kind }: { $title }
op-company = شرکت: { $company }
op-when = زمان: از { $start } تا { $end }
op-place = محل: { $place }
op-meeting-point = جای ملاقات: { $point }
op-transport = رفت و آمد: { $note }
op-capacity =
    { $seats ->
        [one] تعداد جا: { $seats }
       *[other] تعداد جا: { $seats }
    }
op-deadline = مهلت نام‌نویسی: تا { $deadline }.
op-description = { $text }
op-description-other-lang = به { $language }: { $text }
op-number = شماره { $number }

announce-intro = خبر تازه برای شما از jobbro:
announce-signup-hint = اگر می‌خواهید بیایید، «نام‌نویسی می‌کنم» را بزنید.
announce-signup-hint-sms = برای نام‌نویسی 1 یا بله { $number } بفرستید.
op-signup-button = نام‌نویسی می‌کنم
op-cancel-button = نمی‌توانم بیایم

signup-confirmed = { $title } ({ $start }): نام‌نویسی شما انجام شد. پیش از شروع به شما یادآوری می‌کنیم.
signup-waitlisted = { $title }: همه جاها پر است. شما نفر { $position } در لیست انتظار هستید. اگر جایی خالی شد، به شما می‌نویسیم.
signup-already-confirmed = { $title }: شما قبلاً نام‌نویسی کرده‌اید.
signup-already-waitlisted = { $title }: شما قبلاً در لیست انتظار هستید.
signup-closed = { $title }: نام‌نویسی بسته شده است.
signup-unknown = برنامه‌ای با شماره { $number } برای نام‌نویسی باز نیست.
signup-finish-registration = لطفاً اول پروفایل خود را کامل کنید. بعد می‌توانید نام‌نویسی کنید.
signup-cancelled = { $title }: نام‌نویسی شما لغو شد. ممنون که به ما خبر دادید.
signup-not-signed-up = { $title }: شما نام‌نویسی نکرده بودید.
signup-promoted = خبر خوب: یک جا خالی شد. { $title } ({ $start }): حالا برای شما جا هست.

my-signups-title = نام‌نویسی‌های شما
my-signups-none = شما هنوز برای چیزی نام‌نویسی نکرده‌اید. وقتی چیزی مناسب شما بود، برایتان می‌نویسیم.
my-signups-item = { $number }: { $title }، { $start } ({ $status })
my-signups-cancel-hint = برای لغو، آن را در پایین انتخاب کنید.
my-signups-cancel-hint-sms = برای لغو، نه و شماره را بفرستید، مثلاً نه { $number }
signup-status-confirmed = نام‌نویسی شده
signup-status-waitlisted = لیست انتظار
signup-status-cancelled = لغو شده

reminder-heading = یادآوری: { $title }
reminder-body = شروع: { $start }.
reminder-cancel-hint = اگر نمی‌توانید بیایید، «نمی‌توانم بیایم» را بزنید تا جای شما به کس دیگری برسد.
reminder-cancel-hint-sms = نمی‌توانید بیایید؟ 1 یا نه { $number } بفرستید.

# REVIEW: "برگزار نمی‌شود" (will not take place); Afghans may prefer "دایر نمی‌شود".
notice-cancelled = { $title } ({ $start }): لغو شد و برگزار نمی‌شود. متأسفیم.
# The new time is said as a time, so it cannot be read as "it starts now".
notice-moved = { $title }: زمان تغییر کرد. زمان جدید: { $start } (زمان قبلی: { $before }).
notice-changed = { $title }: تغییر کرد. جزئیات تازه این‌ها هستند:

menu-signups = نام‌نویسی‌های من
command-signups = نام‌نویسی‌های شما
my-signups-cancel = لغو { $number }

# A coordinator's message to many people, and the note when it is not in the reader's language.
# REVIEW: added by the engineers after the first draft.
broadcast-body = { $text }
broadcast-in-other-language = (این پیام به { $language } است.)
