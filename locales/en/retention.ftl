# The notices of the retention rules (service::retention): a profile nobody used for a long
# time, or a registration never finished, will be deleted. They come unasked and have no
# buttons: any reply keeps the profile. Sent by SMS too, so short: under two SMS (306 GSM-7
# characters) with the longest date.

# A registered profile not used for 18 months; $date is the day it will be deleted.
retention-inactive = You have not used your jobbro profile for a long time, so it will be deleted on { $date }. To keep it, send any reply before then.
# A registration started (after consent) but never finished; $date is the day what the person
# wrote will be deleted.
retention-unfinished = You started to register with jobbro but did not finish. Send any message to go on where you stopped. If not, what you wrote will be deleted on { $date }.
