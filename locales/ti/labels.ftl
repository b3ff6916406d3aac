# Labels of the lists kept in the database: sectors (label-sector-<code>) and occupations
# (label-occupation-<id>, the stable id of table occupations). Shown on buttons and in numbered
# SMS menus: keep them short (at most about 28 characters). jobbro copies them into the tables
# sector_labels and occupation_labels at start-up, for other tools to read.
# Tigrinya: many trades are named in Eritrea with Italian loanwords (ሳልዳቶረ, ካምዮን, ሪሞርኪዮ...);
# where that is likely, the label uses the loanword or gives both. ስራሕ = work (Eritrean spelling).
# REVIEW: the whole list needs a native reader with work vocabulary; the points below are the least sure.

label-sector-engineering = ምህንድስና
label-sector-it = IT፣ ተሌኮምን ዲዛይንን
label-sector-health = ጥዕና
label-sector-building = ህንጻን ኮንስትራክሽንን
label-sector-manufacturing = ኢንዱስትሪን መካኒክን
label-sector-agriculture = ሕርሻ፣ ዓሳን መግብን
label-sector-transport = መጓዓዝያን መኽዘንን
label-sector-hospitality = ሆቴልን ቤት መግብን
label-sector-teaching = ምምሃርን ክንክን ህጻናትን
label-sector-office = ቤት ጽሕፈት፣ ፋይናንስን ሕግን
label-sector-sales = ሽያጥን ድኳናትን
label-sector-cleaning = ጽሬትን ሓለዋ ህንጻን
label-sector-care = ክንክንን ማሕበራዊ ስራሕን
label-sector-services = ኢደ-ጥበብን ኣገልግሎትን

# engineering
label-occupation-101 = ሲቪል መሃንድስ
label-occupation-102 = መካኒካል መሃንድስ
label-occupation-103 = ኤሌክትሪካል መሃንድስ
label-occupation-104 = ኤሌክትሮኒክስ መሃንድስ
label-occupation-105 = ኬሚካል መሃንድስ
label-occupation-106 = ኣርኪቴክት
label-occupation-107 = ኢንዱስትሪያል መሃንድስ
# REVIEW: surveyor (ቀያሲ መሬት) and technical draughtsperson (ቴክኒካዊ ሰኣላይ): usual Eritrean words?
label-occupation-108 = ቀያሲ መሬት
label-occupation-109 = ቴክኒካዊ ሰኣላይ

# it
label-occupation-201 = ሰራሒ ሶፍትዌር
label-occupation-202 = ሰራሒ ወብሳይት
label-occupation-203 = ግራፊክ ዲዛይነር
label-occupation-204 = ኣመሓዳሪ ሲስተም
label-occupation-205 = ኣመሓዳሪ ዳታቤዝ
label-occupation-206 = መሃንድስ ኔትዎርክ
label-occupation-207 = ቴክኒሻን ኔትዎርክ
label-occupation-208 = ቴክኒሻን ደገፍ IT
label-occupation-209 = መሃንድስ ተሌኮም

# health
label-occupation-301 = ሓኪም
label-occupation-302 = ስፔሻሊስት ሓኪም
label-occupation-303 = ነርስ
label-occupation-304 = መሕረሲት
label-occupation-305 = ሓኪም ስኒ
label-occupation-306 = ፋርማሲስት
label-occupation-307 = ፊዚዮተራፒስት
label-occupation-308 = ቴክኒሻን ላቦራቶሪ
label-occupation-309 = ሓጋዚ ሓኪም ስኒ

# building
label-occupation-401 = ናጃር
# REVIEW: bricklayer: ሙራቶረ (Eritrean, from Italian) / ሃናጺ; plumber: ሰራሒ ቧንቧ (or ኢድራውሊኮ?);
# painter: ቀባኣይ; tiler: ሰራሒ ፒያስትረላ; excavator: ስካቫቶረ.
label-occupation-402 = ሃናጺ / ሙራቶረ
label-occupation-403 = ኤሌክትሪሻን
label-occupation-404 = ሰራሒ ቧንቧ
label-occupation-405 = ቀባኣይ
label-occupation-406 = ሰራሒ ፒያስትረላ / መሬት
label-occupation-407 = ሰራሒ ኮንክሪት
label-occupation-408 = ሰራሕተኛ ህንጻ
label-occupation-409 = ዘዋሪ ስካቫቶረ

# manufacturing
# REVIEW: welder ሳልዳቶረ, turner ቶርኒቶረ, car body repairer ሰራሒ ካሮዘሪያ: Eritrean loanwords; check.
label-occupation-501 = ሳልዳቶረ (በያዲ)
label-occupation-502 = ሰራሒ ሓጺን / ኣንጠረኛ
label-occupation-503 = ቶርኒቶረ / CNC
label-occupation-504 = ኣሰራሒ ማሽን
label-occupation-505 = ሰራሕተኛ ፋብሪካ
label-occupation-506 = መካኒክ መኪና
label-occupation-507 = ሰራሒ ካሮዘሪያ
label-occupation-508 = ኢንዱስትሪያል መካኒክ
label-occupation-509 = ሰራሒ ኣቕሓ ገዛ

# agriculture
# REVIEW: crop farmer ሓረስታይ ኣዝርእቲ vs livestock farmer ሓረስታይ ጥሪት; gardener ሓላዊ ጀርዲን; butcher ቆራጺ ስጋ.
label-occupation-601 = ሓረስታይ ኣዝርእቲ
label-occupation-602 = ሓረስታይ ጥሪት
label-occupation-603 = ሰራሕተኛ ሕርሻ
label-occupation-604 = ሰራሕተኛ ሕርሻ ጥሪት
label-occupation-605 = ሓላዊ ጀርዲን
label-occupation-606 = ሓኪም እንስሳ
label-occupation-607 = ገፋፍ ዓሳ
label-occupation-608 = ቆራጺ ስጋ
label-occupation-609 = ሰራሕተኛ መሕረዲ

# transport
# ዘዋሪ = driver (colloquially also ሹፌር).
label-occupation-701 = ዘዋሪ ኣውቶቡስ
label-occupation-702 = ዘዋሪ ካምዮን
label-occupation-703 = ዘዋሪ ታክሲ
label-occupation-704 = ዘዋሪ ቫን / ኣብጻሒ ኣቕሓ
label-occupation-705 = ዘዋሪ ፎርክሊፍት
label-occupation-706 = ሰራሕተኛ መኽዘን
label-occupation-707 = ኣብጻሒ መልእኽቲ
# REVIEW: crane: ክሬን or Eritrean ግሩ?
label-occupation-708 = ዘዋሪ ክሬን
label-occupation-709 = ዘዋሪ ባቡር

# hospitality
# REVIEW: cook ከሻኒ, waiter ኣሳሳዪ (colloquial ካሜሪየረ), pastry cook ሰራሒ ዶልቺ: check.
label-occupation-801 = ከሻኒ
label-occupation-802 = ሼፍ (ሓለቓ ከሻኒ)
label-occupation-803 = ሓጋዚ ክሽነ
label-occupation-804 = ሰራሕተኛ ቅልጡፍ መግቢ
label-occupation-805 = ኣሳሳዪ (ካሜሪየረ)
label-occupation-806 = ሰራሒ ባኒ
label-occupation-807 = ሰራሒ ኬክን ዶልቺን
label-occupation-808 = ተቐባሊ ኣጋይሽ ሆቴል
label-occupation-809 = ኣመሓዳሪ ቤት መግቢ

# teaching
label-occupation-901 = መምህር ቀዳማይ ደረጃ
label-occupation-902 = መምህር ካልኣይ ደረጃ
label-occupation-903 = መምህር ሞያ
label-occupation-904 = መምህር ዩኒቨርሲቲ
label-occupation-905 = መምህር ቋንቋ
label-occupation-906 = መምህር መዋእለ ህጻናት
label-occupation-907 = ሓጋዚ ክንክን ህጻናት
label-occupation-908 = ሓላዊ ህጻናት
label-occupation-909 = ሓጋዚ መምህር

# office
# REVIEW: bookkeeper መዝጋቢ ሕሳብ: usual word?
label-occupation-1001 = ኣካውንታንት
label-occupation-1002 = መዝጋቢ ሕሳብ
label-occupation-1003 = ሰራሕተኛ ቤት ጽሕፈት
label-occupation-1004 = ጸሓፊ
label-occupation-1005 = ተቐባሊ ኣጋይሽ
label-occupation-1006 = ጠበቓ
label-occupation-1007 = ተርጓሚ
label-occupation-1008 = ኣማኻሪ ባንኪ / ፋይናንስ
label-occupation-1009 = ኢኮኖሚስት

# sales
# REVIEW: shelf filler መመልኢ መደርደሪ: understandable?
label-occupation-1101 = ሰራሕተኛ ድኳን
label-occupation-1102 = ገንዘብ ተቐባሊ
label-occupation-1103 = መመልኢ መደርደሪ
label-occupation-1104 = ኣገልግሎት ዓማዊል
label-occupation-1105 = ወኪል ሽያጥ
label-occupation-1106 = ሸያጢ ብተሌፎን
label-occupation-1107 = ወናኒ ድኳን

# cleaning
label-occupation-1201 = ኣጽራዪ
label-occupation-1202 = ኣጽራዪ ክፍሊ ሆቴል
label-occupation-1203 = ኣጽራዪ ገዛ
label-occupation-1204 = ሓላዊ ህንጻ
label-occupation-1205 = ኣጽራዪ መስኮት
label-occupation-1206 = ኣጽራዪ መኪና
label-occupation-1207 = ኣካቢ ጓሓፍ
label-occupation-1208 = ሰራሕተኛ ሓጺብ ክዳን

# care
# SOSU-hjælper and SOSU-assistent are two Danish care jobs; the Danish name stays in brackets.
label-occupation-1301 = ሓጋዚ ክንክን (SOSU)
label-occupation-1302 = ኣሲስተንት ክንክን (SOSU)
label-occupation-1303 = ሰራሕተኛ ክንክን ገዛ
label-occupation-1304 = ሓጋዚ ሰብ ስንክልና
label-occupation-1305 = ማሕበራዊ ሰራሕተኛ
label-occupation-1306 = ሳይኮሎጂስት

# services
# REVIEW: barber ቀምቃሚ, sewing machinist ኣሰራሒ መኪና ስፌት: check.
label-occupation-1401 = ሰራሒ ጸጉሪ
label-occupation-1402 = ቀምቃሚ
label-occupation-1403 = ሰራሒ ጽባቐ
label-occupation-1404 = ሰፋዪ
label-occupation-1405 = ኣሰራሒ መኪና ስፌት
label-occupation-1406 = ሰራሒ ሳእኒ
label-occupation-1407 = ሰራሒ ወርቂ
label-occupation-1408 = ፎቶግራፈር
label-occupation-1409 = ሓላዊ ጸጥታ
