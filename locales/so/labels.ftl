# Labels of the lists kept in the database: sectors (label-sector-<code>) and occupations
# (label-occupation-<id>, the stable id of table occupations). Shown on buttons and in numbered
# SMS menus: keep them short (at most about 28 characters). jobbro copies them into the tables
# sector_labels and occupation_labels at start-up, for other tools to read.
# Somali: the occupation (ISCO-08) is translated, not the English word. Many Somali job words
# are loans or compounds that vary by region; a native reviewer should read the whole file.

label-sector-engineering = Injineernimo
label-sector-it = IT, isgaarsiin iyo naqshad
label-sector-health = Caafimaad
label-sector-building = Dhismo
label-sector-manufacturing = Warshado iyo makaanik
label-sector-agriculture = Beero, kalluumeysi, cunto
label-sector-transport = Gaadiid iyo bakhaar
label-sector-hospitality = Hoteello iyo maqaayado
label-sector-teaching = Waxbarid iyo xanaano caruur
label-sector-office = Xafiis, maaliyad, sharci
label-sector-sales = Iib iyo dukaamo
label-sector-cleaning = Nadiifin iyo dayactir
label-sector-care = Daryeel iyo arrimo bulsho
label-sector-services = Xirfado iyo adeegyo

# engineering
label-occupation-101 = Injineer madani
label-occupation-102 = Injineer makaanik
label-occupation-103 = Injineer koronto
label-occupation-104 = Injineer elektaroonig
label-occupation-105 = Injineer kiimiko
label-occupation-106 = Naqshadeeye dhismo
label-occupation-107 = Injineer warshadeed
# REVIEW: "Sahamiye dhul" (land surveyor).
label-occupation-108 = Sahamiye dhul
# REVIEW: technical draughtsperson.
label-occupation-109 = Sawire naqshad farsamo

# it
label-occupation-201 = Barnaamij-sameeye
label-occupation-202 = Website-sameeye
label-occupation-203 = Naqshadeeye garaafik
label-occupation-204 = Maamule nidaamyada IT
label-occupation-205 = Maamule database
label-occupation-206 = Injineer shabakad
label-occupation-207 = Farsamoyaqaan shabakad
label-occupation-208 = Farsamoyaqaan taageero IT
label-occupation-209 = Injineer isgaarsiin

# health
label-occupation-301 = Dhakhtar
label-occupation-302 = Dhakhtar takhasus leh
label-occupation-303 = Kalkaaliye caafimaad
label-occupation-304 = Umuliso
label-occupation-305 = Dhakhtar ilko
label-occupation-306 = Farmashiiste
# REVIEW: physiotherapist.
label-occupation-307 = Daaweeye jireed (fisyo)
label-occupation-308 = Farsamoyaqaan shaybaar
label-occupation-309 = Kaaliye dhakhtar ilko

# building
label-occupation-401 = Nijaar
# REVIEW: bricklayer ("wastaad" = builder/mason).
label-occupation-402 = Wastaad dhismo
label-occupation-403 = Korontoyaqaan
label-occupation-404 = Tuubiiste
label-occupation-405 = Rinjiile
# REVIEW: tiler / floor layer.
label-occupation-406 = Dhige jaajuur / sagxad
label-occupation-407 = Shaqaale shub
label-occupation-408 = Shaqaale dhismo
label-occupation-409 = Wade cagaf (qodis)

# manufacturing
# REVIEW: welder ("laxaamade").
label-occupation-501 = Laxaamade
label-occupation-502 = Tumaal / shaqaale bir
# REVIEW: turner / CNC operator.
label-occupation-503 = Hawlwade mashiinka CNC
label-occupation-504 = Hawlwade mashiin
label-occupation-505 = Shaqaale warshad
label-occupation-506 = Makaanik gaari
label-occupation-507 = Hagaajiye jirka gaariga
label-occupation-508 = Makaanik warshadeed
label-occupation-509 = Nijaar alaab guri

# agriculture
label-occupation-601 = Beeraley dalag
label-occupation-602 = Xoolo-dhaqe
label-occupation-603 = Shaqaale beereed
label-occupation-604 = Shaqaale xoolaad
# REVIEW: gardener.
label-occupation-605 = Ilaaliye jardiin
label-occupation-606 = Dhakhtar xoolaad
label-occupation-607 = Kalluumeyste
label-occupation-608 = Kawaanle
label-occupation-609 = Shaqaale kawaan

# transport
label-occupation-701 = Darawal bas
label-occupation-702 = Darawal xamuul
label-occupation-703 = Darawal tagaasi
label-occupation-704 = Darawal gaarsiin alaab
label-occupation-705 = Darawal forklift
label-occupation-706 = Shaqaale bakhaar
label-occupation-707 = Gaarsiiye (courier)
label-occupation-708 = Hawlwade wiish
label-occupation-709 = Darawal tareen

# hospitality
label-occupation-801 = Cunto kariye
label-occupation-802 = Kariye sare
label-occupation-803 = Caawiye jikada
label-occupation-804 = Shaqaale cunto degdeg ah
label-occupation-805 = Adeege maqaayad
# REVIEW: baker / pastry cook.
label-occupation-806 = Foornaale (rooti)
label-occupation-807 = Macmacaan-sameeye
label-occupation-808 = Soo-dhoweeye hoteel
label-occupation-809 = Maamule maqaayad

# teaching
label-occupation-901 = Macallin dugsi hoose
label-occupation-902 = Macallin dugsi sare
label-occupation-903 = Macallin xirfadeed
label-occupation-904 = Macallin jaamacadeed
label-occupation-905 = Macallin luqad
label-occupation-906 = Macallin xanaanada caruurta
label-occupation-907 = Kaaliye xanaanada caruurta
# REVIEW: childminder (Danish dagplejer: looks after small children in her own home).
label-occupation-908 = Haye caruur (guriga)
label-occupation-909 = Kaaliye macallin

# office
label-occupation-1001 = Xisaabiye
label-occupation-1002 = Xisaab-haye
label-occupation-1003 = Karraani xafiis
label-occupation-1004 = Xoghaye
label-occupation-1005 = Soo-dhoweeye
label-occupation-1006 = Qareen
label-occupation-1007 = Turjubaan
label-occupation-1008 = La-taliye bangi / maaliyad
label-occupation-1009 = Dhaqaaleyahan

# sales
label-occupation-1101 = Shaqaale dukaan
label-occupation-1102 = Khasnaji (kaashiir)
# REVIEW: shelf filler.
label-occupation-1103 = Dhige alaab (dukaan)
label-occupation-1104 = Adeegga macaamiisha
label-occupation-1105 = Wakiil iib
label-occupation-1106 = Iibiye taleefan
label-occupation-1107 = Dukaanle

# cleaning
label-occupation-1201 = Nadiifiye
label-occupation-1202 = Nadiifiye qolal hoteel
label-occupation-1203 = Nadiifiye guri
label-occupation-1204 = Ilaaliye / dayactire dhisme
label-occupation-1205 = Nadiifiye daaqado
label-occupation-1206 = Gaari-dhaqe
label-occupation-1207 = Ururiye qashin
label-occupation-1208 = Shaqaale dhar-dhaqid

# care
# REVIEW: SOSU-hjaelper (1301) and SOSU-assistent (1302, longer training) must read differently.
label-occupation-1301 = Caawiye daryeel (SOSU)
label-occupation-1302 = Daryeele tababaran (SOSU)
label-occupation-1303 = Daryeele guri
label-occupation-1304 = Daryeele dadka naafada
label-occupation-1305 = Shaqaale bulsho
label-occupation-1306 = Cilmi-nafsi yaqaan

# services
label-occupation-1401 = Timo-sameeye
label-occupation-1402 = Timo-jare (baarbar)
label-occupation-1403 = Qurxiye
label-occupation-1404 = Harqaan
label-occupation-1405 = Tole mashiin
label-occupation-1406 = Kabo-sameeye
label-occupation-1407 = Dahab-tume
label-occupation-1408 = Sawir-qaade
label-occupation-1409 = Waardiye / ilaalo
