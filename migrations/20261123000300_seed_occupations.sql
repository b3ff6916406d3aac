-- Seed: sectors and occupations offered when a user registers competences.
--
-- Each occupation carries its ISCO-08 unit group (4 digits) and short labels
-- in Arabic, English and Danish. Labels are shown on Telegram buttons and in
-- numbered SMS menus, so keep them short (English at most ~28 characters).
--
-- Occupation ids are STABLE: they are sent in Telegram callback data and are
-- stored against users' registered competences. Never change the meaning of
-- an existing id and never reuse an id, not even after deleting a row; add new
-- occupations with fresh ids at the end of the sector block instead.
-- Ids are grouped per sector: sector at position N uses N*100+1, N*100+2, ...
-- (engineering 101.., it 201.., ..., services 1401..).
--
-- Several Danish occupations share one ISCO-08 unit group (e.g. 5141 hairdresser
-- and barber); the id, not the ISCO code, identifies an occupation.

INSERT INTO sectors (code, position, label_ar, label_en, label_da) VALUES
    ('engineering',   1,  'الهندسة',                      'Engineering',               'Ingeniør og teknik'),
    ('it',            2,  'تكنولوجيا المعلومات والتصميم', 'IT, telecom and design',    'IT, tele og design'),
    ('health',        3,  'الصحة والطب',                  'Health',                    'Sundhed'),
    ('building',      4,  'البناء والتشييد',              'Building and construction', 'Byggeri og anlæg'),
    ('manufacturing', 5,  'الصناعة والميكانيك',           'Industry and mechanics',    'Industri og mekanik'),
    ('agriculture',   6,  'الزراعة والصيد والأغذية',      'Farming, fishing and food', 'Landbrug, fiskeri, fødevarer'),
    ('transport',     7,  'النقل والمستودعات',            'Transport and warehouse',   'Transport og lager'),
    ('hospitality',   8,  'الفنادق والمطاعم',             'Hotels and restaurants',    'Hotel og restaurant'),
    ('teaching',      9,  'التعليم ورعاية الأطفال',       'Teaching and childcare',    'Undervisning og pædagogik'),
    ('office',        10, 'الإدارة والمالية والقانون',    'Office, finance and law',   'Kontor, økonomi og jura'),
    ('sales',         11, 'المبيعات والمتاجر',            'Sales and shops',           'Salg og butik'),
    ('cleaning',      12, 'التنظيف وخدمة المباني',        'Cleaning and caretaking',   'Rengøring og ejendomsservice'),
    ('care',          13, 'الرعاية والعمل الاجتماعي',     'Care and social work',      'Pleje og socialt arbejde'),
    ('services',      14, 'الحرف والخدمات',               'Crafts and services',       'Håndværk og service');

INSERT INTO occupations (id, isco_code, sector_code, position, label_ar, label_en, label_da) VALUES
    -- engineering
    (101,  '2142', 'engineering',   1, 'مهندس مدني',             'Civil engineer',            'Bygningsingeniør'),
    (102,  '2144', 'engineering',   2, 'مهندس ميكانيكي',         'Mechanical engineer',       'Maskiningeniør'),
    (103,  '2151', 'engineering',   3, 'مهندس كهربائي',          'Electrical engineer',       'Elektroingeniør'),
    (104,  '2152', 'engineering',   4, 'مهندس إلكترونيات',       'Electronics engineer',      'Elektronikingeniør'),
    (105,  '2145', 'engineering',   5, 'مهندس كيميائي',          'Chemical engineer',         'Kemiingeniør'),
    (106,  '2161', 'engineering',   6, 'مهندس معماري',           'Architect',                 'Arkitekt'),
    (107,  '2141', 'engineering',   7, 'مهندس صناعي',            'Industrial engineer',       'Produktionsingeniør'),
    (108,  '2165', 'engineering',   8, 'مهندس مساحة',            'Surveyor',                  'Landinspektør'),
    (109,  '3118', 'engineering',   9, 'رسام هندسي',             'Technical draughtsperson',  'Teknisk tegner'),
    -- it
    (201,  '2512', 'it',            1, 'مبرمج / مطور برمجيات',   'Software developer',        'Softwareudvikler'),
    (202,  '2513', 'it',            2, 'مطور مواقع إنترنت',      'Web developer',             'Webudvikler'),
    (203,  '2166', 'it',            3, 'مصمم جرافيك',            'Graphic designer',          'Grafisk designer'),
    (204,  '2522', 'it',            4, 'مسؤول أنظمة',            'Systems administrator',     'Systemadministrator'),
    (205,  '2521', 'it',            5, 'مسؤول قواعد بيانات',     'Database administrator',    'Databaseadministrator'),
    (206,  '2523', 'it',            6, 'مهندس شبكات',            'Network engineer',          'Netværksingeniør'),
    (207,  '3513', 'it',            7, 'فني شبكات',              'Network technician',        'Netværkstekniker'),
    (208,  '3512', 'it',            8, 'فني دعم تقني',           'IT support technician',     'IT-supporter'),
    (209,  '2153', 'it',            9, 'مهندس اتصالات',          'Telecom engineer',          'Teleingeniør'),
    -- health
    (301,  '2211', 'health',        1, 'طبيب',                   'Medical doctor',            'Læge'),
    (302,  '2212', 'health',        2, 'طبيب أخصائي',            'Specialist doctor',         'Speciallæge'),
    (303,  '2221', 'health',        3, 'ممرض/ممرضة',             'Nurse',                     'Sygeplejerske'),
    (304,  '2222', 'health',        4, 'قابلة قانونية',          'Midwife',                   'Jordemoder'),
    (305,  '2261', 'health',        5, 'طبيب أسنان',             'Dentist',                   'Tandlæge'),
    (306,  '2262', 'health',        6, 'صيدلاني',                'Pharmacist',                'Farmaceut'),
    (307,  '2264', 'health',        7, 'معالج فيزيائي',          'Physiotherapist',           'Fysioterapeut'),
    (308,  '3212', 'health',        8, 'فني مختبر طبي',          'Medical lab technician',    'Bioanalytiker'),
    (309,  '3251', 'health',        9, 'مساعد طبيب أسنان',       'Dental assistant',          'Tandklinikassistent'),
    -- building
    (401,  '7115', 'building',      1, 'نجار',                   'Carpenter',                 'Tømrer'),
    (402,  '7112', 'building',      2, 'بنّاء',                  'Bricklayer',                'Murer'),
    (403,  '7411', 'building',      3, 'كهربائي',                'Electrician',               'Elektriker'),
    (404,  '7126', 'building',      4, 'سباك',                   'Plumber',                   'VVS-montør'),
    (405,  '7131', 'building',      5, 'دهّان',                  'Painter',                   'Maler'),
    (406,  '7122', 'building',      6, 'مبلط',                   'Tiler / floor layer',       'Fliselægger / gulvlægger'),
    (407,  '7114', 'building',      7, 'عامل خرسانة',            'Concrete worker',           'Betonarbejder'),
    (408,  '9313', 'building',      8, 'عامل بناء',              'Construction worker',       'Bygningsarbejder'),
    (409,  '8342', 'building',      9, 'سائق حفارة',             'Excavator operator',        'Gravemaskinefører'),
    -- manufacturing
    (501,  '7212', 'manufacturing', 1, 'لحّام معادن',            'Welder',                    'Svejser'),
    (502,  '7214', 'manufacturing', 2, 'حدّاد',                  'Metalworker / smith',       'Smed'),
    (503,  '7223', 'manufacturing', 3, 'خراط (CNC)',             'Turner / CNC operator',     'Drejer / CNC-operatør'),
    (504,  '8189', 'manufacturing', 4, 'مشغل آلات',              'Machine operator',          'Maskinoperatør'),
    (505,  '9329', 'manufacturing', 5, 'عامل مصنع',              'Factory worker',            'Produktionsmedarbejder'),
    (506,  '7231', 'manufacturing', 6, 'ميكانيكي سيارات',        'Car mechanic',              'Automekaniker'),
    (507,  '7213', 'manufacturing', 7, 'سمكري سيارات',           'Car body repairer',         'Autoopretter'),
    (508,  '7233', 'manufacturing', 8, 'ميكانيكي آلات صناعية',   'Industrial mechanic',       'Industrimekaniker'),
    (509,  '7522', 'manufacturing', 9, 'نجار أثاث',              'Cabinet-maker',             'Snedker'),
    -- agriculture
    (601,  '6111', 'agriculture',   1, 'مزارع',                  'Crop farmer',               'Landmand (planteavl)'),
    (602,  '6121', 'agriculture',   2, 'مربي مواشي',             'Livestock farmer',          'Landmand (husdyr)'),
    (603,  '9211', 'agriculture',   3, 'عامل زراعي',             'Farm worker',               'Landbrugsmedhjælper'),
    (604,  '9212', 'agriculture',   4, 'عامل في مزرعة مواشي',    'Livestock farm worker',     'Staldmedhjælper'),
    (605,  '6113', 'agriculture',   5, 'بستاني',                 'Gardener',                  'Gartner'),
    (606,  '2250', 'agriculture',   6, 'طبيب بيطري',             'Veterinarian',              'Dyrlæge'),
    (607,  '6222', 'agriculture',   7, 'صياد سمك',               'Fisher',                    'Fisker'),
    (608,  '7511', 'agriculture',   8, 'جزار',                   'Butcher',                   'Slagter'),
    (609,  '7511', 'agriculture',   9, 'عامل في مسلخ',           'Slaughterhouse worker',     'Slagteriarbejder'),
    -- transport
    (701,  '8331', 'transport',     1, 'سائق حافلة',             'Bus driver',                'Buschauffør'),
    (702,  '8332', 'transport',     2, 'سائق شاحنة',             'Truck driver',              'Lastbilchauffør'),
    (703,  '8322', 'transport',     3, 'سائق تاكسي',             'Taxi driver',               'Taxichauffør'),
    (704,  '8322', 'transport',     4, 'سائق سيارة توصيل',       'Van / delivery driver',     'Varebilschauffør'),
    (705,  '8344', 'transport',     5, 'سائق رافعة شوكية',       'Forklift driver',           'Truckfører'),
    (706,  '9333', 'transport',     6, 'عامل مستودع',            'Warehouse worker',          'Lagerarbejder'),
    (707,  '9621', 'transport',     7, 'عامل توصيل طرود',        'Courier',                   'Bud / kurér'),
    (708,  '8343', 'transport',     8, 'مشغل رافعة (كرين)',      'Crane operator',            'Kranfører'),
    (709,  '8311', 'transport',     9, 'سائق قطار',              'Train driver',              'Lokomotivfører'),
    -- hospitality
    (801,  '5120', 'hospitality',   1, 'طباخ',                   'Cook',                      'Kok'),
    (802,  '3434', 'hospitality',   2, 'رئيس طهاة (شيف)',        'Chef',                      'Køkkenchef'),
    (803,  '9412', 'hospitality',   3, 'مساعد مطبخ',             'Kitchen helper',            'Køkkenmedhjælper'),
    (804,  '9411', 'hospitality',   4, 'عامل وجبات سريعة',       'Fast food worker',          'Fastfood-medarbejder'),
    (805,  '5131', 'hospitality',   5, 'نادل',                   'Waiter',                    'Tjener'),
    (806,  '7512', 'hospitality',   6, 'خباز',                   'Baker',                     'Bager'),
    (807,  '7512', 'hospitality',   7, 'حلواني',                 'Pastry cook',               'Konditor'),
    (808,  '4224', 'hospitality',   8, 'موظف استقبال فندق',      'Hotel receptionist',        'Hotelreceptionist'),
    (809,  '1412', 'hospitality',   9, 'مدير مطعم',              'Restaurant manager',        'Restaurantchef'),
    -- teaching
    (901,  '2341', 'teaching',      1, 'معلم مدرسة ابتدائية',    'Primary school teacher',    'Folkeskolelærer'),
    (902,  '2330', 'teaching',      2, 'مدرس مرحلة ثانوية',      'Secondary school teacher',  'Gymnasielærer'),
    (903,  '2320', 'teaching',      3, 'مدرس مهني',              'Vocational teacher',        'Erhvervsskolelærer'),
    (904,  '2310', 'teaching',      4, 'أستاذ جامعي',            'University lecturer',       'Universitetsunderviser'),
    (905,  '2353', 'teaching',      5, 'مدرس لغات',              'Language teacher',          'Sproglærer'),
    (906,  '2342', 'teaching',      6, 'معلم روضة أطفال',        'Kindergarten teacher',      'Pædagog'),
    (907,  '5311', 'teaching',      7, 'مساعد في روضة أطفال',    'Childcare assistant',       'Pædagogmedhjælper'),
    (908,  '5311', 'teaching',      8, 'رعاية أطفال في المنزل',  'Childminder',               'Dagplejer'),
    (909,  '5312', 'teaching',      9, 'مساعد معلم',             'Teaching assistant',        'Undervisningsassistent'),
    -- office
    (1001, '2411', 'office',        1, 'محاسب',                  'Accountant',                'Revisor'),
    (1002, '3313', 'office',        2, 'ماسك دفاتر',             'Bookkeeper',                'Bogholder'),
    (1003, '4110', 'office',        3, 'موظف مكتبي',             'Office clerk',              'Kontorassistent'),
    (1004, '4120', 'office',        4, 'سكرتير',                 'Secretary',                 'Sekretær'),
    (1005, '4226', 'office',        5, 'موظف استقبال',           'Receptionist',              'Receptionist'),
    (1006, '2611', 'office',        6, 'محامٍ',                  'Lawyer',                    'Jurist / advokat'),
    (1007, '2643', 'office',        7, 'مترجم',                  'Interpreter / translator',  'Tolk / oversætter'),
    (1008, '2412', 'office',        8, 'موظف بنك / مستشار مالي', 'Bank / financial adviser',  'Bankrådgiver'),
    (1009, '2631', 'office',        9, 'خبير اقتصادي',           'Economist',                 'Økonom'),
    -- sales
    (1101, '5223', 'sales',         1, 'بائع في متجر',           'Shop assistant',            'Butiksassistent'),
    (1102, '5230', 'sales',         2, 'كاشير / أمين صندوق',     'Cashier',                   'Kassemedarbejder'),
    (1103, '9334', 'sales',         3, 'عامل ترتيب رفوف',        'Shelf filler',              'Varepåfylder'),
    (1104, '4222', 'sales',         4, 'موظف خدمة عملاء',        'Customer service agent',    'Kundeservicemedarbejder'),
    (1105, '3322', 'sales',         5, 'مندوب مبيعات',           'Sales representative',      'Salgskonsulent'),
    (1106, '5244', 'sales',         6, 'موظف مبيعات هاتفية',     'Telesales agent',           'Telefonsælger'),
    (1107, '5221', 'sales',         7, 'صاحب متجر',              'Shopkeeper',                'Købmand'),
    -- cleaning
    (1201, '9112', 'cleaning',      1, 'عامل نظافة',             'Cleaner',                   'Rengøringsassistent'),
    (1202, '9112', 'cleaning',      2, 'عامل تنظيف غرف فندقية',  'Hotel room cleaner',        'Rengøringsassistent, hotel'),
    (1203, '9111', 'cleaning',      3, 'عامل تنظيف منازل',       'Domestic cleaner',          'Hushjælp'),
    (1204, '5153', 'cleaning',      4, 'ناطور بناية',            'Caretaker / janitor',       'Vicevært'),
    (1205, '9123', 'cleaning',      5, 'منظف نوافذ',             'Window cleaner',            'Vinduespudser'),
    (1206, '9122', 'cleaning',      6, 'عامل غسيل سيارات',       'Car cleaner',               'Bilklargører'),
    (1207, '9611', 'cleaning',      7, 'عامل جمع النفايات',      'Refuse collector',          'Skraldemand'),
    (1208, '8157', 'cleaning',      8, 'عامل مغسلة',             'Laundry worker',            'Vaskerimedarbejder'),
    -- care
    (1301, '5321', 'care',          1, 'مساعد رعاية صحية',       'Care helper (SOSU)',        'Sosu-hjælper'),
    (1302, '3221', 'care',          2, 'مساعد تمريض',            'Care assistant (SOSU)',     'Sosu-assistent'),
    (1303, '5322', 'care',          3, 'مساعد رعاية منزلية',     'Home care worker',          'Hjemmehjælper'),
    (1304, '5322', 'care',          4, 'مرافق لذوي الإعاقة',     'Disability support worker', 'Handicaphjælper'),
    (1305, '2635', 'care',          5, 'أخصائي اجتماعي',         'Social worker',             'Socialrådgiver'),
    (1306, '2634', 'care',          6, 'أخصائي نفسي',            'Psychologist',              'Psykolog'),
    -- services
    (1401, '5141', 'services',      1, 'مصفف شعر',               'Hairdresser',               'Frisør'),
    (1402, '5141', 'services',      2, 'حلاق رجالي',             'Barber',                    'Barber'),
    (1403, '5142', 'services',      3, 'أخصائي تجميل',           'Beautician',                'Kosmetolog'),
    (1404, '7531', 'services',      4, 'خياط',                   'Tailor',                    'Skrædder'),
    (1405, '8153', 'services',      5, 'عامل على آلة خياطة',     'Sewing machinist',          'Syerske'),
    (1406, '7536', 'services',      6, 'إسكافي',                 'Shoemaker',                 'Skomager'),
    (1407, '7313', 'services',      7, 'صائغ',                   'Goldsmith / jeweller',      'Guldsmed'),
    (1408, '3431', 'services',      8, 'مصور',                   'Photographer',              'Fotograf'),
    (1409, '5414', 'services',      9, 'حارس أمن',               'Security guard',            'Sikkerhedsvagt');
