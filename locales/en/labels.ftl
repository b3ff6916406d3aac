# Labels of the lists kept in the database: sectors (label-sector-<code>) and occupations
# (label-occupation-<id>, the stable id of table occupations). Shown on buttons and in numbered
# SMS menus: keep them short (at most about 28 characters). jobbro copies them into the tables
# sector_labels and occupation_labels at start-up, for other tools to read.

label-sector-engineering = Engineering
label-sector-it = IT, telecom and design
label-sector-health = Health
label-sector-building = Building and construction
label-sector-manufacturing = Industry and mechanics
label-sector-agriculture = Farming, fishing and food
label-sector-transport = Transport and warehouse
label-sector-hospitality = Hotels and restaurants
label-sector-teaching = Teaching and childcare
label-sector-office = Office, finance and law
label-sector-sales = Sales and shops
label-sector-cleaning = Cleaning and caretaking
label-sector-care = Care and social work
label-sector-services = Crafts and services

# engineering
label-occupation-101 = Civil engineer
label-occupation-102 = Mechanical engineer
label-occupation-103 = Electrical engineer
label-occupation-104 = Electronics engineer
label-occupation-105 = Chemical engineer
label-occupation-106 = Architect
label-occupation-107 = Industrial engineer
label-occupation-108 = Surveyor
label-occupation-109 = Technical draughtsperson

# it
label-occupation-201 = Software developer
label-occupation-202 = Web developer
label-occupation-203 = Graphic designer
label-occupation-204 = Systems administrator
label-occupation-205 = Database administrator
label-occupation-206 = Network engineer
label-occupation-207 = Network technician
label-occupation-208 = IT support technician
label-occupation-209 = Telecom engineer

# health
label-occupation-301 = Medical doctor
label-occupation-302 = Specialist doctor
label-occupation-303 = Nurse
label-occupation-304 = Midwife
label-occupation-305 = Dentist
label-occupation-306 = Pharmacist
label-occupation-307 = Physiotherapist
label-occupation-308 = Medical lab technician
label-occupation-309 = Dental assistant

# building
label-occupation-401 = Carpenter
label-occupation-402 = Bricklayer
label-occupation-403 = Electrician
label-occupation-404 = Plumber
label-occupation-405 = Painter
label-occupation-406 = Tiler / floor layer
label-occupation-407 = Concrete worker
label-occupation-408 = Construction worker
label-occupation-409 = Excavator operator

# manufacturing
label-occupation-501 = Welder
label-occupation-502 = Metalworker / smith
label-occupation-503 = Turner / CNC operator
label-occupation-504 = Machine operator
label-occupation-505 = Factory worker
label-occupation-506 = Car mechanic
label-occupation-507 = Car body repairer
label-occupation-508 = Industrial mechanic
label-occupation-509 = Cabinet-maker

# agriculture
label-occupation-601 = Crop farmer
label-occupation-602 = Livestock farmer
label-occupation-603 = Farm worker
label-occupation-604 = Livestock farm worker
label-occupation-605 = Gardener
label-occupation-606 = Veterinarian
label-occupation-607 = Fisher
label-occupation-608 = Butcher
label-occupation-609 = Slaughterhouse worker

# transport
label-occupation-701 = Bus driver
label-occupation-702 = Truck driver
label-occupation-703 = Taxi driver
label-occupation-704 = Van / delivery driver
label-occupation-705 = Forklift driver
label-occupation-706 = Warehouse worker
label-occupation-707 = Courier
label-occupation-708 = Crane operator
label-occupation-709 = Train driver

# hospitality
label-occupation-801 = Cook
label-occupation-802 = Chef
label-occupation-803 = Kitchen helper
label-occupation-804 = Fast food worker
label-occupation-805 = Waiter
label-occupation-806 = Baker
label-occupation-807 = Pastry cook
label-occupation-808 = Hotel receptionist
label-occupation-809 = Restaurant manager

# teaching
label-occupation-901 = Primary school teacher
label-occupation-902 = Secondary school teacher
label-occupation-903 = Vocational teacher
label-occupation-904 = University lecturer
label-occupation-905 = Language teacher
label-occupation-906 = Kindergarten teacher
label-occupation-907 = Childcare assistant
label-occupation-908 = Childminder
label-occupation-909 = Teaching assistant

# office
label-occupation-1001 = Accountant
label-occupation-1002 = Bookkeeper
label-occupation-1003 = Office clerk
label-occupation-1004 = Secretary
label-occupation-1005 = Receptionist
label-occupation-1006 = Lawyer
label-occupation-1007 = Interpreter / translator
label-occupation-1008 = Bank / financial adviser
label-occupation-1009 = Economist

# sales
label-occupation-1101 = Shop assistant
label-occupation-1102 = Cashier
label-occupation-1103 = Shelf filler
label-occupation-1104 = Customer service agent
label-occupation-1105 = Sales representative
label-occupation-1106 = Telesales agent
label-occupation-1107 = Shopkeeper

# cleaning
label-occupation-1201 = Cleaner
label-occupation-1202 = Hotel room cleaner
label-occupation-1203 = Domestic cleaner
label-occupation-1204 = Caretaker / janitor
label-occupation-1205 = Window cleaner
label-occupation-1206 = Car cleaner
label-occupation-1207 = Refuse collector
label-occupation-1208 = Laundry worker

# care
label-occupation-1301 = Care helper (SOSU)
label-occupation-1302 = Care assistant (SOSU)
label-occupation-1303 = Home care worker
label-occupation-1304 = Disability support worker
label-occupation-1305 = Social worker
label-occupation-1306 = Psychologist

# services
label-occupation-1401 = Hairdresser
label-occupation-1402 = Barber
label-occupation-1403 = Beautician
label-occupation-1404 = Tailor
label-occupation-1405 = Sewing machinist
label-occupation-1406 = Shoemaker
label-occupation-1407 = Goldsmith / jeweller
label-occupation-1408 = Photographer
label-occupation-1409 = Security guard
