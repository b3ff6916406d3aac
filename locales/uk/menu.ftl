# The main menu after registration, and deleting data.

menu-ask = Що ви хочете зробити?
menu-profile = Мій профіль
menu-language = Мова
menu-privacy = Конфіденційність
menu-help = Допомога
menu-delete = Видалити мої дані

# Where messages jobbro starts itself go, for a person on Telegram and SMS.
menu-channel = Куди мені писати
channel-ask = Куди надсилати вам запрошення і нагадування?
channel-telegram = Telegram
channel-sms = SMS
# A past tense "where I wrote last" needs a gender in Ukrainian; this says "where my last message is".
# REVIEW: is "Де моє останнє повідомлення" clear as "the channel where I wrote last"?
channel-last = Де моє останнє повідомлення
channel-saved = Збережено. Ми писатимемо вам туди.

delete-confirm-ask = Видалити всі дані про вас? Цю дію не можна скасувати.
delete-yes = Так, видалити все
delete-no = Ні, залишити
delete-done = Усі дані про вас видалено. Якщо захочете почати знову, напишіть нам.
delete-kept = Добре, нічого не видалено.
delete-nothing-stored = Ми не зберігали жодних даних про вас.

# Descriptions in Telegram's command menu.
command-menu = Головне меню
command-profile = Переглянути і змінити відповіді
command-language = Змінити мову
command-privacy = Як ми використовуємо ваші дані
command-help = Допомога
command-delete = Видалити всі ваші дані
