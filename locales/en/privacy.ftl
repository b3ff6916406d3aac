# "My data": consents per purpose, a copy of everything stored, the CV. Short lines: by SMS
# every character costs.

consent-yes-short = Yes
consent-no-short = No

cv-consent-ask =
    May we send your CV to { $company } for "{ $title }"? The CV shows your name, phone number, work, education and languages.
    You keep your place either way.
cv-consent-given = Thank you. { $company } may get your CV. You can take this back under "My data".
cv-consent-declined = OK. Your CV will not be sent to { $company }. You keep your place.

handover-consent-ask =
    A coordinator wants to give your profile to { $municipality }, so the job centre there knows your work and languages. It includes your CV, name and phone number.
    Do you agree?
handover-consent-given = Thank you. Your profile goes to { $municipality }. You can take this back under "My data".
handover-consent-declined = OK. Your profile will not be given to { $municipality }.

menu-mydata = My data
command-mydata = See and manage your data

mydata-title = My data
mydata-matching-off = Coordinators cannot find you or invite you now.
mydata-consent-matching = Coordinators may find you and invite you (since { $date }).
mydata-consent-cv = { $about } may get your CV (since { $date }).
mydata-consent-handover = { $about } may get your profile (since { $date }).
mydata-consent-matching-withdrawn = Coordinators may find you and invite you: taken back (given { $date }).
mydata-consent-cv-withdrawn = { $about } may get your CV: taken back (given { $date }).
mydata-consent-handover-withdrawn = { $about } may get your profile: taken back (given { $date }).
mydata-export = Send me all my data
mydata-cv = My CV
mydata-give-matching = Let coordinators find me again
mydata-stop-matching = Stop: coordinators may not find me
mydata-stop-cv = Stop: no CV to { $about }
mydata-stop-handover = Stop: no profile to { $about }
mydata-matching-given = Done. Coordinators can find you and invite you again.
mydata-matching-withdrawn = Done. Coordinators cannot find you now, and you get no invitations. Your profile is kept. You still get messages about your sign-ups.
mydata-cv-withdrawn = Done. Your CV will not be sent to them.
mydata-handover-withdrawn = Done. Your profile will not be given to them.
mydata-cv-by-sms = A coordinator can print your CV for you. Ask at your next meeting.
mydata-cv-sent = Here is your CV.

mydata-export-title = Everything we store about you
mydata-consents-title = What you agreed to:
mydata-signups-title = Your sign-ups:
mydata-signup = { $title }, { $start } ({ $status })
mydata-uses-title = Who used your data:
mydata-uses-none = Nobody yet.
mydata-use = { $date }: { $action }, { $by }
mydata-action-viewed_profile = profile seen
mydata-action-cv_downloaded = CV made
mydata-action-cv_sent = CV sent to a company
mydata-action-exported = data copied
mydata-action-handed_over = profile given to a municipality
mydata-action-retention_warned = warning before deletion
mydata-action-erased = deleted
mydata-by-staff = by a coordinator
mydata-by-admin = by the administrator
mydata-by-person = by you
mydata-by-retention = automatically
mydata-counts = { $consents } consents, { $signups } sign-ups, used { $uses } times.
mydata-sms-summary = We store your profile (see "My profile"), your consents, sign-ups and who used your data.
mydata-sms-rest = For a full copy, write /mydata on Telegram, or ask a coordinator.
