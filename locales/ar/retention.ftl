# Retention notices (service::retention): a profile unused for long, or a registration never
# finished, will be deleted. No buttons: any reply keeps the profile. Short, for SMS.

# REVIEW: "لم تستخدم ملفك ... منذ مدة طويلة" — is this the plain way to say "not used for a long time"?
retention-inactive = لم تستخدم ملفك الشخصي في jobbro منذ مدة طويلة، لذلك سيُحذف في { $date }. للاحتفاظ به، أرسل أي رد قبل ذلك.
# REVIEW: "أكمل من حيث توقفت" for "go on where you stopped"; "ما كتبته" for what the person wrote.
retention-unfinished = بدأت التسجيل في jobbro ولم تُكمله. أرسل أي رسالة لتكمل من حيث توقفت. وإلا سيُحذف ما كتبته في { $date }.
