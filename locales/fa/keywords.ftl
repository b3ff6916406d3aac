# Words that work at any point of a conversation, whatever the question (comma-separated;
# case, accents and Arabic short vowels do not matter). Every language's words work for everyone,
# so none may be an ordinary answer: no "slut", "end", "info" or "cancel", which people also
# type to mean "done" or as an answer.
# Persian: no "لغو" (cancel), "تمام" (done), "بس" (enough, but also "bus" in Afghanistan).
# REVIEW: "توقف" is also in the Arabic list (same meaning, so no clash). Check that "ایست" and
# "قطع پیام" are what people would type to stop messages, and "شروع دوباره" to start again.
keyword-stop = توقف, ایست, قطع پیام, پیام نفرستید
keyword-start = شروع, شروع دوباره
keyword-help = کمک, راهنما, راهنمایی
keyword-language = زبان, تغییر زبان
keyword-stop-confirmed = دیگر از jobbro پیامی نمی‌گیرید. برای شروع دوباره، START یا شروع بفرستید.
keyword-start-confirmed = دوباره خوش آمدید. پیام‌های jobbro دوباره روشن شد.

# Answers to a yes/no question ("Do you agree?", "Is everything right?"); with a number after
# them, signing up for an opportunity or cancelling by SMS: "YES 12", "NO 12". The whole answer
# must be one of these, and every language's words work for everyone, so no word may be in both
# lists of any two languages.
# REVIEW: added باشه (OK), چشم (polite "will do"), موافقم (I agree), حتما (sure), نه ممنون and
# نه مرسی (no thanks): would a Persian or Dari speaker type these as a plain yes or no?
keyword-yes = بله, بلی, آره, آری, باشه, چشم, موافقم, حتما
keyword-no = نه, نخیر, خیر, نه ممنون, نه مرسی
# Numbers written as words, 0 to 20: the place in the list is the number, spellings of one
# number are separated by /. Units may stand before or after a number: "هشت سال".
# REVIEW: numbers 0-20 and the spoken forms پونزده, شونزده, هیفده, هیجده, هژده.
number-words = صفر, یک, دو, سه, چهار, پنج, شش, هفت, هشت, نه, ده, یازده, دوازده, سیزده, چهارده, پانزده/پونزده, شانزده/شونزده, هفده/هیفده, هجده/هیجده/هژده, نوزده, بیست
number-units = سال, ساله
