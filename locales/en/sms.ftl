# Short SMS variants (`<id>-sms`) of texts that are long on Telegram: every 160 characters
# (70 in Arabic) is another paid SMS segment. Same meaning, fewer words. Keep Danish and
# English within GSM-7: no curly quotes, dashes or emoji.

consent-ask-sms = jobbro helps you find company visits, internships and jobs in Denmark. If you agree, the coordinators of jobbro see your answers. They use them only to invite you. You can see, change or delete your data at any time. Do you agree?
consent-thanks-sms = Thank you.
name-ask-sms = What is your name?
name-latin-ask-sms = Your name in Latin letters (A-Z), as on your papers in Denmark?
place-ask-sms = Where do you live?
education-level-ask-sms = Highest education?
occupation-not-listed-sms = Other job
occupation-years-ask-sms = { $occupation }: how many years? (0 if under one)
language-other-sms = Other
language-others-ask-sms = Other languages? Choose one, or Done.
level-none-sms = Not at all
level-a1-sms = A1 a few words
level-a2-sms = A2 simple talk
level-b1-sms = B1 enough for work
level-b2-sms = B2 easily
level-c1-sms = C1 very well
level-c2-sms = C2 fluent
licences-ask-sms = Driving licence or certificate? Choose all you have.
licence-b-sms = B car
licence-be-sms = BE car+trailer
licence-c-sms = C truck
licence-ce-sms = CE truck+trailer
licence-d-sms = D bus
licence-forklift-sms = Forklift
certificates-ask-sms = Other certificates or courses? Write them, or Skip.
wishes-ask-sms = What are you looking for? Choose all that fit.
available-ask-sms = When can you start? Choose, or write a date (1.3.2027).
registration-done-sms = Thank you! Your profile is saved. We will write to you when something fits.
summary-name-latin-sms = Latin: { $name }
summary-phone-sms = Tel: { $phone }
summary-place-sms = Place: { $place }
summary-available-sms = Start: { $date }
privacy-full-sms = Privacy: the coordinators of jobbro keep your answers (name, phone, place, education, work, languages, licences, wishes) only to invite you to company visits, internships and jobs. Never sold. A company or municipality gets them only if you say yes. Kept until you write /delete, or 18 months after your last message. /mydata shows all. Complaints: Datatilsynet.
help-text-sms = Reply with the number of your choice. Write /back to go back, /skip to skip, /menu for the menu, /delete to delete your data. STOP stops all messages.
