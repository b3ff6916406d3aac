# First contact: language, privacy and consent.
# Keep sentences short and words plain: many readers are new to English.
# Persian: one term per thing in all files: پروفایل (profile), هماهنگ‌کننده (coordinator),
# بازدید از شرکت (company visit), جلسه معلوماتی (information meeting), کارآموزی (internship),
# شغل (job), نام‌نویسی (signing up for something), کامل کردن پروفایل (registering).

language-ask = زبان خود را انتخاب کنید.
# The language's own name, shown on its button in every locale.
# One folder for Persian from Iran and Dari from Afghanistan, so both names are on the button.
language-self-name = فارسی / دری
# REVIEW: added by the engineers after the first draft.
language-more = زبان‌های دیگر
language-more-pair = { $first } / { $rest }
language-changed = خوب، از حالا به فارسی (دری) می‌نویسم.
profile-linked = این شماره تلفن از قبل نزد ما یک پروفایل دارد. برای همین این گفتگو حالا به آن وصل شد. چیزی از بین نرفت.
welcome-back = دوباره خوش آمدید! از همان جایی که ماندید، ادامه می‌دهیم.

# REVIEW: "پروژه" for project and "هماهنگ‌کننده" for coordinator; check both read well in Dari.
consent-ask =
    پیش از شروع: jobbro به شما کمک می‌کند تا در دانمارک بازدید از شرکت، کارآموزی و شغل پیدا کنید.
    
    اگر بله بگویید، درباره کار، تحصیلات و زبان‌های خود به ما می‌گویید. هماهنگ‌کننده‌های پروژه جواب‌های شما را می‌بینند. آن‌ها از جواب‌ها فقط برای دعوت شما به بازدید، کارآموزی و شغل استفاده می‌کنند.
    
    هر وقت بخواهید، می‌توانید اطلاعات خود را ببینید، تغییر دهید یا پاک کنید.
    
    آیا موافق هستید؟
consent-yes = بله، موافقم
consent-no = نه
consent-more = بیشتر بخوانید
consent-thanks = ممنون. هر جواب شما همان وقت ذخیره می‌شود.
consent-refused = خوب. ما هیچ اطلاعاتی از شما ذخیره نکردیم. اگر نظرتان عوض شد، دوباره به ما پیام بدهید.

# REVIEW: "داوطلب (رضاکار)": Iranian and Afghan words for volunteer, both given.
# REVIEW: the lines on the CV, the municipality, the 18 months and «اطلاعات من» were added by
# the engineers after the first draft; "رزومه (سی‌وی)" and "شهرداری (شاروالی)" as in privacy.ftl.
privacy-full =
    حریم خصوصی
    
    چه کسی: هماهنگ‌کننده‌های داوطلب (رضاکار) این پروژه jobbro.
    چه چیزی را ذخیره می‌کنیم: نام، شماره تلفن، محل زندگی، سال تولد، تحصیلات، سابقه کار، زبان‌ها، گواهینامه‌ها و مدارک شما، و چیزی که دنبال آن هستید.
    چرا: برای دعوت شما به بازدید از شرکت، جلسه معلوماتی، کارآموزی و شغلی که مناسب شماست. برای هیچ کار دیگری استفاده نمی‌شود.
    چه کسی آن را می‌بیند: فقط هماهنگ‌کننده‌های پروژه. یک شرکت رزومه (سی‌وی) شما را فقط وقتی می‌گیرد که هنگام نام‌نویسی برای بازدید یا شغل آن شرکت «بله» بگویید. شهرداری (شاروالی) پروفایل شما را فقط وقتی می‌گیرد که از شما بپرسیم و «بله» بگویید. ما اطلاعات شما را هرگز نمی‌فروشیم و برای تبلیغات استفاده نمی‌کنیم.
    تا کی: تا وقتی که شما آن را پاک کنید، یا تا 18 ماه بعد از آخرین پیام شما به ما (پیش از آن از شما می‌پرسیم).
    حق شما: در «پروفایل من» می‌توانید اطلاعات خود را ببینید و تغییر دهید. در «اطلاعات من» (/mydata) یک کپی از همه چیز می‌گیرید، می‌بینید چه کسی از آن استفاده کرده است، و می‌توانید هر «بله» را پس بگیرید. با «پاک کردن اطلاعات من» یا /delete می‌توانید همه چیز را پاک کنید. می‌توانید به Datatilsynet هم شکایت کنید. Datatilsynet اداره حفاظت از اطلاعات در دانمارک است.

help-text =
    jobbro به شما کمک می‌کند تا بازدید از شرکت، کارآموزی و شغل پیدا کنید.
    به سؤال‌ها با دکمه‌ها یا با نوشتن جواب دهید.
    /back یک سؤال به عقب می‌رود. /skip از سؤالی که نمی‌خواهید جواب دهید رد می‌شود.
    /menu منوی اصلی را نشان می‌دهد. /profile جواب‌های شما را نشان می‌دهد. /language زبان را تغییر می‌دهد. /privacy می‌گوید ما چطور از اطلاعات شما استفاده می‌کنیم. /delete همه اطلاعات شما را پاک می‌کند.
# { $initials } are the initials of the other profile's name, e.g. "A. M.".
claim-phone-ask = این شماره تلفن مال پروفایلی با نام { $initials } است. آیا این شما هستید؟
claim-phone-ask-unnamed = این شماره تلفن مال یک پروفایل دیگر است. آیا آن پروفایل شماست؟
claim-phone-yes = بله، این من هستم
claim-phone-no = نه، من کس دیگری هستم
claim-phone-kept-apart = پس شما پروفایل جداگانه خود را می‌گیرید. این شماره با آن پروفایل دیگر می‌ماند.
