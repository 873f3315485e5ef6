<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="fr_BE">
<context>
    <name>AdminScreen</name>
    <message>
        <source>Identifiant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rôle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nouveau compte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Désactiver / réactiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nouveau mot de passe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changer le rôle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choisissez d&apos;abord un compte dans la liste.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compte mis à jour : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nouveau mot de passe pour %1 :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mot de passe changé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nouveau rôle de %1 :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rôle changé.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BoardModel</name>
    <message>
        <source>Abri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catégorie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Libres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Réservés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hors service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mis à jour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chiens acceptés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accessible PMR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bas seuil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 occupés, %2 réservés, %3 hors service, sur %4 lits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (dont %1 du plan hiver)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Comptage pas mis à jour depuis plus de %n heures : à vérifier par téléphone.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BoardScreen</name>
    <message>
        <source>Toutes les catégories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chiens acceptés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accessible PMR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bas seuil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avec lits libres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voir le tableau tel qu&apos;il était à ce moment (reconstitué du journal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voir le tableau à…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenir au direct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catégorie :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Réseau : %1 lits libres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tableau au %1, reconstitué du journal — lecture seule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inconnu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connexion à la base perdue — tableau affiché tel qu&apos;au dernier contact (%1). Les modifications sont refusées ; reconnexion automatique en cours.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CapacityDialog</name>
    <message>
        <source>Capacité — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base (toute l&apos;année)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan hiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sans date de fin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chiens acceptés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accessible PMR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bas seuil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compté en chambres (familles)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catégorie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Du</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Au</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistrer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>relais-desk — premier démarrage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Où se trouvent les données de ce poste ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce poste seul (base intégrée)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un seul ordinateur, par exemple le PC d&apos;un abri. Rien à installer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un serveur partagé (PostgreSQL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La permanence et les abris voient les mêmes lits en direct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Créez le premier compte administrateur·rice de ce poste.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identifiant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nom affiché</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mot de passe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encore une fois</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serveur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ex. serveur.relais.local</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utilisateur du serveur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tester la connexion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le mot de passe est gardé dans le trousseau du système, jamais dans un fichier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commencer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quitter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connexion en cours…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connexion réussie : le serveur est prêt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Les deux mots de passe diffèrent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>relais-desk — connexion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relais social</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base locale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identifiant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mot de passe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base locale : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serveur : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se connecter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quitter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indiquez votre identifiant et votre mot de passe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vérification…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>relais-desk — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mon abri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partenaires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base locale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serveur %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● En direct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Reconnexion…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Hors ligne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saturation : plus que %1 lit(s) « %2 » libre(s) dans le réseau.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relais-desk — saturation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MyShelterScreen</name>
    <message>
        <source>Lits de cette nuit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrivées attendues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catégorie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arriver avant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personne n&apos;est attendu pour l&apos;instant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refus à la porte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remarque (facultative, sans nom)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistrer le refus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motif des lits hors service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistrer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occupés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hors service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pas de connexion à la base : rien n&apos;est enregistré. Vos chiffres restent affichés ; réessayez quand la connexion revient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistré à %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>personne orientée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrivé·e</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absent·e</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choisissez une catégorie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refus enregistré.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnerDialog</name>
    <message>
        <source>Enregistrer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnerEditor</name>
    <message>
        <source>Partenaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Axe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adresse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adresse confidentielle (jamais imprimée)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Téléphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Courriel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quota de nuits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aucun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nuits sur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>–</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>À apporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actif dans le réseau</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnersScreen</name>
    <message>
        <source>Tous les axes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nouveau partenaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ajouter une période de capacité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partenaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Axe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Téléphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catégorie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Période</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accueil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Axe :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adresse confidentielle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quota : %1 nuits sur %2 jours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>depuis le %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chiens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PMR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bas seuil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan hiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choisissez d&apos;abord un abri de nuit dans la liste.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <source>(aucun)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Créer le compte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserEditor</name>
    <message>
        <source>Compte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identifiant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nom affiché</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rôle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mot de passe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>au moins 8 caractères</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
