# The registration questions, in the order they are asked. A label (an occupation, a language)
# stands first, before a colon, never inside a sentence: "Cook: how many years ...".

name-ask = What is your name? Write it as you normally write it.
name-latin-ask = How do you write your name in Latin letters (A-Z)? Write it as on your papers in Denmark. (Example: Mohammad Al-Ahmad)
name-latin-same = The same: { $name }

phone-ask = What is your phone number? (Example: 20 12 34 56)
phone-ask-telegram = What is your phone number? Press the button below to share it, or write it. (Example: 20 12 34 56)
phone-share-button = Share my phone number
phone-saved = Saved: { $phone }

place-ask = Where do you live now?
place-other = Somewhere else
place-other-ask = Write the town or the asylum centre where you live.

birth-year-ask = In which year were you born? (Example: 1990)

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
education-year-ask = In which year did you finish? (Example: 2012)

occupation-sector-ask = What work have you done? Choose an area.
occupation-sector-ask-more = Choose the area of the job you want to add.
occupation-pick-ask = Choose your job.
occupation-not-listed = My job is not in the list
occupation-none = I have not worked yet
occupation-own-words-ask = Write your job in your own words.
occupation-years-ask = { $occupation }: how many years have you worked in this job? Write a number. (Write 0 if it is less than one year.)
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
language-others-ask = Do you speak other languages? Choose a language, or choose Done.
language-remove = Remove a language
language-remove-ask = Which language do you want to remove?
language-level-ask = { $language }: how well do you speak it?

level-none = Not at all
level-a1 = A few words (A1)
level-a2 = Simple everyday talk (A2)
level-b1 = I can talk at work and in shops (B1)
level-b2 = I talk easily about most things (B2)
level-c1 = Very well, also at work (C1)
level-c2 = Like my own language (C2)
level-native = Mother tongue

licences-ask = Do you have a driving licence or a certificate? Choose all that you have. Then choose Done.
licence-b = Car (B)
licence-be = Car with trailer (BE)
licence-c = Truck (C)
licence-ce = Truck with trailer (CE)
licence-d = Bus (D)
licence-forklift = Forklift certificate
licence-none = None
certificates-ask = Do you have other certificates or courses? Write them, or choose Skip. (Example: welding certificate, first aid)

# The one explanation of IGU (integrationsgrunduddannelse), the same in every text that explains it.
wishes-ask =
    What are you looking for? Choose all that fit. Then choose Done.
    IGU is a paid job combined with school (integration basic education). You need a residence permit for IGU.
wish-company-visit = Company visits
wish-internship = Internship (praktik)
wish-job = Job
wish-igu = IGU (paid job with school)
wish-education = Education

available-ask = When can you start? Choose, or write a date. (Example: 1.3.2027)
available-now = Now
available-1m = In one month
available-3m = In three months

registration-done = Thank you! Your profile is saved. The coordinators of jobbro will write to you when something fits you.
