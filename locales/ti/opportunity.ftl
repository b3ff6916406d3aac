# Opportunities as people read them: announcements, sign-ups, reminders and changes.
# Dates and times are Danish local time; { $start } and similar arguments are rendered from
# `when` below, so they always appear in the reader's language.
# Tigrinya: a coordinator's { $title } always comes first and is followed by a colon (or stands
# in brackets), so no word has to agree with it and no prefix (ን-, ብ-) is glued to it.
# Signing up for an opportunity is ምምዝጋብ (ተመዝገበ); filling in the profile is ፕሮፋይል ምምላእ.

# REVIEW: 24-hour Danish clock after ሰዓት ("ሰዓት 9:00"); make sure readers used to the local
# (6-hour shifted) way of counting hours do not misread it.
when = { $weekday } { $date }፣ ሰዓት { $time }
clock = { $hour }:{ $minute }
weekday-1 = ሰኑይ
weekday-2 = ሰሉስ
weekday-3 = ሮቡዕ
weekday-4 = ሓሙስ
weekday-5 = ዓርቢ
weekday-6 = ቀዳም
weekday-7 = ሰንበት

kind-company_visit = ምብጻሕ ትካል
kind-info_meeting = ኣኼባ ሓበሬታ
kind-internship = ልምምድ ስራሕ (praktik)
# IGU, the one explanation used everywhere: a paid job combined with school (integration
# education), which needs a residence permit (ፍቓድ መንበሪ). The button wish-igu has only the
# first part, for length.
kind-igu = IGU (ደሞዝ ዘለዎ ስራሕ ምስ ትምህርቲ፣ ፍቓድ መንበሪ የድሊ)
kind-job = ስራሕ

op-heading = { $kind }: { $title }
op-company = ትካል: { $company }
op-when = መዓስ: ካብ { $start } ክሳብ { $end }
op-place = ኣበይ: { $place }
op-meeting-point = መራኸቢ ቦታ: { $point }
op-transport = መጓዓዝያ: { $note }
op-capacity = ብዝሒ ቦታ: { $seats }
op-deadline = ክሳብ { $deadline } ተመዝገቡ።
op-description = { $text }
op-description-other-lang = ብቋንቋ { $language }: { $text }
op-number = ቁጽሪ { $number }

announce-intro = ሓድሽ ዕድል ንዓኹም ካብ jobbro:
announce-signup-hint = ክትመጹ እንተደሊኹም፣ «ኣመዝግቡኒ» ጠውቑ።
announce-signup-hint-sms = ንምምዝጋብ 1 ወይ እወ { $number } ስደዱ።
op-signup-button = ኣመዝግቡኒ
op-cancel-button = ክመጽእ ኣይክእልን

signup-confirmed = { $title } ({ $start }): ተመዝጊብኩም ኣለኹም። ቅድሚ ምጅማሩ ከነዘኻኽረኩም ኢና።
signup-waitlisted = { $title }: ምሉእ እዩ። ኣብ ዝርዝር ምጽባይ ቁጽሪ { $position } ኢኹም። ቦታ እንተተረኺቡ ክንጽሕፈልኩም ኢና።
signup-already-confirmed = { $title }: ድሮ ተመዝጊብኩም ኣለኹም።
signup-already-waitlisted = { $title }: ድሮ ኣብ ዝርዝር ምጽባይ ኣለኹም።
signup-closed = { $title }: ምምዝጋብ ተዓጽዩ እዩ።
signup-unknown = ብቑጽሪ { $number } ክፉት ዕድል የለን።
signup-finish-registration = በጃኹም መጀመርታ ፕሮፋይልኩም ምምላእ ወድኡ። ድሕሪኡ ክትምዝገቡ ትኽእሉ።
signup-cancelled = { $title }: ምዝገባኹም ተሰሪዙ። ስለ ዝሓበርኩምና የቐንየልና።
signup-not-signed-up = { $title }: ኣይተመዝገብኩምን ኔርኩም።
signup-promoted = ጽቡቕ ዜና: ቦታ ተረኺቡ። { $title } ({ $start }): ሕጂ ቦታ ኣለኩም።

# REVIEW: ምዝገባታት (plural of ምዝገባ) for "sign-ups"; natural?
my-signups-title = ምዝገባታትኩም
my-signups-none = ገና ኣብ ዋላ ሓደ ኣይተመዝገብኩምን። ዝሰማማዓኩም ነገር ምስ ዝህሉ ክንጽሕፈልኩም ኢና።
my-signups-item = { $number }: { $title }፣ { $start } ({ $status })
my-signups-cancel-hint = ንምስራዝ፣ ኣብ ታሕቲ ምረጽዎ።
my-signups-cancel-hint-sms = ንምስራዝ ኣይፋል ምስ ቁጽሪ ስደዱ፣ ንኣብነት ኣይፋል { $number }
signup-status-confirmed = ተመዝጊቡ
signup-status-waitlisted = ዝርዝር ምጽባይ
signup-status-cancelled = ተሰሪዙ

reminder-heading = መዘኻኸሪ: { $title }
reminder-body = ዝጅምረሉ ግዜ: { $start }።
reminder-cancel-hint = ክትመጹ እንተዘይክኢልኩም፣ «ክመጽእ ኣይክእልን» ጠውቑ። ሽዑ ካልእ ሰብ ቦትኹም ክወስድ ይኽእል።
reminder-cancel-hint-sms = ክትመጹ ኣይትኽእሉን? 1 ወይ ኣይፋል { $number } ስደዱ።

notice-cancelled = ተሰሪዙ: { $title } ({ $start }) ኣይክካየድን እዩ። ይቕረታ።
# The time moved: says "new time", never ሕጂ ("now"), so it cannot read as "it starts now".
notice-moved = ግዜ ተቐይሩ: { $title }። ሓድሽ ግዜ: { $start } (ናይ ቀደም: { $before })።
notice-changed = ተቐይሩ: { $title }። ሓድሽ ሓበሬታ እንሆ:

menu-signups = ምዝገባታተይ
command-signups = ምዝገባታትኩም
my-signups-cancel = { $number } ሰርዝ

# A coordinator's message to many people, and the note when it is not in the reader's language.
# REVIEW: added by the engineers after the first draft.
broadcast-body = { $text }
broadcast-in-other-language = (እዚ መልእኽቲ ብቋንቋ { $language } እዩ።)
