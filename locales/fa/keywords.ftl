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
