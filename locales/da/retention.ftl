# Påmindelser fra reglerne for sletning (service::retention): en profil, ingen har brugt længe,
# eller en tilmelding, der aldrig blev færdig, bliver slettet. Ingen knapper: ethvert svar
# beholder profilen. Sendes også som SMS: under to SMS (306 GSM-7-tegn) med den længste dato.

# En færdig profil, der ikke er brugt i 18 måneder; $date er dagen, den bliver slettet.
retention-inactive = Du har ikke brugt din profil hos jobbro i lang tid, så den bliver slettet den { $date }. Vil du beholde den, så send et svar inden da.
# En tilmelding, der er begyndt (efter samtykke), men ikke færdig; $date er dagen, det skrevne
# bliver slettet.
retention-unfinished = Du begyndte at tilmelde dig jobbro, men blev ikke færdig. Send en besked for at fortsætte, hvor du slap. Ellers bliver det, du skrev, slettet den { $date }.
