# Retention notices (service::retention): a profile unused for long, or a registration never
# finished, will be deleted. No buttons: any reply keeps the profile. Short, for SMS.

# REVIEW: "ክድምሰስ እዩ" (will be deleted) as in delete-done; "ዝኾነ መልሲ" for "any reply".
retention-inactive = ንነዊሕ እዋን ፕሮፋይልኩም ኣብ jobbro ኣይተጠቐምኩምሉን፣ ስለዚ ብዕለት { $date } ክድምሰስ እዩ። ክትዕቅቡዎ እንተደሊኹም፣ ቅድሚኡ ዝኾነ መልሲ ስደዱ።
# REVIEW: "ምዝገባ" for registration; "ካብቲ ዘቋረጽኩምዎ ቦታ" for "where you stopped".
retention-unfinished = ኣብ jobbro ምዝገባ ጀሚርኩም ኣይወዳእኩምን። ካብቲ ዘቋረጽኩምዎ ቦታ ክትቕጽሉ ዝኾነ መልእኽቲ ስደዱ። እንተዘይኮይኑ፣ ዝጸሓፍኩምዎ ብዕለት { $date } ክድምሰስ እዩ።
