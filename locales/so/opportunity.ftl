# Opportunities as people read them: announcements, sign-ups, reminders and changes.
# Dates and times are Danish local time; { $start } and similar arguments are rendered from
# `when` below, so they always appear in the reader's language.
# Somali: a coordinator-written { $title } always stands after a colon (or in a list), never
# inside a sentence where a verb would have to agree with it (wuxuu/waxay).
# Signing up = the name is written down: "I qor" (sign me up), "magacaaga waa la qoray",
# noun "magac-qoris" (sign-up).

# REVIEW: Somali traditional time counts hours from 6 in the morning; here the time is given
# in digits, 24-hour, Danish time ("saacadda 14:05"). Is this clear enough?
when = { $weekday } { $date }, saacadda { $time }
clock = { $hour }:{ $minute }
weekday-1 = Isniin
weekday-2 = Talaado
weekday-3 = Arbaco
weekday-4 = Khamiis
weekday-5 = Jimco
weekday-6 = Sabti
weekday-7 = Axad

# REVIEW: "booqasho shirkadeed" (company visit), "kulan macluumaad" (information meeting).
kind-company_visit = Booqasho shirkadeed
kind-info_meeting = Kulan macluumaad
kind-internship = Tababar shaqo (praktik)
kind-job = Shaqo
# IGU: a paid job combined with school (integration education). Same text as wish-igu.
kind-igu = IGU (shaqo mushaar + dugsi)

op-heading = { $kind }: { $title }
op-company = Shirkadda: { $company }
op-when = Goorma: { $start } ilaa { $end }
op-place = Goobta: { $place }
op-meeting-point = Meesha la isugu imaanayo: { $point }
op-transport = Gaadiidka: { $note }
# "Places: 12 people". Somali keeps "qof" singular after a number.
op-capacity = Boos: { $seats ->
    [one] { $seats } qof
   *[other] { $seats } qof
  }
op-deadline = Magac-qorista ugu dambeysa: { $deadline }.
op-description = { $text }
# "Written in Arabic: ..."; the language name stands just before the colon.
op-description-other-lang = Ku qoran { $language }: { $text }
op-number = Lambar { $number }

announce-intro = Wax cusub oo kuu ah, oo ka yimid mashruuca shaqada:
announce-signup-hint = Riix "I qor" haddii aad rabto inaad timaado.
announce-signup-hint-sms = Si lagu qoro, ku jawaab 1 ama HAA { $number }.
# REVIEW: "I qor" (write me down) for "Sign me up".
op-signup-button = I qor
op-cancel-button = Ma imaan karo

signup-confirmed = Magacaaga waa la qoray: { $title } ({ $start }). Waan ku xusuusin doonnaa ka hor bilowga.
signup-waitlisted = Boos ma jiro: { $title }. Waxaad tahay lambarka { $position } ee liiska sugitaanka. Haddii boos banaan yimaado, fariin ayaan kuu soo diri doonnaa.
signup-already-confirmed = Magacaaga horay ayaa loo qoray: { $title }.
signup-already-waitlisted = Horay ayaad ugu jirtaa liiska sugitaanka: { $title }.
# REVIEW: "magac-qoris" (writing the name down) as the noun for a sign-up.
signup-closed = Magac-qoristu way xiran tahay: { $title }.
signup-unknown = Ma jirto fursad furan oo leh lambarka { $number }.
signup-finish-registration = Fadlan marka hore dhammee diiwaangelinta. Kadib ayaa magacaaga la qori karaa.
signup-cancelled = Magacaaga waa laga saaray: { $title }. Mahadsanid inaad noo sheegtay.
signup-not-signed-up = Magacaagu kuma qornayn: { $title }.
signup-promoted = War wanaagsan: boos ayaa banaanaaday. Hadda boos ayaad ku leedahay: { $title } ({ $start }).

my-signups-title = Waxa lagu qoray
my-signups-none = Weli waxba laguma qorin. Marka wax kugu habboon la helo, fariin ayaan kuu soo diri doonnaa.
my-signups-item = { $number }: { $title }, { $start } ({ $status })
my-signups-cancel-hint = Si magacaaga looga saaro, hoos ka dooro.
my-signups-cancel-hint-sms = Si magacaaga looga saaro, ku jawaab MAYA iyo lambarka, sida MAYA { $number }.
signup-status-confirmed = la qoray
signup-status-waitlisted = liiska sugitaanka
signup-status-cancelled = laga saaray

reminder-heading = Xusuusin: { $title }
reminder-body = Bilowga: { $start }.
reminder-cancel-hint = Haddii aadan imaan karin, riix "Ma imaan karo" si qof kale u helo booskaaga.
reminder-cancel-hint-sms = Ma imaan kartid? Ku jawaab 1 ama MAYA { $number }.

notice-cancelled = La joojiyay: { $title } ({ $start }). Ma dhici doono. Waan ka xunnahay.
# Says the new time explicitly, so it never reads as "it starts now".
notice-moved = Waqti cusub: { $title }. Bilowga cusub: { $start } (waqtigii hore: { $before }).
notice-changed = Isbeddel: { $title }. Waa kuwan faahfaahinta cusub:

menu-signups = Waxa la igu qoray
command-signups = Waxa lagu qoray
# REVIEW: "Iga saar 12" (take me off 12) for "Cancel 12".
my-signups-cancel = Iga saar { $number }

# A coordinator's message to many people, and the note when it is not in the reader's language.
# REVIEW: added by the engineers after the first draft.
broadcast-body = { $text }
broadcast-in-other-language = (Fariintan waxay ku qoran tahay { $language }.)
