# Labels of the lists kept in the database: sectors (label-sector-<code>) and occupations
# (label-occupation-<id>, the stable id of table occupations). Shown on buttons and in numbered
# SMS menus: keep them short (at most about 28 characters). jobbro copies them into the tables
# sector_labels and occupation_labels at start-up, for other tools to read.
# Persian: where Afghan (Dari) and Iranian words differ a lot, both are given, with "/" or in
# brackets: "ماشین/موتر", "پرستار (نرس)".
# REVIEW (whole file): occupation names were chosen to be understood in both countries; a native
# reviewer from each country should check the pairs and the words marked below.

# REVIEW: Afghans say "انجنیر/انجنیری"; "مهندس" is used in the engineer labels below.
label-sector-engineering = مهندسی / انجنیری
label-sector-it = آی‌تی، مخابرات و طراحی
# REVIEW: "صحت" (Afghanistan) with "درمان" (both).
label-sector-health = صحت و درمان
label-sector-building = ساختمان‌سازی
label-sector-manufacturing = صنعت و مکانیک
label-sector-agriculture = کشاورزی، ماهیگیری، غذا
label-sector-transport = حمل و نقل و انبار
label-sector-hospitality = هتل و رستوران
label-sector-teaching = تدریس و مراقبت از کودک
label-sector-office = دفتر، مالی و حقوقی
label-sector-sales = فروش و فروشگاه
label-sector-cleaning = نظافت و سرایداری
label-sector-care = مراقبت و کار اجتماعی
label-sector-services = حرفه‌های دستی و خدمات

# engineering
label-occupation-101 = مهندس عمران / ساختمان
label-occupation-102 = مهندس مکانیک
label-occupation-103 = مهندس برق
label-occupation-104 = مهندس الکترونیک
label-occupation-105 = مهندس شیمی (کیمیا)
label-occupation-106 = معمار
label-occupation-107 = مهندس صنایع
label-occupation-108 = نقشه‌بردار (سروی)
label-occupation-109 = نقشه‌کش فنی

# it
label-occupation-201 = برنامه‌نویس نرم‌افزار
label-occupation-202 = برنامه‌نویس وب
label-occupation-203 = طراح گرافیک
label-occupation-204 = مدیر سیستم
label-occupation-205 = مدیر دیتابیس
label-occupation-206 = مهندس شبکه
label-occupation-207 = تکنیسین شبکه
label-occupation-208 = پشتیبانی فنی آی‌تی
label-occupation-209 = مهندس مخابرات

# health
label-occupation-301 = پزشک (داکتر)
label-occupation-302 = پزشک متخصص (داکتر)
label-occupation-303 = پرستار (نرس)
label-occupation-304 = ماما (قابله)
label-occupation-305 = دندانپزشک (داکتر دندان)
label-occupation-306 = داروساز (فارمسست)
label-occupation-307 = فیزیوتراپیست
label-occupation-308 = تکنیسین لابراتوار طبی
label-occupation-309 = دستیار دندانپزشک

# building
label-occupation-401 = نجار
label-occupation-402 = بنا (گلکار)
label-occupation-403 = برقکار
label-occupation-404 = لوله‌کش (نل‌دوان)
label-occupation-405 = نقاش ساختمان (رنگمال)
label-occupation-406 = کاشی‌کار / کف‌ساز
label-occupation-407 = کارگر بتن (کانکریت)
label-occupation-408 = کارگر ساختمانی
label-occupation-409 = راننده بیل مکانیکی

# manufacturing
label-occupation-501 = جوشکار (ویلدر)
label-occupation-502 = آهنگر / فلزکار
label-occupation-503 = تراشکار / اپراتور CNC
label-occupation-504 = اپراتور ماشین‌آلات
label-occupation-505 = کارگر کارخانه (فابریکه)
label-occupation-506 = مکانیک ماشین/موتر
# REVIEW: "صافکار" (car body repairer) is Iranian; check the Afghan word.
label-occupation-507 = صافکار ماشین/موتر
label-occupation-508 = مکانیک صنعتی
label-occupation-509 = نجار مبل و کابینت

# agriculture
label-occupation-601 = کشاورز (دهقان)
label-occupation-602 = دامدار (مالدار)
label-occupation-603 = کارگر مزرعه
label-occupation-604 = کارگر دامداری
label-occupation-605 = باغبان
label-occupation-606 = دامپزشک (داکتر حیوانات)
label-occupation-607 = ماهیگیر
label-occupation-608 = قصاب
label-occupation-609 = کارگر کشتارگاه (مسلخ)

# transport
label-occupation-701 = راننده اتوبوس/بس
label-occupation-702 = راننده کامیون/لاری
label-occupation-703 = راننده تاکسی
label-occupation-704 = راننده ون (تحویل بار)
label-occupation-705 = راننده لیفتراک
label-occupation-706 = کارگر انبار (گدام)
label-occupation-707 = پیک (کوریر)
label-occupation-708 = راننده جرثقیل (کرین)
label-occupation-709 = راننده قطار

# hospitality
label-occupation-801 = آشپز
label-occupation-802 = سرآشپز
label-occupation-803 = کمک آشپز
label-occupation-804 = کارگر فست‌فود
label-occupation-805 = پیشخدمت (گارسون)
label-occupation-806 = نانوا
label-occupation-807 = شیرینی‌پز
label-occupation-808 = پذیرش هتل
label-occupation-809 = مدیر رستوران

# teaching
label-occupation-901 = معلم ابتدایی
label-occupation-902 = معلم لیسه / دبیرستان
label-occupation-903 = معلم فنی و حرفه‌ای
label-occupation-904 = استاد دانشگاه
label-occupation-905 = معلم زبان
label-occupation-906 = مربی کودکستان
label-occupation-907 = کمک‌مربی کودکستان
label-occupation-908 = مراقب کودک
label-occupation-909 = دستیار معلم

# office
label-occupation-1001 = حسابدار
label-occupation-1002 = دفتردار
label-occupation-1003 = کارمند دفتری
label-occupation-1004 = منشی
label-occupation-1005 = مسئول پذیرش
label-occupation-1006 = وکیل
label-occupation-1007 = مترجم
label-occupation-1008 = مشاور بانکی / مالی
label-occupation-1009 = اقتصاددان

# sales
label-occupation-1101 = فروشنده
label-occupation-1102 = صندوقدار (کاشیر)
label-occupation-1103 = چیدن کالا در قفسه
label-occupation-1104 = کارمند خدمات مشتری
label-occupation-1105 = نماینده فروش
label-occupation-1106 = فروش تلفنی
label-occupation-1107 = مغازه‌دار / دکاندار

# cleaning
label-occupation-1201 = نظافتچی (صفاکار)
label-occupation-1202 = نظافت اتاق هتل
label-occupation-1203 = نظافت خانه
label-occupation-1204 = سرایدار
label-occupation-1205 = نظافت پنجره
label-occupation-1206 = شستن ماشین/موتر
label-occupation-1207 = جمع‌آوری زباله
label-occupation-1208 = کارگر لباسشویی

# care
# SOSU: the Danish social and health care education (care of old people); kept as a name.
# REVIEW: the difference between SOSU-hjælper (1301) and SOSU-assistent (1302).
label-occupation-1301 = کمک مراقب (SOSU)
label-occupation-1302 = دستیار مراقبت (SOSU)
label-occupation-1303 = مراقبت در خانه
label-occupation-1304 = مراقب افراد معلول
# REVIEW: "مددکار اجتماعی" (Iran); Afghans may say "کارکن اجتماعی".
label-occupation-1305 = مددکار اجتماعی
label-occupation-1306 = روانشناس

# services
label-occupation-1401 = آرایشگر مو
label-occupation-1402 = سلمانی
label-occupation-1403 = متخصص زیبایی
label-occupation-1404 = خیاط
label-occupation-1405 = کارگر خیاطی
label-occupation-1406 = کفاش / موچی
label-occupation-1407 = زرگر / جواهرساز
label-occupation-1408 = عکاس
label-occupation-1409 = نگهبان
