# The CV, a PDF for employers. Only in the languages employers in Denmark read (Danish and
# English): other folders have no cv.ftl. Sections in the order Danish employers know.

cv-document-title = CV: { $name }
cv-phone = Phone { $phone }
cv-lives-in = Lives in { $place }
cv-born = Born { $year }

cv-looking-for = Looking for
cv-available-from = Can start on { $date }

cv-experience = Work experience
cv-principal = Main occupation
cv-isco = ISCO-08 { $code }
cv-years =
    { $years ->
        [one] 1 year
       *[other] { $years } years
    }
# Shown under anything the person wrote themselves, with the language they wrote it in.
cv-own-words = Own words · { $language }

cv-education = Education
cv-education-finished = Finished { $year }

cv-languages = Languages
cv-level-a1 = Beginner (A1)
cv-level-a2 = Elementary (A2)
cv-level-b1 = Intermediate (B1)
cv-level-b2 = Upper intermediate (B2)
cv-level-c1 = Advanced (C1)
cv-level-c2 = Proficient (C2)
cv-level-native = Mother tongue

cv-licences = Driving licences and certificates
cv-certificates = Certificates

cv-source = The person's own answers, registered with jobbro.

# The CVs of everyone signed up for an opportunity, for the company hosting it.
cv-cover-title = CVs: { $kind } at { $company }
cv-cover-when = { $title }, { $date }
cv-cover-count =
    { $count ->
        [one] One participant
       *[other] { $count } participants
    }
