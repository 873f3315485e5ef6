<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_BE" sourcelanguage="fr_BE">
<context>
    <name>AccessScreen</name>
    <message>
        <source>Pseudonyme</source>
        <translation>Pseudonyme</translation>
    </message>
    <message>
        <source>Chercher</source>
        <translation>Chercher</translation>
    </message>
    <message>
        <source>Accès à cette personne</source>
        <translation>Accès à cette personne</translation>
    </message>
    <message>
        <source>Exporter son dossier…</source>
        <translation>Exporter son dossier…</translation>
    </message>
    <message>
        <source>Lectures de ce compte</source>
        <translation>Lectures de ce compte</translation>
    </message>
    <message>
        <source>Lectures de la période</source>
        <translation>Lectures de la période</translation>
    </message>
    <message>
        <source>Personne</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Compte</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Du</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>au</source>
        <translation>au</translation>
    </message>
    <message>
        <source>Quand</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Lecture</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <source>Écran ou commande</source>
        <translation>Écran ou commande</translation>
    </message>
    <message>
        <source>Personne (clé)</source>
        <translation>Personne (clé)</translation>
    </message>
    <message>
        <source>Appel</source>
        <translation>Appel</translation>
    </message>
    <message>
        <source>Aucune personne ne correspond.</source>
        <translation>Aucune personne ne correspond.</translation>
    </message>
    <message>
        <source>Cherchez d&apos;abord une personne par son pseudonyme.</source>
        <translation>Cherchez d&apos;abord une personne par son pseudonyme.</translation>
    </message>
    <message>
        <source>système</source>
        <translation>système</translation>
    </message>
    <message numerus="yes">
        <source>%n lecture(s).</source>
        <translation>
            <numerusform>%n lecture.</numerusform>
            <numerusform>%n lectures.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporter le dossier</source>
        <translation>Exporter le dossier</translation>
    </message>
    <message>
        <source>Exporter tout ce que le réseau garde de « %1 » (fiche, appels et leurs notes, orientations, refus, accès) dans un fichier ? Ce fichier contient des données personnelles : remettez-le à la personne et ne le laissez pas sur ce poste.</source>
        <translation>Exporter tout ce que le réseau garde de « %1 » (fiche, appels et leurs notes, orientations, refus, accès) dans un fichier ? Ce fichier contient des données personnelles : remettez-le à la personne et ne le laissez pas sur ce poste.</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Dossier écrit dans %1 (lisible par vous seul·e).</source>
        <translation>Dossier écrit dans %1 (lisible par vous seul·e).</translation>
    </message>
</context>
<context>
    <name>AccessWhat</name>
    <message>
        <source>recherche</source>
        <translation>recherche</translation>
    </message>
    <message>
        <source>fiche</source>
        <translation>fiche</translation>
    </message>
    <message>
        <source>appel et ses notes</source>
        <translation>appel et ses notes</translation>
    </message>
    <message>
        <source>journal des appels</source>
        <translation>journal des appels</translation>
    </message>
    <message>
        <source>orientation</source>
        <translation>orientation</translation>
    </message>
    <message>
        <source>refus</source>
        <translation>refus</translation>
    </message>
    <message>
        <source>bon d&apos;orientation</source>
        <translation>bon d&apos;orientation</translation>
    </message>
    <message>
        <source>journal des accès</source>
        <translation>journal des accès</translation>
    </message>
    <message>
        <source>export du dossier</source>
        <translation>export du dossier</translation>
    </message>
</context>
<context>
    <name>AdminScreen</name>
    <message>
        <source>Identifiant</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Rôle</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Abri</source>
        <translation>Abri</translation>
    </message>
    <message>
        <source>Nouveau compte</source>
        <translation>Nouveau compte</translation>
    </message>
    <message>
        <source>Désactiver / réactiver</source>
        <translation>Désactiver / réactiver</translation>
    </message>
    <message>
        <source>Nouveau mot de passe</source>
        <translation>Nouveau mot de passe</translation>
    </message>
    <message>
        <source>Changer le rôle</source>
        <translation>Changer le rôle</translation>
    </message>
    <message>
        <source>Comptes</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <source>Accès</source>
        <translation>Accès</translation>
    </message>
    <message>
        <source>Personnes</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>désactivé</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>Choisissez d&apos;abord un compte dans la liste.</source>
        <translation>Choisissez d&apos;abord un compte dans la liste.</translation>
    </message>
    <message>
        <source>Désactiver le compte</source>
        <translation>Désactiver le compte</translation>
    </message>
    <message>
        <source>Désactiver le compte « %1 » (%2) ? Cette personne ne pourra plus se connecter ; sa session ouverte se ferme. Vous pourrez le réactiver.</source>
        <translation>Désactiver le compte « %1 » (%2) ? Cette personne ne pourra plus se connecter ; sa session ouverte se ferme. Vous pourrez le réactiver.</translation>
    </message>
    <message>
        <source>Compte mis à jour : %1</source>
        <translation>Compte mis à jour : %1</translation>
    </message>
    <message>
        <source>Mot de passe à usage unique</source>
        <translation>Mot de passe à usage unique</translation>
    </message>
    <message>
        <source>Donner à %1 un mot de passe à usage unique ? Son mot de passe actuel ne fonctionnera plus ; il devra en choisir un nouveau à sa prochaine connexion.</source>
        <translation>Donner à %1 un mot de passe à usage unique ? Son mot de passe actuel ne fonctionnera plus ; il devra en choisir un nouveau à sa prochaine connexion.</translation>
    </message>
    <message>
        <source>Mot de passe à usage unique donné à %1.</source>
        <translation>Mot de passe à usage unique donné à %1.</translation>
    </message>
    <message>
        <source>Mot de passe à usage unique pour %1 :</source>
        <translation>Mot de passe à usage unique pour %1 :</translation>
    </message>
    <message>
        <source>Communiquez-le à la personne (il ne sera plus affiché). Elle devra le changer à sa prochaine connexion.</source>
        <translation>Communiquez-le à la personne (il ne sera plus affiché). Elle devra le changer à sa prochaine connexion.</translation>
    </message>
    <message>
        <source>Nouveau rôle de %1 :</source>
        <translation>Nouveau rôle de %1 :</translation>
    </message>
    <message>
        <source>Rôle changé.</source>
        <translation>Rôle changé.</translation>
    </message>
</context>
<context>
    <name>BoardModel</name>
    <message>
        <source>jamais</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>à l&apos;instant</source>
        <translation>à l&apos;instant</translation>
    </message>
    <message>
        <source>il y a %1 min</source>
        <translation>il y a %1 min</translation>
    </message>
    <message>
        <source>il y a %1 h</source>
        <translation>il y a %1 h</translation>
    </message>
    <message>
        <source>Abri</source>
        <translation>Abri</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Catégorie</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Libres</source>
        <translation>Libres</translation>
    </message>
    <message>
        <source>Réservés</source>
        <translation>Réservés</translation>
    </message>
    <message>
        <source>Hors service</source>
        <translation>Hors service</translation>
    </message>
    <message>
        <source>Mis à jour</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <source>chiens acceptés</source>
        <translation>chiens acceptés</translation>
    </message>
    <message>
        <source>accessible PMR</source>
        <translation>accessible PMR</translation>
    </message>
    <message>
        <source>bas seuil</source>
        <translation>bas seuil</translation>
    </message>
    <message>
        <source>%1 occupés, %2 réservés, %3 hors service, sur %4 lits</source>
        <translation>%1 occupés, %2 réservés, %3 hors service, sur %4 lits</translation>
    </message>
    <message>
        <source> (dont %1 du plan hiver)</source>
        <translation> (dont %1 du plan hiver)</translation>
    </message>
    <message numerus="yes">
        <source>Comptage pas mis à jour depuis plus de %n heures : à vérifier par téléphone.</source>
        <translation>
            <numerusform>Comptage pas mis à jour depuis plus de %n heures : à vérifier par téléphone.</numerusform>
            <numerusform>Comptage pas mis à jour depuis plus de %n heures : à vérifier par téléphone.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BoardScreen</name>
    <message>
        <source>Toutes les catégories</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <source>Chiens acceptés</source>
        <translation>Chiens acceptés</translation>
    </message>
    <message>
        <source>Accessible PMR</source>
        <translation>Accessible PMR</translation>
    </message>
    <message>
        <source>Bas seuil</source>
        <translation>Bas seuil</translation>
    </message>
    <message>
        <source>Avec lits libres</source>
        <translation>Avec lits libres</translation>
    </message>
    <message>
        <source>Voir le tableau tel qu&apos;il était à ce moment (reconstitué du journal)</source>
        <translation>Voir le tableau tel qu&apos;il était à ce moment (reconstitué du journal)</translation>
    </message>
    <message>
        <source>Voir le tableau à…</source>
        <translation>Voir le tableau à…</translation>
    </message>
    <message>
        <source>Revenir au direct</source>
        <translation>Revenir au direct</translation>
    </message>
    <message>
        <source>Catégorie :</source>
        <translation>Catégorie :</translation>
    </message>
    <message>
        <source>Réseau : %1 lits libres</source>
        <translation>Réseau : %1 lits libres</translation>
    </message>
    <message>
        <source>(dont %1 dans des comptes non mis à jour depuis plus de %2 h)</source>
        <translation>(dont %1 dans des comptes non mis à jour depuis plus de %2 h)</translation>
    </message>
    <message>
        <source>Tableau au %1, reconstitué du journal — lecture seule.</source>
        <translation>Tableau au %1, reconstitué du journal — lecture seule.</translation>
    </message>
    <message>
        <source>inconnu</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Connexion à la base perdue — tableau affiché tel qu&apos;au dernier contact (%1). Les modifications sont refusées ; reconnexion automatique en cours.</source>
        <translation>Connexion à la base perdue — tableau affiché tel qu&apos;au dernier contact (%1). Les modifications sont refusées ; reconnexion automatique en cours.</translation>
    </message>
    <message>
        <source>Ce moment est dans le futur : le tableau passé ne se montre qu&apos;à un moment déjà écoulé.</source>
        <translation>Ce moment est dans le futur : le tableau passé ne se montre qu&apos;à un moment déjà écoulé.</translation>
    </message>
</context>
<context>
    <name>CallActions</name>
    <message>
        <source>Ce que vous avez tapé reste affiché.</source>
        <translation>Ce que vous avez tapé reste affiché.</translation>
    </message>
</context>
<context>
    <name>CallChannel</name>
    <message>
        <source>Téléphone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>Passage</translation>
    </message>
    <message>
        <source>Équipe mobile</source>
        <translation>Équipe mobile</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>Police</translation>
    </message>
    <message>
        <source>Hôpital</source>
        <translation>Hôpital</translation>
    </message>
    <message>
        <source>Partenaire</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Citoyen·ne</source>
        <translation>Citoyen·ne</translation>
    </message>
    <message>
        <source>Autre canal</source>
        <translation>Autre canal</translation>
    </message>
</context>
<context>
    <name>CallDetail</name>
    <message>
        <source>Appel choisi</source>
        <translation>Appel choisi</translation>
    </message>
    <message>
        <source>Choisissez un appel dans la liste.</source>
        <translation>Choisissez un appel dans la liste.</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Arriver avant</source>
        <translation>Arriver avant</translation>
    </message>
    <message>
        <source>Statut</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Changer le statut</source>
        <translation>Changer le statut</translation>
    </message>
    <message>
        <source>Imprimer le bon</source>
        <translation>Imprimer le bon</translation>
    </message>
    <message>
        <source>Bon en PDF…</source>
        <translation>Bon en PDF…</translation>
    </message>
    <message>
        <source>Heure</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Place demandée</source>
        <translation>Place demandée</translation>
    </message>
    <message>
        <source>Motif</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Remarque</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Enregistrer le suivi</source>
        <translation>Enregistrer le suivi</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Suite</source>
        <translation>Suite</translation>
    </message>
    <message>
        <source>Orientations</source>
        <translation>Orientations</translation>
    </message>
    <message>
        <source>Refus faute de place</source>
        <translation>Refus faute de place</translation>
    </message>
    <message>
        <source>anonyme</source>
        <translation>anonyme</translation>
    </message>
    <message>
        <source>Canal : %1 · Appelant·e : %2</source>
        <translation>Canal : %1 · Appelant·e : %2</translation>
    </message>
    <message>
        <source>Besoins : %1</source>
        <translation>Besoins : %1</translation>
    </message>
    <message>
        <source>Lieu : %1</source>
        <translation>Lieu : %1</translation>
    </message>
    <message>
        <source>Opérateur·rice : %1</source>
        <translation>Opérateur·rice : %1</translation>
    </message>
    <message>
        <source>sans lit</source>
        <translation>sans lit</translation>
    </message>
    <message>
        <source>Choisissez une orientation.</source>
        <translation>Choisissez une orientation.</translation>
    </message>
    <message>
        <source>Pas de connexion à la base : le suivi n&apos;est pas enregistré ; il reste affiché.</source>
        <translation>Pas de connexion à la base : le suivi n&apos;est pas enregistré ; il reste affiché.</translation>
    </message>
</context>
<context>
    <name>CallIntake</name>
    <message>
        <source>Lits compatibles maintenant</source>
        <translation>Lits compatibles maintenant</translation>
    </message>
    <message>
        <source>Bon d&apos;orientation : Ctrl+P. Enregistrer l&apos;appel : Entrée.</source>
        <translation>Bon d&apos;orientation : Ctrl+P. Enregistrer l&apos;appel : Entrée.</translation>
    </message>
    <message>
        <source>La liste montre les places qui restent.</source>
        <translation>La liste montre les places qui restent.</translation>
    </message>
    <message>
        <source>Orientation vers %1 ajoutée à l&apos;appel.</source>
        <translation>Orientation vers %1 ajoutée à l&apos;appel.</translation>
    </message>
    <message>
        <source>Refus noté ; il sera enregistré avec l&apos;appel (Entrée).</source>
        <translation>Refus noté ; il sera enregistré avec l&apos;appel (Entrée).</translation>
    </message>
    <message>
        <source>Pas encore d&apos;orientation dans cet appel : rien à imprimer.</source>
        <translation>Pas encore d&apos;orientation dans cet appel : rien à imprimer.</translation>
    </message>
    <message>
        <source>Les lits réservés pendant cet appel n&apos;ont pas pu être rendus (%1). L&apos;appel reste affiché : Échap pour réessayer.</source>
        <translation>Les lits réservés pendant cet appel n&apos;ont pas pu être rendus (%1). L&apos;appel reste affiché : Échap pour réessayer.</translation>
    </message>
</context>
<context>
    <name>CallJournal</name>
    <message>
        <source>Tous</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>Toutes</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <source>Rechercher un pseudonyme</source>
        <translation>Rechercher un pseudonyme</translation>
    </message>
    <message>
        <source>Reçu à</source>
        <translation>Reçu à</translation>
    </message>
    <message>
        <source>Personne</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Canal</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Besoins</source>
        <translation>Besoins</translation>
    </message>
    <message>
        <source>Suite</source>
        <translation>Suite</translation>
    </message>
    <message>
        <source>Opérateur·rice</source>
        <translation>Opérateur·rice</translation>
    </message>
    <message>
        <source>O · R</source>
        <translation>O · R</translation>
    </message>
    <message>
        <source>Orientations · refus faute de place</source>
        <translation>Orientations · refus faute de place</translation>
    </message>
    <message>
        <source>Du</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>au</source>
        <translation>au</translation>
    </message>
    <message>
        <source>Besoin</source>
        <translation>Besoin</translation>
    </message>
    <message>
        <source>La fin de la période précède son début.</source>
        <translation>La fin de la période précède son début.</translation>
    </message>
    <message>
        <source>anonyme</source>
        <translation>anonyme</translation>
    </message>
    <message>
        <source>%1 appel(s)</source>
        <translation>%1 appel(s)</translation>
    </message>
    <message>
        <source>Aucun appel pour « %1 » du %2 au %3 : élargissez la période (Du).</source>
        <translation>Aucun appel pour « %1 » du %2 au %3 : élargissez la période (Du).</translation>
    </message>
</context>
<context>
    <name>CallOutcome</name>
    <message>
        <source>Orienté·e</source>
        <translation>Orienté·e</translation>
    </message>
    <message>
        <source>Refus faute de place</source>
        <translation>Refus faute de place</translation>
    </message>
    <message>
        <source>Information donnée</source>
        <translation>Information donnée</translation>
    </message>
    <message>
        <source>Sans suite</source>
        <translation>Sans suite</translation>
    </message>
    <message>
        <source>En cours</source>
        <translation>En cours</translation>
    </message>
</context>
<context>
    <name>CallPanel</name>
    <message>
        <source>Appel</source>
        <translation>Appel</translation>
    </message>
    <message>
        <source>Où est la personne ? (gare, rue…)</source>
        <translation>Où est la personne ? (gare, rue…)</translation>
    </message>
    <message>
        <source>Notes courtes</source>
        <translation>Notes courtes</translation>
    </message>
    <message>
        <source>⚠ Ces notes sont partagées avec tout le réseau : pas de nom, pas de détail médical ou judiciaire.</source>
        <translation>⚠ Ces notes sont partagées avec tout le réseau : pas de nom, pas de détail médical ou judiciaire.</translation>
    </message>
    <message>
        <source>Automatique (selon ce qui a été fait)</source>
        <translation>Automatique (selon ce qui a été fait)</translation>
    </message>
    <message>
        <source>Lieu</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Besoins</source>
        <translation>Besoins</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Canal</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Appelant·e</source>
        <translation>Appelant·e</translation>
    </message>
    <message>
        <source>Reçu à</source>
        <translation>Reçu à</translation>
    </message>
    <message>
        <source>Suite</source>
        <translation>Suite</translation>
    </message>
</context>
<context>
    <name>CallerType</name>
    <message>
        <source>La personne elle-même</source>
        <translation>La personne elle-même</translation>
    </message>
    <message>
        <source>Un·e proche</source>
        <translation>Un·e proche</translation>
    </message>
    <message>
        <source>Un·e professionnel·le</source>
        <translation>Un·e professionnel·le</translation>
    </message>
    <message>
        <source>La police</source>
        <translation>La police</translation>
    </message>
    <message>
        <source>Un·e citoyen·ne</source>
        <translation>Un·e citoyen·ne</translation>
    </message>
    <message>
        <source>Autre appelant·e</source>
        <translation>Autre appelant·e</translation>
    </message>
</context>
<context>
    <name>CallsScreen</name>
    <message>
        <source>Nouvel appel (Ctrl+N)</source>
        <translation>Nouvel appel (Ctrl+N)</translation>
    </message>
    <message>
        <source>Journal des appels</source>
        <translation>Journal des appels</translation>
    </message>
    <message>
        <source>Nouvel appel</source>
        <translation>Nouvel appel</translation>
    </message>
    <message>
        <source>Appels</source>
        <translation>Appels</translation>
    </message>
    <message>
        <source>Reprendre l&apos;appel en cours (Ctrl+N)</source>
        <translation>Reprendre l&apos;appel en cours (Ctrl+N)</translation>
    </message>
    <message>
        <source>Appel de %1 enregistré.</source>
        <translation>Appel de %1 enregistré.</translation>
    </message>
</context>
<context>
    <name>CapacityDialog</name>
    <message>
        <source>Capacité — %1</source>
        <translation>Capacité — %1</translation>
    </message>
    <message>
        <source>Base (toute l&apos;année)</source>
        <translation>Base (toute l&apos;année)</translation>
    </message>
    <message>
        <source>Plan hiver</source>
        <translation>Plan hiver</translation>
    </message>
    <message>
        <source>Sans date de fin</source>
        <translation>Sans date de fin</translation>
    </message>
    <message>
        <source>Chiens acceptés</source>
        <translation>Chiens acceptés</translation>
    </message>
    <message>
        <source>Accessible PMR</source>
        <translation>Accessible PMR</translation>
    </message>
    <message>
        <source>Bas seuil</source>
        <translation>Bas seuil</translation>
    </message>
    <message>
        <source>Compté en chambres (familles)</source>
        <translation>Compté en chambres (familles)</translation>
    </message>
    <message>
        <source>Catégorie</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Lits</source>
        <translation>Lits</translation>
    </message>
    <message>
        <source>Du</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>Au</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Enregistrer</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Annuler</translation>
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
        <translation>Plan hiver</translation>
    </message>
</context>
<context>
    <name>CensusScreen</name>
    <message>
        <source>Nuit</source>
        <translation>Nuit</translation>
    </message>
    <message>
        <source>Abri</source>
        <translation>Abri</translation>
    </message>
    <message>
        <source>Catégorie</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Capacité</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <source>Occupés
23 h</source>
        <translation>Occupés
23 h</translation>
    </message>
    <message>
        <source>Occupés
clôture</source>
        <translation>Occupés
clôture</translation>
    </message>
    <message>
        <source>Réservés
23 h</source>
        <translation>Réservés
23 h</translation>
    </message>
    <message>
        <source>Libres
23 h</source>
        <translation>Libres
23 h</translation>
    </message>
    <message>
        <source>Arrivées
23 h</source>
        <translation>Arrivées
23 h</translation>
    </message>
    <message>
        <source>Arrivées
clôture</source>
        <translation>Arrivées
clôture</translation>
    </message>
    <message>
        <source>Absences
23 h</source>
        <translation>Absences
23 h</translation>
    </message>
    <message>
        <source>Absences
clôture</source>
        <translation>Absences
clôture</translation>
    </message>
    <message>
        <source>Orientations
23 h</source>
        <translation>Orientations
23 h</translation>
    </message>
    <message>
        <source>Orientations
clôture</source>
        <translation>Orientations
clôture</translation>
    </message>
    <message>
        <source>Refus
23 h</source>
        <translation>Refus
23 h</translation>
    </message>
    <message>
        <source>Refus
clôture</source>
        <translation>Refus
clôture</translation>
    </message>
    <message>
        <source>dont
saturation</source>
        <translation>dont
saturation</translation>
    </message>
    <message>
        <source>dont
quota</source>
        <translation>dont
quota</translation>
    </message>
    <message>
        <source>dont
profil</source>
        <translation>dont
profil</translation>
    </message>
    <message>
        <source>dont
autre</source>
        <translation>dont
autre</translation>
    </message>
    <message>
        <source>Hors
service
23 h</source>
        <translation>Hors
service
23 h</translation>
    </message>
    <message>
        <source>Hors
service
clôture</source>
        <translation>Hors
service
clôture</translation>
    </message>
    <message>
        <source>Tous les abris (une nuit)</source>
        <translation>Tous les abris (une nuit)</translation>
    </message>
    <message>
        <source>Afficher</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>« 23 h » : le recensement de la soirée. « clôture » (fond bleu) : les chiffres définitifs de la nuit, écrits le lendemain à midi ; ils comptent tout ce qui a été encodé pendant la nuit, même après 23 h.</source>
        <translation>« 23 h » : le recensement de la soirée. « clôture » (fond bleu) : les chiffres définitifs de la nuit, écrits le lendemain à midi ; ils comptent tout ce qui a été encodé pendant la nuit, même après 23 h.</translation>
    </message>
    <message>
        <source>Écrire les recensements manquants</source>
        <translation>Écrire les recensements manquants</translation>
    </message>
    <message>
        <source>Exporter (XLSX)</source>
        <translation>Exporter (XLSX)</translation>
    </message>
    <message>
        <source>Exporter (CSV)</source>
        <translation>Exporter (CSV)</translation>
    </message>
    <message>
        <source>Chiffre définitif de la nuit clôturée</source>
        <translation>Chiffre définitif de la nuit clôturée</translation>
    </message>
    <message>
        <source>Recensement de 23 h</source>
        <translation>Recensement de 23 h</translation>
    </message>
    <message>
        <source>Nuit du</source>
        <translation>Nuit du</translation>
    </message>
    <message>
        <source>Du</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>au</source>
        <translation>au</translation>
    </message>
    <message>
        <source>système</source>
        <translation>système</translation>
    </message>
    <message>
        <source>Dernier recensement : %1, par %2 sur le poste « %3 » (%4 nuit(s) écrite(s)).</source>
        <translation>Dernier recensement : %1, par %2 sur le poste « %3 » (%4 nuit(s) écrite(s)).</translation>
    </message>
    <message>
        <source>Aucun recensement n&apos;a encore été écrit.</source>
        <translation>Aucun recensement n&apos;a encore été écrit.</translation>
    </message>
    <message>
        <source> et %1 autre(s)</source>
        <translation> et %1 autre(s)</translation>
    </message>
    <message>
        <source>Nuits sans recensement sur la période : %1</source>
        <translation>Nuits sans recensement sur la période : %1</translation>
    </message>
    <message>
        <source>Aucune nuit manquante sur la période.</source>
        <translation>Aucune nuit manquante sur la période.</translation>
    </message>
    <message>
        <source>Pas de recensement pour la nuit du %1.</source>
        <translation>Pas de recensement pour la nuit du %1.</translation>
    </message>
    <message>
        <source>Pas de recensement de 23 h pour la nuit du %1 : seuls les chiffres de clôture sont montrés.</source>
        <translation>Pas de recensement de 23 h pour la nuit du %1 : seuls les chiffres de clôture sont montrés.</translation>
    </message>
    <message>
        <source>Nuit clôturée : chiffres définitifs écrits le %1.</source>
        <translation>Nuit clôturée : chiffres définitifs écrits le %1.</translation>
    </message>
    <message>
        <source>%1 ligne(s) non communiquée(s) : personne n&apos;a mis à jour ses lits cette nuit-là.</source>
        <translation>%1 ligne(s) non communiquée(s) : personne n&apos;a mis à jour ses lits cette nuit-là.</translation>
    </message>
    <message>
        <source>Nuit pas encore clôturée — la clôture est due : un relais-desk ouvert la fera dans l&apos;heure (au démarrage, puis toutes les heures).</source>
        <translation>Nuit pas encore clôturée — la clôture est due : un relais-desk ouvert la fera dans l&apos;heure (au démarrage, puis toutes les heures).</translation>
    </message>
    <message>
        <source>Nuit pas encore clôturée — clôture aujourd&apos;hui à midi.</source>
        <translation>Nuit pas encore clôturée — clôture aujourd&apos;hui à midi.</translation>
    </message>
    <message>
        <source>Nuit pas encore clôturée — clôture demain à midi.</source>
        <translation>Nuit pas encore clôturée — clôture demain à midi.</translation>
    </message>
    <message>
        <source>Nuit pas encore clôturée — clôture le %1 à midi.</source>
        <translation>Nuit pas encore clôturée — clôture le %1 à midi.</translation>
    </message>
    <message>
        <source>Nuit du %1 : %2</source>
        <translation>Nuit du %1 : %2</translation>
    </message>
    <message>
        <source>%1 nuit(s) de la période pas encore clôturée(s) : leurs colonnes « clôture » sont vides.</source>
        <translation>%1 nuit(s) de la période pas encore clôturée(s) : leurs colonnes « clôture » sont vides.</translation>
    </message>
    <message>
        <source>recensement manquant</source>
        <translation>recensement manquant</translation>
    </message>
    <message>
        <source>Personne n&apos;a mis à jour les lits de cette catégorie pendant la nuit : l&apos;occupation est inconnue (ni 0, ni pleine).</source>
        <translation>Personne n&apos;a mis à jour les lits de cette catégorie pendant la nuit : l&apos;occupation est inconnue (ni 0, ni pleine).</translation>
    </message>
    <message>
        <source>Nuit pas encore clôturée</source>
        <translation>Nuit pas encore clôturée</translation>
    </message>
    <message>
        <source>non communiqué</source>
        <translation>non communiqué</translation>
    </message>
    <message>
        <source>%1 nuit(s) recensée(s).</source>
        <translation>%1 nuit(s) recensée(s).</translation>
    </message>
    <message>
        <source>Exporter le recensement</source>
        <translation>Exporter le recensement</translation>
    </message>
    <message>
        <source>Exporté : %1</source>
        <translation>Exporté : %1</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Changer mon mot de passe</source>
        <translation>Changer mon mot de passe</translation>
    </message>
    <message>
        <source>Changer le mot de passe</source>
        <translation>Changer le mot de passe</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>%1 effectif masqué (&lt; %2) : non dessiné</source>
        <translation>%1 effectif masqué (&lt; %2) : non dessiné</translation>
    </message>
    <message>
        <source>Réseau</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>taux d&apos;occupation</source>
        <translation>taux d&apos;occupation</translation>
    </message>
    <message>
        <source>Période</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Clé</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Nuitées</source>
        <translation>Nuitées</translation>
    </message>
    <message>
        <source>Lits-nuits</source>
        <translation>Lits-nuits</translation>
    </message>
    <message>
        <source>Taux</source>
        <translation>Taux</translation>
    </message>
    <message>
        <source>nuitées</source>
        <translation>nuitées</translation>
    </message>
    <message>
        <source>Mois</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Lits-nuits financés</source>
        <translation>Lits-nuits financés</translation>
    </message>
    <message>
        <source>refus faute de place</source>
        <translation>refus faute de place</translation>
    </message>
    <message>
        <source>Catégorie</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>appels</source>
        <translation>appels</translation>
    </message>
    <message>
        <source>heure</source>
        <translation>heure</translation>
    </message>
    <message>
        <source>Jour</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>orientations</source>
        <translation>orientations</translation>
    </message>
    <message>
        <source>Axe</source>
        <translation>Axe</translation>
    </message>
    <message>
        <source>Statut</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Orientations</source>
        <translation>Orientations</translation>
    </message>
</context>
<context>
    <name>ConnectionBanner</name>
    <message>
        <source>Connexion à la base perdue — rien n&apos;est enregistré tant qu&apos;elle ne revient pas ; ce que vous tapez reste affiché. Reconnexion automatique en cours.</source>
        <translation>Connexion à la base perdue — rien n&apos;est enregistré tant qu&apos;elle ne revient pas ; ce que vous tapez reste affiché. Reconnexion automatique en cours.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>« %1 » est hors des dates possibles ici.</source>
        <translation>« %1 » est hors des dates possibles ici.</translation>
    </message>
</context>
<context>
    <name>DecisionText</name>
    <message>
        <source>L&apos;appel est en cours d&apos;enregistrement.</source>
        <translation>L&apos;appel est en cours d&apos;enregistrement.</translation>
    </message>
    <message>
        <source>Pas de connexion à la base : rien n&apos;est enregistré. Ce que vous avez tapé reste affiché ; réessayez quand la connexion revient.</source>
        <translation>Pas de connexion à la base : rien n&apos;est enregistré. Ce que vous avez tapé reste affiché ; réessayez quand la connexion revient.</translation>
    </message>
    <message>
        <source>Choisissez un service.</source>
        <translation>Choisissez un service.</translation>
    </message>
    <message>
        <source>Aucun lit compatible n&apos;est choisi dans la liste.</source>
        <translation>Aucun lit compatible n&apos;est choisi dans la liste.</translation>
    </message>
    <message>
        <source>Choisissez la catégorie de lit demandée.</source>
        <translation>Choisissez la catégorie de lit demandée.</translation>
    </message>
    <message>
        <source>Corrigez d&apos;abord l&apos;année de naissance : elle décide des places proposées (mineur·e ou adulte).</source>
        <translation>Corrigez d&apos;abord l&apos;année de naissance : elle décide des places proposées (mineur·e ou adulte).</translation>
    </message>
    <message>
        <source>Un lit est déjà réservé pendant cet appel (%1). Un deuxième lit : Ctrl+R encore. Pour changer de lit, annulez d&apos;abord la ligne dans « Pendant cet appel ».</source>
        <translation>Un lit est déjà réservé pendant cet appel (%1). Un deuxième lit : Ctrl+R encore. Pour changer de lit, annulez d&apos;abord la ligne dans « Pendant cet appel ».</translation>
    </message>
    <message>
        <source>Déjà orienté·e ce soir : %1. Réserver quand même un autre lit : Ctrl+R encore.</source>
        <translation>Déjà orienté·e ce soir : %1. Réserver quand même un autre lit : Ctrl+R encore.</translation>
    </message>
    <message>
        <source>%1 : quota de nuits atteint pour cette personne (%2 nuit(s) sur %3 jours). Réserver quand même : Ctrl+R encore. Sinon, refus « quota dépassé » : Ctrl+Maj+R.</source>
        <translation>%1 : quota de nuits atteint pour cette personne (%2 nuit(s) sur %3 jours). Réserver quand même : Ctrl+R encore. Sinon, refus « quota dépassé » : Ctrl+Maj+R.</translation>
    </message>
    <message>
        <source>La liste montre encore %1 lit(s) « %2 » libre(s) : Ctrl+R pour en réserver un. Refus « plus de place » quand même : Ctrl+Maj+R encore.</source>
        <translation>La liste montre encore %1 lit(s) « %2 » libre(s) : Ctrl+R pour en réserver un. Refus « plus de place » quand même : Ctrl+Maj+R encore.</translation>
    </message>
    <message>
        <source>Réservation en cours… l&apos;appel sera enregistré dès qu&apos;elle est faite.</source>
        <translation>Réservation en cours… l&apos;appel sera enregistré dès qu&apos;elle est faite.</translation>
    </message>
    <message>
        <source>Pseudonyme : indiquez-le, ou cochez « Anonyme ».</source>
        <translation>Pseudonyme : indiquez-le, ou cochez « Anonyme ».</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Période invalide.</source>
        <translation>Période invalide.</translation>
    </message>
    <message>
        <source>La fin de la période précède son début.</source>
        <translation>La fin de la période précède son début.</translation>
    </message>
    <message>
        <source>Période trop longue (20 ans au plus).</source>
        <translation>Période trop longue (20 ans au plus).</translation>
    </message>
    <message>
        <source>Dates de validité invalides.</source>
        <translation>Dates de validité invalides.</translation>
    </message>
    <message>
        <source>La fin de validité précède son début.</source>
        <translation>La fin de validité précède son début.</translation>
    </message>
    <message>
        <source>Nuit invalide : une date est attendue (AAAA-MM-JJ).</source>
        <translation>Nuit invalide : une date est attendue (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>Le recensement de la nuit du {night} n&apos;a pas encore eu lieu (il se fait à {time}).</source>
        <translation>Le recensement de la nuit du {night} n&apos;a pas encore eu lieu (il se fait à {time}).</translation>
    </message>
    <message>
        <source>La nuit du {night} n&apos;est pas encore clôturée : elle le sera le {closes} à midi.</source>
        <translation>La nuit du {night} n&apos;est pas encore clôturée : elle le sera le {closes} à midi.</translation>
    </message>
    <message>
        <source>Le {at} est dans le futur : le tableau passé ne se montre qu&apos;à un moment déjà écoulé.</source>
        <translation>Le {at} est dans le futur : le tableau passé ne se montre qu&apos;à un moment déjà écoulé.</translation>
    </message>
    <message>
        <source>Heure invalide : « {value} » (attendu HH:MM).</source>
        <translation>Heure invalide : « {value} » (attendu HH:MM).</translation>
    </message>
    <message>
        <source>{label} : texte attendu.</source>
        <translation>{label} : texte attendu.</translation>
    </message>
    <message>
        <source>{label} : caractère invalide.</source>
        <translation>{label} : caractère invalide.</translation>
    </message>
    <message>
        <source>{label} : ce champ est obligatoire.</source>
        <translation>{label} : ce champ est obligatoire.</translation>
    </message>
    <message>
        <source>{label} : {length} caractères, au plus {max} permis.</source>
        <translation>{label} : {length} caractères, au plus {max} permis.</translation>
    </message>
    <message>
        <source>{label} : « {value} » n&apos;est pas une valeur permise ({allowed}).</source>
        <translation>{label} : « {value} » n&apos;est pas une valeur permise ({allowed}).</translation>
    </message>
    <message>
        <source>{label} : « {value} » n&apos;est pas un nombre entier.</source>
        <translation>{label} : « {value} » n&apos;est pas un nombre entier.</translation>
    </message>
    <message>
        <source>{label} : nombre entier attendu.</source>
        <translation>{label} : nombre entier attendu.</translation>
    </message>
    <message>
        <source>{label} : {value} est négatif ; un nombre de lits est 0 ou plus.</source>
        <translation>{label} : {value} est négatif ; un nombre de lits est 0 ou plus.</translation>
    </message>
    <message>
        <source>{label} : {value} dépasse le maximum permis ({maximum}).</source>
        <translation>{label} : {value} dépasse le maximum permis ({maximum}).</translation>
    </message>
    <message>
        <source>Personnes dans le ménage : au moins 1 (la personne elle-même).</source>
        <translation>Personnes dans le ménage : au moins 1 (la personne elle-même).</translation>
    </message>
    <message>
        <source>Abri : nom ou numéro attendu.</source>
        <translation>Abri : nom ou numéro attendu.</translation>
    </message>
    <message>
        <source>Aucun partenaire ne s&apos;appelle « {ref} ».</source>
        <translation>Aucun partenaire ne s&apos;appelle « {ref} ».</translation>
    </message>
    <message>
        <source>Catégorie : code attendu.</source>
        <translation>Catégorie : code attendu.</translation>
    </message>
    <message>
        <source>Catégorie de lits inconnue : « {ref} ».</source>
        <translation>Catégorie de lits inconnue : « {ref} ».</translation>
    </message>
    <message>
        <source>{what} n° {ref} introuvable.</source>
        <translation>{what} n° {ref} introuvable.</translation>
    </message>
    <message>
        <source>Profil invalide.</source>
        <translation>Profil invalide.</translation>
    </message>
    <message>
        <source>Reçu à : date et heure attendues.</source>
        <translation>Reçu à : date et heure attendues.</translation>
    </message>
    <message>
        <source>Reçu à : l&apos;appel ne peut pas être dans le futur.</source>
        <translation>Reçu à : l&apos;appel ne peut pas être dans le futur.</translation>
    </message>
    <message>
        <source>Reçu à : plus d&apos;un mois dans le passé — vérifiez la date.</source>
        <translation>Reçu à : plus d&apos;un mois dans le passé — vérifiez la date.</translation>
    </message>
    <message>
        <source>Choisissez une personne existante OU créez-en une, pas les deux.</source>
        <translation>Choisissez une personne existante OU créez-en une, pas les deux.</translation>
    </message>
    <message>
        <source>L&apos;orientation n° {ref} appartient déjà à un autre appel.</source>
        <translation>L&apos;orientation n° {ref} appartient déjà à un autre appel.</translation>
    </message>
    <message>
        <source>Refus mal formé.</source>
        <translation>Refus mal formé.</translation>
    </message>
    <message>
        <source>Un refus se rattache à un appel ou à un abri.</source>
        <translation>Un refus se rattache à un appel ou à un abri.</translation>
    </message>
    <message>
        <source>Année de naissance : {value} n&apos;est pas plausible (entre {lowest} et {highest}).</source>
        <translation>Année de naissance : {value} n&apos;est pas plausible (entre {lowest} et {highest}).</translation>
    </message>
    <message>
        <source>Choisissez deux fiches différentes à fusionner.</source>
        <translation>Choisissez deux fiches différentes à fusionner.</translation>
    </message>
    <message>
        <source>Personne n° {ref} : un lit lui est réservé cette nuit à {shelter}. Effacez-la après son arrivée, l&apos;annulation ou l&apos;expiration de la réservation.</source>
        <translation>Personne n° {ref} : un lit lui est réservé cette nuit à {shelter}. Effacez-la après son arrivée, l&apos;annulation ou l&apos;expiration de la réservation.</translation>
    </message>
    <message>
        <source>« {shelter} » n&apos;a pas de lits « {category_label} » cette nuit.</source>
        <translation>« {shelter} » n&apos;a pas de lits « {category_label} » cette nuit.</translation>
    </message>
    <message>
        <source>Rien à changer : indiquez les lits occupés ou hors service.</source>
        <translation>Rien à changer : indiquez les lits occupés ou hors service.</translation>
    </message>
    <message>
        <source>{shelter} – {category_label} : {occupied} occupés + {unavailable} hors service + {held} réservés = {total}, plus que les {capacity} lits de la capacité.</source>
        <translation>{shelter} – {category_label} : {occupied} occupés + {unavailable} hors service + {held} réservés = {total}, plus que les {capacity} lits de la capacité.</translation>
    </message>
    <message>
        <source>L&apos;heure limite d&apos;arrivée doit être dans le futur, au plus 36 heures après maintenant.</source>
        <translation>L&apos;heure limite d&apos;arrivée doit être dans le futur, au plus 36 heures après maintenant.</translation>
    </message>
    <message>
        <source>Plus de lit libre « {category_label} » à {shelter} : il vient d&apos;être pris.</source>
        <translation>Plus de lit libre « {category_label} » à {shelter} : il vient d&apos;être pris.</translation>
    </message>
    <message>
        <source>{shelter} – {category_label} : {why}. Rien n&apos;a été réservé.</source>
        <translation>{shelter} – {category_label} : {why}. Rien n&apos;a été réservé.</translation>
    </message>
    <message>
        <source>Cette réservation n&apos;est plus active (déjà arrivée, libérée ou expirée).</source>
        <translation>Cette réservation n&apos;est plus active (déjà arrivée, libérée ou expirée).</translation>
    </message>
    <message>
        <source>Un quota se donne en nuits ET en jours (par exemple 7 nuits sur 30 jours).</source>
        <translation>Un quota se donne en nuits ET en jours (par exemple 7 nuits sur 30 jours).</translation>
    </message>
    <message>
        <source>Indiquez l&apos;axe du partenaire.</source>
        <translation>Indiquez l&apos;axe du partenaire.</translation>
    </message>
    <message>
        <source>Un partenaire s&apos;appelle déjà « {name} ».</source>
        <translation>Un partenaire s&apos;appelle déjà « {name} ».</translation>
    </message>
    <message>
        <source>Public de la catégorie : « femme », « homme » ou « any ».</source>
        <translation>Public de la catégorie : « femme », « homme » ou « any ».</translation>
    </message>
    <message>
        <source>La catégorie « {code} » existe déjà.</source>
        <translation>La catégorie « {code} » existe déjà.</translation>
    </message>
    <message>
        <source>« {shelter} » n&apos;est pas un abri de nuit : pas de lits.</source>
        <translation>« {shelter} » n&apos;est pas un abri de nuit : pas de lits.</translation>
    </message>
    <message>
        <source>Cette période de capacité n&apos;existe plus (modifiée ailleurs ?).</source>
        <translation>Cette période de capacité n&apos;existe plus (modifiée ailleurs ?).</translation>
    </message>
    <message>
        <source>{shelter} – {category_label} : cette nuit, {occupied} occupés + {unavailable} hors service + {held} réservés ne tiendraient pas dans {capacity} lits. Libérez des lits d&apos;abord, ou faites commencer le changement demain.</source>
        <translation>{shelter} – {category_label} : cette nuit, {occupied} occupés + {unavailable} hors service + {held} réservés ne tiendraient pas dans {capacity} lits. Libérez des lits d&apos;abord, ou faites commencer le changement demain.</translation>
    </message>
    <message>
        <source>« {shelter} » n&apos;est plus actif dans le réseau.</source>
        <translation>« {shelter} » n&apos;est plus actif dans le réseau.</translation>
    </message>
    <message>
        <source>Cette orientation est déjà {status} : elle ne peut pas devenir {new_status}.</source>
        <translation>Cette orientation est déjà {status} : elle ne peut pas devenir {new_status}.</translation>
    </message>
    <message>
        <source>La réservation de ce lit n&apos;est plus active (expirée ou modifiée ailleurs).</source>
        <translation>La réservation de ce lit n&apos;est plus active (expirée ou modifiée ailleurs).</translation>
    </message>
    <message>
        <source>Cette orientation vient d&apos;être modifiée sur un autre poste : rechargez-la.</source>
        <translation>Cette orientation vient d&apos;être modifiée sur un autre poste : rechargez-la.</translation>
    </message>
    <message>
        <source>Votre rôle ({role}) ne permet pas cette action.</source>
        <translation>Votre rôle ({role}) ne permet pas cette action.</translation>
    </message>
    <message>
        <source>Vous ne pouvez modifier que les lits de votre abri, pas ceux de « {shelter} ».</source>
        <translation>Vous ne pouvez modifier que les lits de votre abri, pas ceux de « {shelter} ».</translation>
    </message>
    <message>
        <source>Identifiant : lettres, chiffres, « . », « _ », « - » et « @ » seulement.</source>
        <translation>Identifiant : lettres, chiffres, « . », « _ », « - » et « @ » seulement.</translation>
    </message>
    <message>
        <source>Identifiant trop long pour ce serveur ({max} caractères au plus).</source>
        <translation>Identifiant trop long pour ce serveur ({max} caractères au plus).</translation>
    </message>
    <message>
        <source>Un compte « abri » doit être lié à un abri de nuit.</source>
        <translation>Un compte « abri » doit être lié à un abri de nuit.</translation>
    </message>
    <message>
        <source>« {shelter} » n&apos;est pas un abri de nuit.</source>
        <translation>« {shelter} » n&apos;est pas un abri de nuit.</translation>
    </message>
    <message>
        <source>L&apos;identifiant « {name} » existe déjà.</source>
        <translation>L&apos;identifiant « {name} » existe déjà.</translation>
    </message>
    <message>
        <source>Ce compte est désactivé. Demandez à un·e administrateur·rice.</source>
        <translation>Ce compte est désactivé. Demandez à un·e administrateur·rice.</translation>
    </message>
    <message>
        <source>Vous ne pouvez pas désactiver votre propre compte.</source>
        <translation>Vous ne pouvez pas désactiver votre propre compte.</translation>
    </message>
    <message>
        <source>Cette session n&apos;est pas celle d&apos;un compte actif de ce réseau.</source>
        <translation>Cette session n&apos;est pas celle d&apos;un compte actif de ce réseau.</translation>
    </message>
    <message>
        <source>Le nouveau mot de passe doit être différent de l&apos;actuel.</source>
        <translation>Le nouveau mot de passe doit être différent de l&apos;actuel.</translation>
    </message>
    <message>
        <source>Le mot de passe doit être un texte.</source>
        <translation>Le mot de passe doit être un texte.</translation>
    </message>
    <message>
        <source>Le mot de passe contient un caractère nul : retapez-le.</source>
        <translation>Le mot de passe contient un caractère nul : retapez-le.</translation>
    </message>
    <message>
        <source>Le mot de passe doit faire au moins {minimum} caractères (il en a {length}).</source>
        <translation>Le mot de passe doit faire au moins {minimum} caractères (il en a {length}).</translation>
    </message>
    <message>
        <source>Le mot de passe est trop long ({maximum} caractères au plus).</source>
        <translation>Le mot de passe est trop long ({maximum} caractères au plus).</translation>
    </message>
    <message>
        <source>Réglage inconnu : « {key} ».</source>
        <translation>Réglage inconnu : « {key} ».</translation>
    </message>
    <message>
        <source>Valeur invalide pour {key} : « {value} ».</source>
        <translation>Valeur invalide pour {key} : « {value} ».</translation>
    </message>
    <message>
        <source>Verrouillage : au plus {maximum} minutes (0 : jamais).</source>
        <translation>Verrouillage : au plus {maximum} minutes (0 : jamais).</translation>
    </message>
    <message>
        <source>Durée de conservation : un nombre entier de mois entre {minimum} et {maximum}.</source>
        <translation>Durée de conservation : un nombre entier de mois entre {minimum} et {maximum}.</translation>
    </message>
    <message>
        <source>Le seuil de masquage ne peut pas descendre sous {minimum} : un effectif de 1 ou 2 pourrait désigner quelqu&apos;un.</source>
        <translation>Le seuil de masquage ne peut pas descendre sous {minimum} : un effectif de 1 ou 2 pourrait désigner quelqu&apos;un.</translation>
    </message>
    <message>
        <source>Seul·e un·e administrateur·rice peut changer le seuil de masquage des exports.</source>
        <translation>Seul·e un·e administrateur·rice peut changer le seuil de masquage des exports.</translation>
    </message>
    <message>
        <source>Seul·e un·e administrateur·rice peut changer la durée de conservation.</source>
        <translation>Seul·e un·e administrateur·rice peut changer la durée de conservation.</translation>
    </message>
    <message>
        <source>Mot de passe trop faible : {weakness}. Ajoutez des mots ou des caractères inattendus.</source>
        <translation>Mot de passe trop faible : {weakness}. Ajoutez des mots ou des caractères inattendus.</translation>
    </message>
    <message>
        <source>Le mot de passe de ce compte vient d&apos;être changé ailleurs : reconnectez-vous.</source>
        <translation>Le mot de passe de ce compte vient d&apos;être changé ailleurs : reconnectez-vous.</translation>
    </message>
    <message>
        <source>Cette session n&apos;est pas celle d&apos;un compte de ce réseau.</source>
        <translation>Cette session n&apos;est pas celle d&apos;un compte de ce réseau.</translation>
    </message>
    <message>
        <source>Aucun compte ne s&apos;appelle « {name} ».</source>
        <translation>Aucun compte ne s&apos;appelle « {name} ».</translation>
    </message>
    <message>
        <source>Regroupement inconnu : « {value} ».</source>
        <translation>Regroupement inconnu : « {value} ».</translation>
    </message>
    <message>
        <source>Découpage inconnu : « {value} ».</source>
        <translation>Découpage inconnu : « {value} ».</translation>
    </message>
    <message>
        <source>Colonne inconnue : « {value} ».</source>
        <translation>Colonne inconnue : « {value} ».</translation>
    </message>
    <message>
        <source>Seule une arrivée ou une absence d&apos;un lit réservé se reprend ici.</source>
        <translation>Seule une arrivée ou une absence d&apos;un lit réservé se reprend ici.</translation>
    </message>
    <message>
        <source>La nuit est clôturée : l&apos;arrivée ne s&apos;annule plus.</source>
        <translation>La nuit est clôturée : l&apos;arrivée ne s&apos;annule plus.</translation>
    </message>
    <message>
        <source>La nuit est clôturée : l&apos;absence ne s&apos;annule plus.</source>
        <translation>La nuit est clôturée : l&apos;absence ne s&apos;annule plus.</translation>
    </message>
    <message>
        <source>Plus de {minutes} minutes se sont écoulées : l&apos;arrivée ne s&apos;annule plus. Corrigez au besoin les lits occupés.</source>
        <translation>Plus de {minutes} minutes se sont écoulées : l&apos;arrivée ne s&apos;annule plus. Corrigez au besoin les lits occupés.</translation>
    </message>
    <message>
        <source>Plus de {minutes} minutes se sont écoulées : l&apos;absence ne s&apos;annule plus. Corrigez au besoin les lits occupés.</source>
        <translation>Plus de {minutes} minutes se sont écoulées : l&apos;absence ne s&apos;annule plus. Corrigez au besoin les lits occupés.</translation>
    </message>
    <message>
        <source>L&apos;heure limite d&apos;arrivée ({deadline}) est passée : la réservation expirerait aussitôt ; l&apos;absence reste.</source>
        <translation>L&apos;heure limite d&apos;arrivée ({deadline}) est passée : la réservation expirerait aussitôt ; l&apos;absence reste.</translation>
    </message>
    <message>
        <source>Aucun lit « {category_label} » n&apos;est compté occupé : les chiffres ont été changés depuis l&apos;arrivée. Corrigez les lits occupés.</source>
        <translation>Aucun lit « {category_label} » n&apos;est compté occupé : les chiffres ont été changés depuis l&apos;arrivée. Corrigez les lits occupés.</translation>
    </message>
    <message>
        <source>Le lit « {category_label} » libéré par l&apos;absence a été repris entre-temps : l&apos;absence reste.</source>
        <translation>Le lit « {category_label} » libéré par l&apos;absence a été repris entre-temps : l&apos;absence reste.</translation>
    </message>
    <message>
        <source>Cette réservation vient d&apos;être modifiée sur un autre poste.</source>
        <translation>Cette réservation vient d&apos;être modifiée sur un autre poste.</translation>
    </message>
    <message>
        <source>Ce refus a été enregistré par l&apos;urgence sociale lors d&apos;un appel : c&apos;est elle qui le corrige.</source>
        <translation>Ce refus a été enregistré par l&apos;urgence sociale lors d&apos;un appel : c&apos;est elle qui le corrige.</translation>
    </message>
    <message>
        <source>Ce refus est déjà retiré.</source>
        <translation>Ce refus est déjà retiré.</translation>
    </message>
    <message>
        <source>La nuit du {night} est clôturée : ses refus ne se retirent plus.</source>
        <translation>La nuit du {night} est clôturée : ses refus ne se retirent plus.</translation>
    </message>
    <message>
        <source>Ce refus vient d&apos;être retiré sur un autre poste.</source>
        <translation>Ce refus vient d&apos;être retiré sur un autre poste.</translation>
    </message>
    <message>
        <source>Adresse de base de données illisible : {shown}.</source>
        <translation>Adresse de base de données illisible : {shown}.</translation>
    </message>
    <message>
        <source>Seuls SQLite (sqlite:///chemin) et PostgreSQL (postgresql://hôte/base) sont pris en charge, pas {kind}.</source>
        <translation>Seuls SQLite (sqlite:///chemin) et PostgreSQL (postgresql://hôte/base) sont pris en charge, pas {kind}.</translation>
    </message>
    <message>
        <source>Type de base inconnu : « {kind} ».</source>
        <translation>Type de base inconnu : « {kind} ».</translation>
    </message>
    <message>
        <source>Le système refuse le dossier de la base ({folder}) : {os_reason}. Choisissez un dossier à vous, sur ce poste.</source>
        <translation>Le système refuse le dossier de la base ({folder}) : {os_reason}. Choisissez un dossier à vous, sur ce poste.</translation>
    </message>
    <message>
        <source>Le fichier de la base ({where}) a disparu pendant que relais-desk tournait : plus rien n&apos;y est lu ni enregistré. Fermez relais-desk, remettez le fichier en place ou restaurez la dernière sauvegarde (relais-desk db backup en fait une), puis relancez.</source>
        <translation>Le fichier de la base ({where}) a disparu pendant que relais-desk tournait : plus rien n&apos;y est lu ni enregistré. Fermez relais-desk, remettez le fichier en place ou restaurez la dernière sauvegarde (relais-desk db backup en fait une), puis relancez.</translation>
    </message>
    <message>
        <source>Le fichier de la base ({where}) a été remplacé par un autre fichier pendant que relais-desk tournait : plus rien n&apos;y est lu ni enregistré. Fermez relais-desk, remettez le fichier en place ou restaurez la dernière sauvegarde (relais-desk db backup en fait une), puis relancez.</source>
        <translation>Le fichier de la base ({where}) a été remplacé par un autre fichier pendant que relais-desk tournait : plus rien n&apos;y est lu ni enregistré. Fermez relais-desk, remettez le fichier en place ou restaurez la dernière sauvegarde (relais-desk db backup en fait une), puis relancez.</translation>
    </message>
    <message>
        <source>Le serveur n&apos;accepte plus cette session (compte désactivé, modifié ou mot de passe changé) : reconnectez-vous.</source>
        <translation>Le serveur n&apos;accepte plus cette session (compte désactivé, modifié ou mot de passe changé) : reconnectez-vous.</translation>
    </message>
    <message>
        <source>La base de données ({where}) ne répond pas : {detail}</source>
        <translation>La base de données ({where}) ne répond pas : {detail}</translation>
    </message>
    <message>
        <source>Le disque de la base {where} est plein : la dernière modification n&apos;a pas été enregistrée. Libérez de la place sur ce disque, puis recommencez.</source>
        <translation>Le disque de la base {where} est plein : la dernière modification n&apos;a pas été enregistrée. Libérez de la place sur ce disque, puis recommencez.</translation>
    </message>
    <message>
        <source>La base {where} est en lecture seule (le fichier ou son dossier) : relais-desk doit pouvoir y écrire. Vérifiez les droits du fichier et du dossier, ou copiez la base dans un dossier à vous.</source>
        <translation>La base {where} est en lecture seule (le fichier ou son dossier) : relais-desk doit pouvoir y écrire. Vérifiez les droits du fichier et du dossier, ou copiez la base dans un dossier à vous.</translation>
    </message>
    <message>
        <source>Le fichier {where} n&apos;est pas une base relais-desk lisible (endommagé, ou d&apos;un autre programme) : rien n&apos;y a été modifié. Remettez à cet endroit sa dernière sauvegarde (faite par « relais-desk db backup »), puis relancez.</source>
        <translation>Le fichier {where} n&apos;est pas une base relais-desk lisible (endommagé, ou d&apos;un autre programme) : rien n&apos;y a été modifié. Remettez à cet endroit sa dernière sauvegarde (faite par « relais-desk db backup »), puis relancez.</translation>
    </message>
    <message>
        <source>La base de ce poste ({where}) n&apos;existe pas ou plus. Si elle a été déplacée ou effacée, remettez-la à cet endroit ou copiez-y sa dernière sauvegarde (relais-desk db backup), puis relancez. Pour créer une nouvelle base vide à la place, supprimez {config}.</source>
        <translation>La base de ce poste ({where}) n&apos;existe pas ou plus. Si elle a été déplacée ou effacée, remettez-la à cet endroit ou copiez-y sa dernière sauvegarde (relais-desk db backup), puis relancez. Pour créer une nouvelle base vide à la place, supprimez {config}.</translation>
    </message>
    <message>
        <source>Impossible de joindre le serveur {where} : vérifiez le nom du serveur, le port et le réseau, puis réessayez.</source>
        <translation>Impossible de joindre le serveur {where} : vérifiez le nom du serveur, le port et le réseau, puis réessayez.</translation>
    </message>
    <message>
        <source>Impossible de joindre le serveur {where} : vérifiez le nom du serveur, le port et le réseau ({detail}).</source>
        <translation>Impossible de joindre le serveur {where} : vérifiez le nom du serveur, le port et le réseau ({detail}).</translation>
    </message>
    <message>
        <source>Le serveur {where} répond, mais la connexion chiffrée échoue en mode {sslmode} : {detail}.</source>
        <translation>Le serveur {where} répond, mais la connexion chiffrée échoue en mode {sslmode} : {detail}.</translation>
    </message>
    <message>
        <source>Le serveur {where} répond, mais la base « {dbname} » n&apos;existe pas.</source>
        <translation>Le serveur {where} répond, mais la base « {dbname} » n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Le serveur {where} refuse l&apos;identifiant « {user} » avec ce mot de passe.</source>
        <translation>Le serveur {where} refuse l&apos;identifiant « {user} » avec ce mot de passe.</translation>
    </message>
    <message>
        <source>Le serveur {where} répond, mais refuse l&apos;identifiant « {user} » (inconnu, ou non autorisé par les règles d&apos;accès du serveur, pg_hba.conf) : {detail}.</source>
        <translation>Le serveur {where} répond, mais refuse l&apos;identifiant « {user} » (inconnu, ou non autorisé par les règles d&apos;accès du serveur, pg_hba.conf) : {detail}.</translation>
    </message>
    <message>
        <source>Le serveur refuse cette action pour votre compte : votre rôle ne le permet pas.</source>
        <translation>Le serveur refuse cette action pour votre compte : votre rôle ne le permet pas.</translation>
    </message>
    <message>
        <source>Le serveur refuse cette valeur.</source>
        <translation>Le serveur refuse cette valeur.</translation>
    </message>
    <message>
        <source>Cet élément existe déjà.</source>
        <translation>Cet élément existe déjà.</translation>
    </message>
    <message>
        <source>Élément introuvable.</source>
        <translation>Élément introuvable.</translation>
    </message>
    <message>
        <source>Le schéma de la base {where} est plus ancien que ce programme ({schema} → {head}) : relais-desk la met à jour en s&apos;ouvrant, ou lancez « relais-desk db upgrade --db &quot;{url}&quot; ».</source>
        <translation>Le schéma de la base {where} est plus ancien que ce programme ({schema} → {head}) : relais-desk la met à jour en s&apos;ouvrant, ou lancez « relais-desk db upgrade --db &quot;{url}&quot; ».</translation>
    </message>
    <message>
        <source>Le schéma de la base partagée ({where}) est plus ancien que ce programme ({schema} → {head}). Un·e administrateur·rice doit lancer une fois :
    relais-desk db upgrade --db &quot;{url}&quot;
puis relancer relais-desk sur chaque poste.</source>
        <translation>Le schéma de la base partagée ({where}) est plus ancien que ce programme ({schema} → {head}). Un·e administrateur·rice doit lancer une fois :
    relais-desk db upgrade --db &quot;{url}&quot;
puis relancer relais-desk sur chaque poste.</translation>
    </message>
    <message>
        <source>Les droits d&apos;accès de la base partagée ({where}) ne sont pas ceux de cette version de relais-desk. Un·e administrateur·rice doit lancer une fois, avec l&apos;identifiant de maintenance :
    relais-desk db upgrade --db &quot;{url}&quot;</source>
        <translation>Les droits d&apos;accès de la base partagée ({where}) ne sont pas ceux de cette version de relais-desk. Un·e administrateur·rice doit lancer une fois, avec l&apos;identifiant de maintenance :
    relais-desk db upgrade --db &quot;{url}&quot;</translation>
    </message>
    <message>
        <source>Mode de chiffrement inconnu : « {sslmode} » (modes : {modes}).</source>
        <translation>Mode de chiffrement inconnu : « {sslmode} » (modes : {modes}).</translation>
    </message>
    <message>
        <source>Le mode {sslmode} vérifie le certificat du serveur : indiquez le fichier du certificat de l&apos;autorité (CA) du réseau.</source>
        <translation>Le mode {sslmode} vérifie le certificat du serveur : indiquez le fichier du certificat de l&apos;autorité (CA) du réseau.</translation>
    </message>
    <message>
        <source>Le fichier de certificat « {path} » est introuvable ou illisible sur ce poste.</source>
        <translation>Le fichier de certificat « {path} » est introuvable ou illisible sur ce poste.</translation>
    </message>
    <message>
        <source>La base de données ({where}) a été mise à jour par une version plus récente de relais-desk (schéma {current}). Installez la dernière version de relais-desk sur ce poste.</source>
        <translation>La base de données ({where}) a été mise à jour par une version plus récente de relais-desk (schéma {current}). Installez la dernière version de relais-desk sur ce poste.</translation>
    </message>
    <message>
        <source>Aucun trousseau de mots de passe n&apos;est disponible sur ce poste (Gestionnaire d&apos;identification Windows, Trousseau macOS ou Secret Service sous Linux). relais-desk ne garde jamais le mot de passe du serveur en clair : installez ou déverrouillez un trousseau (par exemple gnome-keyring ou KWallet), puis réessayez.</source>
        <translation>Aucun trousseau de mots de passe n&apos;est disponible sur ce poste (Gestionnaire d&apos;identification Windows, Trousseau macOS ou Secret Service sous Linux). relais-desk ne garde jamais le mot de passe du serveur en clair : installez ou déverrouillez un trousseau (par exemple gnome-keyring ou KWallet), puis réessayez.</translation>
    </message>
    <message>
        <source>Le trousseau a refusé d&apos;enregistrer le mot de passe : {detail}</source>
        <translation>Le trousseau a refusé d&apos;enregistrer le mot de passe : {detail}</translation>
    </message>
    <message>
        <source>Le trousseau n&apos;a pas pu être lu : {detail}</source>
        <translation>Le trousseau n&apos;a pas pu être lu : {detail}</translation>
    </message>
    <message>
        <source>La base de données {path} se trouve sur un partage réseau ({fstype}). SQLite corrompt ses fichiers sur un partage réseau : placez la base sur un disque local de ce poste, ou, pour partager les données entre plusieurs postes, utilisez un serveur PostgreSQL.</source>
        <translation>La base de données {path} se trouve sur un partage réseau ({fstype}). SQLite corrompt ses fichiers sur un partage réseau : placez la base sur un disque local de ce poste, ou, pour partager les données entre plusieurs postes, utilisez un serveur PostgreSQL.</translation>
    </message>
    <message>
        <source>Le dossier {folder} n&apos;existe pas.</source>
        <translation>Le dossier {folder} n&apos;existe pas.</translation>
    </message>
    <message>
        <source>{path} est un lien symbolique : relais-desk n&apos;écrit jamais à travers un lien, choisissez un autre nom.</source>
        <translation>{path} est un lien symbolique : relais-desk n&apos;écrit jamais à travers un lien, choisissez un autre nom.</translation>
    </message>
    <message>
        <source>{path} n&apos;est pas un fichier : choisissez un autre nom.</source>
        <translation>{path} n&apos;est pas un fichier : choisissez un autre nom.</translation>
    </message>
    <message>
        <source>Le fichier {path} existe déjà : choisissez un autre nom, ou ajoutez --force pour le remplacer.</source>
        <translation>Le fichier {path} existe déjà : choisissez un autre nom, ou ajoutez --force pour le remplacer.</translation>
    </message>
    <message>
        <source>Impossible d&apos;écrire {path} : {detail}.</source>
        <translation>Impossible d&apos;écrire {path} : {detail}.</translation>
    </message>
    <message>
        <source>Pas encore connecté.</source>
        <translation>Pas encore connecté.</translation>
    </message>
    <message>
        <source>En direct.</source>
        <translation>En direct.</translation>
    </message>
    <message>
        <source>Suivi des changements arrêté.</source>
        <translation>Suivi des changements arrêté.</translation>
    </message>
    <message>
        <source>Le suivi des changements s&apos;est arrêté.</source>
        <translation>Le suivi des changements s&apos;est arrêté.</translation>
    </message>
    <message>
        <source>Le serveur n&apos;accepte plus ce compte : session terminée.</source>
        <translation>Le serveur n&apos;accepte plus ce compte : session terminée.</translation>
    </message>
    <message>
        <source>Serveur injoignable ({where}), nouvel essai… ({detail})</source>
        <translation>Serveur injoignable ({where}), nouvel essai… ({detail})</translation>
    </message>
    <message>
        <source>Connexion perdue avec le serveur, reconnexion… ({detail})</source>
        <translation>Connexion perdue avec le serveur, reconnexion… ({detail})</translation>
    </message>
    <message>
        <source>Base de données locale illisible, nouvel essai… ({detail})</source>
        <translation>Base de données locale illisible, nouvel essai… ({detail})</translation>
    </message>
    <message>
        <source>une rangée de touches du clavier se devine facilement</source>
        <translation>une rangée de touches du clavier se devine facilement</translation>
    </message>
    <message>
        <source>un court motif du clavier se devine facilement</source>
        <translation>un court motif du clavier se devine facilement</translation>
    </message>
    <message>
        <source>une répétition comme « aaa » se devine facilement</source>
        <translation>une répétition comme « aaa » se devine facilement</translation>
    </message>
    <message>
        <source>une répétition comme « abcabcabc » se devine presque aussi vite que « abc »</source>
        <translation>une répétition comme « abcabcabc » se devine presque aussi vite que « abc »</translation>
    </message>
    <message>
        <source>une suite comme « abc » ou « 6543 » se devine facilement</source>
        <translation>une suite comme « abc » ou « 6543 » se devine facilement</translation>
    </message>
    <message>
        <source>une année récente se devine facilement</source>
        <translation>une année récente se devine facilement</translation>
    </message>
    <message>
        <source>une date se devine facilement</source>
        <translation>une date se devine facilement</translation>
    </message>
    <message>
        <source>c&apos;est l&apos;un des dix mots de passe les plus courants</source>
        <translation>c&apos;est l&apos;un des dix mots de passe les plus courants</translation>
    </message>
    <message>
        <source>c&apos;est l&apos;un des cent mots de passe les plus courants</source>
        <translation>c&apos;est l&apos;un des cent mots de passe les plus courants</translation>
    </message>
    <message>
        <source>c&apos;est un mot de passe très courant</source>
        <translation>c&apos;est un mot de passe très courant</translation>
    </message>
    <message>
        <source>il ressemble à un mot de passe très courant</source>
        <translation>il ressemble à un mot de passe très courant</translation>
    </message>
    <message>
        <source>un mot seul se devine facilement</source>
        <translation>un mot seul se devine facilement</translation>
    </message>
    <message>
        <source>un nom ou un prénom seul se devine facilement</source>
        <translation>un nom ou un prénom seul se devine facilement</translation>
    </message>
    <message>
        <source>les noms et prénoms courants se devinent facilement</source>
        <translation>les noms et prénoms courants se devinent facilement</translation>
    </message>
    <message>
        <source>il reprend votre identifiant ou votre nom</source>
        <translation>il reprend votre identifiant ou votre nom</translation>
    </message>
    <message>
        <source>il serait deviné en moins d&apos;une seconde</source>
        <translation>il serait deviné en moins d&apos;une seconde</translation>
    </message>
    <message>
        <source>il serait deviné en quelques secondes</source>
        <translation>il serait deviné en quelques secondes</translation>
    </message>
    <message>
        <source>il serait deviné en quelques minutes</source>
        <translation>il serait deviné en quelques minutes</translation>
    </message>
    <message>
        <source>il serait deviné en quelques heures</source>
        <translation>il serait deviné en quelques heures</translation>
    </message>
    <message>
        <source>il serait deviné en quelques jours</source>
        <translation>il serait deviné en quelques jours</translation>
    </message>
    <message>
        <source>il serait deviné en quelques mois</source>
        <translation>il serait deviné en quelques mois</translation>
    </message>
    <message>
        <source>il serait deviné en quelques années</source>
        <translation>il serait deviné en quelques années</translation>
    </message>
    <message>
        <source>il n&apos;existe pas et ne peut pas être créé</source>
        <translation>il n&apos;existe pas et ne peut pas être créé</translation>
    </message>
    <message>
        <source>droits insuffisants</source>
        <translation>droits insuffisants</translation>
    </message>
    <message>
        <source>le disque est en lecture seule</source>
        <translation>le disque est en lecture seule</translation>
    </message>
    <message>
        <source>le disque est plein</source>
        <translation>le disque est plein</translation>
    </message>
    <message>
        <source>un élément du chemin n&apos;est pas un dossier</source>
        <translation>un élément du chemin n&apos;est pas un dossier</translation>
    </message>
    <message>
        <source>ne prend pas de ménage de {household} personnes</source>
        <translation>ne prend pas de ménage de {household} personnes</translation>
    </message>
    <message>
        <source>ne prend pas de mineur·e</source>
        <translation>ne prend pas de mineur·e</translation>
    </message>
    <message>
        <source>n&apos;est pas pour ce profil (genre)</source>
        <translation>n&apos;est pas pour ce profil (genre)</translation>
    </message>
    <message>
        <source>chiens non acceptés</source>
        <translation>chiens non acceptés</translation>
    </message>
    <message>
        <source>pas accessible en fauteuil</source>
        <translation>pas accessible en fauteuil</translation>
    </message>
    <message>
        <source>pas bas seuil</source>
        <translation>pas bas seuil</translation>
    </message>
    <message>
        <source>{free} place(s) libre(s) pour un ménage de {household} personnes</source>
        <translation>{free} place(s) libre(s) pour un ménage de {household} personnes</translation>
    </message>
    <message>
        <source>Une erreur inattendue s&apos;est produite ; rien n&apos;a été enregistré à moitié. Réessayez, et si elle revient, prévenez l&apos;administrateur·rice (détails dans le journal du programme : %1).</source>
        <translation>Une erreur inattendue s&apos;est produite ; rien n&apos;a été enregistré à moitié. Réessayez, et si elle revient, prévenez l&apos;administrateur·rice (détails dans le journal du programme : %1).</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Abri</source>
        <translation>Abri</translation>
    </message>
    <message>
        <source>Année de naissance</source>
        <translation>Année de naissance</translation>
    </message>
    <message>
        <source>Axe</source>
        <translation>Axe</translation>
    </message>
    <message>
        <source>Catégorie</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Compte</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Enfants</source>
        <translation>Enfants</translation>
    </message>
    <message>
        <source>Genre</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Hors service</source>
        <translation>Hors service</translation>
    </message>
    <message>
        <source>Identifiant</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Libellé</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Lieu</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Lits</source>
        <translation>Lits</translation>
    </message>
    <message>
        <source>Motif de refus</source>
        <translation>Motif de refus</translation>
    </message>
    <message>
        <source>Motif hors service</source>
        <translation>Motif hors service</translation>
    </message>
    <message>
        <source>Nom affiché</source>
        <translation>Nom affiché</translation>
    </message>
    <message>
        <source>Nom du réseau</source>
        <translation>Nom du réseau</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Occupés</source>
        <translation>Occupés</translation>
    </message>
    <message>
        <source>Personnes dans le ménage</source>
        <translation>Personnes dans le ménage</translation>
    </message>
    <message>
        <source>Pseudonyme</source>
        <translation>Pseudonyme</translation>
    </message>
    <message>
        <source>Recherche</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>Remarque</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Rôle</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Statut</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Type de capacité</source>
        <translation>Type de capacité</translation>
    </message>
    <message>
        <source>Motif du refus</source>
        <translation>Motif du refus</translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Appel</source>
        <translation>Appel</translation>
    </message>
    <message>
        <source>Personne</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Orientation</translation>
    </message>
    <message>
        <source>Utilisateur</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Réservation</source>
        <translation>Réservation</translation>
    </message>
    <message>
        <source>Période de capacité</source>
        <translation>Période de capacité</translation>
    </message>
    <message>
        <source>Refus</source>
        <translation>Refus</translation>
    </message>
</context>
<context>
    <name>FinderPanel</name>
    <message>
        <source>Libres</source>
        <translation>Libres</translation>
    </message>
    <message>
        <source>Accepte</source>
        <translation>Accepte</translation>
    </message>
    <message>
        <source>Abri — places</source>
        <translation>Abri — places</translation>
    </message>
    <message>
        <source>Quota</source>
        <translation>Quota</translation>
    </message>
    <message>
        <source>Mis à jour</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <source>Heure limite d&apos;arrivée : après, le lit est rendu au réseau.</source>
        <translation>Heure limite d&apos;arrivée : après, le lit est rendu au réseau.</translation>
    </message>
    <message>
        <source>Réserver (Ctrl+R)</source>
        <translation>Réserver (Ctrl+R)</translation>
    </message>
    <message>
        <source>Arriver avant</source>
        <translation>Arriver avant</translation>
    </message>
    <message>
        <source>chien</source>
        <translation>chien</translation>
    </message>
    <message>
        <source>fauteuil roulant</source>
        <translation>fauteuil roulant</translation>
    </message>
    <message>
        <source>bas seuil</source>
        <translation>bas seuil</translation>
    </message>
    <message>
        <source>%1 nuits / %2 j</source>
        <translation>%1 nuits / %2 j</translation>
    </message>
    <message>
        <source>%1 utilisée(s)</source>
        <translation>%1 utilisée(s)</translation>
    </message>
    <message>
        <source>QUOTA ATTEINT</source>
        <translation>QUOTA ATTEINT</translation>
    </message>
    <message>
        <source>%1 ch.</source>
        <translation>%1 ch.</translation>
    </message>
    <message>
        <source>Chambres libres : une chambre par famille.</source>
        <translation>Chambres libres : une chambre par famille.</translation>
    </message>
    <message>
        <source>Chiffres anciens : appelez l&apos;abri pour confirmer.</source>
        <translation>Chiffres anciens : appelez l&apos;abri pour confirmer.</translation>
    </message>
    <message>
        <source>Précisez le genre (ou des enfants) pour voir toutes les places qui conviennent.</source>
        <translation>Précisez le genre (ou des enfants) pour voir toutes les places qui conviennent.</translation>
    </message>
    <message>
        <source>%1 abri(s) compatible(s), %2 lit(s) libre(s) maintenant.</source>
        <translation>%1 abri(s) compatible(s), %2 lit(s) libre(s) maintenant.</translation>
    </message>
    <message>
        <source>Aucun lit compatible libre maintenant : enregistrez un refus faute de place (Ctrl+Maj+R).</source>
        <translation>Aucun lit compatible libre maintenant : enregistrez un refus faute de place (Ctrl+Maj+R).</translation>
    </message>
    <message>
        <source>Quota de nuits atteint pour cette personne dans au moins un abri (ligne jaune).</source>
        <translation>Quota de nuits atteint pour cette personne dans au moins un abri (ligne jaune).</translation>
    </message>
    <message>
        <source>horaires non communiqués</source>
        <translation>horaires non communiqués</translation>
    </message>
    <message>
        <source>tél. %1</source>
        <translation>tél. %1</translation>
    </message>
    <message>
        <source>⚠ déjà orienté·e ce soir : %1</source>
        <translation>⚠ déjà orienté·e ce soir : %1</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>relais-desk — premier démarrage</source>
        <translation>relais-desk — premier démarrage</translation>
    </message>
    <message>
        <source>Où se trouvent les données de ce poste ?</source>
        <translation>Où se trouvent les données de ce poste ?</translation>
    </message>
    <message>
        <source>Ce poste seul (base intégrée)</source>
        <translation>Ce poste seul (base intégrée)</translation>
    </message>
    <message>
        <source>Un seul ordinateur, par exemple le PC d&apos;un abri. Rien à installer.</source>
        <translation>Un seul ordinateur, par exemple le PC d&apos;un abri. Rien à installer.</translation>
    </message>
    <message>
        <source>Un serveur partagé (PostgreSQL)</source>
        <translation>Un serveur partagé (PostgreSQL)</translation>
    </message>
    <message>
        <source>La permanence et les abris voient les mêmes lits en direct.</source>
        <translation>La permanence et les abris voient les mêmes lits en direct.</translation>
    </message>
    <message>
        <source>Créez le premier compte administrateur·rice de ce poste.</source>
        <translation>Créez le premier compte administrateur·rice de ce poste.</translation>
    </message>
    <message>
        <source>Identifiant</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Nom affiché</source>
        <translation>Nom affiché</translation>
    </message>
    <message>
        <source>Mot de passe</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Encore une fois</source>
        <translation>Encore une fois</translation>
    </message>
    <message>
        <source>Serveur</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>ex. serveur.relais.local</source>
        <translation>ex. serveur.relais.local</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Base</translation>
    </message>
    <message>
        <source>Votre identifiant</source>
        <translation>Votre identifiant</translation>
    </message>
    <message>
        <source>votre compte relais-desk, pour vérifier la connexion</source>
        <translation>votre compte relais-desk, pour vérifier la connexion</translation>
    </message>
    <message>
        <source>Votre mot de passe</source>
        <translation>Votre mot de passe</translation>
    </message>
    <message>
        <source>jamais enregistré sur ce poste</source>
        <translation>jamais enregistré sur ce poste</translation>
    </message>
    <message>
        <source>Chiffrement</source>
        <translation>Chiffrement</translation>
    </message>
    <message>
        <source>Certificat de l&apos;autorité (CA)</source>
        <translation>Certificat de l&apos;autorité (CA)</translation>
    </message>
    <message>
        <source>fichier .crt ou .pem du réseau</source>
        <translation>fichier .crt ou .pem du réseau</translation>
    </message>
    <message>
        <source>Choisir…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Tester la connexion</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>Ce poste ne garde aucun mot de passe : chaque personne se connecte ensuite avec son propre compte.</source>
        <translation>Ce poste ne garde aucun mot de passe : chaque personne se connecte ensuite avec son propre compte.</translation>
    </message>
    <message>
        <source>Commencer</source>
        <translation>Commencer</translation>
    </message>
    <message>
        <source>Quitter</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>disable — jamais chiffrée</source>
        <translation>disable — jamais chiffrée</translation>
    </message>
    <message>
        <source>allow — chiffrée seulement si le serveur l&apos;exige</source>
        <translation>allow — chiffrée seulement si le serveur l&apos;exige</translation>
    </message>
    <message>
        <source>prefer — chiffrée si le serveur le permet (par défaut)</source>
        <translation>prefer — chiffrée si le serveur le permet (par défaut)</translation>
    </message>
    <message>
        <source>require — toujours chiffrée, serveur non vérifié</source>
        <translation>require — toujours chiffrée, serveur non vérifié</translation>
    </message>
    <message>
        <source>verify-ca — chiffrée, certificat vérifié par l&apos;autorité du réseau</source>
        <translation>verify-ca — chiffrée, certificat vérifié par l&apos;autorité du réseau</translation>
    </message>
    <message>
        <source>verify-full — chiffrée, certificat et nom du serveur vérifiés (par Internet)</source>
        <translation>verify-full — chiffrée, certificat et nom du serveur vérifiés (par Internet)</translation>
    </message>
    <message>
        <source>Certificat de l&apos;autorité (CA) du réseau</source>
        <translation>Certificat de l&apos;autorité (CA) du réseau</translation>
    </message>
    <message>
        <source>Certificats (*.crt *.pem *.cer);;Tous les fichiers (*)</source>
        <translation>Certificats (*.crt *.pem *.cer);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Indiquez votre identifiant et votre mot de passe pour vérifier la connexion.</source>
        <translation>Indiquez votre identifiant et votre mot de passe pour vérifier la connexion.</translation>
    </message>
    <message>
        <source>Connexion en cours…</source>
        <translation>Connexion en cours…</translation>
    </message>
    <message>
        <source>Connexion réussie : le serveur est prêt.</source>
        <translation>Connexion réussie : le serveur est prêt.</translation>
    </message>
    <message>
        <source>Les deux mots de passe diffèrent.</source>
        <translation>Les deux mots de passe diffèrent.</translation>
    </message>
</context>
<context>
    <name>Gender</name>
    <message>
        <source>Non précisé</source>
        <translation>Non précisé</translation>
    </message>
    <message>
        <source>Femme</source>
        <translation>Femme</translation>
    </message>
    <message>
        <source>Homme</source>
        <translation>Homme</translation>
    </message>
    <message>
        <source>Autre genre</source>
        <translation>Autre genre</translation>
    </message>
</context>
<context>
    <name>HoldStatus</name>
    <message>
        <source>attendu·e</source>
        <translation>attendu·e</translation>
    </message>
    <message>
        <source>arrivé·e</source>
        <translation>arrivé·e</translation>
    </message>
    <message>
        <source>libérée</source>
        <translation>libérée</translation>
    </message>
    <message>
        <source>expirée</source>
        <translation>expirée</translation>
    </message>
</context>
<context>
    <name>Leaving</name>
    <message>
        <source>Abandonner l&apos;appel ?</source>
        <translation>Abandonner l&apos;appel ?</translation>
    </message>
    <message>
        <source>Ce qui a été tapé sera effacé et les lits réservés pendant cet appel seront rendus au réseau.</source>
        <translation>Ce qui a été tapé sera effacé et les lits réservés pendant cet appel seront rendus au réseau.</translation>
    </message>
    <message>
        <source>Un appel est en cours</source>
        <translation>Un appel est en cours</translation>
    </message>
    <message>
        <source>L&apos;appel en cours n&apos;est pas enregistré. Si vous quittez, ce qui a été tapé est perdu et les lits réservés pendant cet appel sont rendus au réseau.</source>
        <translation>L&apos;appel en cours n&apos;est pas enregistré. Si vous quittez, ce qui a été tapé est perdu et les lits réservés pendant cet appel sont rendus au réseau.</translation>
    </message>
    <message>
        <source>Revenir à l&apos;appel</source>
        <translation>Revenir à l&apos;appel</translation>
    </message>
    <message>
        <source>Abandonner l&apos;appel et quitter</source>
        <translation>Abandonner l&apos;appel et quitter</translation>
    </message>
</context>
<context>
    <name>LedgerAction</name>
    <message>
        <source>nuit ouverte</source>
        <translation>nuit ouverte</translation>
    </message>
    <message>
        <source>lits mis à jour</source>
        <translation>lits mis à jour</translation>
    </message>
    <message>
        <source>lit réservé</source>
        <translation>lit réservé</translation>
    </message>
    <message>
        <source>réservation libérée</source>
        <translation>réservation libérée</translation>
    </message>
    <message>
        <source>arrivée</source>
        <translation>arrivée</translation>
    </message>
    <message>
        <source>réservation expirée</source>
        <translation>réservation expirée</translation>
    </message>
    <message>
        <source>capacité changée</source>
        <translation>capacité changée</translation>
    </message>
    <message>
        <source>partenaire enregistré</source>
        <translation>partenaire enregistré</translation>
    </message>
    <message>
        <source>orientation créée</source>
        <translation>orientation créée</translation>
    </message>
    <message>
        <source>statut d&apos;orientation changé</source>
        <translation>statut d&apos;orientation changé</translation>
    </message>
    <message>
        <source>orientation rattachée à l&apos;appel</source>
        <translation>orientation rattachée à l&apos;appel</translation>
    </message>
    <message>
        <source>refus enregistré</source>
        <translation>refus enregistré</translation>
    </message>
    <message>
        <source>appel enregistré</source>
        <translation>appel enregistré</translation>
    </message>
    <message>
        <source>compte enregistré</source>
        <translation>compte enregistré</translation>
    </message>
    <message>
        <source>fiche enregistrée</source>
        <translation>fiche enregistrée</translation>
    </message>
    <message>
        <source>fiches purgées (conservation)</source>
        <translation>fiches purgées (conservation)</translation>
    </message>
    <message>
        <source>fiche effacée sur demande</source>
        <translation>fiche effacée sur demande</translation>
    </message>
    <message>
        <source>fiches fusionnées</source>
        <translation>fiches fusionnées</translation>
    </message>
    <message>
        <source>réglage du réseau changé</source>
        <translation>réglage du réseau changé</translation>
    </message>
</context>
<context>
    <name>LockPanel</name>
    <message>
        <source>Session verrouillée — %1</source>
        <translation>Session verrouillée — %1</translation>
    </message>
    <message>
        <source>Personne n&apos;a utilisé ce poste depuis un moment : les écrans sont cachés. Tapez votre mot de passe pour les retrouver tels quels.</source>
        <translation>Personne n&apos;a utilisé ce poste depuis un moment : les écrans sont cachés. Tapez votre mot de passe pour les retrouver tels quels.</translation>
    </message>
    <message>
        <source>Mot de passe</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Déverrouiller</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <source>Changer d&apos;utilisateur</source>
        <translation>Changer d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Trop d&apos;essais : réessayez dans %1 s.</source>
        <translation>Trop d&apos;essais : réessayez dans %1 s.</translation>
    </message>
    <message>
        <source>Vous pouvez réessayer.</source>
        <translation>Vous pouvez réessayer.</translation>
    </message>
    <message>
        <source>Tapez votre mot de passe.</source>
        <translation>Tapez votre mot de passe.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>relais-desk — connexion</source>
        <translation>relais-desk — connexion</translation>
    </message>
    <message>
        <source>Relais social</source>
        <translation>Relais social</translation>
    </message>
    <message>
        <source>Base locale</source>
        <translation>Base locale</translation>
    </message>
    <message>
        <source>Identifiant</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Mot de passe</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Choisissez un nouveau mot de passe</source>
        <translation>Choisissez un nouveau mot de passe</translation>
    </message>
    <message>
        <source>Votre mot de passe est à usage unique : choisissez-en un nouveau avant de continuer. Au moins 12 caractères ; quelques mots inattendus valent mieux que des symboles.</source>
        <translation>Votre mot de passe est à usage unique : choisissez-en un nouveau avant de continuer. Au moins 12 caractères ; quelques mots inattendus valent mieux que des symboles.</translation>
    </message>
    <message>
        <source>Base locale : %1</source>
        <translation>Base locale : %1</translation>
    </message>
    <message>
        <source>Serveur : %1</source>
        <translation>Serveur : %1</translation>
    </message>
    <message>
        <source>Se connecter</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Quitter</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Ouverture de la base de données…</source>
        <translation>Ouverture de la base de données…</translation>
    </message>
    <message>
        <source>Réessayer</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Indiquez votre identifiant et votre mot de passe.</source>
        <translation>Indiquez votre identifiant et votre mot de passe.</translation>
    </message>
    <message>
        <source>Vérification…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Trop d&apos;essais : réessayez dans %1 s.</source>
        <translation>Trop d&apos;essais : réessayez dans %1 s.</translation>
    </message>
    <message>
        <source>Vous pouvez réessayer.</source>
        <translation>Vous pouvez réessayer.</translation>
    </message>
    <message>
        <source>Enregistrer et continuer</source>
        <translation>Enregistrer et continuer</translation>
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
        <translation>Mon abri</translation>
    </message>
    <message>
        <source>Appels</source>
        <translation>Appels</translation>
    </message>
    <message>
        <source>Lits</source>
        <translation>Lits</translation>
    </message>
    <message>
        <source>Recensement</source>
        <translation>Recensement</translation>
    </message>
    <message>
        <source>Statistiques</source>
        <translation>Statistiques</translation>
    </message>
    <message>
        <source>Partenaires</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>&amp;Fichier</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Changer mon mot de passe…</source>
        <translation>Changer mon mot de passe…</translation>
    </message>
    <message>
        <source>Changer d&apos;utilisateur</source>
        <translation>Changer d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Verrouiller</source>
        <translation>Verrouiller</translation>
    </message>
    <message>
        <source>Quitter</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Votre mot de passe a été changé.</source>
        <translation>Votre mot de passe a été changé.</translation>
    </message>
    <message>
        <source>L&apos;appel en cours n&apos;a pas été enregistré : vous le retrouverez à votre prochaine connexion sur ce poste.</source>
        <translation>L&apos;appel en cours n&apos;a pas été enregistré : vous le retrouverez à votre prochaine connexion sur ce poste.</translation>
    </message>
    <message>
        <source>&amp;Préférences</source>
        <translation>&amp;Préférences</translation>
    </message>
    <message>
        <source>Langue</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Raccourcis clavier…</source>
        <translation>Raccourcis clavier…</translation>
    </message>
    <message>
        <source>À propos de relais-desk…</source>
        <translation>À propos de relais-desk…</translation>
    </message>
    <message>
        <source>Raccourcis clavier</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>À propos de relais-desk</source>
        <translation>À propos de relais-desk</translation>
    </message>
    <message>
        <source>relais-desk %1</source>
        <translation>relais-desk %1</translation>
    </message>
    <message>
        <source>Base de données : %1
Journal du programme : %2</source>
        <translation>Base de données : %1
Journal du programme : %2</translation>
    </message>
    <message>
        <source>La langue choisie s&apos;appliquera au prochain démarrage.</source>
        <translation>La langue choisie s&apos;appliquera au prochain démarrage.</translation>
    </message>
    <message>
        <source>Base locale</source>
        <translation>Base locale</translation>
    </message>
    <message>
        <source>Serveur %1</source>
        <translation>Serveur %1</translation>
    </message>
    <message>
        <source>● En direct</source>
        <translation>● En direct</translation>
    </message>
    <message>
        <source>● Reconnexion…</source>
        <translation>● Reconnexion…</translation>
    </message>
    <message>
        <source>● Hors ligne</source>
        <translation>● Hors ligne</translation>
    </message>
    <message>
        <source>● Session terminée</source>
        <translation>● Session terminée</translation>
    </message>
    <message>
        <source>(données %1)</source>
        <translation>(données %1)</translation>
    </message>
    <message>
        <source>Saturation : plus aucun lit « %2 » libre dans le réseau.</source>
        <translation>Saturation : plus aucun lit « %2 » libre dans le réseau.</translation>
    </message>
    <message>
        <source>Saturation : plus que %1 lit(s) « %2 » libre(s) dans le réseau.</source>
        <translation>Saturation : plus que %1 lit(s) « %2 » libre(s) dans le réseau.</translation>
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
        <translation>Mon abri</translation>
    </message>
    <message>
        <source>Lits de cette nuit</source>
        <translation>Lits de cette nuit</translation>
    </message>
    <message>
        <source>Arrivées attendues</source>
        <translation>Arrivées attendues</translation>
    </message>
    <message>
        <source>Personne n&apos;est attendu pour l&apos;instant.</source>
        <translation>Personne n&apos;est attendu pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Personne</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Catégorie</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Arriver avant</source>
        <translation>Arriver avant</translation>
    </message>
    <message>
        <source>Arrivées et absences de ces 15 dernières minutes</source>
        <translation>Arrivées et absences de ces 15 dernières minutes</translation>
    </message>
    <message>
        <source>Enregistré</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>Refus à la porte</source>
        <translation>Refus à la porte</translation>
    </message>
    <message>
        <source>Remarque (facultative, sans nom)</source>
        <translation>Remarque (facultative, sans nom)</translation>
    </message>
    <message>
        <source>Enregistrer le refus</source>
        <translation>Enregistrer le refus</translation>
    </message>
    <message>
        <source>Aucun refus à la porte cette nuit.</source>
        <translation>Aucun refus à la porte cette nuit.</translation>
    </message>
    <message>
        <source>Heure</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Motif</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Enregistré par</source>
        <translation>Enregistré par</translation>
    </message>
</context>
<context>
    <name>MyShelterScreen</name>
    <message numerus="yes">
        <source>%n libre(s) sur %1</source>
        <translation>
            <numerusform>%n libre sur %1</numerusform>
            <numerusform>%n libres sur %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n réservé(s)</source>
        <translation>
            <numerusform>%n réservé</numerusform>
            <numerusform>%n réservés</numerusform>
        </translation>
    </message>
    <message>
        <source>Motif des lits hors service</source>
        <translation>Motif des lits hors service</translation>
    </message>
    <message>
        <source>Enregistrer</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Occupés</source>
        <translation>Occupés</translation>
    </message>
    <message>
        <source>Hors service</source>
        <translation>Hors service</translation>
    </message>
    <message>
        <source>Pas de connexion à la base : rien n&apos;est enregistré. Vos chiffres restent affichés ; réessayez quand la connexion revient.</source>
        <translation>Pas de connexion à la base : rien n&apos;est enregistré. Vos chiffres restent affichés ; réessayez quand la connexion revient.</translation>
    </message>
    <message>
        <source>Enregistré à %1.</source>
        <translation>Enregistré à %1.</translation>
    </message>
    <message>
        <source>Vos chiffres restent affichés.</source>
        <translation>Vos chiffres restent affichés.</translation>
    </message>
    <message>
        <source>personne orientée</source>
        <translation>personne orientée</translation>
    </message>
    <message>
        <source>Arrivé·e</source>
        <translation>Arrivé·e</translation>
    </message>
    <message>
        <source>Absent·e</source>
        <translation>Absent·e</translation>
    </message>
    <message>
        <source>Arrivé·e à %1</source>
        <translation>Arrivé·e à %1</translation>
    </message>
    <message>
        <source>Absent·e à %1</source>
        <translation>Absent·e à %1</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Possible jusqu&apos;à %1 : le lit redevient réservé pour la personne.</source>
        <translation>Possible jusqu&apos;à %1 : le lit redevient réservé pour la personne.</translation>
    </message>
    <message>
        <source>Annulé : le lit est de nouveau réservé pour la personne.</source>
        <translation>Annulé : le lit est de nouveau réservé pour la personne.</translation>
    </message>
    <message>
        <source>Retiré à %1</source>
        <translation>Retiré à %1</translation>
    </message>
    <message>
        <source>par %1</source>
        <translation>par %1</translation>
    </message>
    <message>
        <source>Retirer</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Un refus encodé par erreur : il reste dans l&apos;historique, marqué retiré, et ne compte plus dans les chiffres.</source>
        <translation>Un refus encodé par erreur : il reste dans l&apos;historique, marqué retiré, et ne compte plus dans les chiffres.</translation>
    </message>
    <message>
        <source>Retirer le refus de %1 (%2, %3) ? Il reste dans l&apos;historique, marqué retiré, mais ne compte plus dans les chiffres de la nuit ni dans le rapport annuel.</source>
        <translation>Retirer le refus de %1 (%2, %3) ? Il reste dans l&apos;historique, marqué retiré, mais ne compte plus dans les chiffres de la nuit ni dans le rapport annuel.</translation>
    </message>
    <message>
        <source>Retirer un refus</source>
        <translation>Retirer un refus</translation>
    </message>
    <message>
        <source>Refus retiré.</source>
        <translation>Refus retiré.</translation>
    </message>
    <message>
        <source>Choisissez une catégorie.</source>
        <translation>Choisissez une catégorie.</translation>
    </message>
    <message>
        <source>Refus enregistré.</source>
        <translation>Refus enregistré.</translation>
    </message>
</context>
<context>
    <name>Need</name>
    <message>
        <source>Hébergement</source>
        <translation>Hébergement</translation>
    </message>
    <message>
        <source>Alimentation</source>
        <translation>Alimentation</translation>
    </message>
    <message>
        <source>Santé</source>
        <translation>Santé</translation>
    </message>
    <message>
        <source>Hygiène / vestiaire</source>
        <translation>Hygiène / vestiaire</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Écoute</source>
        <translation>Écoute</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>Autre besoin</source>
        <translation>Autre besoin</translation>
    </message>
</context>
<context>
    <name>NewPasswordForm</name>
    <message>
        <source>Mot de passe &amp;actuel</source>
        <translation>Mot de passe &amp;actuel</translation>
    </message>
    <message>
        <source>&amp;Nouveau mot de passe</source>
        <translation>&amp;Nouveau mot de passe</translation>
    </message>
    <message>
        <source>&amp;Confirmer</source>
        <translation>&amp;Confirmer</translation>
    </message>
    <message>
        <source>Tapez votre mot de passe actuel.</source>
        <translation>Tapez votre mot de passe actuel.</translation>
    </message>
    <message>
        <source>Tapez le nouveau mot de passe.</source>
        <translation>Tapez le nouveau mot de passe.</translation>
    </message>
    <message>
        <source>Les deux mots de passe diffèrent.</source>
        <translation>Les deux mots de passe diffèrent.</translation>
    </message>
</context>
<context>
    <name>OpeningHours</name>
    <message>
        <source>lun</source>
        <translation>lun</translation>
    </message>
    <message>
        <source>mar</source>
        <translation>mar</translation>
    </message>
    <message>
        <source>mer</source>
        <translation>mer</translation>
    </message>
    <message>
        <source>jeu</source>
        <translation>jeu</translation>
    </message>
    <message>
        <source>ven</source>
        <translation>ven</translation>
    </message>
    <message>
        <source>sam</source>
        <translation>sam</translation>
    </message>
    <message>
        <source>dim</source>
        <translation>dim</translation>
    </message>
    <message>
        <source>lundi</source>
        <translation>lundi</translation>
    </message>
    <message>
        <source>mardi</source>
        <translation>mardi</translation>
    </message>
    <message>
        <source>mercredi</source>
        <translation>mercredi</translation>
    </message>
    <message>
        <source>jeudi</source>
        <translation>jeudi</translation>
    </message>
    <message>
        <source>vendredi</source>
        <translation>vendredi</translation>
    </message>
    <message>
        <source>samedi</source>
        <translation>samedi</translation>
    </message>
    <message>
        <source>dimanche</source>
        <translation>dimanche</translation>
    </message>
    <message>
        <source>tous les jours</source>
        <translation>tous les jours</translation>
    </message>
    <message>
        <source>fermé</source>
        <translation>fermé</translation>
    </message>
    <message>
        <source>demain %1</source>
        <translation>demain %1</translation>
    </message>
    <message>
        <source>Ouvert 24h/24</source>
        <translation>Ouvert 24h/24</translation>
    </message>
    <message>
        <source>Ouvert maintenant, jusqu&apos;à %1</source>
        <translation>Ouvert maintenant, jusqu&apos;à %1</translation>
    </message>
    <message>
        <source>Fermé</source>
        <translation>Fermé</translation>
    </message>
    <message>
        <source>Fermé maintenant, ouvre %1</source>
        <translation>Fermé maintenant, ouvre %1</translation>
    </message>
</context>
<context>
    <name>OrientationStatus</name>
    <message>
        <source>proposée</source>
        <translation>proposée</translation>
    </message>
    <message>
        <source>confirmée</source>
        <translation>confirmée</translation>
    </message>
    <message>
        <source>arrivée</source>
        <translation>arrivée</translation>
    </message>
    <message>
        <source>absente</source>
        <translation>absente</translation>
    </message>
    <message>
        <source>annulée</source>
        <translation>annulée</translation>
    </message>
    <message>
        <source>refusée par la personne</source>
        <translation>refusée par la personne</translation>
    </message>
    <message>
        <source>refusée par le service</source>
        <translation>refusée par le service</translation>
    </message>
</context>
<context>
    <name>PartnerDialog</name>
    <message>
        <source>Enregistrer</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Sera enregistré : %1</source>
        <translation>Sera enregistré : %1</translation>
    </message>
</context>
<context>
    <name>PartnerEditor</name>
    <message>
        <source>Partenaire</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Axe</source>
        <translation>Axe</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Adresse</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Adresse confidentielle (jamais imprimée)</source>
        <translation>Adresse confidentielle (jamais imprimée)</translation>
    </message>
    <message>
        <source>Téléphone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Courriel</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Horaires</source>
        <translation>Horaires</translation>
    </message>
    <message>
        <source>lun-ven 09:00-16:00 ; sam-dim fermé</source>
        <translation>lun-ven 09:00-16:00 ; sam-dim fermé</translation>
    </message>
    <message>
        <source>Les jours, puis les heures ; « ; » entre deux règles. Un jour non cité est fermé. Une plage qui finit avant son début passe minuit (20:00-08:00).</source>
        <translation>Les jours, puis les heures ; « ; » entre deux règles. Un jour non cité est fermé. Une plage qui finit avant son début passe minuit (20:00-08:00).</translation>
    </message>
    <message>
        <source>Exemple : « tous les jours 20:00-08:00 » ou « lun-ven 09:00-16:00 ; sam-dim fermé ». Vide : horaires non communiqués.</source>
        <translation>Exemple : « tous les jours 20:00-08:00 » ou « lun-ven 09:00-16:00 ; sam-dim fermé ». Vide : horaires non communiqués.</translation>
    </message>
    <message>
        <source>Quota de nuits</source>
        <translation>Quota de nuits</translation>
    </message>
    <message>
        <source>aucun</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>nuits sur</source>
        <translation>nuits sur</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>jours</source>
        <translation>jours</translation>
    </message>
    <message>
        <source>À apporter</source>
        <translation>À apporter</translation>
    </message>
    <message>
        <source>Actif dans le réseau</source>
        <translation>Actif dans le réseau</translation>
    </message>
</context>
<context>
    <name>PartnerKind</name>
    <message>
        <source>Urgence sociale</source>
        <translation>Urgence sociale</translation>
    </message>
    <message>
        <source>Accueil de jour</source>
        <translation>Accueil de jour</translation>
    </message>
    <message>
        <source>Accueil de nuit</source>
        <translation>Accueil de nuit</translation>
    </message>
    <message>
        <source>Travail de rue</source>
        <translation>Travail de rue</translation>
    </message>
    <message>
        <source>Aide alimentaire</source>
        <translation>Aide alimentaire</translation>
    </message>
    <message>
        <source>Logement</source>
        <translation>Logement</translation>
    </message>
    <message>
        <source>Santé</source>
        <translation>Santé</translation>
    </message>
</context>
<context>
    <name>PartnersScreen</name>
    <message>
        <source>Tous les axes</source>
        <translation>Tous les axes</translation>
    </message>
    <message>
        <source>Nouveau partenaire</source>
        <translation>Nouveau partenaire</translation>
    </message>
    <message>
        <source>Modifier</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Ajouter une période de capacité</source>
        <translation>Ajouter une période de capacité</translation>
    </message>
    <message>
        <source>Retirer la période choisie</source>
        <translation>Retirer la période choisie</translation>
    </message>
    <message>
        <source>Partenaire</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Axe</source>
        <translation>Axe</translation>
    </message>
    <message>
        <source>Maintenant</source>
        <translation>Maintenant</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Téléphone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Catégorie</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Lits</source>
        <translation>Lits</translation>
    </message>
    <message>
        <source>Période</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Accueil</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Axe :</source>
        <translation>Axe :</translation>
    </message>
    <message>
        <source>inactif</source>
        <translation>inactif</translation>
    </message>
    <message>
        <source>adresse confidentielle</source>
        <translation>adresse confidentielle</translation>
    </message>
    <message>
        <source>Quota : %1 nuits sur %2 jours</source>
        <translation>Quota : %1 nuits sur %2 jours</translation>
    </message>
    <message>
        <source>Horaires</source>
        <translation>Horaires</translation>
    </message>
    <message>
        <source>Horaires non communiqués</source>
        <translation>Horaires non communiqués</translation>
    </message>
    <message>
        <source>depuis le %1</source>
        <translation>depuis le %1</translation>
    </message>
    <message>
        <source>chiens</source>
        <translation>chiens</translation>
    </message>
    <message>
        <source>PMR</source>
        <translation>PMR</translation>
    </message>
    <message>
        <source>bas seuil</source>
        <translation>bas seuil</translation>
    </message>
    <message>
        <source>Choisissez d&apos;abord une période dans le tableau des capacités.</source>
        <translation>Choisissez d&apos;abord une période dans le tableau des capacités.</translation>
    </message>
    <message>
        <source>Choisissez d&apos;abord un abri de nuit dans la liste.</source>
        <translation>Choisissez d&apos;abord un abri de nuit dans la liste.</translation>
    </message>
</context>
<context>
    <name>PersonPanel</name>
    <message>
        <source>Personne</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Pseudonyme (jamais le nom complet)</source>
        <translation>Pseudonyme (jamais le nom complet)</translation>
    </message>
    <message>
        <source>ex. 1980</source>
        <translation>ex. 1980</translation>
    </message>
    <message>
        <source>&amp;Anonyme</source>
        <translation>&amp;Anonyme</translation>
    </message>
    <message>
        <source>Mineur·e</source>
        <translation>Mineur·e</translation>
    </message>
    <message>
        <source>Personnes à héberger ensemble, la personne comprise : les places famille proposées sont assez grandes pour toutes.</source>
        <translation>Personnes à héberger ensemble, la personne comprise : les places famille proposées sont assez grandes pour toutes.</translation>
    </message>
    <message>
        <source>Avec un chien</source>
        <translation>Avec un chien</translation>
    </message>
    <message>
        <source>En fauteuil roulant</source>
        <translation>En fauteuil roulant</translation>
    </message>
    <message>
        <source>Sous l&apos;effet d&apos;alcool ou de produits (bas seuil)</source>
        <translation>Sous l&apos;effet d&apos;alcool ou de produits (bas seuil)</translation>
    </message>
    <message>
        <source>&amp;Pseudonyme</source>
        <translation>&amp;Pseudonyme</translation>
    </message>
    <message>
        <source>Né·e en</source>
        <translation>Né·e en</translation>
    </message>
    <message>
        <source>Genre</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Enfants</source>
        <translation>Enfants</translation>
    </message>
    <message>
        <source>Personnes dans le ménage</source>
        <translation>Personnes dans le ménage</translation>
    </message>
    <message>
        <source>né·e en %1</source>
        <translation>né·e en %1</translation>
    </message>
    <message>
        <source>année inconnue</source>
        <translation>année inconnue</translation>
    </message>
    <message>
        <source>vu·e le %1</source>
        <translation>vu·e le %1</translation>
    </message>
    <message>
        <source>Anonyme : l&apos;appel est enregistré sans personne.</source>
        <translation>Anonyme : l&apos;appel est enregistré sans personne.</translation>
    </message>
    <message>
        <source>Personne connue : « %1 ».</source>
        <translation>Personne connue : « %1 ».</translation>
    </message>
    <message>
        <source>Nouvelle personne « %1 », créée à l&apos;enregistrement.</source>
        <translation>Nouvelle personne « %1 », créée à l&apos;enregistrement.</translation>
    </message>
    <message>
        <source>Déjà connue ? ↓ pour la choisir dans la liste.</source>
        <translation>Déjà connue ? ↓ pour la choisir dans la liste.</translation>
    </message>
</context>
<context>
    <name>PersonsAdminScreen</name>
    <message>
        <source>Pseudonyme</source>
        <translation>Pseudonyme</translation>
    </message>
    <message>
        <source>Chercher</source>
        <translation>Chercher</translation>
    </message>
    <message>
        <source>Effacer cette personne…</source>
        <translation>Effacer cette personne…</translation>
    </message>
    <message>
        <source>Fusionner la seconde dans la première…</source>
        <translation>Fusionner la seconde dans la première…</translation>
    </message>
    <message>
        <source>Personne</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Fiche</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <source>Doublon</source>
        <translation>Doublon</translation>
    </message>
    <message>
        <source>Effacer : la demande d&apos;effacement d&apos;une personne (RGPD, art. 17). Sa fiche et les remarques de ses appels, orientations et refus disparaissent ; les statistiques ne changent pas. Fusionner : deux fiches de la même personne n&apos;en font plus qu&apos;une (la première est gardée).</source>
        <translation>Effacer : la demande d&apos;effacement d&apos;une personne (RGPD, art. 17). Sa fiche et les remarques de ses appels, orientations et refus disparaissent ; les statistiques ne changent pas. Fusionner : deux fiches de la même personne n&apos;en font plus qu&apos;une (la première est gardée).</translation>
    </message>
    <message>
        <source>Durée de conservation : %1 mois sans contact, puis la personne est effacée (purge quotidienne).</source>
        <translation>Durée de conservation : %1 mois sans contact, puis la personne est effacée (purge quotidienne).</translation>
    </message>
    <message>
        <source>Dernière purge : %1, %2 personne(s) effacée(s).</source>
        <translation>Dernière purge : %1, %2 personne(s) effacée(s).</translation>
    </message>
    <message>
        <source>Aucune purge n&apos;a encore eu lieu.</source>
        <translation>Aucune purge n&apos;a encore eu lieu.</translation>
    </message>
    <message>
        <source>Aucune personne ne correspond.</source>
        <translation>Aucune personne ne correspond.</translation>
    </message>
    <message>
        <source>%1 (%2) — n° %3, dernier contact %4</source>
        <translation>%1 (%2) — n° %3, dernier contact %4</translation>
    </message>
    <message>
        <source>Cherchez d&apos;abord la personne par son pseudonyme.</source>
        <translation>Cherchez d&apos;abord la personne par son pseudonyme.</translation>
    </message>
    <message>
        <source>Effacer une personne</source>
        <translation>Effacer une personne</translation>
    </message>
    <message>
        <source>Effacer « %1 » ? Sa fiche et les remarques de ses appels, orientations et refus seront supprimées pour toujours ; cela ne peut pas être annulé. Les statistiques ne changent pas.</source>
        <translation>Effacer « %1 » ? Sa fiche et les remarques de ses appels, orientations et refus seront supprimées pour toujours ; cela ne peut pas être annulé. Les statistiques ne changent pas.</translation>
    </message>
    <message>
        <source>« %1 » a été effacée.</source>
        <translation>« %1 » a été effacée.</translation>
    </message>
    <message>
        <source>Choisissez deux fiches différentes : la fiche gardée, puis son doublon.</source>
        <translation>Choisissez deux fiches différentes : la fiche gardée, puis son doublon.</translation>
    </message>
    <message>
        <source>Fusionner deux fiches</source>
        <translation>Fusionner deux fiches</translation>
    </message>
    <message>
        <source>Garder « %1 » et y fondre « %2 » ? Les appels, réservations, orientations et refus de la seconde deviennent ceux de la première, puis la seconde fiche est supprimée ; cela ne peut pas être annulé.</source>
        <translation>Garder « %1 » et y fondre « %2 » ? Les appels, réservations, orientations et refus de la seconde deviennent ceux de la première, puis la seconde fiche est supprimée ; cela ne peut pas être annulé.</translation>
    </message>
    <message>
        <source>Fiches fusionnées : « %1 » est gardée.</source>
        <translation>Fiches fusionnées : « %1 » est gardée.</translation>
    </message>
</context>
<context>
    <name>ReferralPanel</name>
    <message>
        <source>Orienter vers un service ou refuser</source>
        <translation>Orienter vers un service ou refuser</translation>
    </message>
    <message>
        <source>Orienter (Ctrl+O)</source>
        <translation>Orienter (Ctrl+O)</translation>
    </message>
    <message>
        <source>Remarque (facultative)</source>
        <translation>Remarque (facultative)</translation>
    </message>
    <message>
        <source>Refus faute de place (Ctrl+Maj+R)</source>
        <translation>Refus faute de place (Ctrl+Maj+R)</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Refus</source>
        <translation>Refus</translation>
    </message>
    <message>
        <source>— choisir un service —</source>
        <translation>— choisir un service —</translation>
    </message>
    <message>
        <source>Refus faute de place : %1 — %2</source>
        <translation>Refus faute de place : %1 — %2</translation>
    </message>
</context>
<context>
    <name>RefusalReason</name>
    <message>
        <source>Plus de place</source>
        <translation>Plus de place</translation>
    </message>
    <message>
        <source>Quota de nuits dépassé</source>
        <translation>Quota de nuits dépassé</translation>
    </message>
    <message>
        <source>Profil non accueilli</source>
        <translation>Profil non accueilli</translation>
    </message>
    <message>
        <source>Autre motif</source>
        <translation>Autre motif</translation>
    </message>
</context>
<context>
    <name>RefusalSource</name>
    <message>
        <source>au téléphone</source>
        <translation>au téléphone</translation>
    </message>
    <message>
        <source>à la porte</source>
        <translation>à la porte</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Opérateur·rice urgence sociale</source>
        <translation>Opérateur·rice urgence sociale</translation>
    </message>
    <message>
        <source>Personnel d&apos;abri</source>
        <translation>Personnel d&apos;abri</translation>
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
        <translation>Enregistrer l&apos;appel (Entrée)</translation>
    </message>
    <message>
        <source>Abandonner (Échap)</source>
        <translation>Abandonner (Échap)</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Partout</source>
        <translation>Partout</translation>
    </message>
    <message>
        <source>Nouvel appel</source>
        <translation>Nouvel appel</translation>
    </message>
    <message>
        <source>Aperçu du bon</source>
        <translation>Aperçu du bon</translation>
    </message>
    <message>
        <source>Un appel arrive : ouvrir Nouvel appel, quel que soit l&apos;écran</source>
        <translation>Un appel arrive : ouvrir Nouvel appel, quel que soit l&apos;écran</translation>
    </message>
    <message>
        <source>Aller au 1er, 2e, 3e… écran de la liste de gauche</source>
        <translation>Aller au 1er, 2e, 3e… écran de la liste de gauche</translation>
    </message>
    <message>
        <source>Actualiser l&apos;écran</source>
        <translation>Actualiser l&apos;écran</translation>
    </message>
    <message>
        <source>Verrouiller le poste (votre mot de passe pour revenir)</source>
        <translation>Verrouiller le poste (votre mot de passe pour revenir)</translation>
    </message>
    <message>
        <source>Quitter</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Afficher ces raccourcis (menu Préférences)</source>
        <translation>Afficher ces raccourcis (menu Préférences)</translation>
    </message>
    <message>
        <source>Dans le pseudonyme : choisir une personne déjà connue</source>
        <translation>Dans le pseudonyme : choisir une personne déjà connue</translation>
    </message>
    <message>
        <source>Réserver le lit choisi dans la liste des abris</source>
        <translation>Réserver le lit choisi dans la liste des abris</translation>
    </message>
    <message>
        <source>Sur un abri de la liste : le réserver</source>
        <translation>Sur un abri de la liste : le réserver</translation>
    </message>
    <message>
        <source>Noter un refus faute de place</source>
        <translation>Noter un refus faute de place</translation>
    </message>
    <message>
        <source>Orienter vers un autre service (sans lit)</source>
        <translation>Orienter vers un autre service (sans lit)</translation>
    </message>
    <message>
        <source>Imprimer le bon d&apos;orientation</source>
        <translation>Imprimer le bon d&apos;orientation</translation>
    </message>
    <message>
        <source>Enregistrer l&apos;appel, avec tout ce qui a été fait pendant l&apos;appel</source>
        <translation>Enregistrer l&apos;appel, avec tout ce qui a été fait pendant l&apos;appel</translation>
    </message>
    <message>
        <source>Depuis un champ : enregistrer l&apos;appel</source>
        <translation>Depuis un champ : enregistrer l&apos;appel</translation>
    </message>
    <message>
        <source>Abandonner l&apos;appel (ses lits retournent au réseau)</source>
        <translation>Abandonner l&apos;appel (ses lits retournent au réseau)</translation>
    </message>
    <message>
        <source>Imprimer (le choix de l&apos;imprimante s&apos;ouvre)</source>
        <translation>Imprimer (le choix de l&apos;imprimante s&apos;ouvre)</translation>
    </message>
    <message>
        <source>Imprimer (le bouton Imprimer est celui par défaut)</source>
        <translation>Imprimer (le bouton Imprimer est celui par défaut)</translation>
    </message>
    <message>
        <source>Enregistrer le bon en PDF dans Documents</source>
        <translation>Enregistrer le bon en PDF dans Documents</translation>
    </message>
    <message>
        <source>Fermer l&apos;aperçu</source>
        <translation>Fermer l&apos;aperçu</translation>
    </message>
    <message>
        <source>Maj</source>
        <translation>Maj</translation>
    </message>
    <message>
        <source>Entrée</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Échap</source>
        <translation>Échap</translation>
    </message>
    <message>
        <source>Flèche bas</source>
        <translation>Flèche bas</translation>
    </message>
    <message>
        <source>Flèche haut</source>
        <translation>Flèche haut</translation>
    </message>
</context>
<context>
    <name>Slip</name>
    <message>
        <source>Enregistrer le bon d&apos;orientation</source>
        <translation>Enregistrer le bon d&apos;orientation</translation>
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
        <translation>Bon d&apos;orientation — aperçu</translation>
    </message>
    <message>
        <source>Imprimer… (Ctrl+P)</source>
        <translation>Imprimer… (Ctrl+P)</translation>
    </message>
    <message>
        <source>Enregistrer en PDF… (Ctrl+S)</source>
        <translation>Enregistrer en PDF… (Ctrl+S)</translation>
    </message>
    <message>
        <source>Fermer (Échap)</source>
        <translation>Fermer (Échap)</translation>
    </message>
    <message>
        <source>Enregistrer le bon d&apos;orientation</source>
        <translation>Enregistrer le bon d&apos;orientation</translation>
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
        <translation>Tous les abris</translation>
    </message>
    <message>
        <source>Toutes les catégories</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <source>Tous les axes</source>
        <translation>Tous les axes</translation>
    </message>
    <message>
        <source>par jour</source>
        <translation>par jour</translation>
    </message>
    <message>
        <source>par semaine</source>
        <translation>par semaine</translation>
    </message>
    <message>
        <source>par mois</source>
        <translation>par mois</translation>
    </message>
    <message>
        <source>réseau</source>
        <translation>réseau</translation>
    </message>
    <message>
        <source>par abri</source>
        <translation>par abri</translation>
    </message>
    <message>
        <source>par catégorie</source>
        <translation>par catégorie</translation>
    </message>
    <message>
        <source>Actualiser</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Exporter le graphique (PNG)</source>
        <translation>Exporter le graphique (PNG)</translation>
    </message>
    <message>
        <source>Exporter les données (XLSX)</source>
        <translation>Exporter les données (XLSX)</translation>
    </message>
    <message>
        <source>Demande non rencontrée (XLSX)…</source>
        <translation>Demande non rencontrée (XLSX)…</translation>
    </message>
    <message>
        <source>Année du rapport annuel</source>
        <translation>Année du rapport annuel</translation>
    </message>
    <message>
        <source>Rapport annuel…</source>
        <translation>Rapport annuel…</translation>
    </message>
    <message>
        <source>Taux d&apos;occupation</source>
        <translation>Taux d&apos;occupation</translation>
    </message>
    <message>
        <source>Nuitées par mois</source>
        <translation>Nuitées par mois</translation>
    </message>
    <message>
        <source>Refus faute de place par mois et motif</source>
        <translation>Refus faute de place par mois et motif</translation>
    </message>
    <message>
        <source>Appels par jour et heure (charge de la permanence)</source>
        <translation>Appels par jour et heure (charge de la permanence)</translation>
    </message>
    <message>
        <source>Orientations par axe et suite</source>
        <translation>Orientations par axe et suite</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <source>Nuitées</source>
        <translation>Nuitées</translation>
    </message>
    <message>
        <source>Refus</source>
        <translation>Refus</translation>
    </message>
    <message>
        <source>Permanence</source>
        <translation>Permanence</translation>
    </message>
    <message>
        <source>Orientations</source>
        <translation>Orientations</translation>
    </message>
    <message>
        <source>Du</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>au</source>
        <translation>au</translation>
    </message>
    <message>
        <source>Année :</source>
        <translation>Année :</translation>
    </message>
    <message>
        <source>Calcul en cours…</source>
        <translation>Calcul en cours…</translation>
    </message>
    <message>
        <source>Pas de recensement sur cette période : rien à montrer.</source>
        <translation>Pas de recensement sur cette période : rien à montrer.</translation>
    </message>
    <message>
        <source>Exporter le graphique</source>
        <translation>Exporter le graphique</translation>
    </message>
    <message>
        <source>Exporter les données</source>
        <translation>Exporter les données</translation>
    </message>
    <message>
        <source>Demande non rencontrée</source>
        <translation>Demande non rencontrée</translation>
    </message>
    <message>
        <source>Exporté : %1</source>
        <translation>Exporté : %1</translation>
    </message>
    <message>
        <source>%1 (provisoire)</source>
        <translation>%1 (provisoire)</translation>
    </message>
    <message>
        <source>Rapport annuel</source>
        <translation>Rapport annuel</translation>
    </message>
    <message>
        <source>Rapport annuel %1…</source>
        <translation>Rapport annuel %1…</translation>
    </message>
    <message>
        <source>Rapport écrit : %1 (et les tableaux en XLSX)</source>
        <translation>Rapport écrit : %1 (et les tableaux en XLSX)</translation>
    </message>
</context>
<context>
    <name>TakenPanel</name>
    <message>
        <source>Pendant cet appel</source>
        <translation>Pendant cet appel</translation>
    </message>
    <message>
        <source>Imprimer le bon d&apos;orientation (Ctrl+P)</source>
        <translation>Imprimer le bon d&apos;orientation (Ctrl+P)</translation>
    </message>
    <message>
        <source>Annuler la ligne choisie</source>
        <translation>Annuler la ligne choisie</translation>
    </message>
    <message>
        <source>Lit réservé : %1 — %2, arriver avant %3</source>
        <translation>Lit réservé : %1 — %2, arriver avant %3</translation>
    </message>
    <message>
        <source>Orientation vers %1 (proposée)</source>
        <translation>Orientation vers %1 (proposée)</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <source>(aucun)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Créer le compte</source>
        <translation>Créer le compte</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Un compte « Personnel d&apos;abri » est lié à un abri de nuit : choisissez son abri.</source>
        <translation>Un compte « Personnel d&apos;abri » est lié à un abri de nuit : choisissez son abri.</translation>
    </message>
</context>
<context>
    <name>UserEditor</name>
    <message>
        <source>Compte</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Identifiant</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Nom affiché</source>
        <translation>Nom affiché</translation>
    </message>
    <message>
        <source>Rôle</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Abri</source>
        <translation>Abri</translation>
    </message>
    <message>
        <source>Mot de passe</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>au moins 8 caractères</source>
        <translation>au moins 8 caractères</translation>
    </message>
</context>
</TS>
