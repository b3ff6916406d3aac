# The main menu after registration, and deleting data.

menu-ask = እንታይ ክትገብሩ ትደልዩ?
menu-profile = ፕሮፋይለይ
menu-language = ቋንቋ
# REVIEW: ብሕትውና for "privacy" on a button: is it understood at A2 level?
menu-privacy = ብሕትውና
menu-help = ሓገዝ
menu-delete = ሓበሬታይ ደምስስ

# Where messages jobbro starts itself go, for a person on Telegram and SMS.
menu-channel = መልእኽቲ ኣበይ ይበጽሓኒ
# REVIEW: verb form ክንሰደልኩም ("shall we send to you"); check it.
channel-ask = ዕድመን መዘኻኸርን ናበይ ክንሰደልኩም?
channel-telegram = Telegram
channel-sms = SMS
channel-last = ኣብቲ ናይ መወዳእታ ዝጸሓፍኩሉ
channel-saved = ተዓቂቡ። ኣብኡ ክንጽሕፈልኩም ኢና።

delete-confirm-ask = ብዛዕባኹም ዘሎ ኩሉ ሓበሬታ ክድምሰስ ትደልዩ ዶ? ድሕሪኡ ክምለስ ኣይክእልን እዩ።
delete-yes = እወ፣ ኩሉ ደምስስ
delete-no = ኣይፋል፣ ዕቀቦ
delete-done = ብዛዕባኹም ዘሎ ኩሉ ሓበሬታ ተደምሲሱ። ደጊምኩም ክትጅምሩ እንተደሊኹም፣ ጽሓፉልና።
delete-kept = ጽቡቕ፣ ዋላ ሓንቲ ኣይተደምሰሰን።
delete-nothing-stored = ብዛዕባኹም ዋላ ሓንቲ ኣይዓቀብናን።

# Descriptions in Telegram's command menu.
# REVIEW: ቀንዲ መምረጺ for "main menu" (ዝርዝር would clash with "list"/"waitlist"); or is ሜኑ better?
command-menu = ቀንዲ መምረጺ
command-profile = መልስታትኩም ርኣዩን ቀይሩን
command-language = ቋንቋ ቀይሩ
command-privacy = ሓበሬታኹም ከመይ ንጥቀመሉ
command-help = ሓገዝ
command-delete = ኩሉ ሓበሬታኹም ደምስሱ
