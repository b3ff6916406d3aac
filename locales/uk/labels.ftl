# Labels of the lists kept in the database: sectors (label-sector-<code>) and occupations
# (label-occupation-<id>, the stable id of table occupations). Shown on buttons and in numbered
# SMS menus: keep them short (at most about 28 characters). jobbro copies them into the tables
# sector_labels and occupation_labels at start-up, for other tools to read.
# Ukrainian: occupations use the usual generic (masculine) job title, as in Ukrainian job ads,
# except where the job is named in the feminine in everyday Ukrainian (медсестра, акушерка,
# швачка, няня). They always stand alone (button, list, or before a colon), never inside a sentence.
# REVIEW: check the gender forms of the occupation titles (feminitives or not) for this audience.

label-sector-engineering = Інженерія
label-sector-it = IT, зв'язок і дизайн
label-sector-health = Медицина
label-sector-building = Будівництво
label-sector-manufacturing = Промисловість і механіка
# REVIEW: "Farming, fishing and food" shortened to fit a button.
label-sector-agriculture = Фермерство, рибальство, їжа
label-sector-transport = Транспорт і склад
label-sector-hospitality = Готелі й ресторани
label-sector-teaching = Освіта й догляд за дітьми
label-sector-office = Офіс, фінанси й право
label-sector-sales = Продажі й магазини
label-sector-cleaning = Прибирання й обслуговування
label-sector-care = Догляд і соціальна робота
label-sector-services = Ремесла й послуги

# engineering
label-occupation-101 = Інженер-будівельник
label-occupation-102 = Інженер-механік
label-occupation-103 = Інженер-електрик
label-occupation-104 = Інженер-електронік
label-occupation-105 = Інженер-хімік
label-occupation-106 = Архітектор
# REVIEW: ISCO 2141 industrial and production engineer; "інженер-технолог" is the usual Ukrainian title.
label-occupation-107 = Інженер-технолог
label-occupation-108 = Геодезист
label-occupation-109 = Технічний кресляр

# it
label-occupation-201 = Програміст
label-occupation-202 = Веброзробник
label-occupation-203 = Графічний дизайнер
label-occupation-204 = Системний адміністратор
label-occupation-205 = Адміністратор баз даних
label-occupation-206 = Мережевий інженер
label-occupation-207 = Мережевий технік
label-occupation-208 = Технік IT-підтримки
label-occupation-209 = Інженер зв'язку

# health
label-occupation-301 = Лікар
label-occupation-302 = Лікар-спеціаліст
label-occupation-303 = Медсестра / медбрат
label-occupation-304 = Акушерка
label-occupation-305 = Стоматолог
label-occupation-306 = Фармацевт
label-occupation-307 = Фізіотерапевт
label-occupation-308 = Медичний лаборант
label-occupation-309 = Асистент стоматолога

# building
label-occupation-401 = Тесляр
label-occupation-402 = Муляр
label-occupation-403 = Електрик
label-occupation-404 = Сантехнік
label-occupation-405 = Маляр
label-occupation-406 = Плиточник, укладальник підлог
label-occupation-407 = Бетоняр
label-occupation-408 = Будівельний робітник
label-occupation-409 = Машиніст екскаватора

# manufacturing
label-occupation-501 = Зварник
label-occupation-502 = Металообробник / коваль
label-occupation-503 = Токар / оператор ЧПК
label-occupation-504 = Оператор обладнання
label-occupation-505 = Робітник на заводі
label-occupation-506 = Автомеханік
# REVIEW: car body repairer; "рихтувальник" or "кузовник" may be the more common word.
label-occupation-507 = Майстер з ремонту кузова
# REVIEW: ISCO 7233 industrial machinery mechanic; "слюсар-ремонтник" is the usual Ukrainian title.
label-occupation-508 = Слюсар-ремонтник
label-occupation-509 = Столяр-меблевик

# agriculture
label-occupation-601 = Фермер (рослинництво)
label-occupation-602 = Фермер (тваринництво)
label-occupation-603 = Робітник на фермі
label-occupation-604 = Доглядач тварин на фермі
label-occupation-605 = Садівник
label-occupation-606 = Ветеринар
label-occupation-607 = Рибалка
label-occupation-608 = М'ясник
label-occupation-609 = Робітник бойні

# transport
label-occupation-701 = Водій автобуса
label-occupation-702 = Водій вантажівки
label-occupation-703 = Водій таксі
label-occupation-704 = Водій фургона / доставки
label-occupation-705 = Водій навантажувача
label-occupation-706 = Працівник складу
label-occupation-707 = Кур'єр
label-occupation-708 = Кранівник
label-occupation-709 = Машиніст поїзда

# hospitality
label-occupation-801 = Кухар
label-occupation-802 = Шеф-кухар
label-occupation-803 = Помічник кухаря
label-occupation-804 = Працівник фастфуду
label-occupation-805 = Офіціант
label-occupation-806 = Пекар
label-occupation-807 = Кондитер
label-occupation-808 = Адміністратор готелю
label-occupation-809 = Менеджер ресторану

# teaching
label-occupation-901 = Учитель початкових класів
label-occupation-902 = Учитель середньої школи
label-occupation-903 = Викладач професійної освіти
label-occupation-904 = Викладач університету
label-occupation-905 = Викладач мови
label-occupation-906 = Вихователь дитячого садка
label-occupation-907 = Помічник вихователя
label-occupation-908 = Няня
label-occupation-909 = Асистент учителя

# office
label-occupation-1001 = Бухгалтер
label-occupation-1002 = Рахівник / обліковець
label-occupation-1003 = Офісний працівник
label-occupation-1004 = Секретар
label-occupation-1005 = Адміністратор на рецепції
label-occupation-1006 = Юрист
label-occupation-1007 = Перекладач
label-occupation-1008 = Фінансовий консультант
label-occupation-1009 = Економіст

# sales
label-occupation-1101 = Продавець-консультант
label-occupation-1102 = Касир
label-occupation-1103 = Викладальник товарів
label-occupation-1104 = Оператор служби підтримки
label-occupation-1105 = Торговий представник
label-occupation-1106 = Оператор телепродажів
label-occupation-1107 = Власник магазину

# cleaning
label-occupation-1201 = Прибиральник
label-occupation-1202 = Прибиральник у готелі
label-occupation-1203 = Прибиральник квартир
label-occupation-1204 = Двірник / доглядач будинку
label-occupation-1205 = Мийник вікон
label-occupation-1206 = Мийник автомобілів
label-occupation-1207 = Працівник вивезення сміття
label-occupation-1208 = Працівник пральні

# care
# SOSU = Danish social and health care education; kept as in English so it matches Danish job titles.
label-occupation-1301 = Помічник з догляду (SOSU)
label-occupation-1302 = Асистент з догляду (SOSU)
label-occupation-1303 = Доглядальник на дому
label-occupation-1304 = Асистент людей з інвалідністю
label-occupation-1305 = Соціальний працівник
label-occupation-1306 = Психолог

# services
label-occupation-1401 = Перукар
label-occupation-1402 = Барбер (чоловічий перукар)
label-occupation-1403 = Косметолог
label-occupation-1404 = Кравець
label-occupation-1405 = Швачка
label-occupation-1406 = Швець (взуття)
label-occupation-1407 = Ювелір
label-occupation-1408 = Фотограф
label-occupation-1409 = Охоронець
