# Opportunities as people read them: announcements, sign-ups, reminders and changes.
# Dates and times are Danish local time; { $start } and similar arguments are rendered from
# `when` below, so they always appear in the reader's language.

when = { $weekday } { $date }, { $time }
clock = { $hour }:{ $minute }
weekday-1 = Monday
weekday-2 = Tuesday
weekday-3 = Wednesday
weekday-4 = Thursday
weekday-5 = Friday
weekday-6 = Saturday
weekday-7 = Sunday

kind-company_visit = Company visit
kind-info_meeting = Information meeting
kind-internship = Internship (praktik)
kind-job = Job
kind-igu = IGU (paid training)

op-heading = { $kind }: { $title }
op-company = Company: { $company }
op-when = When: { $start } until { $end }
op-place = Where: { $place }
op-meeting-point = Meeting point: { $point }
op-transport = Transport: { $note }
op-capacity = Places: { $seats }
op-deadline = Sign up by { $deadline }.
op-description = { $text }
op-description-other-lang = In { $language }: { $text }
op-number = Number { $number }

announce-intro = New for you from the job project:
announce-signup-hint = Press "Sign me up" if you want to come.
announce-signup-hint-sms = Reply 1 or YES { $number } to sign up.
op-signup-button = Sign me up
op-cancel-button = I cannot come

signup-confirmed = You are signed up for { $title } ({ $start }). We will remind you before it starts.
signup-waitlisted = { $title } is full. You are number { $position } on the waitlist; we will write if a place becomes free.
signup-already-confirmed = You are already signed up for { $title }.
signup-already-waitlisted = You are already on the waitlist for { $title }.
signup-closed = Sign-up for { $title } is closed.
signup-unknown = There is no open opportunity with number { $number }.
signup-finish-registration = Please finish your registration first; then you can sign up.
signup-cancelled = You are no longer signed up for { $title }. Thank you for telling us.
signup-not-signed-up = You were not signed up for { $title }.
signup-promoted = Good news: a place became free. You now have a place at { $title } ({ $start }).

my-signups-title = Your sign-ups
my-signups-none = You have not signed up for anything yet. We will write when something fits you.
my-signups-item = { $number }: { $title }, { $start } ({ $status })
my-signups-cancel-hint = To cancel, choose it below.
my-signups-cancel-hint-sms = To cancel, reply NO and the number, e.g. NO { $number }.
signup-status-confirmed = signed up
signup-status-waitlisted = waitlist
signup-status-cancelled = cancelled

reminder-heading = Reminder: { $title }
reminder-body = It starts { $start }.
reminder-cancel-hint = If you cannot come, press "I cannot come" so someone else can have your place.
reminder-cancel-hint-sms = Cannot come? Reply 1 or NO { $number }.

notice-cancelled = Cancelled: { $title } ({ $start }) will not take place. We are sorry.
notice-moved = Changed: { $title } now starts { $start } (before: { $before }).
notice-changed = Changed: { $title } has new details. Here they are:

# Words for signing up and cancelling by SMS, followed by the number: "YES 12", "NO 12".
keyword-yes = YES, Y
keyword-no = NO, N

menu-signups = My sign-ups
command-signups = Your sign-ups
my-signups-cancel = Cancel { $number }

# A coordinator's message to many people, and the note when it is not in the reader's language.
broadcast-body = { $text }
broadcast-in-other-language = (This message is in { $language }.)
