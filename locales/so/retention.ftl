# Retention notices (service::retention): a profile unused for long, or a registration never
# finished, will be deleted. No buttons: any reply keeps the profile. Short, for SMS.

# REVIEW: "xogtaada" for the profile, as in menu-profile; "jawaab kasta" for "any reply".
retention-inactive = Muddo dheer ma aadan isticmaalin xogtaada jobbro, sidaas darteed waa la tirtiri doonaa { $date }. Si aad u haysato, soo dir jawaab kasta ka hor taariikhdaas.
# REVIEW: "is-diiwaangelinta" for registration; "halkii aad ka joogsatay" for "where you stopped".
retention-unfinished = Waxaad bilowday is-diiwaangelinta jobbro laakiin ma dhammaystirin. Soo dir fariin kasta si aad uga sii wadato halkii aad ka joogsatay. Haddii kale, waxaad qortay waa la tirtiri doonaa { $date }.
