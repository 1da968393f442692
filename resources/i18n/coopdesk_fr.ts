<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
    <context>
        <name>AdminPage</name>
        <message>
            <source>The two passwords are not the same.</source>
            <translation>Les deux mots de passe ne sont pas identiques.</translation>
        </message>
        <message>
            <source>The first administrator</source>
            <translation>Le premier administrateur</translation>
        </message>
        <message>
            <source>The person who will add the other users. Keep the password safe: nobody can read it back.</source>
            <translation>La personne qui ajoutera les autres utilisateurs. Gardez bien le mot de passe : personne ne pourra le retrouver.</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>Nom d'utilisateur</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>Nom complet</translation>
        </message>
        <message>
            <source>Password (at least {n} characters)</source>
            <translation>Mot de passe (au moins {n} caractères)</translation>
        </message>
        <message>
            <source>Password again</source>
            <translation>Confirmer le mot de passe</translation>
        </message>
    </context>
    <context>
        <name>BarChart</name>
        <message>
            <source>Nothing to show yet.</source>
            <translation>Rien à afficher pour l'instant.</translation>
        </message>
    </context>
    <context>
        <name>CensusDialog</name>
        <message>
            <source>Verify in census</source>
            <translation>Vérifier au recensement</translation>
        </message>
        <message>
            <source>Mark {count} member(s) as seen and verified.</source>
            <translation>Marquer {count} membre(s) comme vus et vérifiés.</translation>
        </message>
        <message>
            <source>e.g. Census {year}</source>
            <translation>p. ex. Recensement {year}</translation>
        </message>
        <message>
            <source>Open new census</source>
            <translation>Ouvrir un nouveau recensement</translation>
        </message>
        <message>
            <source>Census</source>
            <translation>Recensement</translation>
        </message>
        <message>
            <source>or a new one</source>
            <translation>ou un nouveau</translation>
        </message>
        <message>
            <source>Verified on</source>
            <translation>Vérifié le</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Verify</source>
            <translation>Vérifier</translation>
        </message>
        <message>
            <source>{name} (from {date}, {count} verified)</source>
            <translation>{name} (depuis le {date}, {count} vérifiés)</translation>
        </message>
    </context>
    <context>
        <name>CoopPage</name>
        <message>
            <source>The cooperative</source>
            <translation>La coopérative</translation>
        </message>
        <message>
            <source>Its name, the currency of its books, its country and the value of one share.</source>
            <translation>Son nom, la monnaie de ses comptes, son pays et la valeur d'une part sociale.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Currency (ISO code)</source>
            <translation>Monnaie (code ISO)</translation>
        </message>
        <message>
            <source>Country (2 letters)</source>
            <translation>Pays (2 lettres)</translation>
        </message>
        <message>
            <source>Value of one share</source>
            <translation>Valeur d'une part sociale</translation>
        </message>
        <message>
            <source>e.g. Cooperativa Minera La Esperanza</source>
            <translation>p. ex. Coopérative Minière Tujenge</translation>
        </message>
        <message>
            <source>Pick a currency and a country from the lists or type their codes. The value of one share is what a member pays for each share of the cooperative's capital; the bylaws say it.</source>
            <translation>Choisissez une monnaie et un pays dans les listes ou tapez leurs codes. La valeur d'une part sociale est ce qu'un membre paie pour chaque part du capital de la coopérative ; les statuts la fixent.</translation>
        </message>
        <message>
            <source>Choose from the list or type the code</source>
            <translation>Choisissez dans la liste ou tapez le code</translation>
        </message>
    </context>
    <context>
        <name>DashboardPage</name>
        <message>
            <source>The member register at a glance</source>
            <translation>Le registre des membres en un coup d'œil</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>Membres</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Actifs</translation>
        </message>
        <message>
            <source>Women among active members</source>
            <translation>Femmes parmi les membres actifs</translation>
        </message>
        <message>
            <source>Applicants waiting</source>
            <translation>Candidats en attente</translation>
        </message>
        <message>
            <source>Members by status</source>
            <translation>Membres par statut</translation>
        </message>
        <message>
            <source>Current members by sex</source>
            <translation>Membres actuels par sexe</translation>
        </message>
        <message>
            <source>Current members by role</source>
            <translation>Membres actuels par activité</translation>
        </message>
        <message>
            <source>Current members by mining site</source>
            <translation>Membres actuels par site minier</translation>
        </message>
        <message>
            <source>Dashboard</source>
            <translation>Tableau de bord</translation>
        </message>
        <message>
            <source>applicants, active and suspended; {n} registered in all</source>
            <translation>candidats, actifs et suspendus ; {n} inscrits au total</translation>
        </message>
        <message>
            <source>{n} women</source>
            <translation>{n} femmes</translation>
        </message>
        <message>
            <source>Other sites</source>
            <translation>Autres sites</translation>
        </message>
    </context>
    <context>
        <name>DetailPanel</name>
        <message>
            <source>Sex</source>
            <translation>Sexe</translation>
        </message>
        <message>
            <source>Born</source>
            <translation>Naissance</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Activité</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Téléphone</translation>
        </message>
        <message>
            <source>Locality</source>
            <translation>Localité</translation>
        </message>
        <message>
            <source>National ID</source>
            <translation>Pièce d'identité</translation>
        </message>
        <message>
            <source>Miner card</source>
            <translation>Carte de creuseur</translation>
        </message>
        <message>
            <source>Mining sites</source>
            <translation>Sites miniers</translation>
        </message>
        <message>
            <source>Joined</source>
            <translation>Adhésion</translation>
        </message>
        <message>
            <source>Payouts</source>
            <translation>Paiements</translation>
        </message>
        <message>
            <source>Successor</source>
            <translation>Successeur</translation>
        </message>
        <message>
            <source>Last verified</source>
            <translation>Dernière vérification</translation>
        </message>
        <message>
            <source>Shares</source>
            <translation>Parts sociales</translation>
        </message>
        <message>
            <source>Status history</source>
            <translation>Historique des statuts</translation>
        </message>
        <message>
            <source>Census verifications</source>
            <translation>Vérifications de recensement</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Modifier…</translation>
        </message>
        <message>
            <source>Change status…</source>
            <translation>Changer le statut…</translation>
        </message>
        <message>
            <source>Photo…</source>
            <translation>Photo…</translation>
        </message>
        <message>
            <source>Verify in census…</source>
            <translation>Vérifier au recensement…</translation>
        </message>
        <message>
            <source>Share operation…</source>
            <translation>Opération sur parts…</translation>
        </message>
        <message>
            <source>Choose a member in the list to see their details.</source>
            <translation>Choisissez un membre dans la liste pour voir ses détails.</translation>
        </message>
        <message>
            <source>No photo</source>
            <translation>Pas de photo</translation>
        </message>
        <message>
            <source>Member no. {number}</source>
            <translation>Membre n° {number}</translation>
        </message>
        <message>
            <source>&lt;b style='color:{colour}'&gt;● {status}&lt;/b&gt; since {date}</source>
            <translation>&lt;b style='color:{colour}'&gt;● {status}&lt;/b&gt; depuis le {date}</translation>
        </message>
        <message>
            <source>{date} ({age} years)</source>
            <translation>{date} ({age} ans)</translation>
        </message>
        <message>
            <source>{card}, valid until {date}</source>
            <translation>{card}, valable jusqu'au {date}</translation>
        </message>
        <message>
            <source>never</source>
            <translation>jamais</translation>
        </message>
        <message>
            <source>Not yet verified in a census.</source>
            <translation>Pas encore vérifié lors d'un recensement.</translation>
        </message>
        <message>
            <source>none</source>
            <translation>aucun</translation>
        </message>
        <message>
            <source>{shares} share(s); paid {paid} of {subscribed} {currency}</source>
            <translation>{shares} part(s) ; versé {paid} sur {subscribed} {currency}</translation>
        </message>
    </context>
    <context>
        <name>DonutChart</name>
        <message>
            <source>Nothing to show yet.</source>
            <translation>Rien à afficher pour l'instant.</translation>
        </message>
    </context>
    <context>
        <name>FileActions</name>
        <message>
            <source>Back up the cooperative</source>
            <translation>Sauvegarder la coopérative</translation>
        </message>
        <message>
            <source>coopdesk files (*.coopdesk)</source>
            <translation>Fichiers coopdesk (*.coopdesk)</translation>
        </message>
        <message>
            <source>Backup made</source>
            <translation>Sauvegarde faite</translation>
        </message>
        <message>
            <source>A complete copy of the cooperative was saved to {path}.</source>
            <translation>Une copie complète de la coopérative a été enregistrée dans {path}.</translation>
        </message>
        <message>
            <source>Making the backup…</source>
            <translation>Sauvegarde en cours…</translation>
        </message>
        <message>
            <source>Verifying the audit chain…</source>
            <translation>Vérification de la chaîne d'audit…</translation>
        </message>
        <message>
            <source>The audit chain verifies</source>
            <translation>La chaîne d'audit est intacte</translation>
        </message>
        <message>
            <source>All {n} events of the audit chain verify: nothing was changed outside coopdesk.</source>
            <translation>Les {n} événements de la chaîne d'audit sont vérifiés : rien n'a été modifié en dehors de coopdesk.</translation>
        </message>
        <message>
            <source>Head of the chain: {head}</source>
            <translation>Tête de la chaîne : {head}</translation>
        </message>
        <message>
            <source>The audit chain does not verify</source>
            <translation>La chaîne d'audit n'est pas intacte</translation>
        </message>
        <message>
            <source>The audit chain does not verify.</source>
            <translation>La chaîne d'audit n'est pas intacte.</translation>
        </message>
        <message>
            <source>{n} events verified before the problem. Keep this file as it is and ask your federation or auditor for help.</source>
            <translation>{n} événements vérifiés avant le problème. Gardez ce fichier tel quel et demandez de l'aide à votre fédération ou à votre auditeur.</translation>
        </message>
        <message>
            <source>Choose the backup to restore</source>
            <translation>Choisissez la sauvegarde à restaurer</translation>
        </message>
        <message>
            <source>Restore this backup?</source>
            <translation>Restaurer cette sauvegarde ?</translation>
        </message>
        <message>
            <source>The cooperative {db} will be replaced by the backup {backup}. Everything recorded since that backup was made will be gone from the file (a safety copy of the current state is kept beside it).</source>
            <translation>La coopérative {db} sera remplacée par la sauvegarde {backup}. Tout ce qui a été enregistré depuis cette sauvegarde disparaîtra du fichier (une copie de sécurité de l'état actuel est gardée à côté).</translation>
        </message>
        <message>
            <source>A copy of the state before the restore is at {path}.</source>
            <translation>Une copie de l'état d'avant la restauration se trouve dans {path}.</translation>
        </message>
        <message>
            <source>Backup restored</source>
            <translation>Sauvegarde restaurée</translation>
        </message>
        <message>
            <source>The backup was restored. Log in again to continue.</source>
            <translation>La sauvegarde a été restaurée. Reconnectez-vous pour continuer.</translation>
        </message>
    </context>
    <context>
        <name>FilePage</name>
        <message>
            <source>1. Choose the file</source>
            <translation>1. Choisissez le fichier</translation>
        </message>
        <message>
            <source>A CSV or Excel (.xlsx) file with one member per row and the column names in the first row.</source>
            <translation>Un fichier CSV ou Excel (.xlsx) avec un membre par ligne et les noms des colonnes sur la première ligne.</translation>
        </message>
        <message>
            <source>Choose file…</source>
            <translation>Choisir le fichier…</translation>
        </message>
        <message>
            <source>Column names are in row</source>
            <translation>Les noms des colonnes sont à la ligne</translation>
        </message>
        <message>
            <source>Choose the file to import</source>
            <translation>Choisissez le fichier à importer</translation>
        </message>
        <message>
            <source>Tables (*.csv *.xlsx *.txt *.tsv)</source>
            <translation>Tableaux (*.csv *.xlsx *.txt *.tsv)</translation>
        </message>
        <message>
            <source>The file has column names but no rows.</source>
            <translation>Le fichier a des noms de colonnes, mais aucune ligne.</translation>
        </message>
        <message>
            <source>{rows} row(s) in {columns} column(s): {names}</source>
            <translation>{rows} ligne(s) dans {columns} colonne(s) : {names}</translation>
        </message>
    </context>
    <context>
        <name>ImportWizard</name>
        <message>
            <source>Import members</source>
            <translation>Importer des membres</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Importer</translation>
        </message>
    </context>
    <context>
        <name>LanguagePage</name>
        <message>
            <source>Language</source>
            <translation>Langue</translation>
        </message>
        <message>
            <source>The language of coopdesk's windows and documents.</source>
            <translation>La langue des fenêtres et des documents de coopdesk.</translation>
        </message>
        <message>
            <source>Choose the language you read best. You can change it later in Settings.</source>
            <translation>Choisissez la langue que vous lisez le mieux. Vous pourrez la changer plus tard dans Paramètres.</translation>
        </message>
    </context>
    <context>
        <name>Launcher</name>
        <message>
            <source>Where this file is kept is risky</source>
            <translation>L'endroit où ce fichier est gardé est risqué</translation>
        </message>
    </context>
    <context>
        <name>LockScreen</name>
        <message>
            <source>coopdesk is locked</source>
            <translation>coopdesk est verrouillé</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>Déverrouiller</translation>
        </message>
        <message>
            <source>Switch user</source>
            <translation>Changer d'utilisateur</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>Nom d'utilisateur</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Mot de passe</translation>
        </message>
        <message>
            <source>Locked after {n} minutes without use. Enter the password of {user} to go on.</source>
            <translation>Verrouillé après {n} minutes sans utilisation. Entrez le mot de passe de {user} pour continuer.</translation>
        </message>
        <message>
            <source>Enter the password of {user} to go on.</source>
            <translation>Entrez le mot de passe de {user} pour continuer.</translation>
        </message>
        <message>
            <source>Log in as another user. The pages will show what their roles allow.</source>
            <translation>Connectez-vous avec un autre utilisateur. Les pages montreront ce que ses rôles permettent.</translation>
        </message>
    </context>
    <context>
        <name>LoginDialog</name>
        <message>
            <source>Log in — coopdesk</source>
            <translation>Connexion — coopdesk</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>Nom d'utilisateur</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Mot de passe</translation>
        </message>
        <message>
            <source>Log in</source>
            <translation>Se connecter</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Fichier</translation>
        </message>
        <message>
            <source>&amp;New cooperative…</source>
            <translation>&amp;Nouvelle coopérative…</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>&amp;Ouvrir…</translation>
        </message>
        <message>
            <source>&amp;Back up now…</source>
            <translation>&amp;Sauvegarder maintenant…</translation>
        </message>
        <message>
            <source>&amp;Verify the audit chain</source>
            <translation>&amp;Vérifier la chaîne d'audit</translation>
        </message>
        <message>
            <source>&amp;Lock</source>
            <translation>Ver&amp;rouiller</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quitter</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Aide</translation>
        </message>
        <message>
            <source>&amp;About coopdesk</source>
            <translation>À &amp;propos de coopdesk</translation>
        </message>
        <message>
            <source>{name} — coopdesk</source>
            <translation>{name} — coopdesk</translation>
        </message>
        <message>
            <source>{user} ({roles})</source>
            <translation>{user} ({roles})</translation>
        </message>
        <message>
            <source>Audit chain #{seq} · {head}</source>
            <translation>Chaîne d'audit #{seq} · {head}</translation>
        </message>
        <message>
            <source>About coopdesk</source>
            <translation>À propos de coopdesk</translation>
        </message>
        <message>
            <source>coopdesk {version}</source>
            <translation>coopdesk {version}</translation>
        </message>
        <message>
            <source>Governance and finance for artisanal and small-scale miners' cooperatives. Free software under the GNU GPL, version 3 or later.</source>
            <translation>Gouvernance et finances pour les coopératives de mineurs artisanaux et à petite échelle. Logiciel libre sous licence GNU GPL, version 3 ou ultérieure.</translation>
        </message>
        <message>
            <source>The scheduled backup failed: {reason}</source>
            <translation>La sauvegarde programmée a échoué : {reason}</translation>
        </message>
        <message>
            <source>Backup made: {path}</source>
            <translation>Sauvegarde faite : {path}</translation>
        </message>
    </context>
    <context>
        <name>MappingPage</name>
        <message>
            <source>2. Which column holds what</source>
            <translation>2. Quelle colonne contient quoi</translation>
        </message>
        <message>
            <source>coopdesk guessed from the column names; check each line. Fields marked * are needed (a full name can stand in for first and last names).</source>
            <translation>coopdesk a deviné d'après les noms des colonnes ; vérifiez chaque ligne. Les champs marqués * sont obligatoires (un nom complet peut remplacer les noms et prénoms).</translation>
        </message>
        <message>
            <source>— not imported —</source>
            <translation>— non importé —</translation>
        </message>
        <message>
            <source>Choose a column for: {fields}.</source>
            <translation>Choisissez une colonne pour : {fields}.</translation>
        </message>
        <message>
            <source>The column '{column}' is chosen for {fields}; choose one column for each field.</source>
            <translation>La colonne '{column}' est choisie pour {fields} ; choisissez une colonne pour chaque champ.</translation>
        </message>
        <message>
            <source>e.g. {value}</source>
            <translation>p. ex. {value}</translation>
        </message>
    </context>
    <context>
        <name>MemberFormDialog</name>
        <message>
            <source>This file is not a picture coopdesk can read; choose a PNG or JPEG photo.</source>
            <translation>Ce fichier n'est pas une image que coopdesk peut lire ; choisissez une photo PNG ou JPEG.</translation>
        </message>
        <message>
            <source>The photo could not be converted: {reason}</source>
            <translation>La photo n'a pas pu être convertie : {reason}</translation>
        </message>
        <message>
            <source>Choose a photo</source>
            <translation>Choisir une photo</translation>
        </message>
        <message>
            <source>Pictures (*.png *.jpg *.jpeg)</source>
            <translation>Images (*.png *.jpg *.jpeg)</translation>
        </message>
        <message>
            <source>New member</source>
            <translation>Nouveau membre</translation>
        </message>
        <message>
            <source>Member no. {number}: {name}</source>
            <translation>Membre n° {number} : {name}</translation>
        </message>
        <message>
            <source>Identity</source>
            <translation>Identité</translation>
        </message>
        <message>
            <source>Work</source>
            <translation>Travail</translation>
        </message>
        <message>
            <source>Successor and payouts</source>
            <translation>Successeur et paiements</translation>
        </message>
        <message>
            <source>Consents and notes</source>
            <translation>Consentements et notes</translation>
        </message>
        <message>
            <source>Register</source>
            <translation>Inscrire</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Enregistrer</translation>
        </message>
        <message>
            <source>Woman</source>
            <translation>Femme</translation>
        </message>
        <message>
            <source>Man</source>
            <translation>Homme</translation>
        </message>
        <message>
            <source>Photo…</source>
            <translation>Photo…</translation>
        </message>
        <message>
            <source>Remove photo</source>
            <translation>Retirer la photo</translation>
        </message>
        <message>
            <source>— choose —</source>
            <translation>— choisir —</translation>
        </message>
        <message>
            <source>No mining sites yet: add them with Sites… on the Members page.</source>
            <translation>Pas encore de sites miniers : ajoutez-les avec Sites… sur la page Membres.</translation>
        </message>
        <message>
            <source>Starts as</source>
            <translation>Statut de départ</translation>
        </message>
        <message>
            <source>Choose woman or man.</source>
            <translation>Choisissez femme ou homme.</translation>
        </message>
        <message>
            <source>Choose the member's role.</source>
            <translation>Choisissez l'activité du membre.</translation>
        </message>
        <message>
            <source>Still to fill in: {fields}.</source>
            <translation>Reste à remplir : {fields}.</translation>
        </message>
        <message>
            <source>Correct the fields marked in red to save.</source>
            <translation>Corrigez les champs marqués en rouge pour enregistrer.</translation>
        </message>
        <message>
            <source>No photo</source>
            <translation>Pas de photo</translation>
        </message>
    </context>
    <context>
        <name>MemberTableModel</name>
        <message>
            <source>No.</source>
            <translation>N°</translation>
        </message>
        <message>
            <source>Last names</source>
            <translation>Noms</translation>
        </message>
        <message>
            <source>First names</source>
            <translation>Prénoms</translation>
        </message>
        <message>
            <source>Sex</source>
            <translation>Sexe</translation>
        </message>
        <message>
            <source>Born</source>
            <translation>Naissance</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Activité</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>Locality</source>
            <translation>Localité</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Téléphone</translation>
        </message>
        <message>
            <source>National ID</source>
            <translation>Pièce d'identité</translation>
        </message>
        <message>
            <source>Joined</source>
            <translation>Adhésion</translation>
        </message>
    </context>
    <context>
        <name>MembersPage</name>
        <message>
            <source>Members</source>
            <translation>Membres</translation>
        </message>
        <message>
            <source>Search: name, number, ID, phone, place…</source>
            <translation>Rechercher : nom, numéro, pièce, téléphone, lieu…</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>Tous les statuts</translation>
        </message>
        <message>
            <source>Women and men</source>
            <translation>Femmes et hommes</translation>
        </message>
        <message>
            <source>All roles</source>
            <translation>Toutes les activités</translation>
        </message>
        <message>
            <source>New member…</source>
            <translation>Nouveau membre…</translation>
        </message>
        <message>
            <source>Register a new member (Ctrl+N)</source>
            <translation>Inscrire un nouveau membre (Ctrl+N)</translation>
        </message>
        <message>
            <source>Import…</source>
            <translation>Importer…</translation>
        </message>
        <message>
            <source>Import members from a CSV or Excel file</source>
            <translation>Importer des membres depuis un fichier CSV ou Excel</translation>
        </message>
        <message>
            <source>Export PDF…</source>
            <translation>Exporter en PDF…</translation>
        </message>
        <message>
            <source>Export Excel…</source>
            <translation>Exporter en Excel…</translation>
        </message>
        <message>
            <source>Member cards…</source>
            <translation>Cartes de membre…</translation>
        </message>
        <message>
            <source>Cards for the selected members</source>
            <translation>Cartes des membres sélectionnés</translation>
        </message>
        <message>
            <source>Cards for all active members</source>
            <translation>Cartes de tous les membres actifs</translation>
        </message>
        <message>
            <source>Share register…</source>
            <translation>Registre des parts…</translation>
        </message>
        <message>
            <source>Sites…</source>
            <translation>Sites…</translation>
        </message>
        <message>
            <source>All sites</source>
            <translation>Tous les sites</translation>
        </message>
        <message>
            <source>1 member</source>
            <translation>1 membre</translation>
        </message>
        <message>
            <source>{count} members</source>
            <translation>{count} membres</translation>
        </message>
        <message>
            <source>Your role may not change the member register.</source>
            <translation>Votre rôle ne permet pas de modifier le registre des membres.</translation>
        </message>
        <message>
            <source>Member no. {number} registered.</source>
            <translation>Membre n° {number} inscrit.</translation>
        </message>
        <message>
            <source>Member no. {number} saved.</source>
            <translation>Membre n° {number} enregistré.</translation>
        </message>
        <message>
            <source>The status of member no. {number} was changed.</source>
            <translation>Le statut du membre n° {number} a été changé.</translation>
        </message>
        <message>
            <source>{count} member(s) verified in the census.</source>
            <translation>{count} membre(s) vérifié(s) au recensement.</translation>
        </message>
        <message>
            <source>{count} member(s) imported.</source>
            <translation>{count} membre(s) importé(s).</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Excel (*.xlsx)</source>
            <translation>Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>Export the member register</source>
            <translation>Exporter le registre des membres</translation>
        </message>
        <message>
            <source>member-register</source>
            <translation>registre-membres</translation>
        </message>
        <message>
            <source>Writing the member register…</source>
            <translation>Écriture du registre des membres…</translation>
        </message>
        <message>
            <source>Print member cards</source>
            <translation>Imprimer les cartes de membre</translation>
        </message>
        <message>
            <source>member-cards</source>
            <translation>cartes-membres</translation>
        </message>
        <message>
            <source>Making member cards…</source>
            <translation>Préparation des cartes de membre…</translation>
        </message>
        <message>
            <source>Saved {path}</source>
            <translation>Enregistré : {path}</translation>
        </message>
    </context>
    <context>
        <name>NewCooperativeWizard</name>
        <message>
            <source>New cooperative — coopdesk</source>
            <translation>Nouvelle coopérative — coopdesk</translation>
        </message>
        <message>
            <source>&lt; Back</source>
            <translation>&lt; Retour</translation>
        </message>
        <message>
            <source>Next &gt;</source>
            <translation>Suivant &gt;</translation>
        </message>
        <message>
            <source>Create</source>
            <translation>Créer</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
    </context>
    <context>
        <name>OpenDialog</name>
        <message>
            <source>Open a cooperative — coopdesk</source>
            <translation>Ouvrir une coopérative — coopdesk</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Ouvrir</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
    </context>
    <context>
        <name>PreviewPage</name>
        <message>
            <source>3. Check the rows</source>
            <translation>3. Vérifiez les lignes</translation>
        </message>
        <message>
            <source>Nothing has been written yet. Rows with problems are listed below; correct them in the file and check again, or import only the valid rows.</source>
            <translation>Rien n'a encore été écrit. Les lignes qui ont des problèmes sont listées ci-dessous ; corrigez-les dans le fichier et vérifiez à nouveau, ou importez seulement les lignes valides.</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>Ligne</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Champ</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problème</translation>
        </message>
        <message>
            <source>Check again</source>
            <translation>Vérifier à nouveau</translation>
        </message>
        <message>
            <source>Checking {rows} row(s)…</source>
            <translation>Vérification de {rows} ligne(s)…</translation>
        </message>
        <message>
            <source>Checking the rows…</source>
            <translation>Vérification des lignes…</translation>
        </message>
        <message>
            <source>The rows could not be checked: {error}</source>
            <translation>Les lignes n'ont pas pu être vérifiées : {error}</translation>
        </message>
        <message>
            <source>{valid} row(s) ready to import · {invalid} with problems · {duplicates} already registered (will be skipped)</source>
            <translation>{valid} ligne(s) prête(s) à importer · {invalid} avec des problèmes · {duplicates} déjà inscrite(s) (seront ignorées)</translation>
        </message>
        <message>
            <source>This same file ({name}) was already imported. Rows already in the register will be skipped.</source>
            <translation>Ce même fichier ({name}) a déjà été importé. Les lignes déjà dans le registre seront ignorées.</translation>
        </message>
        <message>
            <source>Only the first {shown} of {count} problems are listed.</source>
            <translation>Seuls les {shown} premiers problèmes sur {count} sont listés.</translation>
        </message>
        <message>
            <source>Import all rows</source>
            <translation>Importer toutes les lignes</translation>
        </message>
        <message>
            <source>Import only the {count} valid row(s)</source>
            <translation>Importer seulement les {count} ligne(s) valide(s)</translation>
        </message>
        <message>
            <source>There is no new member to import.</source>
            <translation>Il n'y a aucun nouveau membre à importer.</translation>
        </message>
    </context>
    <context>
        <name>ResultPage</name>
        <message>
            <source>4. Import</source>
            <translation>4. Importer</translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>Importation…</translation>
        </message>
        <message>
            <source>Importing members…</source>
            <translation>Importation des membres…</translation>
        </message>
        <message>
            <source>{count} member(s) registered.</source>
            <translation>{count} membre(s) inscrit(s).</translation>
        </message>
        <message>
            <source>Member numbers {first} to {last}.</source>
            <translation>Numéros de membre {first} à {last}.</translation>
        </message>
        <message>
            <source>{count} row(s) skipped: already in the register.</source>
            <translation>{count} ligne(s) ignorée(s) : déjà dans le registre.</translation>
        </message>
        <message>
            <source>{count} row(s) with problems left out.</source>
            <translation>{count} ligne(s) avec des problèmes écartée(s).</translation>
        </message>
        <message>
            <source>Nothing was imported.</source>
            <translation>Rien n'a été importé.</translation>
        </message>
    </context>
    <context>
        <name>SavePage</name>
        <message>
            <source>Where to keep it</source>
            <translation>Où le garder</translation>
        </message>
        <message>
            <source>Keep the file on this computer's own disk, not on a network share or in a synced folder.</source>
            <translation>Gardez le fichier sur le disque de cet ordinateur, pas sur un partage réseau ni dans un dossier synchronisé.</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <source>Settings</source>
            <translation>Paramètres</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Langue</translation>
        </message>
        <message>
            <source>A new language applies the next time coopdesk starts.</source>
            <translation>La nouvelle langue s'applique au prochain démarrage de coopdesk.</translation>
        </message>
        <message>
            <source>The cooperative</source>
            <translation>La coopérative</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Monnaie</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Pays</translation>
        </message>
        <message>
            <source>Value of one share</source>
            <translation>Valeur d'une part sociale</translation>
        </message>
        <message>
            <source>Minimum age of a member</source>
            <translation>Âge minimum d'un membre</translation>
        </message>
        <message>
            <source>Lock the window after</source>
            <translation>Verrouiller la fenêtre après</translation>
        </message>
        <message>
            <source>Users</source>
            <translation>Utilisateurs</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>Nom d'utilisateur</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>Nom complet</translation>
        </message>
        <message>
            <source>Roles</source>
            <translation>Rôles</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Actif</translation>
        </message>
        <message>
            <source>Add user…</source>
            <translation>Ajouter un utilisateur…</translation>
        </message>
        <message>
            <source>The cooperative file</source>
            <translation>Le fichier de la coopérative</translation>
        </message>
        <message>
            <source>Back up now…</source>
            <translation>Sauvegarder maintenant…</translation>
        </message>
        <message>
            <source>Restore a backup…</source>
            <translation>Restaurer une sauvegarde…</translation>
        </message>
        <message>
            <source>Verify the audit chain</source>
            <translation>Vérifier la chaîne d'audit</translation>
        </message>
        <message>
            <source>coopdesk also keeps a copy beside the file every day (the last ten are kept).</source>
            <translation>coopdesk garde aussi chaque jour une copie à côté du fichier (les dix dernières sont conservées).</translation>
        </message>
        <message>
            <source>{n} years</source>
            <translation>{n} ans</translation>
        </message>
        <message>
            <source>{n} minutes without use</source>
            <translation>{n} minutes sans utilisation</translation>
        </message>
        <message>
            <source>never</source>
            <translation>jamais</translation>
        </message>
        <message>
            <source>Open file: {label}</source>
            <translation>Fichier ouvert : {label}</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>oui</translation>
        </message>
        <message>
            <source>no</source>
            <translation>non</translation>
        </message>
        <message>
            <source>Your roles do not allow this. Ask an administrator.</source>
            <translation>Vos rôles ne le permettent pas. Demandez à un administrateur.</translation>
        </message>
    </context>
    <context>
        <name>ShareDialog</name>
        <message>
            <source>Share register</source>
            <translation>Registre des parts sociales</translation>
        </message>
        <message>
            <source>Shares of {name} (no. {number})</source>
            <translation>Parts de {name} (n° {number})</translation>
        </message>
        <message>
            <source>Record an operation</source>
            <translation>Enregistrer une opération</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Enregistrer</translation>
        </message>
        <message>
            <source>Operation</source>
            <translation>Opération</translation>
        </message>
        <message>
            <source>Member no.</source>
            <translation>Membre n°</translation>
        </message>
        <message>
            <source>To member no.</source>
            <translation>Au membre n°</translation>
        </message>
        <message>
            <source>Shares</source>
            <translation>Parts</translation>
        </message>
        <message>
            <source>Amount paid</source>
            <translation>Montant versé</translation>
        </message>
        <message>
            <source>Operation no. to reverse</source>
            <translation>N° de l'opération à annuler</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Receipt or reference</source>
            <translation>Reçu ou référence</translation>
        </message>
        <message>
            <source>Your role may look at the register but not record operations.</source>
            <translation>Votre rôle permet de consulter le registre, mais pas d'enregistrer des opérations.</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Motif</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>(no such member)</source>
            <translation>(membre inexistant)</translation>
        </message>
        <message>
            <source>{count} operation(s) in the register.</source>
            <translation>{count} opération(s) dans le registre.</translation>
        </message>
        <message>
            <source>Shares held: {shares} · subscribed: {subscribed} {currency} · paid: {paid} {currency} · still to pay: {unpaid} {currency}</source>
            <translation>Parts détenues : {shares} · souscrit : {subscribed} {currency} · versé : {paid} {currency} · reste à verser : {unpaid} {currency}</translation>
        </message>
        <message>
            <source>Operation no. {number} recorded.</source>
            <translation>Opération n° {number} enregistrée.</translation>
        </message>
    </context>
    <context>
        <name>ShareTableModel</name>
        <message>
            <source>Op. no.</source>
            <translation>N° op.</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Operation</source>
            <translation>Opération</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>Membre</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Other member</source>
            <translation>Autre membre</translation>
        </message>
        <message>
            <source>Shares</source>
            <translation>Parts</translation>
        </message>
        <message>
            <source>Amount ({currency})</source>
            <translation>Montant ({currency})</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>Référence</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Reversed by operation {number}</source>
            <translation>Annulée par l'opération {number}</translation>
        </message>
        <message>
            <source>Reverses operation {number}</source>
            <translation>Annule l'opération {number}</translation>
        </message>
        <message>
            <source>{kind} of no. {number}</source>
            <translation>{kind} de l'op. n° {number}</translation>
        </message>
    </context>
    <context>
        <name>SiteDialog</name>
        <message>
            <source>New mining site</source>
            <translation>Nouveau site minier</translation>
        </message>
        <message>
            <source>e.g. gold, coltan, tin</source>
            <translation>p. ex. or, coltan, cassitérite</translation>
        </message>
        <message>
            <source>e.g. 7.0847 (south is negative)</source>
            <translation>p. ex. 7.0847 (le sud est négatif)</translation>
        </message>
        <message>
            <source>e.g. -74.7027 (west is negative)</source>
            <translation>p. ex. -74.7027 (l'ouest est négatif)</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Mineral</source>
            <translation>Minerai</translation>
        </message>
        <message>
            <source>Latitude</source>
            <translation>Latitude</translation>
        </message>
        <message>
            <source>Longitude</source>
            <translation>Longitude</translation>
        </message>
        <message>
            <source>Title or licence reference</source>
            <translation>Titre ou référence du permis</translation>
        </message>
        <message>
            <source>Add site</source>
            <translation>Ajouter le site</translation>
        </message>
        <message>
            <source>'{value}' is not a number of degrees, e.g. 7.0847.</source>
            <translation>'{value}' n'est pas un nombre de degrés, p. ex. 7.0847.</translation>
        </message>
    </context>
    <context>
        <name>SitesDialog</name>
        <message>
            <source>Mining sites</source>
            <translation>Sites miniers</translation>
        </message>
        <message>
            <source>Site</source>
            <translation>Site</translation>
        </message>
        <message>
            <source>Mineral</source>
            <translation>Minerai</translation>
        </message>
        <message>
            <source>Latitude</source>
            <translation>Latitude</translation>
        </message>
        <message>
            <source>Longitude</source>
            <translation>Longitude</translation>
        </message>
        <message>
            <source>Title or licence</source>
            <translation>Titre ou permis</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>Membres</translation>
        </message>
        <message>
            <source>No mining sites yet.</source>
            <translation>Pas encore de sites miniers.</translation>
        </message>
        <message>
            <source>Add site…</source>
            <translation>Ajouter un site…</translation>
        </message>
    </context>
    <context>
        <name>StartDialog</name>
        <message>
            <source>Welcome — coopdesk</source>
            <translation>Bienvenue — coopdesk</translation>
        </message>
        <message>
            <source>The member register, meetings and books of your cooperative.</source>
            <translation>Le registre des membres, les réunions et les comptes de votre coopérative.</translation>
        </message>
        <message>
            <source>Create a new cooperative</source>
            <translation>Créer une nouvelle coopérative</translation>
        </message>
        <message>
            <source>Open a cooperative file…</source>
            <translation>Ouvrir un fichier de coopérative…</translation>
        </message>
        <message>
            <source>Open the demo cooperative</source>
            <translation>Ouvrir la coopérative de démonstration</translation>
        </message>
        <message>
            <source>Recently opened (double-click to open):</source>
            <translation>Ouverts récemment (double-cliquez pour ouvrir) :</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Quitter</translation>
        </message>
    </context>
    <context>
        <name>StatusDialog</name>
        <message>
            <source>Change status: {name}</source>
            <translation>Changer le statut : {name}</translation>
        </message>
        <message>
            <source>{name} (no. {number}) is &lt;b style='color:{colour}'&gt;{status}&lt;/b&gt; since {date}.</source>
            <translation>{name} (n° {number}) : &lt;b style='color:{colour}'&gt;{status}&lt;/b&gt; depuis le {date}.</translation>
        </message>
        <message>
            <source>No further change of status is possible.</source>
            <translation>Aucun autre changement de statut n'est possible.</translation>
        </message>
        <message>
            <source>New status</source>
            <translation>Nouveau statut</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Motif</translation>
        </message>
        <message>
            <source>Change status</source>
            <translation>Changer le statut</translation>
        </message>
        <message>
            <source>Required for this change.</source>
            <translation>Obligatoire pour ce changement.</translation>
        </message>
        <message>
            <source>Optional.</source>
            <translation>Facultatif.</translation>
        </message>
    </context>
    <context>
        <name>TargetChooser</name>
        <message>
            <source>Give a PostgreSQL address that starts with postgresql://</source>
            <translation>Donnez une adresse PostgreSQL qui commence par postgresql://</translation>
        </message>
        <message>
            <source>Say where to keep the file.</source>
            <translation>Indiquez où garder le fichier.</translation>
        </message>
        <message>
            <source>Choose a cooperative file.</source>
            <translation>Choisissez un fichier de coopérative.</translation>
        </message>
        <message>
            <source>There is no file at {path}.</source>
            <translation>Il n'y a pas de fichier à {path}.</translation>
        </message>
        <message>
            <source>{path} already exists; choose another name.</source>
            <translation>{path} existe déjà ; choisissez un autre nom.</translation>
        </message>
        <message>
            <source>The folder {folder} does not exist.</source>
            <translation>Le dossier {folder} n'existe pas.</translation>
        </message>
        <message>
            <source>coopdesk files (*.coopdesk)</source>
            <translation>Fichiers coopdesk (*.coopdesk)</translation>
        </message>
        <message>
            <source>Where to keep the file</source>
            <translation>Où garder le fichier</translation>
        </message>
        <message>
            <source>Open a cooperative file</source>
            <translation>Ouvrir un fichier de coopérative</translation>
        </message>
        <message>
            <source>A cooperative file on this computer</source>
            <translation>Un fichier de coopérative sur cet ordinateur</translation>
        </message>
        <message>
            <source>A PostgreSQL database on a server (for a federation)</source>
            <translation>Une base de données PostgreSQL sur un serveur (pour une fédération)</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>Parcourir…</translation>
        </message>
    </context>
    <context>
        <name>UserDialog</name>
        <message>
            <source>Add a user</source>
            <translation>Ajouter un utilisateur</translation>
        </message>
        <message>
            <source>e.g. maria.quispe</source>
            <translation>p. ex. marie.mukendi</translation>
        </message>
        <message>
            <source>at least {n} characters</source>
            <translation>au moins {n} caractères</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>Nom d'utilisateur</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>Nom complet</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Mot de passe</translation>
        </message>
        <message>
            <source>Password again</source>
            <translation>Confirmer le mot de passe</translation>
        </message>
        <message>
            <source>Roles</source>
            <translation>Rôles</translation>
        </message>
        <message>
            <source>Add the user</source>
            <translation>Ajouter l'utilisateur</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>The two passwords are not the same.</source>
            <translation>Les deux mots de passe ne sont pas identiques.</translation>
        </message>
    </context>
    <context>
        <name>coopdesk</name>
        <message>
            <source>'{value}' is not a date; write YYYY-MM-DD.</source>
            <translation>'{value}' n'est pas une date ; écrivez AAAA-MM-JJ.</translation>
        </message>
        <message>
            <source>Give the password in the COOPDESK_PASSWORD environment variable, or run the command in a terminal to be asked.</source>
            <translation>Donnez le mot de passe dans la variable d'environnement COOPDESK_PASSWORD, ou lancez la commande dans un terminal pour qu'il vous soit demandé.</translation>
        </message>
        <message>
            <source>Repeat the password: </source>
            <translation>Répétez le mot de passe : </translation>
        </message>
        <message>
            <source>The two passwords differ.</source>
            <translation>Les deux mots de passe sont différents.</translation>
        </message>
        <message>
            <source>Say which cooperative: --db PATH_OR_URL (or COOPDESK_DB).</source>
            <translation>Indiquez la coopérative : --db PATH_OR_URL (ou COOPDESK_DB).</translation>
        </message>
        <message>
            <source>Warning: {text}</source>
            <translation>Attention : {text}</translation>
        </message>
        <message>
            <source>Password for {user}: </source>
            <translation>Mot de passe de {user} : </translation>
        </message>
        <message>
            <source>Password for the administrator {user}: </source>
            <translation>Mot de passe de l'administrateur {user} : </translation>
        </message>
        <message>
            <source>Created {db} for {name}. Administrator: {user}.</source>
            <translation>{db} créé pour {name}. Administrateur : {user}.</translation>
        </message>
        <message>
            <source>{path} already exists; add --force to replace it.</source>
            <translation>{path} existe déjà ; ajoutez --force pour le remplacer.</translation>
        </message>
        <message>
            <source>Demo cooperative written to {db}. Log in as admin with the password {password}.</source>
            <translation>Coopérative de démonstration écrite dans {db}. Connectez-vous comme admin avec le mot de passe {password}.</translation>
        </message>
        <message>
            <source>The audit chain verifies: {n} events, head #{seq} {head}.</source>
            <translation>La chaîne d'audit est intacte : {n} événements, tête #{seq} {head}.</translation>
        </message>
        <message>
            <source>The audit chain does NOT verify: {problem}</source>
            <translation>La chaîne d'audit n'est PAS intacte : {problem}</translation>
        </message>
        <message>
            <source>A PostgreSQL cooperative needs a destination: -o FILE.</source>
            <translation>Une coopérative PostgreSQL a besoin d'une destination : -o FILE.</translation>
        </message>
        <message>
            <source>Backup written to {path}.</source>
            <translation>Sauvegarde écrite dans {path}.</translation>
        </message>
        <message>
            <source>Say which cooperative to restore into: --db PATH_OR_URL.</source>
            <translation>Indiquez la coopérative où restaurer : --db PATH_OR_URL.</translation>
        </message>
        <message>
            <source>Restored {target} from {backup}.</source>
            <translation>{target} restauré à partir de {backup}.</translation>
        </message>
        <message>
            <source>The state before the restore was kept in {path}.</source>
            <translation>L'état d'avant la restauration a été gardé dans {path}.</translation>
        </message>
        <message>
            <source>Password for the new user {user}: </source>
            <translation>Mot de passe du nouvel utilisateur {user} : </translation>
        </message>
        <message>
            <source>User {user} added.</source>
            <translation>Utilisateur {user} ajouté.</translation>
        </message>
        <message>
            <source>National ID</source>
            <translation>Pièce d'identité</translation>
        </message>
        <message>
            <source>Miner card</source>
            <translation>Carte de creuseur</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Téléphone</translation>
        </message>
        <message>
            <source>Locality</source>
            <translation>Localité</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Activité</translation>
        </message>
        <message>
            <source>Joined</source>
            <translation>Adhésion</translation>
        </message>
        <message>
            <source>Successor</source>
            <translation>Successeur</translation>
        </message>
        <message>
            <source>Payout</source>
            <translation>Paiement</translation>
        </message>
        <message>
            <source>Sites</source>
            <translation>Sites</translation>
        </message>
        <message>
            <source>Shares: {shares}, subscribed {sub}, paid {paid} {cur}</source>
            <translation>Parts : {shares}, souscrit {sub}, versé {paid} {cur}</translation>
        </message>
        <message>
            <source>Registered member {number}.</source>
            <translation>Membre {number} inscrit.</translation>
        </message>
        <message>
            <source>Member {number} is now {status}.</source>
            <translation>Statut du membre {number} : {status}.</translation>
        </message>
        <message>
            <source>Photo of member {number} saved.</source>
            <translation>Photo du membre {number} enregistrée.</translation>
        </message>
        <message>
            <source>{n} member(s) verified in {census}.</source>
            <translation>{n} membre(s) vérifié(s) dans {census}.</translation>
        </message>
        <message>
            <source>--map takes FIELD=COLUMN, not '{value}'.</source>
            <translation>--map attend CHAMP=COLONNE, pas '{value}'.</translation>
        </message>
        <message>
            <source>{valid} valid row(s), {invalid} with problems, {dup} already registered.</source>
            <translation>{valid} ligne(s) valide(s), {invalid} avec des problèmes, {dup} déjà inscrite(s).</translation>
        </message>
        <message>
            <source>{created} member(s) created, {dup} already registered, {bad} row(s) left out.</source>
            <translation>{created} membre(s) créé(s), {dup} déjà inscrit(s), {bad} ligne(s) écartée(s).</translation>
        </message>
        <message>
            <source>Written {path}.</source>
            <translation>{path} écrit.</translation>
        </message>
        <message>
            <source>Site {id} added.</source>
            <translation>Site {id} ajouté.</translation>
        </message>
        <message>
            <source>Share operation {number} recorded.</source>
            <translation>Opération sur parts {number} enregistrée.</translation>
        </message>
        <message>
            <source>Governance and finance for miners' cooperatives.</source>
            <translation>Gouvernance et finances pour les coopératives minières.</translation>
        </message>
        <message>
            <source>the cooperative: a .coopdesk file or a postgresql:// URL</source>
            <translation>la coopérative : un fichier .coopdesk ou une URL postgresql://</translation>
        </message>
        <message>
            <source>log in as this user (default: admin, or COOPDESK_USER)</source>
            <translation>se connecter avec cet utilisateur (par défaut : admin, ou COOPDESK_USER)</translation>
        </message>
        <message>
            <source>language of the messages</source>
            <translation>langue des messages</translation>
        </message>
        <message>
            <source>create a new cooperative file</source>
            <translation>créer un nouveau fichier de coopérative</translation>
        </message>
        <message>
            <source>the new file, or an empty PostgreSQL database URL</source>
            <translation>le nouveau fichier, ou l'URL d'une base PostgreSQL vide</translation>
        </message>
        <message>
            <source>the value of one share</source>
            <translation>la valeur d'une part sociale</translation>
        </message>
        <message>
            <source>registration number</source>
            <translation>numéro d'enregistrement</translation>
        </message>
        <message>
            <source>the administrator's user name</source>
            <translation>le nom d'utilisateur de l'administrateur</translation>
        </message>
        <message>
            <source>the administrator's full name</source>
            <translation>le nom complet de l'administrateur</translation>
        </message>
        <message>
            <source>create the demo cooperative</source>
            <translation>créer la coopérative de démonstration</translation>
        </message>
        <message>
            <source>replace an existing file</source>
            <translation>remplacer un fichier existant</translation>
        </message>
        <message>
            <source>open the window on a cooperative</source>
            <translation>ouvrir la fenêtre sur une coopérative</translation>
        </message>
        <message>
            <source>recompute the audit chain and name the first bad event</source>
            <translation>recalculer la chaîne d'audit et nommer le premier événement incorrect</translation>
        </message>
        <message>
            <source>back up the cooperative</source>
            <translation>sauvegarder la coopérative</translation>
        </message>
        <message>
            <source>backup file (default: the rotating backups folder beside the file)</source>
            <translation>fichier de sauvegarde (par défaut : le dossier des sauvegardes tournantes à côté du fichier)</translation>
        </message>
        <message>
            <source>restore the cooperative from a backup</source>
            <translation>restaurer la coopérative à partir d'une sauvegarde</translation>
        </message>
        <message>
            <source>users and roles</source>
            <translation>utilisateurs et rôles</translation>
        </message>
        <message>
            <source>add a user (password from COOPDESK_NEW_PASSWORD or asked)</source>
            <translation>ajouter un utilisateur (mot de passe pris dans COOPDESK_NEW_PASSWORD ou demandé)</translation>
        </message>
        <message>
            <source>full name</source>
            <translation>nom complet</translation>
        </message>
        <message>
            <source>list users</source>
            <translation>lister les utilisateurs</translation>
        </message>
        <message>
            <source>the member register</source>
            <translation>le registre des membres</translation>
        </message>
        <message>
            <source>text to look for in names, numbers, IDs, phones</source>
            <translation>texte à chercher dans les noms, numéros, pièces d'identité, téléphones</translation>
        </message>
        <message>
            <source>list members</source>
            <translation>lister les membres</translation>
        </message>
        <message>
            <source>show one member</source>
            <translation>afficher un membre</translation>
        </message>
        <message>
            <source>register a member</source>
            <translation>inscrire un membre</translation>
        </message>
        <message>
            <source>change a member's status</source>
            <translation>changer le statut d'un membre</translation>
        </message>
        <message>
            <source>set or remove a member's photo</source>
            <translation>mettre ou retirer la photo d'un membre</translation>
        </message>
        <message>
            <source>mark members as verified in a census</source>
            <translation>marquer des membres comme vérifiés lors d'un recensement</translation>
        </message>
        <message>
            <source>census name, e.g. 'Census 2026'</source>
            <translation>nom du recensement, p. ex. 'Recensement 2026'</translation>
        </message>
        <message>
            <source>import members from CSV or Excel</source>
            <translation>importer des membres depuis CSV ou Excel</translation>
        </message>
        <message>
            <source>map a field to a column when the guess is wrong</source>
            <translation>associer un champ à une colonne quand la détection se trompe</translation>
        </message>
        <message>
            <source>import the valid rows even if others have problems</source>
            <translation>importer les lignes valides même si d'autres ont des problèmes</translation>
        </message>
        <message>
            <source>check only; write nothing</source>
            <translation>vérifier seulement ; ne rien écrire</translation>
        </message>
        <message>
            <source>export the register as PDF or Excel</source>
            <translation>exporter le registre en PDF ou Excel</translation>
        </message>
        <message>
            <source>print member cards (PDF)</source>
            <translation>imprimer les cartes de membre (PDF)</translation>
        </message>
        <message>
            <source>members (default: all active)</source>
            <translation>membres (par défaut : tous les actifs)</translation>
        </message>
        <message>
            <source>mining sites</source>
            <translation>sites miniers</translation>
        </message>
        <message>
            <source>list sites</source>
            <translation>lister les sites</translation>
        </message>
        <message>
            <source>add a site</source>
            <translation>ajouter un site</translation>
        </message>
        <message>
            <source>title or licence reference</source>
            <translation>titre ou référence du permis</translation>
        </message>
        <message>
            <source>the share capital register</source>
            <translation>le registre du capital social</translation>
        </message>
        <message>
            <source>list operations</source>
            <translation>lister les opérations</translation>
        </message>
        <message>
            <source>subscribe shares</source>
            <translation>souscrire des parts</translation>
        </message>
        <message>
            <source>pay up shares</source>
            <translation>libérer (verser) des parts</translation>
        </message>
        <message>
            <source>transfer paid-up shares</source>
            <translation>céder des parts libérées</translation>
        </message>
        <message>
            <source>refund shares</source>
            <translation>rembourser des parts</translation>
        </message>
        <message>
            <source>reverse an operation</source>
            <translation>annuler une opération</translation>
        </message>
        <message>
            <source>Error: {message}</source>
            <translation>Erreur : {message}</translation>
        </message>
        <message>
            <source>Administrator</source>
            <translation>Administrateur</translation>
        </message>
        <message>
            <source>President</source>
            <translation>Président</translation>
        </message>
        <message>
            <source>Secretary</source>
            <translation>Secrétaire</translation>
        </message>
        <message>
            <source>Treasurer</source>
            <translation>Trésorier</translation>
        </message>
        <message>
            <source>Supervisory committee</source>
            <translation>Conseil de surveillance</translation>
        </message>
        <message>
            <source>Teller</source>
            <translation>Scrutateur</translation>
        </message>
        <message>
            <source>Trainer</source>
            <translation>Formateur</translation>
        </message>
        <message>
            <source>change the member register</source>
            <translation>modifier le registre des membres</translation>
        </message>
        <message>
            <source>record share capital operations</source>
            <translation>enregistrer des opérations sur le capital social</translation>
        </message>
        <message>
            <source>manage users</source>
            <translation>gérer les utilisateurs</translation>
        </message>
        <message>
            <source>change the cooperative's settings</source>
            <translation>modifier les paramètres de la coopérative</translation>
        </message>
        <message>
            <source>make a backup</source>
            <translation>faire une sauvegarde</translation>
        </message>
        <message>
            <source>restore a backup</source>
            <translation>restaurer une sauvegarde</translation>
        </message>
        <message>
            <source>set up the chart of accounts and fiscal years</source>
            <translation>mettre en place le plan comptable et les exercices</translation>
        </message>
        <message>
            <source>record journal entries</source>
            <translation>saisir les écritures comptables</translation>
        </message>
        <message>
            <source>close accounting periods</source>
            <translation>clôturer les périodes comptables</translation>
        </message>
        <message>
            <source>{user} may not {action}. Ask an administrator for the right role.</source>
            <translation>{user} ne peut pas {action}. Demandez le bon rôle à un administrateur.</translation>
        </message>
        <message>
            <source>event #{seq} ({action} {entity} {id}, {at})</source>
            <translation>événement #{seq} ({action} {entity} {id}, {at})</translation>
        </message>
        <message>
            <source>The chain is broken before {where}: event #{missing} is missing.</source>
            <translation>La chaîne est rompue avant l'{where} : l'événement #{missing} manque.</translation>
        </message>
        <message>
            <source>The chain is broken at {where}: it does not follow the event before it.</source>
            <translation>La chaîne est rompue à l'{where} : il ne suit pas l'événement précédent.</translation>
        </message>
        <message>
            <source>{where} does not match its hash: it was changed outside coopdesk.</source>
            <translation>L'{where} ne correspond pas à son empreinte (hash) : il a été modifié en dehors de coopdesk.</translation>
        </message>
        <message>
            <source>The chain's head (event #{seq}) does not match its last event (#{count}): events were removed or added outside coopdesk.</source>
            <translation>La tête de la chaîne (événement #{seq}) ne correspond pas à son dernier événement (#{count}) : des événements ont été retirés ou ajoutés en dehors de coopdesk.</translation>
        </message>
        <message>
            <source>{entity} {id} is in the file but no event of the chain records it: it was added outside coopdesk.</source>
            <translation>{entity} {id} est dans le fichier, mais aucun événement de la chaîne ne l'enregistre : il a été ajouté en dehors de coopdesk.</translation>
        </message>
        <message>
            <source>{entity} {id} differs from what event #{seq} recorded: it was changed outside coopdesk.</source>
            <translation>{entity} {id} diffère de ce qu'a enregistré l'événement #{seq} : il a été modifié en dehors de coopdesk.</translation>
        </message>
        <message>
            <source>There is no cooperative file at {path}.</source>
            <translation>Il n'y a pas de fichier de coopérative à {path}.</translation>
        </message>
        <message>
            <source>{path} already exists; choose another name.</source>
            <translation>{path} existe déjà ; choisissez un autre nom.</translation>
        </message>
        <message>
            <source>The folder {folder} does not exist.</source>
            <translation>Le dossier {folder} n'existe pas.</translation>
        </message>
        <message>
            <source>Cannot open {db}: {reason}</source>
            <translation>Impossible d'ouvrir {db} : {reason}</translation>
        </message>
        <message>
            <source>Another program or window is changing {db} right now. Nothing was written; wait a moment and try again.</source>
            <translation>Un autre programme ou une autre fenêtre modifie {db} en ce moment. Rien n'a été écrit ; attendez un instant et réessayez.</translation>
        </message>
        <message>
            <source>{path} is not a coopdesk file.</source>
            <translation>{path} n'est pas un fichier coopdesk.</translation>
        </message>
        <message>
            <source>{path} is on a network share. SQLite files can be damaged when written over a network; keep the file on this computer's own disk.</source>
            <translation>{path} se trouve sur un partage réseau. Les fichiers SQLite peuvent être endommagés quand on les écrit à travers un réseau ; gardez le fichier sur le disque de cet ordinateur.</translation>
        </message>
        <message>
            <source>{path} is inside a synced folder. Two computers syncing the same file can overwrite each other's work; keep the file outside the synced folder and sync its backups instead.</source>
            <translation>{path} se trouve dans un dossier synchronisé. Deux ordinateurs qui synchronisent le même fichier peuvent écraser le travail l'un de l'autre ; gardez le fichier hors du dossier synchronisé et synchronisez plutôt ses sauvegardes.</translation>
        </message>
        <message>
            <source>{path} is on a network file system ({fs}). SQLite files can be damaged when written over a network; keep the file on this computer's own disk.</source>
            <translation>{path} se trouve sur un système de fichiers réseau ({fs}). Les fichiers SQLite peuvent être endommagés quand on les écrit à travers un réseau ; gardez le fichier sur le disque de cet ordinateur.</translation>
        </message>
        <message>
            <source>Row {row}, {field}: {message}</source>
            <translation>Ligne {row}, {field} : {message}</translation>
        </message>
        <message>
            <source>Row {row}: {message}</source>
            <translation>Ligne {row} : {message}</translation>
        </message>
        <message>
            <source>{count} problem(s) found; nothing was written.</source>
            <translation>{count} problème(s) trouvé(s) ; rien n'a été écrit.</translation>
        </message>
        <message>
            <source>  ... and {more} more.</source>
            <translation>  ... et {more} de plus.</translation>
        </message>
        <message>
            <source>The cooperative's name is empty.</source>
            <translation>Le nom de la coopérative est vide.</translation>
        </message>
        <message>
            <source>{code} is not an ISO 4217 currency code (e.g. COP, PEN, BOB, CDF, TZS, USD).</source>
            <translation>{code} n'est pas un code de monnaie ISO 4217 (p. ex. COP, PEN, BOB, CDF, TZS, USD).</translation>
        </message>
        <message>
            <source>{code} is not a two-letter country code (e.g. CO, PE, BO, CD, TZ).</source>
            <translation>{code} n'est pas un code de pays à deux lettres (p. ex. CO, PE, BO, CD, TZ).</translation>
        </message>
        <message>
            <source>{code} is not a language coopdesk speaks ({known}).</source>
            <translation>{code} n'est pas une langue que coopdesk parle ({known}).</translation>
        </message>
        <message>
            <source>The database {db} already holds a cooperative.</source>
            <translation>La base de données {db} contient déjà une coopérative.</translation>
        </message>
        <message>
            <source>{db} holds no cooperative. Create one with 'coopdesk init'.</source>
            <translation>{db} ne contient aucune coopérative. Créez-en une avec 'coopdesk init'.</translation>
        </message>
        <message>
            <source>{db} is not a coopdesk file or is damaged: {reason}</source>
            <translation>{db} n'est pas un fichier coopdesk ou il est endommagé : {reason}</translation>
        </message>
        <message>
            <source>The backup {path} did not pass SQLite's check.</source>
            <translation>La sauvegarde {path} n'a pas passé le contrôle de SQLite.</translation>
        </message>
        <message>
            <source>A backup cannot overwrite the file it copies.</source>
            <translation>Une sauvegarde ne peut pas écraser le fichier qu'elle copie.</translation>
        </message>
        <message>
            <source>There is no backup at {path}.</source>
            <translation>Il n'y a pas de sauvegarde à {path}.</translation>
        </message>
        <message>
            <source>{path} is not a coopdesk backup.</source>
            <translation>{path} n'est pas une sauvegarde coopdesk.</translation>
        </message>
        <message>
            <source>{path} is not a coopdesk backup or is damaged.</source>
            <translation>{path} n'est pas une sauvegarde coopdesk ou elle est endommagée.</translation>
        </message>
        <message>
            <source>The backup {path} does not verify: {problem}</source>
            <translation>La sauvegarde {path} n'est pas intacte : {problem}</translation>
        </message>
        <message>
            <source>Log in as an administrator of {db} to restore over it.</source>
            <translation>Connectez-vous comme administrateur de {db} pour restaurer par-dessus.</translation>
        </message>
        <message>
            <source>'{value}' is not an amount.</source>
            <translation>'{value}' n'est pas un montant.</translation>
        </message>
        <message>
            <source>{amount} has more decimals than {currency} allows.</source>
            <translation>{amount} a plus de décimales que {currency} n'en permet.</translation>
        </message>
        <message>
            <source>The amount is empty.</source>
            <translation>Le montant est vide.</translation>
        </message>
        <message>
            <source>There is nothing to share by: every weight is zero.</source>
            <translation>Il n'y a rien sur quoi répartir : tous les poids sont à zéro.</translation>
        </message>
        <message>
            <source>A user name has 2 to 64 letters, digits, dots, dashes or underscores, and no spaces.</source>
            <translation>Un nom d'utilisateur a de 2 à 64 lettres, chiffres, points, tirets ou tirets bas, et aucun espace.</translation>
        </message>
        <message>
            <source>The full name is empty.</source>
            <translation>Le nom complet est vide.</translation>
        </message>
        <message>
            <source>The password must have at least {n} characters.</source>
            <translation>Le mot de passe doit avoir au moins {n} caractères.</translation>
        </message>
        <message>
            <source>Give the user at least one role.</source>
            <translation>Donnez au moins un rôle à l'utilisateur.</translation>
        </message>
        <message>
            <source>There is already a user called {name}.</source>
            <translation>Il existe déjà un utilisateur appelé {name}.</translation>
        </message>
        <message>
            <source>This file already has users; log in as an administrator to add more.</source>
            <translation>Ce fichier a déjà des utilisateurs ; connectez-vous comme administrateur pour en ajouter.</translation>
        </message>
        <message>
            <source>Wrong user name or password.</source>
            <translation>Nom d'utilisateur ou mot de passe incorrect.</translation>
        </message>
        <message>
            <source>There is no chart template named '{name}'; the templates are: {known}.</source>
            <translation>Il n'existe pas de modèle de plan comptable nommé '{name}' ; les modèles sont : {known}.</translation>
        </message>
        <message>
            <source>There is no member number {number}.</source>
            <translation>Il n'y a pas de membre numéro {number}.</translation>
        </message>
        <message>
            <source>Say what the entry is for.</source>
            <translation>Indiquez l'objet de l'écriture.</translation>
        </message>
        <message>
            <source>An entry needs at least two lines.</source>
            <translation>Une écriture doit comporter au moins deux lignes.</translation>
        </message>
        <message>
            <source>Line {n}: choose an account.</source>
            <translation>Ligne {n} : choisissez un compte.</translation>
        </message>
        <message>
            <source>Line {n}: amounts are never negative; put the amount on the other side instead.</source>
            <translation>Ligne {n} : les montants ne sont jamais négatifs ; portez plutôt le montant de l'autre côté.</translation>
        </message>
        <message>
            <source>Line {n}: give a debit or a credit, not both and not neither.</source>
            <translation>Ligne {n} : indiquez un débit ou un crédit, ni les deux ni aucun.</translation>
        </message>
        <message>
            <source>The entry does not balance: debits {debit}, credits {credit}, difference {diff}.</source>
            <translation>L'écriture n'est pas équilibrée : débits {debit}, crédits {credit}, écart {diff}.</translation>
        </message>
        <message>
            <source>This cooperative already has a chart of accounts.</source>
            <translation>Cette coopérative a déjà un plan comptable.</translation>
        </message>
        <message>
            <source>An account needs a code and a name.</source>
            <translation>Un compte doit avoir un numéro et un intitulé.</translation>
        </message>
        <message>
            <source>There is no account {code}.</source>
            <translation>Il n'existe pas de compte {code}.</translation>
        </message>
        <message>
            <source>Account {code} takes entries itself; add the new account under a heading.</source>
            <translation>Le compte {code} reçoit lui-même des écritures ; créez le nouveau compte sous un compte de regroupement.</translation>
        </message>
        <message>
            <source>The code of an account under {parent} starts with {parent}.</source>
            <translation>Le numéro d'un compte sous {parent} commence par {parent}.</translation>
        </message>
        <message>
            <source>There is already an account {code}.</source>
            <translation>Il existe déjà un compte {code}.</translation>
        </message>
        <message>
            <source>The year must end after it starts.</source>
            <translation>L'exercice doit se terminer après son début.</translation>
        </message>
        <message>
            <source>A fiscal year lasts at most eighteen months.</source>
            <translation>Un exercice dure au plus dix-huit mois.</translation>
        </message>
        <message>
            <source>These dates overlap the fiscal year {name}.</source>
            <translation>Ces dates chevauchent l'exercice {name}.</translation>
        </message>
        <message>
            <source>There is already a fiscal year {name}.</source>
            <translation>Il existe déjà un exercice {name}.</translation>
        </message>
        <message>
            <source>Fiscal year {year} has no period starting {date}.</source>
            <translation>L'exercice {year} n'a pas de période commençant le {date}.</translation>
        </message>
        <message>
            <source>Close the earlier periods of {year} first.</source>
            <translation>Clôturez d'abord les périodes antérieures de {year}.</translation>
        </message>
        <message>
            <source>The period starting {date} is already closed.</source>
            <translation>La période commençant le {date} est déjà clôturée.</translation>
        </message>
        <message>
            <source>There is no fiscal year {year}.</source>
            <translation>Il n'existe pas d'exercice {year}.</translation>
        </message>
        <message>
            <source>No fiscal year covers {date}; open one first.</source>
            <translation>Aucun exercice ne couvre le {date} ; ouvrez-en un d'abord.</translation>
        </message>
        <message>
            <source>The period of {date} is closed; post into an open period, or record a correction in the current one.</source>
            <translation>La période du {date} est clôturée ; comptabilisez dans une période ouverte, ou enregistrez une correction dans la période en cours.</translation>
        </message>
        <message>
            <source>Line {n}: there is no account {code}.</source>
            <translation>Ligne {n} : il n'existe pas de compte {code}.</translation>
        </message>
        <message>
            <source>Line {n}: account {code} is a heading or closed; choose an account under it.</source>
            <translation>Ligne {n} : le compte {code} est un compte de regroupement ou est fermé ; choisissez un compte sous celui-ci.</translation>
        </message>
        <message>
            <source>Line {n}: account {code} ({name}) keeps a member's account; say which member.</source>
            <translation>Ligne {n} : le compte {code} ({name}) tient le compte d'un membre ; indiquez quel membre.</translation>
        </message>
        <message>
            <source>Line {n}: account {code} does not keep members' accounts; remove the member or choose a member account.</source>
            <translation>Ligne {n} : le compte {code} ne tient pas de comptes de membres ; retirez le membre ou choisissez un compte de membre.</translation>
        </message>
        <message>
            <source>Line {n}: there is no member number {number}.</source>
            <translation>Ligne {n} : il n'existe pas de membre numéro {number}.</translation>
        </message>
        <message>
            <source>Line {n}: {reason}</source>
            <translation>Ligne {n} : {reason}</translation>
        </message>
        <message>
            <source>A draft with this identifier exists; post the draft.</source>
            <translation>Un brouillon avec cet identifiant existe ; validez le brouillon.</translation>
        </message>
        <message>
            <source>This entry is posted; correct it with a reversal.</source>
            <translation>Cette écriture est validée ; corrigez-la par une contre-passation.</translation>
        </message>
        <message>
            <source>There is no draft {uid}.</source>
            <translation>Il n'existe pas de brouillon {uid}.</translation>
        </message>
        <message>
            <source>This entry is already posted.</source>
            <translation>Cette écriture est déjà validée.</translation>
        </message>
        <message>
            <source>A posted entry is never deleted; reverse it instead.</source>
            <translation>Une écriture validée n'est jamais supprimée ; contre-passez-la plutôt.</translation>
        </message>
        <message>
            <source>Give the reason for the reversal.</source>
            <translation>Donnez le motif de l'annulation.</translation>
        </message>
        <message>
            <source>There is no posted entry {number} in {year}.</source>
            <translation>Il n'existe pas d'écriture validée {number} en {year}.</translation>
        </message>
        <message>
            <source>Entry {number} is itself a reversal; post the original again instead.</source>
            <translation>L'écriture {number} est elle-même une contre-passation ; validez plutôt à nouveau l'originale.</translation>
        </message>
        <message>
            <source>Entry {number} was already reversed by entry {other}.</source>
            <translation>L'écriture {number} a déjà été contre-passée par l'écriture {other}.</translation>
        </message>
        <message>
            <source>Reversal of entry {number} ({year}): {reason}</source>
            <translation>Contre-passation de l'écriture {number} ({year}) : {reason}</translation>
        </message>
        <message>
            <source>'{value}' is not a date; write it as DD/MM/YYYY or YYYY-MM-DD.</source>
            <translation>'{value}' n'est pas une date ; écrivez-la comme JJ/MM/AAAA ou AAAA-MM-JJ.</translation>
        </message>
        <message>
            <source>'{value}' is only a year; write the whole date as DD/MM/YYYY or YYYY-MM-DD.</source>
            <translation>'{value}' n'est qu'une année ; écrivez la date complète comme JJ/MM/AAAA ou AAAA-MM-JJ.</translation>
        </message>
        <message>
            <source>The sex is missing; write F (woman) or M (man).</source>
            <translation>Le sexe manque ; écrivez F (femme) ou M (homme).</translation>
        </message>
        <message>
            <source>'{value}' is not a sex; write F (woman) or M (man).</source>
            <translation>'{value}' n'est pas un sexe ; écrivez F (femme) ou M (homme).</translation>
        </message>
        <message>
            <source>The role is missing; write digger, processor, trader or auxiliary.</source>
            <translation>L'activité manque ; écrivez creuseur, trieur, négociant ou auxiliaire.</translation>
        </message>
        <message>
            <source>'{value}' is not a role; write digger, processor, trader or auxiliary.</source>
            <translation>'{value}' n'est pas une activité ; écrivez creuseur, trieur, négociant ou auxiliaire.</translation>
        </message>
        <message>
            <source>'{value}': an import only registers applicants and active members; import them as active and record the change of status afterwards.</source>
            <translation>'{value}' : une importation n'inscrit que des candidats et des membres actifs ; importez-les comme actifs et enregistrez ensuite le changement de statut.</translation>
        </message>
        <message>
            <source>'{value}' is not a status; write applicant or active, or leave it empty for active.</source>
            <translation>'{value}' n'est pas un statut ; écrivez candidat ou actif, ou laissez vide pour actif.</translation>
        </message>
        <message>
            <source>'{value}' is a number in scientific notation and has lost digits; format the column as text in the spreadsheet and type the number again.</source>
            <translation>'{value}' est un nombre en notation scientifique et a perdu des chiffres ; mettez la colonne au format texte dans le tableur et retapez le nombre.</translation>
        </message>
        <message>
            <source>'{value}' cannot be read ({error}); correct the cell.</source>
            <translation>'{value}' ne peut pas être lu ({error}) ; corrigez la cellule.</translation>
        </message>
        <message>
            <source>'{value}...' is longer than {limit} characters; shorten it.</source>
            <translation>'{value}...' dépasse {limit} caractères ; raccourcissez-le.</translation>
        </message>
        <message>
            <source>The mining site '{site}' is not in the register; add it under Mining sites first, or correct the name.</source>
            <translation>Le site minier '{site}' n'est pas dans le registre ; ajoutez-le d'abord dans Sites miniers, ou corrigez le nom.</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>Nom complet</translation>
        </message>
        <message>
            <source>The header row must be 1 or more.</source>
            <translation>La ligne d'en-tête doit être 1 ou plus.</translation>
        </message>
        <message>
            <source>{file} is larger than 100 MB; split it into smaller files.</source>
            <translation>{file} dépasse 100 Mo ; divisez-le en fichiers plus petits.</translation>
        </message>
        <message>
            <source>Cannot read {file}: {reason}</source>
            <translation>Impossible de lire {file} : {reason}</translation>
        </message>
        <message>
            <source>The file {file} is empty.</source>
            <translation>Le fichier {file} est vide.</translation>
        </message>
        <message>
            <source>{file} is not a file coopdesk can import; save it as CSV (.csv) or Excel (.xlsx).</source>
            <translation>{file} n'est pas un fichier que coopdesk peut importer ; enregistrez-le en CSV (.csv) ou Excel (.xlsx).</translation>
        </message>
        <message>
            <source>{file} is not a text table (CSV); it looks like another kind of file. Save the list as CSV or Excel (.xlsx) and try again.</source>
            <translation>{file} n'est pas un tableau texte (CSV) ; il ressemble à un autre type de fichier. Enregistrez la liste en CSV ou Excel (.xlsx) et réessayez.</translation>
        </message>
        <message>
            <source>'{encoding}' is not a known text encoding; try utf-8 or cp1252.</source>
            <translation>'{encoding}' n'est pas un encodage de texte connu ; essayez utf-8 ou cp1252.</translation>
        </message>
        <message>
            <source>{file} is not written in {encoding}; choose another encoding (utf-8, cp1252 or latin-1).</source>
            <translation>{file} n'est pas écrit en {encoding} ; choisissez un autre encodage (utf-8, cp1252 ou latin-1).</translation>
        </message>
        <message>
            <source>{file} cannot be read as CSV: {reason}</source>
            <translation>{file} ne peut pas être lu comme CSV : {reason}</translation>
        </message>
        <message>
            <source>{file} is protected by a password or saved in the old Excel format. Remove the password, or save it as .xlsx or CSV, and try again.</source>
            <translation>{file} est protégé par un mot de passe ou enregistré dans l'ancien format Excel. Retirez le mot de passe, ou enregistrez-le en .xlsx ou CSV, et réessayez.</translation>
        </message>
        <message>
            <source>{file} is not an Excel workbook (.xlsx), or it is damaged. Open it in a spreadsheet program and save it as .xlsx or CSV.</source>
            <translation>{file} n'est pas un classeur Excel (.xlsx), ou il est endommagé. Ouvrez-le dans un tableur et enregistrez-le en .xlsx ou CSV.</translation>
        </message>
        <message>
            <source>{file} has no sheet called '{sheet}'; its sheets are: {sheets}.</source>
            <translation>{file} n'a pas de feuille appelée '{sheet}' ; ses feuilles sont : {sheets}.</translation>
        </message>
        <message>
            <source>{file} has {count} sheet(s); there is no sheet number {number}.</source>
            <translation>{file} a {count} feuille(s) ; il n'y a pas de feuille numéro {number}.</translation>
        </message>
        <message>
            <source>{file} is in the old Excel format (.xls). Open it in a spreadsheet program and save it as .xlsx or CSV.</source>
            <translation>{file} est dans l'ancien format Excel (.xls). Ouvrez-le dans un tableur et enregistrez-le en .xlsx ou CSV.</translation>
        </message>
        <message>
            <source>{file} has no header line at row {row}: the first line must name the columns (or choose the row that does).</source>
            <translation>{file} n'a pas de ligne d'en-tête à la ligne {row} : la première ligne doit nommer les colonnes (ou choisissez la ligne qui le fait).</translation>
        </message>
        <message>
            <source>{file} has a header line but no members below it.</source>
            <translation>{file} a une ligne d'en-tête, mais aucun membre en dessous.</translation>
        </message>
        <message>
            <source>Column {letter}</source>
            <translation>Colonne {letter}</translation>
        </message>
        <message>
            <source>'{field}' is not a field coopdesk can import; leave this column out.</source>
            <translation>'{field}' n'est pas un champ que coopdesk peut importer ; laissez cette colonne de côté.</translation>
        </message>
        <message>
            <source>The column '{column}' is not in the file; choose another column.</source>
            <translation>La colonne '{column}' n'est pas dans le fichier ; choisissez une autre colonne.</translation>
        </message>
        <message>
            <source>This column is chosen for {fields}; choose one column for each field.</source>
            <translation>Cette colonne est choisie pour {fields} ; choisissez une colonne pour chaque champ.</translation>
        </message>
        <message>
            <source>No column is chosen for {field}; choose the column that holds it.</source>
            <translation>Aucune colonne n'est choisie pour {field} ; choisissez la colonne qui le contient.</translation>
        </message>
        <message>
            <source>This row cannot be read ({error}); check its cells.</source>
            <translation>Cette ligne ne peut pas être lue ({error}) ; vérifiez ses cellules.</translation>
        </message>
        <message>
            <source>National ID {id} is also on row {other}; a member can be in the file only once. Correct the ID or delete one of the two rows.</source>
            <translation>La pièce d'identité {id} est aussi à la ligne {other} ; un membre ne peut figurer qu'une fois dans le fichier. Corrigez le numéro ou supprimez l'une des deux lignes.</translation>
        </message>
        <message>
            <source>{name}, born {date}, is also on row {other}; a member can be in the file only once. Give both national IDs if they are two people, or delete one of the two rows.</source>
            <translation>{name}, né(e) le {date}, est aussi à la ligne {other} ; un membre ne peut figurer qu'une fois dans le fichier. Donnez les deux pièces d'identité s'il s'agit de deux personnes, ou supprimez l'une des deux lignes.</translation>
        </message>
        <message>
            <source>Import cancelled; nothing was written.</source>
            <translation>Importation annulée ; rien n'a été écrit.</translation>
        </message>
        <message>
            <source>The rows from {row} on could not be written: {reason}</source>
            <translation>Les lignes à partir de la {row} n'ont pas pu être enregistrées : {reason}</translation>
        </message>
        <message>
            <source>Registered</source>
            <translation>Inscription</translation>
        </message>
        <message>
            <source>Member register</source>
            <translation>Registre des membres</translation>
        </message>
        <message>
            <source>text “{text}”</source>
            <translation>texte « {text} »</translation>
        </message>
        <message>
            <source>Filtered: {filters}</source>
            <translation>Filtré : {filters}</translation>
        </message>
        <message>
            <source>Members by status</source>
            <translation>Membres par statut</translation>
        </message>
        <message>
            <source>{total} members ever registered; {active} active, of whom {women:.0%} are women.</source>
            <translation>{total} membres inscrits au total ; {active} actifs, dont {women:.0%} de femmes.</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>N°</translation>
        </message>
        <message>
            <source>Last names</source>
            <translation>Noms</translation>
        </message>
        <message>
            <source>First names</source>
            <translation>Prénoms</translation>
        </message>
        <message>
            <source>Sex</source>
            <translation>Sexe</translation>
        </message>
        <message>
            <source>Born</source>
            <translation>Naissance</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>Verified</source>
            <translation>Vérifié</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>Membres</translation>
        </message>
        <message>
            <source>Member cards</source>
            <translation>Cartes de membre</translation>
        </message>
        <message>
            <source>Member no. {number}</source>
            <translation>Membre n° {number}</translation>
        </message>
        <message>
            <source>Member since {date}</source>
            <translation>Membre depuis le {date}</translation>
        </message>
        <message>
            <source>ID {id}</source>
            <translation>Pièce n° {id}</translation>
        </message>
        <message>
            <source>Woman</source>
            <translation>Femme</translation>
        </message>
        <message>
            <source>Man</source>
            <translation>Homme</translation>
        </message>
        <message>
            <source>Digger</source>
            <translation>Creuseur</translation>
        </message>
        <message>
            <source>Ore selector or processor</source>
            <translation>Trieur ou laveur de minerai</translation>
        </message>
        <message>
            <source>Trader</source>
            <translation>Négociant</translation>
        </message>
        <message>
            <source>Auxiliary</source>
            <translation>Auxiliaire</translation>
        </message>
        <message>
            <source>Applicant</source>
            <translation>Candidat</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Actif</translation>
        </message>
        <message>
            <source>Suspended</source>
            <translation>Suspendu</translation>
        </message>
        <message>
            <source>Exited</source>
            <translation>Sorti</translation>
        </message>
        <message>
            <source>Deceased</source>
            <translation>Décédé</translation>
        </message>
        <message>
            <source>Cash</source>
            <translation>Espèces</translation>
        </message>
        <message>
            <source>Bank account</source>
            <translation>Compte bancaire</translation>
        </message>
        <message>
            <source>Mobile money</source>
            <translation>Mobile money</translation>
        </message>
        <message>
            <source>Keep and use my personal data</source>
            <translation>Garder et utiliser mes données personnelles</translation>
        </message>
        <message>
            <source>Use my photo on cards and lists</source>
            <translation>Utiliser ma photo sur les cartes et les listes</translation>
        </message>
        <message>
            <source>Send me messages by phone</source>
            <translation>M'envoyer des messages par téléphone</translation>
        </message>
        <message>
            <source>Share my data with buyers and certifiers</source>
            <translation>Partager mes données avec les acheteurs et les certificateurs</translation>
        </message>
        <message>
            <source>Member no.</source>
            <translation>Membre n°</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>Date de naissance</translation>
        </message>
        <message>
            <source>Miner card no.</source>
            <translation>N° de carte de creuseur</translation>
        </message>
        <message>
            <source>Miner card expiry</source>
            <translation>Expiration de la carte de creuseur</translation>
        </message>
        <message>
            <source>Mining sites</source>
            <translation>Sites miniers</translation>
        </message>
        <message>
            <source>Join date</source>
            <translation>Date d'adhésion</translation>
        </message>
        <message>
            <source>Successor's relation</source>
            <translation>Lien avec le successeur</translation>
        </message>
        <message>
            <source>Successor's phone</source>
            <translation>Téléphone du successeur</translation>
        </message>
        <message>
            <source>Payout method</source>
            <translation>Mode de paiement</translation>
        </message>
        <message>
            <source>Payout account</source>
            <translation>Compte de paiement</translation>
        </message>
        <message>
            <source>Bank or provider</source>
            <translation>Banque ou opérateur</translation>
        </message>
        <message>
            <source>Consents</source>
            <translation>Consentements</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>The first names are missing.</source>
            <translation>Les prénoms manquent.</translation>
        </message>
        <message>
            <source>The last names are missing.</source>
            <translation>Les noms manquent.</translation>
        </message>
        <message>
            <source>Sex must be F (woman) or M (man), not '{value}'.</source>
            <translation>Le sexe doit être F (femme) ou M (homme), pas '{value}'.</translation>
        </message>
        <message>
            <source>'{value}' is not a role; use digger, processor, trader or auxiliary.</source>
            <translation>'{value}' n'est pas une activité ; utilisez creuseur, trieur, négociant ou auxiliaire.</translation>
        </message>
        <message>
            <source>The date of birth is missing.</source>
            <translation>La date de naissance manque.</translation>
        </message>
        <message>
            <source>The date of birth {date} is in the future.</source>
            <translation>La date de naissance {date} est dans le futur.</translation>
        </message>
        <message>
            <source>The date of birth {date} gives an age over 110; check the year.</source>
            <translation>La date de naissance {date} donne un âge de plus de 110 ans ; vérifiez l'année.</translation>
        </message>
        <message>
            <source>A minor cannot be registered as a miner: born {date}, {name} is {age} years old; members must be at least {minimum}.</source>
            <translation>Un mineur d'âge ne peut pas être inscrit comme creuseur : né(e) le {date}, {name} a {age} ans ; les membres doivent avoir au moins {minimum} ans.</translation>
        </message>
        <message>
            <source>The join date is missing.</source>
            <translation>La date d'adhésion manque.</translation>
        </message>
        <message>
            <source>The join date {date} is in the future.</source>
            <translation>La date d'adhésion {date} est dans le futur.</translation>
        </message>
        <message>
            <source>The join date is before the date of birth.</source>
            <translation>La date d'adhésion est avant la date de naissance.</translation>
        </message>
        <message>
            <source>On the join date {date} the member was {age}, a minor; a minor cannot be a member. Use the date they joined as an adult.</source>
            <translation>À la date d'adhésion {date}, le membre avait {age} ans, il était mineur d'âge ; un mineur ne peut pas être membre. Utilisez la date à laquelle il a adhéré une fois adulte.</translation>
        </message>
        <message>
            <source>'{value}' is not a phone number (digits, spaces, an optional + in front).</source>
            <translation>'{value}' n'est pas un numéro de téléphone (chiffres, espaces, et un + devant si besoin).</translation>
        </message>
        <message>
            <source>'{value}' is not a payout method; use cash, bank or mobile.</source>
            <translation>'{value}' n'est pas un mode de paiement ; utilisez espèces, banque ou mobile money.</translation>
        </message>
        <message>
            <source>Give the account or mobile-money number the payouts go to.</source>
            <translation>Donnez le compte ou le numéro mobile money où vont les paiements.</translation>
        </message>
        <message>
            <source>Unknown consent(s): {values}.</source>
            <translation>Consentement(s) inconnu(s) : {values}.</translation>
        </message>
        <message>
            <source>A member who is {current} cannot become {new}.</source>
            <translation>Un membre au statut {current} ne peut pas passer à {new}.</translation>
        </message>
        <message>
            <source>Give the reason for this change.</source>
            <translation>Donnez le motif de ce changement.</translation>
        </message>
        <message>
            <source>The date {date} is in the future.</source>
            <translation>La date {date} est dans le futur.</translation>
        </message>
        <message>
            <source>The date {date} is before the member's last change of status ({since}).</source>
            <translation>La date {date} est avant le dernier changement de statut du membre ({since}).</translation>
        </message>
        <message>
            <source>Unknown mining site(s): {ids}.</source>
            <translation>Site(s) minier(s) inconnu(s) : {ids}.</translation>
        </message>
        <message>
            <source>National ID {id} is already registered to member {number}.</source>
            <translation>La pièce d'identité {id} est déjà enregistrée pour le membre {number}.</translation>
        </message>
        <message>
            <source>A new member starts as an applicant or as active.</source>
            <translation>Un nouveau membre commence comme candidat ou comme actif.</translation>
        </message>
        <message>
            <source>National ID {id} is also on row {other}.</source>
            <translation>La pièce d'identité {id} figure aussi à la ligne {other}.</translation>
        </message>
        <message>
            <source>The photo is larger than 2 MB; use a smaller picture.</source>
            <translation>La photo dépasse 2 Mo ; utilisez une image plus petite.</translation>
        </message>
        <message>
            <source>The photo must be a PNG or JPEG picture.</source>
            <translation>La photo doit être une image PNG ou JPEG.</translation>
        </message>
        <message>
            <source>The site's name is empty.</source>
            <translation>Le nom du site est vide.</translation>
        </message>
        <message>
            <source>The latitude must be between -90 and 90.</source>
            <translation>La latitude doit être entre -90 et 90.</translation>
        </message>
        <message>
            <source>The longitude must be between -180 and 180.</source>
            <translation>La longitude doit être entre -180 et 180.</translation>
        </message>
        <message>
            <source>There is already a site called {name}.</source>
            <translation>Il existe déjà un site appelé {name}.</translation>
        </message>
        <message>
            <source>The census needs a name, e.g. 'Census 2026'.</source>
            <translation>Le recensement doit avoir un nom, p. ex. 'Recensement 2026'.</translation>
        </message>
        <message>
            <source>There is already a census called {name}.</source>
            <translation>Il existe déjà un recensement appelé {name}.</translation>
        </message>
        <message>
            <source>There is no census {id}.</source>
            <translation>Il n'y a pas de recensement {id}.</translation>
        </message>
        <message>
            <source>Subscription</source>
            <translation>Souscription</translation>
        </message>
        <message>
            <source>Payment</source>
            <translation>Versement</translation>
        </message>
        <message>
            <source>Transfer</source>
            <translation>Cession</translation>
        </message>
        <message>
            <source>Refund</source>
            <translation>Remboursement</translation>
        </message>
        <message>
            <source>Reversal</source>
            <translation>Annulation</translation>
        </message>
        <message>
            <source>Cancellation of unpaid shares</source>
            <translation>Annulation des parts non libérées</translation>
        </message>
        <message>
            <source>Member {number} is {status}; their shares can only be refunded.</source>
            <translation>Le membre {number} est au statut {status} ; ses parts peuvent seulement être remboursées.</translation>
        </message>
        <message>
            <source>The number of shares must be at least 1.</source>
            <translation>Le nombre de parts doit être au moins 1.</translation>
        </message>
        <message>
            <source>Set the value of one share in the settings first.</source>
            <translation>Fixez d'abord la valeur d'une part sociale dans les paramètres.</translation>
        </message>
        <message>
            <source>The amount paid must be more than zero.</source>
            <translation>Le montant versé doit être supérieur à zéro.</translation>
        </message>
        <message>
            <source>Member {number} owes {owed} {currency} on subscribed shares; a payment of {amount} is more than that.</source>
            <translation>Le membre {number} doit {owed} {currency} sur ses parts souscrites ; un versement de {amount} dépasse ce montant.</translation>
        </message>
        <message>
            <source>A member cannot transfer shares to themselves.</source>
            <translation>Un membre ne peut pas se céder des parts à lui-même.</translation>
        </message>
        <message>
            <source>Shares can only go to an active member; member {number} is {status}.</source>
            <translation>Les parts ne peuvent aller qu'à un membre actif ; le membre {number} est au statut {status}.</translation>
        </message>
        <message>
            <source>Member {number} holds {held} fully paid share(s); cannot transfer {shares}.</source>
            <translation>Le membre {number} détient {held} part(s) entièrement libérée(s) ; impossible d'en céder {shares}.</translation>
        </message>
        <message>
            <source>Shares are refunded to members who have left; member {number} is {status}.</source>
            <translation>Les parts sont remboursées aux membres qui sont partis ; le membre {number} est au statut {status}.</translation>
        </message>
        <message>
            <source>Member {number} holds {held} share(s).</source>
            <translation>Le membre {number} détient {held} part(s).</translation>
        </message>
        <message>
            <source>Unpaid part of the shares refunded by operation {number}</source>
            <translation>Partie non libérée des parts remboursées par l'opération {number}</translation>
        </message>
        <message>
            <source>There is no share operation number {number}.</source>
            <translation>Il n'y a pas d'opération sur parts numéro {number}.</translation>
        </message>
        <message>
            <source>A reversal cannot itself be reversed; record the operation again instead.</source>
            <translation>Une annulation ne peut pas elle-même être annulée ; enregistrez plutôt l'opération à nouveau.</translation>
        </message>
        <message>
            <source>Operation {number} is already reversed.</source>
            <translation>L'opération {number} est déjà annulée.</translation>
        </message>
        <message>
            <source>Reversing operation {number} would leave member {member} with negative capital; reverse the later operations first.</source>
            <translation>Annuler l'opération {number} laisserait le membre {member} avec un capital négatif ; annulez d'abord les opérations suivantes.</translation>
        </message>
        <message>
            <source>Choose PDF or Excel (xlsx), not '{fmt}'.</source>
            <translation>Choisissez PDF ou Excel (xlsx), pas '{fmt}'.</translation>
        </message>
        <message>
            <source>Cannot write {path}: it is open in another program or the folder is read-only.</source>
            <translation>Impossible d'écrire {path} : il est ouvert dans un autre programme ou le dossier est en lecture seule.</translation>
        </message>
        <message>
            <source>Page {page} / {pages}</source>
            <translation>Page {page} / {pages}</translation>
        </message>
        <message>
            <source>Audit chain #{seq} {head}…</source>
            <translation>Chaîne d'audit #{seq} {head}…</translation>
        </message>
        <message>
            <source>Audit chain: not recorded</source>
            <translation>Chaîne d'audit : non enregistrée</translation>
        </message>
        <message>
            <source>Generated {when}</source>
            <translation>Généré le {when}</translation>
        </message>
        <message>
            <source>{title} (continued)</source>
            <translation>{title} (suite)</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>Report</source>
            <translation>Rapport</translation>
        </message>
        <message>
            <source>Generated</source>
            <translation>Généré le</translation>
        </message>
        <message>
            <source>not recorded</source>
            <translation>non enregistré</translation>
        </message>
        <message>
            <source>Audit chain</source>
            <translation>Chaîne d'audit</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>Libellé</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Valeur</translation>
        </message>
        <message>
            <source>Card</source>
            <translation>Carte</translation>
        </message>
        <message>
            <source>QR code</source>
            <translation>Code QR</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Détails</translation>
        </message>
        <message>
            <source>With this date of birth the member was a minor when they joined; a minor cannot be registered as a miner.</source>
            <translation>Avec cette date de naissance, le membre était mineur d'âge à son adhésion ; un mineur d'âge ne peut pas être inscrit comme creuseur.</translation>
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <source>Not allowed</source>
            <translation>Non autorisé</translation>
        </message>
        <message>
            <source>Please correct</source>
            <translation>Veuillez corriger</translation>
        </message>
        <message>
            <source>Something went wrong</source>
            <translation>Un problème est survenu</translation>
        </message>
        <message>
            <source>coopdesk met an unexpected problem. Nothing was half-written: the change was either saved whole or not at all.</source>
            <translation>coopdesk a rencontré un problème inattendu. Rien n'a été écrit à moitié : le changement a été enregistré en entier ou pas du tout.</translation>
        </message>
    </context>
    <context>
        <name>open_dialog</name>
        <message>
            <source>Demo cooperative: user {user}, password {password}</source>
            <translation>Coopérative de démonstration : utilisateur {user}, mot de passe {password}</translation>
        </message>
        <message>
            <source>Making the demo cooperative…</source>
            <translation>Création de la coopérative de démonstration…</translation>
        </message>
    </context>
    <context>
        <name>ops</name>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
    </context>
</TS>
