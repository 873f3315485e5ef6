<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="fr_BE">
<context>
    <name>AdminScreen</name>
    <message>
        <source>Identifiant</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Rôle</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Abri</source>
        <translation>Shelter</translation>
    </message>
    <message>
        <source>Nouveau compte</source>
        <translation>New account</translation>
    </message>
    <message>
        <source>Désactiver / réactiver</source>
        <translation>Deactivate / reactivate</translation>
    </message>
    <message>
        <source>Nouveau mot de passe</source>
        <translation>New password</translation>
    </message>
    <message>
        <source>Changer le rôle</source>
        <translation>Change role</translation>
    </message>
    <message>
        <source>désactivé</source>
        <translation>deactivated</translation>
    </message>
    <message>
        <source>Choisissez d&apos;abord un compte dans la liste.</source>
        <translation>Select an account in the list first.</translation>
    </message>
    <message>
        <source>Compte mis à jour : %1</source>
        <translation>Account updated: %1</translation>
    </message>
    <message>
        <source>Nouveau mot de passe pour %1 :</source>
        <translation>New password for %1:</translation>
    </message>
    <message>
        <source>Mot de passe changé.</source>
        <translation>Password changed.</translation>
    </message>
    <message>
        <source>Nouveau rôle de %1 :</source>
        <translation>New role for %1:</translation>
    </message>
    <message>
        <source>Rôle changé.</source>
        <translation>Role changed.</translation>
    </message>
</context>
<context>
    <name>BoardModel</name>
    <message>
        <source>jamais</source>
        <translation>never</translation>
    </message>
    <message>
        <source>à l&apos;instant</source>
        <translation>just now</translation>
    </message>
    <message numerus="yes">
        <source>il y a %n min</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>il y a %n h</source>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
    <message>
        <source>Abri</source>
        <translation>Shelter</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Town</translation>
    </message>
    <message>
        <source>Catégorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Libres</source>
        <translation>Free</translation>
    </message>
    <message>
        <source>Réservés</source>
        <translation>Held</translation>
    </message>
    <message>
        <source>Hors service</source>
        <translation>Out of service</translation>
    </message>
    <message>
        <source>Mis à jour</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>chiens acceptés</source>
        <translation>dogs accepted</translation>
    </message>
    <message>
        <source>accessible PMR</source>
        <translation>wheelchair accessible</translation>
    </message>
    <message>
        <source>bas seuil</source>
        <translation>low threshold</translation>
    </message>
    <message>
        <source>%1 occupés, %2 réservés, %3 hors service, sur %4 lits</source>
        <translation>%1 occupied, %2 held, %3 out of service, of %4 beds</translation>
    </message>
    <message>
        <source> (dont %1 du plan hiver)</source>
        <translation> (of which %1 winter-plan beds)</translation>
    </message>
    <message numerus="yes">
        <source>Comptage pas mis à jour depuis plus de %n heures : à vérifier par téléphone.</source>
        <translation>
            <numerusform>Counts not updated for more than %n hour: check by phone.</numerusform>
            <numerusform>Counts not updated for more than %n hours: check by phone.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BoardScreen</name>
    <message>
        <source>Toutes les catégories</source>
        <translation>All categories</translation>
    </message>
    <message>
        <source>Chiens acceptés</source>
        <translation>Dogs accepted</translation>
    </message>
    <message>
        <source>Accessible PMR</source>
        <translation>Wheelchair accessible</translation>
    </message>
    <message>
        <source>Bas seuil</source>
        <translation>Low threshold</translation>
    </message>
    <message>
        <source>Avec lits libres</source>
        <translation>With free beds</translation>
    </message>
    <message>
        <source>Voir le tableau tel qu&apos;il était à ce moment (reconstitué du journal)</source>
        <translation>Show the board as it was at that moment (rebuilt from the ledger)</translation>
    </message>
    <message>
        <source>Voir le tableau à…</source>
        <translation>Show the board at…</translation>
    </message>
    <message>
        <source>Revenir au direct</source>
        <translation>Back to live</translation>
    </message>
    <message>
        <source>Catégorie :</source>
        <translation>Category:</translation>
    </message>
    <message>
        <source>Réseau : %1 lits libres</source>
        <translation>Network: %1 free beds</translation>
    </message>
    <message>
        <source>Tableau au %1, reconstitué du journal — lecture seule.</source>
        <translation>Board as of %1, rebuilt from the ledger — read only.</translation>
    </message>
    <message>
        <source>inconnu</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>Connexion à la base perdue — tableau affiché tel qu&apos;au dernier contact (%1). Les modifications sont refusées ; reconnexion automatique en cours.</source>
        <translation>Database connection lost — board shown as at the last contact (%1). Changes are refused; reconnecting automatically.</translation>
    </message>
</context>
<context>
    <name>CapacityDialog</name>
    <message>
        <source>Capacité — %1</source>
        <translation>Capacity — %1</translation>
    </message>
    <message>
        <source>Base (toute l&apos;année)</source>
        <translation>Base (all year)</translation>
    </message>
    <message>
        <source>Plan hiver</source>
        <translation>Winter plan</translation>
    </message>
    <message>
        <source>Sans date de fin</source>
        <translation>No end date</translation>
    </message>
    <message>
        <source>Chiens acceptés</source>
        <translation>Dogs accepted</translation>
    </message>
    <message>
        <source>Accessible PMR</source>
        <translation>Wheelchair accessible</translation>
    </message>
    <message>
        <source>Bas seuil</source>
        <translation>Low threshold</translation>
    </message>
    <message>
        <source>Compté en chambres (familles)</source>
        <translation>Counted in rooms (families)</translation>
    </message>
    <message>
        <source>Catégorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Lits</source>
        <translation>Beds</translation>
    </message>
    <message>
        <source>Du</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Au</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>CensusScreen</name>
    <message>
        <source>Nuit</source>
        <translation>Night</translation>
    </message>
    <message>
        <source>Abri</source>
        <translation>Shelter</translation>
    </message>
    <message>
        <source>Catégorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Capacité</source>
        <translation>Capacity</translation>
    </message>
    <message>
        <source>Hors service</source>
        <translation>Out of service</translation>
    </message>
    <message>
        <source>Occupés</source>
        <translation>Occupied</translation>
    </message>
    <message>
        <source>Réservés</source>
        <translation>Held</translation>
    </message>
    <message>
        <source>Libres</source>
        <translation>Free</translation>
    </message>
    <message>
        <source>Arrivées</source>
        <translation>Arrivals</translation>
    </message>
    <message>
        <source>Absences</source>
        <translation>No-shows</translation>
    </message>
    <message>
        <source>Orientations</source>
        <translation>Referrals</translation>
    </message>
    <message>
        <source>Refus</source>
        <translation>Refusals</translation>
    </message>
    <message>
        <source>Tous les abris (une nuit)</source>
        <translation>All shelters (one night)</translation>
    </message>
    <message>
        <source>Afficher</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Écrire les recensements manquants</source>
        <translation>Write the missing censuses</translation>
    </message>
    <message>
        <source>Exporter (XLSX)</source>
        <translation>Export (XLSX)</translation>
    </message>
    <message>
        <source>Exporter (CSV)</source>
        <translation>Export (CSV)</translation>
    </message>
    <message>
        <source>Nuit du</source>
        <translation>Night of</translation>
    </message>
    <message>
        <source>Du</source>
        <translation>From</translation>
    </message>
    <message>
        <source>au</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Dernier recensement : %1, par %2 sur le poste « %3 » (%4 nuit(s) écrite(s)).</source>
        <translation>Last census: %1, by %2 on workstation “%3” (%4 night(s) written).</translation>
    </message>
    <message>
        <source>Aucun recensement n&apos;a encore été écrit.</source>
        <translation>No census has been written yet.</translation>
    </message>
    <message>
        <source> et %1 autre(s)</source>
        <translation> and %1 more</translation>
    </message>
    <message>
        <source>Nuits sans recensement sur la période : %1</source>
        <translation>Nights without a census in the period: %1</translation>
    </message>
    <message>
        <source>Aucune nuit manquante sur la période.</source>
        <translation>No missing night in the period.</translation>
    </message>
    <message>
        <source>Pas de recensement pour la nuit du %1.</source>
        <translation>No census for the night of %1.</translation>
    </message>
    <message>
        <source>recensement manquant</source>
        <translation>census missing</translation>
    </message>
    <message>
        <source>%1 nuit(s) recensée(s).</source>
        <translation>%1 night(s) counted.</translation>
    </message>
    <message>
        <source>Exporter le recensement</source>
        <translation>Export the census</translation>
    </message>
    <message>
        <source>Exporté : %1</source>
        <translation>Exported: %1</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>taux d&apos;occupation</source>
        <translation>occupancy rate</translation>
    </message>
    <message>
        <source>Période</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Clé</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Nuitées</source>
        <translation>Bed-nights</translation>
    </message>
    <message>
        <source>Lits-nuits</source>
        <translation>Bed-nights funded</translation>
    </message>
    <message>
        <source>Taux</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>nuitées</source>
        <translation>bed-nights</translation>
    </message>
    <message>
        <source>Mois</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Lits-nuits financés</source>
        <translation>Funded bed-nights</translation>
    </message>
    <message>
        <source>Saturation</source>
        <translation>Saturation</translation>
    </message>
    <message>
        <source>Quota dépassé</source>
        <translation>Quota exceeded</translation>
    </message>
    <message>
        <source>Profil non accueilli</source>
        <translation>Profile not accepted</translation>
    </message>
    <message>
        <source>Autre</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>refus faute de place</source>
        <translation>turned away</translation>
    </message>
    <message>
        <source>Catégorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>heure</source>
        <translation>hour</translation>
    </message>
    <message>
        <source>Jour</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>orientations</source>
        <translation>referrals</translation>
    </message>
    <message>
        <source>Axe</source>
        <translation>Axis</translation>
    </message>
    <message>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Orientations</source>
        <translation>Referrals</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>relais-desk — premier démarrage</source>
        <translation>relais-desk — first start</translation>
    </message>
    <message>
        <source>Où se trouvent les données de ce poste ?</source>
        <translation>Where is this workstation&apos;s data?</translation>
    </message>
    <message>
        <source>Ce poste seul (base intégrée)</source>
        <translation>This workstation alone (embedded database)</translation>
    </message>
    <message>
        <source>Un seul ordinateur, par exemple le PC d&apos;un abri. Rien à installer.</source>
        <translation>A single computer, for example a shelter&apos;s PC. Nothing to install.</translation>
    </message>
    <message>
        <source>Un serveur partagé (PostgreSQL)</source>
        <translation>A shared server (PostgreSQL)</translation>
    </message>
    <message>
        <source>La permanence et les abris voient les mêmes lits en direct.</source>
        <translation>The hotline and the shelters see the same beds live.</translation>
    </message>
    <message>
        <source>Créez le premier compte administrateur·rice de ce poste.</source>
        <translation>Create this workstation&apos;s first administrator account.</translation>
    </message>
    <message>
        <source>Identifiant</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>Nom affiché</source>
        <translation>Display name</translation>
    </message>
    <message>
        <source>Mot de passe</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Encore une fois</source>
        <translation>Once more</translation>
    </message>
    <message>
        <source>Serveur</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>ex. serveur.relais.local</source>
        <translation>e.g. server.relais.local</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>Utilisateur du serveur</source>
        <translation>Server user</translation>
    </message>
    <message>
        <source>Tester la connexion</source>
        <translation>Test the connection</translation>
    </message>
    <message>
        <source>Le mot de passe est gardé dans le trousseau du système, jamais dans un fichier.</source>
        <translation>The password is kept in the system keyring, never in a file.</translation>
    </message>
    <message>
        <source>Commencer</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Quitter</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Connexion en cours…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <source>Connexion réussie : le serveur est prêt.</source>
        <translation>Connected: the server is ready.</translation>
    </message>
    <message>
        <source>Les deux mots de passe diffèrent.</source>
        <translation>The two passwords differ.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>relais-desk — connexion</source>
        <translation>relais-desk — sign in</translation>
    </message>
    <message>
        <source>Relais social</source>
        <translation>Relais social</translation>
    </message>
    <message>
        <source>Base locale</source>
        <translation>Local database</translation>
    </message>
    <message>
        <source>Identifiant</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>Mot de passe</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Base locale : %1</source>
        <translation>Local database: %1</translation>
    </message>
    <message>
        <source>Serveur : %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>Se connecter</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Quitter</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Indiquez votre identifiant et votre mot de passe.</source>
        <translation>Enter your username and password.</translation>
    </message>
    <message>
        <source>Vérification…</source>
        <translation>Checking…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>relais-desk — %1</source>
        <translation>relais-desk — %1</translation>
    </message>
    <message>
        <source>Mon abri</source>
        <translation>My shelter</translation>
    </message>
    <message>
        <source>Lits</source>
        <translation>Beds</translation>
    </message>
    <message>
        <source>Recensement</source>
        <translation>Census</translation>
    </message>
    <message>
        <source>Statistiques</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <source>Partenaires</source>
        <translation>Partners</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>&amp;Préférences</source>
        <translation>&amp;Preferences</translation>
    </message>
    <message>
        <source>Langue</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>La langue choisie s&apos;appliquera au prochain démarrage.</source>
        <translation>The chosen language will apply at the next start.</translation>
    </message>
    <message>
        <source>Base locale</source>
        <translation>Local database</translation>
    </message>
    <message>
        <source>Serveur %1</source>
        <translation>Server %1</translation>
    </message>
    <message>
        <source>● En direct</source>
        <translation>● Live</translation>
    </message>
    <message>
        <source>● Reconnexion…</source>
        <translation>● Reconnecting…</translation>
    </message>
    <message>
        <source>● Hors ligne</source>
        <translation>● Offline</translation>
    </message>
    <message>
        <source>(données %1)</source>
        <translation>(data %1)</translation>
    </message>
    <message>
        <source>Saturation : plus que %1 lit(s) « %2 » libre(s) dans le réseau.</source>
        <translation>Saturation: only %1 free “%2” bed(s) left in the network.</translation>
    </message>
    <message>
        <source>relais-desk — saturation</source>
        <translation>relais-desk — saturation</translation>
    </message>
</context>
<context>
    <name>MyShelterPanel</name>
    <message>
        <source>Mon abri</source>
        <translation>My shelter</translation>
    </message>
    <message>
        <source>Lits de cette nuit</source>
        <translation>Tonight&apos;s beds</translation>
    </message>
    <message>
        <source>Arrivées attendues</source>
        <translation>Expected arrivals</translation>
    </message>
    <message>
        <source>Personne n&apos;est attendu pour l&apos;instant.</source>
        <translation>Nobody is expected for now.</translation>
    </message>
    <message>
        <source>Personne</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Catégorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Arriver avant</source>
        <translation>Arrive before</translation>
    </message>
    <message>
        <source>Refus à la porte</source>
        <translation>Turned away at the door</translation>
    </message>
    <message>
        <source>Remarque (facultative, sans nom)</source>
        <translation>Note (optional, no names)</translation>
    </message>
    <message>
        <source>Enregistrer le refus</source>
        <translation>Record the refusal</translation>
    </message>
</context>
<context>
    <name>MyShelterScreen</name>
    <message>
        <source>%1 libres sur %2</source>
        <translation>%1 free of %2</translation>
    </message>
    <message>
        <source>%1 réservés</source>
        <translation>%1 held</translation>
    </message>
    <message>
        <source>Motif des lits hors service</source>
        <translation>Why beds are out of service</translation>
    </message>
    <message>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Occupés</source>
        <translation>Occupied</translation>
    </message>
    <message>
        <source>Hors service</source>
        <translation>Out of service</translation>
    </message>
    <message>
        <source>Pas de connexion à la base : rien n&apos;est enregistré. Vos chiffres restent affichés ; réessayez quand la connexion revient.</source>
        <translation>No database connection: nothing was saved. Your numbers stay on screen; try again when the connection is back.</translation>
    </message>
    <message>
        <source>Enregistré à %1.</source>
        <translation>Saved at %1.</translation>
    </message>
    <message>
        <source>personne orientée</source>
        <translation>referred person</translation>
    </message>
    <message>
        <source>Arrivé·e</source>
        <translation>Arrived</translation>
    </message>
    <message>
        <source>Absent·e</source>
        <translation>No-show</translation>
    </message>
    <message>
        <source>Choisissez une catégorie.</source>
        <translation>Choose a category.</translation>
    </message>
    <message>
        <source>Refus enregistré.</source>
        <translation>Refusal recorded.</translation>
    </message>
</context>
<context>
    <name>PartnerDialog</name>
    <message>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>PartnerEditor</name>
    <message>
        <source>Partenaire</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Axe</source>
        <translation>Axis</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Town</translation>
    </message>
    <message>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Adresse confidentielle (jamais imprimée)</source>
        <translation>Confidential address (never printed)</translation>
    </message>
    <message>
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Courriel</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Quota de nuits</source>
        <translation>Night quota</translation>
    </message>
    <message>
        <source>aucun</source>
        <translation>none</translation>
    </message>
    <message>
        <source>nuits sur</source>
        <translation>nights in</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>jours</source>
        <translation>days</translation>
    </message>
    <message>
        <source>À apporter</source>
        <translation>What to bring</translation>
    </message>
    <message>
        <source>Actif dans le réseau</source>
        <translation>Active in the network</translation>
    </message>
</context>
<context>
    <name>PartnersScreen</name>
    <message>
        <source>Tous les axes</source>
        <translation>All axes</translation>
    </message>
    <message>
        <source>Nouveau partenaire</source>
        <translation>New partner</translation>
    </message>
    <message>
        <source>Modifier</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Ajouter une période de capacité</source>
        <translation>Add a capacity period</translation>
    </message>
    <message>
        <source>Retirer la période choisie</source>
        <translation>Retire the selected period</translation>
    </message>
    <message>
        <source>Partenaire</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Axe</source>
        <translation>Axis</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Town</translation>
    </message>
    <message>
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Catégorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Lits</source>
        <translation>Beds</translation>
    </message>
    <message>
        <source>Période</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Accueil</source>
        <translation>Accepts</translation>
    </message>
    <message>
        <source>Axe :</source>
        <translation>Axis:</translation>
    </message>
    <message>
        <source>inactif</source>
        <translation>inactive</translation>
    </message>
    <message>
        <source>adresse confidentielle</source>
        <translation>confidential address</translation>
    </message>
    <message>
        <source>Quota : %1 nuits sur %2 jours</source>
        <translation>Quota: %1 nights in %2 days</translation>
    </message>
    <message>
        <source>depuis le %1</source>
        <translation>since %1</translation>
    </message>
    <message>
        <source>chiens</source>
        <translation>dogs</translation>
    </message>
    <message>
        <source>PMR</source>
        <translation>wheelchair</translation>
    </message>
    <message>
        <source>bas seuil</source>
        <translation>low threshold</translation>
    </message>
    <message>
        <source>Plan hiver</source>
        <translation>Winter plan</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>Choisissez d&apos;abord une période dans le tableau des capacités.</source>
        <translation>Select a period in the capacity table first.</translation>
    </message>
    <message>
        <source>Choisissez d&apos;abord un abri de nuit dans la liste.</source>
        <translation>Select a night shelter in the list first.</translation>
    </message>
</context>
<context>
    <name>Refusals</name>
    <message>
        <source>Plus de place</source>
        <translation>No room</translation>
    </message>
    <message>
        <source>Quota de nuits dépassé</source>
        <translation>Night quota exceeded</translation>
    </message>
    <message>
        <source>Profil non accueilli</source>
        <translation>Profile not accepted</translation>
    </message>
    <message>
        <source>Autre</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Opérateur·rice urgence sociale</source>
        <translation>Hotline operator</translation>
    </message>
    <message>
        <source>Personnel d&apos;abri</source>
        <translation>Shelter staff</translation>
    </message>
    <message>
        <source>Coordination</source>
        <translation>Coordination</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
</context>
<context>
    <name>StatsScreen</name>
    <message>
        <source>Tous les abris</source>
        <translation>All shelters</translation>
    </message>
    <message>
        <source>Toutes les catégories</source>
        <translation>All categories</translation>
    </message>
    <message>
        <source>Tous les axes</source>
        <translation>All axes</translation>
    </message>
    <message>
        <source>par jour</source>
        <translation>by day</translation>
    </message>
    <message>
        <source>par semaine</source>
        <translation>by week</translation>
    </message>
    <message>
        <source>par mois</source>
        <translation>by month</translation>
    </message>
    <message>
        <source>réseau</source>
        <translation>network</translation>
    </message>
    <message>
        <source>par abri</source>
        <translation>by shelter</translation>
    </message>
    <message>
        <source>par catégorie</source>
        <translation>by category</translation>
    </message>
    <message>
        <source>Actualiser</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Exporter le graphique (PNG)</source>
        <translation>Export the chart (PNG)</translation>
    </message>
    <message>
        <source>Exporter les données (XLSX)</source>
        <translation>Export the data (XLSX)</translation>
    </message>
    <message>
        <source>Demande non rencontrée (XLSX)…</source>
        <translation>Unmet demand (XLSX)…</translation>
    </message>
    <message>
        <source>Rapport annuel…</source>
        <translation>Annual report…</translation>
    </message>
    <message>
        <source>Taux d&apos;occupation</source>
        <translation>Occupancy rate</translation>
    </message>
    <message>
        <source>Nuitées par mois</source>
        <translation>Bed-nights per month</translation>
    </message>
    <message>
        <source>Refus faute de place par mois et motif</source>
        <translation>Turned away for lack of space, by month and reason</translation>
    </message>
    <message>
        <source>Appels par jour et heure (charge de la permanence)</source>
        <translation>Calls by day and hour (hotline load)</translation>
    </message>
    <message>
        <source>Orientations par axe et suite</source>
        <translation>Referrals by axis and outcome</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>Occupancy</translation>
    </message>
    <message>
        <source>Nuitées</source>
        <translation>Bed-nights</translation>
    </message>
    <message>
        <source>Refus</source>
        <translation>Refusals</translation>
    </message>
    <message>
        <source>Permanence</source>
        <translation>Hotline</translation>
    </message>
    <message>
        <source>Orientations</source>
        <translation>Referrals</translation>
    </message>
    <message>
        <source>Du</source>
        <translation>From</translation>
    </message>
    <message>
        <source>au</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Calcul en cours…</source>
        <translation>Computing…</translation>
    </message>
    <message>
        <source>Pas de recensement sur cette période : rien à montrer.</source>
        <translation>No census in this period: nothing to show.</translation>
    </message>
    <message>
        <source>Exporter le graphique</source>
        <translation>Export the chart</translation>
    </message>
    <message>
        <source>Exporter les données</source>
        <translation>Export the data</translation>
    </message>
    <message>
        <source>Demande non rencontrée</source>
        <translation>Unmet demand</translation>
    </message>
    <message>
        <source>Exporté : %1</source>
        <translation>Exported: %1</translation>
    </message>
    <message>
        <source>Rapport annuel</source>
        <translation>Annual report</translation>
    </message>
    <message>
        <source>Rapport annuel %1…</source>
        <translation>Annual report %1…</translation>
    </message>
    <message>
        <source>Rapport écrit : %1 (et les tableaux en XLSX)</source>
        <translation>Report written: %1 (and the tables as XLSX)</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <source>(aucun)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Créer le compte</source>
        <translation>Create the account</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>UserEditor</name>
    <message>
        <source>Compte</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Identifiant</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>Nom affiché</source>
        <translation>Display name</translation>
    </message>
    <message>
        <source>Rôle</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Abri</source>
        <translation>Shelter</translation>
    </message>
    <message>
        <source>Mot de passe</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>au moins 8 caractères</source>
        <translation>at least 8 characters</translation>
    </message>
</context>
</TS>
