<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="fr_BE">
<context>
    <name>AccessScreen</name>
    <message>
        <source>Pseudonyme</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>Chercher</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Accès à cette personne</source>
        <translation>Accesses to this person</translation>
    </message>
    <message>
        <source>Exporter son dossier…</source>
        <translation>Export their file…</translation>
    </message>
    <message>
        <source>Lectures de ce compte</source>
        <translation>This account&apos;s reads</translation>
    </message>
    <message>
        <source>Lectures de la période</source>
        <translation>Reads of the period</translation>
    </message>
    <message>
        <source>Personne</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Compte</source>
        <translation>Account</translation>
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
        <source>Quand</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Lecture</source>
        <translation>Read</translation>
    </message>
    <message>
        <source>Écran ou commande</source>
        <translation>Screen or command</translation>
    </message>
    <message>
        <source>Personne (clé)</source>
        <translation>Person (key)</translation>
    </message>
    <message>
        <source>Appel</source>
        <translation>Call</translation>
    </message>
    <message>
        <source>Aucune personne ne correspond.</source>
        <translation>No person matches.</translation>
    </message>
    <message>
        <source>Cherchez d&apos;abord une personne par son pseudonyme.</source>
        <translation>First search for a person by their alias.</translation>
    </message>
    <message>
        <source>système</source>
        <translation>system</translation>
    </message>
    <message numerus="yes">
        <source>%n lecture(s).</source>
        <translation>
            <numerusform>%n read.</numerusform>
            <numerusform>%n reads.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporter le dossier</source>
        <translation>Export the file</translation>
    </message>
    <message>
        <source>Exporter tout ce que le réseau garde de « %1 » (fiche, appels et leurs notes, orientations, refus, accès) dans un fichier ? Ce fichier contient des données personnelles : remettez-le à la personne et ne le laissez pas sur ce poste.</source>
        <translation>Export everything the network holds about “%1” (record, calls and their notes, orientations, refusals, accesses) to a file? This file contains personal data: hand it to the person and do not leave it on this workstation.</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Dossier écrit dans %1 (lisible par vous seul·e).</source>
        <translation>File written to %1 (readable by you only).</translation>
    </message>
</context>
<context>
    <name>AccessWhat</name>
    <message>
        <source>recherche</source>
        <translation>search</translation>
    </message>
    <message>
        <source>fiche</source>
        <translation>record</translation>
    </message>
    <message>
        <source>appel et ses notes</source>
        <translation>call and its notes</translation>
    </message>
    <message>
        <source>journal des appels</source>
        <translation>call journal</translation>
    </message>
    <message>
        <source>orientation</source>
        <translation>referral</translation>
    </message>
    <message>
        <source>refus</source>
        <translation>turn-away</translation>
    </message>
    <message>
        <source>bon d&apos;orientation</source>
        <translation>referral slip</translation>
    </message>
    <message>
        <source>journal des accès</source>
        <translation>access log</translation>
    </message>
    <message>
        <source>export du dossier</source>
        <translation>file export</translation>
    </message>
</context>
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
        <source>Comptes</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>Accès</source>
        <translation>Access</translation>
    </message>
    <message>
        <source>Personnes</source>
        <translation>Persons</translation>
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
        <source>Désactiver le compte</source>
        <translation>Deactivate the account</translation>
    </message>
    <message>
        <source>Désactiver le compte « %1 » (%2) ? Cette personne ne pourra plus se connecter ; sa session ouverte se ferme. Vous pourrez le réactiver.</source>
        <translation>Deactivate the account “%1” (%2)? This person will no longer be able to log in; their open session closes. You can reactivate it.</translation>
    </message>
    <message>
        <source>Compte mis à jour : %1</source>
        <translation>Account updated: %1</translation>
    </message>
    <message>
        <source>Mot de passe à usage unique</source>
        <translation>One-time password</translation>
    </message>
    <message>
        <source>Donner à %1 un mot de passe à usage unique ? Son mot de passe actuel ne fonctionnera plus ; il devra en choisir un nouveau à sa prochaine connexion.</source>
        <translation>Give %1 a one-time password? Their current password will stop working; they will have to choose a new one at their next login.</translation>
    </message>
    <message>
        <source>Mot de passe à usage unique donné à %1.</source>
        <translation>One-time password given to %1.</translation>
    </message>
    <message>
        <source>Mot de passe à usage unique pour %1 :</source>
        <translation>One-time password for %1:</translation>
    </message>
    <message>
        <source>Communiquez-le à la personne (il ne sera plus affiché). Elle devra le changer à sa prochaine connexion.</source>
        <translation>Pass it on to the person (it will not be shown again). They will have to change it at their next login.</translation>
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
    <message>
        <source>il y a %1 min</source>
        <translation>%1 min ago</translation>
    </message>
    <message>
        <source>il y a %1 h</source>
        <translation>%1 h ago</translation>
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
        <source>(dont %1 dans des comptes non mis à jour depuis plus de %2 h)</source>
        <translation>(of which %1 in counts not updated for more than %2 h)</translation>
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
    <message>
        <source>Ce moment est dans le futur : le tableau passé ne se montre qu&apos;à un moment déjà écoulé.</source>
        <translation>This moment is in the future: the past board can only be shown for a moment that has passed.</translation>
    </message>
</context>
<context>
    <name>CallActions</name>
    <message>
        <source>Ce que vous avez tapé reste affiché.</source>
        <translation>What you typed stays on screen.</translation>
    </message>
</context>
<context>
    <name>CallChannel</name>
    <message>
        <source>Téléphone</source>
        <translation>Telephone</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>Walk-in</translation>
    </message>
    <message>
        <source>Équipe mobile</source>
        <translation>Mobile team</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>Police</translation>
    </message>
    <message>
        <source>Hôpital</source>
        <translation>Hospital</translation>
    </message>
    <message>
        <source>Partenaire</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Citoyen·ne</source>
        <translation>Citizen</translation>
    </message>
    <message>
        <source>Autre canal</source>
        <translation>Other channel</translation>
    </message>
</context>
<context>
    <name>CallDetail</name>
    <message>
        <source>Appel choisi</source>
        <translation>Selected call</translation>
    </message>
    <message>
        <source>Choisissez un appel dans la liste.</source>
        <translation>Choose a call in the list.</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Bed</translation>
    </message>
    <message>
        <source>Arriver avant</source>
        <translation>Arrive before</translation>
    </message>
    <message>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Changer le statut</source>
        <translation>Change status</translation>
    </message>
    <message>
        <source>Imprimer le bon</source>
        <translation>Print the slip</translation>
    </message>
    <message>
        <source>Bon en PDF…</source>
        <translation>Slip as PDF…</translation>
    </message>
    <message>
        <source>Heure</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Place demandée</source>
        <translation>Bed asked for</translation>
    </message>
    <message>
        <source>Motif</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Remarque</source>
        <translation>Remark</translation>
    </message>
    <message>
        <source>Enregistrer le suivi</source>
        <translation>Save the follow-up</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Suite</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Orientations</source>
        <translation>Referrals</translation>
    </message>
    <message>
        <source>Refus faute de place</source>
        <translation>Turned away (no room)</translation>
    </message>
    <message>
        <source>anonyme</source>
        <translation>anonymous</translation>
    </message>
    <message>
        <source>Canal : %1 · Appelant·e : %2</source>
        <translation>Channel: %1 · Caller: %2</translation>
    </message>
    <message>
        <source>Besoins : %1</source>
        <translation>Needs: %1</translation>
    </message>
    <message>
        <source>Lieu : %1</source>
        <translation>Location: %1</translation>
    </message>
    <message>
        <source>Opérateur·rice : %1</source>
        <translation>Operator: %1</translation>
    </message>
    <message>
        <source>sans lit</source>
        <translation>no bed</translation>
    </message>
    <message>
        <source>Choisissez une orientation.</source>
        <translation>Choose a referral.</translation>
    </message>
    <message>
        <source>Pas de connexion à la base : le suivi n&apos;est pas enregistré ; il reste affiché.</source>
        <translation>No connection to the database: the follow-up is not saved; it stays on screen.</translation>
    </message>
</context>
<context>
    <name>CallIntake</name>
    <message>
        <source>Lits compatibles maintenant</source>
        <translation>Suitable beds now</translation>
    </message>
    <message>
        <source>Bon d&apos;orientation : Ctrl+P. Enregistrer l&apos;appel : Entrée.</source>
        <translation>Referral slip: Ctrl+P. Save the call: Enter.</translation>
    </message>
    <message>
        <source>La liste montre les places qui restent.</source>
        <translation>The list shows the beds that are left.</translation>
    </message>
    <message>
        <source>Orientation vers %1 ajoutée à l&apos;appel.</source>
        <translation>Referral to %1 added to the call.</translation>
    </message>
    <message>
        <source>Refus noté ; il sera enregistré avec l&apos;appel (Entrée).</source>
        <translation>Turn-away noted; it is saved with the call (Enter).</translation>
    </message>
    <message>
        <source>Pas encore d&apos;orientation dans cet appel : rien à imprimer.</source>
        <translation>No referral in this call yet: nothing to print.</translation>
    </message>
    <message>
        <source>Les lits réservés pendant cet appel n&apos;ont pas pu être rendus (%1). L&apos;appel reste affiché : Échap pour réessayer.</source>
        <translation>The beds held during this call could not be given back (%1). The call stays on screen: Esc to try again.</translation>
    </message>
</context>
<context>
    <name>CallJournal</name>
    <message>
        <source>Tous</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Toutes</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Rechercher un pseudonyme</source>
        <translation>Search an alias</translation>
    </message>
    <message>
        <source>Reçu à</source>
        <translation>Received at</translation>
    </message>
    <message>
        <source>Personne</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Canal</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Besoins</source>
        <translation>Needs</translation>
    </message>
    <message>
        <source>Suite</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Opérateur·rice</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>O · R</source>
        <translation>R · N</translation>
    </message>
    <message>
        <source>Orientations · refus faute de place</source>
        <translation>Referrals · turned away for lack of space</translation>
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
        <source>Besoin</source>
        <translation>Need</translation>
    </message>
    <message>
        <source>La fin de la période précède son début.</source>
        <translation>The end of the period is before its start.</translation>
    </message>
    <message>
        <source>anonyme</source>
        <translation>anonymous</translation>
    </message>
    <message>
        <source>%1 appel(s)</source>
        <translation>%1 call(s)</translation>
    </message>
    <message>
        <source>Aucun appel pour « %1 » du %2 au %3 : élargissez la période (Du).</source>
        <translation>No call for “%1” from %2 to %3: widen the period (From).</translation>
    </message>
</context>
<context>
    <name>CallOutcome</name>
    <message>
        <source>Orienté·e</source>
        <translation>Referred</translation>
    </message>
    <message>
        <source>Refus faute de place</source>
        <translation>Turned away (no room)</translation>
    </message>
    <message>
        <source>Information donnée</source>
        <translation>Information given</translation>
    </message>
    <message>
        <source>Sans suite</source>
        <translation>No further action</translation>
    </message>
    <message>
        <source>En cours</source>
        <translation>In progress</translation>
    </message>
</context>
<context>
    <name>CallPanel</name>
    <message>
        <source>Appel</source>
        <translation>Call</translation>
    </message>
    <message>
        <source>Où est la personne ? (gare, rue…)</source>
        <translation>Where is the person? (station, street…)</translation>
    </message>
    <message>
        <source>Notes courtes</source>
        <translation>Short notes</translation>
    </message>
    <message>
        <source>⚠ Ces notes sont partagées avec tout le réseau : pas de nom, pas de détail médical ou judiciaire.</source>
        <translation>⚠ These notes are shared with the whole network: no names, no medical or legal details.</translation>
    </message>
    <message>
        <source>Automatique (selon ce qui a été fait)</source>
        <translation>Automatic (from what was done)</translation>
    </message>
    <message>
        <source>Lieu</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Besoins</source>
        <translation>Needs</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Canal</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Appelant·e</source>
        <translation>Caller</translation>
    </message>
    <message>
        <source>Reçu à</source>
        <translation>Received at</translation>
    </message>
    <message>
        <source>Suite</source>
        <translation>Outcome</translation>
    </message>
</context>
<context>
    <name>CallerType</name>
    <message>
        <source>La personne elle-même</source>
        <translation>The person themself</translation>
    </message>
    <message>
        <source>Un·e proche</source>
        <translation>A relative or friend</translation>
    </message>
    <message>
        <source>Un·e professionnel·le</source>
        <translation>A professional</translation>
    </message>
    <message>
        <source>La police</source>
        <translation>The police</translation>
    </message>
    <message>
        <source>Un·e citoyen·ne</source>
        <translation>A citizen</translation>
    </message>
    <message>
        <source>Autre appelant·e</source>
        <translation>Other caller</translation>
    </message>
</context>
<context>
    <name>CallsScreen</name>
    <message>
        <source>Nouvel appel (Ctrl+N)</source>
        <translation>New call (Ctrl+N)</translation>
    </message>
    <message>
        <source>Journal des appels</source>
        <translation>Call log</translation>
    </message>
    <message>
        <source>Nouvel appel</source>
        <translation>New call</translation>
    </message>
    <message>
        <source>Appels</source>
        <translation>Calls</translation>
    </message>
    <message>
        <source>Reprendre l&apos;appel en cours (Ctrl+N)</source>
        <translation>Back to the call in progress (Ctrl+N)</translation>
    </message>
    <message>
        <source>Appel de %1 enregistré.</source>
        <translation>Call of %1 saved.</translation>
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
    <name>CapacityKind</name>
    <message>
        <source>Base</source>
        <translation>Base</translation>
    </message>
    <message>
        <source>Plan hiver</source>
        <translation>Winter plan</translation>
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
        <source>Occupés
23 h</source>
        <translation>Occupied
11 pm</translation>
    </message>
    <message>
        <source>Occupés
clôture</source>
        <translation>Occupied
closed</translation>
    </message>
    <message>
        <source>Réservés
23 h</source>
        <translation>Held
11 pm</translation>
    </message>
    <message>
        <source>Libres
23 h</source>
        <translation>Free
11 pm</translation>
    </message>
    <message>
        <source>Arrivées
23 h</source>
        <translation>Arrivals
11 pm</translation>
    </message>
    <message>
        <source>Arrivées
clôture</source>
        <translation>Arrivals
closed</translation>
    </message>
    <message>
        <source>Absences
23 h</source>
        <translation>No-shows
11 pm</translation>
    </message>
    <message>
        <source>Absences
clôture</source>
        <translation>No-shows
closed</translation>
    </message>
    <message>
        <source>Orientations
23 h</source>
        <translation>Referrals
11 pm</translation>
    </message>
    <message>
        <source>Orientations
clôture</source>
        <translation>Referrals
closed</translation>
    </message>
    <message>
        <source>Refus
23 h</source>
        <translation>Refusals
11 pm</translation>
    </message>
    <message>
        <source>Refus
clôture</source>
        <translation>Refusals
closed</translation>
    </message>
    <message>
        <source>dont
saturation</source>
        <translation>of which
no bed</translation>
    </message>
    <message>
        <source>dont
quota</source>
        <translation>of which
quota</translation>
    </message>
    <message>
        <source>dont
profil</source>
        <translation>of which
profile</translation>
    </message>
    <message>
        <source>dont
autre</source>
        <translation>of which
other</translation>
    </message>
    <message>
        <source>Hors
service
23 h</source>
        <translation>Out of
service
11 pm</translation>
    </message>
    <message>
        <source>Hors
service
clôture</source>
        <translation>Out of
service
closed</translation>
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
        <source>« 23 h » : le recensement de la soirée. « clôture » (fond bleu) : les chiffres définitifs de la nuit, écrits le lendemain à midi ; ils comptent tout ce qui a été encodé pendant la nuit, même après 23 h.</source>
        <translation>“11 pm”: the evening&apos;s census. “closed” (blue background): the night&apos;s final figures, written the next day at noon; they count everything recorded during the night, even after 11 pm.</translation>
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
        <source>Chiffre définitif de la nuit clôturée</source>
        <translation>Final figure of the closed night</translation>
    </message>
    <message>
        <source>Recensement de 23 h</source>
        <translation>The 11 pm census</translation>
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
        <source>système</source>
        <translation>system</translation>
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
        <source>Pas de recensement de 23 h pour la nuit du %1 : seuls les chiffres de clôture sont montrés.</source>
        <translation>No 11 pm census for the night of %1: only the closed night&apos;s figures are shown.</translation>
    </message>
    <message>
        <source>Nuit clôturée : chiffres définitifs écrits le %1.</source>
        <translation>Night closed: final figures written on %1.</translation>
    </message>
    <message>
        <source>%1 ligne(s) non communiquée(s) : personne n&apos;a mis à jour ses lits cette nuit-là.</source>
        <translation>%1 row(s) not reported: nobody updated their beds that night.</translation>
    </message>
    <message>
        <source>Nuit pas encore clôturée — la clôture est due : un relais-desk ouvert la fera dans l&apos;heure (au démarrage, puis toutes les heures).</source>
        <translation>Night not closed yet — its close is due: an open relais-desk will do it within the hour (at start-up, then every hour).</translation>
    </message>
    <message>
        <source>Nuit pas encore clôturée — clôture aujourd&apos;hui à midi.</source>
        <translation>Night not closed yet — it closes today at noon.</translation>
    </message>
    <message>
        <source>Nuit pas encore clôturée — clôture demain à midi.</source>
        <translation>Night not closed yet — it closes tomorrow at noon.</translation>
    </message>
    <message>
        <source>Nuit pas encore clôturée — clôture le %1 à midi.</source>
        <translation>Night not closed yet — it closes on %1 at noon.</translation>
    </message>
    <message>
        <source>Nuit du %1 : %2</source>
        <translation>Night of %1: %2</translation>
    </message>
    <message>
        <source>%1 nuit(s) de la période pas encore clôturée(s) : leurs colonnes « clôture » sont vides.</source>
        <translation>%1 night(s) of the period not closed yet: their “closed” columns are empty.</translation>
    </message>
    <message>
        <source>recensement manquant</source>
        <translation>census missing</translation>
    </message>
    <message>
        <source>Personne n&apos;a mis à jour les lits de cette catégorie pendant la nuit : l&apos;occupation est inconnue (ni 0, ni pleine).</source>
        <translation>Nobody updated the beds of this category during the night: occupancy is unknown (neither 0 nor full).</translation>
    </message>
    <message>
        <source>Nuit pas encore clôturée</source>
        <translation>Night not closed yet</translation>
    </message>
    <message>
        <source>non communiqué</source>
        <translation>not reported</translation>
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
    <name>ChangePasswordDialog</name>
    <message>
        <source>Changer mon mot de passe</source>
        <translation>Change my password</translation>
    </message>
    <message>
        <source>Changer le mot de passe</source>
        <translation>Change the password</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>%1 effectif masqué (&lt; %2) : non dessiné</source>
        <translation>%1 masked count (&lt; %2): not drawn</translation>
    </message>
    <message>
        <source>Réseau</source>
        <translation>Network</translation>
    </message>
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
        <source>appels</source>
        <translation>calls</translation>
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
    <name>ConnectionBanner</name>
    <message>
        <source>Connexion à la base perdue — rien n&apos;est enregistré tant qu&apos;elle ne revient pas ; ce que vous tapez reste affiché. Reconnexion automatique en cours.</source>
        <translation>Connection to the database lost — nothing is saved until it comes back; what you type stays on screen. Reconnecting automatically.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>« %1 » est hors des dates possibles ici.</source>
        <translation>“%1” is outside the dates allowed here.</translation>
    </message>
</context>
<context>
    <name>DecisionText</name>
    <message>
        <source>L&apos;appel est en cours d&apos;enregistrement.</source>
        <translation>The call is being saved.</translation>
    </message>
    <message>
        <source>Pas de connexion à la base : rien n&apos;est enregistré. Ce que vous avez tapé reste affiché ; réessayez quand la connexion revient.</source>
        <translation>No connection to the database: nothing is saved. What you typed stays on screen; try again when the connection is back.</translation>
    </message>
    <message>
        <source>Choisissez un service.</source>
        <translation>Choose a service.</translation>
    </message>
    <message>
        <source>Aucun lit compatible n&apos;est choisi dans la liste.</source>
        <translation>No suitable bed is chosen in the list.</translation>
    </message>
    <message>
        <source>Choisissez la catégorie de lit demandée.</source>
        <translation>Choose the bed category asked for.</translation>
    </message>
    <message>
        <source>Corrigez d&apos;abord l&apos;année de naissance : elle décide des places proposées (mineur·e ou adulte).</source>
        <translation>Correct the birth year first: it decides which places are offered (minor or adult).</translation>
    </message>
    <message>
        <source>Un lit est déjà réservé pendant cet appel (%1). Un deuxième lit : Ctrl+R encore. Pour changer de lit, annulez d&apos;abord la ligne dans « Pendant cet appel ».</source>
        <translation>A bed is already held during this call (%1). A second bed: Ctrl+R again. To change beds, first cancel the line under “During this call”.</translation>
    </message>
    <message>
        <source>Déjà orienté·e ce soir : %1. Réserver quand même un autre lit : Ctrl+R encore.</source>
        <translation>Already referred tonight: %1. Hold another bed anyway: Ctrl+R again.</translation>
    </message>
    <message>
        <source>%1 : quota de nuits atteint pour cette personne (%2 nuit(s) sur %3 jours). Réserver quand même : Ctrl+R encore. Sinon, refus « quota dépassé » : Ctrl+Maj+R.</source>
        <translation>%1: night quota reached for this person (%2 night(s) over %3 days). Hold anyway: Ctrl+R again. Otherwise, turn away for “quota exceeded”: Ctrl+Shift+R.</translation>
    </message>
    <message>
        <source>La liste montre encore %1 lit(s) « %2 » libre(s) : Ctrl+R pour en réserver un. Refus « plus de place » quand même : Ctrl+Maj+R encore.</source>
        <translation>The list still shows %1 free “%2” bed(s): Ctrl+R to hold one. Record “no space” anyway: Ctrl+Shift+R again.</translation>
    </message>
    <message>
        <source>Réservation en cours… l&apos;appel sera enregistré dès qu&apos;elle est faite.</source>
        <translation>Holding the bed… the call will be saved as soon as it is held.</translation>
    </message>
    <message>
        <source>Pseudonyme : indiquez-le, ou cochez « Anonyme ».</source>
        <translation>Alias: type it, or tick “Anonymous”.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Période invalide.</source>
        <translation>Invalid period.</translation>
    </message>
    <message>
        <source>La fin de la période précède son début.</source>
        <translation>The end of the period is before its start.</translation>
    </message>
    <message>
        <source>Période trop longue (20 ans au plus).</source>
        <translation>Period too long (20 years at most).</translation>
    </message>
    <message>
        <source>Dates de validité invalides.</source>
        <translation>Invalid validity dates.</translation>
    </message>
    <message>
        <source>La fin de validité précède son début.</source>
        <translation>The end of validity comes before its start.</translation>
    </message>
    <message>
        <source>Nuit invalide : une date est attendue (AAAA-MM-JJ).</source>
        <translation>Invalid night: a date is expected (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Le recensement de la nuit du {night} n&apos;a pas encore eu lieu (il se fait à {time}).</source>
        <translation>The census of the night of {night} has not taken place yet (it runs at {time}).</translation>
    </message>
    <message>
        <source>La nuit du {night} n&apos;est pas encore clôturée : elle le sera le {closes} à midi.</source>
        <translation>The night of {night} is not closed yet: it will be on {closes} at noon.</translation>
    </message>
    <message>
        <source>Le {at} est dans le futur : le tableau passé ne se montre qu&apos;à un moment déjà écoulé.</source>
        <translation>{at} is in the future: a past board can only be shown for a moment that has already gone by.</translation>
    </message>
    <message>
        <source>Heure invalide : « {value} » (attendu HH:MM).</source>
        <translation>Invalid time: “{value}” (expected HH:MM).</translation>
    </message>
    <message>
        <source>{label} : texte attendu.</source>
        <translation>{label}: text expected.</translation>
    </message>
    <message>
        <source>{label} : caractère invalide.</source>
        <translation>{label}: invalid character.</translation>
    </message>
    <message>
        <source>{label} : ce champ est obligatoire.</source>
        <translation>{label}: this field is required.</translation>
    </message>
    <message>
        <source>{label} : {length} caractères, au plus {max} permis.</source>
        <translation>{label}: {length} characters, at most {max} allowed.</translation>
    </message>
    <message>
        <source>{label} : « {value} » n&apos;est pas une valeur permise ({allowed}).</source>
        <translation>{label}: “{value}” is not an allowed value ({allowed}).</translation>
    </message>
    <message>
        <source>{label} : « {value} » n&apos;est pas un nombre entier.</source>
        <translation>{label}: “{value}” is not a whole number.</translation>
    </message>
    <message>
        <source>{label} : nombre entier attendu.</source>
        <translation>{label}: whole number expected.</translation>
    </message>
    <message>
        <source>{label} : {value} est négatif ; un nombre de lits est 0 ou plus.</source>
        <translation>{label}: {value} is negative; a number of beds is 0 or more.</translation>
    </message>
    <message>
        <source>{label} : {value} dépasse le maximum permis ({maximum}).</source>
        <translation>{label}: {value} is above the maximum allowed ({maximum}).</translation>
    </message>
    <message>
        <source>Personnes dans le ménage : au moins 1 (la personne elle-même).</source>
        <translation>People in the household: at least 1 (the person themselves).</translation>
    </message>
    <message>
        <source>Abri : nom ou numéro attendu.</source>
        <translation>Shelter: name or number expected.</translation>
    </message>
    <message>
        <source>Aucun partenaire ne s&apos;appelle « {ref} ».</source>
        <translation>No partner is called “{ref}”.</translation>
    </message>
    <message>
        <source>Catégorie : code attendu.</source>
        <translation>Category: code expected.</translation>
    </message>
    <message>
        <source>Catégorie de lits inconnue : « {ref} ».</source>
        <translation>Unknown bed category: “{ref}”.</translation>
    </message>
    <message>
        <source>{what} n° {ref} introuvable.</source>
        <translation>{what} no. {ref} not found.</translation>
    </message>
    <message>
        <source>Profil invalide.</source>
        <translation>Invalid profile.</translation>
    </message>
    <message>
        <source>Reçu à : date et heure attendues.</source>
        <translation>Received at: date and time expected.</translation>
    </message>
    <message>
        <source>Reçu à : l&apos;appel ne peut pas être dans le futur.</source>
        <translation>Received at: the call cannot be in the future.</translation>
    </message>
    <message>
        <source>Reçu à : plus d&apos;un mois dans le passé — vérifiez la date.</source>
        <translation>Received at: more than a month ago — check the date.</translation>
    </message>
    <message>
        <source>Choisissez une personne existante OU créez-en une, pas les deux.</source>
        <translation>Choose an existing person OR create one, not both.</translation>
    </message>
    <message>
        <source>L&apos;orientation n° {ref} appartient déjà à un autre appel.</source>
        <translation>Referral no. {ref} already belongs to another call.</translation>
    </message>
    <message>
        <source>Refus mal formé.</source>
        <translation>Malformed refusal.</translation>
    </message>
    <message>
        <source>Un refus se rattache à un appel ou à un abri.</source>
        <translation>A refusal belongs to a call or to a shelter.</translation>
    </message>
    <message>
        <source>Année de naissance : {value} n&apos;est pas plausible (entre {lowest} et {highest}).</source>
        <translation>Birth year: {value} is not plausible (between {lowest} and {highest}).</translation>
    </message>
    <message>
        <source>Choisissez deux fiches différentes à fusionner.</source>
        <translation>Choose two different records to merge.</translation>
    </message>
    <message>
        <source>Personne n° {ref} : un lit lui est réservé cette nuit à {shelter}. Effacez-la après son arrivée, l&apos;annulation ou l&apos;expiration de la réservation.</source>
        <translation>Person no. {ref}: a bed is held for them tonight at {shelter}. Erase them after their arrival, or once the hold is cancelled or has expired.</translation>
    </message>
    <message>
        <source>« {shelter} » n&apos;a pas de lits « {category_label} » cette nuit.</source>
        <translation>“{shelter}” has no “{category_label}” beds tonight.</translation>
    </message>
    <message>
        <source>Rien à changer : indiquez les lits occupés ou hors service.</source>
        <translation>Nothing to change: give the occupied or out-of-service beds.</translation>
    </message>
    <message>
        <source>{shelter} – {category_label} : {occupied} occupés + {unavailable} hors service + {held} réservés = {total}, plus que les {capacity} lits de la capacité.</source>
        <translation>{shelter} – {category_label}: {occupied} occupied + {unavailable} out of service + {held} held = {total}, more than the {capacity} beds of the capacity.</translation>
    </message>
    <message>
        <source>L&apos;heure limite d&apos;arrivée doit être dans le futur, au plus 36 heures après maintenant.</source>
        <translation>The arrival deadline must be in the future, at most 36 hours from now.</translation>
    </message>
    <message>
        <source>Plus de lit libre « {category_label} » à {shelter} : il vient d&apos;être pris.</source>
        <translation>No free “{category_label}” bed left at {shelter}: it has just been taken.</translation>
    </message>
    <message>
        <source>{shelter} – {category_label} : {why}. Rien n&apos;a été réservé.</source>
        <translation>{shelter} – {category_label}: {why}. Nothing was held.</translation>
    </message>
    <message>
        <source>Cette réservation n&apos;est plus active (déjà arrivée, libérée ou expirée).</source>
        <translation>This hold is no longer active (already arrived, released or expired).</translation>
    </message>
    <message>
        <source>Un quota se donne en nuits ET en jours (par exemple 7 nuits sur 30 jours).</source>
        <translation>A quota is given in nights AND days (for example 7 nights in 30 days).</translation>
    </message>
    <message>
        <source>Indiquez l&apos;axe du partenaire.</source>
        <translation>Give the partner&apos;s axis.</translation>
    </message>
    <message>
        <source>Un partenaire s&apos;appelle déjà « {name} ».</source>
        <translation>A partner is already called “{name}”.</translation>
    </message>
    <message>
        <source>Public de la catégorie : « femme », « homme » ou « any ».</source>
        <translation>Category&apos;s public: “femme”, “homme” or “any”.</translation>
    </message>
    <message>
        <source>La catégorie « {code} » existe déjà.</source>
        <translation>The category “{code}” already exists.</translation>
    </message>
    <message>
        <source>« {shelter} » n&apos;est pas un abri de nuit : pas de lits.</source>
        <translation>“{shelter}” is not a night shelter: no beds.</translation>
    </message>
    <message>
        <source>Cette période de capacité n&apos;existe plus (modifiée ailleurs ?).</source>
        <translation>This capacity period no longer exists (changed elsewhere?).</translation>
    </message>
    <message>
        <source>{shelter} – {category_label} : cette nuit, {occupied} occupés + {unavailable} hors service + {held} réservés ne tiendraient pas dans {capacity} lits. Libérez des lits d&apos;abord, ou faites commencer le changement demain.</source>
        <translation>{shelter} – {category_label}: tonight, {occupied} occupied + {unavailable} out of service + {held} held would not fit in {capacity} beds. Free beds first, or make the change start tomorrow.</translation>
    </message>
    <message>
        <source>« {shelter} » n&apos;est plus actif dans le réseau.</source>
        <translation>“{shelter}” is no longer active in the network.</translation>
    </message>
    <message>
        <source>Cette orientation est déjà {status} : elle ne peut pas devenir {new_status}.</source>
        <translation>This referral is already {status}: it cannot become {new_status}.</translation>
    </message>
    <message>
        <source>La réservation de ce lit n&apos;est plus active (expirée ou modifiée ailleurs).</source>
        <translation>The hold of this bed is no longer active (expired or changed elsewhere).</translation>
    </message>
    <message>
        <source>Cette orientation vient d&apos;être modifiée sur un autre poste : rechargez-la.</source>
        <translation>This referral has just been changed on another workstation: reload it.</translation>
    </message>
    <message>
        <source>Votre rôle ({role}) ne permet pas cette action.</source>
        <translation>Your role ({role}) does not allow this action.</translation>
    </message>
    <message>
        <source>Vous ne pouvez modifier que les lits de votre abri, pas ceux de « {shelter} ».</source>
        <translation>You can only change the beds of your own shelter, not those of “{shelter}”.</translation>
    </message>
    <message>
        <source>Identifiant : lettres, chiffres, « . », « _ », « - » et « @ » seulement.</source>
        <translation>Username: letters, digits, “.”, “_”, “-” and “@” only.</translation>
    </message>
    <message>
        <source>Identifiant trop long pour ce serveur ({max} caractères au plus).</source>
        <translation>Username too long for this server ({max} characters at most).</translation>
    </message>
    <message>
        <source>Un compte « abri » doit être lié à un abri de nuit.</source>
        <translation>A “shelter” account must be linked to a night shelter.</translation>
    </message>
    <message>
        <source>« {shelter} » n&apos;est pas un abri de nuit.</source>
        <translation>“{shelter}” is not a night shelter.</translation>
    </message>
    <message>
        <source>L&apos;identifiant « {name} » existe déjà.</source>
        <translation>The username “{name}” already exists.</translation>
    </message>
    <message>
        <source>Ce compte est désactivé. Demandez à un·e administrateur·rice.</source>
        <translation>This account is deactivated. Ask an administrator.</translation>
    </message>
    <message>
        <source>Vous ne pouvez pas désactiver votre propre compte.</source>
        <translation>You cannot deactivate your own account.</translation>
    </message>
    <message>
        <source>Cette session n&apos;est pas celle d&apos;un compte actif de ce réseau.</source>
        <translation>This session is not that of an active account of this network.</translation>
    </message>
    <message>
        <source>Le nouveau mot de passe doit être différent de l&apos;actuel.</source>
        <translation>The new password must differ from the current one.</translation>
    </message>
    <message>
        <source>Le mot de passe doit être un texte.</source>
        <translation>The password must be text.</translation>
    </message>
    <message>
        <source>Le mot de passe contient un caractère nul : retapez-le.</source>
        <translation>The password contains a null character: type it again.</translation>
    </message>
    <message>
        <source>Le mot de passe doit faire au moins {minimum} caractères (il en a {length}).</source>
        <translation>The password must be at least {minimum} characters long (it has {length}).</translation>
    </message>
    <message>
        <source>Le mot de passe est trop long ({maximum} caractères au plus).</source>
        <translation>The password is too long ({maximum} characters at most).</translation>
    </message>
    <message>
        <source>Réglage inconnu : « {key} ».</source>
        <translation>Unknown setting: “{key}”.</translation>
    </message>
    <message>
        <source>Valeur invalide pour {key} : « {value} ».</source>
        <translation>Invalid value for {key}: “{value}”.</translation>
    </message>
    <message>
        <source>Verrouillage : au plus {maximum} minutes (0 : jamais).</source>
        <translation>Lock: at most {maximum} minutes (0: never).</translation>
    </message>
    <message>
        <source>Durée de conservation : un nombre entier de mois entre {minimum} et {maximum}.</source>
        <translation>Retention: a whole number of months between {minimum} and {maximum}.</translation>
    </message>
    <message>
        <source>Le seuil de masquage ne peut pas descendre sous {minimum} : un effectif de 1 ou 2 pourrait désigner quelqu&apos;un.</source>
        <translation>The masking threshold cannot go below {minimum}: a count of 1 or 2 could point to someone.</translation>
    </message>
    <message>
        <source>Seul·e un·e administrateur·rice peut changer le seuil de masquage des exports.</source>
        <translation>Only an administrator can change the masking threshold of exports.</translation>
    </message>
    <message>
        <source>Seul·e un·e administrateur·rice peut changer la durée de conservation.</source>
        <translation>Only an administrator can change the retention period.</translation>
    </message>
    <message>
        <source>Mot de passe trop faible : {weakness}. Ajoutez des mots ou des caractères inattendus.</source>
        <translation>Password too weak: {weakness}. Add words or unexpected characters.</translation>
    </message>
    <message>
        <source>Le mot de passe de ce compte vient d&apos;être changé ailleurs : reconnectez-vous.</source>
        <translation>This account&apos;s password was just changed elsewhere: log in again.</translation>
    </message>
    <message>
        <source>Cette session n&apos;est pas celle d&apos;un compte de ce réseau.</source>
        <translation>This session is not that of an account of this network.</translation>
    </message>
    <message>
        <source>Aucun compte ne s&apos;appelle « {name} ».</source>
        <translation>No account is called “{name}”.</translation>
    </message>
    <message>
        <source>Regroupement inconnu : « {value} ».</source>
        <translation>Unknown grouping: “{value}”.</translation>
    </message>
    <message>
        <source>Découpage inconnu : « {value} ».</source>
        <translation>Unknown breakdown: “{value}”.</translation>
    </message>
    <message>
        <source>Colonne inconnue : « {value} ».</source>
        <translation>Unknown column: “{value}”.</translation>
    </message>
    <message>
        <source>Seule une arrivée ou une absence d&apos;un lit réservé se reprend ici.</source>
        <translation>Only an arrival or a no-show of a held bed can be undone here.</translation>
    </message>
    <message>
        <source>La nuit est clôturée : l&apos;arrivée ne s&apos;annule plus.</source>
        <translation>The night is closed: the arrival can no longer be undone.</translation>
    </message>
    <message>
        <source>La nuit est clôturée : l&apos;absence ne s&apos;annule plus.</source>
        <translation>The night is closed: the no-show can no longer be undone.</translation>
    </message>
    <message>
        <source>Plus de {minutes} minutes se sont écoulées : l&apos;arrivée ne s&apos;annule plus. Corrigez au besoin les lits occupés.</source>
        <translation>More than {minutes} minutes have passed: the arrival can no longer be undone. Correct the occupied beds if needed.</translation>
    </message>
    <message>
        <source>Plus de {minutes} minutes se sont écoulées : l&apos;absence ne s&apos;annule plus. Corrigez au besoin les lits occupés.</source>
        <translation>More than {minutes} minutes have passed: the no-show can no longer be undone. Correct the occupied beds if needed.</translation>
    </message>
    <message>
        <source>L&apos;heure limite d&apos;arrivée ({deadline}) est passée : la réservation expirerait aussitôt ; l&apos;absence reste.</source>
        <translation>The arrival deadline ({deadline}) has passed: the hold would expire at once; the no-show stays.</translation>
    </message>
    <message>
        <source>Aucun lit « {category_label} » n&apos;est compté occupé : les chiffres ont été changés depuis l&apos;arrivée. Corrigez les lits occupés.</source>
        <translation>No “{category_label}” bed is counted occupied: the figures have changed since the arrival. Correct the occupied beds.</translation>
    </message>
    <message>
        <source>Le lit « {category_label} » libéré par l&apos;absence a été repris entre-temps : l&apos;absence reste.</source>
        <translation>The “{category_label}” bed freed by the no-show has been taken since: the no-show stays.</translation>
    </message>
    <message>
        <source>Cette réservation vient d&apos;être modifiée sur un autre poste.</source>
        <translation>This hold was just changed on another workstation.</translation>
    </message>
    <message>
        <source>Ce refus a été enregistré par l&apos;urgence sociale lors d&apos;un appel : c&apos;est elle qui le corrige.</source>
        <translation>This refusal was recorded by the social emergency line during a call: they are the ones to correct it.</translation>
    </message>
    <message>
        <source>Ce refus est déjà retiré.</source>
        <translation>This refusal is already withdrawn.</translation>
    </message>
    <message>
        <source>La nuit du {night} est clôturée : ses refus ne se retirent plus.</source>
        <translation>The night of {night} is closed: its refusals can no longer be withdrawn.</translation>
    </message>
    <message>
        <source>Ce refus vient d&apos;être retiré sur un autre poste.</source>
        <translation>This refusal was just withdrawn on another workstation.</translation>
    </message>
    <message>
        <source>Adresse de base de données illisible : {shown}.</source>
        <translation>Unreadable database address: {shown}.</translation>
    </message>
    <message>
        <source>Seuls SQLite (sqlite:///chemin) et PostgreSQL (postgresql://hôte/base) sont pris en charge, pas {kind}.</source>
        <translation>Only SQLite (sqlite:///path) and PostgreSQL (postgresql://host/database) are supported, not {kind}.</translation>
    </message>
    <message>
        <source>Type de base inconnu : « {kind} ».</source>
        <translation>Unknown kind of database: “{kind}”.</translation>
    </message>
    <message>
        <source>Le système refuse le dossier de la base ({folder}) : {os_reason}. Choisissez un dossier à vous, sur ce poste.</source>
        <translation>The system refuses the database&apos;s folder ({folder}): {os_reason}. Choose a folder of your own, on this workstation.</translation>
    </message>
    <message>
        <source>Le fichier de la base ({where}) a disparu pendant que relais-desk tournait : plus rien n&apos;y est lu ni enregistré. Fermez relais-desk, remettez le fichier en place ou restaurez la dernière sauvegarde (relais-desk db backup en fait une), puis relancez.</source>
        <translation>The database file ({where}) disappeared while relais-desk was running: nothing more is read from it or saved to it. Close relais-desk, put the file back or restore the latest backup (relais-desk db backup makes one), then start again.</translation>
    </message>
    <message>
        <source>Le fichier de la base ({where}) a été remplacé par un autre fichier pendant que relais-desk tournait : plus rien n&apos;y est lu ni enregistré. Fermez relais-desk, remettez le fichier en place ou restaurez la dernière sauvegarde (relais-desk db backup en fait une), puis relancez.</source>
        <translation>The database file ({where}) was replaced by another file while relais-desk was running: nothing more is read from it or saved to it. Close relais-desk, put the file back or restore the latest backup (relais-desk db backup makes one), then start again.</translation>
    </message>
    <message>
        <source>Le serveur n&apos;accepte plus cette session (compte désactivé, modifié ou mot de passe changé) : reconnectez-vous.</source>
        <translation>The server no longer accepts this session (account deactivated, changed or password changed): log in again.</translation>
    </message>
    <message>
        <source>La base de données ({where}) ne répond pas : {detail}</source>
        <translation>The database ({where}) is not answering: {detail}</translation>
    </message>
    <message>
        <source>Le disque de la base {where} est plein : la dernière modification n&apos;a pas été enregistrée. Libérez de la place sur ce disque, puis recommencez.</source>
        <translation>The disk of the database {where} is full: the last change was not saved. Free some space on that disk, then try again.</translation>
    </message>
    <message>
        <source>La base {where} est en lecture seule (le fichier ou son dossier) : relais-desk doit pouvoir y écrire. Vérifiez les droits du fichier et du dossier, ou copiez la base dans un dossier à vous.</source>
        <translation>The database {where} is read-only (the file or its folder): relais-desk must be able to write to it. Check the rights of the file and of the folder, or copy the database into a folder of your own.</translation>
    </message>
    <message>
        <source>Le fichier {where} n&apos;est pas une base relais-desk lisible (endommagé, ou d&apos;un autre programme) : rien n&apos;y a été modifié. Remettez à cet endroit sa dernière sauvegarde (faite par « relais-desk db backup »), puis relancez.</source>
        <translation>The file {where} is not a readable relais-desk database (damaged, or another program&apos;s): nothing was changed in it. Put its latest backup (made by “relais-desk db backup”) back in this place, then start again.</translation>
    </message>
    <message>
        <source>La base de ce poste ({where}) n&apos;existe pas ou plus. Si elle a été déplacée ou effacée, remettez-la à cet endroit ou copiez-y sa dernière sauvegarde (relais-desk db backup), puis relancez. Pour créer une nouvelle base vide à la place, supprimez {config}.</source>
        <translation>This workstation&apos;s database ({where}) does not exist or no longer exists. If it was moved or deleted, put it back in this place or copy its latest backup there (relais-desk db backup), then start again. To create a new empty database instead, delete {config}.</translation>
    </message>
    <message>
        <source>Impossible de joindre le serveur {where} : vérifiez le nom du serveur, le port et le réseau, puis réessayez.</source>
        <translation>Cannot reach the server {where}: check the server&apos;s name, the port and the network, then try again.</translation>
    </message>
    <message>
        <source>Impossible de joindre le serveur {where} : vérifiez le nom du serveur, le port et le réseau ({detail}).</source>
        <translation>Cannot reach the server {where}: check the server&apos;s name, the port and the network ({detail}).</translation>
    </message>
    <message>
        <source>Le serveur {where} répond, mais la connexion chiffrée échoue en mode {sslmode} : {detail}.</source>
        <translation>The server {where} answers, but the encrypted connection fails in mode {sslmode}: {detail}.</translation>
    </message>
    <message>
        <source>Le serveur {where} répond, mais la base « {dbname} » n&apos;existe pas.</source>
        <translation>The server {where} answers, but the database “{dbname}” does not exist.</translation>
    </message>
    <message>
        <source>Le serveur {where} refuse l&apos;identifiant « {user} » avec ce mot de passe.</source>
        <translation>The server {where} refuses the username “{user}” with this password.</translation>
    </message>
    <message>
        <source>Le serveur {where} répond, mais refuse l&apos;identifiant « {user} » (inconnu, ou non autorisé par les règles d&apos;accès du serveur, pg_hba.conf) : {detail}.</source>
        <translation>The server {where} answers, but refuses the username “{user}” (unknown, or not allowed by the server&apos;s access rules, pg_hba.conf): {detail}.</translation>
    </message>
    <message>
        <source>Le serveur refuse cette action pour votre compte : votre rôle ne le permet pas.</source>
        <translation>The server refuses this action for your account: your role does not allow it.</translation>
    </message>
    <message>
        <source>Le serveur refuse cette valeur.</source>
        <translation>The server refuses this value.</translation>
    </message>
    <message>
        <source>Cet élément existe déjà.</source>
        <translation>This item already exists.</translation>
    </message>
    <message>
        <source>Élément introuvable.</source>
        <translation>Item not found.</translation>
    </message>
    <message>
        <source>Le schéma de la base {where} est plus ancien que ce programme ({schema} → {head}) : relais-desk la met à jour en s&apos;ouvrant, ou lancez « relais-desk db upgrade --db &quot;{url}&quot; ».</source>
        <translation>The schema of the database {where} is older than this program ({schema} → {head}): relais-desk upgrades it when opening it, or run “relais-desk db upgrade --db &quot;{url}&quot;”.</translation>
    </message>
    <message>
        <source>Le schéma de la base partagée ({where}) est plus ancien que ce programme ({schema} → {head}). Un·e administrateur·rice doit lancer une fois :
    relais-desk db upgrade --db &quot;{url}&quot;
puis relancer relais-desk sur chaque poste.</source>
        <translation>The schema of the shared database ({where}) is older than this program ({schema} → {head}). An administrator must run once:
    relais-desk db upgrade --db &quot;{url}&quot;
then start relais-desk again on each workstation.</translation>
    </message>
    <message>
        <source>Les droits d&apos;accès de la base partagée ({where}) ne sont pas ceux de cette version de relais-desk. Un·e administrateur·rice doit lancer une fois, avec l&apos;identifiant de maintenance :
    relais-desk db upgrade --db &quot;{url}&quot;</source>
        <translation>The access rights of the shared database ({where}) are not those of this version of relais-desk. An administrator must run once, with the maintenance login:
    relais-desk db upgrade --db &quot;{url}&quot;</translation>
    </message>
    <message>
        <source>Mode de chiffrement inconnu : « {sslmode} » (modes : {modes}).</source>
        <translation>Unknown encryption mode: “{sslmode}” (modes: {modes}).</translation>
    </message>
    <message>
        <source>Le mode {sslmode} vérifie le certificat du serveur : indiquez le fichier du certificat de l&apos;autorité (CA) du réseau.</source>
        <translation>Mode {sslmode} checks the server&apos;s certificate: give the file of the network&apos;s certificate authority (CA).</translation>
    </message>
    <message>
        <source>Le fichier de certificat « {path} » est introuvable ou illisible sur ce poste.</source>
        <translation>The certificate file “{path}” cannot be found or read on this workstation.</translation>
    </message>
    <message>
        <source>La base de données ({where}) a été mise à jour par une version plus récente de relais-desk (schéma {current}). Installez la dernière version de relais-desk sur ce poste.</source>
        <translation>The database ({where}) was upgraded by a newer version of relais-desk (schema {current}). Install the latest version of relais-desk on this workstation.</translation>
    </message>
    <message>
        <source>Aucun trousseau de mots de passe n&apos;est disponible sur ce poste (Gestionnaire d&apos;identification Windows, Trousseau macOS ou Secret Service sous Linux). relais-desk ne garde jamais le mot de passe du serveur en clair : installez ou déverrouillez un trousseau (par exemple gnome-keyring ou KWallet), puis réessayez.</source>
        <translation>No password keyring is available on this workstation (Windows Credential Manager, macOS Keychain or Secret Service on Linux). relais-desk never keeps the server&apos;s password in clear text: install or unlock a keyring (for example gnome-keyring or KWallet), then try again.</translation>
    </message>
    <message>
        <source>Le trousseau a refusé d&apos;enregistrer le mot de passe : {detail}</source>
        <translation>The keyring refused to save the password: {detail}</translation>
    </message>
    <message>
        <source>Le trousseau n&apos;a pas pu être lu : {detail}</source>
        <translation>The keyring could not be read: {detail}</translation>
    </message>
    <message>
        <source>La base de données {path} se trouve sur un partage réseau ({fstype}). SQLite corrompt ses fichiers sur un partage réseau : placez la base sur un disque local de ce poste, ou, pour partager les données entre plusieurs postes, utilisez un serveur PostgreSQL.</source>
        <translation>The database {path} is on a network share ({fstype}). SQLite corrupts its files on a network share: put the database on a local disk of this workstation or, to share the data between several workstations, use a PostgreSQL server.</translation>
    </message>
    <message>
        <source>Le dossier {folder} n&apos;existe pas.</source>
        <translation>The folder {folder} does not exist.</translation>
    </message>
    <message>
        <source>{path} est un lien symbolique : relais-desk n&apos;écrit jamais à travers un lien, choisissez un autre nom.</source>
        <translation>{path} is a symbolic link: relais-desk never writes through a link, choose another name.</translation>
    </message>
    <message>
        <source>{path} n&apos;est pas un fichier : choisissez un autre nom.</source>
        <translation>{path} is not a file: choose another name.</translation>
    </message>
    <message>
        <source>Le fichier {path} existe déjà : choisissez un autre nom, ou ajoutez --force pour le remplacer.</source>
        <translation>The file {path} already exists: choose another name, or add --force to replace it.</translation>
    </message>
    <message>
        <source>Impossible d&apos;écrire {path} : {detail}.</source>
        <translation>Cannot write {path}: {detail}.</translation>
    </message>
    <message>
        <source>Pas encore connecté.</source>
        <translation>Not connected yet.</translation>
    </message>
    <message>
        <source>En direct.</source>
        <translation>Live.</translation>
    </message>
    <message>
        <source>Suivi des changements arrêté.</source>
        <translation>Following of changes stopped.</translation>
    </message>
    <message>
        <source>Le suivi des changements s&apos;est arrêté.</source>
        <translation>The following of changes has stopped.</translation>
    </message>
    <message>
        <source>Le serveur n&apos;accepte plus ce compte : session terminée.</source>
        <translation>The server no longer accepts this account: session ended.</translation>
    </message>
    <message>
        <source>Serveur injoignable ({where}), nouvel essai… ({detail})</source>
        <translation>Server unreachable ({where}), trying again… ({detail})</translation>
    </message>
    <message>
        <source>Connexion perdue avec le serveur, reconnexion… ({detail})</source>
        <translation>Connection to the server lost, reconnecting… ({detail})</translation>
    </message>
    <message>
        <source>Base de données locale illisible, nouvel essai… ({detail})</source>
        <translation>Local database unreadable, trying again… ({detail})</translation>
    </message>
    <message>
        <source>une rangée de touches du clavier se devine facilement</source>
        <translation>a straight row of keys is easy to guess</translation>
    </message>
    <message>
        <source>un court motif du clavier se devine facilement</source>
        <translation>a short keyboard pattern is easy to guess</translation>
    </message>
    <message>
        <source>une répétition comme « aaa » se devine facilement</source>
        <translation>a repeat like “aaa” is easy to guess</translation>
    </message>
    <message>
        <source>une répétition comme « abcabcabc » se devine presque aussi vite que « abc »</source>
        <translation>a repeat like “abcabcabc” is guessed almost as fast as “abc”</translation>
    </message>
    <message>
        <source>une suite comme « abc » ou « 6543 » se devine facilement</source>
        <translation>a sequence like “abc” or “6543” is easy to guess</translation>
    </message>
    <message>
        <source>une année récente se devine facilement</source>
        <translation>a recent year is easy to guess</translation>
    </message>
    <message>
        <source>une date se devine facilement</source>
        <translation>a date is easy to guess</translation>
    </message>
    <message>
        <source>c&apos;est l&apos;un des dix mots de passe les plus courants</source>
        <translation>it is one of the ten most common passwords</translation>
    </message>
    <message>
        <source>c&apos;est l&apos;un des cent mots de passe les plus courants</source>
        <translation>it is one of the hundred most common passwords</translation>
    </message>
    <message>
        <source>c&apos;est un mot de passe très courant</source>
        <translation>it is a very common password</translation>
    </message>
    <message>
        <source>il ressemble à un mot de passe très courant</source>
        <translation>it looks like a very common password</translation>
    </message>
    <message>
        <source>un mot seul se devine facilement</source>
        <translation>a word on its own is easy to guess</translation>
    </message>
    <message>
        <source>un nom ou un prénom seul se devine facilement</source>
        <translation>a name or surname on its own is easy to guess</translation>
    </message>
    <message>
        <source>les noms et prénoms courants se devinent facilement</source>
        <translation>common names and surnames are easy to guess</translation>
    </message>
    <message>
        <source>il reprend votre identifiant ou votre nom</source>
        <translation>it contains your username or your name</translation>
    </message>
    <message>
        <source>il serait deviné en moins d&apos;une seconde</source>
        <translation>it would be guessed in less than a second</translation>
    </message>
    <message>
        <source>il serait deviné en quelques secondes</source>
        <translation>it would be guessed in a few seconds</translation>
    </message>
    <message>
        <source>il serait deviné en quelques minutes</source>
        <translation>it would be guessed in a few minutes</translation>
    </message>
    <message>
        <source>il serait deviné en quelques heures</source>
        <translation>it would be guessed in a few hours</translation>
    </message>
    <message>
        <source>il serait deviné en quelques jours</source>
        <translation>it would be guessed in a few days</translation>
    </message>
    <message>
        <source>il serait deviné en quelques mois</source>
        <translation>it would be guessed in a few months</translation>
    </message>
    <message>
        <source>il serait deviné en quelques années</source>
        <translation>it would be guessed in a few years</translation>
    </message>
    <message>
        <source>il n&apos;existe pas et ne peut pas être créé</source>
        <translation>it does not exist and cannot be created</translation>
    </message>
    <message>
        <source>droits insuffisants</source>
        <translation>insufficient rights</translation>
    </message>
    <message>
        <source>le disque est en lecture seule</source>
        <translation>the disk is read-only</translation>
    </message>
    <message>
        <source>le disque est plein</source>
        <translation>the disk is full</translation>
    </message>
    <message>
        <source>un élément du chemin n&apos;est pas un dossier</source>
        <translation>part of the path is not a folder</translation>
    </message>
    <message>
        <source>ne prend pas de ménage de {household} personnes</source>
        <translation>takes no household of {household} people</translation>
    </message>
    <message>
        <source>ne prend pas de mineur·e</source>
        <translation>takes no minors</translation>
    </message>
    <message>
        <source>n&apos;est pas pour ce profil (genre)</source>
        <translation>is not for this profile (gender)</translation>
    </message>
    <message>
        <source>chiens non acceptés</source>
        <translation>no dogs</translation>
    </message>
    <message>
        <source>pas accessible en fauteuil</source>
        <translation>not wheelchair accessible</translation>
    </message>
    <message>
        <source>pas bas seuil</source>
        <translation>not low threshold</translation>
    </message>
    <message>
        <source>{free} place(s) libre(s) pour un ménage de {household} personnes</source>
        <translation>{free} free place(s) for a household of {household} people</translation>
    </message>
    <message>
        <source>Une erreur inattendue s&apos;est produite ; rien n&apos;a été enregistré à moitié. Réessayez, et si elle revient, prévenez l&apos;administrateur·rice (détails dans le journal du programme : %1).</source>
        <translation>An unexpected error occurred; nothing was saved halfway. Try again, and if it comes back, tell the administrator (details in the program log: %1).</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Abri</source>
        <translation>Shelter</translation>
    </message>
    <message>
        <source>Année de naissance</source>
        <translation>Birth year</translation>
    </message>
    <message>
        <source>Axe</source>
        <translation>Axis</translation>
    </message>
    <message>
        <source>Catégorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Compte</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Enfants</source>
        <translation>Children</translation>
    </message>
    <message>
        <source>Genre</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Hors service</source>
        <translation>Out of service</translation>
    </message>
    <message>
        <source>Identifiant</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>English label</translation>
    </message>
    <message>
        <source>Libellé</source>
        <translation>French label</translation>
    </message>
    <message>
        <source>Lieu</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Lits</source>
        <translation>Beds</translation>
    </message>
    <message>
        <source>Motif de refus</source>
        <translation>Refusal reason</translation>
    </message>
    <message>
        <source>Motif hors service</source>
        <translation>Out-of-service reason</translation>
    </message>
    <message>
        <source>Nom affiché</source>
        <translation>Display name</translation>
    </message>
    <message>
        <source>Nom du réseau</source>
        <translation>Network name</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Occupés</source>
        <translation>Occupied</translation>
    </message>
    <message>
        <source>Personnes dans le ménage</source>
        <translation>People in the household</translation>
    </message>
    <message>
        <source>Pseudonyme</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>Recherche</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Remarque</source>
        <translation>Remark</translation>
    </message>
    <message>
        <source>Rôle</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Type de capacité</source>
        <translation>Capacity type</translation>
    </message>
    <message>
        <source>Motif du refus</source>
        <translation>Refusal reason</translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Appel</source>
        <translation>Call</translation>
    </message>
    <message>
        <source>Personne</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Referral</translation>
    </message>
    <message>
        <source>Utilisateur</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Réservation</source>
        <translation>Hold</translation>
    </message>
    <message>
        <source>Période de capacité</source>
        <translation>Capacity period</translation>
    </message>
    <message>
        <source>Refus</source>
        <translation>Refusal</translation>
    </message>
</context>
<context>
    <name>FinderPanel</name>
    <message>
        <source>Libres</source>
        <translation>Free</translation>
    </message>
    <message>
        <source>Accepte</source>
        <translation>Accepts</translation>
    </message>
    <message>
        <source>Abri — places</source>
        <translation>Shelter — beds</translation>
    </message>
    <message>
        <source>Quota</source>
        <translation>Quota</translation>
    </message>
    <message>
        <source>Mis à jour</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>Heure limite d&apos;arrivée : après, le lit est rendu au réseau.</source>
        <translation>Arrival deadline: after it, the bed goes back to the network.</translation>
    </message>
    <message>
        <source>Réserver (Ctrl+R)</source>
        <translation>Hold (Ctrl+R)</translation>
    </message>
    <message>
        <source>Arriver avant</source>
        <translation>Arrive before</translation>
    </message>
    <message>
        <source>chien</source>
        <translation>dog</translation>
    </message>
    <message>
        <source>fauteuil roulant</source>
        <translation>wheelchair</translation>
    </message>
    <message>
        <source>bas seuil</source>
        <translation>low threshold</translation>
    </message>
    <message>
        <source>%1 nuits / %2 j</source>
        <translation>%1 nights / %2 d</translation>
    </message>
    <message>
        <source>%1 utilisée(s)</source>
        <translation>%1 used</translation>
    </message>
    <message>
        <source>QUOTA ATTEINT</source>
        <translation>QUOTA REACHED</translation>
    </message>
    <message>
        <source>%1 ch.</source>
        <translation>%1 rm</translation>
    </message>
    <message>
        <source>Chambres libres : une chambre par famille.</source>
        <translation>Free rooms: one room per family.</translation>
    </message>
    <message>
        <source>Chiffres anciens : appelez l&apos;abri pour confirmer.</source>
        <translation>Old counts: call the shelter to confirm.</translation>
    </message>
    <message>
        <source>Précisez le genre (ou des enfants) pour voir toutes les places qui conviennent.</source>
        <translation>Give the gender (or children) to see every suitable bed.</translation>
    </message>
    <message>
        <source>%1 abri(s) compatible(s), %2 lit(s) libre(s) maintenant.</source>
        <translation>%1 suitable shelter(s), %2 free bed(s) now.</translation>
    </message>
    <message>
        <source>Aucun lit compatible libre maintenant : enregistrez un refus faute de place (Ctrl+Maj+R).</source>
        <translation>No suitable free bed now: record a turn-away (Ctrl+Shift+R).</translation>
    </message>
    <message>
        <source>Quota de nuits atteint pour cette personne dans au moins un abri (ligne jaune).</source>
        <translation>Night quota reached for this person in at least one shelter (yellow line).</translation>
    </message>
    <message>
        <source>horaires non communiqués</source>
        <translation>hours not given</translation>
    </message>
    <message>
        <source>tél. %1</source>
        <translation>tel. %1</translation>
    </message>
    <message>
        <source>⚠ déjà orienté·e ce soir : %1</source>
        <translation>⚠ already referred tonight: %1</translation>
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
        <source>Votre identifiant</source>
        <translation>Your username</translation>
    </message>
    <message>
        <source>votre compte relais-desk, pour vérifier la connexion</source>
        <translation>your relais-desk account, to check the connection</translation>
    </message>
    <message>
        <source>Votre mot de passe</source>
        <translation>Your password</translation>
    </message>
    <message>
        <source>jamais enregistré sur ce poste</source>
        <translation>never stored on this workstation</translation>
    </message>
    <message>
        <source>Chiffrement</source>
        <translation>Encryption</translation>
    </message>
    <message>
        <source>Certificat de l&apos;autorité (CA)</source>
        <translation>Certificate authority (CA)</translation>
    </message>
    <message>
        <source>fichier .crt ou .pem du réseau</source>
        <translation>the network&apos;s .crt or .pem file</translation>
    </message>
    <message>
        <source>Choisir…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Tester la connexion</source>
        <translation>Test the connection</translation>
    </message>
    <message>
        <source>Ce poste ne garde aucun mot de passe : chaque personne se connecte ensuite avec son propre compte.</source>
        <translation>This workstation keeps no password: each person then logs in with their own account.</translation>
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
        <source>disable — jamais chiffrée</source>
        <translation>disable — never encrypted</translation>
    </message>
    <message>
        <source>allow — chiffrée seulement si le serveur l&apos;exige</source>
        <translation>allow — encrypted only if the server requires it</translation>
    </message>
    <message>
        <source>prefer — chiffrée si le serveur le permet (par défaut)</source>
        <translation>prefer — encrypted when the server allows it (default)</translation>
    </message>
    <message>
        <source>require — toujours chiffrée, serveur non vérifié</source>
        <translation>require — always encrypted, server not verified</translation>
    </message>
    <message>
        <source>verify-ca — chiffrée, certificat vérifié par l&apos;autorité du réseau</source>
        <translation>verify-ca — encrypted, certificate checked against the network&apos;s authority</translation>
    </message>
    <message>
        <source>verify-full — chiffrée, certificat et nom du serveur vérifiés (par Internet)</source>
        <translation>verify-full — encrypted, certificate and server name checked (over the internet)</translation>
    </message>
    <message>
        <source>Certificat de l&apos;autorité (CA) du réseau</source>
        <translation>The network&apos;s certificate authority (CA)</translation>
    </message>
    <message>
        <source>Certificats (*.crt *.pem *.cer);;Tous les fichiers (*)</source>
        <translation>Certificates (*.crt *.pem *.cer);;All files (*)</translation>
    </message>
    <message>
        <source>Indiquez votre identifiant et votre mot de passe pour vérifier la connexion.</source>
        <translation>Enter your username and password to check the connection.</translation>
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
    <name>Gender</name>
    <message>
        <source>Non précisé</source>
        <translation>Not stated</translation>
    </message>
    <message>
        <source>Femme</source>
        <translation>Woman</translation>
    </message>
    <message>
        <source>Homme</source>
        <translation>Man</translation>
    </message>
    <message>
        <source>Autre genre</source>
        <translation>Other gender</translation>
    </message>
</context>
<context>
    <name>HoldStatus</name>
    <message>
        <source>attendu·e</source>
        <translation>expected</translation>
    </message>
    <message>
        <source>arrivé·e</source>
        <translation>arrived</translation>
    </message>
    <message>
        <source>libérée</source>
        <translation>released</translation>
    </message>
    <message>
        <source>expirée</source>
        <translation>expired</translation>
    </message>
</context>
<context>
    <name>Leaving</name>
    <message>
        <source>Abandonner l&apos;appel ?</source>
        <translation>Abandon the call?</translation>
    </message>
    <message>
        <source>Ce qui a été tapé sera effacé et les lits réservés pendant cet appel seront rendus au réseau.</source>
        <translation>What was typed will be cleared and the beds held during this call will be given back to the network.</translation>
    </message>
    <message>
        <source>Un appel est en cours</source>
        <translation>A call is in progress</translation>
    </message>
    <message>
        <source>L&apos;appel en cours n&apos;est pas enregistré. Si vous quittez, ce qui a été tapé est perdu et les lits réservés pendant cet appel sont rendus au réseau.</source>
        <translation>The call in progress is not saved. If you quit, what was typed is lost and the beds held during this call go back to the network.</translation>
    </message>
    <message>
        <source>Revenir à l&apos;appel</source>
        <translation>Back to the call</translation>
    </message>
    <message>
        <source>Abandonner l&apos;appel et quitter</source>
        <translation>Abandon the call and quit</translation>
    </message>
</context>
<context>
    <name>LedgerAction</name>
    <message>
        <source>nuit ouverte</source>
        <translation>night opened</translation>
    </message>
    <message>
        <source>lits mis à jour</source>
        <translation>beds updated</translation>
    </message>
    <message>
        <source>lit réservé</source>
        <translation>bed held</translation>
    </message>
    <message>
        <source>réservation libérée</source>
        <translation>hold released</translation>
    </message>
    <message>
        <source>arrivée</source>
        <translation>arrival</translation>
    </message>
    <message>
        <source>réservation expirée</source>
        <translation>hold expired</translation>
    </message>
    <message>
        <source>capacité changée</source>
        <translation>capacity changed</translation>
    </message>
    <message>
        <source>partenaire enregistré</source>
        <translation>partner saved</translation>
    </message>
    <message>
        <source>orientation créée</source>
        <translation>referral created</translation>
    </message>
    <message>
        <source>statut d&apos;orientation changé</source>
        <translation>referral status changed</translation>
    </message>
    <message>
        <source>orientation rattachée à l&apos;appel</source>
        <translation>referral linked to the call</translation>
    </message>
    <message>
        <source>refus enregistré</source>
        <translation>refusal recorded</translation>
    </message>
    <message>
        <source>appel enregistré</source>
        <translation>call saved</translation>
    </message>
    <message>
        <source>compte enregistré</source>
        <translation>account saved</translation>
    </message>
    <message>
        <source>fiche enregistrée</source>
        <translation>record saved</translation>
    </message>
    <message>
        <source>fiches purgées (conservation)</source>
        <translation>records purged (retention)</translation>
    </message>
    <message>
        <source>fiche effacée sur demande</source>
        <translation>record erased on request</translation>
    </message>
    <message>
        <source>fiches fusionnées</source>
        <translation>records merged</translation>
    </message>
    <message>
        <source>réglage du réseau changé</source>
        <translation>network setting changed</translation>
    </message>
</context>
<context>
    <name>LockPanel</name>
    <message>
        <source>Session verrouillée — %1</source>
        <translation>Session locked — %1</translation>
    </message>
    <message>
        <source>Personne n&apos;a utilisé ce poste depuis un moment : les écrans sont cachés. Tapez votre mot de passe pour les retrouver tels quels.</source>
        <translation>Nobody has used this workstation for a while: the screens are hidden. Type your password to get them back as they were.</translation>
    </message>
    <message>
        <source>Mot de passe</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Déverrouiller</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Changer d&apos;utilisateur</source>
        <translation>Change user</translation>
    </message>
    <message>
        <source>Trop d&apos;essais : réessayez dans %1 s.</source>
        <translation>Too many attempts: try again in %1 s.</translation>
    </message>
    <message>
        <source>Vous pouvez réessayer.</source>
        <translation>You can try again.</translation>
    </message>
    <message>
        <source>Tapez votre mot de passe.</source>
        <translation>Type your password.</translation>
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
        <source>Choisissez un nouveau mot de passe</source>
        <translation>Choose a new password</translation>
    </message>
    <message>
        <source>Votre mot de passe est à usage unique : choisissez-en un nouveau avant de continuer. Au moins 12 caractères ; quelques mots inattendus valent mieux que des symboles.</source>
        <translation>Your password is a one-time password: choose a new one before going on. At least 12 characters; a few unexpected words are better than symbols.</translation>
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
        <source>Ouverture de la base de données…</source>
        <translation>Opening the database…</translation>
    </message>
    <message>
        <source>Réessayer</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>Indiquez votre identifiant et votre mot de passe.</source>
        <translation>Enter your username and password.</translation>
    </message>
    <message>
        <source>Vérification…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>Trop d&apos;essais : réessayez dans %1 s.</source>
        <translation>Too many attempts: try again in %1 s.</translation>
    </message>
    <message>
        <source>Vous pouvez réessayer.</source>
        <translation>You can try again.</translation>
    </message>
    <message>
        <source>Enregistrer et continuer</source>
        <translation>Save and continue</translation>
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
        <source>Appels</source>
        <translation>Calls</translation>
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
        <source>&amp;Fichier</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Changer mon mot de passe…</source>
        <translation>Change my password…</translation>
    </message>
    <message>
        <source>Changer d&apos;utilisateur</source>
        <translation>Change user</translation>
    </message>
    <message>
        <source>Verrouiller</source>
        <translation>Lock</translation>
    </message>
    <message>
        <source>Quitter</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Votre mot de passe a été changé.</source>
        <translation>Your password has been changed.</translation>
    </message>
    <message>
        <source>L&apos;appel en cours n&apos;a pas été enregistré : vous le retrouverez à votre prochaine connexion sur ce poste.</source>
        <translation>The call in progress was not saved: you will find it again the next time you log in on this workstation.</translation>
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
        <source>Raccourcis clavier…</source>
        <translation>Keyboard shortcuts…</translation>
    </message>
    <message>
        <source>À propos de relais-desk…</source>
        <translation>About relais-desk…</translation>
    </message>
    <message>
        <source>Raccourcis clavier</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>À propos de relais-desk</source>
        <translation>About relais-desk</translation>
    </message>
    <message>
        <source>relais-desk %1</source>
        <translation>relais-desk %1</translation>
    </message>
    <message>
        <source>Base de données : %1
Journal du programme : %2</source>
        <translation>Database: %1
Program log: %2</translation>
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
        <source>● Session terminée</source>
        <translation>● Session ended</translation>
    </message>
    <message>
        <source>(données %1)</source>
        <translation>(data %1)</translation>
    </message>
    <message>
        <source>Saturation : plus aucun lit « %2 » libre dans le réseau.</source>
        <translation>Saturation: no free “%2” bed left in the network.</translation>
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
        <source>Arrivées et absences de ces 15 dernières minutes</source>
        <translation>Arrivals and absences of the last 15 minutes</translation>
    </message>
    <message>
        <source>Enregistré</source>
        <translation>Recorded</translation>
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
    <message>
        <source>Aucun refus à la porte cette nuit.</source>
        <translation>Nobody turned away at the door tonight.</translation>
    </message>
    <message>
        <source>Heure</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Motif</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Enregistré par</source>
        <translation>Recorded by</translation>
    </message>
</context>
<context>
    <name>MyShelterScreen</name>
    <message numerus="yes">
        <source>%n libre(s) sur %1</source>
        <translation>
            <numerusform>%n free of %1</numerusform>
            <numerusform>%n free of %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n réservé(s)</source>
        <translation>
            <numerusform>%n held</numerusform>
            <numerusform>%n held</numerusform>
        </translation>
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
        <source>Vos chiffres restent affichés.</source>
        <translation>Your numbers stay on screen.</translation>
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
        <source>Arrivé·e à %1</source>
        <translation>Arrived at %1</translation>
    </message>
    <message>
        <source>Absent·e à %1</source>
        <translation>Absent at %1</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Possible jusqu&apos;à %1 : le lit redevient réservé pour la personne.</source>
        <translation>Possible until %1: the bed is held for the person again.</translation>
    </message>
    <message>
        <source>Annulé : le lit est de nouveau réservé pour la personne.</source>
        <translation>Undone: the bed is held for the person again.</translation>
    </message>
    <message>
        <source>Retiré à %1</source>
        <translation>Withdrawn at %1</translation>
    </message>
    <message>
        <source>par %1</source>
        <translation>by %1</translation>
    </message>
    <message>
        <source>Retirer</source>
        <translation>Withdraw</translation>
    </message>
    <message>
        <source>Un refus encodé par erreur : il reste dans l&apos;historique, marqué retiré, et ne compte plus dans les chiffres.</source>
        <translation>A refusal recorded by mistake: it stays in the history, marked withdrawn, and no longer counts in the figures.</translation>
    </message>
    <message>
        <source>Retirer le refus de %1 (%2, %3) ? Il reste dans l&apos;historique, marqué retiré, mais ne compte plus dans les chiffres de la nuit ni dans le rapport annuel.</source>
        <translation>Withdraw the refusal of %1 (%2, %3)? It stays in the history, marked withdrawn, but no longer counts in the night&apos;s figures or in the annual report.</translation>
    </message>
    <message>
        <source>Retirer un refus</source>
        <translation>Withdraw a refusal</translation>
    </message>
    <message>
        <source>Refus retiré.</source>
        <translation>Refusal withdrawn.</translation>
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
    <name>Need</name>
    <message>
        <source>Hébergement</source>
        <translation>Shelter</translation>
    </message>
    <message>
        <source>Alimentation</source>
        <translation>Food</translation>
    </message>
    <message>
        <source>Santé</source>
        <translation>Health</translation>
    </message>
    <message>
        <source>Hygiène / vestiaire</source>
        <translation>Hygiene / clothing</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Écoute</source>
        <translation>Listening</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>Autre besoin</source>
        <translation>Other need</translation>
    </message>
</context>
<context>
    <name>NewPasswordForm</name>
    <message>
        <source>Mot de passe &amp;actuel</source>
        <translation>&amp;Current password</translation>
    </message>
    <message>
        <source>&amp;Nouveau mot de passe</source>
        <translation>&amp;New password</translation>
    </message>
    <message>
        <source>&amp;Confirmer</source>
        <translation>C&amp;onfirm</translation>
    </message>
    <message>
        <source>Tapez votre mot de passe actuel.</source>
        <translation>Type your current password.</translation>
    </message>
    <message>
        <source>Tapez le nouveau mot de passe.</source>
        <translation>Type the new password.</translation>
    </message>
    <message>
        <source>Les deux mots de passe diffèrent.</source>
        <translation>The two passwords differ.</translation>
    </message>
</context>
<context>
    <name>OpeningHours</name>
    <message>
        <source>lun</source>
        <translation>Mon</translation>
    </message>
    <message>
        <source>mar</source>
        <translation>Tue</translation>
    </message>
    <message>
        <source>mer</source>
        <translation>Wed</translation>
    </message>
    <message>
        <source>jeu</source>
        <translation>Thu</translation>
    </message>
    <message>
        <source>ven</source>
        <translation>Fri</translation>
    </message>
    <message>
        <source>sam</source>
        <translation>Sat</translation>
    </message>
    <message>
        <source>dim</source>
        <translation>Sun</translation>
    </message>
    <message>
        <source>lundi</source>
        <translation>Monday</translation>
    </message>
    <message>
        <source>mardi</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <source>mercredi</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <source>jeudi</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <source>vendredi</source>
        <translation>Friday</translation>
    </message>
    <message>
        <source>samedi</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <source>dimanche</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <source>tous les jours</source>
        <translation>every day</translation>
    </message>
    <message>
        <source>fermé</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>demain %1</source>
        <translation>tomorrow %1</translation>
    </message>
    <message>
        <source>Ouvert 24h/24</source>
        <translation>Open 24/7</translation>
    </message>
    <message>
        <source>Ouvert maintenant, jusqu&apos;à %1</source>
        <translation>Open now, until %1</translation>
    </message>
    <message>
        <source>Fermé</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Fermé maintenant, ouvre %1</source>
        <translation>Closed now, opens %1</translation>
    </message>
</context>
<context>
    <name>OrientationStatus</name>
    <message>
        <source>proposée</source>
        <translation>proposed</translation>
    </message>
    <message>
        <source>confirmée</source>
        <translation>confirmed</translation>
    </message>
    <message>
        <source>arrivée</source>
        <translation>arrived</translation>
    </message>
    <message>
        <source>absente</source>
        <translation>no-show</translation>
    </message>
    <message>
        <source>annulée</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>refusée par la personne</source>
        <translation>declined by the person</translation>
    </message>
    <message>
        <source>refusée par le service</source>
        <translation>declined by the service</translation>
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
    <message>
        <source>Sera enregistré : %1</source>
        <translation>Will be saved as: %1</translation>
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
        <source>Horaires</source>
        <translation>Opening hours</translation>
    </message>
    <message>
        <source>lun-ven 09:00-16:00 ; sam-dim fermé</source>
        <translation>Mon-Fri 09:00-16:00 ; Sat-Sun closed</translation>
    </message>
    <message>
        <source>Les jours, puis les heures ; « ; » entre deux règles. Un jour non cité est fermé. Une plage qui finit avant son début passe minuit (20:00-08:00).</source>
        <translation>Days, then hours; « ; » between two rules. A day not named is closed. A range that ends before it starts runs past midnight (20:00-08:00).</translation>
    </message>
    <message>
        <source>Exemple : « tous les jours 20:00-08:00 » ou « lun-ven 09:00-16:00 ; sam-dim fermé ». Vide : horaires non communiqués.</source>
        <translation>Example: « every day 20:00-08:00 » or « Mon-Fri 09:00-16:00 ; Sat-Sun closed ». Empty: hours not given.</translation>
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
    <name>PartnerKind</name>
    <message>
        <source>Urgence sociale</source>
        <translation>Social emergency</translation>
    </message>
    <message>
        <source>Accueil de jour</source>
        <translation>Day centre</translation>
    </message>
    <message>
        <source>Accueil de nuit</source>
        <translation>Night shelter</translation>
    </message>
    <message>
        <source>Travail de rue</source>
        <translation>Street outreach</translation>
    </message>
    <message>
        <source>Aide alimentaire</source>
        <translation>Food aid</translation>
    </message>
    <message>
        <source>Logement</source>
        <translation>Housing</translation>
    </message>
    <message>
        <source>Santé</source>
        <translation>Health</translation>
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
        <source>Maintenant</source>
        <translation>Now</translation>
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
        <source>Horaires</source>
        <translation>Opening hours</translation>
    </message>
    <message>
        <source>Horaires non communiqués</source>
        <translation>Hours not given</translation>
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
        <source>Choisissez d&apos;abord une période dans le tableau des capacités.</source>
        <translation>Select a period in the capacity table first.</translation>
    </message>
    <message>
        <source>Choisissez d&apos;abord un abri de nuit dans la liste.</source>
        <translation>Select a night shelter in the list first.</translation>
    </message>
</context>
<context>
    <name>PersonPanel</name>
    <message>
        <source>Personne</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Pseudonyme (jamais le nom complet)</source>
        <translation>Alias (never the full name)</translation>
    </message>
    <message>
        <source>ex. 1980</source>
        <translation>e.g. 1980</translation>
    </message>
    <message>
        <source>&amp;Anonyme</source>
        <translation>&amp;Anonymous</translation>
    </message>
    <message>
        <source>Mineur·e</source>
        <translation>Minor</translation>
    </message>
    <message>
        <source>Personnes à héberger ensemble, la personne comprise : les places famille proposées sont assez grandes pour toutes.</source>
        <translation>People to be sheltered together, the person included: the family places offered are large enough for all of them.</translation>
    </message>
    <message>
        <source>Avec un chien</source>
        <translation>With a dog</translation>
    </message>
    <message>
        <source>En fauteuil roulant</source>
        <translation>In a wheelchair</translation>
    </message>
    <message>
        <source>Sous l&apos;effet d&apos;alcool ou de produits (bas seuil)</source>
        <translation>Under the influence of alcohol or drugs (low threshold)</translation>
    </message>
    <message>
        <source>&amp;Pseudonyme</source>
        <translation>&amp;Alias</translation>
    </message>
    <message>
        <source>Né·e en</source>
        <translation>Born in</translation>
    </message>
    <message>
        <source>Genre</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Enfants</source>
        <translation>Children</translation>
    </message>
    <message>
        <source>Personnes dans le ménage</source>
        <translation>People in the household</translation>
    </message>
    <message>
        <source>né·e en %1</source>
        <translation>born in %1</translation>
    </message>
    <message>
        <source>année inconnue</source>
        <translation>year unknown</translation>
    </message>
    <message>
        <source>vu·e le %1</source>
        <translation>seen on %1</translation>
    </message>
    <message>
        <source>Anonyme : l&apos;appel est enregistré sans personne.</source>
        <translation>Anonymous: the call is saved without a person.</translation>
    </message>
    <message>
        <source>Personne connue : « %1 ».</source>
        <translation>Known person: “%1”.</translation>
    </message>
    <message>
        <source>Nouvelle personne « %1 », créée à l&apos;enregistrement.</source>
        <translation>New person “%1”, created when the call is saved.</translation>
    </message>
    <message>
        <source>Déjà connue ? ↓ pour la choisir dans la liste.</source>
        <translation>Already known? ↓ to choose them in the list.</translation>
    </message>
</context>
<context>
    <name>PersonsAdminScreen</name>
    <message>
        <source>Pseudonyme</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>Chercher</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Effacer cette personne…</source>
        <translation>Erase this person…</translation>
    </message>
    <message>
        <source>Fusionner la seconde dans la première…</source>
        <translation>Merge the second into the first…</translation>
    </message>
    <message>
        <source>Personne</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Fiche</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Doublon</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <source>Effacer : la demande d&apos;effacement d&apos;une personne (RGPD, art. 17). Sa fiche et les remarques de ses appels, orientations et refus disparaissent ; les statistiques ne changent pas. Fusionner : deux fiches de la même personne n&apos;en font plus qu&apos;une (la première est gardée).</source>
        <translation>Erase: a person&apos;s request for erasure (GDPR art. 17). Their record and the remarks of their calls, referrals and turn-aways disappear; the statistics do not change. Merge: two records of the same person become one (the first is kept).</translation>
    </message>
    <message>
        <source>Durée de conservation : %1 mois sans contact, puis la personne est effacée (purge quotidienne).</source>
        <translation>Retention: %1 months without contact, then the person is erased (daily purge).</translation>
    </message>
    <message>
        <source>Dernière purge : %1, %2 personne(s) effacée(s).</source>
        <translation>Last purge: %1, %2 person(s) erased.</translation>
    </message>
    <message>
        <source>Aucune purge n&apos;a encore eu lieu.</source>
        <translation>No purge has run yet.</translation>
    </message>
    <message>
        <source>Aucune personne ne correspond.</source>
        <translation>No person matches.</translation>
    </message>
    <message>
        <source>%1 (%2) — n° %3, dernier contact %4</source>
        <translation>%1 (%2) — no. %3, last contact %4</translation>
    </message>
    <message>
        <source>Cherchez d&apos;abord la personne par son pseudonyme.</source>
        <translation>First search for the person by their alias.</translation>
    </message>
    <message>
        <source>Effacer une personne</source>
        <translation>Erase a person</translation>
    </message>
    <message>
        <source>Effacer « %1 » ? Sa fiche et les remarques de ses appels, orientations et refus seront supprimées pour toujours ; cela ne peut pas être annulé. Les statistiques ne changent pas.</source>
        <translation>Erase “%1”? Their record and the remarks of their calls, referrals and turn-aways will be deleted for good; this cannot be undone. The statistics do not change.</translation>
    </message>
    <message>
        <source>« %1 » a été effacée.</source>
        <translation>“%1” has been erased.</translation>
    </message>
    <message>
        <source>Choisissez deux fiches différentes : la fiche gardée, puis son doublon.</source>
        <translation>Choose two different records: the one to keep, then its duplicate.</translation>
    </message>
    <message>
        <source>Fusionner deux fiches</source>
        <translation>Merge two records</translation>
    </message>
    <message>
        <source>Garder « %1 » et y fondre « %2 » ? Les appels, réservations, orientations et refus de la seconde deviennent ceux de la première, puis la seconde fiche est supprimée ; cela ne peut pas être annulé.</source>
        <translation>Keep “%1” and merge “%2” into it? The calls, holds, referrals and turn-aways of the second become the first&apos;s, then the second record is deleted; this cannot be undone.</translation>
    </message>
    <message>
        <source>Fiches fusionnées : « %1 » est gardée.</source>
        <translation>Records merged: “%1” is kept.</translation>
    </message>
</context>
<context>
    <name>ReferralPanel</name>
    <message>
        <source>Orienter vers un service ou refuser</source>
        <translation>Refer to a service, or turn away</translation>
    </message>
    <message>
        <source>Orienter (Ctrl+O)</source>
        <translation>Refer (Ctrl+O)</translation>
    </message>
    <message>
        <source>Remarque (facultative)</source>
        <translation>Remark (optional)</translation>
    </message>
    <message>
        <source>Refus faute de place (Ctrl+Maj+R)</source>
        <translation>Turned away (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Refus</source>
        <translation>Turned away</translation>
    </message>
    <message>
        <source>— choisir un service —</source>
        <translation>— choose a service —</translation>
    </message>
    <message>
        <source>Refus faute de place : %1 — %2</source>
        <translation>Turned away: %1 — %2</translation>
    </message>
</context>
<context>
    <name>RefusalReason</name>
    <message>
        <source>Plus de place</source>
        <translation>No room left</translation>
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
        <source>Autre motif</source>
        <translation>Other reason</translation>
    </message>
</context>
<context>
    <name>RefusalSource</name>
    <message>
        <source>au téléphone</source>
        <translation>on the phone</translation>
    </message>
    <message>
        <source>à la porte</source>
        <translation>at the door</translation>
    </message>
</context>
<context>
    <name>Role</name>
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
    <name>SaveBar</name>
    <message>
        <source>Enregistrer l&apos;appel (Entrée)</source>
        <translation>Save the call (Enter)</translation>
    </message>
    <message>
        <source>Abandonner (Échap)</source>
        <translation>Abandon (Esc)</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Partout</source>
        <translation>Everywhere</translation>
    </message>
    <message>
        <source>Nouvel appel</source>
        <translation>New call</translation>
    </message>
    <message>
        <source>Aperçu du bon</source>
        <translation>Slip preview</translation>
    </message>
    <message>
        <source>Un appel arrive : ouvrir Nouvel appel, quel que soit l&apos;écran</source>
        <translation>A call comes in: open New call, whatever the screen</translation>
    </message>
    <message>
        <source>Aller au 1er, 2e, 3e… écran de la liste de gauche</source>
        <translation>Go to the 1st, 2nd, 3rd… screen of the list on the left</translation>
    </message>
    <message>
        <source>Actualiser l&apos;écran</source>
        <translation>Refresh the screen</translation>
    </message>
    <message>
        <source>Verrouiller le poste (votre mot de passe pour revenir)</source>
        <translation>Lock the workstation (your password to come back)</translation>
    </message>
    <message>
        <source>Quitter</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Afficher ces raccourcis (menu Préférences)</source>
        <translation>Show these shortcuts (Preferences menu)</translation>
    </message>
    <message>
        <source>Dans le pseudonyme : choisir une personne déjà connue</source>
        <translation>In the alias: choose a person already known</translation>
    </message>
    <message>
        <source>Réserver le lit choisi dans la liste des abris</source>
        <translation>Hold the bed chosen in the list of shelters</translation>
    </message>
    <message>
        <source>Sur un abri de la liste : le réserver</source>
        <translation>On a shelter of the list: hold it</translation>
    </message>
    <message>
        <source>Noter un refus faute de place</source>
        <translation>Record a turn-away for lack of room</translation>
    </message>
    <message>
        <source>Orienter vers un autre service (sans lit)</source>
        <translation>Refer to another service (no bed)</translation>
    </message>
    <message>
        <source>Imprimer le bon d&apos;orientation</source>
        <translation>Print the referral slip</translation>
    </message>
    <message>
        <source>Enregistrer l&apos;appel, avec tout ce qui a été fait pendant l&apos;appel</source>
        <translation>Save the call, with everything done during it</translation>
    </message>
    <message>
        <source>Depuis un champ : enregistrer l&apos;appel</source>
        <translation>From a field: save the call</translation>
    </message>
    <message>
        <source>Abandonner l&apos;appel (ses lits retournent au réseau)</source>
        <translation>Abandon the call (its beds go back to the network)</translation>
    </message>
    <message>
        <source>Imprimer (le choix de l&apos;imprimante s&apos;ouvre)</source>
        <translation>Print (the printer&apos;s dialog opens)</translation>
    </message>
    <message>
        <source>Imprimer (le bouton Imprimer est celui par défaut)</source>
        <translation>Print (Print is the default button)</translation>
    </message>
    <message>
        <source>Enregistrer le bon en PDF dans Documents</source>
        <translation>Save the slip as a PDF in Documents</translation>
    </message>
    <message>
        <source>Fermer l&apos;aperçu</source>
        <translation>Close the preview</translation>
    </message>
    <message>
        <source>Maj</source>
        <translation>Shift</translation>
    </message>
    <message>
        <source>Entrée</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Échap</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Flèche bas</source>
        <translation>Down arrow</translation>
    </message>
    <message>
        <source>Flèche haut</source>
        <translation>Up arrow</translation>
    </message>
</context>
<context>
    <name>Slip</name>
    <message>
        <source>Enregistrer le bon d&apos;orientation</source>
        <translation>Save the referral slip</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>SlipPreview</name>
    <message>
        <source>Bon d&apos;orientation — aperçu</source>
        <translation>Referral slip — preview</translation>
    </message>
    <message>
        <source>Imprimer… (Ctrl+P)</source>
        <translation>Print… (Ctrl+P)</translation>
    </message>
    <message>
        <source>Enregistrer en PDF… (Ctrl+S)</source>
        <translation>Save as PDF… (Ctrl+S)</translation>
    </message>
    <message>
        <source>Fermer (Échap)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <source>Enregistrer le bon d&apos;orientation</source>
        <translation>Save the referral slip</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
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
        <source>Année du rapport annuel</source>
        <translation>Year of the annual report</translation>
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
        <source>Année :</source>
        <translation>Year:</translation>
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
        <source>%1 (provisoire)</source>
        <translation>%1 (provisional)</translation>
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
    <name>TakenPanel</name>
    <message>
        <source>Pendant cet appel</source>
        <translation>During this call</translation>
    </message>
    <message>
        <source>Imprimer le bon d&apos;orientation (Ctrl+P)</source>
        <translation>Print the referral slip (Ctrl+P)</translation>
    </message>
    <message>
        <source>Annuler la ligne choisie</source>
        <translation>Cancel the chosen line</translation>
    </message>
    <message>
        <source>Lit réservé : %1 — %2, arriver avant %3</source>
        <translation>Bed held: %1 — %2, arrive before %3</translation>
    </message>
    <message>
        <source>Orientation vers %1 (proposée)</source>
        <translation>Referral to %1 (proposed)</translation>
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
    <message>
        <source>Un compte « Personnel d&apos;abri » est lié à un abri de nuit : choisissez son abri.</source>
        <translation>A “Shelter staff” account belongs to a night shelter: choose its shelter.</translation>
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
