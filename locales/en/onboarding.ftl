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
profile-linked = This phone number already has a profile with us, so this chat is now connected to it. Nothing was lost.
welcome-back = Welcome back! Let us continue where you stopped.

consent-ask =
    Before we start: jobbro helps you find company visits, internships and jobs in Denmark.
    
    If you say yes, you tell us about your work, education and languages. The project's coordinators can see your answers. They use them only to invite you to visits, internships and jobs.
    
    You can see, change or delete your data at any time.
    
    Do you agree?
consent-yes = Yes, I agree
consent-no = No
consent-more = Read more
consent-thanks = Thank you. Your answers are saved as you go.
consent-refused = OK. We have not saved anything about you. If you change your mind, just write to us again.

privacy-full =
    Privacy notice
    
    Who: the volunteer coordinators of this jobbro project.
    What we save: your name, phone number, where you live, birth year, education, work experience, languages, licences and what you are looking for.
    Why: to invite you to company visits, information meetings, internships and jobs that fit you. Nothing else.
    Who can see it: only the project's coordinators. We never sell your data or use it for advertising.
    How long: until you delete it.
    Your rights: you can see and change your data under "My profile", and delete everything with "Delete my data" or /delete. You can also complain to Datatilsynet, the Danish data protection authority.

help-text =
    jobbro helps you find company visits, internships and jobs.
    Answer the questions with the buttons or by writing.
    /back goes one question back, /skip skips a question you do not want to answer.
    /menu shows the main menu, /profile your answers, /language changes the language, /privacy tells how we use your data, /delete removes everything about you.
claim-phone-ask = This phone number belongs to a profile with the name { $initials }. Is that you?
claim-phone-ask-unnamed = This phone number already belongs to another profile. Is it yours?
claim-phone-yes = Yes, that is me
claim-phone-no = No, I am someone else
claim-phone-kept-apart = Then you get your own profile. The number stays with the other profile.
