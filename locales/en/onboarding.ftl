# First contact: language, privacy and consent.
# Keep sentences short and words plain: many readers are new to English.

language-ask = Choose your language.
# The language's own name, shown on its button in every locale.
language-self-name = English
# The last line of the short SMS language menu (the first SMS lists only three languages):
# shown in each of those three, joined by language-more-pair.
language-more = More languages
language-more-pair = { $first } / { $rest }
language-changed = OK, I will write in English from now on.
profile-linked = We already have a profile with this phone number. This chat is now connected to that profile. Nothing is lost.
welcome-back = Welcome back! Let us continue where you stopped.

consent-ask =
    Before we start: jobbro helps you find company visits, internships and jobs in Denmark.
    
    If you say yes, you tell us about your work, education and languages. The coordinators of jobbro can see your answers. They use them only to invite you to company visits, internships and jobs.
    
    You can see, change or delete your data at any time.
    
    Do you agree?
consent-yes = Yes, I agree
consent-no = No
consent-more = Read more
consent-thanks = Thank you. We save each answer when you send it.
consent-refused = OK. We have not saved anything about you. If you want to start later, write to us again.

privacy-full =
    Privacy notice
    
    Who: the volunteer coordinators of jobbro.
    What we save: your name, phone number, where you live, birth year, education, work experience, languages, driving licences and what you are looking for.
    Why: to invite you to company visits, information meetings, internships, IGU and jobs that fit you. Nothing else.
    Who can see it: only the coordinators of jobbro. A company gets your CV only if you say yes when you sign up for its visit or job. A municipality gets your profile only if you say yes when asked. We never sell your data. We never use it for advertising.
    How long: until you delete it, or 18 months after you last wrote to us (we ask you first).
    Your rights: you can see and change your data under "My profile". Under "My data" (/mydata) you get a copy of everything, see who used it, and can take back each yes. You can delete everything with "Delete my data" or /delete. You can also complain to Datatilsynet, the Danish data protection authority.

help-text =
    jobbro helps you find company visits, internships and jobs.
    Press a button or write your answer.
    /back: go back one question.
    /skip: skip a question.
    /menu: the main menu.
    /profile: see and change your answers.
    /language: change the language.
    /privacy: how we use your data.
    /delete: delete everything about you.
# { $initials } is only the initials of the name in the other profile, e.g. "A. L.".
claim-phone-ask = This phone number is already in a profile for { $initials }. Is that you?
claim-phone-ask-unnamed = This phone number is already in another profile. Is it your profile?
claim-phone-yes = Yes, that is me
claim-phone-no = No, I am someone else
claim-phone-kept-apart = Then you get your own profile. The number stays with the other profile.
