# The main menu after registration, and deleting data.

menu-ask = What do you want to do?
menu-profile = My profile
menu-language = Language
menu-privacy = Privacy
menu-help = Help
menu-delete = Delete my data

# Where messages jobbro starts itself go, for a person on Telegram and SMS.
menu-channel = Where I get messages
channel-ask = Where should we send invitations and reminders?
channel-telegram = Telegram
channel-sms = SMS
channel-last = Where I wrote last
channel-saved = Saved. We will write to you there.

delete-confirm-ask = Do you want to delete everything about you? You cannot get it back.
delete-yes = Yes, delete everything
delete-no = No, keep it
delete-done = Everything about you is deleted. Write to us again if you want to start again.
delete-kept = Good, nothing was deleted.
delete-nothing-stored = We have not saved anything about you.

# Descriptions in Telegram's command menu.
command-menu = Main menu
command-profile = See and change your answers
command-language = Change language
command-privacy = How we use your data
command-help = Help
command-delete = Delete all your data
