# The registration questions, in the order they are asked.

name-ask = What is your name? Write it as you normally write it.
name-latin-ask = How is your name written in Latin letters, as in your passport or papers? (Example: Mohammad Al-Ahmad)
name-latin-same = The same: { $name }

phone-ask = What is your phone number? (Example: 20 12 34 56)
phone-ask-telegram = What is your phone number? Press the button below to share it, or write it. (Example: 20 12 34 56)
phone-share-button = Share my phone number
phone-saved = Saved: { $phone }

place-ask = Where do you live now?
place-other = Somewhere else
place-other-ask = Write the town or the asylum centre where you live.

birth-year-ask = Which year were you born? (Example: 1990)

education-level-ask = What is your highest education?
education-none = No school
education-primary = Primary school
education-secondary = Secondary school / high school
education-vocational = Vocational training
education-bachelor = Bachelor / university
education-master = Master
education-doctorate = PhD / doctorate
education-field-ask = What did you study? (Example: civil engineering, nursing, accounting)
education-country-ask = In which country did you study?
education-year-ask = Which year did you finish? (Example: 2012)

occupation-sector-ask = What work have you done? Choose an area.
occupation-sector-ask-more = Choose the area of your next job.
occupation-pick-ask = Choose your job.
occupation-not-listed = My job is not in the list
occupation-none = I have not worked yet
occupation-own-words-ask = Write your job in your own words.
occupation-years-ask = How many years have you worked as { $occupation }? Write a number. (0 if less than one year)
occupation-more-ask = Have you done other work?
occupation-add = Add another job
occupation-remove = Remove a job
occupation-remove-ask = Which job do you want to remove?
occupation-principal-ask = Which job do you want most?

language-danish-ask = How well do you speak Danish?
language-english-ask = How well do you speak English?
language-mother-ask = What is your mother tongue?
language-other = Another language
language-own-words-ask = Write the name of the language.
language-others-ask = Do you speak other languages? Choose one, or Done.
language-remove = Remove a language
language-remove-ask = Which language do you want to remove?
language-level-ask = How well do you speak { $language }?

level-none = Not at all
level-a1 = A few words (A1)
level-a2 = Simple everyday talk (A2)
level-b1 = I manage at work and in shops (B1)
level-b2 = I talk easily about most things (B2)
level-c1 = Very well, also at work (C1)
level-c2 = Like my own language (C2)
level-native = Mother tongue

licences-ask = Do you have a driving licence or certificate? Choose all you have, then Done.
licence-b = Car (B)
licence-be = Car with trailer (BE)
licence-c = Truck (C)
licence-ce = Truck with trailer (CE)
licence-d = Bus (D)
licence-forklift = Forklift certificate
licence-none = None
certificates-ask = Do you have other certificates or courses? Write them, or Skip. (Example: welding certificate, first aid)

wishes-ask = What are you looking for? Choose all that fit, then Done.
wish-company-visit = Company visits
wish-internship = Internship (praktik)
wish-job = Job
wish-igu = IGU (paid training with school)
wish-education = Education

available-ask = From when can you start? Choose, or write a date. (Example: 1.3.2027)
available-now = Now
available-1m = In one month
available-3m = In three months

registration-done = Thank you! Your profile is saved. The coordinators will contact you when something fits you.
