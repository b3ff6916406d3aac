# Navne på brancher og fag (se locales/en/labels.ftl).

label-sector-engineering = Ingeniør og teknik
label-sector-it = IT, tele og design
label-sector-health = Sundhed
label-sector-building = Byggeri og anlæg
label-sector-manufacturing = Industri og mekanik
label-sector-agriculture = Landbrug, fiskeri, fødevarer
label-sector-transport = Transport og lager
label-sector-hospitality = Hotel og restaurant
label-sector-teaching = Undervisning og pædagogik
label-sector-office = Kontor, økonomi og jura
label-sector-sales = Salg og butik
label-sector-cleaning = Rengøring og ejendomsservice
label-sector-care = Pleje og socialt arbejde
label-sector-services = Håndværk og service

# engineering
label-occupation-101 = Bygningsingeniør
label-occupation-102 = Maskiningeniør
label-occupation-103 = Elektroingeniør
label-occupation-104 = Elektronikingeniør
label-occupation-105 = Kemiingeniør
label-occupation-106 = Arkitekt
label-occupation-107 = Produktionsingeniør
label-occupation-108 = Landinspektør
label-occupation-109 = Teknisk tegner

# it
label-occupation-201 = Softwareudvikler
label-occupation-202 = Webudvikler
label-occupation-203 = Grafisk designer
label-occupation-204 = Systemadministrator
label-occupation-205 = Databaseadministrator
label-occupation-206 = Netværksingeniør
label-occupation-207 = Netværkstekniker
label-occupation-208 = IT-supporter
label-occupation-209 = Teleingeniør

# health
label-occupation-301 = Læge
label-occupation-302 = Speciallæge
label-occupation-303 = Sygeplejerske
label-occupation-304 = Jordemoder
label-occupation-305 = Tandlæge
label-occupation-306 = Farmaceut
label-occupation-307 = Fysioterapeut
label-occupation-308 = Bioanalytiker
label-occupation-309 = Tandklinikassistent

# building
label-occupation-401 = Tømrer
label-occupation-402 = Murer
label-occupation-403 = Elektriker
label-occupation-404 = VVS-montør
label-occupation-405 = Maler
label-occupation-406 = Fliselægger / gulvlægger
label-occupation-407 = Betonarbejder
label-occupation-408 = Bygningsarbejder
label-occupation-409 = Gravemaskinefører

# manufacturing
label-occupation-501 = Svejser
label-occupation-502 = Smed
label-occupation-503 = Drejer / CNC-operatør
label-occupation-504 = Maskinoperatør
label-occupation-505 = Produktionsmedarbejder
label-occupation-506 = Automekaniker
label-occupation-507 = Autoopretter
label-occupation-508 = Industrimekaniker
label-occupation-509 = Snedker

# agriculture
label-occupation-601 = Landmand (planteavl)
label-occupation-602 = Landmand (husdyr)
label-occupation-603 = Landbrugsmedhjælper
label-occupation-604 = Staldmedhjælper
label-occupation-605 = Gartner
label-occupation-606 = Dyrlæge
label-occupation-607 = Fisker
label-occupation-608 = Slagter
label-occupation-609 = Slagteriarbejder

# transport
label-occupation-701 = Buschauffør
label-occupation-702 = Lastbilchauffør
label-occupation-703 = Taxichauffør
label-occupation-704 = Varebilschauffør
label-occupation-705 = Truckfører
label-occupation-706 = Lagerarbejder
label-occupation-707 = Bud / kurér
label-occupation-708 = Kranfører
label-occupation-709 = Lokomotivfører

# hospitality
label-occupation-801 = Kok
label-occupation-802 = Køkkenchef
label-occupation-803 = Køkkenmedhjælper
label-occupation-804 = Fastfood-medarbejder
label-occupation-805 = Tjener
label-occupation-806 = Bager
label-occupation-807 = Konditor
label-occupation-808 = Hotelreceptionist
label-occupation-809 = Restaurantchef

# teaching
label-occupation-901 = Folkeskolelærer
label-occupation-902 = Gymnasielærer
label-occupation-903 = Erhvervsskolelærer
label-occupation-904 = Universitetsunderviser
label-occupation-905 = Sproglærer
label-occupation-906 = Pædagog
label-occupation-907 = Pædagogmedhjælper
label-occupation-908 = Dagplejer
label-occupation-909 = Undervisningsassistent

# office
label-occupation-1001 = Revisor
label-occupation-1002 = Bogholder
label-occupation-1003 = Kontorassistent
label-occupation-1004 = Sekretær
label-occupation-1005 = Receptionist
label-occupation-1006 = Jurist / advokat
label-occupation-1007 = Tolk / oversætter
label-occupation-1008 = Bankrådgiver
label-occupation-1009 = Økonom

# sales
label-occupation-1101 = Butiksassistent
label-occupation-1102 = Kassemedarbejder
label-occupation-1103 = Varepåfylder
label-occupation-1104 = Kundeservicemedarbejder
label-occupation-1105 = Salgskonsulent
label-occupation-1106 = Telefonsælger
label-occupation-1107 = Købmand

# cleaning
label-occupation-1201 = Rengøringsassistent
label-occupation-1202 = Rengøringsassistent, hotel
label-occupation-1203 = Hushjælp
label-occupation-1204 = Vicevært
label-occupation-1205 = Vinduespudser
label-occupation-1206 = Bilklargører
label-occupation-1207 = Skraldemand
label-occupation-1208 = Vaskerimedarbejder

# care
label-occupation-1301 = Sosu-hjælper
label-occupation-1302 = Sosu-assistent
label-occupation-1303 = Hjemmehjælper
label-occupation-1304 = Handicaphjælper
label-occupation-1305 = Socialrådgiver
label-occupation-1306 = Psykolog

# services
label-occupation-1401 = Frisør
label-occupation-1402 = Barber
label-occupation-1403 = Kosmetolog
label-occupation-1404 = Skrædder
label-occupation-1405 = Syerske
label-occupation-1406 = Skomager
label-occupation-1407 = Guldsmed
label-occupation-1408 = Fotograf
label-occupation-1409 = Sikkerhedsvagt
