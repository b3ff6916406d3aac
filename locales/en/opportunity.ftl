# Opportunities as people read them: announcements, sign-ups, reminders and changes.
# A title is written by a coordinator, in any language: it stands first, before a colon, and never
# inside a sentence whose grammar would have to agree with it.
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
kind-igu = IGU (paid job with school)

op-heading = { $kind }: { $title }
op-company = Company: { $company }
op-when = When: { $start } until { $end }
op-place = Where: { $place }
op-meeting-point = Meeting point: { $point }
op-transport = Transport: { $note }
op-capacity = Number of places: { $seats }
op-deadline = Sign up before { $deadline }.
op-description = { $text }
op-description-other-lang = In { $language }: { $text }
op-number = Number { $number }

announce-intro = New for you from jobbro:
announce-signup-hint = Press "Sign me up" if you want to come.
announce-signup-hint-sms = Reply 1 or YES { $number } to sign up.
op-signup-button = Sign me up
op-cancel-button = I cannot come

signup-confirmed = { $title }: you are signed up. It starts { $start }. We will send you a reminder before it starts.
signup-waitlisted = { $title }: there are no free places now. You are number { $position } on the waitlist. We will write to you if a place becomes free.
signup-already-confirmed = { $title }: you are already signed up.
signup-already-waitlisted = { $title }: you are already on the waitlist.
signup-closed = { $title }: you cannot sign up any more.
signup-unknown = There is nothing open with number { $number }.
signup-finish-registration = Please fill in your profile first. Then you can sign up.
signup-cancelled = { $title }: you are no longer signed up. Thank you for telling us.
signup-not-signed-up = { $title }: you were not signed up.
signup-promoted = Good news! A place is free for you. { $title }: you are now signed up. It starts { $start }.

my-signups-title = Your sign-ups
my-signups-none = You have not signed up for anything yet. We will write when something fits you.
my-signups-item = { $number }: { $title }, { $start } ({ $status })
my-signups-cancel-hint = To cancel a sign-up, choose it below.
my-signups-cancel-hint-sms = To cancel, reply NO and the number, e.g. NO { $number }.
signup-status-confirmed = signed up
signup-status-waitlisted = waitlist
signup-status-cancelled = cancelled

reminder-heading = Reminder: { $title }
reminder-body = It starts { $start }.
reminder-cancel-hint = If you cannot come, press "I cannot come". Then someone else can have your place.
reminder-cancel-hint-sms = Cannot come? Reply 1 or NO { $number }.

notice-cancelled = { $title } ({ $start }): it is cancelled. We are sorry.
notice-moved = { $title }: the time has changed. New time: { $start }. Old time: { $before }.
notice-changed = { $title }: some details have changed. Here are all the details now:

menu-signups = My sign-ups
command-signups = Your sign-ups
my-signups-cancel = Cancel { $number }

# A coordinator's message to many people, and the note when it is not in the reader's language.
broadcast-body = { $text }
broadcast-in-other-language = (This message is in { $language }.)
