# Opportunities as people read them: announcements, sign-ups, reminders and changes.
# Dates and times are Danish local time; { $start } and similar arguments are rendered from
# `when` below, so they always appear in the reader's language.
# Titles and places written by the coordinators ({ $title } etc.) are always put first and
# followed by a colon (or put last after a colon), so no Pashto word has to agree with them.

# "ساعت" = o'clock: "دوشنبه 3 مارچ 2027، ساعت 14:00".
when = { $weekday } { $date }، ساعت { $time }
clock = { $hour }:{ $minute }
# Weekday names as commonly said and written in Afghanistan (also in Afghan Pashto media).
# REVIEW: alternatives are the literary Pashto names (دونۍ، درېنۍ، څلرنۍ، پينځنۍ، جمعه، اونۍ، يونۍ,
# used by CLDR) and the eastern names (ګل، نهي، شورو، زيارت، جمعه، خالي، اتوار); check which one
# readers from Afghanistan know best.
weekday-1 = دوشنبه
weekday-2 = سه شنبه
weekday-3 = چهارشنبه
weekday-4 = پنجشنبه
weekday-5 = جمعه
weekday-6 = شنبه
weekday-7 = یکشنبه

kind-company_visit = د شرکت لیدنه
kind-info_meeting = معلوماتي غونډه
kind-internship = عملي زده کړه (praktik)
kind-job = دنده
# IGU: a paid job combined with school (integration education); it needs a residence permit.
# The same words as wish-igu (registration.ftl), plus the residence permit, which does not fit
# on that button.
# REVIEW: "کار په معاش" (work with pay) and "د اوسېدو اجازه" (residence permit; many say "اقامه").
kind-igu = IGU (کار په معاش او ښوونځی؛ د اوسېدو اجازه پکار ده)

op-heading = { $kind }: { $title }
op-company = شرکت: { $company }
op-when = وخت: له { $start } څخه تر { $end } پورې
op-place = ځای: { $place }
# Literally "place where we gather".
op-meeting-point = د راټولېدو ځای: { $point }
# "تګ راتګ" = how to get there and back.
op-transport = تګ راتګ: { $note }
# "There are N places." Pashto: 1 ځای, 2 ځایونه.
op-capacity =
    { $seats ->
        [one] { $seats } ځای شته
       *[other] { $seats } ځایونه شته
    }
op-deadline = تر { $deadline } پورې خپل نوم ولیکئ.
op-description = { $text }
op-description-other-lang = په { $language }: { $text }
op-number = شمېره { $number }

# The project is always called jobbro (the English says "the job project").
announce-intro = له jobbro څخه ستاسو لپاره نوی خبر:
# REVIEW: "کېکاږئ" for pressing a button (also "ټک وکړئ" is seen in apps).
announce-signup-hint = که راتلل غواړئ، «زما نوم ولیکئ» کېکاږئ.
announce-signup-hint-sms = د نوم لیکلو لپاره 1 یا هو { $number } ولېږئ.
op-signup-button = زما نوم ولیکئ
op-cancel-button = زه نه شم راتلی

signup-confirmed = { $title } ({ $start }): ستاسو نوم ولیکل شو. له پیل مخکې به درته یادونه وکړو.
signup-waitlisted = { $title }: ټول ځایونه ډک دي. د انتظار په لیست کې ستاسو شمېره { $position } ده. که یو ځای خالي شو، درته به ولیکو.
signup-already-confirmed = { $title }: ستاسو نوم له مخکې لیکل شوی دی.
signup-already-waitlisted = { $title }: تاسو له مخکې د انتظار په لیست کې یاست.
signup-closed = { $title }: نوم لیکنه بنده ده.
# REVIEW: "فرصت" for an opportunity (visit, meeting, internship, job or IGU).
signup-unknown = د { $number } شمېرې هېڅ خلاص فرصت نشته.
signup-finish-registration = لومړی خپل پروفایل بشپړ کړئ. بیا کولی شئ خپل نوم ولیکئ.
signup-cancelled = { $title }: ستاسو نوم لرې شو. مننه چې موږ ته مو خبر راکړ.
signup-not-signed-up = { $title }: ستاسو نوم لیکل شوی نه و.
signup-promoted = ښه خبر: یو ځای خالي شو. اوس تاسو ځای لرئ: { $title } ({ $start }).

my-signups-title = ستاسو نوم لیکنې
my-signups-none = تاسو تر اوسه د هېڅ شي لپاره نوم نه دی لیکلی. کله چې یو څه تاسو ته مناسب وي، درته به ولیکو.
my-signups-item = { $number }: { $title }، { $start } ({ $status })
my-signups-cancel-hint = د نوم لرې کولو لپاره، لاندې یې وټاکئ.
my-signups-cancel-hint-sms = د نوم لرې کولو لپاره نه او شمېره ولېږئ، لکه نه { $number }.
signup-status-confirmed = نوم لیکل شوی
signup-status-waitlisted = د انتظار لیست
signup-status-cancelled = لغوه شوی

reminder-heading = یادونه: { $title }
# Literally "Start: { $start }."
reminder-body = پیل: { $start }.
reminder-cancel-hint = که نه شئ راتلی، «زه نه شم راتلی» کېکاږئ، چې بل څوک ستاسو ځای واخلي.
reminder-cancel-hint-sms = نه شئ راتلی؟ 1 یا نه { $number } ولېږئ.

notice-cancelled = لغوه شو: { $title } ({ $start }). دا به نه کېږي. بښنه غواړو.
# Says the NEW time, so it is not read as "it starts now": "Change: ... New time: ... (Old time: ...)".
notice-moved = بدلون: { $title }. نوی وخت: { $start } (پخوانی وخت: { $before }).
notice-changed = بدلون: { $title }. نوي معلومات دا دي:

menu-signups = زما نوم لیکنې
command-signups = ستاسو نوم لیکنې
my-signups-cancel = { $number } لرې کړئ

# A coordinator's message to many people, and the note when it is not in the reader's language.
# REVIEW: added by the engineers after the first draft.
broadcast-body = { $text }
broadcast-in-other-language = (دا پیغام په { $language } دی.)
