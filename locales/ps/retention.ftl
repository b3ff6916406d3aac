# Retention notices (service::retention): a profile unused for long, or a registration never
# finished, will be deleted. No buttons: any reply keeps the profile. Short, for SMS.

# REVIEW: "ړنګېږي" (will be deleted) as in delete-done; "هر ځواب" for "any reply".
retention-inactive = تاسو له ډېر وخت راهیسې په jobbro کې خپل پروفایل نه دی کارولی، نو په { $date } به ړنګ شي. د ساتلو لپاره یې تر هغې نېټې مخکې هر ځواب ولېږئ.
# REVIEW: "نوم لیکنه" for registration; "له هماغه ځایه چې پاتې شوي وئ" for "where you stopped".
retention-unfinished = تاسو په jobbro کې نوم لیکنه پیل کړه خو بشپړه مو نه کړه. هر پیغام ولېږئ چې له هماغه ځایه چې پاتې شوي وئ، دوام ورکړئ. که نه، ستاسو ځوابونه به په { $date } ړنګ شي.
