# Short SMS variants (`<id>-sms`) of texts that are long on Telegram: every 160 characters
# (70 in Arabic) is another paid SMS segment. Same meaning, fewer words. Keep Danish and
# English within GSM-7: no curly quotes, dashes or emoji.

consent-ask-sms = يساعدك jobbro في إيجاد زيارات شركات وتدريب عملي ووظائف في الدنمارك. إذا وافقت، يرى منسقو jobbro إجاباتك ويستخدمونها فقط لدعوتك. يمكنك رؤية بياناتك أو تغييرها أو حذفها دائمًا. هل توافق؟
consent-thanks-sms = شكرًا.
name-ask-sms = ما اسمك؟
name-latin-ask-sms = اسمك بالأحرف اللاتينية (A-Z) كما في أوراقك في الدنمارك؟
place-ask-sms = أين تسكن؟
education-level-ask-sms = أعلى تعليم لديك؟
occupation-not-listed-sms = عمل آخر
occupation-years-ask-sms = { $occupation }: كم سنة في هذه المهنة؟ (0 إذا أقل من سنة)
language-other-sms = أخرى
language-others-ask-sms = لغات أخرى؟ اختر لغة، أو «تم».
level-none-sms = لا أتكلمها
level-a1-sms = بضع كلمات A1
level-a2-sms = حديث بسيط A2
level-b1-sms = تكفي للعمل B1
level-b2-sms = بسهولة B2
level-c1-sms = جيد جدًا C1
level-c2-sms = بطلاقة C2
licences-ask-sms = رخصة قيادة أو شهادة؟ اختر كل ما لديك.
licence-b-sms = سيارة B
licence-be-sms = سيارة ومقطورة BE
licence-c-sms = شاحنة C
licence-ce-sms = شاحنة ومقطورة CE
licence-d-sms = حافلة D
licence-forklift-sms = رافعة شوكية
certificates-ask-sms = شهادات أو دورات أخرى؟ اكتبها، أو «تخطي».
wishes-ask-sms = عمّ تبحث؟ اختر كل ما يناسبك.
available-ask-sms = متى يمكنك البدء؟ اختر، أو اكتب تاريخًا (1.3.2027).
registration-done-sms = شكرًا! تم حفظ ملفك الشخصي. سنكتب لك عندما يناسبك شيء.
summary-name-latin-sms = باللاتينية: { $name }
summary-phone-sms = هاتف: { $phone }
summary-place-sms = السكن: { $place }
summary-available-sms = البدء: { $date }
privacy-full-sms = الخصوصية: يحفظ منسقو jobbro إجاباتك فقط لدعوتك إلى زيارات شركات وتدريب عملي ووظائف. لا نبيعها أبدًا. لا تحصل عليها شركة أو بلدية إلا إذا قلت نعم. تبقى حتى تكتب /delete، أو 18 شهرًا بعد آخر رسالة منك. /mydata يعرض كل شيء. للشكوى: Datatilsynet.
help-text-sms = أجب برقم اختيارك. اكتب /back للرجوع، /skip للتخطي، /menu للقائمة، /delete لحذف بياناتك. «توقف» يوقف كل الرسائل.
