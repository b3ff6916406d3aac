# تسميات القطاعات والمهن (انظر locales/en/labels.ftl).

label-sector-engineering = الهندسة
label-sector-it = تكنولوجيا المعلومات والتصميم
label-sector-health = الصحة والطب
label-sector-building = البناء والتشييد
label-sector-manufacturing = الصناعة والميكانيك
label-sector-agriculture = الزراعة والصيد والأغذية
label-sector-transport = النقل والمستودعات
label-sector-hospitality = الفنادق والمطاعم
label-sector-teaching = التعليم ورعاية الأطفال
label-sector-office = الإدارة والمالية والقانون
label-sector-sales = المبيعات والمتاجر
label-sector-cleaning = التنظيف وخدمة المباني
label-sector-care = الرعاية والعمل الاجتماعي
label-sector-services = الحرف والخدمات

# engineering
label-occupation-101 = مهندس مدني
label-occupation-102 = مهندس ميكانيكي
label-occupation-103 = مهندس كهربائي
label-occupation-104 = مهندس إلكترونيات
label-occupation-105 = مهندس كيميائي
label-occupation-106 = مهندس معماري
label-occupation-107 = مهندس صناعي
label-occupation-108 = مهندس مساحة
label-occupation-109 = رسام هندسي

# it
label-occupation-201 = مبرمج / مطور برمجيات
label-occupation-202 = مطور مواقع إنترنت
label-occupation-203 = مصمم جرافيك
label-occupation-204 = مسؤول أنظمة
label-occupation-205 = مسؤول قواعد بيانات
label-occupation-206 = مهندس شبكات
label-occupation-207 = فني شبكات
label-occupation-208 = فني دعم تقني
label-occupation-209 = مهندس اتصالات

# health
label-occupation-301 = طبيب
label-occupation-302 = طبيب أخصائي
label-occupation-303 = ممرض/ممرضة
label-occupation-304 = قابلة قانونية
label-occupation-305 = طبيب أسنان
label-occupation-306 = صيدلاني
label-occupation-307 = معالج فيزيائي
label-occupation-308 = فني مختبر طبي
label-occupation-309 = مساعد طبيب أسنان

# building
label-occupation-401 = نجار
label-occupation-402 = بنّاء
label-occupation-403 = كهربائي
label-occupation-404 = سباك
label-occupation-405 = دهّان
label-occupation-406 = مبلط
label-occupation-407 = عامل خرسانة
label-occupation-408 = عامل بناء
label-occupation-409 = سائق حفارة

# manufacturing
label-occupation-501 = لحّام معادن
label-occupation-502 = حدّاد
label-occupation-503 = خراط (CNC)
label-occupation-504 = مشغل آلات
label-occupation-505 = عامل مصنع
label-occupation-506 = ميكانيكي سيارات
label-occupation-507 = سمكري سيارات
label-occupation-508 = ميكانيكي آلات صناعية
label-occupation-509 = نجار أثاث

# agriculture
label-occupation-601 = مزارع
label-occupation-602 = مربي مواشي
label-occupation-603 = عامل زراعي
label-occupation-604 = عامل في مزرعة مواشي
label-occupation-605 = بستاني
label-occupation-606 = طبيب بيطري
label-occupation-607 = صياد سمك
label-occupation-608 = جزار
label-occupation-609 = عامل في مسلخ

# transport
label-occupation-701 = سائق حافلة
label-occupation-702 = سائق شاحنة
label-occupation-703 = سائق تاكسي
label-occupation-704 = سائق سيارة توصيل
label-occupation-705 = سائق رافعة شوكية
label-occupation-706 = عامل مستودع
label-occupation-707 = عامل توصيل طرود
label-occupation-708 = مشغل رافعة (كرين)
label-occupation-709 = سائق قطار

# hospitality
label-occupation-801 = طباخ
label-occupation-802 = رئيس طهاة (شيف)
label-occupation-803 = مساعد مطبخ
label-occupation-804 = عامل وجبات سريعة
label-occupation-805 = نادل
label-occupation-806 = خباز
label-occupation-807 = حلواني
label-occupation-808 = موظف استقبال فندق
label-occupation-809 = مدير مطعم

# teaching
label-occupation-901 = معلم مدرسة ابتدائية
label-occupation-902 = مدرس مرحلة ثانوية
label-occupation-903 = مدرس مهني
label-occupation-904 = أستاذ جامعي
label-occupation-905 = مدرس لغات
label-occupation-906 = معلم روضة أطفال
label-occupation-907 = مساعد في روضة أطفال
label-occupation-908 = رعاية أطفال في المنزل
label-occupation-909 = مساعد معلم

# office
label-occupation-1001 = محاسب
label-occupation-1002 = ماسك دفاتر
label-occupation-1003 = موظف مكتبي
label-occupation-1004 = سكرتير
label-occupation-1005 = موظف استقبال
label-occupation-1006 = محامٍ
label-occupation-1007 = مترجم
label-occupation-1008 = موظف بنك / مستشار مالي
label-occupation-1009 = خبير اقتصادي

# sales
label-occupation-1101 = بائع في متجر
label-occupation-1102 = كاشير / أمين صندوق
label-occupation-1103 = عامل ترتيب رفوف
label-occupation-1104 = موظف خدمة عملاء
label-occupation-1105 = مندوب مبيعات
label-occupation-1106 = موظف مبيعات هاتفية
label-occupation-1107 = صاحب متجر

# cleaning
label-occupation-1201 = عامل نظافة
label-occupation-1202 = عامل تنظيف غرف فندقية
label-occupation-1203 = عامل تنظيف منازل
label-occupation-1204 = ناطور بناية
label-occupation-1205 = منظف نوافذ
label-occupation-1206 = عامل غسيل سيارات
label-occupation-1207 = عامل جمع النفايات
label-occupation-1208 = عامل مغسلة

# care
label-occupation-1301 = مساعد رعاية صحية
label-occupation-1302 = مساعد تمريض
label-occupation-1303 = مساعد رعاية منزلية
label-occupation-1304 = مرافق لذوي الإعاقة
label-occupation-1305 = أخصائي اجتماعي
label-occupation-1306 = أخصائي نفسي

# services
label-occupation-1401 = مصفف شعر
label-occupation-1402 = حلاق رجالي
label-occupation-1403 = أخصائي تجميل
label-occupation-1404 = خياط
label-occupation-1405 = عامل على آلة خياطة
label-occupation-1406 = إسكافي
label-occupation-1407 = صائغ
label-occupation-1408 = مصور
label-occupation-1409 = حارس أمن
