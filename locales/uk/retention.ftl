# Retention notices (service::retention): a profile unused for long, or a registration never
# finished, will be deleted. No buttons: any reply keeps the profile. Short, for SMS.

# REVIEW: "буде видалено { $date }" with the date in the genitive ("15 січня 2027"): natural?
retention-inactive = Ви давно не користувалися своїм профілем у jobbro, тому його буде видалено { $date }. Щоб зберегти профіль, надішліть будь-яку відповідь до цієї дати.
# REVIEW: "продовжити з того місця, де зупинилися" for "go on where you stopped".
retention-unfinished = Ви почали реєстрацію в jobbro, але не завершили її. Надішліть будь-яке повідомлення, щоб продовжити з того місця, де зупинилися. Інакше ваші відповіді буде видалено { $date }.
