# Labels of the lists kept in the database: sectors (label-sector-<code>) and occupations
# (label-occupation-<id>, the stable id of table occupations). Shown on buttons and in numbered
# SMS menus: keep them short (at most about 28 characters). jobbro copies them into the tables
# sector_labels and occupation_labels at start-up, for other tools to read.
# Occupations are given in the masculine form, as is usual for job names in Pashto.
# REVIEW: the whole file needs a native check of the everyday job names used in Afghanistan
# (e.g. ډرېور vs چلوونکی for driver, برق کار vs برېښنا کار for electrician).

label-sector-engineering = انجنیري
label-sector-it = IT، مخابرات او ډیزاین
label-sector-health = روغتیا
label-sector-building = ساختمان او ودانۍ
label-sector-manufacturing = صنعت او میخانیک
label-sector-agriculture = کرنه، کب نیول او خواړه
label-sector-transport = ترانسپورت او ګدام
label-sector-hospitality = هوټلونه او رستورانتونه
label-sector-teaching = ښوونه او د ماشومانو پالنه
label-sector-office = دفتر، مالي چارې او حقوق
label-sector-sales = پلور او دوکانونه
label-sector-cleaning = صفایي او د ودانیو ساتنه
label-sector-care = پالنه او ټولنیز کار
label-sector-services = لاسي کارونه او خدمتونه

# engineering
label-occupation-101 = ساختماني انجنیر
label-occupation-102 = میخانیکي انجنیر
label-occupation-103 = برېښنا انجنیر
label-occupation-104 = الکترونیک انجنیر
label-occupation-105 = کیمیا انجنیر
label-occupation-106 = معمار (آرکیټیکټ)
label-occupation-107 = صنعتي انجنیر
label-occupation-108 = سروېر (نقشه بردار)
label-occupation-109 = تخنیکي نقشه کش

# it
label-occupation-201 = پروګرامر
label-occupation-202 = د ویب پاڼو جوړوونکی
label-occupation-203 = ګرافیک ډیزاینر
label-occupation-204 = د سیسټمونو مدیر
label-occupation-205 = د ډیټابېس مدیر
label-occupation-206 = د شبکې انجنیر
label-occupation-207 = د شبکې تخنیکر
label-occupation-208 = د IT ملاتړ تخنیکر
label-occupation-209 = د مخابراتو انجنیر

# health
label-occupation-301 = ډاکټر
label-occupation-302 = متخصص ډاکټر
label-occupation-303 = نرس
label-occupation-304 = قابله
label-occupation-305 = د غاښونو ډاکټر
label-occupation-306 = فارمسیست
label-occupation-307 = فزیوتراپیست
label-occupation-308 = د طبي لابراتوار تخنیکر
label-occupation-309 = د غاښونو ډاکټر مرستیال

# building
label-occupation-401 = ترکاڼ
label-occupation-402 = ګلکار (خښته کار)
label-occupation-403 = برېښنا کار (برق کار)
label-occupation-404 = نلدوان
label-occupation-405 = رنګمال
label-occupation-406 = کاشي او فرش کار
label-occupation-407 = د کانکریټو کارګر
label-occupation-408 = د ساختمان کارګر
label-occupation-409 = د کیندنې ماشین چلوونکی

# manufacturing
label-occupation-501 = جوشکار
label-occupation-502 = پښ / فلزکار
label-occupation-503 = خراط / CNC چلوونکی
label-occupation-504 = د ماشین چلوونکی
label-occupation-505 = د فابریکې کارګر
label-occupation-506 = د موټرو میخانیک
# REVIEW: "باډي ساز" for car body repairer.
label-occupation-507 = د موټرو باډي ساز
label-occupation-508 = صنعتي میخانیک
label-occupation-509 = د فرنیچر ترکاڼ

# agriculture
label-occupation-601 = بزګر
label-occupation-602 = مالدار
label-occupation-603 = د کروندې کارګر
label-occupation-604 = د څارویو د فارم کارګر
label-occupation-605 = باغوان
label-occupation-606 = د څارویو ډاکټر
label-occupation-607 = کب نیونکی
label-occupation-608 = قصاب
label-occupation-609 = د مسلخ کارګر

# transport
label-occupation-701 = د بس ډرېور
label-occupation-702 = د لارۍ ډرېور
label-occupation-703 = د ټکسي ډرېور
label-occupation-704 = د وین / سودا رسولو ډرېور
label-occupation-705 = د فورک لفټ ډرېور
label-occupation-706 = د ګدام کارګر
label-occupation-707 = پارسل رسوونکی
label-occupation-708 = د کرین چلوونکی
label-occupation-709 = د اورګاډي ډرېور

# hospitality
label-occupation-801 = آشپز
label-occupation-802 = سر آشپز (شیف)
label-occupation-803 = د آشپزخانې مرستیال
label-occupation-804 = د فاسټ فوډ کارګر
label-occupation-805 = پیشخدمت (ګارسون)
label-occupation-806 = نانوای
label-occupation-807 = قناد (کېک او شیریني)
label-occupation-808 = د هوټل ریسپشنیست
label-occupation-809 = د رستورانت مدیر

# teaching
label-occupation-901 = د لومړني ښوونځي ښوونکی
label-occupation-902 = د لیسې ښوونکی
label-occupation-903 = مسلکي ښوونکی
label-occupation-904 = د پوهنتون استاد
label-occupation-905 = د ژبې ښوونکی
label-occupation-906 = د وړکتون ښوونکی
label-occupation-907 = د وړکتون مرستیال
label-occupation-908 = په کور کې د ماشومانو ساتونکی
label-occupation-909 = د ښوونکي مرستیال

# office
label-occupation-1001 = محاسب
label-occupation-1002 = حساب ساتونکی
label-occupation-1003 = د دفتر کارکوونکی
label-occupation-1004 = منشي
label-occupation-1005 = ریسپشنیست
label-occupation-1006 = وکیل
label-occupation-1007 = ژباړونکی / ترجمان
label-occupation-1008 = بانکوال / مالي سلاکار
label-occupation-1009 = اقتصاد پوه

# sales
label-occupation-1101 = په دوکان کې پلورونکی
label-occupation-1102 = کاشیر / صندوقدار
label-occupation-1103 = د الماریو ډکوونکی
label-occupation-1104 = د پېرودونکو خدمت
label-occupation-1105 = د پلور استازی
label-occupation-1106 = په تلیفون پلورونکی
label-occupation-1107 = دوکاندار

# cleaning
label-occupation-1201 = صفاکار
label-occupation-1202 = د هوټل د خونو صفاکار
label-occupation-1203 = د کورونو صفاکار
label-occupation-1204 = د ودانۍ ساتونکی
label-occupation-1205 = د کړکیو صفاکار
label-occupation-1206 = د موټرو مینځونکی
label-occupation-1207 = د کثافاتو راټولوونکی
label-occupation-1208 = د جامو مینځلو کارګر

# care
# REVIEW: SOSU-hjælper (1301) and SOSU-assistent (1302) are two Danish care jobs; check that
# "مرستیال" (helper) and "همکار" (assistant) keep them apart.
label-occupation-1301 = د پالنې مرستیال (SOSU)
label-occupation-1302 = د پالنې همکار (SOSU)
label-occupation-1303 = په کور کې پالونکی
label-occupation-1304 = د معلولینو مرستیال
label-occupation-1305 = ټولنیز کارکوونکی
label-occupation-1306 = ارواپوه

# services
label-occupation-1401 = د وېښتو آرایشګر
label-occupation-1402 = سلماني
label-occupation-1403 = د ښکلا آرایشګر
label-occupation-1404 = خیاط
label-occupation-1405 = د ګنډلو ماشین کارګر
label-occupation-1406 = موچي
label-occupation-1407 = زرګر
label-occupation-1408 = عکاس
label-occupation-1409 = امنیتي ساتونکی
