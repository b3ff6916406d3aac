# The coordinators' desk: creating opportunities, sign-ups, attendance and the funnel.
# Coordinators read these on Telegram or in `jobbro chat`; job seekers never see them.

staff-welcome = Welcome! You are now { $role } in jobbro.
staff-invite-invalid = That invitation code is not valid: it may be used or expired. Ask an admin for a new one.
error-staff-only = Only coordinators can do that.
role-admin = admin
role-coordinator = coordinator
opportunity-status-draft = draft
opportunity-status-published = published
opportunity-status-cancelled = cancelled

desk-home = Coordinator desk. What do you want to do?
desk-new = New opportunity
desk-list = Opportunities
desk-stats = Statistics
desk-help =
    /new creates an opportunity, /opportunities lists them (sign-ups, attendance, edit, cancel), /stats shows the funnel, /language changes your language, /menu returns here.
# Languages whose texts are drafts (language.toml: status = "drafted"), by their own names.
desk-languages-unreviewed = Texts not yet checked by a native speaker: { $languages }. Tell the admin if you can check one.
desk-delete-staff = Staff accounts are removed by an admin.

desk-ask-kind = What kind of opportunity?
desk-ask-company = Which company or organiser?
desk-ask-title = A short title, e.g. "Visit to Danfoss". People see it as you write it, in every language.
desk-ask-start = When does it start? Write date and time, e.g. 24.12.2026 14:00 (Danish time).
desk-ask-end = When does it end? A time the same day (16:00) or a date and time.
desk-ask-place = Where does it take place?
desk-ask-meeting-point = Where do people meet? (e.g. the main gate)
desk-ask-transport = How do people get there? (e.g. bus 12 at 13:10 from the centre)
desk-ask-capacity = How many places? Write a number, or skip for no limit.
desk-ask-deadline = Last moment to sign up (date and time), or skip: until it starts.
desk-ask-description = A description in { $language }, or skip. People who read another language are told it is in { $language }.
desk-ask-audience = Who should be told about it?
desk-audience-everyone = Everyone
desk-audience-occupations = By occupation
desk-audience-places = By place
desk-audience-danish = By Danish level
desk-audience-is-everyone = Audience: everyone registered.
desk-audience-occupations-are = Occupations: { $list }
desk-audience-places-are = Places: { $list }
desk-audience-danish-is = Danish at least: { $level }
desk-audience-size =
    Reaches { $telegram ->
        [one] { $telegram } person
       *[other] { $telegram } people
    } on Telegram and { $sms ->
        [one] { $sms } person
       *[other] { $sms } people
    } by SMS.
desk-ask-sector = Choose a sector, then the occupations.
desk-ask-occupations = Choose occupations (press again to remove), then Done.
desk-ask-places = Choose places (press again to remove), then Done.
desk-ask-danish = Lowest Danish level:
desk-danish-any = Any level

desk-review = Check the opportunity:
desk-publish = Publish and announce
desk-save-draft = Save as draft
desk-change = Change a detail
desk-discard = Discard
desk-discarded = Discarded; nothing was saved.
desk-published = Published. Everyone in the audience is being told.
desk-saved = Saved as a draft.
desk-ask-change = What do you want to change?
desk-field-kind = Kind
desk-field-company = Company
desk-field-title = Title
desk-field-start = Start
desk-field-end = End
desk-field-place = Place
desk-field-meeting-point = Meeting point
desk-field-transport = Transport
desk-field-capacity = Places
desk-field-deadline = Sign-up deadline
desk-field-description = Description
desk-field-audience = Audience

desk-error-datetime = I could not read that. Write date and time like this: 24.12.2026 14:00
desk-error-time-gap = That time does not exist in Denmark (the clocks jump forward that night). Choose another time.
desk-error-past = That time has passed. Choose a time in the future.
desk-error-too-far = That is more than two years ahead. Check the year.
desk-error-end-before-start = The end must be after the start.
desk-error-deadline-after-start = The deadline must be before the start.
desk-error-capacity = Write a number from 1 to { $max }, or skip.

desk-list-title = Opportunities (upcoming and the last two weeks):
desk-list-empty = There are no opportunities yet.
desk-list-item = { $number }: { $kind }, { $title }, { $start } ({ $status }; signed up: { $confirmed }, waitlist: { $waitlisted })
desk-status = Status: { $status }
desk-counts = Signed up: { $confirmed }, waitlist: { $waitlisted }, present: { $present }
desk-person = { $name }: { $status }
desk-edit = Edit
desk-attendance = Attendance
desk-cancel-opportunity = Cancel it
desk-confirm-cancel = Cancel this opportunity? Everyone signed up is told.
desk-cancel-yes = Yes, cancel it
desk-cancel-no = No, keep it
desk-cancelled = Cancelled. Everyone signed up is being told.

desk-ask-attendance = Press a name to mark present; press again for no-show.
desk-mark-present = ✓ { $name }
desk-mark-no-show = ✗ { $name }
desk-mark-unmarked = { $name }
desk-mark-rest = Everyone unmarked: no-show

desk-stats-title = From { $from } to { $to }: registered, signed up, attended, internship, IGU, job, education
desk-stats-row = { $place }: { $registered }, { $signed_up }, { $attended }, { $internship }, { $igu }, { $job }, { $education }
desk-stats-all = All places
desk-stats-place = { $place }
desk-stats-elsewhere = Other places
desk-period-30 = 30 days
desk-period-90 = 90 days
desk-period-365 = A year
desk-stats-sms =
    SMS sent: { $segments ->
        [one] { $segments } segment
       *[other] { $segments } segments
    }, { $cost }
desk-stats-sms-registration =
    A registration by SMS ({ $registrations } in all), from the first message on: { $segments } segments, { $cost } on average
desk-stats-sms-broadcasts =
    { $broadcasts ->
        [one] { $broadcasts } broadcast
       *[other] { $broadcasts } broadcasts
    }: { $segments ->
        [one] { $segments } SMS segment
       *[other] { $segments } SMS segments
    }, { $cost } (on average { $average } segments, { $average_cost } each)
desk-stats-sms-broadcast = Broadcast { $number } ({ $day }): { $sms } SMS, { $segments } segments, { $cost }
# An amount: a whole number and its decimals ("12.50").
desk-decimal = { $whole }.{ $fraction }
desk-dkk = DKK { $amount }
desk-outcomes = Outcomes

# Broadcasts
desk-broadcast = Broadcast
desk-broadcast-ask-audience = Who should get the message?
desk-broadcast-by-language = By language
desk-broadcast-signups = Signed up for an opportunity
desk-broadcast-ask-language = Which language do they speak?
desk-broadcast-ask-occupation = Which occupation?
desk-broadcast-ask-opportunity = Signed up for which opportunity?
desk-broadcast-ask-text =
    Write the message in { $language } (at most { $max ->
        [one] { $max } character
       *[other] { $max } characters
    }).
desk-broadcast-ask-more = Add the message in another language, or Done.
desk-broadcast-add = Add { $language }
desk-broadcast-ask-fallback = Readers of the other languages get which text?
desk-broadcast-preview = Preview
desk-broadcast-preview-own = { $language } readers get: { $text }
desk-broadcast-preview-fallback = Other readers ({ $languages }): the text in { $fallback }, with a note of its language.
desk-broadcast-sms-lang =
    SMS in { $language }: { $people ->
        [one] { $people } person
       *[other] { $people } people
    } × { $segments ->
        [one] { $segments } segment
       *[other] { $segments } segments
    } = { $cost }
desk-broadcast-sms-total =
    All SMS: { $segments ->
        [one] { $segments } segment
       *[other] { $segments } segments
    }, { $cost } (at { $price } a segment)
desk-broadcast-send = Send now
desk-broadcast-edit = Change the text
desk-broadcast-queued = The broadcast is on its way. You will see its progress here and a report at the end.
broadcast-progress = Broadcast { $number }: { $done } of { $total } handled ({ $sent } sent, { $failed } failed).
broadcast-report = Broadcast { $number } is done.
broadcast-report-channel =
    { $channel }: { $sent } sent, { $failed } failed, { $blocked } blocked, { $stopped } stopped (STOP), { $segments ->
        [one] { $segments } SMS segment
       *[other] { $segments } SMS segments
    }
channel-name-telegram = Telegram
channel-name-sms = SMS

# Candidate search and outcomes
desk-search = Find candidates
desk-search-ask = Find candidates. Add criteria, then Search.
desk-search-everyone = Criteria: none yet (everyone registered).
desk-search-occupation = Occupation: { $occupation }
desk-search-years =
    At least { $years ->
        [one] { $years } year
       *[other] { $years } years
    } of experience
desk-search-language = { $language }: at least { $level }
desk-search-place = Place: { $place }
desk-search-wish = Looking for: { $wish }
desk-search-go = Search
desk-search-by-occupation = Occupation
desk-search-by-years = Years of experience
desk-search-by-language = Language
desk-search-by-place = Place
desk-search-by-wish = Looking for
desk-search-clear = Clear criteria
desk-search-any = Any
desk-search-ask-years = At least how many years of experience? Write a number.
desk-search-ask-level = At least which level?
desk-search-ask-wish = Looking for what?
desk-search-found = Found: { $total }
desk-candidate = { $name }: { $occupation }, { $years }; Danish { $danish }; { $place }
desk-search-more = More
desk-candidate-title = { $name }
desk-candidate-gone = This person is no longer registered.
desk-record-outcome = Record an outcome
desk-ask-person = Whose outcome?
desk-ask-outcome = What did they start?
desk-ask-outcome-date = When did (or will) it start? Write a date, e.g. 1.3.2027.
desk-today = Today
desk-error-outcome-date = Choose a date within a year from today.
desk-outcome-saved = Saved.
desk-outcome-line = { $kind } from { $date }
outcome-internship = Internship (praktik)
outcome-igu = IGU (paid job with school)
outcome-job = Job
outcome-education = Education

desk-ask-description-lang = The description in which language? (Ticked: written.)
desk-field-reminders = Reminders
desk-ask-reminders = Reminders: how many hours before the start? Up to three numbers, e.g. 24, 2. Skip: no reminders.
desk-reminders-are = Reminders (hours before the start): { $hours }
desk-reminders-none = No reminders
desk-error-reminders =
    { $count ->
        [one] Write one number of hours from 1 to { $max }, e.g. 24.
       *[other] Write up to { $count } numbers of hours from 1 to { $max }, e.g. 24, 2.
    }
desk-ask-languages = Choose languages people speak (press again to remove), then Done.
desk-audience-languages-are = Languages: { $list }

# The coordinator's command menu on Telegram.
command-desk = Coordinator desk
command-new = New opportunity
command-opportunities = Opportunities: sign-ups, attendance, edit
command-broadcast = Write to many people
command-search = Find candidates
command-stats = Statistics

# An opportunity in a pick list.
desk-opportunity-choice = { $number } { $title }
desk-invite = Invite to an opportunity
desk-ask-invite = Invite to which opportunity? They get its announcement and can sign up.
desk-invite-none = No published opportunity is coming up.
desk-invited = Invited. The announcement goes to them, unless they asked for no more messages.
staff-invite-too-many = Too many wrong invitation codes came from this chat. Try again in an hour, or ask an admin for help.
staff-revoked = Your staff access in jobbro has ended. If this is a mistake, ask an admin for a new invitation code.
desk-admin-only = Only admins can do that.
desk-staff = Staff
desk-staff-title = Staff with access
desk-staff-line = { $who }: { $role }, { $channel }, last seen { $seen }
desk-staff-who = No. { $number }
desk-staff-who-note = No. { $number } ({ $note })
desk-staff-revoke-choice = Take access back: { $who }
desk-staff-invite = New code for a coordinator
desk-staff-invite-made = A new code follows in the next message.
desk-staff-revoke-confirm = Take back the access of { $who }? They can no longer use the desk, and whatever they had open is closed.
desk-staff-revoke-yes = Yes, take it back
desk-staff-revoke-no = No
desk-staff-revoked = Access taken back.
desk-staff-code = New one-time code ({ $role }): { $code }. Valid until { $until }. Give it to one person only; it works once.
command-staff = Staff and access
channel-name-console = terminal

# Handover of a profile to a municipality.
desk-handover = Hand over to a municipality
desk-ask-handover = Hand the profile to which municipality? The person is asked first, unless they agreed already.
desk-handover-asked = { $name } is asked whether { $municipality } may get the profile. You get the package when they agree.
desk-handover-done = { $name } agreed: here is the package for { $municipality } (CV and profile file).
desk-handover-declined = { $name } does not want the profile given to { $municipality }.
desk-handover-withdrawn = { $name } took back the consent for { $municipality }. No handover.
desk-handover-unreachable = { $name } cannot be asked now (no address, or they asked for no messages). No handover.
desk-handover-file = The profile for { $municipality } as a file (format jobbro-profile/1, with ISCO-08 codes and CEFR levels).
desk-candidate-cv = CV (PDF)
desk-candidate-cv-sent = The CV follows as a PDF. Give it only to whom the person agreed to.
