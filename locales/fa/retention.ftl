# Retention notices (service::retention): a profile unused for long, or a registration never
# finished, will be deleted. No buttons: any reply keeps the profile. Short, for SMS.

# REVIEW: "پاک می‌شود" (deleted) as in delete-done; "هر پاسخی" for "any reply" — clear to Dari and Farsi readers?
retention-inactive = مدت زیادی است که از پروفایل خود در jobbro استفاده نکرده‌اید، پس در تاریخ { $date } پاک می‌شود. برای نگه داشتن آن، تا آن تاریخ هر پاسخی بفرستید.
# REVIEW: "ثبت نام" for registration; "از همان جایی که ماندید" for "where you stopped".
retention-unfinished = ثبت نام خود را در jobbro شروع کردید ولی تمام نکردید. هر پیامی بفرستید تا از همان جایی که ماندید ادامه دهید. وگرنه، جواب‌هایتان در تاریخ { $date } پاک می‌شود.
