# Words that work at any point of a conversation, whatever the question (comma-separated;
# case, accents and Arabic short vowels do not matter). Every language's words work for everyone,
# so none may be an ordinary answer: no "slut", "end", "info" or "cancel", which people also
# type to mean "done" or as an answer.
# Tigrinya: ደው በል = "stop!" (singular, plural, and "make it stop"). ኣቋርጽ is left out on purpose:
# people may type it to cancel a sign-up. ጀምር = "start!", ሓገዝ = "help", ቋንቋ = "language".
# REVIEW: are these the words a Tigrinya speaker would type? Is ደው ኣብሉ natural for "stop (the messages)"?
keyword-stop = ደው በል, ደው በሉ, ደው ኣብሉ, ደው ኣብል
keyword-start = ጀምር, ጀምሩ, ጀምሪ
keyword-help = ሓገዝ, ሓግዙኒ, ሓግዘኒ
keyword-language = ቋንቋ
keyword-stop-confirmed = ካብ jobbro ተወሳኺ መልእኽቲ ኣይክመጸኩምን እዩ። ደጊምኩም ክትጅምሩ እንተደሊኹም፣ START ወይ ጀምር ስደዱ።
keyword-start-confirmed = እንቋዕ ብደሓን ተመለስኩም። መልእኽቲ jobbro ደጊሙ ክመጸኩም እዩ።
