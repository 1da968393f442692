<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
    <context>
        <name>AccountChooser</name>
        <message>
            <source>code or name</source>
            <translation>numéro ou intitulé</translation>
        </message>
    </context>
    <context>
        <name>AccountDialog</name>
        <message>
            <source>Add an account</source>
            <translation>Ajouter un compte</translation>
        </message>
        <message>
            <source>No: an ordinary account</source>
            <translation>Non : un compte ordinaire</translation>
        </message>
        <message>
            <source>Members' share capital</source>
            <translation>Capital social des membres</translation>
        </message>
        <message>
            <source>Amounts owed to members</source>
            <translation>Sommes dues aux membres</translation>
        </message>
        <message>
            <source>Loans and advances to members</source>
            <translation>Prêts et avances aux membres</translation>
        </message>
        <message>
            <source>Under the heading</source>
            <translation>Sous le compte de regroupement</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>N° compte</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Keeps members' accounts</source>
            <translation>Tient les comptes des membres</translation>
        </message>
    </context>
    <context>
        <name>AccountTreeModel</name>
        <message>
            <source>Code</source>
            <translation>N°</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Compte</translation>
        </message>
        <message>
            <source>Balance</source>
            <translation>Solde</translation>
        </message>
        <message>
            <source>Debits {debit} · credits {credit}</source>
            <translation>Débits {debit} · crédits {credit}</translation>
        </message>
        <message>
            <source>A heading: it shows the sum of the accounts under it.</source>
            <translation>Compte de regroupement : il affiche la somme des comptes qui en dépendent.</translation>
        </message>
        <message>
            <source>Member accounts: every line posted here names a member.</source>
            <translation>Comptes de membres : chaque ligne comptabilisée ici désigne un membre.</translation>
        </message>
        <message>
            <source>Closed: no more entries.</source>
            <translation>Fermé : plus aucune écriture.</translation>
        </message>
    </context>
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
        <name>BooksPage</name>
        <message>
            <source>Books</source>
            <translation>Comptabilité</translation>
        </message>
        <message>
            <source>New entry…</source>
            <translation>Nouvelle écriture…</translation>
        </message>
        <message>
            <source>Receipt…</source>
            <translation>Encaissement…</translation>
        </message>
        <message>
            <source>Payment…</source>
            <translation>Décaissement…</translation>
        </message>
        <message>
            <source>Reverse…</source>
            <translation>Contre-passer…</translation>
        </message>
        <message>
            <source>Attach receipt…</source>
            <translation>Joindre un justificatif…</translation>
        </message>
        <message>
            <source>Open year…</source>
            <translation>Ouvrir un exercice…</translation>
        </message>
        <message>
            <source>Close period…</source>
            <translation>Clôturer une période…</translation>
        </message>
        <message>
            <source>Close year…</source>
            <translation>Clôturer l'exercice…</translation>
        </message>
        <message>
            <source>Import…</source>
            <translation>Importer…</translation>
        </message>
        <message>
            <source>Add account…</source>
            <translation>Ajouter un compte…</translation>
        </message>
        <message>
            <source>Search description or reference…</source>
            <translation>Rechercher un libellé ou une référence…</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Du</translation>
        </message>
        <message>
            <source>to</source>
            <translation>au</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Effacer</translation>
        </message>
        <message>
            <source>Show every entry again</source>
            <translation>Afficher à nouveau toutes les écritures</translation>
        </message>
        <message>
            <source>Balances at</source>
            <translation>Soldes au</translation>
        </message>
        <message>
            <source>All entries</source>
            <translation>Toutes les écritures</translation>
        </message>
        <message>
            <source>Posted</source>
            <translation>Comptabilisées</translation>
        </message>
        <message>
            <source>Drafts</source>
            <translation>Brouillons</translation>
        </message>
        <message>
            <source>All accounts</source>
            <translation>Tous les comptes</translation>
        </message>
        <message>
            <source>&lt;b style='color:#c62828'&gt;No fiscal year is open.&lt;/b&gt; Open one to post entries.</source>
            <translation>&lt;b style='color:#c62828'&gt;Aucun exercice n'est ouvert.&lt;/b&gt; Ouvrez-en un pour comptabiliser des écritures.</translation>
        </message>
        <message>
            <source>Fiscal year &lt;b&gt;{year}&lt;/b&gt;: {start} to {end}</source>
            <translation>Exercice &lt;b&gt;{year}&lt;/b&gt; : du {start} au {end}</translation>
        </message>
        <message>
            <source>, closed.</source>
            <translation>, clôturé.</translation>
        </message>
        <message>
            <source>, periods closed up to {date}.</source>
            <translation>, périodes clôturées jusqu'au {date}.</translation>
        </message>
        <message>
            <source>, every period open.</source>
            <translation>, toutes les périodes ouvertes.</translation>
        </message>
        <message>
            <source>{count} draft(s) waiting to be posted.</source>
            <translation>{count} brouillon(s) en attente de comptabilisation.</translation>
        </message>
        <message>
            <source>1 entry</source>
            <translation>1 écriture</translation>
        </message>
        <message>
            <source>{count} entries</source>
            <translation>{count} écritures</translation>
        </message>
        <message>
            <source>Your role may not {action}.</source>
            <translation>Avec votre rôle, vous ne pouvez pas {action}.</translation>
        </message>
        <message>
            <source>Open a fiscal year first.</source>
            <translation>Ouvrez d'abord un exercice.</translation>
        </message>
        <message>
            <source>Type a journal entry line by line (Ctrl+N)</source>
            <translation>Saisir une écriture ligne par ligne (Ctrl+N)</translation>
        </message>
        <message>
            <source>Money received: a share payment, a gold sale, the premium…</source>
            <translation>Argent reçu : un versement sur parts, une vente d'or, la prime…</translation>
        </message>
        <message>
            <source>Money paid out: fuel, wages, supplies, a member…</source>
            <translation>Argent décaissé : carburant, salaires, fournitures, un membre…</translation>
        </message>
        <message>
            <source>Choose an entry in the journal first.</source>
            <translation>Choisissez d'abord une écriture dans le journal.</translation>
        </message>
        <message>
            <source>A draft is not in the books yet; open it to change or delete it.</source>
            <translation>Un brouillon n'est pas encore dans les comptes ; ouvrez-le pour le modifier ou le supprimer.</translation>
        </message>
        <message>
            <source>This entry is itself a reversal.</source>
            <translation>Cette écriture est elle-même une contre-passation.</translation>
        </message>
        <message>
            <source>This entry was already reversed by entry {entry}.</source>
            <translation>Cette écriture a déjà été contre-passée par l'écriture {entry}.</translation>
        </message>
        <message>
            <source>Post the mirror image of the selected entry, with the reason</source>
            <translation>Comptabiliser l'écriture inverse de l'écriture sélectionnée, avec le motif</translation>
        </message>
        <message>
            <source>Post the draft before attaching its receipt.</source>
            <translation>Comptabilisez le brouillon avant d'y joindre son justificatif.</translation>
        </message>
        <message>
            <source>Keep a scanned receipt or invoice with the selected entry</source>
            <translation>Conserver un reçu ou une facture scannés avec l'écriture sélectionnée</translation>
        </message>
        <message>
            <source>Open the next fiscal year</source>
            <translation>Ouvrir l'exercice suivant</translation>
        </message>
        <message>
            <source>Post entries, or a year's opening balances, from Excel or CSV</source>
            <translation>Comptabiliser des écritures, ou les soldes d'ouverture d'un exercice, depuis Excel ou CSV</translation>
        </message>
        <message>
            <source>Add an account under a heading of the chart</source>
            <translation>Ajouter un compte sous un compte de regroupement du plan</translation>
        </message>
        <message>
            <source>There is no open period.</source>
            <translation>Il n'y a aucune période ouverte.</translation>
        </message>
        <message>
            <source>Lock a month once its books are checked</source>
            <translation>Verrouiller un mois une fois ses comptes vérifiés</translation>
        </message>
        <message>
            <source>There is no open fiscal year.</source>
            <translation>Il n'y a aucun exercice ouvert.</translation>
        </message>
        <message>
            <source>Year-end closing: income and expenses to the result, every period locked</source>
            <translation>Clôture de l'exercice : produits et charges portés au résultat, toutes les périodes verrouillées</translation>
        </message>
        <message>
            <source>Entry {entry} posted.</source>
            <translation>Écriture {entry} comptabilisée.</translation>
        </message>
        <message>
            <source>The draft was deleted.</source>
            <translation>Le brouillon a été supprimé.</translation>
        </message>
        <message>
            <source>Draft saved; it is not in the books until it is posted.</source>
            <translation>Brouillon enregistré ; il n'entrera dans les comptes qu'une fois comptabilisé.</translation>
        </message>
        <message>
            <source>Receipt recorded as entry {entry}.</source>
            <translation>Encaissement enregistré sous l'écriture {entry}.</translation>
        </message>
        <message>
            <source>Payment recorded as entry {entry}.</source>
            <translation>Décaissement enregistré sous l'écriture {entry}.</translation>
        </message>
        <message>
            <source>Entry {entry} reversed by entry {reversal}.</source>
            <translation>Écriture {entry} contre-passée par l'écriture {reversal}.</translation>
        </message>
        <message>
            <source>Attach a scanned receipt to entry {entry}</source>
            <translation>Joindre un justificatif scanné à l'écriture {entry}</translation>
        </message>
        <message>
            <source>Scanned receipts ({patterns})</source>
            <translation>Justificatifs scannés ({patterns})</translation>
        </message>
        <message>
            <source>{file} could not be read: {reason}</source>
            <translation>{file} n'a pas pu être lu : {reason}</translation>
        </message>
        <message>
            <source>{file} attached to entry {entry}.</source>
            <translation>{file} joint à l'écriture {entry}.</translation>
        </message>
        <message>
            <source>{count} entries imported.</source>
            <translation>{count} écritures importées.</translation>
        </message>
        <message>
            <source>Account {code} added.</source>
            <translation>Compte {code} ajouté.</translation>
        </message>
        <message>
            <source>Fiscal year {year} opened.</source>
            <translation>Exercice {year} ouvert.</translation>
        </message>
        <message>
            <source>The period of {year} starting {date} is closed.</source>
            <translation>La période de {year} commençant le {date} est clôturée.</translation>
        </message>
        <message>
            <source>Fiscal year {year} closed by entry {entry}.</source>
            <translation>Exercice {year} clôturé par l'écriture {entry}.</translation>
        </message>
        <message>
            <source>Fiscal year {year} closed.</source>
            <translation>Exercice {year} clôturé.</translation>
        </message>
        <message>
            <source>The books are set up.</source>
            <translation>La comptabilité est en place.</translation>
        </message>
    </context>
    <context>
        <name>CashForm</name>
        <message>
            <source>Record a receipt</source>
            <translation>Enregistrer un encaissement</translation>
        </message>
        <message>
            <source>Record a payment</source>
            <translation>Enregistrer un décaissement</translation>
        </message>
        <message>
            <source>Your role may not record share payments.</source>
            <translation>Votre rôle ne permet pas d'enregistrer des versements sur parts.</translation>
        </message>
        <message>
            <source>Receipt or invoice number</source>
            <translation>N° de reçu ou de facture</translation>
        </message>
        <message>
            <source>Attach scanned receipt…</source>
            <translation>Joindre un justificatif scanné…</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Retirer</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Nature</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Montant</translation>
        </message>
        <message>
            <source>Received into</source>
            <translation>Encaissé sur</translation>
        </message>
        <message>
            <source>Paid from</source>
            <translation>Payé depuis</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>Membre</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Compte</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Libellé</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>Référence</translation>
        </message>
        <message>
            <source>Scanned receipt</source>
            <translation>Justificatif scanné</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Enregistrer</translation>
        </message>
        <message>
            <source>Your role may read the books but not record receipts or payments.</source>
            <translation>Votre rôle permet de consulter les comptes, mais pas d'enregistrer des encaissements ou des décaissements.</translation>
        </message>
        <message>
            <source>Member (optional)</source>
            <translation>Membre (facultatif)</translation>
        </message>
        <message>
            <source>(no such member)</source>
            <translation>(membre inexistant)</translation>
        </message>
        <message>
            <source>In the books: debit {debit}, credit {credit}.</source>
            <translation>En comptabilité : débit {debit}, crédit {credit}.</translation>
        </message>
        <message>
            <source>Choose the scanned receipt</source>
            <translation>Choisissez le justificatif scanné</translation>
        </message>
        <message>
            <source>Scanned receipts ({patterns})</source>
            <translation>Justificatifs scannés ({patterns})</translation>
        </message>
        <message>
            <source>{file} is larger than 10 MB; scan it at a lower resolution.</source>
            <translation>{file} dépasse 10 Mo ; scannez-le à une résolution plus basse.</translation>
        </message>
        <message>
            <source>{file} could not be read: {reason}</source>
            <translation>{file} n'a pas pu être lu : {reason}</translation>
        </message>
        <message>
            <source>none</source>
            <translation>aucun</translation>
        </message>
        <message>
            <source>Type the member's number, or choose them in the list.</source>
            <translation>Tapez le numéro du membre, ou choisissez-le dans la liste.</translation>
        </message>
        <message>
            <source>There is no member number {number}.</source>
            <translation>Il n'y a pas de membre numéro {number}.</translation>
        </message>
        <message>
            <source>There is no account {code} that takes entries.</source>
            <translation>Il n'existe pas de compte {code} pouvant recevoir des écritures.</translation>
        </message>
        <message>
            <source>Recording…</source>
            <translation>Enregistrement…</translation>
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
        <name>ClosePeriodDialog</name>
        <message>
            <source>Close a period</source>
            <translation>Clôturer une période</translation>
        </message>
        <message>
            <source>{year}: {start} to {end}</source>
            <translation>{year} : du {start} au {end}</translation>
        </message>
        <message>
            <source>Close the period</source>
            <translation>Clôturer la période</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Période</translation>
        </message>
        <message>
            <source>There is no open period to close.</source>
            <translation>Il n'y a aucune période ouverte à clôturer.</translation>
        </message>
        <message>
            <source>After closing, nothing more can be posted dated from {start} to {end}: a mistake found later is corrected by an entry in an open period. Periods close in order, the earliest first. Closing cannot be undone.</source>
            <translation>Après la clôture, plus rien ne pourra être comptabilisé à une date comprise entre le {start} et le {end} : une erreur trouvée plus tard se corrige par une écriture dans une période ouverte. Les périodes se clôturent dans l'ordre, la plus ancienne d'abord. La clôture est irréversible.</translation>
        </message>
    </context>
    <context>
        <name>CloseYearDialog</name>
        <message>
            <source>Close a fiscal year</source>
            <translation>Clôturer un exercice</translation>
        </message>
        <message>
            <source>Close the year</source>
            <translation>Clôturer l'exercice</translation>
        </message>
        <message>
            <source>Fiscal year</source>
            <translation>Exercice</translation>
        </message>
        <message>
            <source>Every fiscal year is closed already.</source>
            <translation>Tous les exercices sont déjà clôturés.</translation>
        </message>
        <message>
            <source>&lt;p&gt;Closing the fiscal year &lt;b&gt;{year}&lt;/b&gt;:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;posts one entry dated {end} that moves the balance of every income and expense account to the result of the year (surplus or loss), ready for the general assembly to allocate;&lt;/li&gt;&lt;li&gt;locks every period of {year}: nothing more can be posted into it, and a mistake found later is corrected in the next year;&lt;/li&gt;&lt;li&gt;cannot be undone.&lt;/li&gt;&lt;/ul&gt;</source>
            <translation>&lt;p&gt;Clôturer l'exercice &lt;b&gt;{year}&lt;/b&gt; :&lt;/p&gt;&lt;ul&gt;&lt;li&gt;comptabilise une écriture datée du {end} qui porte le solde de chaque compte de produits et de charges au résultat de l'exercice (excédent ou perte), prêt à être affecté par l'assemblée générale ;&lt;/li&gt;&lt;li&gt;verrouille toutes les périodes de {year} : plus rien ne peut y être comptabilisé, et une erreur trouvée plus tard se corrige dans l'exercice suivant ;&lt;/li&gt;&lt;li&gt;est irréversible.&lt;/li&gt;&lt;/ul&gt;</translation>
        </message>
        <message>
            <source>Close {year}</source>
            <translation>Clôturer {year}</translation>
        </message>
        <message>
            <source>{year} still has {count} draft entries; post or delete them first.</source>
            <translation>L'exercice {year} a encore {count} écriture(s) en brouillon ; comptabilisez-les ou supprimez-les d'abord.</translation>
        </message>
        <message>
            <source>Close {year} first.</source>
            <translation>Clôturez d'abord l'exercice {year}.</translation>
        </message>
        <message>
            <source>{year} has not ended yet: it runs until {end}.</source>
            <translation>L'exercice {year} n'est pas encore terminé : il court jusqu'au {end}.</translation>
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
        <name>EntryForm</name>
        <message>
            <source>New journal entry</source>
            <translation>Nouvelle écriture</translation>
        </message>
        <message>
            <source>Draft journal entry</source>
            <translation>Brouillon d'écriture</translation>
        </message>
        <message>
            <source>What the entry is for</source>
            <translation>Objet de l'écriture</translation>
        </message>
        <message>
            <source>Receipt, invoice or voucher number</source>
            <translation>N° de reçu, de facture ou de pièce</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Libellé</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>Référence</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Compte</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>Membre</translation>
        </message>
        <message>
            <source>Debit</source>
            <translation>Débit</translation>
        </message>
        <message>
            <source>Credit</source>
            <translation>Crédit</translation>
        </message>
        <message>
            <source>Memo</source>
            <translation>Commentaire</translation>
        </message>
        <message>
            <source>Add a line</source>
            <translation>Ajouter une ligne</translation>
        </message>
        <message>
            <source>Remove the line</source>
            <translation>Supprimer la ligne</translation>
        </message>
        <message>
            <source>Post</source>
            <translation>Comptabiliser</translation>
        </message>
        <message>
            <source>Save draft</source>
            <translation>Enregistrer le brouillon</translation>
        </message>
        <message>
            <source>Delete draft</source>
            <translation>Supprimer le brouillon</translation>
        </message>
        <message>
            <source>Your role may read the books but not record entries.</source>
            <translation>Votre rôle permet de consulter les comptes, mais pas de saisir des écritures.</translation>
        </message>
        <message>
            <source>Only member accounts (share capital, payables to members, loans to members) name a member.</source>
            <translation>Seuls les comptes de membres (capital social, dettes envers les membres, prêts aux membres) désignent un membre.</translation>
        </message>
        <message>
            <source>No fiscal year covers {date}; open one first.</source>
            <translation>Aucun exercice ne couvre le {date} ; ouvrez-en un d'abord.</translation>
        </message>
        <message>
            <source>The period of {date} is closed; date the entry in an open period.</source>
            <translation>La période du {date} est clôturée ; datez l'écriture dans une période ouverte.</translation>
        </message>
        <message>
            <source>Line {n}: {reason}</source>
            <translation>Ligne {n} : {reason}</translation>
        </message>
        <message>
            <source>Line {n}: there is no account {code} that takes entries.</source>
            <translation>Ligne {n} : il n'existe pas de compte {code} pouvant recevoir des écritures.</translation>
        </message>
        <message>
            <source>Line {n}: account {code} keeps members' accounts; say which member.</source>
            <translation>Ligne {n} : le compte {code} tient des comptes de membres ; indiquez quel membre.</translation>
        </message>
        <message>
            <source>Line {n}: there is no member number {number}.</source>
            <translation>Ligne {n} : il n'existe pas de membre numéro {number}.</translation>
        </message>
        <message>
            <source>Debit {debit} · Credit {credit} · Difference {diff}</source>
            <translation>Débit {debit} · Crédit {credit} · Écart {diff}</translation>
        </message>
        <message>
            <source>Debit {debit} · Credit {credit} · Balanced</source>
            <translation>Débit {debit} · Crédit {credit} · Équilibrée</translation>
        </message>
        <message>
            <source>Post is possible once every line is complete and debits equal credits.</source>
            <translation>La comptabilisation est possible dès que chaque ligne est complète et que les débits égalent les crédits.</translation>
        </message>
        <message>
            <source>Delete the draft</source>
            <translation>Supprimer le brouillon</translation>
        </message>
        <message>
            <source>Delete this draft? It was never in the books; nothing else changes.</source>
            <translation>Supprimer ce brouillon ? Il n'a jamais été dans les comptes ; rien d'autre ne change.</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Supprimer</translation>
        </message>
    </context>
    <context>
        <name>EntryViewDialog</name>
        <message>
            <source>draft</source>
            <translation>brouillon</translation>
        </message>
        <message>
            <source>Entry {entry}</source>
            <translation>Écriture {entry}</translation>
        </message>
        <message>
            <source>&lt;b&gt;Entry {entry}&lt;/b&gt; of {date}</source>
            <translation>&lt;b&gt;Écriture {entry}&lt;/b&gt; du {date}</translation>
        </message>
        <message>
            <source>Reference: {reference}</source>
            <translation>Référence : {reference}</translation>
        </message>
        <message>
            <source>Reverses entry {entry}.</source>
            <translation>Contre-passe l'écriture {entry}.</translation>
        </message>
        <message>
            <source>Reversed by entry {entry}.</source>
            <translation>Contre-passée par l'écriture {entry}.</translation>
        </message>
        <message>
            <source>Entered by {user}</source>
            <translation>Saisie par {user}</translation>
        </message>
        <message>
            <source>, posted by {user}</source>
            <translation>, comptabilisée par {user}</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Compte</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>Membre</translation>
        </message>
        <message>
            <source>Debit</source>
            <translation>Débit</translation>
        </message>
        <message>
            <source>Credit</source>
            <translation>Crédit</translation>
        </message>
        <message>
            <source>Memo</source>
            <translation>Commentaire</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>Scanned receipts</source>
            <translation>Justificatifs scannés</translation>
        </message>
        <message>
            <source>{file} ({size} kB, added by {user})</source>
            <translation>{file} ({size} ko, ajouté par {user})</translation>
        </message>
        <message>
            <source>No scanned receipt is attached.</source>
            <translation>Aucun justificatif scanné n'est joint.</translation>
        </message>
        <message>
            <source>Save to a file…</source>
            <translation>Enregistrer dans un fichier…</translation>
        </message>
        <message>
            <source>Save the scanned receipt</source>
            <translation>Enregistrer le justificatif scanné</translation>
        </message>
        <message>
            <source>{path} could not be written: {reason}</source>
            <translation>{path} n'a pas pu être écrit : {reason}</translation>
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
        <name>ImportDialog</name>
        <message>
            <source>Import entries or opening balances</source>
            <translation>Importer des écritures ou des soldes d'ouverture</translation>
        </message>
        <message>
            <source>Choose a file…</source>
            <translation>Choisir un fichier…</translation>
        </message>
        <message>
            <source>The file holds opening balances (no dates) for</source>
            <translation>Le fichier contient des soldes d'ouverture (sans dates) pour</translation>
        </message>
        <message>
            <source>Columns are found by their names: date, entry, description, account, member, debit, credit, memo, reference (in English, Spanish, French or Swahili). Rows with the same entry number form one entry. A file without dates holds opening balances.</source>
            <translation>Les colonnes sont reconnues par leur nom : date, pièce, libellé, compte, membre, débit, crédit, remarque, référence (en français, anglais, espagnol ou swahili). Les lignes portant le même numéro de pièce forment une écriture. Un fichier sans dates contient des soldes d'ouverture.</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Importer</translation>
        </message>
        <message>
            <source>File (Excel .xlsx or CSV)</source>
            <translation>Fichier (Excel .xlsx ou CSV)</translation>
        </message>
        <message>
            <source>Import entries</source>
            <translation>Importer des écritures</translation>
        </message>
        <message>
            <source>Spreadsheets (*.xlsx *.xlsm *.csv *.txt)</source>
            <translation>Tableurs (*.xlsx *.xlsm *.csv *.txt)</translation>
        </message>
        <message>
            <source>{count} problem(s); nothing can be imported until they are fixed in the file:</source>
            <translation>{count} problème(s) ; rien ne peut être importé avant leur correction dans le fichier :</translation>
        </message>
        <message>
            <source>Opening balances: {lines} lines, one entry on the first day of {year}.</source>
            <translation>Soldes d'ouverture : {lines} lignes, une écriture au premier jour de {year}.</translation>
        </message>
        <message>
            <source>{entries} entries from {rows} rows, all balanced.</source>
            <translation>{entries} écritures sur {rows} lignes, toutes équilibrées.</translation>
        </message>
        <message>
            <source>Press Import to post them.</source>
            <translation>Cliquez sur Importer pour les comptabiliser.</translation>
        </message>
        <message>
            <source>Importing {file}…</source>
            <translation>Importation de {file}…</translation>
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
        <name>JournalTableModel</name>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>N°</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Libellé</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>Référence</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Montant</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>Reversal</source>
            <translation>Annulation</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Origine</translation>
        </message>
        <message>
            <source>draft</source>
            <translation>brouillon</translation>
        </message>
        <message>
            <source>reversed by {entry}</source>
            <translation>contre-passée par {entry}</translation>
        </message>
        <message>
            <source>reverses {entry}</source>
            <translation>contre-passe {entry}</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>Brouillon</translation>
        </message>
        <message>
            <source>Reversed</source>
            <translation>Contre-passée</translation>
        </message>
        <message>
            <source>Posted</source>
            <translation>Comptabilisée</translation>
        </message>
        <message>
            <source>Entered by hand</source>
            <translation>Saisie manuelle</translation>
        </message>
        <message>
            <source>Cash book</source>
            <translation>Livre de caisse</translation>
        </message>
        <message>
            <source>Opening balances</source>
            <translation>Soldes d'ouverture</translation>
        </message>
        <message>
            <source>Year-end closing</source>
            <translation>Clôture de l'exercice</translation>
        </message>
        <message>
            <source>Share register</source>
            <translation>Registre des parts sociales</translation>
        </message>
        <message>
            <source>Gold purchase</source>
            <translation>Achat d'or</translation>
        </message>
        <message>
            <source>Gold sale</source>
            <translation>Vente d'or</translation>
        </message>
        <message>
            <source>Imported</source>
            <translation>Importation</translation>
        </message>
        <message>
            <source>{source} no. {number}</source>
            <translation>{source} n° {number}</translation>
        </message>
        <message>
            <source>Cash book: {kind}</source>
            <translation>Livre de caisse : {kind}</translation>
        </message>
        <message>
            <source>{count} scanned receipt(s) attached</source>
            <translation>{count} justificatif(s) scanné(s) joint(s)</translation>
        </message>
        <message>
            <source>A draft: not in the books until it is posted.</source>
            <translation>Brouillon : pas dans les comptes tant qu'il n'est pas comptabilisé.</translation>
        </message>
        <message>
            <source>Double-click to see the lines.</source>
            <translation>Double-cliquez pour voir les lignes.</translation>
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
        <name>LotDialog</name>
        <message>
            <source>Record a production lot</source>
            <translation>Enregistrer un lot de production</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>A member</source>
            <translation>Un membre</translation>
        </message>
        <message>
            <source>A work group</source>
            <translation>Une équipe</translation>
        </message>
        <message>
            <source>Produced by</source>
            <translation>Produit par</translation>
        </message>
        <message>
            <source>Member no.</source>
            <translation>Membre n°</translation>
        </message>
        <message>
            <source>e.g. Tunnel 3 crew</source>
            <translation>p. ex. équipe de la galerie 3</translation>
        </message>
        <message>
            <source>Work group</source>
            <translation>Équipe</translation>
        </message>
        <message>
            <source>Work</source>
            <translation>Travail</translation>
        </message>
        <message>
            <source>miner(s) for</source>
            <translation>mineur(s) pendant</translation>
        </message>
        <message>
            <source>day(s)</source>
            <translation>jour(s)</translation>
        </message>
        <message>
            <source>(no site)</source>
            <translation>(aucun site)</translation>
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
            <source>e.g. 12.5</source>
            <translation>p. ex. 12,5</translation>
        </message>
        <message>
            <source>Weight (grams)</source>
            <translation>Poids (grammes)</translation>
        </message>
        <message>
            <source>e.g. 916 or 999.9</source>
            <translation>p. ex. 916 ou 999,9</translation>
        </message>
        <message>
            <source>Fineness (per mille)</source>
            <translation>Titre (pour mille)</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Enregistrer</translation>
        </message>
        <message>
            <source>(no such member)</source>
            <translation>(membre inexistant)</translation>
        </message>
        <message>
            <source>Fine metal: {grams} g</source>
            <translation>Métal fin : {grams} g</translation>
        </message>
        <message>
            <source>{grams} g per miner per day</source>
            <translation>{grams} g par mineur et par jour</translation>
        </message>
        <message>
            <source>above the Fairmined limit of {limit} g: check the weight, the miners and the days</source>
            <translation>au-dessus de la limite Fairmined de {limit} g : vérifiez le poids, les mineurs et les jours</translation>
        </message>
        <message>
            <source>Type the weight in grams, e.g. 12.5</source>
            <translation>Tapez le poids en grammes, p. ex. 12,5</translation>
        </message>
        <message>
            <source>Type the fineness in per mille, e.g. 916</source>
            <translation>Tapez le titre en pour mille, p. ex. 916</translation>
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
        <name>MemberChooser</name>
        <message>
            <source>number or name</source>
            <translation>numéro ou nom</translation>
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
        <name>OpenYearDialog</name>
        <message>
            <source>Open a fiscal year</source>
            <translation>Ouvrir un exercice</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>First day</source>
            <translation>Premier jour</translation>
        </message>
        <message>
            <source>Last day</source>
            <translation>Dernier jour</translation>
        </message>
        <message>
            <source>Open the year</source>
            <translation>Ouvrir l'exercice</translation>
        </message>
        <message>
            <source>Entries can be posted on any day of an open fiscal year. Each month of the year becomes a period that can be closed once its books are checked.</source>
            <translation>Des écritures peuvent être comptabilisées à n'importe quelle date d'un exercice ouvert. Chaque mois de l'exercice devient une période qui peut être clôturée une fois ses comptes vérifiés.</translation>
        </message>
    </context>
    <context>
        <name>PeriodBar</name>
        <message>
            <source>This month</source>
            <translation>Ce mois-ci</translation>
        </message>
        <message>
            <source>This fiscal year</source>
            <translation>Cet exercice</translation>
        </message>
        <message>
            <source>Last fiscal year</source>
            <translation>Exercice précédent</translation>
        </message>
        <message>
            <source>Other dates</source>
            <translation>Autres dates</translation>
        </message>
        <message>
            <source>from</source>
            <translation>du</translation>
        </message>
        <message>
            <source>to</source>
            <translation>au</translation>
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
        <name>ProductionPage</name>
        <message>
            <source>Production and sales</source>
            <translation>Production et ventes</translation>
        </message>
        <message>
            <source>Record lot…</source>
            <translation>Enregistrer un lot…</translation>
        </message>
        <message>
            <source>Buy from member…</source>
            <translation>Acheter à un membre…</translation>
        </message>
        <message>
            <source>Record sale…</source>
            <translation>Enregistrer une vente…</translation>
        </message>
        <message>
            <source>Lots</source>
            <translation>Lots</translation>
        </message>
        <message>
            <source>Purchases</source>
            <translation>Achats</translation>
        </message>
        <message>
            <source>Sales</source>
            <translation>Ventes</translation>
        </message>
        <message>
            <source>Grams per miner per day</source>
            <translation>Grammes par mineur et par jour</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Lot</source>
            <translation>Lot</translation>
        </message>
        <message>
            <source>Member or work group</source>
            <translation>Membre ou équipe</translation>
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
            <source>Miners × days</source>
            <translation>Mineurs × jours</translation>
        </message>
        <message>
            <source>Grams</source>
            <translation>Grammes</translation>
        </message>
        <message>
            <source>Fineness ‰</source>
            <translation>Titre ‰</translation>
        </message>
        <message>
            <source>Fine grams</source>
            <translation>Grammes fins</translation>
        </message>
        <message>
            <source>Sold (g)</source>
            <translation>Vendu (g)</translation>
        </message>
        <message>
            <source>Left (g)</source>
            <translation>Reste (g)</translation>
        </message>
        <message>
            <source>Bought</source>
            <translation>Acheté</translation>
        </message>
        <message>
            <source>no. {number}</source>
            <translation>n° {number}</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>N°</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>Membre</translation>
        </message>
        <message>
            <source>Price per fine gram</source>
            <translation>Prix par gramme fin</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Montant</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>reversed</source>
            <translation>contre-passé</translation>
        </message>
        <message>
            <source>lot {lot}: {grams} g</source>
            <translation>lot {lot} : {grams} g</translation>
        </message>
        <message>
            <source>Buyer</source>
            <translation>Acheteur</translation>
        </message>
        <message>
            <source>Premium</source>
            <translation>Prime</translation>
        </message>
        <message>
            <source>Miner-days</source>
            <translation>Mineurs-jours</translation>
        </message>
        <message>
            <source>Lots above the limit</source>
            <translation>Lots au-dessus de la limite</translation>
        </message>
        <message>
            <source>{grams} g per miner per day: above the Fairmined limit of {limit} g</source>
            <translation>{grams} g par mineur et par jour : au-dessus de la limite Fairmined de {limit} g</translation>
        </message>
        <message>
            <source>Above the Fairmined limit of {limit} g per miner per day</source>
            <translation>Au-dessus de la limite Fairmined de {limit} g par mineur et par jour</translation>
        </message>
        <message>
            <source>{lots} lot(s), {grams} g produced · bought {bought} g for {paid} {currency} · sold {sold} g for {sales} {currency}, premium {premium} {currency}</source>
            <translation>{lots} lot(s), {grams} g produits · {bought} g achetés pour {paid} {currency} · {sold} g vendus pour {sales} {currency}, prime {premium} {currency}</translation>
        </message>
        <message>
            <source>Grams of each member or work group divided by the miners and days of its lots. The Fairmined Standard allows at most {limit} g of gold per miner per day.</source>
            <translation>Grammes de chaque membre ou équipe, divisés par les mineurs et les jours de ses lots. Le standard Fairmined admet au plus {limit} g d'or par mineur et par jour.</translation>
        </message>
        <message>
            <source>{count} producer(s) above the limit, highlighted.</source>
            <translation>{count} producteur(s) au-dessus de la limite, mis en évidence.</translation>
        </message>
        <message>
            <source>Record what a member or a work group brought out</source>
            <translation>Enregistrer ce qu'un membre ou une équipe a extrait</translation>
        </message>
        <message>
            <source>Your role may not record production.</source>
            <translation>Votre rôle ne permet pas d'enregistrer la production.</translation>
        </message>
        <message>
            <source>The cooperative buys a member's lot and pays them</source>
            <translation>La coopérative achète le lot d'un membre et le paie</translation>
        </message>
        <message>
            <source>Sell lots to a buyer; the premium is booked apart</source>
            <translation>Vendre des lots à un acheteur ; la prime est comptabilisée à part</translation>
        </message>
        <message>
            <source>Your role may not record purchases and sales: it needs the rights to record production and journal entries.</source>
            <translation>Votre rôle ne permet pas d'enregistrer des achats et des ventes : il faut les droits d'enregistrer la production et de saisir des écritures.</translation>
        </message>
        <message>
            <source>Lot {number} recorded.</source>
            <translation>Lot {number} enregistré.</translation>
        </message>
        <message>
            <source>Purchase {number} recorded and posted to the books.</source>
            <translation>Achat {number} enregistré et comptabilisé.</translation>
        </message>
        <message>
            <source>Sale {number} recorded and posted to the books.</source>
            <translation>Vente {number} enregistrée et comptabilisée.</translation>
        </message>
    </context>
    <context>
        <name>PurchaseDialog</name>
        <message>
            <source>Buy gold from a member</source>
            <translation>Acheter de l'or à un membre</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Member no.</source>
            <translation>Membre n°</translation>
        </message>
        <message>
            <source>Lot</source>
            <translation>Lot</translation>
        </message>
        <message>
            <source>e.g. 12.5</source>
            <translation>p. ex. 12,5</translation>
        </message>
        <message>
            <source>e.g. 916</source>
            <translation>p. ex. 916</translation>
        </message>
        <message>
            <source>g at</source>
            <translation>g au titre de</translation>
        </message>
        <message>
            <source>per mille</source>
            <translation>pour mille</translation>
        </message>
        <message>
            <source>Weighed here</source>
            <translation>Pesée sur place</translation>
        </message>
        <message>
            <source>Price per fine gram</source>
            <translation>Prix par gramme fin</translation>
        </message>
        <message>
            <source>Paid from: {place}</source>
            <translation>Payé depuis : {place}</translation>
        </message>
        <message>
            <source>Not paid yet: owed to the member</source>
            <translation>Pas encore payé : dû au membre</translation>
        </message>
        <message>
            <source>Payment</source>
            <translation>Versement</translation>
        </message>
        <message>
            <source>Buy</source>
            <translation>Acheter</translation>
        </message>
        <message>
            <source>(no such member)</source>
            <translation>(membre inexistant)</translation>
        </message>
        <message>
            <source>Lot {lot} of {date}: {grams} g at {fineness} per mille</source>
            <translation>Lot {lot} du {date} : {grams} g, titre {fineness} ‰</translation>
        </message>
        <message>
            <source>No lot: weighed here</source>
            <translation>Sans lot : pesée sur place</translation>
        </message>
        <message>
            <source>Fine metal: {grams} g</source>
            <translation>Métal fin : {grams} g</translation>
        </message>
        <message>
            <source>To pay: {amount} {currency}</source>
            <translation>À payer : {amount} {currency}</translation>
        </message>
        <message>
            <source>Type the price of a fine gram.</source>
            <translation>Tapez le prix d'un gramme fin.</translation>
        </message>
        <message>
            <source>Type the weight in grams and the fineness in per mille.</source>
            <translation>Tapez le poids en grammes et le titre en pour mille.</translation>
        </message>
    </context>
    <context>
        <name>ReportsPage</name>
        <message>
            <source>Reports</source>
            <translation>Rapports</translation>
        </message>
        <message>
            <source>Report</source>
            <translation>Rapport</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Période</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Compte</translation>
        </message>
        <message>
            <source>Member no.</source>
            <translation>Membre n°</translation>
        </message>
        <message>
            <source>Type a code or choose</source>
            <translation>Tapez un numéro ou choisissez</translation>
        </message>
        <message>
            <source>Compare with the previous period</source>
            <translation>Comparer avec la période précédente</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Aperçu</translation>
        </message>
        <message>
            <source>Show the report here (the first {rows} rows of each table)</source>
            <translation>Afficher le rapport ici (les {rows} premières lignes de chaque tableau)</translation>
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
            <source>Export CSV…</source>
            <translation>Exporter en CSV…</translation>
        </message>
        <message>
            <source>Choose a report and its period, then press Preview to see it here, or export it as PDF, Excel or CSV.</source>
            <translation>Choisissez un état et sa période, puis cliquez sur Aperçu pour le voir ici, ou exportez-le en PDF, Excel ou CSV.</translation>
        </message>
        <message>
            <source>at</source>
            <translation>au</translation>
        </message>
        <message>
            <source>to</source>
            <translation>au</translation>
        </message>
        <message>
            <source>(no such member)</source>
            <translation>(membre inexistant)</translation>
        </message>
        <message>
            <source>The preview may be out of date: press Preview to see the report again.</source>
            <translation>L'aperçu n'est peut-être plus à jour : appuyez sur Aperçu pour revoir le rapport.</translation>
        </message>
        <message>
            <source>Building the {report}…</source>
            <translation>Préparation : {report}…</translation>
        </message>
        <message>
            <source>{report}: preview ready.</source>
            <translation>{report} : aperçu prêt.</translation>
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
            <source>CSV (*.csv)</source>
            <translation>CSV (*.csv)</translation>
        </message>
        <message>
            <source>Export the {report}</source>
            <translation>Exporter : {report}</translation>
        </message>
        <message>
            <source>Writing {path}…</source>
            <translation>Écriture de {path}…</translation>
        </message>
        <message>
            <source>Saved {path}</source>
            <translation>Enregistré : {path}</translation>
        </message>
        <message>
            <source>Cancelled; nothing was written.</source>
            <translation>Annulé ; rien n'a été écrit.</translation>
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
        <name>ReverseDialog</name>
        <message>
            <source>Reverse entry {entry}</source>
            <translation>Contre-passer l'écriture {entry}</translation>
        </message>
        <message>
            <source>Why the entry was wrong</source>
            <translation>Pourquoi l'écriture était erronée</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Motif</translation>
        </message>
        <message>
            <source>Date of the reversal</source>
            <translation>Date de la contre-passation</translation>
        </message>
        <message>
            <source>Post the reversal</source>
            <translation>Comptabiliser la contre-passation</translation>
        </message>
        <message>
            <source>&lt;b&gt;Entry {entry}&lt;/b&gt; of {date}: {description} ({amount})</source>
            <translation>&lt;b&gt;Écriture {entry}&lt;/b&gt; du {date} : {description} ({amount})</translation>
        </message>
        <message>
            <source>A reversal posts the mirror image of this entry (every debit becomes a credit), linked to it. The original stays in the books as it was.</source>
            <translation>Une contre-passation comptabilise l'écriture inverse de celle-ci (chaque débit devient un crédit), liée à elle. L'écriture d'origine reste dans les comptes telle quelle.</translation>
        </message>
    </context>
    <context>
        <name>SaleDialog</name>
        <message>
            <source>Record a sale</source>
            <translation>Enregistrer une vente</translation>
        </message>
        <message>
            <source>Who buys: a refinery, a trader…</source>
            <translation>Qui achète : une raffinerie, un négociant…</translation>
        </message>
        <message>
            <source>Buyer</source>
            <translation>Acheteur</translation>
        </message>
        <message>
            <source>invoice or contract no.</source>
            <translation>n° de facture ou de contrat</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>Référence</translation>
        </message>
        <message>
            <source>Mineral</source>
            <translation>Minerai</translation>
        </message>
        <message>
            <source>Lot</source>
            <translation>Lot</translation>
        </message>
        <message>
            <source>Member or work group</source>
            <translation>Membre ou équipe</translation>
        </message>
        <message>
            <source>Fineness ‰</source>
            <translation>Titre ‰</translation>
        </message>
        <message>
            <source>Grams left</source>
            <translation>Grammes restants</translation>
        </message>
        <message>
            <source>Grams to sell</source>
            <translation>Grammes à vendre</translation>
        </message>
        <message>
            <source>Price per fine gram</source>
            <translation>Prix par gramme fin</translation>
        </message>
        <message>
            <source>{currency} per fine gram</source>
            <translation>{currency} par gramme fin</translation>
        </message>
        <message>
            <source>{currency} in all</source>
            <translation>{currency} au total</translation>
        </message>
        <message>
            <source>Fairmined premium</source>
            <translation>Prime Fairmined</translation>
        </message>
        <message>
            <source>Paid into: {place}</source>
            <translation>Versé sur : {place}</translation>
        </message>
        <message>
            <source>Not paid yet: the buyer owes it</source>
            <translation>Pas encore payé : l'acheteur le doit</translation>
        </message>
        <message>
            <source>Payment</source>
            <translation>Versement</translation>
        </message>
        <message>
            <source>Record the sale</source>
            <translation>Enregistrer la vente</translation>
        </message>
        <message>
            <source>Lots still to sell: tick a lot to sell all that is left of it, or type the grams to take.</source>
            <translation>Lots restant à vendre : cochez un lot pour vendre tout ce qu'il en reste, ou tapez les grammes à prélever.</translation>
        </message>
        <message>
            <source>Grams to take from this lot</source>
            <translation>Grammes à prélever sur ce lot</translation>
        </message>
        <message>
            <source>No lot of this mineral is waiting to be sold. Record lots first.</source>
            <translation>Aucun lot de ce minerai n'attend d'être vendu. Enregistrez d'abord des lots.</translation>
        </message>
        <message>
            <source>Lot {lot}: '{text}' is not a weight.</source>
            <translation>Lot {lot} : '{text}' n'est pas un poids.</translation>
        </message>
        <message>
            <source>Lot {lot} has {left} g left, not {grams} g.</source>
            <translation>Il reste {left} g du lot {lot}, pas {grams} g.</translation>
        </message>
        <message>
            <source>Lots</source>
            <translation>Lots</translation>
        </message>
        <message>
            <source>Weight</source>
            <translation>Poids</translation>
        </message>
        <message>
            <source>Fine metal</source>
            <translation>Métal fin</translation>
        </message>
        <message>
            <source>Amount for the metal</source>
            <translation>Montant du métal</translation>
        </message>
        <message>
            <source>Fairmined premium, apart</source>
            <translation>Prime Fairmined, à part</translation>
        </message>
        <message>
            <source>The buyer pays</source>
            <translation>L'acheteur paie</translation>
        </message>
        <message>
            <source>Take grams from at least one lot.</source>
            <translation>Prélevez des grammes sur au moins un lot.</translation>
        </message>
        <message>
            <source>Type the price of a fine gram.</source>
            <translation>Tapez le prix d'un gramme fin.</translation>
        </message>
        <message>
            <source>Type the premium as an amount, or leave it empty.</source>
            <translation>Tapez la prime sous forme de montant, ou laissez vide.</translation>
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
        <name>SetupPanel</name>
        <message>
            <source>Set up the books</source>
            <translation>Mettre en place la comptabilité</translation>
        </message>
        <message>
            <source>This cooperative has no chart of accounts yet. Choose the one its accountant uses and the first fiscal year; accounts can be added under any heading later.</source>
            <translation>Cette coopérative n'a pas encore de plan comptable. Choisissez celui qu'utilise son comptable et le premier exercice ; des comptes pourront être ajoutés plus tard sous n'importe quel compte de regroupement.</translation>
        </message>
        <message>
            <source>Chart of accounts</source>
            <translation>Plan comptable</translation>
        </message>
        <message>
            <source>General chart for cooperatives</source>
            <translation>Plan général pour coopératives</translation>
        </message>
        <message>
            <source>Classes 1 to 6 (assets, liabilities, equity, income, expenses), as used in Latin America and most other countries.</source>
            <translation>Classes 1 à 6 (actif, passif, capitaux propres, produits, charges), comme en Amérique latine et dans la plupart des autres pays.</translation>
        </message>
        <message>
            <source>SYSCOHADA</source>
            <translation>SYSCOHADA</translation>
        </message>
        <message>
            <source>The OHADA chart, required in West and Central Africa (DR Congo, Cameroon, Côte d'Ivoire, Mali, Burkina Faso…).</source>
            <translation>Le plan OHADA, obligatoire en Afrique de l'Ouest et centrale (RD Congo, Cameroun, Côte d'Ivoire, Mali, Burkina Faso…).</translation>
        </message>
        <message>
            <source>First fiscal year</source>
            <translation>Premier exercice</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>First day</source>
            <translation>Premier jour</translation>
        </message>
        <message>
            <source>Last day</source>
            <translation>Dernier jour</translation>
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
            <source>The file {name} is empty.</source>
            <translation>Le fichier {name} est vide.</translation>
        </message>
        <message>
            <source>{name} is an old Excel (.xls) file: save it as .xlsx or CSV first.</source>
            <translation>{name} est un ancien fichier Excel (.xls) : enregistrez-le d'abord en .xlsx ou en CSV.</translation>
        </message>
        <message>
            <source>{name} is not a statement format coopdesk reads (OFX, CAMT.053, MT940, CSV, Excel).</source>
            <translation>{name} n'est pas un format de relevé que coopdesk sait lire (OFX, CAMT.053, MT940, CSV, Excel).</translation>
        </message>
        <message>
            <source>{name} is an XML file but not a CAMT.053 statement.</source>
            <translation>{name} est un fichier XML, mais pas un relevé CAMT.053.</translation>
        </message>
        <message>
            <source>This XML file declares a DTD or entities, which a bank statement never needs; it is refused for safety.</source>
            <translation>Ce fichier XML déclare une DTD ou des entités, dont un relevé bancaire n'a jamais besoin ; il est refusé par sécurité.</translation>
        </message>
        <message>
            <source>This XML file is damaged: {error}</source>
            <translation>Ce fichier XML est endommagé : {error}</translation>
        </message>
        <message>
            <source>This XML file is not a CAMT.053 bank statement.</source>
            <translation>Ce fichier XML n'est pas un relevé bancaire CAMT.053.</translation>
        </message>
        <message>
            <source>This CAMT.053 file holds no statement.</source>
            <translation>Ce fichier CAMT.053 ne contient aucun relevé.</translation>
        </message>
        <message>
            <source>CdtDbtInd must be CRDT or DBIT, not '{value}'.</source>
            <translation>CdtDbtInd doit valoir CRDT ou DBIT, pas '{value}'.</translation>
        </message>
        <message>
            <source>the entry has no amount.</source>
            <translation>le mouvement n'a pas de montant.</translation>
        </message>
        <message>
            <source>the entry has no booking date.</source>
            <translation>le mouvement n'a pas de date de comptabilisation.</translation>
        </message>
        <message>
            <source>Line {line}, {field}: {message}</source>
            <translation>Ligne {line}, {field} : {message}</translation>
        </message>
        <message>
            <source>Line {line}: {message}</source>
            <translation>Ligne {line} : {message}</translation>
        </message>
        <message>
            <source>The file cannot be read as {encoding}.</source>
            <translation>Le fichier ne peut pas être lu en {encoding}.</translation>
        </message>
        <message>
            <source>'{value}' is not an amount.</source>
            <translation>'{value}' n'est pas un montant.</translation>
        </message>
        <message>
            <source>'{value}' is not a date.</source>
            <translation>'{value}' n'est pas une date.</translation>
        </message>
        <message>
            <source>The OFX file is cut short: it ends without &lt;/OFX&gt;.</source>
            <translation>Le fichier OFX est tronqué : il se termine sans &lt;/OFX&gt;.</translation>
        </message>
        <message>
            <source>This OFX file cannot be read: {error}</source>
            <translation>Ce fichier OFX ne peut pas être lu : {error}</translation>
        </message>
        <message>
            <source>This OFX file holds no bank or credit-card statement.</source>
            <translation>Ce fichier OFX ne contient aucun relevé bancaire ni relevé de carte de crédit.</translation>
        </message>
        <message>
            <source>the transaction has no date.</source>
            <translation>l'opération n'a pas de date.</translation>
        </message>
        <message>
            <source>the transaction has no amount.</source>
            <translation>l'opération n'a pas de montant.</translation>
        </message>
        <message>
            <source>This is not an MT940 statement: no :20: tag.</source>
            <translation>Ce n'est pas un relevé MT940 : aucune balise :20:.</translation>
        </message>
        <message>
            <source>This MT940 statement cannot be read: {error}</source>
            <translation>Ce relevé MT940 ne peut pas être lu : {error}</translation>
        </message>
        <message>
            <source>{found} of the {count} :61: transactions could be read.</source>
            <translation>{found} des {count} opérations :61: ont pu être lues.</translation>
        </message>
        <message>
            <source>the transaction has no amount or date.</source>
            <translation>l'opération n'a ni montant ni date.</translation>
        </message>
        <message>
            <source>The amount mode must be one of {modes}.</source>
            <translation>Le mode de montant doit être l'un de {modes}.</translation>
        </message>
        <message>
            <source>The encoding must be one of {encodings}.</source>
            <translation>L'encodage doit être l'un de {encodings}.</translation>
        </message>
        <message>
            <source>Unknown mapping setting(s): {names}.</source>
            <translation>Paramètre(s) de correspondance inconnu(s) : {names}.</translation>
        </message>
        <message>
            <source>This CSV file is damaged: {error}</source>
            <translation>Ce fichier CSV est endommagé : {error}</translation>
        </message>
        <message>
            <source>This Excel file cannot be opened: {error}</source>
            <translation>Ce fichier Excel ne peut pas être ouvert : {error}</translation>
        </message>
        <message>
            <source>The workbook has no sheet '{sheet}'.</source>
            <translation>Le classeur n'a pas de feuille '{sheet}'.</translation>
        </message>
        <message>
            <source>The file has no line {line} for the header.</source>
            <translation>Le fichier n'a pas de ligne {line} pour l'en-tête.</translation>
        </message>
        <message>
            <source>No header line with a date column and an amount column was found in the first 60 lines; this is not a statement coopdesk recognises, or it needs a mapping.</source>
            <translation>Aucune ligne d'en-tête avec une colonne de date et une colonne de montant n'a été trouvée dans les 60 premières lignes ; ce n'est pas un relevé que coopdesk reconnaît, ou il faut indiquer la correspondance des colonnes.</translation>
        </message>
        <message>
            <source>The header has no column '{column}'.</source>
            <translation>L'en-tête n'a pas de colonne '{column}'.</translation>
        </message>
        <message>
            <source>'{value}' is not a date (expected {format}).</source>
            <translation>'{value}' n'est pas une date (format attendu : {format}).</translation>
        </message>
        <message>
            <source>The header has no date column.</source>
            <translation>L'en-tête n'a pas de colonne de date.</translation>
        </message>
        <message>
            <source>The header has no amount, debit or credit column.</source>
            <translation>L'en-tête n'a pas de colonne de montant, de débit ou de crédit.</translation>
        </message>
        <message>
            <source>The header has no {column} column.</source>
            <translation>L'en-tête n'a pas de colonne {column}.</translation>
        </message>
        <message>
            <source>column '{name}'</source>
            <translation>colonne '{name}'</translation>
        </message>
        <message>
            <source>the row has an amount but no date.</source>
            <translation>la ligne a un montant mais pas de date.</translation>
        </message>
        <message>
            <source>The file has a header but no statement lines.</source>
            <translation>Le fichier a un en-tête mais aucune ligne de relevé.</translation>
        </message>
        <message>
            <source>balance</source>
            <translation>solde</translation>
        </message>
        <message>
            <source>'{value}' is neither a debit nor a credit mark.</source>
            <translation>'{value}' n'est ni une marque de débit ni une marque de crédit.</translation>
        </message>
        <message>
            <source>the row has no amount.</source>
            <translation>la ligne n'a pas de montant.</translation>
        </message>
        <message>
            <source>Choose at least one statement line and one book line, or book lines that cancel out (an entry and its reversal).</source>
            <translation>Choisissez au moins une ligne du relevé et une ligne comptable, ou des lignes comptables qui s'annulent (une écriture et sa contre-passation).</translation>
        </message>
        <message>
            <source>Statement line {id} is not a line of account {code}.</source>
            <translation>La ligne de relevé {id} n'est pas une ligne du compte {code}.</translation>
        </message>
        <message>
            <source>Statement line {id} ({date}, {text}) is matched already; undo that match first.</source>
            <translation>La ligne de relevé {id} ({date}, {text}) est déjà pointée ; annulez d'abord ce pointage.</translation>
        </message>
        <message>
            <source>Book line {id} is not a posted line of account {code}'s ledger account.</source>
            <translation>La ligne comptable {id} n'est pas une ligne comptabilisée dans le compte comptable lié au compte {code}.</translation>
        </message>
        <message>
            <source>Book line {id} (entry {number}) is matched already; undo that match first.</source>
            <translation>La ligne comptable {id} (écriture {number}) est déjà pointée ; annulez d'abord ce pointage.</translation>
        </message>
        <message>
            <source>The statement lines total {bank} and the book lines {book} (difference {diff}): matched lines must be the same money.</source>
            <translation>Les lignes de relevé totalisent {bank} et les lignes comptables {book} (écart {diff}) : les lignes pointées ensemble doivent correspondre au même montant.</translation>
        </message>
        <message>
            <source>There is no match {id} on account {code}.</source>
            <translation>Il n'existe pas de pointage {id} sur le compte {code}.</translation>
        </message>
        <message>
            <source>This match is part of the reconciliation of {date}, which is finished; reopen it first.</source>
            <translation>Ce pointage fait partie du rapprochement du {date}, qui est terminé ; rouvrez-le d'abord.</translation>
        </message>
        <message>
            <source>Statement line {id} is matched already.</source>
            <translation>La ligne de relevé {id} est déjà pointée.</translation>
        </message>
        <message>
            <source>The lines of the entry must come to {amount}, the statement line's amount.</source>
            <translation>Les lignes de l'écriture doivent totaliser {amount}, le montant de la ligne de relevé.</translation>
        </message>
        <message>
            <source>Give the rule a name (what the lines are: 'bank charges').</source>
            <translation>Donnez un nom à la règle (ce que sont les lignes : 'frais bancaires').</translation>
        </message>
        <message>
            <source>Say which lines the rule is for: words the description contains, or a pattern.</source>
            <translation>Indiquez à quelles lignes la règle s'applique : des mots que contient le libellé, ou un motif.</translation>
        </message>
        <message>
            <source>The pattern is not valid: {error}.</source>
            <translation>Le motif n'est pas valide : {error}.</translation>
        </message>
        <message>
            <source>The lowest amount is above the highest.</source>
            <translation>Le montant minimum est supérieur au montant maximum.</translation>
        </message>
        <message>
            <source>There is no ledger account {code}.</source>
            <translation>Il n'existe pas de compte comptable {code}.</translation>
        </message>
        <message>
            <source>Account {code} is a heading; choose an account under it.</source>
            <translation>Le compte {code} est un compte de regroupement ; choisissez un compte sous celui-ci.</translation>
        </message>
        <message>
            <source>Account {code} is a members' account: the rule must name the member.</source>
            <translation>Le compte {code} est un compte de membres : la règle doit indiquer le membre.</translation>
        </message>
        <message>
            <source>There is no member number {number}.</source>
            <translation>Il n'y a pas de membre numéro {number}.</translation>
        </message>
        <message>
            <source>The fee is a share between 0 and 1 (0.015 for 1.5 %).</source>
            <translation>Les frais sont une fraction entre 0 et 1 (0,015 pour 1,5 %).</translation>
        </message>
        <message>
            <source>There is no rule {id}.</source>
            <translation>Il n'existe pas de règle {id}.</translation>
        </message>
        <message>
            <source>'{text}' is not a share: write 1.5% or 0.015.</source>
            <translation>'{text}' n'est pas une fraction : écrivez 1,5 % ou 0,015.</translation>
        </message>
        <message>
            <source>The account is reconciled up to {date} already; choose a later statement date, or reopen that reconciliation.</source>
            <translation>Le compte est déjà rapproché jusqu'au {date} ; choisissez une date de relevé postérieure, ou rouvrez ce rapprochement.</translation>
        </message>
        <message>
            <source>The imported statement lines give a balance of {stated} on {date}, not the {given} entered: a statement may be missing, or the balance mistyped.</source>
            <translation>Les lignes de relevé importées donnent un solde de {stated} au {date}, et non de {given} comme saisi : un relevé manque peut-être, ou le solde a été mal saisi.</translation>
        </message>
        <message>
            <source>{count} statement line(s) up to {date}, totalling {total}, are not in the books: match them, or make their entries.</source>
            <translation>{count} ligne(s) de relevé jusqu'au {date}, d'un total de {total}, ne sont pas en comptabilité : pointez-les, ou passez leurs écritures.</translation>
        </message>
        <message>
            <source>The books and the bank differ by {difference}.</source>
            <translation>La comptabilité et la banque présentent un écart de {difference}.</translation>
        </message>
        <message>
            <source>Besides those lines, {amount} of the difference is unexplained.</source>
            <translation>En dehors de ces lignes, {amount} de l'écart reste inexpliqué.</translation>
        </message>
        <message>
            <source>Say why the reconciliation is reopened.</source>
            <translation>Indiquez pourquoi le rapprochement est rouvert.</translation>
        </message>
        <message>
            <source>There is no reconciliation {id}.</source>
            <translation>Il n'existe pas de rapprochement {id}.</translation>
        </message>
        <message>
            <source>This reconciliation was reopened already.</source>
            <translation>Ce rapprochement a déjà été rouvert.</translation>
        </message>
        <message>
            <source>Only the latest reconciliation can be reopened; reopen the one of {date} first.</source>
            <translation>Seul le dernier rapprochement peut être rouvert ; rouvrez d'abord celui du {date}.</translation>
        </message>
        <message>
            <source>Deposits in the books, not yet on the statement</source>
            <translation>Dépôts en comptabilité, pas encore sur le relevé</translation>
        </message>
        <message>
            <source>Payments in the books, not yet on the statement</source>
            <translation>Décaissements en comptabilité, pas encore sur le relevé</translation>
        </message>
        <message>
            <source>On the statement, not yet in the books</source>
            <translation>Sur le relevé, pas encore en comptabilité</translation>
        </message>
        <message>
            <source>Bank reconciliation</source>
            <translation>Rapprochement bancaire</translation>
        </message>
        <message>
            <source>{account} at {date}</source>
            <translation>{account} au {date}</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Compte</translation>
        </message>
        <message>
            <source>Ledger account</source>
            <translation>Compte comptable</translation>
        </message>
        <message>
            <source>Statement date</source>
            <translation>Date du relevé</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>In progress, not finished</source>
            <translation>En cours, non terminé</translation>
        </message>
        <message>
            <source>Finished by {user} on {when}</source>
            <translation>Terminé par {user} le {when}</translation>
        </message>
        <message>
            <source>Reopened</source>
            <translation>Rouvert</translation>
        </message>
        <message>
            <source>by {user}: {reason}</source>
            <translation>par {user} : {reason}</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Monnaie</translation>
        </message>
        <message>
            <source>Balance in the books</source>
            <translation>Solde en comptabilité</translation>
        </message>
        <message>
            <source>less deposits not yet on the statement</source>
            <translation>moins les dépôts pas encore sur le relevé</translation>
        </message>
        <message>
            <source>plus payments not yet on the statement</source>
            <translation>plus les décaissements pas encore sur le relevé</translation>
        </message>
        <message>
            <source>Expected balance on the statement</source>
            <translation>Solde attendu sur le relevé</translation>
        </message>
        <message>
            <source>Balance on the bank statement</source>
            <translation>Solde du relevé bancaire</translation>
        </message>
        <message>
            <source>Difference</source>
            <translation>Écart</translation>
        </message>
        <message>
            <source>of which statement lines not yet in the books</source>
            <translation>dont lignes du relevé pas encore en comptabilité</translation>
        </message>
        <message>
            <source>of which unexplained</source>
            <translation>dont inexpliqué</translation>
        </message>
        <message>
            <source>Balance the imported lines give</source>
            <translation>Solde donné par les lignes importées</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Synthèse</translation>
        </message>
        <message>
            <source>From the books to the bank</source>
            <translation>De la comptabilité à la banque</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Montant</translation>
        </message>
        <message>
            <source>The books and the bank agree.</source>
            <translation>La comptabilité et la banque concordent.</translation>
        </message>
        <message>
            <source>The books and the bank do not agree yet.</source>
            <translation>La comptabilité et la banque ne concordent pas encore.</translation>
        </message>
        <message>
            <source>Lines matched: {bank} on the statement, {book} in the books.</source>
            <translation>Lignes pointées : {bank} sur le relevé, {book} en comptabilité.</translation>
        </message>
        <message>
            <source>Entry</source>
            <translation>Écriture</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>Référence</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Libellé</translation>
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
            <source>Deposits</source>
            <translation>Dépôts</translation>
        </message>
        <message>
            <source>Payments</source>
            <translation>Décaissements</translation>
        </message>
        <message>
            <source>Not in books</source>
            <translation>Pas en comptabilité</translation>
        </message>
        <message>
            <source>Account {code} has no reconciliation at {date}; run 'coopdesk bank reconcile' first.</source>
            <translation>Le compte {code} n'a pas de rapprochement au {date} ; lancez d'abord 'coopdesk bank reconcile'.</translation>
        </message>
        <message>
            <source>bank account</source>
            <translation>compte bancaire</translation>
        </message>
        <message>
            <source>mobile money</source>
            <translation>mobile money</translation>
        </message>
        <message>
            <source>There is no bank account {code} (the accounts are: {known}).</source>
            <translation>Il n'existe pas de compte bancaire {code} (les comptes sont : {known}).</translation>
        </message>
        <message>
            <source>none yet</source>
            <translation>aucun pour l'instant</translation>
        </message>
        <message>
            <source>A bank account's code is 1 to 20 letters, digits, '-', '_' or '.', without spaces.</source>
            <translation>Le code d'un compte bancaire se compose de 1 à 20 lettres, chiffres, '-', '_' ou '.', sans espaces.</translation>
        </message>
        <message>
            <source>Give the account a name (the bank and what it is for).</source>
            <translation>Donnez un nom au compte (la banque et son usage).</translation>
        </message>
        <message>
            <source>The kind of account is 'bank' or 'mobile_money'.</source>
            <translation>Le type de compte est 'bank' ou 'mobile_money'.</translation>
        </message>
        <message>
            <source>There is already a bank account {code}.</source>
            <translation>Il existe déjà un compte bancaire {code}.</translation>
        </message>
        <message>
            <source>Ledger account {code} cannot hold a bank's money: choose an asset account that takes entries.</source>
            <translation>Le compte comptable {code} ne peut pas recevoir l'argent d'une banque : choisissez un compte d'actif pouvant recevoir des écritures.</translation>
        </message>
        <message>
            <source>Ledger account {code} is a members' account.</source>
            <translation>Le compte comptable {code} est un compte de membres.</translation>
        </message>
        <message>
            <source>Ledger account {ledger} already belongs to the bank account {code}.</source>
            <translation>Le compte comptable {ledger} est déjà lié au compte bancaire {code}.</translation>
        </message>
        <message>
            <source>There is no saved mapping '{name}' (saved: {known}).</source>
            <translation>Il n'existe pas de correspondance enregistrée '{name}' (enregistrées : {known}).</translation>
        </message>
        <message>
            <source>Give the mapping a name (the bank's, say).</source>
            <translation>Donnez un nom à la correspondance (celui de la banque, par exemple).</translation>
        </message>
        <message>
            <source>{name} holds no statement lines.</source>
            <translation>{name} ne contient aucune ligne de relevé.</translation>
        </message>
        <message>
            <source>statement {n}</source>
            <translation>relevé {n}</translation>
        </message>
        <message>
            <source>{where} is in {theirs}; account {code} is kept in {ours}.</source>
            <translation>{where} est en {theirs} ; le compte {code} est tenu en {ours}.</translation>
        </message>
        <message>
            <source>{where} is a statement of account {theirs}, not of {code} ({ours}). Choose the right account.</source>
            <translation>{where} est un relevé du compte {theirs}, et non de {code} ({ours}). Choisissez le bon compte.</translation>
        </message>
        <message>
            <source>{where} does not add up, so it was not imported: {problems}</source>
            <translation>Les montants de {where} ne concordent pas, il n'a donc pas été importé : {problems}</translation>
        </message>
        <message>
            <source>At {where}: the amount {amount} has more decimals than {currency} has.</source>
            <translation>{where} : le montant {amount} a plus de décimales que n'en permet {currency}.</translation>
        </message>
        <message>
            <source>{count} new line(s) fall on or before {date}, which is reconciled and finished (the first: {day}, {amount}, '{text}'). Reopen that reconciliation first, if the bank really added them.</source>
            <translation>{count} nouvelle(s) ligne(s) tombe(nt) le {date} ou avant, période déjà rapprochée et terminée (la première : {day}, {amount}, '{text}'). Si la banque les a vraiment ajoutées, rouvrez d'abord ce rapprochement.</translation>
        </message>
        <message>
            <source>line {line}</source>
            <translation>ligne {line}</translation>
        </message>
        <message>
            <source>entry {number}</source>
            <translation>mouvement {number}</translation>
        </message>
        <message>
            <source>At {where}: the balance {previous} plus {amount} gives {expected}, but the bank shows {balance}.</source>
            <translation>{where} : le solde {previous} plus {amount} donne {expected}, mais la banque indique {balance}.</translation>
        </message>
        <message>
            <source>Opening balance {opening} plus the {count} line(s) totalling {total} gives {expected}, but the closing balance is {closing} (difference {difference}).</source>
            <translation>Le solde d'ouverture {opening} plus les {count} ligne(s) totalisant {total} donne {expected}, mais le solde de clôture est {closing} (écart {difference}).</translation>
        </message>
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
            <source>Books: the {chart} chart of accounts and the fiscal year {year}.</source>
            <translation>Comptabilité : le plan comptable {chart} et l'exercice {year}.</translation>
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
            <source>The bank's and the mobile-money account's monthly statements are in {folder}; the last month's are left to import and reconcile.</source>
            <translation>Les relevés mensuels de la banque et du compte mobile money se trouvent dans {folder} ; ceux du dernier mois restent à importer et à rapprocher.</translation>
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
            <source>the chart of accounts: general, or SYSCOHADA (OHADA countries)</source>
            <translation>le plan comptable : général, ou SYSCOHADA (pays OHADA)</translation>
        </message>
        <message>
            <source>the first fiscal year, January to December (default: this year)</source>
            <translation>le premier exercice, de janvier à décembre (par défaut : cette année)</translation>
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
            <source>where to write the bank statement files (default: beside the file, none for a database URL)</source>
            <translation>où écrire les fichiers de relevés bancaires (par défaut : à côté du fichier ; aucun pour une URL de base de données)</translation>
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
            <source>where the money goes in or out (for the books)</source>
            <translation>où l'argent entre ou sort (pour la comptabilité)</translation>
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
            <source>--entry is YEAR:NUMBER, e.g. 2026:14; not '{value}'.</source>
            <translation>--entry s'écrit YEAR:NUMBER, p. ex. 2026:14 ; pas '{value}'.</translation>
        </message>
        <message>
            <source>No activity found.</source>
            <translation>Aucune activité trouvée.</translation>
        </message>
        <message>
            <source>No activity yet: 'coopdesk activity add TITLE --from DATE --to DATE' adds one.</source>
            <translation>Pas encore d'activité : 'coopdesk activity add TITLE --from DATE --to DATE' en ajoute une.</translation>
        </message>
        <message>
            <source>Activity {number} added.</source>
            <translation>Activité {number} ajoutée.</translation>
        </message>
        <message>
            <source>Say what to change: --title, --objective, --from, --to, --responsible, --budget, --indicator or --requirement.</source>
            <translation>Indiquez ce qu'il faut modifier : --title, --objective, --from, --to, --responsible, --budget, --indicator ou --requirement.</translation>
        </message>
        <message>
            <source>Activity {number} changed.</source>
            <translation>Activité {number} modifiée.</translation>
        </message>
        <message>
            <source>Say the progress: --progress PERCENT.</source>
            <translation>Indiquez l'avancement : --progress PERCENT.</translation>
        </message>
        <message>
            <source>Progress of activity {number} recorded: {status}, {progress} %.</source>
            <translation>Avancement de l'activité {number} enregistré : {status}, {progress} %.</translation>
        </message>
        <message>
            <source>Say what to tag: --entry YEAR:NUMBER, or --line ID (one or more).</source>
            <translation>Indiquez ce qu'il faut rattacher : --entry YEAR:NUMBER, ou --line ID (une ou plusieurs).</translation>
        </message>
        <message>
            <source>{count} line(s) tagged to activity {number}.</source>
            <translation>{count} ligne(s) rattachée(s) à l'activité {number}.</translation>
        </message>
        <message>
            <source>{count} line(s) untagged.</source>
            <translation>{count} ligne(s) détachée(s).</translation>
        </message>
        <message>
            <source>Responsible: {name}</source>
            <translation>Responsable : {name}</translation>
        </message>
        <message>
            <source>From {starts} to {ends}</source>
            <translation>Du {starts} au {ends}</translation>
        </message>
        <message>
            <source>Objective: {text}</source>
            <translation>Objectif : {text}</translation>
        </message>
        <message>
            <source>Indicator: {text}</source>
            <translation>Indicateur : {text}</translation>
        </message>
        <message>
            <source>Requirement: {ref}</source>
            <translation>Exigence : {ref}</translation>
        </message>
        <message>
            <source>Budget {budget}, actual {actual}, variance {variance}</source>
            <translation>Budget {budget}, réalisé {actual}, écart {variance}</translation>
        </message>
        <message>
            <source>Status: {status}, {progress} % (time gone: {expected} %)</source>
            <translation>Statut : {status}, {progress} % (temps écoulé : {expected} %)</translation>
        </message>
        <message>
            <source>Progress reports:</source>
            <translation>Rapports d'avancement :</translation>
        </message>
        <message>
            <source>No progress report yet.</source>
            <translation>Pas encore de rapport d'avancement.</translation>
        </message>
        <message>
            <source>Tagged lines:</source>
            <translation>Lignes rattachées :</translation>
        </message>
        <message>
            <source>No journal line tagged yet.</source>
            <translation>Aucune ligne du journal n'est encore rattachée.</translation>
        </message>
        <message>
            <source>(reversed, not counted)</source>
            <translation>(contre-passée, non comptée)</translation>
        </message>
        <message>
            <source>There is no budget for {year} yet: 'coopdesk budget new --year {year}' starts one.</source>
            <translation>Il n'y a pas encore de budget pour {year} : 'coopdesk budget new --year {year}' en crée un.</translation>
        </message>
        <message>
            <source>No budget yet: 'coopdesk budget new --year NAME' starts one.</source>
            <translation>Pas encore de budget : 'coopdesk budget new --year NAME' en crée un.</translation>
        </message>
        <message>
            <source>approved {day}, resolution {resolution}</source>
            <translation>approuvé le {day}, résolution {resolution}</translation>
        </message>
        <message>
            <source>version {n}</source>
            <translation>version {n}</translation>
        </message>
        <message>
            <source>{n} lines</source>
            <translation>{n} lignes</translation>
        </message>
        <message>
            <source>Budget {year}, version {version}: a draft with {lines} line(s).</source>
            <translation>Budget {year}, version {version} : un brouillon de {lines} ligne(s).</translation>
        </message>
        <message>
            <source>Cannot read {path}: {reason}</source>
            <translation>Impossible de lire {path} : {reason}</translation>
        </message>
        <message>
            <source>Row {row} of {path}: give an account and an amount.</source>
            <translation>Ligne {row} de {path} : indiquez un compte et un montant.</translation>
        </message>
        <message>
            <source>Give ACCOUNT=AMOUNT pairs, or --file CSV.</source>
            <translation>Donnez des paires ACCOUNT=AMOUNT, ou --file CSV.</translation>
        </message>
        <message>
            <source>Write ACCOUNT=AMOUNT, e.g. 5105=36000000; not '{value}'.</source>
            <translation>Écrivez ACCOUNT=AMOUNT, p. ex. 5105=36000000 ; pas '{value}'.</translation>
        </message>
        <message>
            <source>Account {code}: {reason}</source>
            <translation>Compte {code} : {reason}</translation>
        </message>
        <message>
            <source>{count} account(s) set in the {year} budget.</source>
            <translation>{count} compte(s) fixé(s) dans le budget {year}.</translation>
        </message>
        <message>
            <source>--growth: '{value}' is not a percentage.</source>
            <translation>--growth : '{value}' n'est pas un pourcentage.</translation>
        </message>
        <message>
            <source>The {year} budget proposed from the actuals of {source} plus {growth} %: {count} line(s).</source>
            <translation>Budget {year} proposé à partir du réalisé de {source} plus {growth} % : {count} ligne(s).</translation>
        </message>
        <message>
            <source>The {year} budget, version {version}, approved on {day} (resolution {resolution}).</source>
            <translation>Budget {year}, version {version}, approuvé le {day} (résolution {resolution}).</translation>
        </message>
        <message>
            <source>draft, not approved</source>
            <translation>brouillon, non approuvé</translation>
        </message>
        <message>
            <source>Budget {year}, version {version}: {approval}</source>
            <translation>Budget {year}, version {version} : {approval}</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Budget</source>
            <translation>Budget</translation>
        </message>
        <message>
            <source>Actual</source>
            <translation>Réalisé</translation>
        </message>
        <message>
            <source>Variance</source>
            <translation>Écart</translation>
        </message>
        <message>
            <source>% used</source>
            <translation>% utilisé</translation>
        </message>
        <message>
            <source>OVER BUDGET</source>
            <translation>DÉPASSEMENT DU BUDGET</translation>
        </message>
        <message>
            <source>Income</source>
            <translation>Produits</translation>
        </message>
        <message>
            <source>Expenses</source>
            <translation>Charges</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Résultat</translation>
        </message>
        <message>
            <source>No report named '{name}' here.</source>
            <translation>Aucun rapport nommé '{name}' ici.</translation>
        </message>
        <message>
            <source>the action plan: activities, progress and spending tagged from the books</source>
            <translation>le plan d'action : activités, avancement et dépenses rattachées depuis les comptes</translation>
        </message>
        <message>
            <source>the activities with budget and actual</source>
            <translation>les activités avec leur budget et leur réalisé</translation>
        </message>
        <message>
            <source>only those running in this calendar year</source>
            <translation>seulement celles en cours pendant cette année civile</translation>
        </message>
        <message>
            <source>only the overdue ones</source>
            <translation>seulement les activités échues</translation>
        </message>
        <message>
            <source>the day to judge against (default: today)</source>
            <translation>le jour de référence pour l'appréciation (par défaut : aujourd'hui)</translation>
        </message>
        <message>
            <source>the first day</source>
            <translation>le premier jour</translation>
        </message>
        <message>
            <source>the last day</source>
            <translation>le dernier jour</translation>
        </message>
        <message>
            <source>the responsible member's number (0: nobody, when changing)</source>
            <translation>le numéro du membre responsable (0 : personne, lors d'une modification)</translation>
        </message>
        <message>
            <source>the amount budgeted</source>
            <translation>le montant budgété</translation>
        </message>
        <message>
            <source>a standard's requirement, e.g. craft:2.1</source>
            <translation>l'exigence d'une norme, p. ex. craft:2.1</translation>
        </message>
        <message>
            <source>add an activity to the plan</source>
            <translation>ajouter une activité au plan</translation>
        </message>
        <message>
            <source>change an activity's plan</source>
            <translation>modifier la planification d'une activité</translation>
        </message>
        <message>
            <source>record a progress report</source>
            <translation>enregistrer un rapport d'avancement</translation>
        </message>
        <message>
            <source>per cent done, 0 to 100</source>
            <translation>pourcentage réalisé, de 0 à 100</translation>
        </message>
        <message>
            <source>the report's date (default: today)</source>
            <translation>la date du rapport (par défaut : aujourd'hui)</translation>
        </message>
        <message>
            <source>tag journal lines of posted entries to an activity</source>
            <translation>rattacher à une activité des lignes du journal d'écritures comptabilisées</translation>
        </message>
        <message>
            <source>YEAR:NUMBER: the entry's debits to expense accounts</source>
            <translation>YEAR:NUMBER : les débits de l'écriture aux comptes de charges</translation>
        </message>
        <message>
            <source>a journal line's id</source>
            <translation>l'identifiant d'une ligne du journal</translation>
        </message>
        <message>
            <source>remove the tags of journal lines</source>
            <translation>retirer le rattachement de lignes du journal</translation>
        </message>
        <message>
            <source>an activity with its reports and lines</source>
            <translation>une activité avec ses rapports et ses lignes</translation>
        </message>
        <message>
            <source>the annual budget by account, approved by the assembly, against the actual</source>
            <translation>le budget annuel par compte, approuvé par l'assemblée, comparé au réalisé</translation>
        </message>
        <message>
            <source>the budgets and their versions</source>
            <translation>les budgets et leurs versions</translation>
        </message>
        <message>
            <source>a fiscal year's name</source>
            <translation>le nom d'un exercice</translation>
        </message>
        <message>
            <source>a new draft version of a year's budget</source>
            <translation>une nouvelle version brouillon du budget d'un exercice</translation>
        </message>
        <message>
            <source>set amounts of a draft: ACCOUNT=AMOUNT...</source>
            <translation>fixer les montants d'un brouillon : ACCOUNT=AMOUNT...</translation>
        </message>
        <message>
            <source>default: the latest</source>
            <translation>par défaut : la plus récente</translation>
        </message>
        <message>
            <source>a CSV file of ACCOUNT,AMOUNT rows</source>
            <translation>un fichier CSV de lignes ACCOUNT,AMOUNT</translation>
        </message>
        <message>
            <source>fill a draft from a year's actuals</source>
            <translation>remplir un brouillon à partir du réalisé d'un exercice</translation>
        </message>
        <message>
            <source>the year to start from</source>
            <translation>l'exercice de départ</translation>
        </message>
        <message>
            <source>per cent added, e.g. 5</source>
            <translation>pourcentage ajouté, p. ex. 5</translation>
        </message>
        <message>
            <source>approve a draft by an assembly's motion</source>
            <translation>approuver un brouillon par une motion de l'assemblée</translation>
        </message>
        <message>
            <source>the passed motion's id</source>
            <translation>l'identifiant de la motion adoptée</translation>
        </message>
        <message>
            <source>the budget against the actual by account</source>
            <translation>le budget contre le réalisé par compte</translation>
        </message>
        <message>
            <source>default: the latest approved</source>
            <translation>par défaut : la dernière approuvée</translation>
        </message>
        <message>
            <source>{option}: give line numbers separated by commas, like 12,15.</source>
            <translation>{option} : donnez des numéros de ligne séparés par des virgules, comme 12,15.</translation>
        </message>
        <message>
            <source>No bank account yet: 'coopdesk bank add CODE --name NAME --kind bank --ledger CODE' adds one.</source>
            <translation>Pas encore de compte bancaire : 'coopdesk bank add CODE --name NAME --kind bank --ledger CODE' en ajoute un.</translation>
        </message>
        <message>
            <source>never reconciled</source>
            <translation>jamais rapproché</translation>
        </message>
        <message>
            <source>{n} lines, {u} unmatched</source>
            <translation>{n} lignes, {u} non pointées</translation>
        </message>
        <message>
            <source>reconciled to {date}</source>
            <translation>rapproché au {date}</translation>
        </message>
        <message>
            <source>book balance {amount}</source>
            <translation>solde comptable {amount}</translation>
        </message>
        <message>
            <source>Bank account {code} added.</source>
            <translation>Compte bancaire {code} ajouté.</translation>
        </message>
        <message>
            <source>{file} is not a JSON mapping: {error}</source>
            <translation>{file} n'est pas une correspondance JSON : {error}</translation>
        </message>
        <message>
            <source>an object {...} is expected</source>
            <translation>un objet {...} est attendu</translation>
        </message>
        <message>
            <source>Mapping {name} saved.</source>
            <translation>Correspondance {name} enregistrée.</translation>
        </message>
        <message>
            <source>There is no saved mapping '{name}'.</source>
            <translation>Il n'existe pas de correspondance enregistrée '{name}'.</translation>
        </message>
        <message>
            <source>{file} cannot be read: {error}</source>
            <translation>{file} ne peut pas être lu : {error}</translation>
        </message>
        <message>
            <source>{file}: {format}, {lines} lines from {first} to {last}; {new} new, {known} already imported.</source>
            <translation>{file} : {format}, {lines} lignes du {first} au {last} ; {new} nouvelles, {known} déjà importées.</translation>
        </message>
        <message>
            <source>{file}: {new} new line(s) imported, {known} already there ({first} to {last}).</source>
            <translation>{file} : {new} nouvelle(s) ligne(s) importée(s), {known} déjà présente(s) (du {first} au {last}).</translation>
        </message>
        <message>
            <source> (brought forward)</source>
            <translation> (reportée)</translation>
        </message>
        <message>
            <source>Would match</source>
            <translation>Seraient pointées</translation>
        </message>
        <message>
            <source>Matched</source>
            <translation>Pointées</translation>
        </message>
        <message>
            <source>{title}: {n}</source>
            <translation>{title} : {n}</translation>
        </message>
        <message>
            <source>Suggested: {n} (accept with 'coopdesk bank link --account {code} --bank B --book K', refuse with 'coopdesk bank reject ...')</source>
            <translation>Pointages proposés : {n} (acceptez-les avec 'coopdesk bank link --account {code} --bank B --book K', refusez-les avec 'coopdesk bank reject ...')</translation>
        </message>
        <message>
            <source>Entries proposed by the rules: {n} (post them with 'coopdesk bank post-rules --account {code}')</source>
            <translation>Écritures proposées par les règles : {n} (comptabilisez-les avec 'coopdesk bank post-rules --account {code}')</translation>
        </message>
        <message>
            <source>Left on the statement: {n}</source>
            <translation>Restant sur le relevé : {n}</translation>
        </message>
        <message>
            <source>Left in the books: {n}</source>
            <translation>Restant en comptabilité : {n}</translation>
        </message>
        <message>
            <source>That pairing will not be proposed again.</source>
            <translation>Cette association ne sera plus proposée.</translation>
        </message>
        <message>
            <source>Matched (match {id}).</source>
            <translation>Pointage {id} effectué.</translation>
        </message>
        <message>
            <source>Match {id} undone.</source>
            <translation>Pointage {id} annulé.</translation>
        </message>
        <message>
            <source>There is no statement line B{id} on account {code}.</source>
            <translation>Il n'existe pas de ligne de relevé B{id} sur le compte {code}.</translation>
        </message>
        <message>
            <source>Entry {number} posted and matched to line B{id}.</source>
            <translation>Écriture {number} comptabilisée et pointée avec la ligne B{id}.</translation>
        </message>
        <message>
            <source>No rule proposes an entry for the open statement lines.</source>
            <translation>Aucune règle ne propose d'écriture pour les lignes de relevé non pointées.</translation>
        </message>
        <message>
            <source>{n} entries posted: {numbers}</source>
            <translation>{n} écritures comptabilisées : {numbers}</translation>
        </message>
        <message>
            <source>Rule {id} added.</source>
            <translation>Règle {id} ajoutée.</translation>
        </message>
        <message>
            <source>Rule {id} deleted.</source>
            <translation>Règle {id} supprimée.</translation>
        </message>
        <message>
            <source>No rule to suggest: the same words must have been booked by hand to the same account three times.</source>
            <translation>Aucune règle à proposer : les mêmes mots doivent avoir été imputés à la main au même compte trois fois.</translation>
        </message>
        <message>
            <source>{name}: lines containing '{text}' -&gt; {target}</source>
            <translation>{name} : lignes contenant '{text}' -&gt; {target}</translation>
        </message>
        <message>
            <source>(inactive)</source>
            <translation>(inactive)</translation>
        </message>
        <message>
            <source>Reconciliation of {code} at {date}</source>
            <translation>Rapprochement de {code} au {date}</translation>
        </message>
        <message>
            <source>  Balance in the books:                 {v}</source>
            <translation>  Solde en comptabilité :                   {v}</translation>
        </message>
        <message>
            <source>  Deposits not yet on the statement:    {v}</source>
            <translation>  Dépôts pas encore sur le relevé :         {v}</translation>
        </message>
        <message>
            <source>  Payments not yet on the statement:    {v}</source>
            <translation>  Décaissements pas encore sur le relevé :  {v}</translation>
        </message>
        <message>
            <source>  Balance on the statement:             {v}</source>
            <translation>  Solde sur le relevé :                     {v}</translation>
        </message>
        <message>
            <source>  Balance the imported lines give:      {v}</source>
            <translation>  Solde donné par les lignes importées :    {v}</translation>
        </message>
        <message>
            <source>  Difference:                           {v}</source>
            <translation>  Écart :                                   {v}</translation>
        </message>
        <message>
            <source>  Statement lines not in the books:     {v}</source>
            <translation>  Lignes de relevé hors comptabilité :      {v}</translation>
        </message>
        <message>
            <source>Not finished: the reconciliation does not balance yet.</source>
            <translation>Non terminé : le rapprochement n'est pas encore équilibré.</translation>
        </message>
        <message>
            <source>Reconciliation {id} finished and its lines locked.</source>
            <translation>Rapprochement {id} terminé et ses lignes verrouillées.</translation>
        </message>
        <message>
            <source>done</source>
            <translation>terminé</translation>
        </message>
        <message>
            <source>reopened by {user}: {reason}</source>
            <translation>rouvert par {user} : {reason}</translation>
        </message>
        <message>
            <source>Reconciliation {id} reopened.</source>
            <translation>Rapprochement {id} rouvert.</translation>
        </message>
        <message>
            <source>The bank reconciliation report needs the bank account: --account CODE.</source>
            <translation>L'état de rapprochement bancaire a besoin du compte bancaire : --account CODE.</translation>
        </message>
        <message>
            <source>bank and mobile-money accounts: statements, matching, reconciliation</source>
            <translation>comptes bancaires et mobile money : relevés, pointage, rapprochement</translation>
        </message>
        <message>
            <source>list the accounts, one a line, the code first</source>
            <translation>lister les comptes, un par ligne, le code en premier</translation>
        </message>
        <message>
            <source>add a bank or mobile-money account</source>
            <translation>ajouter un compte bancaire ou mobile money</translation>
        </message>
        <message>
            <source>the ledger account that holds its money</source>
            <translation>le compte comptable qui contient son argent</translation>
        </message>
        <message>
            <source>the account number, IBAN or phone</source>
            <translation>le numéro de compte, l'IBAN ou le téléphone</translation>
        </message>
        <message>
            <source>the saved mapping its CSV/Excel files are read with</source>
            <translation>la correspondance enregistrée avec laquelle lire ses fichiers CSV/Excel</translation>
        </message>
        <message>
            <source>the first day of its statements; earlier book lines count as agreed</source>
            <translation>le premier jour de ses relevés ; les lignes comptables antérieures sont considérées comme concordantes</translation>
        </message>
        <message>
            <source>saved ways to read a bank's CSV or Excel files</source>
            <translation>façons enregistrées de lire les fichiers CSV ou Excel d'une banque</translation>
        </message>
        <message>
            <source>list the saved mappings</source>
            <translation>lister les correspondances enregistrées</translation>
        </message>
        <message>
            <source>show a mapping as JSON</source>
            <translation>afficher une correspondance en JSON</translation>
        </message>
        <message>
            <source>save a mapping from a JSON file</source>
            <translation>enregistrer une correspondance depuis un fichier JSON</translation>
        </message>
        <message>
            <source>import a statement file (OFX, CAMT.053, MT940, CSV, Excel)</source>
            <translation>importer un fichier de relevé (OFX, CAMT.053, MT940, CSV, Excel)</translation>
        </message>
        <message>
            <source>a saved mapping, for CSV and Excel</source>
            <translation>une correspondance enregistrée, pour CSV et Excel</translation>
        </message>
        <message>
            <source>show the lines, import nothing</source>
            <translation>afficher les lignes, ne rien importer</translation>
        </message>
        <message>
            <source>import a statement whose balances do not add up (it is recorded)</source>
            <translation>importer un relevé dont les soldes ne concordent pas (c'est consigné)</translation>
        </message>
        <message>
            <source>list statement lines (B...) or book lines (K...)</source>
            <translation>lister les lignes de relevé (B...) ou les lignes comptables (K...)</translation>
        </message>
        <message>
            <source>the book lines instead</source>
            <translation>les lignes comptables à la place</translation>
        </message>
        <message>
            <source>match the statement to the books: prints what was matched, suggested and left</source>
            <translation>pointer le relevé avec la comptabilité : affiche ce qui a été pointé, proposé et ce qui reste</translation>
        </message>
        <message>
            <source>save nothing</source>
            <translation>ne rien enregistrer</translation>
        </message>
        <message>
            <source>match statement lines to book lines by hand</source>
            <translation>pointer à la main des lignes de relevé avec des lignes comptables</translation>
        </message>
        <message>
            <source>refuse a suggested match</source>
            <translation>refuser un pointage proposé</translation>
        </message>
        <message>
            <source>statement lines, like B12,B13</source>
            <translation>lignes de relevé, comme B12,B13</translation>
        </message>
        <message>
            <source>book lines, like K40</source>
            <translation>lignes comptables, comme K40</translation>
        </message>
        <message>
            <source>undo a match</source>
            <translation>annuler un pointage</translation>
        </message>
        <message>
            <source>never propose it again</source>
            <translation>ne plus jamais le proposer</translation>
        </message>
        <message>
            <source>post the entry a statement line needs, and match it</source>
            <translation>comptabiliser l'écriture qu'il faut pour une ligne de relevé, et la pointer</translation>
        </message>
        <message>
            <source>the statement line, like B12</source>
            <translation>la ligne de relevé, comme B12</translation>
        </message>
        <message>
            <source>the ledger account of the other side</source>
            <translation>le compte comptable de contrepartie</translation>
        </message>
        <message>
            <source>post the entries the rules propose</source>
            <translation>comptabiliser les écritures proposées par les règles</translation>
        </message>
        <message>
            <source>rules that make entries for charges, interest, fees</source>
            <translation>règles qui passent les écritures des frais, intérêts et commissions</translation>
        </message>
        <message>
            <source>list the rules in order</source>
            <translation>lister les règles dans l'ordre</translation>
        </message>
        <message>
            <source>add a rule at the end</source>
            <translation>ajouter une règle à la fin</translation>
        </message>
        <message>
            <source>the ledger account the lines go to</source>
            <translation>le compte comptable où vont les lignes</translation>
        </message>
        <message>
            <source>only this bank account's lines</source>
            <translation>seulement les lignes de ce compte bancaire</translation>
        </message>
        <message>
            <source>the share that is a fee, like 1.5%%</source>
            <translation>la part qui correspond à des frais, comme 1,5 %%</translation>
        </message>
        <message>
            <source>delete a rule</source>
            <translation>supprimer une règle</translation>
        </message>
        <message>
            <source>rules suggested from the entries made by hand</source>
            <translation>règles proposées à partir des écritures saisies à la main</translation>
        </message>
        <message>
            <source>reconcile at a statement date; finishes it when the books and the bank agree</source>
            <translation>rapprocher à une date de relevé ; le rapprochement est terminé quand la comptabilité et la banque concordent</translation>
        </message>
        <message>
            <source>the statement's closing balance</source>
            <translation>le solde de clôture du relevé</translation>
        </message>
        <message>
            <source>show it, save nothing</source>
            <translation>l'afficher, ne rien enregistrer</translation>
        </message>
        <message>
            <source>list the reconciliations, latest first</source>
            <translation>lister les rapprochements, le plus récent en premier</translation>
        </message>
        <message>
            <source>reopen the latest reconciliation of an account</source>
            <translation>rouvrir le dernier rapprochement d'un compte</translation>
        </message>
        <message>
            <source>--{field}: '{value}' is not a number.</source>
            <translation>--{field} : « {value} » n'est pas un nombre.</translation>
        </message>
        <message>
            <source>--{field}: '{value}' is not a whole number.</source>
            <translation>--{field} : « {value} » n'est pas un nombre entier.</translation>
        </message>
        <message>
            <source>Installed the {template} chart: {count} accounts.</source>
            <translation>Plan {template} installé : {count} comptes.</translation>
        </message>
        <message>
            <source>No chart of accounts yet: run 'coopdesk books chart general' (or syscohada).</source>
            <translation>Pas encore de plan comptable : lancez 'coopdesk books chart general' (ou syscohada).</translation>
        </message>
        <message>
            <source>Account {code} added.</source>
            <translation>Compte {code} ajouté.</translation>
        </message>
        <message>
            <source>Fiscal year {year} opened.</source>
            <translation>Exercice {year} ouvert.</translation>
        </message>
        <message>
            <source>Fiscal year {year} closed.</source>
            <translation>Exercice {year} clôturé.</translation>
        </message>
        <message>
            <source>Closing entry {number}.</source>
            <translation>Écriture de clôture {number}.</translation>
        </message>
        <message>
            <source>Period starting {date} closed.</source>
            <translation>Période commençant le {date} clôturée.</translation>
        </message>
        <message>
            <source>--line is ACCOUNT:DEBIT:CREDIT[:MEMBER], e.g. 1105:500: or 3105::500:12; not '{value}'.</source>
            <translation>--line s'écrit COMPTE:DEBIT:CREDIT[:MEMBRE], p. ex. 1105:500: ou 3105::500:12 ; pas '{value}'.</translation>
        </message>
        <message>
            <source>{file} attached to entry {number}.</source>
            <translation>{file} joint à l'écriture {number}.</translation>
        </message>
        <message>
            <source>Entry {number} of {year} posted.</source>
            <translation>Écriture {number} de {year} comptabilisée.</translation>
        </message>
        <message>
            <source>{count} entries written to {path}.</source>
            <translation>{count} écritures écrites dans {path}.</translation>
        </message>
        <message>
            <source>{count} entries imported from {file}.</source>
            <translation>{count} écritures importées depuis {file}.</translation>
        </message>
        <message>
            <source>'{kind}' is not a kind of {direction}; see 'coopdesk cash kinds'.</source>
            <translation>'{kind}' n'est pas un type de {direction} ; voir 'coopdesk cash kinds'.</translation>
        </message>
        <message>
            <source>Production lot {number} recorded.</source>
            <translation>Lot de production {number} enregistré.</translation>
        </message>
        <message>
            <source>Purchase {number} recorded.</source>
            <translation>Achat {number} enregistré.</translation>
        </message>
        <message>
            <source>--lot is NUMBER:GRAMS, e.g. 12:7.5; not '{value}'.</source>
            <translation>--lot s'écrit NUMÉRO:GRAMMES, p. ex. 12:7.5 ; pas '{value}'.</translation>
        </message>
        <message>
            <source>Sale {number} recorded.</source>
            <translation>Vente {number} enregistrée.</translation>
        </message>
        <message>
            <source>Say which election: --election ID (see 'coopdesk election list').</source>
            <translation>Indiquez l'élection : --election ID (voir 'coopdesk election list').</translation>
        </message>
        <message>
            <source>Say which meeting: --meeting ID (see 'coopdesk meeting list').</source>
            <translation>Indiquez la réunion : --meeting ID (voir 'coopdesk meeting list').</translation>
        </message>
        <message>
            <source>Say the format: --format pdf, xlsx or csv.</source>
            <translation>Indiquez le format : --format pdf, xlsx ou csv.</translation>
        </message>
        <message>
            <source>Report written to {path}.</source>
            <translation>Rapport écrit dans {path}.</translation>
        </message>
        <message>
            <source>chart of accounts, fiscal years and periods</source>
            <translation>plan comptable, exercices et périodes</translation>
        </message>
        <message>
            <source>install a chart of accounts template</source>
            <translation>installer un modèle de plan comptable</translation>
        </message>
        <message>
            <source>the chart with balances</source>
            <translation>le plan comptable avec les soldes</translation>
        </message>
        <message>
            <source>balances at this date (default: today)</source>
            <translation>soldes à cette date (par défaut : aujourd'hui)</translation>
        </message>
        <message>
            <source>add an account under a heading</source>
            <translation>ajouter un compte sous un compte de regroupement</translation>
        </message>
        <message>
            <source>the heading's code</source>
            <translation>le numéro du compte de regroupement</translation>
        </message>
        <message>
            <source>which account serves which purpose; ROLE CODE sets one</source>
            <translation>quel compte sert à quel usage ; ROLE CODE en définit un</translation>
        </message>
        <message>
            <source>fiscal years</source>
            <translation>exercices</translation>
        </message>
        <message>
            <source>open a fiscal year with monthly periods</source>
            <translation>ouvrir un exercice avec des périodes mensuelles</translation>
        </message>
        <message>
            <source>year-end closing: income and expenses to the result</source>
            <translation>clôture de l'exercice : produits et charges portés au résultat</translation>
        </message>
        <message>
            <source>close a monthly period</source>
            <translation>clôturer une période mensuelle</translation>
        </message>
        <message>
            <source>the period's first day</source>
            <translation>le premier jour de la période</translation>
        </message>
        <message>
            <source>journal entries</source>
            <translation>écritures comptables</translation>
        </message>
        <message>
            <source>list entries</source>
            <translation>lister les écritures</translation>
        </message>
        <message>
            <source>post an entry</source>
            <translation>comptabiliser une écriture</translation>
        </message>
        <message>
            <source>ACCOUNT:DEBIT:CREDIT[:MEMBER], once per line</source>
            <translation>COMPTE:DEBIT:CREDIT[:MEMBRE], une fois par ligne</translation>
        </message>
        <message>
            <source>reverse a posted entry</source>
            <translation>contre-passer une écriture comptabilisée</translation>
        </message>
        <message>
            <source>attach a scanned receipt (image or PDF)</source>
            <translation>joindre un justificatif scanné (image ou PDF)</translation>
        </message>
        <message>
            <source>write the journal for hledger or ledger-cli</source>
            <translation>écrire le journal pour hledger ou ledger-cli</translation>
        </message>
        <message>
            <source>file (default: standard output)</source>
            <translation>fichier (par défaut : sortie standard)</translation>
        </message>
        <message>
            <source>import entries, or opening balances, from Excel or CSV</source>
            <translation>importer des écritures, ou des soldes d'ouverture, depuis Excel ou CSV</translation>
        </message>
        <message>
            <source>the fiscal year of opening balances (a file without dates)</source>
            <translation>l'exercice des soldes d'ouverture (pour un fichier sans dates)</translation>
        </message>
        <message>
            <source>the cash book: receipts and payments</source>
            <translation>le livre de caisse : encaissements et décaissements</translation>
        </message>
        <message>
            <source>the kinds of receipts and payments</source>
            <translation>les types d'encaissements et de décaissements</translation>
        </message>
        <message>
            <source>record a receipt</source>
            <translation>enregistrer un encaissement</translation>
        </message>
        <message>
            <source>record a payment</source>
            <translation>enregistrer un décaissement</translation>
        </message>
        <message>
            <source>see 'coopdesk cash kinds'</source>
            <translation>voir 'coopdesk cash kinds'</translation>
        </message>
        <message>
            <source>the account, for the kinds 'other'</source>
            <translation>le compte, pour les types 'other'</translation>
        </message>
        <message>
            <source>a scanned receipt (image or PDF)</source>
            <translation>un justificatif scanné (image ou PDF)</translation>
        </message>
        <message>
            <source>production, purchases and sales</source>
            <translation>production, achats et ventes</translation>
        </message>
        <message>
            <source>list production lots</source>
            <translation>lister les lots de production</translation>
        </message>
        <message>
            <source>record a production lot</source>
            <translation>enregistrer un lot de production</translation>
        </message>
        <message>
            <source>parts per thousand, e.g. 916</source>
            <translation>pour mille, p. ex. 916</translation>
        </message>
        <message>
            <source>a work group's name, instead of a member</source>
            <translation>le nom d'une équipe, au lieu d'un membre</translation>
        </message>
        <message>
            <source>buy gold from a member</source>
            <translation>acheter de l'or à un membre</translation>
        </message>
        <message>
            <source>price of a gram of fine metal</source>
            <translation>prix d'un gramme de métal fin</translation>
        </message>
        <message>
            <source>record a sale to a buyer</source>
            <translation>enregistrer une vente à un acheteur</translation>
        </message>
        <message>
            <source>NUMBER:GRAMS, once per lot</source>
            <translation>NUMÉRO:GRAMMES, une fois par lot</translation>
        </message>
        <message>
            <source>the Fairmined premium, apart from the price</source>
            <translation>la prime Fairmined, en plus du prix</translation>
        </message>
        <message>
            <source>write a report as PDF, Excel or CSV</source>
            <translation>écrire un rapport en PDF, Excel ou CSV</translation>
        </message>
        <message>
            <source>without the previous period</source>
            <translation>sans la période précédente</translation>
        </message>
        <message>
            <source>the meeting, for its documents</source>
            <translation>la réunion dont on veut les documents</translation>
        </message>
        <message>
            <source>the election, for its documents</source>
            <translation>l'élection dont on veut les documents</translation>
        </message>
        <message>
            <source>the year of the minutes book, the action plan or the budget</source>
            <translation>l'année du registre des procès-verbaux, du plan d'action ou du budget</translation>
        </message>
        <message>
            <source>the business plan (else the latest)</source>
            <translation>le plan d'affaires (sinon le plus récent)</translation>
        </message>
        <message>
            <source>craft, fairmined or maendeleo (else all)</source>
            <translation>craft, fairmined ou maendeleo (sinon toutes)</translation>
        </message>
        <message>
            <source>how many numbered ballot papers to print</source>
            <translation>nombre de bulletins de vote numérotés à imprimer</translation>
        </message>
        <message>
            <source>There is no business plan yet: 'coopdesk plan new TITLE --first-year YEAR' makes one.</source>
            <translation>Il n'y a pas encore de plan d'affaires : 'coopdesk plan new TITLE --first-year YEAR' en crée un.</translation>
        </message>
        <message>
            <source>--year: the plan runs from {first} to {last}; {year} is not one of its years.</source>
            <translation>--year : le plan couvre de {first} à {last} ; {year} n'est pas l'une de ses années.</translation>
        </message>
        <message>
            <source>No business plan yet: 'coopdesk plan new TITLE --first-year YEAR' makes one.</source>
            <translation>Pas encore de plan d'affaires : 'coopdesk plan new TITLE --first-year YEAR' en crée un.</translation>
        </message>
        <message>
            <source>{status}, resolution {ref}</source>
            <translation>{status}, résolution {ref}</translation>
        </message>
        <message>
            <source>Status: {status}</source>
            <translation>Statut : {status}</translation>
        </message>
        <message>
            <source>Cash at the start: {amount} {currency}</source>
            <translation>Trésorerie de départ : {amount} {currency}</translation>
        </message>
        <message>
            <source>Section {key} ({label}): {words} words</source>
            <translation>Section {key} ({label}) : {words} mots</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Exercice</translation>
        </message>
        <message>
            <source>Fine grams sold</source>
            <translation>Grammes fins vendus</translation>
        </message>
        <message>
            <source>Price per gram</source>
            <translation>Prix par gramme</translation>
        </message>
        <message>
            <source>Premium per gram</source>
            <translation>Prime par gramme</translation>
        </message>
        <message>
            <source>per gram</source>
            <translation>par gramme</translation>
        </message>
        <message>
            <source>per year</source>
            <translation>par an</translation>
        </message>
        <message>
            <source>Projected income statement ({currency})</source>
            <translation>Compte de résultat prévisionnel ({currency})</translation>
        </message>
        <message>
            <source>Sales of metal</source>
            <translation>Ventes de métal</translation>
        </message>
        <message>
            <source>Variable costs</source>
            <translation>Charges variables</translation>
        </message>
        <message>
            <source>Fixed costs</source>
            <translation>Charges fixes</translation>
        </message>
        <message>
            <source>Depreciation</source>
            <translation>Amortissements</translation>
        </message>
        <message>
            <source>Interest on loans</source>
            <translation>Intérêts sur les prêts</translation>
        </message>
        <message>
            <source>Operating result</source>
            <translation>Résultat d'exploitation</translation>
        </message>
        <message>
            <source>Premium income</source>
            <translation>Produits de la prime</translation>
        </message>
        <message>
            <source>Net result</source>
            <translation>Résultat net</translation>
        </message>
        <message>
            <source>Investments</source>
            <translation>Investissements</translation>
        </message>
        <message>
            <source>members {members}, premium {premium}, loan {loan}, grant {grant}</source>
            <translation>membres {members}, prime {premium}, prêt {loan}, subvention {grant}</translation>
        </message>
        <message>
            <source>Break-even</source>
            <translation>Seuil de rentabilité</translation>
        </message>
        <message>
            <source>Cash projection ({currency})</source>
            <translation>Prévision de trésorerie ({currency})</translation>
        </message>
        <message>
            <source>Cash at the start of the year</source>
            <translation>Trésorerie en début d'année</translation>
        </message>
        <message>
            <source>Money in</source>
            <translation>Encaissements</translation>
        </message>
        <message>
            <source>Money out</source>
            <translation>Décaissements</translation>
        </message>
        <message>
            <source>Cash at the end of the year</source>
            <translation>Trésorerie en fin d'année</translation>
        </message>
        <message>
            <source>Business plan {id} created.</source>
            <translation>Plan d'affaires {id} créé.</translation>
        </message>
        <message>
            <source>Give the section's text with --file PATH or --text TEXT.</source>
            <translation>Donnez le texte de la section avec --file PATH ou --text TEXT.</translation>
        </message>
        <message>
            <source>--file: cannot read {path}: {reason}</source>
            <translation>--file : impossible de lire {path} : {reason}</translation>
        </message>
        <message>
            <source>Section {key} saved.</source>
            <translation>Section {key} enregistrée.</translation>
        </message>
        <message>
            <source>Year {year} saved.</source>
            <translation>Année {year} enregistrée.</translation>
        </message>
        <message>
            <source>Cost line {id} added.</source>
            <translation>Ligne de charges {id} ajoutée.</translation>
        </message>
        <message>
            <source>Cost line {id} removed.</source>
            <translation>Ligne de charges {id} supprimée.</translation>
        </message>
        <message>
            <source>Investment {id} added.</source>
            <translation>Investissement {id} ajouté.</translation>
        </message>
        <message>
            <source>Investment {id} removed.</source>
            <translation>Investissement {id} supprimé.</translation>
        </message>
        <message>
            <source>The plan starts from the books of {year}: {grams} g sold at {price} a gram, {count} cost lines.</source>
            <translation>Le plan part des comptes de {year} : {grams} g vendus à {price} le gramme, {count} lignes de charges.</translation>
        </message>
        <message>
            <source>Business plan {id} adopted by resolution {ref}.</source>
            <translation>Plan d'affaires {id} adopté par la résolution {ref}.</translation>
        </message>
        <message>
            <source>Business plan {id} copied as draft {new}.</source>
            <translation>Plan d'affaires {id} copié comme brouillon {new}.</translation>
        </message>
        <message>
            <source>the business plan: sections, projections, investments, adoption</source>
            <translation>le plan d'affaires : sections, projections, investissements, adoption</translation>
        </message>
        <message>
            <source>list the business plans</source>
            <translation>lister les plans d'affaires</translation>
        </message>
        <message>
            <source>make a new draft plan</source>
            <translation>créer un nouveau plan en brouillon</translation>
        </message>
        <message>
            <source>the calendar year of the plan's first year</source>
            <translation>l'année civile de la première année du plan</translation>
        </message>
        <message>
            <source>3 to 5 years (default 3)</source>
            <translation>3 à 5 ans (par défaut 3)</translation>
        </message>
        <message>
            <source>the cash at the start of the plan</source>
            <translation>la trésorerie au début du plan</translation>
        </message>
        <message>
            <source>print a plan and its projection</source>
            <translation>afficher un plan et sa projection</translation>
        </message>
        <message>
            <source>the plan (default: the latest)</source>
            <translation>le plan (par défaut : le plus récent)</translation>
        </message>
        <message>
            <source>write a section of the plan (Markdown)</source>
            <translation>rédiger une section du plan (Markdown)</translation>
        </message>
        <message>
            <source>a text file with the section</source>
            <translation>un fichier texte contenant la section</translation>
        </message>
        <message>
            <source>the section's text</source>
            <translation>le texte de la section</translation>
        </message>
        <message>
            <source>set a year's production and prices</source>
            <translation>fixer la production et les prix d'une année</translation>
        </message>
        <message>
            <source>the calendar year, or its place in the plan (1 to 5)</source>
            <translation>l'année civile, ou son rang dans le plan (1 à 5)</translation>
        </message>
        <message>
            <source>fine grams sold</source>
            <translation>grammes fins vendus</translation>
        </message>
        <message>
            <source>price per fine gram</source>
            <translation>prix par gramme fin</translation>
        </message>
        <message>
            <source>premium per fine gram</source>
            <translation>prime par gramme fin</translation>
        </message>
        <message>
            <source>add or remove a cost line</source>
            <translation>ajouter ou supprimer une ligne de charges</translation>
        </message>
        <message>
            <source>add a cost line</source>
            <translation>ajouter une ligne de charges</translation>
        </message>
        <message>
            <source>the amount of each year in order (one for every year)</source>
            <translation>le montant de chaque année dans l'ordre (un par année)</translation>
        </message>
        <message>
            <source>the amounts are per gram sold (else per year)</source>
            <translation>les montants sont par gramme vendu (sinon par an)</translation>
        </message>
        <message>
            <source>the expense account group's code</source>
            <translation>le code du groupe de comptes de charges</translation>
        </message>
        <message>
            <source>remove a cost line</source>
            <translation>supprimer une ligne de charges</translation>
        </message>
        <message>
            <source>the cost line's number (see 'plan show')</source>
            <translation>le numéro de la ligne de charges (voir 'plan show')</translation>
        </message>
        <message>
            <source>add or remove an investment</source>
            <translation>ajouter ou supprimer un investissement</translation>
        </message>
        <message>
            <source>add an investment and its funding</source>
            <translation>ajouter un investissement et son financement</translation>
        </message>
        <message>
            <source>paid by the members</source>
            <translation>payé par les membres</translation>
        </message>
        <message>
            <source>paid from the premium</source>
            <translation>payé sur la prime</translation>
        </message>
        <message>
            <source>borrowed</source>
            <translation>emprunté</translation>
        </message>
        <message>
            <source>from a grant</source>
            <translation>financé par une subvention</translation>
        </message>
        <message>
            <source>the loan's interest, per cent a year</source>
            <translation>le taux d'intérêt du prêt, en pourcentage par an</translation>
        </message>
        <message>
            <source>useful life in years</source>
            <translation>durée d'utilisation en années</translation>
        </message>
        <message>
            <source>remove an investment</source>
            <translation>supprimer un investissement</translation>
        </message>
        <message>
            <source>the investment's number (see 'plan show')</source>
            <translation>le numéro de l'investissement (voir 'plan show')</translation>
        </message>
        <message>
            <source>start the plan from a fiscal year's books</source>
            <translation>démarrer le plan à partir des comptes d'un exercice</translation>
        </message>
        <message>
            <source>the fiscal year's name</source>
            <translation>le nom de l'exercice</translation>
        </message>
        <message>
            <source>record the passed motion that adopted the plan</source>
            <translation>enregistrer la motion adoptée qui a approuvé le plan</translation>
        </message>
        <message>
            <source>copy a plan as a new draft</source>
            <translation>copier un plan comme nouveau brouillon</translation>
        </message>
        <message>
            <source>There are no bylaws yet: 'coopdesk bylaws presets' lists the presets, 'coopdesk bylaws preset NAME' installs one.</source>
            <translation>Il n'y a pas encore de statuts : 'coopdesk bylaws presets' liste les modèles, 'coopdesk bylaws preset NAME' en installe un.</translation>
        </message>
        <message>
            <source>The bylaws in force are now the preset {name} ({label}); 'coopdesk bylaws show' says them.</source>
            <translation>Les statuts en vigueur sont désormais le modèle {name} ({label}) ; 'coopdesk bylaws show' les énonce.</translation>
        </message>
        <message>
            <source>{file} cannot be written: {error}</source>
            <translation>{file} ne peut pas être écrit : {error}</translation>
        </message>
        <message>
            <source>The bylaws {name} were written to {file}.</source>
            <translation>Les statuts {name} ont été écrits dans {file}.</translation>
        </message>
        <message>
            <source>{file} is not a text file in UTF-8.</source>
            <translation>{file} n'est pas un fichier texte en UTF-8.</translation>
        </message>
        <message>
            <source>{file} is not valid JSON: line {line}, column {column}: {error}.</source>
            <translation>{file} n'est pas un JSON valide : ligne {line}, colonne {column} : {error}.</translation>
        </message>
        <message>
            <source>{file} does not hold bylaws: an object {{...}} with the rules is expected, as 'coopdesk bylaws export' writes.</source>
            <translation>{file} ne contient pas de statuts : un objet {{...}} contenant les règles est attendu, tel que l'écrit 'coopdesk bylaws export'.</translation>
        </message>
        <message>
            <source>{file}: {count} problem(s); nothing was changed.</source>
            <translation>{file} : {count} problème(s) ; rien n'a été modifié.</translation>
        </message>
        <message>
            <source>The bylaws {name} from {file} are now in force.</source>
            <translation>Les statuts {name} de {file} sont désormais en vigueur.</translation>
        </message>
        <message>
            <source>the bylaws: quorum, majorities, notice, the board, ties</source>
            <translation>les statuts : quorum, majorités, délai de convocation, conseil, égalités</translation>
        </message>
        <message>
            <source>say the bylaws in force in plain sentences</source>
            <translation>énoncer les statuts en vigueur en phrases simples</translation>
        </message>
        <message>
            <source>list the preset bylaws</source>
            <translation>lister les modèles de statuts</translation>
        </message>
        <message>
            <source>make a preset the bylaws in force</source>
            <translation>mettre en vigueur un modèle de statuts</translation>
        </message>
        <message>
            <source>the preset, as 'bylaws presets' lists it</source>
            <translation>le modèle, tel que 'bylaws presets' le liste</translation>
        </message>
        <message>
            <source>write the bylaws in force to a JSON file</source>
            <translation>écrire les statuts en vigueur dans un fichier JSON</translation>
        </message>
        <message>
            <source>make the bylaws of a JSON file the bylaws in force (checked first)</source>
            <translation>mettre en vigueur les statuts d'un fichier JSON (vérifiés au préalable)</translation>
        </message>
        <message>
            <source>{file}, line {line}: the file is not UTF-8 text.</source>
            <translation>{file}, ligne {line} : le fichier n'est pas du texte UTF-8.</translation>
        </message>
        <message>
            <source>Draw the lot, then enter it: coopdesk election lot {id} MEMBER --drawn-by NAME (MEMBER: one of {members}).</source>
            <translation>Procédez au tirage au sort, puis saisissez-le : coopdesk election lot {id} MEMBER --drawn-by NAME (MEMBER : l'un de {members}).</translation>
        </message>
        <message>
            <source>Elected, in order:</source>
            <translation>Élus, dans l'ordre :</translation>
        </message>
        <message>
            <source>  {n}. {name} (member {number})</source>
            <translation>  {n}. {name} (membre {number})</translation>
        </message>
        <message>
            <source>No election yet: 'coopdesk election create TITLE --method METHOD --seats N' creates one.</source>
            <translation>Pas encore d'élection : 'coopdesk election create TITLE --method METHOD --seats N' en crée une.</translation>
        </message>
        <message>
            <source>{seats} seat(s)</source>
            <translation>{seats} siège(s)</translation>
        </message>
        <message>
            <source>{count} candidate(s)</source>
            <translation>{count} candidat(s)</translation>
        </message>
        <message>
            <source>{count} ballot(s)</source>
            <translation>{count} bulletin(s)</translation>
        </message>
        <message>
            <source>Stage: {status}</source>
            <translation>Étape : {status}</translation>
        </message>
        <message>
            <source>Method: {method}</source>
            <translation>Méthode : {method}</translation>
        </message>
        <message>
            <source>Seats: {seats}; ballots: {entry}</source>
            <translation>Sièges : {seats} ; bulletins : {entry}</translation>
        </message>
        <message>
            <source>Position: {position}</source>
            <translation>Poste : {position}</translation>
        </message>
        <message>
            <source>Candidates:</source>
            <translation>Candidats :</translation>
        </message>
        <message>
            <source>No candidates yet.</source>
            <translation>Pas encore de candidats.</translation>
        </message>
        <message>
            <source>  {place}. {name} (member {number})</source>
            <translation>  {place}. {name} (membre {number})</translation>
        </message>
        <message>
            <source>withdrawn</source>
            <translation>retiré</translation>
        </message>
        <message>
            <source>Voters checked off the roll: {checked}; ballots: {ballots}</source>
            <translation>Électeurs pointés sur la liste électorale : {checked} ; bulletins : {ballots}</translation>
        </message>
        <message>
            <source>Checked off and not yet voted: {count}</source>
            <translation>Pointés mais n'ayant pas encore voté : {count}</translation>
        </message>
        <message>
            <source>Counted: {valid} valid vote(s), {blank} blank paper(s), {rounds} round(s).</source>
            <translation>Dépouillement : {valid} voix valable(s), {blank} bulletin(s) blanc(s), {rounds} tour(s).</translation>
        </message>
        <message>
            <source>Quota: {quota}</source>
            <translation>Quotient : {quota}</translation>
        </message>
        <message>
            <source>Lot {n}: {name} (member {number}), drawn by {who}.</source>
            <translation>Tirage au sort {n} : {name} (membre {number}), effectué par {who}.</translation>
        </message>
        <message>
            <source>Election {id} created: {title}. Next: coopdesk election nominations {id}.</source>
            <translation>Élection {id} créée : {title}. Étape suivante : coopdesk election nominations {id}.</translation>
        </message>
        <message>
            <source>Nominations are open for election {id}.</source>
            <translation>Le dépôt des candidatures est ouvert pour l'élection {id}.</translation>
        </message>
        <message>
            <source>{name} (member {number}) is candidate {place} on the ballot paper.</source>
            <translation>{name} (membre {number}) est le candidat n° {place} sur le bulletin de vote.</translation>
        </message>
        <message>
            <source>Member {number} has withdrawn from election {id}.</source>
            <translation>Le membre {number} s'est retiré de l'élection {id}.</translation>
        </message>
        <message>
            <source>The poll of election {id} is open: check the voters off the roll as they vote.</source>
            <translation>Le scrutin de l'élection {id} est ouvert : pointez les électeurs sur la liste électorale au fur et à mesure qu'ils votent.</translation>
        </message>
        <message>
            <source>Member {number} checked off the roll ({count} so far).</source>
            <translation>Membre {number} pointé sur la liste électorale ({count} jusqu'ici).</translation>
        </message>
        <message>
            <source>The poll is closed: {checked} voter(s) checked off, {ballots} ballot(s).</source>
            <translation>Le scrutin est clos : {checked} électeur(s) pointé(s), {ballots} bulletin(s).</translation>
        </message>
        <message>
            <source>Line {line}: '{token}' is not a candidate's place on the paper (a number from 1 to {count}).</source>
            <translation>Ligne {line} : '{token}' n'est pas le numéro d'un candidat sur le bulletin (un nombre de 1 à {count}).</translation>
        </message>
        <message>
            <source>Line {line}: {problem}</source>
            <translation>Ligne {line} : {problem}</translation>
        </message>
        <message>
            <source>The file holds no papers: write one paper a line.</source>
            <translation>Le fichier ne contient aucun bulletin : écrivez un bulletin par ligne.</translation>
        </message>
        <message>
            <source>{count} paper(s) entered; {total} in the ballot box.</source>
            <translation>{count} bulletin(s) saisi(s) ; {total} dans l'urne.</translation>
        </message>
        <message>
            <source>'{item}' is not PLACE=COUNT (the candidate's place on the paper and their papers, like 2=15).</source>
            <translation>'{item}' n'est pas de la forme PLACE=COUNT (le numéro du candidat sur le bulletin et son nombre de bulletins, comme 2=15).</translation>
        </message>
        <message>
            <source>Candidate {place} is given twice.</source>
            <translation>Le candidat {place} est indiqué deux fois.</translation>
        </message>
        <message>
            <source>{total} paper(s) in the ballot box.</source>
            <translation>{total} bulletin(s) dans l'urne.</translation>
        </message>
        <message>
            <source>Cannot write {path}: {error}</source>
            <translation>Impossible d'écrire {path} : {error}</translation>
        </message>
        <message>
            <source>{count} paper(s) entered from {file}.</source>
            <translation>{count} bulletin(s) saisi(s) depuis {file}.</translation>
        </message>
        <message>
            <source>elections: nominations, the roll, paper ballots, the count, the results sheet</source>
            <translation>élections : candidatures, liste électorale, bulletins papier, dépouillement, feuille de résultats</translation>
        </message>
        <message>
            <source>list the elections, the latest first, the number first</source>
            <translation>lister les élections, la plus récente en premier, le numéro en tête</translation>
        </message>
        <message>
            <source>show an election: its stage, candidates, roll and count</source>
            <translation>afficher une élection : son étape, ses candidats, sa liste électorale et son dépouillement</translation>
        </message>
        <message>
            <source>create an election (in draft)</source>
            <translation>créer une élection (en brouillon)</translation>
        </message>
        <message>
            <source>the post of the bylaws it fills</source>
            <translation>le poste prévu par les statuts qu'elle pourvoit</translation>
        </message>
        <message>
            <source>ballots cast in the window's booth, or on paper and entered by the tellers (default: booth)</source>
            <translation>bulletins déposés dans l'isoloir de la fenêtre, ou sur papier et saisis par les scrutateurs (par défaut : isoloir)</translation>
        </message>
        <message>
            <source>open the nominations</source>
            <translation>ouvrir le dépôt des candidatures</translation>
        </message>
        <message>
            <source>put a member on the ballot paper</source>
            <translation>inscrire un membre sur le bulletin de vote</translation>
        </message>
        <message>
            <source>the day eligibility is judged (default: today)</source>
            <translation>le jour où l'éligibilité est appréciée (par défaut : aujourd'hui)</translation>
        </message>
        <message>
            <source>a candidate stands down</source>
            <translation>un candidat se retire</translation>
        </message>
        <message>
            <source>open the poll (the ballot paper is then fixed)</source>
            <translation>ouvrir le scrutin (le bulletin de vote est alors figé)</translation>
        </message>
        <message>
            <source>check a voter off the roll</source>
            <translation>pointer un électeur sur la liste électorale</translation>
        </message>
        <message>
            <source>close the poll</source>
            <translation>clore le scrutin</translation>
        </message>
        <message>
            <source>enter paper ballots from a file, one paper a line: the candidates' places, first choice first, like '2 1 3'; a blank line is a blank paper</source>
            <translation>saisir des bulletins papier depuis un fichier, un bulletin par ligne : les numéros des candidats, premier choix en tête, comme '2 1 3' ; une ligne vide est un bulletin blanc</translation>
        </message>
        <message>
            <source>the file, or - for standard input</source>
            <translation>le fichier, ou - pour l'entrée standard</translation>
        </message>
        <message>
            <source>enter a plurality election's totals counted by the tellers</source>
            <translation>saisir les totaux d'une élection au scrutin majoritaire comptés par les scrutateurs</translation>
        </message>
        <message>
            <source>blank papers</source>
            <translation>bulletins blancs</translation>
        </message>
        <message>
            <source>count the closed poll and print the elected in order</source>
            <translation>dépouiller le scrutin clos et afficher les élus dans l'ordre</translation>
        </message>
        <message>
            <source>enter the lot the count asked for, then count again</source>
            <translation>saisir le tirage au sort demandé par le dépouillement, puis recompter</translation>
        </message>
        <message>
            <source>the candidate the lot chose (member number)</source>
            <translation>le candidat désigné par le tirage au sort (numéro de membre)</translation>
        </message>
        <message>
            <source>who drew the lot</source>
            <translation>qui a procédé au tirage au sort</translation>
        </message>
        <message>
            <source>write the ballots of a closed poll as a BLT file</source>
            <translation>écrire les bulletins d'un scrutin clos dans un fichier BLT</translation>
        </message>
        <message>
            <source>the file, or - for standard output</source>
            <translation>le fichier, ou - pour la sortie standard</translation>
        </message>
        <message>
            <source>enter a paper election's ballots from a BLT file</source>
            <translation>saisir les bulletins d'une élection sur papier depuis un fichier BLT</translation>
        </message>
        <message>
            <source>the results sheet, as PDF or Excel</source>
            <translation>la feuille de résultats, en PDF ou Excel</translation>
        </message>
        <message>
            <source>numbered paper ballots to print (PDF)</source>
            <translation>bulletins de vote numérotés à imprimer (PDF)</translation>
        </message>
        <message>
            <source>how many papers</source>
            <translation>nombre de bulletins</translation>
        </message>
        <message>
            <source>No stage yet: 'coopdesk formal add KIND TITLE' adds one; the kinds are {kinds}.</source>
            <translation>Pas encore d'étape : 'coopdesk formal add KIND TITLE' en ajoute une ; les types sont {kinds}.</translation>
        </message>
        <message>
            <source>issued {day}</source>
            <translation>délivré le {day}</translation>
        </message>
        <message>
            <source>expires {day}</source>
            <translation>expire le {day}</translation>
        </message>
        <message>
            <source>fees {amount}</source>
            <translation>frais {amount}</translation>
        </message>
        <message>
            <source>{n} document(s)</source>
            <translation>{n} document(s)</translation>
        </message>
        <message>
            <source>{granted} of {total} stages granted and valid on {day}.</source>
            <translation>{granted} étape(s) sur {total} obtenue(s) et valide(s) au {day}.</translation>
        </message>
        <message>
            <source>Authority</source>
            <translation>Autorité</translation>
        </message>
        <message>
            <source>Applied on</source>
            <translation>Demandé le</translation>
        </message>
        <message>
            <source>Issued on</source>
            <translation>Délivré le</translation>
        </message>
        <message>
            <source>Expires on</source>
            <translation>Expire le</translation>
        </message>
        <message>
            <source>Mining site</source>
            <translation>Site minier</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Document {id}: {file} ({size}, sha256 {sha})</source>
            <translation>Document {id} : {file} ({size}, sha256 {sha})</translation>
        </message>
        <message>
            <source>Fee: entry {entry} of {day}, {amount}: {text}</source>
            <translation>Frais : écriture {entry} du {day}, {amount} : {text}</translation>
        </message>
        <message>
            <source>--within: give a number of days, 0 or more.</source>
            <translation>--within : indiquez un nombre de jours, 0 ou plus.</translation>
        </message>
        <message>
            <source>Nothing has expired and nothing expires within {days} days.</source>
            <translation>Rien n'a expiré et rien n'expire dans les {days} jours.</translation>
        </message>
        <message>
            <source>{path} could not be written: {reason}</source>
            <translation>{path} n'a pas pu être écrit : {reason}</translation>
        </message>
        <message>
            <source>Document {id} saved to {path}.</source>
            <translation>Document {id} enregistré dans {path}.</translation>
        </message>
        <message>
            <source>Stage {id} added: {title}.</source>
            <translation>Étape {id} ajoutée : {title}.</translation>
        </message>
        <message>
            <source>--clear {name}: the same field is also given a value.</source>
            <translation>--clear {name} : ce même champ reçoit aussi une valeur.</translation>
        </message>
        <message>
            <source>Say what to change, e.g. --status granted --issued 2026-03-01 --reference 123.</source>
            <translation>Indiquez ce qu'il faut modifier, p. ex. --status granted --issued 2026-03-01 --reference 123.</translation>
        </message>
        <message>
            <source>Stage {id} updated.</source>
            <translation>Étape {id} mise à jour.</translation>
        </message>
        <message>
            <source>{file} could not be read: {reason}</source>
            <translation>{file} n'a pas pu être lu : {reason}</translation>
        </message>
        <message>
            <source>{file} kept with stage {id} as document {doc}.</source>
            <translation>{file} conservé avec l'étape {id} comme document {doc}.</translation>
        </message>
        <message>
            <source>Entry {entry} ({amount}) linked as a fee of stage {id}.</source>
            <translation>Écriture {entry} ({amount}) liée comme frais de l'étape {id}.</translation>
        </message>
        <message>
            <source>Entry {entry} is no longer a fee of stage {id}.</source>
            <translation>L'écriture {entry} n'est plus un frais de l'étape {id}.</translation>
        </message>
        <message>
            <source>who grants it, e.g. the regional environmental authority</source>
            <translation>qui le délivre, p. ex. l'autorité environnementale régionale</translation>
        </message>
        <message>
            <source>the number of the certificate, licence or title</source>
            <translation>le numéro du certificat, du permis ou du titre</translation>
        </message>
        <message>
            <source>applied for on</source>
            <translation>demandé le</translation>
        </message>
        <message>
            <source>issued on</source>
            <translation>délivré le</translation>
        </message>
        <message>
            <source>the last day it is valid</source>
            <translation>le dernier jour de validité</translation>
        </message>
        <message>
            <source>the mining site it is about (name or id)</source>
            <translation>le site minier concerné (nom ou identifiant)</translation>
        </message>
        <message>
            <source>the formalisation path: registrations, licences, titles, their documents and fees</source>
            <translation>le parcours de formalisation : enregistrements, permis, titres, leurs documents et frais</translation>
        </message>
        <message>
            <source>the stages in the path's order</source>
            <translation>les étapes dans l'ordre du parcours</translation>
        </message>
        <message>
            <source>as they stand on this day (default: today)</source>
            <translation>telles qu'elles se présentent à ce jour (par défaut : aujourd'hui)</translation>
        </message>
        <message>
            <source>one stage with its documents and fees</source>
            <translation>une étape avec ses documents et frais</translation>
        </message>
        <message>
            <source>add a stage to the path</source>
            <translation>ajouter une étape au parcours</translation>
        </message>
        <message>
            <source>change a stage's fields</source>
            <translation>modifier les champs d'une étape</translation>
        </message>
        <message>
            <source>empty a field (may be repeated)</source>
            <translation>vider un champ (peut être répété)</translation>
        </message>
        <message>
            <source>keep a scanned document (PDF, JPEG, PNG) with a stage</source>
            <translation>conserver un document scanné (PDF, JPEG, PNG) avec une étape</translation>
        </message>
        <message>
            <source>save a kept document to a file</source>
            <translation>enregistrer un document conservé dans un fichier</translation>
        </message>
        <message>
            <source>the document's number (see 'formal show')</source>
            <translation>le numéro du document (voir 'formal show')</translation>
        </message>
        <message>
            <source>the file or folder (default: its own name here)</source>
            <translation>le fichier ou le dossier (par défaut : son propre nom, ici)</translation>
        </message>
        <message>
            <source>link the posted entry that paid a fee of a stage</source>
            <translation>lier l'écriture comptabilisée qui a payé des frais d'une étape</translation>
        </message>
        <message>
            <source>unlink an entry from a stage's fees</source>
            <translation>délier une écriture des frais d'une étape</translation>
        </message>
        <message>
            <source>what has expired or expires soon</source>
            <translation>ce qui a expiré ou expire bientôt</translation>
        </message>
        <message>
            <source>--lot: '{value}' is not a candidate of this election (give the candidate's number, 1 to {count}, or name).</source>
            <translation>--lot : « {value} » n'est pas un candidat de cette élection (donnez le numéro du candidat, de 1 à {count}, ou son nom).</translation>
        </message>
        <message>
            <source>first count</source>
            <translation>premier dépouillement</translation>
        </message>
        <message>
            <source>surplus of {who} transferred</source>
            <translation>excédent de {who} transféré</translation>
        </message>
        <message>
            <source>{who} excluded</source>
            <translation>{who} éliminé(e)</translation>
        </message>
        <message>
            <source>{who} elected</source>
            <translation>{who} élu(e)</translation>
        </message>
        <message>
            <source>reached the quota</source>
            <translation>a atteint le quotient</translation>
        </message>
        <message>
            <source>fewest votes</source>
            <translation>le moins de voix</translation>
        </message>
        <message>
            <source>largest surplus</source>
            <translation>plus grand excédent</translation>
        </message>
        <message>
            <source>more than half the votes</source>
            <translation>plus de la moitié des voix</translation>
        </message>
        <message>
            <source>as many candidates left as seats</source>
            <translation>autant de candidats restants que de sièges</translation>
        </message>
        <message>
            <source>last candidate standing</source>
            <translation>dernier candidat en lice</translation>
        </message>
        <message>
            <source>most votes</source>
            <translation>le plus de voix</translation>
        </message>
        <message>
            <source>tie broken by the votes at round {round}</source>
            <translation>égalité départagée par les voix du tour {round}</translation>
        </message>
        <message>
            <source>tie broken by lot {n}</source>
            <translation>égalité départagée par le tirage au sort {n}</translation>
        </message>
        <message>
            <source>no votes: excluded in ballot-paper order</source>
            <translation>sans voix : éliminés dans l'ordre du bulletin</translation>
        </message>
        <message>
            <source>{count} candidates, {seats} seat(s), {valid} valid vote(s), {blank} blank paper(s); method: {method}</source>
            <translation>{count} candidats, {seats} siège(s), {valid} voix valable(s), {blank} bulletin(s) blanc(s) ; méthode : {method}</translation>
        </message>
        <message>
            <source>Round {n}</source>
            <translation>Tour {n}</translation>
        </message>
        <message>
            <source>non-transferable</source>
            <translation>non transférables</translation>
        </message>
        <message>
            <source>lost to truncation</source>
            <translation>perdues par troncature</translation>
        </message>
        <message>
            <source>Count again with --lot and the candidate the lot chose (number or name), once per lot drawn, in the order drawn.</source>
            <translation>Recomptez avec --lot et le candidat choisi par le tirage au sort (numéro ou nom), une fois par tirage, dans l'ordre des tirages.</translation>
        </message>
        <message>
            <source>count a ballot file (BLT) and print the rounds and the winners in order of election</source>
            <translation>dépouiller un fichier de bulletins (BLT) et afficher les tours et les élus dans l'ordre d'élection</translation>
        </message>
        <message>
            <source>the ballot file, in BLT format</source>
            <translation>le fichier de bulletins, au format BLT</translation>
        </message>
        <message>
            <source>the candidate a drawn lot chose (number or name); once per lot, in the order drawn</source>
            <translation>le candidat choisi par un tirage au sort (numéro ou nom) ; une fois par tirage, dans l'ordre des tirages</translation>
        </message>
        <message>
            <source>print only the elected candidates' names, one a line, in order</source>
            <translation>n'afficher que les noms des élus, un par ligne, dans l'ordre</translation>
        </message>
        <message>
            <source>'{value}' is not a date and time; write "YYYY-MM-DD HH:MM".</source>
            <translation>'{value}' n'est pas une date et une heure ; écrivez "YYYY-MM-DD HH:MM".</translation>
        </message>
        <message>
            <source>ITEM: the agenda of meeting {id} has no item {place} (it has {count} items).</source>
            <translation>ITEM : l'ordre du jour de la réunion {id} n'a pas de point {place} (il compte {count} points).</translation>
        </message>
        <message>
            <source>No meeting yet: 'coopdesk meeting create KIND TITLE --at "YYYY-MM-DD HH:MM"' plans one.</source>
            <translation>Pas encore de réunion : 'coopdesk meeting create KIND TITLE --at "YYYY-MM-DD HH:MM"' en planifie une.</translation>
        </message>
        <message>
            <source>minutes No. {number}</source>
            <translation>procès-verbal n° {number}</translation>
        </message>
        <message>
            <source>PASSED, resolution {number}</source>
            <translation>ADOPTÉE, résolution {number}</translation>
        </message>
        <message>
            <source>NOT PASSED</source>
            <translation>NON ADOPTÉE</translation>
        </message>
        <message>
            <source>    Motion {id}: {text} [{decision}] - {result}</source>
            <translation>    Motion {id} : {text} [{decision}] - {result}</translation>
        </message>
        <message>
            <source>      in favour {yes}, against {no}, abstentions {abstain}, invalid {invalid}; {explanation}</source>
            <translation>      pour {yes}, contre {no}, abstentions {abstain}, nuls {invalid} ; {explanation}</translation>
        </message>
        <message>
            <source>When: {when}; place: {place}</source>
            <translation>Date : {when} ; lieu : {place}</translation>
        </message>
        <message>
            <source>Convened on: {day}</source>
            <translation>Convoquée le : {day}</translation>
        </message>
        <message>
            <source>(second convocation)</source>
            <translation>(seconde convocation)</translation>
        </message>
        <message>
            <source>Opened {opened}, closed {closed}; chair {chair}, secretary {secretary}</source>
            <translation>Ouverture {opened}, clôture {closed} ; président de séance {chair}, secrétaire {secretary}</translation>
        </message>
        <message>
            <source>Entitled {eligible}, present {present}, represented {represented}</source>
            <translation>Ayants droit {eligible}, présents {present}, représentés {represented}</translation>
        </message>
        <message>
            <source>Agenda:</source>
            <translation>Ordre du jour :</translation>
        </message>
        <message>
            <source>Proxy: {giver} ({giver_name}) represented by {holder} ({holder_name})</source>
            <translation>Procuration : {giver} ({giver_name}) représenté par {holder} ({holder_name})</translation>
        </message>
        <message>
            <source>president</source>
            <translation>président</translation>
        </message>
        <message>
            <source>secretary</source>
            <translation>secrétaire</translation>
        </message>
        <message>
            <source>Signed by {user} ({role}) on {when}</source>
            <translation>Signé par {user} ({role}) le {when}</translation>
        </message>
        <message>
            <source>Minutes book No. {number}, digest {digest}</source>
            <translation>Registre des procès-verbaux n° {number}, empreinte {digest}</translation>
        </message>
        <message>
            <source>first call</source>
            <translation>première convocation</translation>
        </message>
        <message>
            <source>second call</source>
            <translation>seconde convocation</translation>
        </message>
        <message>
            <source>Needed {required} ({call}); present or represented {there}.</source>
            <translation>Requis : {required} ({call}) ; présents ou représentés : {there}.</translation>
        </message>
        <message>
            <source>Meeting {id} created.</source>
            <translation>Réunion {id} créée.</translation>
        </message>
        <message>
            <source>Agenda of meeting {id}: {count} items.</source>
            <translation>Ordre du jour de la réunion {id} : {count} points.</translation>
        </message>
        <message>
            <source>Item {place} added to the agenda.</source>
            <translation>Point {place} ajouté à l'ordre du jour.</translation>
        </message>
        <message>
            <source>Meeting {id} convened on {day}.</source>
            <translation>Réunion {id} convoquée le {day}.</translation>
        </message>
        <message>
            <source>Meeting {id} is open: {eligible} entitled to attend.</source>
            <translation>La séance de la réunion {id} est ouverte : {eligible} ayants droit.</translation>
        </message>
        <message>
            <source>Member {giver} is represented by member {holder}.</source>
            <translation>Le membre {giver} est représenté par le membre {holder}.</translation>
        </message>
        <message>
            <source>--vote: write MEMBER=yes, MEMBER=no or MEMBER=abstain, not '{text}'.</source>
            <translation>--vote : écrivez MEMBER=yes, MEMBER=no ou MEMBER=abstain, pas '{text}'.</translation>
        </message>
        <message>
            <source>Give either --yes/--no/--abstain or --vote, not both.</source>
            <translation>Donnez soit --yes/--no/--abstain, soit --vote, pas les deux.</translation>
        </message>
        <message>
            <source>Give --yes, --no and --abstain (a show of hands), or --vote MEMBER=yes|no|abstain for each voter.</source>
            <translation>Donnez --yes, --no et --abstain (vote à main levée), ou --vote MEMBER=yes|no|abstain pour chaque votant.</translation>
        </message>
        <message>
            <source>Motion {id} PASSED: resolution {number}.</source>
            <translation>Motion {id} ADOPTÉE : résolution {number}.</translation>
        </message>
        <message>
            <source>Motion {id} NOT PASSED.</source>
            <translation>Motion {id} NON ADOPTÉE.</translation>
        </message>
        <message>
            <source>--file: {file} cannot be read as UTF-8 text: {error}</source>
            <translation>--file : {file} ne peut pas être lu comme du texte UTF-8 : {error}</translation>
        </message>
        <message>
            <source>Minutes of item {place} saved.</source>
            <translation>Procès-verbal du point {place} enregistré.</translation>
        </message>
        <message>
            <source>Meeting {id} closed: the president and the secretary may now sign the minutes.</source>
            <translation>Réunion {id} close : le président et le secrétaire peuvent maintenant signer le procès-verbal.</translation>
        </message>
        <message>
            <source>The other signature is still needed.</source>
            <translation>L'autre signature manque encore.</translation>
        </message>
        <message>
            <source>The minutes are final.</source>
            <translation>Le procès-verbal est définitif.</translation>
        </message>
        <message>
            <source>No officer on {day}.</source>
            <translation>Aucun dirigeant en fonction le {day}.</translation>
        </message>
        <message>
            <source>ended {day}: {reason}</source>
            <translation>terminé le {day} : {reason}</translation>
        </message>
        <message>
            <source>term over</source>
            <translation>mandat échu</translation>
        </message>
        <message>
            <source>{days} days left</source>
            <translation>{days} jours restants</translation>
        </message>
        <message>
            <source>Mandate {id}: member {number} as {position}.</source>
            <translation>Mandat {id} : membre {number} au poste de {position}.</translation>
        </message>
        <message>
            <source>Mandate {id} ended on {day}.</source>
            <translation>Mandat {id} terminé le {day}.</translation>
        </message>
        <message>
            <source>No grievance.</source>
            <translation>Aucune plainte.</translation>
        </message>
        <message>
            <source>Outcome ({day}): {text}</source>
            <translation>Issue ({day}) : {text}</translation>
        </message>
        <message>
            <source>Grievance {id} opened.</source>
            <translation>Plainte {id} ouverte.</translation>
        </message>
        <message>
            <source>Step added to grievance {id}.</source>
            <translation>Étape ajoutée à la plainte {id}.</translation>
        </message>
        <message>
            <source>Grievance {id} closed.</source>
            <translation>Plainte {id} clôturée.</translation>
        </message>
        <message>
            <source>meetings: convocation, attendance, quorum, motions, minutes</source>
            <translation>réunions : convocation, présences, quorum, motions, procès-verbaux</translation>
        </message>
        <message>
            <source>list the meetings, the latest first, the number first</source>
            <translation>lister les réunions, la plus récente en premier, le numéro en tête</translation>
        </message>
        <message>
            <source>show a meeting: agenda, motions, attendance, signatures</source>
            <translation>afficher une réunion : ordre du jour, motions, présences, signatures</translation>
        </message>
        <message>
            <source>plan a meeting</source>
            <translation>planifier une réunion</translation>
        </message>
        <message>
            <source>an agenda item, in order; repeat it</source>
            <translation>un point de l'ordre du jour, dans l'ordre ; à répéter</translation>
        </message>
        <message>
            <source>the second convocation of a meeting that lacked its quorum</source>
            <translation>la seconde convocation d'une réunion qui n'a pas atteint son quorum</translation>
        </message>
        <message>
            <source>replace the agenda of a meeting not yet convened</source>
            <translation>remplacer l'ordre du jour d'une réunion pas encore convoquée</translation>
        </message>
        <message>
            <source>add an item at the end of the agenda</source>
            <translation>ajouter un point à la fin de l'ordre du jour</translation>
        </message>
        <message>
            <source>record the day the convocation went out</source>
            <translation>enregistrer le jour d'envoi de la convocation</translation>
        </message>
        <message>
            <source>open the session</source>
            <translation>ouvrir la séance</translation>
        </message>
        <message>
            <source>who takes the minutes</source>
            <translation>qui rédige le procès-verbal</translation>
        </message>
        <message>
            <source>a member arrives; prints the quorum</source>
            <translation>un membre arrive ; affiche le quorum</translation>
        </message>
        <message>
            <source>how the member was found at the door</source>
            <translation>comment le membre a été identifié à l'entrée</translation>
        </message>
        <message>
            <source>a member leaves; prints the quorum</source>
            <translation>un membre part ; affiche le quorum</translation>
        </message>
        <message>
            <source>an absent member is represented by one present</source>
            <translation>un membre absent est représenté par un membre présent</translation>
        </message>
        <message>
            <source>the quorum now: who is needed, who is there</source>
            <translation>le quorum en ce moment : combien sont requis, qui est là</translation>
        </message>
        <message>
            <source>put a motion to the vote under an agenda item</source>
            <translation>mettre une motion aux voix sous un point de l'ordre du jour</translation>
        </message>
        <message>
            <source>the item's number on the agenda, from 1</source>
            <translation>le numéro du point à l'ordre du jour, à partir de 1</translation>
        </message>
        <message>
            <source>a named vote: yes, no or abstain; repeat for each voter</source>
            <translation>un vote nominal : yes, no ou abstain ; à répéter pour chaque votant</translation>
        </message>
        <message>
            <source>write the minutes of an agenda item</source>
            <translation>rédiger le procès-verbal d'un point de l'ordre du jour</translation>
        </message>
        <message>
            <source>a UTF-8 text file</source>
            <translation>un fichier texte UTF-8</translation>
        </message>
        <message>
            <source>close the session</source>
            <translation>clore la séance</translation>
        </message>
        <message>
            <source>sign the minutes as president or as secretary</source>
            <translation>signer le procès-verbal en tant que président ou secrétaire</translation>
        </message>
        <message>
            <source>the day (default: today)</source>
            <translation>le jour (par défaut : aujourd'hui)</translation>
        </message>
        <message>
            <source>every term, ended ones too</source>
            <translation>tous les mandats, y compris ceux qui sont terminés</translation>
        </message>
        <message>
            <source>the officers: who holds which position, their terms and warnings</source>
            <translation>les dirigeants : qui occupe quel poste, leurs mandats et les alertes</translation>
        </message>
        <message>
            <source>the team, its terms and the warnings</source>
            <translation>l'équipe, ses mandats et les alertes</translation>
        </message>
        <message>
            <source>enter a member's term by hand</source>
            <translation>saisir à la main le mandat d'un membre</translation>
        </message>
        <message>
            <source>the last day (default: the bylaws' term)</source>
            <translation>le dernier jour (par défaut : la durée de mandat fixée par les statuts)</translation>
        </message>
        <message>
            <source>end a term early</source>
            <translation>mettre fin à un mandat avant son terme</translation>
        </message>
        <message>
            <source>the last day of the term</source>
            <translation>le dernier jour du mandat</translation>
        </message>
        <message>
            <source>the register of grievances</source>
            <translation>le registre des plaintes</translation>
        </message>
        <message>
            <source>the register, the latest first</source>
            <translation>le registre, la plus récente en premier</translation>
        </message>
        <message>
            <source>only those not closed</source>
            <translation>seulement celles qui ne sont pas clôturées</translation>
        </message>
        <message>
            <source>open a grievance</source>
            <translation>ouvrir une plainte</translation>
        </message>
        <message>
            <source>default: today</source>
            <translation>par défaut : aujourd'hui</translation>
        </message>
        <message>
            <source>a hearing, mediation, decision or note</source>
            <translation>une audition, une médiation, une décision ou une note</translation>
        </message>
        <message>
            <source>close a grievance</source>
            <translation>clôturer une plainte</translation>
        </message>
        <message>
            <source>--use is CODE:TITLE:BUDGET, e.g. EDU:Scholarships:2000000; not '{value}'.</source>
            <translation>--use s'écrit CODE:TITLE:BUDGET, p. ex. EDU:Bourses:2000000 ; pas '{value}'.</translation>
        </message>
        <message>
            <source>--use {code}: {reason}</source>
            <translation>--use {code} : {reason}</translation>
        </message>
        <message>
            <source>No premium use plan yet: 'coopdesk premium new NAME --from DATE --to DATE --use CODE:TITLE:BUDGET'.</source>
            <translation>Pas encore de plan d'utilisation de la prime : 'coopdesk premium new NAME --from DATE --to DATE --use CODE:TITLE:BUDGET'.</translation>
        </message>
        <message>
            <source>not approved</source>
            <translation>non approuvé</translation>
        </message>
        <message>
            <source>Premium use plan “{name}” created with {count} use(s).</source>
            <translation>Plan d'utilisation de la prime « {name} » créé avec {count} utilisation(s).</translation>
        </message>
        <message>
            <source>Premium use plan “{name}” approved.</source>
            <translation>Plan d'utilisation de la prime « {name} » approuvé.</translation>
        </message>
        <message>
            <source>Entry {entry} tagged to {code}.</source>
            <translation>Écriture {entry} rattachée à {code}.</translation>
        </message>
        <message>
            <source>Entry {entry} untagged from {code}.</source>
            <translation>Écriture {entry} détachée de {code}.</translation>
        </message>
        <message>
            <source>Approved: {date} {ref}</source>
            <translation>Approuvé : {date} {ref}</translation>
        </message>
        <message>
            <source>Not approved yet</source>
            <translation>Pas encore approuvé</translation>
        </message>
        <message>
            <source>Premium received in the period: {amount}</source>
            <translation>Prime reçue pendant la période : {amount}</translation>
        </message>
        <message>
            <source>Planned: {planned}; spent: {spent}; left: {left}</source>
            <translation>Prévu : {planned} ; dépensé : {spent} ; reste : {left}</translation>
        </message>
        <message>
            <source>Use code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Planned use</source>
            <translation>Utilisation prévue</translation>
        </message>
        <message>
            <source>Spent</source>
            <translation>Dépensé</translation>
        </message>
        <message>
            <source>Remaining</source>
            <translation>Reste</translation>
        </message>
        <message>
            <source>% spent</source>
            <translation>% dépensé</translation>
        </message>
        <message>
            <source>the Fairmined premium use plan</source>
            <translation>le plan d'utilisation de la prime Fairmined</translation>
        </message>
        <message>
            <source>list the premium use plans</source>
            <translation>lister les plans d'utilisation de la prime</translation>
        </message>
        <message>
            <source>a new plan with its planned uses</source>
            <translation>un nouveau plan avec ses utilisations prévues</translation>
        </message>
        <message>
            <source>a planned use, once per use</source>
            <translation>une utilisation prévue, une fois par utilisation</translation>
        </message>
        <message>
            <source>the date the assembly approved it</source>
            <translation>la date à laquelle l'assemblée l'a approuvé</translation>
        </message>
        <message>
            <source>the reference of the assembly's resolution</source>
            <translation>la référence de la résolution de l'assemblée</translation>
        </message>
        <message>
            <source>record the assembly's approval of a plan</source>
            <translation>enregistrer l'approbation d'un plan par l'assemblée</translation>
        </message>
        <message>
            <source>count a posted entry as spending on a planned use</source>
            <translation>compter une écriture comptabilisée comme dépense d'une utilisation prévue</translation>
        </message>
        <message>
            <source>the use's code</source>
            <translation>le code de l'utilisation</translation>
        </message>
        <message>
            <source>part of the entry (default: its expenses)</source>
            <translation>la partie de l'écriture (par défaut : ses charges)</translation>
        </message>
        <message>
            <source>stop counting an entry as spending on a use</source>
            <translation>ne plus compter une écriture comme dépense d'une utilisation</translation>
        </message>
        <message>
            <source>the plan's execution; a PDF, Excel or CSV with -o</source>
            <translation>l'exécution du plan ; un PDF, Excel ou CSV avec -o</translation>
        </message>
        <message>
            <source>no funds</source>
            <translation>aucun fonds</translation>
        </message>
        <message>
            <source>Policy {name} saved from the preset {preset}.</source>
            <translation>Règle {name} enregistrée à partir du modèle {preset}.</translation>
        </message>
        <message>
            <source>No sharing policy yet: 'coopdesk share policy preset colombia' (or ohada, premium) installs one.</source>
            <translation>Pas encore de règle de répartition : 'coopdesk share policy preset colombia' (ou ohada, premium) en installe une.</translation>
        </message>
        <message>
            <source>There is no sharing policy “{name}”.</source>
            <translation>Il n'existe pas de règle de répartition « {name} ».</translation>
        </message>
        <message>
            <source>Policy {name}</source>
            <translation>Règle {name}</translation>
        </message>
        <message>
            <source>Funds, in order:</source>
            <translation>Fonds, dans l'ordre :</translation>
        </message>
        <message>
            <source>until it reaches {cap} % of the paid-up capital</source>
            <translation>jusqu'à ce qu'il atteigne {cap} % du capital libéré</translation>
        </message>
        <message>
            <source>(account {code})</source>
            <translation>(compte {code})</translation>
        </message>
        <message>
            <source>The members' part, by:</source>
            <translation>La part des membres, selon :</translation>
        </message>
        <message>
            <source>At least {days} active days in the period.</source>
            <translation>Au moins {days} jours d'activité dans la période.</translation>
        </message>
        <message>
            <source>Suspended members take no part.</source>
            <translation>Les membres suspendus ne participent pas.</translation>
        </message>
        <message>
            <source>Suspended members take part.</source>
            <translation>Les membres suspendus participent.</translation>
        </message>
        <message>
            <source>Interest on capital capped at {rate} % a year.</source>
            <translation>Intérêt sur le capital plafonné à {rate} % par an.</translation>
        </message>
        <message>
            <source>Payouts rounded to multiples of {unit} minor unit(s).</source>
            <translation>Paiements arrondis à des multiples de {unit} unité(s) divisionnaire(s).</translation>
        </message>
        <message>
            <source>A payout not collected after {days} days is listed as unclaimed.</source>
            <translation>Un paiement non retiré après {days} jours est listé comme non réclamé.</translation>
        </message>
        <message>
            <source>--amount: say the amount to share ({source}).</source>
            <translation>--amount : indiquez le montant à répartir ({source}).</translation>
        </message>
        <message>
            <source>--year: say which closed year's surplus is shared.</source>
            <translation>--year : indiquez l'exercice clôturé dont l'excédent est réparti.</translation>
        </message>
        <message>
            <source>--from and --to go together: give both, or neither.</source>
            <translation>--from et --to vont ensemble : donnez les deux, ou aucun des deux.</translation>
        </message>
        <message>
            <source>Distribution {number} computed as a draft: {shared} {currency} to {count} member(s).</source>
            <translation>Répartition {number} calculée en brouillon : {shared} {currency} pour {count} membre(s).</translation>
        </message>
        <message>
            <source>No distribution yet: 'coopdesk share new' computes one.</source>
            <translation>Pas encore de répartition : 'coopdesk share new' en calcule une.</translation>
        </message>
        <message>
            <source>-o: say the file to write the {format} to.</source>
            <translation>-o : indiquez le fichier dans lequel écrire le {format}.</translation>
        </message>
        <message>
            <source>Distribution {number}: {title} — {status}</source>
            <translation>Répartition {number} : {title} — {status}</translation>
        </message>
        <message>
            <source>Period {start} to {end}, policy {policy}, source account {account}.</source>
            <translation>Période du {start} au {end}, règle {policy}, compte d'origine {account}.</translation>
        </message>
        <message>
            <source>Amount shared: {amount} {currency}</source>
            <translation>Montant réparti : {amount} {currency}</translation>
        </message>
        <message>
            <source>(capped)</source>
            <translation>(plafonné)</translation>
        </message>
        <message>
            <source>Members' part: {pool} {currency}; the members receive {shared}, {residue} is left by rounding.</source>
            <translation>Part des membres : {pool} {currency} ; les membres reçoivent {shared}, {residue} reste du fait de l'arrondi.</translation>
        </message>
        <message>
            <source>Members: {eligible} eligible, {excluded} excluded, {receiving} receive something, {unpaid} not paid yet.</source>
            <translation>Membres : {eligible} éligible(s), {excluded} exclu(s), {receiving} reçoivent quelque chose, {unpaid} pas encore payé(s).</translation>
        </message>
        <message>
            <source>Approved on {date}, resolution {resolution}.</source>
            <translation>Approuvée le {date}, résolution {resolution}.</translation>
        </message>
        <message>
            <source>Posted on {date}, entry {entry}.</source>
            <translation>Comptabilisée le {date}, écriture {entry}.</translation>
        </message>
        <message>
            <source>paid to {payee}</source>
            <translation>payé à {payee}</translation>
        </message>
        <message>
            <source>… and {count} more: write the whole list with -o FILE.</source>
            <translation>… et {count} de plus : écrivez la liste complète avec -o FILE.</translation>
        </message>
        <message>
            <source>Distribution {number} computed again: {shared} {currency} to {count} member(s).</source>
            <translation>Répartition {number} recalculée : {shared} {currency} pour {count} membre(s).</translation>
        </message>
        <message>
            <source>Draft distribution {number} deleted.</source>
            <translation>Brouillon de répartition {number} supprimé.</translation>
        </message>
        <message>
            <source>--resolution: give the reference of the assembly's resolution that approved the distribution, e.g. --resolution "AGO-2026 res. 4".</source>
            <translation>--resolution : donnez la référence de la résolution de l'assemblée qui a approuvé la répartition, p. ex. --resolution "AGO-2026 rés. 4".</translation>
        </message>
        <message>
            <source>Distribution {number} approved on {date} (resolution {resolution}).</source>
            <translation>Répartition {number} approuvée le {date} (résolution {resolution}).</translation>
        </message>
        <message>
            <source>Distribution {number} has no payouts yet.</source>
            <translation>La répartition {number} n'a encore aucun paiement.</translation>
        </message>
        <message>
            <source>reversed</source>
            <translation>contre-passé</translation>
        </message>
        <message>
            <source>--reason: say why it is reversed.</source>
            <translation>--reason : dites pourquoi elle est contre-passée.</translation>
        </message>
        <message>
            <source>Payout {payout} of distribution {number} reversed: {count} member(s) are unpaid again.</source>
            <translation>Paiement {payout} de la répartition {number} contre-passé : {count} membre(s) sont de nouveau non payés.</translation>
        </message>
        <message>
            <source>Distribution {number} reversed by entry {entry} of {year}.</source>
            <translation>Répartition {number} contre-passée par l'écriture {entry} de {year}.</translation>
        </message>
        <message>
            <source>Distribution {number} posted: entry {entry} of {year}.</source>
            <translation>Répartition {number} comptabilisée : écriture {entry} de {year}.</translation>
        </message>
        <message>
            <source>Paid {count} member(s) {amount} {currency} by {via}: entry {entry} of {year}.</source>
            <translation>{count} membre(s) payé(s), {amount} {currency} par {via} : écriture {entry} de {year}.</translation>
        </message>
        <message>
            <source>Distribution {number} is not posted yet: nothing can be unclaimed.</source>
            <translation>La répartition {number} n'est pas encore comptabilisée : rien ne peut être non réclamé.</translation>
        </message>
        <message>
            <source>Nothing is unclaimed in distribution {number} (payouts count as unclaimed {days} days after the posting, from {date}).</source>
            <translation>Rien n'est non réclamé dans la répartition {number} (les paiements sont considérés comme non réclamés {days} jours après la comptabilisation, à partir du {date}).</translation>
        </message>
        <message>
            <source>{count} member(s) have not collected {amount} {currency}.</source>
            <translation>{count} membre(s) n'ont pas retiré {amount} {currency}.</translation>
        </message>
        <message>
            <source>There is no distribution yet.</source>
            <translation>Il n'y a pas encore de répartition.</translation>
        </message>
        <message>
            <source>Why this amount: {name} (member {member}), distribution {number}: {title}</source>
            <translation>Pourquoi ce montant : {name} (membre {member}), répartition {number} : {title}</translation>
        </message>
        <message>
            <source>benefit sharing: policies, distributions, payouts</source>
            <translation>répartition des excédents : règles, répartitions, paiements</translation>
        </message>
        <message>
            <source>the sharing policies of the bylaws</source>
            <translation>les règles de répartition des statuts</translation>
        </message>
        <message>
            <source>list the policies</source>
            <translation>lister les règles</translation>
        </message>
        <message>
            <source>show a policy</source>
            <translation>afficher une règle</translation>
        </message>
        <message>
            <source>install a preset policy (colombia, ohada, premium)</source>
            <translation>installer une règle prédéfinie (colombia, ohada, premium)</translation>
        </message>
        <message>
            <source>save it under this name</source>
            <translation>l'enregistrer sous ce nom</translation>
        </message>
        <message>
            <source>compute a new distribution as a draft</source>
            <translation>calculer une nouvelle répartition en brouillon</translation>
        </message>
        <message>
            <source>a closed year's surplus, a Fairmined premium, or an amount decided by the assembly</source>
            <translation>l'excédent d'un exercice clôturé, une prime Fairmined ou un montant décidé par l'assemblée</translation>
        </message>
        <message>
            <source>the closed fiscal year whose surplus is shared</source>
            <translation>l'exercice clôturé dont l'excédent est réparti</translation>
        </message>
        <message>
            <source>the amount shared (premium or decided)</source>
            <translation>le montant réparti (prime ou montant décidé)</translation>
        </message>
        <message>
            <source>the period production, shares and days are counted over</source>
            <translation>la période sur laquelle sont comptés la production, les parts et les jours</translation>
        </message>
        <message>
            <source>the account the amount comes from, instead of the source's usual one</source>
            <translation>le compte d'où provient le montant, au lieu du compte habituel de cette origine</translation>
        </message>
        <message>
            <source>list the distributions</source>
            <translation>lister les répartitions</translation>
        </message>
        <message>
            <source>a distribution's funds and members; -o writes the whole document</source>
            <translation>les fonds et les membres d'une répartition ; -o écrit le document complet</translation>
        </message>
        <message>
            <source>compute a draft again</source>
            <translation>recalculer un brouillon</translation>
        </message>
        <message>
            <source>delete a draft</source>
            <translation>supprimer un brouillon</translation>
        </message>
        <message>
            <source>record the assembly's approval</source>
            <translation>enregistrer l'approbation de l'assemblée</translation>
        </message>
        <message>
            <source>the day of the assembly (default: today)</source>
            <translation>le jour de l'assemblée (par défaut : aujourd'hui)</translation>
        </message>
        <message>
            <source>post an approved distribution to the books</source>
            <translation>comptabiliser une répartition approuvée</translation>
        </message>
        <message>
            <source>a distribution's payouts (id, date, method, members, amount, entry)</source>
            <translation>les paiements d'une répartition (id, date, mode, membres, montant, écriture)</translation>
        </message>
        <message>
            <source>reverse a posted distribution, or one of its payouts (--payout ID)</source>
            <translation>contre-passer une répartition comptabilisée, ou l'un de ses paiements (--payout ID)</translation>
        </message>
        <message>
            <source>the payout to reverse (see 'share payouts')</source>
            <translation>le paiement à contre-passer (voir 'share payouts')</translation>
        </message>
        <message>
            <source>record payouts: every unpaid member of a payout method, or the members named</source>
            <translation>enregistrer des paiements : tous les membres non payés d'un mode de paiement, ou les membres indiqués</translation>
        </message>
        <message>
            <source>member numbers (default: every unpaid member paid this way)</source>
            <translation>numéros de membre (par défaut : tous les membres non payés de ce mode de paiement)</translation>
        </message>
        <message>
            <source>the payout sheet to sign, as PDF</source>
            <translation>la feuille de paiement à signer, en PDF</translation>
        </message>
        <message>
            <source>only members paid this way</source>
            <translation>seulement les membres payés par ce mode</translation>
        </message>
        <message>
            <source>members already paid too</source>
            <translation>aussi les membres déjà payés</translation>
        </message>
        <message>
            <source>payouts not collected in time</source>
            <translation>paiements non retirés à temps</translation>
        </message>
        <message>
            <source>as of this day (default: today)</source>
            <translation>à cette date (par défaut : aujourd'hui)</translation>
        </message>
        <message>
            <source>why a member receives what they receive</source>
            <translation>pourquoi un membre reçoit ce qu'il reçoit</translation>
        </message>
        <message>
            <source>the distribution (default: the latest posted)</source>
            <translation>la répartition (par défaut : la dernière comptabilisée)</translation>
        </message>
        <message>
            <source>write the printable document</source>
            <translation>écrire le document imprimable</translation>
        </message>
        <message>
            <source>{percent} % met</source>
            <translation>{percent} % satisfait</translation>
        </message>
        <message>
            <source>Clause: {clause}</source>
            <translation>Clause : {clause}</translation>
        </message>
        <message>
            <source>Note: {note}</source>
            <translation>Note : {note}</translation>
        </message>
        <message>
            <source>evidence {id}: {label}</source>
            <translation>preuve {id} : {label}</translation>
        </message>
        <message>
            <source>activity {number}: {title} ({starts} to {ends}, {status})</source>
            <translation>activité {number} : {title} (du {starts} au {ends}, {status})</translation>
        </message>
        <message>
            <source>suggested: {label} (--kind {kind}{ref})</source>
            <translation>suggéré : {label} (--kind {kind}{ref})</translation>
        </message>
        <message>
            <source>{standard} {id}: {level}.</source>
            <translation>{standard} {id} : {level}.</translation>
        </message>
        <message>
            <source>Cannot read {path}: {error}</source>
            <translation>Impossible de lire {path} : {error}</translation>
        </message>
        <message>
            <source>--kind: say what kind of evidence: {kinds}.</source>
            <translation>--kind : indiquez le type de preuve : {kinds}.</translation>
        </message>
        <message>
            <source>Evidence {id} linked to {standard} {req}.</source>
            <translation>Preuve {id} liée à {standard} {req}.</translation>
        </message>
        <message>
            <source>Evidence {id} removed.</source>
            <translation>Preuve {id} supprimée.</translation>
        </message>
        <message>
            <source>Activity {number} added to the action plan for {standard} {req}.</source>
            <translation>Activité {number} ajoutée au plan d'action pour {standard} {req}.</translation>
        </message>
        <message>
            <source>ok</source>
            <translation>ok</translation>
        </message>
        <message>
            <source>CHECK</source>
            <translation>À VÉRIFIER</translation>
        </message>
        <message>
            <source>target: {target}</source>
            <translation>cible : {target}</translation>
        </message>
        <message>
            <source>standards: CRAFT, Fairmined, Maendeleo - checklists, evidence and indicators</source>
            <translation>normes : CRAFT, Fairmined, Maendeleo - listes de contrôle, preuves et indicateurs</translation>
        </message>
        <message>
            <source>the standards and their progress</source>
            <translation>les normes et leur avancement</translation>
        </message>
        <message>
            <source>a standard's checklist</source>
            <translation>la liste de contrôle d'une norme</translation>
        </message>
        <message>
            <source>with the texts, clauses, notes and suggested evidence</source>
            <translation>avec les textes, clauses, notes et preuves suggérées</translation>
        </message>
        <message>
            <source>record a requirement's level</source>
            <translation>enregistrer le niveau d'une exigence</translation>
        </message>
        <message>
            <source>e.g. 2.4</source>
            <translation>p. ex. 2.4</translation>
        </message>
        <message>
            <source>the day assessed (default: today)</source>
            <translation>le jour de l'évaluation (par défaut : aujourd'hui)</translation>
        </message>
        <message>
            <source>link evidence to a requirement</source>
            <translation>lier une preuve à une exigence</translation>
        </message>
        <message>
            <source>the record's id (see 'standard show -v')</source>
            <translation>l'identifiant de l'enregistrement (voir 'standard show -v')</translation>
        </message>
        <message>
            <source>a file to keep as evidence</source>
            <translation>un fichier à conserver comme preuve</translation>
        </message>
        <message>
            <source>remove a piece of evidence</source>
            <translation>supprimer une preuve</translation>
        </message>
        <message>
            <source>an improvement action (an activity of the action plan)</source>
            <translation>une action d'amélioration (une activité du plan d'action)</translation>
        </message>
        <message>
            <source>the member number in charge</source>
            <translation>le numéro du membre responsable</translation>
        </message>
        <message>
            <source>the indicators computed from the records</source>
            <translation>les indicateurs calculés à partir des enregistrements</translation>
        </message>
        <message>
            <source>'{value}' is not a number of grams.</source>
            <translation>'{value}' n'est pas un nombre de grammes.</translation>
        </message>
        <message>
            <source>{hours} h</source>
            <translation>{hours} h</translation>
        </message>
        <message>
            <source>No training session from {start} to {end}.</source>
            <translation>Aucune séance de formation du {start} au {end}.</translation>
        </message>
        <message>
            <source>{count} attended ({women} women)</source>
            <translation>{count} présent(s) ({women} femmes)</translation>
        </message>
        <message>
            <source>Training session {id} added.</source>
            <translation>Séance de formation {id} ajoutée.</translation>
        </message>
        <message>
            <source>{count} attended session {id}.</source>
            <translation>{count} présent(s) à la séance {id}.</translation>
        </message>
        <message>
            <source>Member {number} taken off the list; {count} attended session {id}.</source>
            <translation>Membre {number} retiré de la liste ; {count} présent(s) à la séance {id}.</translation>
        </message>
        <message>
            <source>Theme: {theme}; trainer: {trainer}; place: {place}; length: {length}</source>
            <translation>Thème : {theme} ; formateur : {trainer} ; lieu : {place} ; durée : {length}</translation>
        </message>
        <message>
            <source>{count} attended ({women} women):</source>
            <translation>{count} présent(s) ({women} femmes) :</translation>
        </message>
        <message>
            <source>{name} (member {number}): {count} session(s), {length}</source>
            <translation>{name} (membre {number}) : {count} séance(s), {length}</translation>
        </message>
        <message>
            <source>By theme:</source>
            <translation>Par thème :</translation>
        </message>
        <message>
            <source>closed {day}</source>
            <translation>clôturé le {day}</translation>
        </message>
        <message>
            <source>OPEN</source>
            <translation>OUVERT</translation>
        </message>
        <message>
            <source>{grams} g mercury</source>
            <translation>{grams} g de mercure</translation>
        </message>
        <message>
            <source>No incident in the register.</source>
            <translation>Aucun incident dans le registre.</translation>
        </message>
        <message>
            <source>No open incident.</source>
            <translation>Aucun incident ouvert.</translation>
        </message>
        <message>
            <source>Incident {number} recorded.</source>
            <translation>Incident {number} enregistré.</translation>
        </message>
        <message>
            <source>Incident {number} closed.</source>
            <translation>Incident {number} clôturé.</translation>
        </message>
        <message>
            <source>Site: {site}</source>
            <translation>Site : {site}</translation>
        </message>
        <message>
            <source>Member: {name} ({number})</source>
            <translation>Membre : {name} ({number})</translation>
        </message>
        <message>
            <source>What happened: {text}</source>
            <translation>Ce qui s'est passé : {text}</translation>
        </message>
        <message>
            <source>Action taken: {text}</source>
            <translation>Mesure prise : {text}</translation>
        </message>
        <message>
            <source>Recorded by {user}</source>
            <translation>Enregistré par {user}</translation>
        </message>
        <message>
            <source>training sessions and who attended</source>
            <translation>les séances de formation et leurs participants</translation>
        </message>
        <message>
            <source>sessions of a period (default: the last 12 months)</source>
            <translation>les séances d'une période (par défaut : les 12 derniers mois)</translation>
        </message>
        <message>
            <source>record a session given (or planned)</source>
            <translation>enregistrer une séance donnée (ou prévue)</translation>
        </message>
        <message>
            <source>the trainer or the organisation</source>
            <translation>le formateur ou l'organisation</translation>
        </message>
        <message>
            <source>how long it lasted</source>
            <translation>sa durée</translation>
        </message>
        <message>
            <source>add members to a session's attendance</source>
            <translation>ajouter des membres à la liste de présence d'une séance</translation>
        </message>
        <message>
            <source>take a member off a session's attendance</source>
            <translation>retirer un membre de la liste de présence d'une séance</translation>
        </message>
        <message>
            <source>a session and who attended</source>
            <translation>une séance et ses participants</translation>
        </message>
        <message>
            <source>a member's training history</source>
            <translation>l'historique de formation d'un membre</translation>
        </message>
        <message>
            <source>the incident register</source>
            <translation>le registre des incidents</translation>
        </message>
        <message>
            <source>record an incident</source>
            <translation>enregistrer un incident</translation>
        </message>
        <message>
            <source>the day it happened (default: today)</source>
            <translation>le jour où il s'est produit (par défaut : aujourd'hui)</translation>
        </message>
        <message>
            <source>the mining site's id (see 'coopdesk sites list')</source>
            <translation>l'identifiant du site minier (voir 'coopdesk sites list')</translation>
        </message>
        <message>
            <source>the member involved</source>
            <translation>le membre concerné</translation>
        </message>
        <message>
            <source>grams of mercury used or spilled</source>
            <translation>grammes de mercure utilisés ou déversés</translation>
        </message>
        <message>
            <source>the action taken already</source>
            <translation>la mesure déjà prise</translation>
        </message>
        <message>
            <source>close an incident with the action taken</source>
            <translation>clôturer un incident avec la mesure prise</translation>
        </message>
        <message>
            <source>what was done about it</source>
            <translation>ce qui a été fait</translation>
        </message>
        <message>
            <source>the day it closed (default: today)</source>
            <translation>le jour de la clôture (par défaut : aujourd'hui)</translation>
        </message>
        <message>
            <source>an incident in full</source>
            <translation>un incident en détail</translation>
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
            <source>record production, purchases and sales</source>
            <translation>enregistrer la production, les achats et les ventes</translation>
        </message>
        <message>
            <source>prepare, post and pay out benefit distributions</source>
            <translation>préparer, comptabiliser et payer les répartitions</translation>
        </message>
        <message>
            <source>import bank statements and reconcile the bank</source>
            <translation>importer les relevés bancaires et faire le rapprochement bancaire</translation>
        </message>
        <message>
            <source>change the bylaws and prepare meetings and elections</source>
            <translation>modifier les statuts et préparer les réunions et les élections</translation>
        </message>
        <message>
            <source>run an election's poll and count</source>
            <translation>conduire le scrutin et le dépouillement d'une élection</translation>
        </message>
        <message>
            <source>write the plans, the budget and the formalisation and standards records</source>
            <translation>rédiger les plans, le budget et les dossiers de formalisation et de normes</translation>
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
            <source>Others were writing to {db} at the same moment, again and again. Nothing was written; try again.</source>
            <translation>D'autres écrivaient dans {db} au même moment, encore et encore. Rien n'a été écrit ; réessayez.</translation>
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
            <source>half</source>
            <translation>la moitié</translation>
        </message>
        <message>
            <source>two thirds</source>
            <translation>deux tiers</translation>
        </message>
        <message>
            <source>three quarters</source>
            <translation>trois quarts</translation>
        </message>
        <message>
            <source>a third</source>
            <translation>un tiers</translation>
        </message>
        <message>
            <source>a quarter</source>
            <translation>un quart</translation>
        </message>
        <message>
            <source>all</source>
            <translation>la totalité</translation>
        </message>
        <message>
            <source>Quorum reached</source>
            <translation>Quorum atteint</translation>
        </message>
        <message>
            <source>1 more member needed.</source>
            <translation>Il manque 1 membre.</translation>
        </message>
        <message>
            <source>{count} more members needed.</source>
            <translation>Il manque {count} membres.</translation>
        </message>
        <message>
            <source>{headline} - {counts}</source>
            <translation>{headline} - {counts}</translation>
        </message>
        <message>
            <source>{line}; {rule}</source>
            <translation>{line} ; {rule}</translation>
        </message>
        <message>
            <source>{count} in favour</source>
            <translation>{count} pour</translation>
        </message>
        <message>
            <source>{count} against</source>
            <translation>{count} contre</translation>
        </message>
        <message>
            <source>1 abstention</source>
            <translation>1 abstention</translation>
        </message>
        <message>
            <source>{count} abstentions</source>
            <translation>{count} abstentions</translation>
        </message>
        <message>
            <source>1 spoilt vote</source>
            <translation>1 vote nul</translation>
        </message>
        <message>
            <source>{count} spoilt votes</source>
            <translation>{count} votes nuls</translation>
        </message>
        <message>
            <source>PASSED</source>
            <translation>ADOPTÉE</translation>
        </message>
        <message>
            <source>more than {fraction} of the {base} were needed: {fewest}</source>
            <translation>il fallait plus de {fraction} des {base} : {fewest}</translation>
        </message>
        <message>
            <source>at least {fraction} of the {base} were needed: {fewest}</source>
            <translation>il fallait au moins {fraction} des {base} : {fewest}</translation>
        </message>
        <message>
            <source>No agenda items.</source>
            <translation>Aucun point à l'ordre du jour.</translation>
        </message>
        <message>
            <source>Item {place} of {count}</source>
            <translation>Point {place} sur {count}</translation>
        </message>
        <message>
            <source>Item {id} is not on this meeting's agenda.</source>
            <translation>Le point {id} ne figure pas à l'ordre du jour de cette réunion.</translation>
        </message>
        <message>
            <source>{name} (member {number}) is checked in. {quorum}</source>
            <translation>{name} (membre {number}) est enregistré comme présent. {quorum}</translation>
        </message>
        <message>
            <source>Type a member number or part of a name.</source>
            <translation>Tapez un numéro de membre ou une partie d'un nom.</translation>
        </message>
        <message>
            <source>Nobody on the roll matches '{text}'.</source>
            <translation>Personne dans la liste ne correspond à '{text}'.</translation>
        </message>
        <message>
            <source>{count} members match '{text}': choose one.</source>
            <translation>{count} membres correspondent à '{text}' : choisissez-en un.</translation>
        </message>
        <message>
            <source>The agenda is empty: add an item to vote under.</source>
            <translation>L'ordre du jour est vide : ajoutez un point sous lequel voter.</translation>
        </message>
        <message>
            <source>The election has no candidates.</source>
            <translation>L'élection n'a aucun candidat.</translation>
        </message>
        <message>
            <source>The number of seats ({seats}) must be between 1 and the number of candidates ({count}).</source>
            <translation>Le nombre de sièges ({seats}) doit être compris entre 1 et le nombre de candidats ({count}).</translation>
        </message>
        <message>
            <source>Ballot {number}: the weight must be a whole number of at least 1.</source>
            <translation>Bulletin {number} : le poids doit être un nombre entier d'au moins 1.</translation>
        </message>
        <message>
            <source>Ballot {number}: there is no candidate {candidate}.</source>
            <translation>Bulletin {number} : il n'y a pas de candidat {candidate}.</translation>
        </message>
        <message>
            <source>Ballot {number}: candidate {candidate} is marked twice.</source>
            <translation>Bulletin {number} : le candidat {candidate} est marqué deux fois.</translation>
        </message>
        <message>
            <source>equal rankings ('{token}') are not supported.</source>
            <translation>les classements à égalité ('{token}') ne sont pas acceptés.</translation>
        </message>
        <message>
            <source>'{token}' is not a whole number.</source>
            <translation>'{token}' n'est pas un nombre entier.</translation>
        </message>
        <message>
            <source>the file is not UTF-8 text.</source>
            <translation>le fichier n'est pas du texte UTF-8.</translation>
        </message>
        <message>
            <source>The ballot file is empty.</source>
            <translation>Le fichier de bulletins est vide.</translation>
        </message>
        <message>
            <source>the first line must give the number of candidates and of seats.</source>
            <translation>la première ligne doit indiquer le nombre de candidats et le nombre de sièges.</translation>
        </message>
        <message>
            <source>there must be at least one candidate.</source>
            <translation>il faut au moins un candidat.</translation>
        </message>
        <message>
            <source>the number of seats ({seats}) must be between 1 and the number of candidates ({count}).</source>
            <translation>le nombre de sièges ({seats}) doit être compris entre 1 et le nombre de candidats ({count}).</translation>
        </message>
        <message>
            <source>a name comes before the end-of-ballots line '0'.</source>
            <translation>un nom apparaît avant la ligne '0' qui marque la fin des bulletins.</translation>
        </message>
        <message>
            <source>withdrawn candidates (negative numbers) must come on their own line(s) straight after the first line.</source>
            <translation>les candidats retirés (nombres négatifs) doivent figurer sur une ou plusieurs lignes à part, juste après la première ligne.</translation>
        </message>
        <message>
            <source>there is no candidate {candidate} to withdraw.</source>
            <translation>il n'y a pas de candidat {candidate} à retirer.</translation>
        </message>
        <message>
            <source>the weight of a ballot must be at least 1.</source>
            <translation>le poids d'un bulletin doit être d'au moins 1.</translation>
        </message>
        <message>
            <source>a ballot line must end with 0.</source>
            <translation>une ligne de bulletin doit se terminer par 0.</translation>
        </message>
        <message>
            <source>there is no candidate {candidate}.</source>
            <translation>il n'y a pas de candidat {candidate}.</translation>
        </message>
        <message>
            <source>candidate {candidate} is marked twice.</source>
            <translation>le candidat {candidate} est marqué deux fois.</translation>
        </message>
        <message>
            <source>The file ends before the end-of-ballots line '0'.</source>
            <translation>Le fichier se termine avant la ligne '0' qui marque la fin des bulletins.</translation>
        </message>
        <message>
            <source>expected a name in double quotes.</source>
            <translation>un nom entre guillemets doubles était attendu.</translation>
        </message>
        <message>
            <source>The file names {found} of its {count} candidates.</source>
            <translation>Le fichier ne donne le nom que de {found} de ses {count} candidats.</translation>
        </message>
        <message>
            <source>unexpected text after the title.</source>
            <translation>texte inattendu après le titre.</translation>
        </message>
        <message>
            <source>two candidates are named '{name}'.</source>
            <translation>deux candidats s'appellent '{name}'.</translation>
        </message>
        <message>
            <source>'{name}' cannot be written to a ballot file: it holds a double quote or a line break.</source>
            <translation>'{name}' ne peut pas être écrit dans un fichier de bulletins : il contient un guillemet double ou un saut de ligne.</translation>
        </message>
        <message>
            <source>Ordinary general assembly</source>
            <translation>Assemblée générale ordinaire</translation>
        </message>
        <message>
            <source>Extraordinary general assembly</source>
            <translation>Assemblée générale extraordinaire</translation>
        </message>
        <message>
            <source>Management committee</source>
            <translation>Conseil d'administration</translation>
        </message>
        <message>
            <source>votes for and against</source>
            <translation>voix pour et contre</translation>
        </message>
        <message>
            <source>votes for, against and abstentions</source>
            <translation>voix pour, voix contre et abstentions</translation>
        </message>
        <message>
            <source>valid ballots</source>
            <translation>bulletins valables</translation>
        </message>
        <message>
            <source>ballots cast</source>
            <translation>bulletins déposés</translation>
        </message>
        <message>
            <source>members present or represented</source>
            <translation>membres présents ou représentés</translation>
        </message>
        <message>
            <source>members entitled to vote</source>
            <translation>membres ayant droit de vote</translation>
        </message>
        <message>
            <source>Ordinary decision</source>
            <translation>Décision ordinaire</translation>
        </message>
        <message>
            <source>Amendment of the bylaws</source>
            <translation>Modification des statuts</translation>
        </message>
        <message>
            <source>Dissolution</source>
            <translation>Dissolution</translation>
        </message>
        <message>
            <source>Merger</source>
            <translation>Fusion</translation>
        </message>
        <message>
            <source>Distribution of the surplus</source>
            <translation>Répartition des excédents</translation>
        </message>
        <message>
            <source>Admission of a member</source>
            <translation>Admission d'un membre</translation>
        </message>
        <message>
            <source>Exclusion of a member</source>
            <translation>Exclusion d'un membre</translation>
        </message>
        <message>
            <source>Votes at an earlier stage of the count</source>
            <translation>Voix à un tour précédent du dépouillement</translation>
        </message>
        <message>
            <source>More first preferences</source>
            <translation>Plus grand nombre de premiers choix</translation>
        </message>
        <message>
            <source>Longer membership</source>
            <translation>Plus grande ancienneté comme membre</translation>
        </message>
        <message>
            <source>Older member</source>
            <translation>Membre le plus âgé</translation>
        </message>
        <message>
            <source>A drawn lot</source>
            <translation>Tirage au sort</translation>
        </message>
        <message>
            <source>The stored bylaws are damaged ({what}): choose a preset or enter them again.</source>
            <translation>Les statuts enregistrés sont endommagés ({what}) : choisissez un modèle ou saisissez-les à nouveau.</translation>
        </message>
        <message>
            <source>The stored bylaws are damaged: a section is missing or malformed.</source>
            <translation>Les statuts enregistrés sont endommagés : une section est absente ou mal formée.</translation>
        </message>
        <message>
            <source>The bylaws need a name.</source>
            <translation>Les statuts doivent avoir un nom.</translation>
        </message>
        <message>
            <source>{meeting}: say what quorum it needs.</source>
            <translation>{meeting} : indiquez le quorum requis.</translation>
        </message>
        <message>
            <source>{meeting}: the quorum at first call must be a share above 0 and at most 1 (all members).</source>
            <translation>{meeting} : le quorum sur première convocation doit être une proportion supérieure à 0 et au plus égale à 1 (tous les membres).</translation>
        </message>
        <message>
            <source>{meeting}: the quorum at second call must be a share between 0 and 1.</source>
            <translation>{meeting} : le quorum sur seconde convocation doit être une proportion comprise entre 0 et 1.</translation>
        </message>
        <message>
            <source>{meeting}: the quorum at second call cannot be higher than at first call.</source>
            <translation>{meeting} : le quorum sur seconde convocation ne peut pas être supérieur à celui sur première convocation.</translation>
        </message>
        <message>
            <source>{meeting}: the minimum number of members cannot be negative.</source>
            <translation>{meeting} : le nombre minimum de membres ne peut pas être négatif.</translation>
        </message>
        <message>
            <source>{meeting}: the wait before the second call cannot be negative.</source>
            <translation>{meeting} : le délai avant la seconde convocation ne peut pas être négatif.</translation>
        </message>
        <message>
            <source>{meeting}: the quorum of delegates must be a share above 0 and at most 1.</source>
            <translation>{meeting} : le quorum des délégués doit être une proportion supérieure à 0 et au plus égale à 1.</translation>
        </message>
        <message>
            <source>{meeting}: say how many days of notice it needs.</source>
            <translation>{meeting} : indiquez le délai de convocation requis, en jours.</translation>
        </message>
        <message>
            <source>{meeting}: the notice period cannot be negative.</source>
            <translation>{meeting} : le délai de convocation ne peut pas être négatif.</translation>
        </message>
        <message>
            <source>{decision}: say what majority it needs.</source>
            <translation>{decision} : indiquez la majorité requise.</translation>
        </message>
        <message>
            <source>{decision}: the majority must be a share above 0 and at most 1 ("more than" all votes cannot be reached).</source>
            <translation>{decision} : la majorité doit être une proportion supérieure à 0 et au plus égale à 1 (« plus de » la totalité des voix est impossible à atteindre).</translation>
        </message>
        <message>
            <source>Position {n} needs a name.</source>
            <translation>Le poste {n} doit avoir un nom.</translation>
        </message>
        <message>
            <source>The position {position} is listed twice.</source>
            <translation>Le poste {position} figure deux fois.</translation>
        </message>
        <message>
            <source>{position}: a position has at least one seat.</source>
            <translation>{position} : un poste compte au moins un siège.</translation>
        </message>
        <message>
            <source>{position}: a term lasts at least one month.</source>
            <translation>{position} : un mandat dure au moins un mois.</translation>
        </message>
        <message>
            <source>{position}: a position sits on the management or the supervisory committee, or on none.</source>
            <translation>{position} : un poste relève du conseil d'administration ou du conseil de surveillance, ou d'aucun des deux.</translation>
        </message>
        <message>
            <source>{position}: the limit of consecutive terms must be at least one term, or none.</source>
            <translation>{position} : la limite de mandats consécutifs doit être d'au moins un mandat, ou n'être pas fixée.</translation>
        </message>
        <message>
            <source>The months of membership a candidate needs cannot be negative.</source>
            <translation>Le nombre de mois d'adhésion exigé d'un candidat ne peut pas être négatif.</translation>
        </message>
        <message>
            <source>The minimum number of women cannot be negative.</source>
            <translation>Le nombre minimum de femmes ne peut pas être négatif.</translation>
        </message>
        <message>
            <source>The board has {seats} seats; it cannot hold at least {minimum} women.</source>
            <translation>Le conseil compte {seats} sièges ; il ne peut pas compter au moins {minimum} femmes.</translation>
        </message>
        <message>
            <source>The number of proxies a member may hold cannot be negative.</source>
            <translation>Le nombre de procurations qu'un membre peut détenir ne peut pas être négatif.</translation>
        </message>
        <message>
            <source>Proxies are allowed: say how many one member may hold (at least one).</source>
            <translation>Les procurations sont autorisées : indiquez combien un membre peut en détenir (au moins une).</translation>
        </message>
        <message>
            <source>'{role}' is not a role of coopdesk.</source>
            <translation>'{role}' n'est pas un rôle de coopdesk.</translation>
        </message>
        <message>
            <source>The tie-break must end with a drawn lot, so that every tie can be settled.</source>
            <translation>Le départage des égalités doit se terminer par un tirage au sort, afin que toute égalité puisse être tranchée.</translation>
        </message>
        <message>
            <source>The drawn lot is the last step, and only once.</source>
            <translation>Le tirage au sort est la dernière étape, et n'apparaît qu'une seule fois.</translation>
        </message>
        <message>
            <source>A step of the tie-break is listed twice.</source>
            <translation>Une étape du départage des égalités figure deux fois.</translation>
        </message>
        <message>
            <source>The bylaws say no quorum for the {meeting}.</source>
            <translation>Les statuts ne fixent aucun quorum pour ce type de réunion ({meeting}).</translation>
        </message>
        <message>
            <source>Counts of members cannot be negative.</source>
            <translation>Les nombres de membres ne peuvent pas être négatifs.</translation>
        </message>
        <message>
            <source>{present} members present can hold at most {limit} proxies; {proxies} were entered.</source>
            <translation>{present} membres présents peuvent détenir au plus {limit} procurations ; {proxies} ont été saisies.</translation>
        </message>
        <message>
            <source>{there} present or represented, but only {pool} may attend.</source>
            <translation>{there} présents ou représentés, mais seuls {pool} peuvent siéger.</translation>
        </message>
        <message>
            <source>Quorum reached: {there} present or represented, {required} needed.</source>
            <translation>Quorum atteint : {there} présents ou représentés, {required} requis.</translation>
        </message>
        <message>
            <source>Nobody is entitled to attend; there can be no quorum.</source>
            <translation>Personne n'a le droit de siéger ; aucun quorum n'est possible.</translation>
        </message>
        <message>
            <source>1 more delegate needed.</source>
            <translation>Il manque 1 délégué.</translation>
        </message>
        <message>
            <source>{count} more delegates needed.</source>
            <translation>Il manque {count} délégués.</translation>
        </message>
        <message>
            <source>At second call, after {minutes} minutes, {required} will be enough.</source>
            <translation>Sur seconde convocation, après {minutes} minutes, {required} suffiront.</translation>
        </message>
        <message>
            <source>The bylaws say no majority for this decision ({decision}).</source>
            <translation>Les statuts ne fixent aucune majorité pour cette décision ({decision}).</translation>
        </message>
        <message>
            <source>Counts of votes cannot be negative.</source>
            <translation>Les nombres de voix ne peuvent pas être négatifs.</translation>
        </message>
        <message>
            <source>This majority is taken of the members present: enter how many are present or represented.</source>
            <translation>Cette majorité se calcule sur les membres présents : saisissez combien sont présents ou représentés.</translation>
        </message>
        <message>
            <source>{cast} ballots cast but only {present} present or represented.</source>
            <translation>{cast} bulletins déposés, mais seulement {present} présents ou représentés.</translation>
        </message>
        <message>
            <source>{cast} votes but only {entitled} members entitled to vote.</source>
            <translation>{cast} voix, mais seulement {entitled} membres ayant droit de vote.</translation>
        </message>
        <message>
            <source>more than {fraction} of the {base}</source>
            <translation>plus de {fraction} des {base}</translation>
        </message>
        <message>
            <source>at least {fraction} of the {base}</source>
            <translation>au moins {fraction} des {base}</translation>
        </message>
        <message>
            <source>Not passed: the rule is {rule}, and there are none.</source>
            <translation>Non adoptée : la règle exige {rule}, et ce nombre est nul.</translation>
        </message>
        <message>
            <source>Passed: {yes} in favour; the rule is {rule} ({base}), so {fewest} were needed.</source>
            <translation>Adoptée : {yes} voix pour ; la règle exige {rule} ({base}), il en fallait donc {fewest}.</translation>
        </message>
        <message>
            <source>Not passed: {yes} in favour; the rule is {rule} ({base}), so {fewest} were needed.</source>
            <translation>Non adoptée : {yes} voix pour ; la règle exige {rule} ({base}), il en fallait donc {fewest}.</translation>
        </message>
        <message>
            <source>Not an active member.</source>
            <translation>N'est pas un membre actif.</translation>
        </message>
        <message>
            <source>Shares not paid up.</source>
            <translation>Parts non libérées.</translation>
        </message>
        <message>
            <source>A member for {months} months; the bylaws require at least {minimum}.</source>
            <translation>Membre depuis {months} mois ; les statuts en exigent au moins {minimum}.</translation>
        </message>
        <message>
            <source>The bylaws have no position named {position}.</source>
            <translation>Les statuts ne prévoient aucun poste nommé {position}.</translation>
        </message>
        <message>
            <source>Has served {terms} consecutive terms as {position}; the bylaws allow {limit}.</source>
            <translation>A exercé {terms} mandats consécutifs ({position}) ; les statuts en autorisent {limit}.</translation>
        </message>
        <message>
            <source>Women elected to the board: {women}; the bylaws require at least {minimum}.</source>
            <translation>Femmes élues au conseil : {women} ; les statuts en exigent au moins {minimum}.</translation>
        </message>
        <message>
            <source>The bylaws say no notice period for the {meeting}.</source>
            <translation>Les statuts ne fixent aucun délai de convocation pour ce type de réunion ({meeting}).</translation>
        </message>
        <message>
            <source>The meeting is dated before its convocation.</source>
            <translation>La réunion est datée d'avant sa convocation.</translation>
        </message>
        <message>
            <source>{meeting}: {days} business days of notice are required; the convocation gives {given}.</source>
            <translation>{meeting} : un délai de convocation de {days} jours ouvrables est requis ; la convocation en laisse {given}.</translation>
        </message>
        <message>
            <source>{meeting}: {days} days of notice are required; the convocation gives {given}.</source>
            <translation>{meeting} : un délai de convocation de {days} jours est requis ; la convocation en laisse {given}.</translation>
        </message>
        <message>
            <source>A candidate is listed twice among the tied.</source>
            <translation>Un candidat figure deux fois parmi les candidats à égalité.</translation>
        </message>
        <message>
            <source>Lot {number} must choose one of the tied candidates.</source>
            <translation>Le tirage au sort {number} doit désigner l'un des candidats à égalité.</translation>
        </message>
        <message>
            <source>one third</source>
            <translation>un tiers</translation>
        </message>
        <message>
            <source>one quarter</source>
            <translation>un quart</translation>
        </message>
        <message>
            <source>one fifth</source>
            <translation>un cinquième</translation>
        </message>
        <message>
            <source>two fifths</source>
            <translation>deux cinquièmes</translation>
        </message>
        <message>
            <source>three fifths</source>
            <translation>trois cinquièmes</translation>
        </message>
        <message>
            <source>four fifths</source>
            <translation>quatre cinquièmes</translation>
        </message>
        <message>
            <source>one tenth</source>
            <translation>un dixième</translation>
        </message>
        <message>
            <source>Quorum</source>
            <translation>Quorum</translation>
        </message>
        <message>
            <source>Majorities</source>
            <translation>Majorités</translation>
        </message>
        <message>
            <source>Notice</source>
            <translation>Délai de convocation</translation>
        </message>
        <message>
            <source>Board</source>
            <translation>Conseil</translation>
        </message>
        <message>
            <source>Candidates</source>
            <translation>Candidats</translation>
        </message>
        <message>
            <source>Proxies</source>
            <translation>Procurations</translation>
        </message>
        <message>
            <source>Ties</source>
            <translation>Égalités</translation>
        </message>
        <message>
            <source>Grievances</source>
            <translation>Plaintes</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Origine</translation>
        </message>
        <message>
            <source>{percent} %</source>
            <translation>{percent} %</translation>
        </message>
        <message>
            <source>Enter a share: 1/2, 50 % or 0.5.</source>
            <translation>Saisissez une proportion : 1/2, 50 % ou 0.5.</translation>
        </message>
        <message>
            <source>'{text}' is not a share between 0 and 1: write it as 1/2, 50 % or 0.5.</source>
            <translation>'{text}' n'est pas une proportion comprise entre 0 et 1 : écrivez-la sous la forme 1/2, 50 % ou 0.5.</translation>
        </message>
        <message>
            <source>all the {whom}</source>
            <translation>la totalité des {whom}</translation>
        </message>
        <message>
            <source>more than {share} of the {whom}</source>
            <translation>plus de {share} des {whom}</translation>
        </message>
        <message>
            <source>at least {share} of the {whom}</source>
            <translation>au moins {share} des {whom}</translation>
        </message>
        <message>
            <source>members of the committee</source>
            <translation>membres du conseil</translation>
        </message>
        <message>
            <source>members</source>
            <translation>membres</translation>
        </message>
        <message>
            <source>{meeting}: {first}, at every call.</source>
            <translation>{meeting} : {first}, à chaque convocation.</translation>
        </message>
        <message>
            <source>any number present, and never fewer than {minimum}</source>
            <translation>quel que soit le nombre de présents, et jamais moins de {minimum}</translation>
        </message>
        <message>
            <source>any number present</source>
            <translation>quel que soit le nombre de présents</translation>
        </message>
        <message>
            <source>more than {share}</source>
            <translation>plus de {share}</translation>
        </message>
        <message>
            <source>{share}, and never fewer than {minimum}</source>
            <translation>{share}, et jamais moins de {minimum}</translation>
        </message>
        <message>
            <source>{meeting}: {first} at first call; at a second convocation, {second}.</source>
            <translation>{meeting} : {first} sur première convocation ; sur seconde convocation, {second}.</translation>
        </message>
        <message>
            <source>{meeting}: {first} at first call; after {minutes} minutes, {second}.</source>
            <translation>{meeting} : {first} sur première convocation ; après {minutes} minutes, {second}.</translation>
        </message>
        <message>
            <source>{meeting} of delegates: {share} at any call.</source>
            <translation>{meeting} des délégués : {share}, à toute convocation.</translation>
        </message>
        <message>
            <source>delegates</source>
            <translation>délégués</translation>
        </message>
        <message>
            <source>1 month</source>
            <translation>1 mois</translation>
        </message>
        <message>
            <source>{count} months</source>
            <translation>{count} mois</translation>
        </message>
        <message>
            <source>No quorum is set for: {meetings}.</source>
            <translation>Aucun quorum n'est fixé pour : {meetings}.</translation>
        </message>
        <message>
            <source>Members represented by a proxy count towards the quorum.</source>
            <translation>Les membres représentés par procuration comptent pour le quorum.</translation>
        </message>
        <message>
            <source>Members represented by a proxy do not count towards the quorum.</source>
            <translation>Les membres représentés par procuration ne comptent pas pour le quorum.</translation>
        </message>
        <message>
            <source>{decision}: no majority is set.</source>
            <translation>{decision} : aucune majorité n'est fixée.</translation>
        </message>
        <message>
            <source>{decision}: {rule}.</source>
            <translation>{decision} : {rule}.</translation>
        </message>
        <message>
            <source>{meeting}: no notice period is set.</source>
            <translation>{meeting} : aucun délai de convocation n'est fixé.</translation>
        </message>
        <message>
            <source>{meeting}: no notice needed.</source>
            <translation>{meeting} : aucun délai de convocation requis.</translation>
        </message>
        <message>
            <source>{meeting}: at least 1 business day of notice.</source>
            <translation>{meeting} : délai de convocation d'au moins 1 jour ouvrable.</translation>
        </message>
        <message>
            <source>{meeting}: at least 1 day of notice.</source>
            <translation>{meeting} : délai de convocation d'au moins 1 jour.</translation>
        </message>
        <message>
            <source>{meeting}: at least {days} business days of notice.</source>
            <translation>{meeting} : délai de convocation d'au moins {days} jours ouvrables.</translation>
        </message>
        <message>
            <source>{meeting}: at least {days} days of notice.</source>
            <translation>{meeting} : délai de convocation d'au moins {days} jours.</translation>
        </message>
        <message>
            <source>Notice is counted from the day after the convocation up to and including the day of the meeting; business days leave out Saturdays, Sundays and holidays.</source>
            <translation>Le délai de convocation se compte du lendemain de la convocation jusqu'au jour de la réunion inclus ; les jours ouvrables excluent les samedis, dimanches et jours fériés.</translation>
        </message>
        <message>
            <source>1 seat</source>
            <translation>1 siège</translation>
        </message>
        <message>
            <source>{count} seats</source>
            <translation>{count} sièges</translation>
        </message>
        <message>
            <source>no limit on terms in a row</source>
            <translation>pas de limite de mandats consécutifs</translation>
        </message>
        <message>
            <source>at most 1 term in a row</source>
            <translation>au plus 1 mandat d'affilée</translation>
        </message>
        <message>
            <source>at most {count} terms in a row</source>
            <translation>au plus {count} mandats consécutifs</translation>
        </message>
        <message>
            <source>{position}: {seats}, terms of {months}, {limit}.</source>
            <translation>{position} : {seats}, mandats de {months}, {limit}.</translation>
        </message>
        <message>
            <source>Sits on the {committee}.</source>
            <translation>Siège au {committee}.</translation>
        </message>
        <message>
            <source>No positions are set.</source>
            <translation>Aucun poste n'est fixé.</translation>
        </message>
        <message>
            <source>No minimum number of women on the board.</source>
            <translation>Pas de nombre minimum de femmes au conseil.</translation>
        </message>
        <message>
            <source>At least {count} women on the board.</source>
            <translation>Au moins {count} femmes au conseil.</translation>
        </message>
        <message>
            <source>A candidate must be an active member.</source>
            <translation>Un candidat doit être un membre actif.</translation>
        </message>
        <message>
            <source>A candidate must have paid up the shares they subscribed.</source>
            <translation>Un candidat doit avoir entièrement libéré les parts qu'il a souscrites.</translation>
        </message>
        <message>
            <source>A candidate must have been a member for at least {months}.</source>
            <translation>Un candidat doit être membre depuis au moins {months}.</translation>
        </message>
        <message>
            <source>Any member may stand.</source>
            <translation>Tout membre peut se porter candidat.</translation>
        </message>
        <message>
            <source>No proxies: members vote in person.</source>
            <translation>Pas de procuration : les membres votent en personne.</translation>
        </message>
        <message>
            <source>A member may represent one other member by proxy, no more.</source>
            <translation>Un membre peut représenter un seul autre membre par procuration, pas davantage.</translation>
        </message>
        <message>
            <source>A member may hold at most {count} proxies.</source>
            <translation>Un membre peut détenir au plus {count} procurations.</translation>
        </message>
        <message>
            <source>A tie is settled by these steps, in order:</source>
            <translation>Une égalité est tranchée par les étapes suivantes, dans l'ordre :</translation>
        </message>
        <message>
            <source>The register of grievances is kept and read by: {roles}.</source>
            <translation>Le registre des plaintes est tenu et consulté par : {roles}.</translation>
        </message>
        <message>
            <source>Nobody is named to keep the register of grievances.</source>
            <translation>Personne n'est désigné pour tenir le registre des plaintes.</translation>
        </message>
        <message>
            <source>Bylaws: {name}</source>
            <translation>Statuts : {name}</translation>
        </message>
        <message>
            <source>plurality (most votes)</source>
            <translation>scrutin majoritaire (le plus de voix)</translation>
        </message>
        <message>
            <source>block vote (one mark per seat)</source>
            <translation>vote en bloc (une marque par siège)</translation>
        </message>
        <message>
            <source>approval (mark every acceptable candidate)</source>
            <translation>vote par approbation (marquer chaque candidat acceptable)</translation>
        </message>
        <message>
            <source>instant-runoff (ranked, one seat)</source>
            <translation>vote alternatif (second tour instantané ; candidats classés, un siège)</translation>
        </message>
        <message>
            <source>single transferable vote (ranked)</source>
            <translation>vote unique transférable (candidats classés)</translation>
        </message>
        <message>
            <source>voting booth on this laptop</source>
            <translation>isoloir sur cet ordinateur portable</translation>
        </message>
        <message>
            <source>paper ballots entered by the tellers</source>
            <translation>bulletins papier saisis par les scrutateurs</translation>
        </message>
        <message>
            <source>{ballots} ballots for {checked} voters checked off the roll.</source>
            <translation>{ballots} bulletins pour {checked} électeurs pointés sur la liste électorale.</translation>
        </message>
        <message>
            <source>Not counted yet.</source>
            <translation>Pas encore dépouillée.</translation>
        </message>
        <message>
            <source>Valid votes: {valid}. Blank ballots: {blank}.</source>
            <translation>Voix valables : {valid}. Bulletins blancs : {blank}.</translation>
        </message>
        <message>
            <source>Quota: {quota}.</source>
            <translation>Quotient : {quota}.</translation>
        </message>
        <message>
            <source>{place}. {name}</source>
            <translation>{place}. {name}</translation>
        </message>
        <message>
            <source>{place}. {name} (withdrawn)</source>
            <translation>{place}. {name} (retiré)</translation>
        </message>
        <message>
            <source>Non-transferable</source>
            <translation>Non transférables</translation>
        </message>
        <message>
            <source>Lost to truncation</source>
            <translation>Perdues par troncature</translation>
        </message>
        <message>
            <source>Quota</source>
            <translation>Quotient</translation>
        </message>
        <message>
            <source>Tied with {others}: decided by the votes at round {round}.</source>
            <translation>À égalité avec {others} : départagé par les voix du tour {round}.</translation>
        </message>
        <message>
            <source>Tied with {others}: decided by lot {n}.</source>
            <translation>À égalité avec {others} : départagé par le tirage au sort {n}.</translation>
        </message>
        <message>
            <source>Round {round}: first count of {valid} valid votes.</source>
            <translation>Tour {round} : premier décompte des {valid} voix valables.</translation>
        </message>
        <message>
            <source>Round {round}: the surplus of {name} ({surplus} votes) passes to the next choices, at {value} of a vote per paper.</source>
            <translation>Tour {round} : l'excédent de {name} ({surplus} voix) passe aux choix suivants, à raison de {value} voix par bulletin.</translation>
        </message>
        <message>
            <source>Round {round}: {name} is excluded with no votes (candidates with no votes go in ballot-paper order).</source>
            <translation>Tour {round} : {name} est éliminé sans aucune voix (les candidats sans voix sont éliminés dans l'ordre du bulletin).</translation>
        </message>
        <message>
            <source>Round {round}: {name} is excluded with the fewest votes ({votes}); their ballots pass to the next choices.</source>
            <translation>Tour {round} : {name} est éliminé avec le moins de voix ({votes}) ; ses bulletins passent aux choix suivants.</translation>
        </message>
        <message>
            <source>Round {round}: {name} elected with {votes} votes (quota {quota}).</source>
            <translation>Tour {round} : {name} élu avec {votes} voix (quotient {quota}).</translation>
        </message>
        <message>
            <source>Round {round}: {name} elected with {votes} of {total} votes, more than half.</source>
            <translation>Tour {round} : {name} élu avec {votes} voix sur {total}, plus de la moitié.</translation>
        </message>
        <message>
            <source>Round {round}: {name} elected, the last candidate standing.</source>
            <translation>Tour {round} : {name} élu, dernier candidat en lice.</translation>
        </message>
        <message>
            <source>Round {round}: {name} elected with {votes} votes: as many candidates left as seats.</source>
            <translation>Tour {round} : {name} élu avec {votes} voix : il reste autant de candidats que de sièges.</translation>
        </message>
        <message>
            <source>Round {round}: {name} elected with {votes} votes.</source>
            <translation>Tour {round} : {name} élu avec {votes} voix.</translation>
        </message>
        <message>
            <source>No one is elected yet.</source>
            <translation>Personne n'est encore élu.</translation>
        </message>
        <message>
            <source>Elected, in order: {names}</source>
            <translation>Élus, dans l'ordre : {names}</translation>
        </message>
        <message>
            <source>Votes in round {n}</source>
            <translation>Voix au tour {n}</translation>
        </message>
        <message>
            <source>Touch the one candidate you choose.</source>
            <translation>Touchez le candidat de votre choix.</translation>
        </message>
        <message>
            <source>Touch up to {n} candidates you choose.</source>
            <translation>Touchez jusqu'à {n} candidats de votre choix.</translation>
        </message>
        <message>
            <source>Touch every candidate you accept.</source>
            <translation>Touchez chaque candidat que vous acceptez.</translation>
        </message>
        <message>
            <source>Touch the candidates in the order you prefer them: first your first choice, then your second, and so on. You may stop at any time.</source>
            <translation>Touchez les candidats dans votre ordre de préférence : d'abord votre premier choix, puis votre deuxième, et ainsi de suite. Vous pouvez vous arrêter à tout moment.</translation>
        </message>
        <message>
            <source>A voter is already in the booth.</source>
            <translation>Un électeur est déjà dans l'isoloir.</translation>
        </message>
        <message>
            <source>The poll is not open.</source>
            <translation>Le scrutin n'est pas ouvert.</translation>
        </message>
        <message>
            <source>No voter is checked off and waiting to vote: check the next voter off the roll first.</source>
            <translation>Aucun électeur pointé n'attend de voter : pointez d'abord l'électeur suivant sur la liste électorale.</translation>
        </message>
        <message>
            <source>The booth is not open for a voter.</source>
            <translation>L'isoloir n'est ouvert pour aucun électeur.</translation>
        </message>
        <message>
            <source>There is no candidate {place} on this ballot.</source>
            <translation>Il n'y a pas de candidat {place} sur ce bulletin.</translation>
        </message>
        <message>
            <source>You may choose at most {n} candidates. Touch a chosen candidate to take the mark away.</source>
            <translation>Vous pouvez choisir au plus {n} candidats. Touchez un candidat choisi pour retirer la marque.</translation>
        </message>
        <message>
            <source>This ballot is not ranked: mark the candidates instead.</source>
            <translation>Ce bulletin n'est pas à classement : marquez plutôt les candidats.</translation>
        </message>
        <message>
            <source>This candidate is already your choice {n}.</source>
            <translation>Ce candidat est déjà votre choix n° {n}.</translation>
        </message>
        <message>
            <source>Choose a candidate first - or choose a blank ballot.</source>
            <translation>Choisissez d'abord un candidat - ou choisissez un bulletin blanc.</translation>
        </message>
        <message>
            <source>A blank ballot: no candidate chosen.</source>
            <translation>Bulletin blanc : aucun candidat choisi.</translation>
        </message>
        <message>
            <source>Choice {n}: {name}</source>
            <translation>Choix {n} : {name}</translation>
        </message>
        <message>
            <source>There is nothing to go back from.</source>
            <translation>Il n'y a rien à annuler.</translation>
        </message>
        <message>
            <source>Review the ballot before casting it.</source>
            <translation>Relisez votre bulletin avant de le déposer dans l'urne.</translation>
        </message>
        <message>
            <source>Round {round}: {names} are tied for exclusion. Draw a lot to choose the candidate to exclude.</source>
            <translation>Tour {round} : {names} sont à égalité pour l'élimination. Procédez à un tirage au sort pour désigner le candidat à éliminer.</translation>
        </message>
        <message>
            <source>Round {round}: {names} have equal surpluses. Draw a lot to choose whose surplus is transferred first.</source>
            <translation>Tour {round} : {names} ont des excédents égaux. Procédez à un tirage au sort pour désigner celui dont l'excédent est transféré en premier.</translation>
        </message>
        <message>
            <source>Round {round}: {names} are tied for a seat. Draw a lot to choose the candidate to elect.</source>
            <translation>Tour {round} : {names} sont à égalité pour un siège. Procédez à un tirage au sort pour désigner le candidat à élire.</translation>
        </message>
        <message>
            <source>Lot {number} must choose one of the tied candidates ({names}).</source>
            <translation>Le tirage au sort {number} doit désigner l'un des candidats à égalité ({names}).</translation>
        </message>
        <message>
            <source>Instant-runoff elects one candidate; this election has {seats} seats. Count it by single transferable vote.</source>
            <translation>Le vote alternatif (second tour instantané) élit un seul candidat ; cette élection compte {seats} sièges. Faites le dépouillement au vote unique transférable.</translation>
        </message>
        <message>
            <source>'{method}' is not a counting method; choose one of {methods}.</source>
            <translation>'{method}' n'est pas une méthode de dépouillement ; choisissez parmi {methods}.</translation>
        </message>
        <message>
            <source>Election '{title}' is at the stage '{status}': its ballots can be exported only once the poll has closed.</source>
            <translation>L'élection '{title}' est à l'étape '{status}' : ses bulletins ne peuvent être exportés qu'une fois le scrutin clos.</translation>
        </message>
        <message>
            <source>there is no candidate {place} on the paper (1 to {count}).</source>
            <translation>il n'y a pas de candidat {place} sur le bulletin (1 à {count}).</translation>
        </message>
        <message>
            <source>candidate {place} is marked twice.</source>
            <translation>le candidat {place} est marqué deux fois.</translation>
        </message>
        <message>
            <source>candidate {place} has withdrawn.</source>
            <translation>le candidat {place} s'est retiré.</translation>
        </message>
        <message>
            <source>at most {limit} marks on this ballot; it has {count}.</source>
            <translation>ce bulletin admet au plus {limit} marques ; il en porte {count}.</translation>
        </message>
        <message>
            <source>This election's ballots were cast in the booth: ballot files are imported into paper elections only.</source>
            <translation>Les bulletins de cette élection ont été déposés dans l'isoloir : les fichiers de bulletins ne s'importent que dans les élections sur papier.</translation>
        </message>
        <message>
            <source>Election '{title}' is at the stage '{status}': ballots are imported once the poll has closed, before the count.</source>
            <translation>L'élection '{title}' est à l'étape '{status}' : les bulletins s'importent une fois le scrutin clos, avant le dépouillement.</translation>
        </message>
        <message>
            <source>The file has {found} candidates; this election has {count}.</source>
            <translation>Le fichier compte {found} candidats ; cette élection en compte {count}.</translation>
        </message>
        <message>
            <source>Candidate {place} in the file is '{found}'; on this election's paper it is '{expected}'.</source>
            <translation>Le candidat {place} du fichier est '{found}' ; sur le bulletin de cette élection, c'est '{expected}'.</translation>
        </message>
        <message>
            <source>The file has {name} withdrawn; in this election they stand.</source>
            <translation>Dans le fichier, {name} est retiré ; dans cette élection, il est candidat.</translation>
        </message>
        <message>
            <source>Line {line}: the file holds more than {count} papers.</source>
            <translation>Ligne {line} : le fichier contient plus de {count} bulletins.</translation>
        </message>
        <message>
            <source>Plurality: the candidates with the most votes are elected</source>
            <translation>Scrutin majoritaire : les candidats qui ont le plus de voix sont élus</translation>
        </message>
        <message>
            <source>Block vote: a vote for each seat, the most votes are elected</source>
            <translation>Vote en bloc : une voix par siège, les candidats qui ont le plus de voix sont élus</translation>
        </message>
        <message>
            <source>Approval vote: a vote for every candidate approved of</source>
            <translation>Vote par approbation : une voix pour chaque candidat approuvé</translation>
        </message>
        <message>
            <source>Instant-runoff vote: candidates ranked, a majority elects</source>
            <translation>Vote alternatif (second tour instantané) : candidats classés, la majorité élit</translation>
        </message>
        <message>
            <source>Single transferable vote (Scottish rules): candidates ranked, a quota elects</source>
            <translation>Vote unique transférable (règles écossaises) : candidats classés, le quotient élit</translation>
        </message>
        <message>
            <source>Cast in the booth, on the laptop</source>
            <translation>Déposés dans l'isoloir, sur l'ordinateur portable</translation>
        </message>
        <message>
            <source>On paper, entered by the tellers</source>
            <translation>Sur papier, saisis par les scrutateurs</translation>
        </message>
        <message>
            <source>to exclude</source>
            <translation>à éliminer</translation>
        </message>
        <message>
            <source>whose surplus goes first</source>
            <translation>dont l'excédent passe en premier</translation>
        </message>
        <message>
            <source>to elect</source>
            <translation>à élire</translation>
        </message>
        <message>
            <source>First count</source>
            <translation>Premier décompte</translation>
        </message>
        <message>
            <source>Surplus of {who} transferred</source>
            <translation>Excédent de {who} transféré</translation>
        </message>
        <message>
            <source>tied with {tied}; decided by the votes at round {round}</source>
            <translation>à égalité avec {tied} ; départagé par les voix du tour {round}</translation>
        </message>
        <message>
            <source>tied with {tied}; decided by lot {lot}</source>
            <translation>à égalité avec {tied} ; départagé par le tirage au sort {lot}</translation>
        </message>
        <message>
            <source>no votes, like {tied}: excluded in ballot-paper order</source>
            <translation>sans voix, comme {tied} : éliminé dans l'ordre du bulletin</translation>
        </message>
        <message>
            <source>(each paper at {value} of a vote)</source>
            <translation>(chaque bulletin à {value} voix)</translation>
        </message>
        <message>
            <source>{what} ({why})</source>
            <translation>{what} ({why})</translation>
        </message>
        <message>
            <source>elected, round {round}</source>
            <translation>élu, tour {round}</translation>
        </message>
        <message>
            <source>excluded, round {round}</source>
            <translation>éliminé, tour {round}</translation>
        </message>
        <message>
            <source>Votes</source>
            <translation>Voix</translation>
        </message>
        <message>
            <source>The count</source>
            <translation>Le dépouillement</translation>
        </message>
        <message>
            <source>Votes round by round</source>
            <translation>Voix tour par tour</translation>
        </message>
        <message>
            <source>Votes, rounds {first} to {last}</source>
            <translation>Voix, tours {first} à {last}</translation>
        </message>
        <message>
            <source>Candidate</source>
            <translation>Candidat</translation>
        </message>
        <message>
            <source>{name} (withdrawn)</source>
            <translation>{name} (retiré)</translation>
        </message>
        <message>
            <source>Lost to rounding down</source>
            <translation>Perdues par arrondi inférieur</translation>
        </message>
        <message>
            <source>Transfer value of a paper</source>
            <translation>Valeur de transfert d'un bulletin</translation>
        </message>
        <message>
            <source>Rounds</source>
            <translation>Tours</translation>
        </message>
        <message>
            <source>Votes in the last round (round {n})</source>
            <translation>Voix au dernier tour (tour {n})</translation>
        </message>
        <message>
            <source>Election '{title}' is not counted yet (it is at the stage '{status}'): count it first.</source>
            <translation>L'élection '{title}' n'est pas encore dépouillée (elle est à l'étape '{status}') : faites-en d'abord le dépouillement.</translation>
        </message>
        <message>
            <source>Election results</source>
            <translation>Résultats de l'élection</translation>
        </message>
        <message>
            <source>{title}, counted {when}</source>
            <translation>{title}, dépouillée le {when}</translation>
        </message>
        <message>
            <source>Election</source>
            <translation>Élection</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Poste</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>Méthode</translation>
        </message>
        <message>
            <source>Seats</source>
            <translation>Sièges</translation>
        </message>
        <message>
            <source>Ballots</source>
            <translation>Bulletins</translation>
        </message>
        <message>
            <source>Voters checked off the roll</source>
            <translation>Électeurs pointés sur la liste électorale</translation>
        </message>
        <message>
            <source>Ballot papers</source>
            <translation>Bulletins de vote</translation>
        </message>
        <message>
            <source>Blank papers</source>
            <translation>Bulletins blancs</translation>
        </message>
        <message>
            <source>Valid votes</source>
            <translation>Voix valables</translation>
        </message>
        <message>
            <source>Ballots and the roll</source>
            <translation>Bulletins et liste électorale</translation>
        </message>
        <message>
            <source>As many ballots as voters checked off.</source>
            <translation>Autant de bulletins que d'électeurs pointés.</translation>
        </message>
        <message>
            <source>Elected, in order of election</source>
            <translation>Élus, dans l'ordre d'élection</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>N°</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>Membre</translation>
        </message>
        <message>
            <source>Round</source>
            <translation>Tour</translation>
        </message>
        <message>
            <source>No one was elected.</source>
            <translation>Personne n'a été élu.</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>Déroulement</translation>
        </message>
        <message>
            <source>What happened in each round</source>
            <translation>Déroulement de chaque tour</translation>
        </message>
        <message>
            <source>Lot</source>
            <translation>Lot</translation>
        </message>
        <message>
            <source>To choose</source>
            <translation>Objet du tirage</translation>
        </message>
        <message>
            <source>The lot chose</source>
            <translation>Désigné par le tirage</translation>
        </message>
        <message>
            <source>Drawn by</source>
            <translation>Tiré par</translation>
        </message>
        <message>
            <source>Entered by</source>
            <translation>Saisi par</translation>
        </message>
        <message>
            <source>{name} (member {number})</source>
            <translation>{name} (membre {number})</translation>
        </message>
        <message>
            <source>Lots drawn</source>
            <translation>Tirages au sort effectués</translation>
        </message>
        <message>
            <source>Signed by the tellers, the president and the secretary of the meeting.</source>
            <translation>Signé par les scrutateurs, le président et le secrétaire de la réunion.</translation>
        </message>
        <message>
            <source>Mark ONE candidate with a cross (X).</source>
            <translation>Marquez UN SEUL candidat d'une croix (X).</translation>
        </message>
        <message>
            <source>Mark ONE candidate with a cross (X); the {seats} candidates with the most votes are elected.</source>
            <translation>Marquez UN SEUL candidat d'une croix (X) ; les {seats} candidats qui obtiennent le plus de voix sont élus.</translation>
        </message>
        <message>
            <source>Mark up to {seats} candidates with a cross (X), one cross for each.</source>
            <translation>Marquez jusqu'à {seats} candidats d'une croix (X), une croix pour chacun.</translation>
        </message>
        <message>
            <source>Mark with a cross (X) every candidate you approve of; as many as you wish.</source>
            <translation>Marquez d'une croix (X) chaque candidat que vous approuvez ; autant que vous le souhaitez.</translation>
        </message>
        <message>
            <source>Number the candidates in order of preference: 1 for your first choice, 2 for your second, 3 for your third, and so on. Number as many as you wish.</source>
            <translation>Numérotez les candidats par ordre de préférence : 1 pour votre premier choix, 2 pour le deuxième, 3 pour le troisième, et ainsi de suite. Numérotez-en autant que vous le souhaitez.</translation>
        </message>
        <message>
            <source>Do not write your name on this paper. Fold it and put it in the ballot box.</source>
            <translation>N'écrivez pas votre nom sur ce bulletin. Pliez-le et déposez-le dans l'urne.</translation>
        </message>
        <message>
            <source>Print between 1 and {most} ballot papers at a time, not {papers}.</source>
            <translation>Imprimez entre 1 et {most} bulletins de vote à la fois, pas {papers}.</translation>
        </message>
        <message>
            <source>Election '{title}' has no candidates yet: nominate them before printing the ballot papers.</source>
            <translation>L'élection '{title}' n'a pas encore de candidats : inscrivez-les avant d'imprimer les bulletins de vote.</translation>
        </message>
        <message>
            <source>Your preference (1, 2, 3...)</source>
            <translation>Votre préférence (1, 2, 3...)</translation>
        </message>
        <message>
            <source>Your mark (X)</source>
            <translation>Votre marque (X)</translation>
        </message>
        <message>
            <source>{seats} seats to fill.</source>
            <translation>{seats} sièges à pourvoir.</translation>
        </message>
        <message>
            <source>One seat to fill.</source>
            <translation>Un siège à pourvoir.</translation>
        </message>
        <message>
            <source>{title} — {position}</source>
            <translation>{title} — {position}</translation>
        </message>
        <message>
            <source>{cooperative} — Ballot paper No. {number}</source>
            <translation>{cooperative} — Bulletin de vote n° {number}</translation>
        </message>
        <message>
            <source>{title}: {papers} numbered papers</source>
            <translation>{title} : {papers} bulletins numérotés</translation>
        </message>
        <message>
            <source>draft</source>
            <translation>brouillon</translation>
        </message>
        <message>
            <source>nominations</source>
            <translation>dépôt des candidatures</translation>
        </message>
        <message>
            <source>poll open</source>
            <translation>scrutin ouvert</translation>
        </message>
        <message>
            <source>poll closed</source>
            <translation>scrutin clos</translation>
        </message>
        <message>
            <source>counted</source>
            <translation>dépouillement terminé</translation>
        </message>
        <message>
            <source>There is no election {id}.</source>
            <translation>L'élection {id} n'existe pas.</translation>
        </message>
        <message>
            <source>Election '{title}' is at the stage '{status}': this cannot be done now.</source>
            <translation>L'élection '{title}' est à l'étape '{status}' : cette opération est impossible pour le moment.</translation>
        </message>
        <message>
            <source>Give the election a title.</source>
            <translation>Donnez un titre à l'élection.</translation>
        </message>
        <message>
            <source>An election fills at least one seat.</source>
            <translation>Une élection pourvoit au moins un siège.</translation>
        </message>
        <message>
            <source>Instant-runoff elects one candidate; for {seats} seats choose single transferable vote.</source>
            <translation>Le vote alternatif (second tour instantané) élit un seul candidat ; pour {seats} sièges, choisissez le vote unique transférable.</translation>
        </message>
        <message>
            <source>Ballots are cast in the booth or entered from paper.</source>
            <translation>Les bulletins sont déposés dans l'isoloir ou saisis à partir des bulletins papier.</translation>
        </message>
        <message>
            <source>{position} has {count} seats in the bylaws; this election cannot fill {seats}.</source>
            <translation>{position} compte {count} sièges selon les statuts ; cette élection ne peut pas en pourvoir {seats}.</translation>
        </message>
        <message>
            <source>There is no meeting {id}.</source>
            <translation>La réunion {id} n'existe pas.</translation>
        </message>
        <message>
            <source>The meeting '{title}' is over: an election cannot be added to it.</source>
            <translation>La réunion '{title}' est terminée : on ne peut plus y ajouter d'élection.</translation>
        </message>
        <message>
            <source>Save the cooperative's bylaws first: they say who may stand.</source>
            <translation>Enregistrez d'abord les statuts de la coopérative : ils fixent qui peut se porter candidat.</translation>
        </message>
        <message>
            <source>{who} is already a candidate.</source>
            <translation>{who} est déjà candidat.</translation>
        </message>
        <message>
            <source>{who} cannot stand: {reasons}</source>
            <translation>{who} ne peut pas se porter candidat : {reasons}</translation>
        </message>
        <message>
            <source>{who} is not standing in this election.</source>
            <translation>{who} n'est pas candidat à cette élection.</translation>
        </message>
        <message>
            <source>{count} candidates for {seats} seats: nominate at least as many candidates as there are seats.</source>
            <translation>{count} candidats pour {seats} sièges : présentez au moins autant de candidats que de sièges.</translation>
        </message>
        <message>
            <source>{who} is not on the roll: the member is {status}; only active members vote.</source>
            <translation>{who} n'est pas inscrit sur la liste électorale : statut du membre : {status} ; seuls les membres actifs votent.</translation>
        </message>
        <message>
            <source>{who} is not checked in at the meeting: voters vote in person, in the room.</source>
            <translation>{who} n'est pas enregistré comme présent à la réunion : les électeurs votent en personne, dans la salle.</translation>
        </message>
        <message>
            <source>{who} was already checked off the roll (by {user}).</source>
            <translation>{who} a déjà été pointé sur la liste électorale (par {user}).</translation>
        </message>
        <message>
            <source>{where}: there is no candidate {place} on the paper.</source>
            <translation>{where} : il n'y a pas de candidat {place} sur le bulletin.</translation>
        </message>
        <message>
            <source>{where}: candidate {place} is marked twice.</source>
            <translation>{where} : le candidat {place} est marqué deux fois.</translation>
        </message>
        <message>
            <source>{where}: candidate {place} has withdrawn.</source>
            <translation>{where} : le candidat {place} s'est retiré.</translation>
        </message>
        <message>
            <source>{where}: at most {limit} marks on this ballot; it has {count}.</source>
            <translation>{where} : ce bulletin admet au plus {limit} marques ; il en porte {count}.</translation>
        </message>
        <message>
            <source>This election's ballots are on paper: the tellers enter them when the poll has closed.</source>
            <translation>Les bulletins de cette élection sont sur papier : les scrutateurs les saisissent une fois le scrutin clos.</translation>
        </message>
        <message>
            <source>No voter is checked off and waiting to vote: a teller checks the next voter off the roll first.</source>
            <translation>Aucun électeur pointé n'attend de voter : un scrutateur doit d'abord pointer l'électeur suivant sur la liste électorale.</translation>
        </message>
        <message>
            <source>The ballot</source>
            <translation>Le bulletin</translation>
        </message>
        <message>
            <source>This election's ballots were cast in the booth.</source>
            <translation>Les bulletins de cette élection ont été déposés dans l'isoloir.</translation>
        </message>
        <message>
            <source>Totals can be entered for a plurality election only; enter these ballots one by one.</source>
            <translation>Les totaux ne peuvent être saisis que pour une élection à la majorité relative ; saisissez ces bulletins un par un.</translation>
        </message>
        <message>
            <source>Candidate {place}: a total cannot be negative.</source>
            <translation>Candidat {place} : un total ne peut pas être négatif.</translation>
        </message>
        <message>
            <source>Totals</source>
            <translation>Totaux</translation>
        </message>
        <message>
            <source>Blank ballots cannot be negative.</source>
            <translation>Le nombre de bulletins blancs ne peut pas être négatif.</translation>
        </message>
        <message>
            <source>Ballot {number}</source>
            <translation>Bulletin {number}</translation>
        </message>
        <message>
            <source>Ballots are already entered: clear them before entering totals.</source>
            <translation>Des bulletins sont déjà saisis : effacez-les avant de saisir des totaux.</translation>
        </message>
        <message>
            <source>Say why the entered ballots are cleared.</source>
            <translation>Indiquez pourquoi les bulletins saisis sont effacés.</translation>
        </message>
        <message>
            <source>Say who drew the lot.</source>
            <translation>Indiquez qui a procédé au tirage au sort.</translation>
        </message>
        <message>
            <source>The count has not asked for a lot: count the election first.</source>
            <translation>Le dépouillement n'a demandé aucun tirage au sort : faites d'abord le dépouillement de l'élection.</translation>
        </message>
        <message>
            <source>The lot must choose one of the tied candidates (members {names}).</source>
            <translation>Le tirage au sort doit désigner l'un des candidats à égalité (membres {names}).</translation>
        </message>
        <message>
            <source>Payments and benefit sharing</source>
            <translation>Paiements et partage des bénéfices</translation>
        </message>
        <message>
            <source>Work, safety and the mine site</source>
            <translation>Travail, sécurité et site minier</translation>
        </message>
        <message>
            <source>Land, claims and neighbours</source>
            <translation>Terres, titres miniers et voisinage</translation>
        </message>
        <message>
            <source>Conduct of a member or an officer</source>
            <translation>Conduite d'un membre ou d'un dirigeant</translation>
        </message>
        <message>
            <source>Elections, meetings and decisions</source>
            <translation>Élections, réunions et décisions</translation>
        </message>
        <message>
            <source>Discrimination or harassment</source>
            <translation>Discrimination ou harcèlement</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Autre</translation>
        </message>
        <message>
            <source>open</source>
            <translation>ouverte</translation>
        </message>
        <message>
            <source>in mediation</source>
            <translation>en médiation</translation>
        </message>
        <message>
            <source>resolved</source>
            <translation>résolue</translation>
        </message>
        <message>
            <source>closed without agreement</source>
            <translation>clôturée sans accord</translation>
        </message>
        <message>
            <source>Hearing</source>
            <translation>Audition</translation>
        </message>
        <message>
            <source>Mediation</source>
            <translation>Médiation</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Décision</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>{user} may not see the register of grievances: the bylaws open it to {roles} only.</source>
            <translation>{user} ne peut pas consulter le registre des plaintes : les statuts le réservent à {roles}.</translation>
        </message>
        <message>
            <source>no one</source>
            <translation>personne</translation>
        </message>
        <message>
            <source>There is no grievance {id}.</source>
            <translation>La plainte {id} n'existe pas.</translation>
        </message>
        <message>
            <source>'{category}' is not a category of grievance; choose one of {categories}.</source>
            <translation>'{category}' n'est pas une catégorie de plainte ; choisissez parmi {categories}.</translation>
        </message>
        <message>
            <source>Name the parties to the grievance.</source>
            <translation>Indiquez les parties concernées par la plainte.</translation>
        </message>
        <message>
            <source>Say what the grievance is about.</source>
            <translation>Indiquez l'objet de la plainte.</translation>
        </message>
        <message>
            <source>A grievance cannot be opened in the future.</source>
            <translation>Une plainte ne peut pas être ouverte à une date future.</translation>
        </message>
        <message>
            <source>'{kind}' is not a step; choose one of {kinds}.</source>
            <translation>'{kind}' n'est pas une étape ; choisissez parmi {kinds}.</translation>
        </message>
        <message>
            <source>Say what happened at this step.</source>
            <translation>Indiquez ce qui s'est passé à cette étape.</translation>
        </message>
        <message>
            <source>Grievance {id} is closed.</source>
            <translation>La plainte {id} est clôturée.</translation>
        </message>
        <message>
            <source>A step cannot come before the grievance was opened ({day}).</source>
            <translation>Une étape ne peut pas être antérieure à l'ouverture de la plainte ({day}).</translation>
        </message>
        <message>
            <source>Say how the grievance ended.</source>
            <translation>Indiquez l'issue de la plainte.</translation>
        </message>
        <message>
            <source>Grievance {id} is already closed.</source>
            <translation>La plainte {id} est déjà clôturée.</translation>
        </message>
        <message>
            <source>A grievance cannot close before it was opened ({day}).</source>
            <translation>Une plainte ne peut pas être clôturée avant son ouverture ({day}).</translation>
        </message>
        <message>
            <source>Enter the bylaws first: the quorum and the majorities come from them.</source>
            <translation>Saisissez d'abord les statuts : le quorum et les majorités en découlent.</translation>
        </message>
        <message>
            <source>{date} at {time}</source>
            <translation>{date} à {time}</translation>
        </message>
        <message>
            <source>{kind}: {title}, {when}</source>
            <translation>{kind} : {title}, {when}</translation>
        </message>
        <message>
            <source>This is the second convocation of a meeting that lacked its quorum: the second-call quorum applies from the start, {second} of the {eligible} entitled to attend.</source>
            <translation>Il s'agit de la seconde convocation d'une réunion qui n'a pas atteint son quorum : le quorum de seconde convocation s'applique dès l'ouverture, soit {second} des {eligible} ayants droit.</translation>
        </message>
        <message>
            <source>With {eligible} entitled to attend, {first} must be present or represented.</source>
            <translation>Avec {eligible} ayants droit, {first} doivent être présents ou représentés.</translation>
        </message>
        <message>
            <source>With {eligible} entitled to attend: {first} at first call; {second} at a second convocation.</source>
            <translation>Avec {eligible} ayants droit : {first} sur première convocation ; {second} sur seconde convocation.</translation>
        </message>
        <message>
            <source>With {eligible} entitled to attend: {first} at first call; {second} at second call, {minutes} minutes after the time set.</source>
            <translation>Avec {eligible} ayants droit : {first} sur première convocation ; {second} sur seconde convocation, {minutes} minutes après l'heure fixée.</translation>
        </message>
        <message>
            <source>not yet sent</source>
            <translation>pas encore envoyée</translation>
        </message>
        <message>
            <source>Notice required</source>
            <translation>Délai de convocation requis</translation>
        </message>
        <message>
            <source>none set</source>
            <translation>non fixé</translation>
        </message>
        <message>
            <source>Convocation sent on</source>
            <translation>Convocation envoyée le</translation>
        </message>
        <message>
            <source>Signed by {user} ({role}) on {date}</source>
            <translation>Signé par {user} ({role}) le {date}</translation>
        </message>
        <message>
            <source>Convocation</source>
            <translation>Convocation</translation>
        </message>
        <message>
            <source>Draft: not yet convened</source>
            <translation>Projet : réunion pas encore convoquée</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Réunion</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <source>Date and time</source>
            <translation>Date et heure</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Lieu</translation>
        </message>
        <message>
            <source>to be announced</source>
            <translation>à préciser</translation>
        </message>
        <message>
            <source>Second convocation</source>
            <translation>Deuxième convocation</translation>
        </message>
        <message>
            <source>Agenda</source>
            <translation>Ordre du jour</translation>
        </message>
        <message>
            <source>A member who cannot attend may be represented by another member with a signed proxy, handed in at the door.</source>
            <translation>Un membre qui ne peut pas être présent peut se faire représenter par un autre membre muni d'une procuration signée, remise à l'entrée.</translation>
        </message>
        <message>
            <source>, at {place}</source>
            <translation>, à {place}</translation>
        </message>
        <message>
            <source>The members of the {kind} of {cooperative} are called to meet on {when}{where}.</source>
            <translation>Les membres du {kind} de {cooperative} sont convoqués le {when}{where}.</translation>
        </message>
        <message>
            <source>The members of {cooperative} are called to the {kind} on {when}, at {place}.</source>
            <translation>Les membres de {cooperative} sont convoqués en {kind} le {when}, au lieu suivant : {place}.</translation>
        </message>
        <message>
            <source>The members of {cooperative} are called to the {kind} on {when}.</source>
            <translation>Les membres de {cooperative} sont convoqués en {kind} le {when}.</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Point</translation>
        </message>
        <message>
            <source>({count} left before the end)</source>
            <translation>({count} partis avant la fin)</translation>
        </message>
        <message>
            <source>Entitled to attend</source>
            <translation>Ayant droit de siéger</translation>
        </message>
        <message>
            <source>Present</source>
            <translation>Présents</translation>
        </message>
        <message>
            <source>Represented by proxy</source>
            <translation>Représentés par procuration</translation>
        </message>
        <message>
            <source>No quorum could be computed.</source>
            <translation>Le quorum n'a pas pu être calculé.</translation>
        </message>
        <message>
            <source>At the opening ({call}), {required} of the {eligible} entitled to attend were needed; {there} were present or represented during the meeting.</source>
            <translation>À l'ouverture ({call}), il fallait {required} membres sur les {eligible} ayant droit de siéger ; {there} ont été présents ou représentés au cours de la réunion.</translation>
        </message>
        <message>
            <source>The quorum was reached.</source>
            <translation>Le quorum a été atteint.</translation>
        </message>
        <message>
            <source>The quorum was not reached.</source>
            <translation>Le quorum n'a pas été atteint.</translation>
        </message>
        <message>
            <source>Called for</source>
            <translation>Heure prévue</translation>
        </message>
        <message>
            <source>Opened at</source>
            <translation>Heure d'ouverture</translation>
        </message>
        <message>
            <source>Closed at</source>
            <translation>Heure de clôture</translation>
        </message>
        <message>
            <source>Chair</source>
            <translation>Président de séance</translation>
        </message>
        <message>
            <source>PASSED - resolution {number}</source>
            <translation>ADOPTÉE - résolution {number}</translation>
        </message>
        <message>
            <source>Motion {n}: {text}</source>
            <translation>Motion {n} : {text}</translation>
        </message>
        <message>
            <source>Type of decision</source>
            <translation>Type de décision</translation>
        </message>
        <message>
            <source>in favour {yes}, against {no}, abstentions {abstain}, invalid {invalid}</source>
            <translation>pour {yes}, contre {no}, abstentions {abstain}, nuls {invalid}</translation>
        </message>
        <message>
            <source>Present or represented</source>
            <translation>Présents ou représentés</translation>
        </message>
        <message>
            <source>The bylaws</source>
            <translation>Les statuts</translation>
        </message>
        <message>
            <source>Vote</source>
            <translation>Vote</translation>
        </message>
        <message>
            <source>Named vote</source>
            <translation>Vote nominal</translation>
        </message>
        <message>
            <source>No minutes were written for this item.</source>
            <translation>Rien n'a été consigné au procès-verbal pour ce point.</translation>
        </message>
        <message>
            <source>Elections held at the meeting</source>
            <translation>Élections tenues pendant la réunion</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>Rang</translation>
        </message>
        <message>
            <source>Elected</source>
            <translation>Élu</translation>
        </message>
        <message>
            <source>Resolutions</source>
            <translation>Résolutions</translation>
        </message>
        <message>
            <source>No resolution was passed.</source>
            <translation>Aucune résolution n'a été adoptée.</translation>
        </message>
        <message>
            <source>Resolution</source>
            <translation>Résolution</translation>
        </message>
        <message>
            <source>Motion</source>
            <translation>Motion</translation>
        </message>
        <message>
            <source>Signatures</source>
            <translation>Signatures</translation>
        </message>
        <message>
            <source>Minutes book</source>
            <translation>Registre des procès-verbaux</translation>
        </message>
        <message>
            <source>No. {number}</source>
            <translation>N° {number}</translation>
        </message>
        <message>
            <source>Digest</source>
            <translation>Empreinte</translation>
        </message>
        <message>
            <source>{digest} (the start of the digest the audit chain holds: check it with 'coopdesk verify')</source>
            <translation>{digest} (début de l'empreinte enregistrée dans la chaîne d'audit : vérifiez-la avec 'coopdesk verify')</translation>
        </message>
        <message>
            <source>DRAFT - not signed</source>
            <translation>PROJET - non signé</translation>
        </message>
        <message>
            <source>Minutes No. {number}</source>
            <translation>Procès-verbal n° {number}</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>Procès-verbal</translation>
        </message>
        <message>
            <source>No minutes are final yet.</source>
            <translation>Aucun procès-verbal n'est encore définitif.</translation>
        </message>
        <message>
            <source>No minutes of {year} are final yet.</source>
            <translation>Aucun procès-verbal de {year} n'est encore définitif.</translation>
        </message>
        <message>
            <source>Minutes No. {number}: {line}</source>
            <translation>Procès-verbal n° {number} : {line}</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>oui</translation>
        </message>
        <message>
            <source>represented by {number} ({name})</source>
            <translation>représenté par {number} ({name})</translation>
        </message>
        <message>
            <source>Attendance sheet</source>
            <translation>Feuille de présence</translation>
        </message>
        <message>
            <source>Signature</source>
            <translation>Signature</translation>
        </message>
        <message>
            <source>Chair of the meeting</source>
            <translation>Président de séance</translation>
        </message>
        <message>
            <source>Secretary of the meeting</source>
            <translation>Secrétaire de séance</translation>
        </message>
        <message>
            <source>planned</source>
            <translation>prévue</translation>
        </message>
        <message>
            <source>convened</source>
            <translation>convoquée</translation>
        </message>
        <message>
            <source>in session</source>
            <translation>en séance</translation>
        </message>
        <message>
            <source>closed, minutes to sign</source>
            <translation>close, procès-verbal à signer</translation>
        </message>
        <message>
            <source>minutes final</source>
            <translation>procès-verbal définitif</translation>
        </message>
        <message>
            <source>show of hands</source>
            <translation>vote à main levée</translation>
        </message>
        <message>
            <source>named vote</source>
            <translation>vote nominal</translation>
        </message>
        <message>
            <source>in favour</source>
            <translation>pour</translation>
        </message>
        <message>
            <source>against</source>
            <translation>contre</translation>
        </message>
        <message>
            <source>abstains</source>
            <translation>abstention</translation>
        </message>
        <message>
            <source>The meeting '{title}' is {status}: this cannot be done now.</source>
            <translation>La réunion '{title}' est à l'état '{status}' : cette opération est impossible pour le moment.</translation>
        </message>
        <message>
            <source>{name} (member {number}) is not on the roll: only active members attend and vote.</source>
            <translation>{name} (membre {number}) ne figure pas sur la liste des membres : seuls les membres actifs assistent aux réunions et votent.</translation>
        </message>
        <message>
            <source>{name} (member {number}) does not sit on the {committee}.</source>
            <translation>{name} (membre {number}) ne siège pas au {committee}.</translation>
        </message>
        <message>
            <source>'{kind}' is not a kind of meeting; choose one of {kinds}.</source>
            <translation>'{kind}' n'est pas un type de réunion ; choisissez parmi {kinds}.</translation>
        </message>
        <message>
            <source>Agenda item {n} has no title.</source>
            <translation>Le point {n} de l'ordre du jour n'a pas de titre.</translation>
        </message>
        <message>
            <source>Give the agenda item a title.</source>
            <translation>Donnez un titre au point de l'ordre du jour.</translation>
        </message>
        <message>
            <source>A convocation states the agenda: add its items first.</source>
            <translation>Une convocation indique l'ordre du jour : ajoutez-en d'abord les points.</translation>
        </message>
        <message>
            <source>Say who chairs the meeting.</source>
            <translation>Indiquez qui préside la réunion.</translation>
        </message>
        <message>
            <source>Say who takes the minutes.</source>
            <translation>Indiquez qui rédige le procès-verbal.</translation>
        </message>
        <message>
            <source>{time} is not during the meeting.</source>
            <translation>{time} ne se situe pas pendant la réunion.</translation>
        </message>
        <message>
            <source>A member is found by number, name or photo.</source>
            <translation>Un membre se recherche par numéro, nom ou photo.</translation>
        </message>
        <message>
            <source>{name} (member {number}) is already checked in.</source>
            <translation>L'arrivée de {name} (membre {number}) est déjà enregistrée.</translation>
        </message>
        <message>
            <source>{name} (member {number}) is not in the room.</source>
            <translation>{name} (membre {number}) n'est pas dans la salle.</translation>
        </message>
        <message>
            <source>The bylaws allow no proxies.</source>
            <translation>Les statuts n'autorisent pas les procurations.</translation>
        </message>
        <message>
            <source>A member cannot hold their own proxy.</source>
            <translation>Un membre ne peut pas détenir sa propre procuration.</translation>
        </message>
        <message>
            <source>{name} (member {number}) is in the room and votes in person.</source>
            <translation>{name} (membre {number}) est dans la salle et vote en personne.</translation>
        </message>
        <message>
            <source>{name} (member {number}) must be checked in to hold a proxy.</source>
            <translation>L'arrivée de {name} (membre {number}) doit être enregistrée pour qu'il puisse détenir une procuration.</translation>
        </message>
        <message>
            <source>{name} (member {number}) has already given a proxy.</source>
            <translation>{name} (membre {number}) a déjà donné une procuration.</translation>
        </message>
        <message>
            <source>{name} (member {number}) holds proxies and is absent.</source>
            <translation>{name} (membre {number}) détient des procurations et est absent.</translation>
        </message>
        <message>
            <source>{name} (member {number}) already holds {count} proxies, the most the bylaws allow.</source>
            <translation>{name} (membre {number}) détient déjà {count} procurations, le maximum autorisé par les statuts.</translation>
        </message>
        <message>
            <source>{name} (member {number}) gave no proxy.</source>
            <translation>{name} (membre {number}) n'a donné aucune procuration.</translation>
        </message>
        <message>
            <source>Write the motion put to the vote.</source>
            <translation>Rédigez la motion mise aux voix.</translation>
        </message>
        <message>
            <source>'{kind}' is not a type of decision.</source>
            <translation>'{kind}' n'est pas un type de décision.</translation>
        </message>
        <message>
            <source>No quorum: {message} The meeting cannot decide.</source>
            <translation>Quorum non atteint : {message} La réunion ne peut pas délibérer.</translation>
        </message>
        <message>
            <source>Member {number}: a vote is yes, no or abstain, not '{vote}'.</source>
            <translation>Membre {number} : un vote est 'yes', 'no' ou 'abstain' (pour, contre, abstention), pas '{vote}'.</translation>
        </message>
        <message>
            <source>{name} (member {number}) is not in the room and cannot vote.</source>
            <translation>{name} (membre {number}) n'est pas dans la salle et ne peut pas voter.</translation>
        </message>
        <message>
            <source>The minutes are signed: they can no longer be changed.</source>
            <translation>Le procès-verbal est signé : il ne peut plus être modifié.</translation>
        </message>
        <message>
            <source>{user} may not sign minutes: only the president and the secretary sign them.</source>
            <translation>{user} ne peut pas signer de procès-verbal : seuls le président et le secrétaire le signent.</translation>
        </message>
        <message>
            <source>Minutes are signed after the meeting closes.</source>
            <translation>Le procès-verbal se signe après la clôture de la réunion.</translation>
        </message>
        <message>
            <source>{user} has already signed these minutes.</source>
            <translation>{user} a déjà signé ce procès-verbal.</translation>
        </message>
        <message>
            <source>The president and the secretary are two people: the other must sign.</source>
            <translation>Le président et le secrétaire sont deux personnes différentes : l'autre doit signer.</translation>
        </message>
        <message>
            <source>A term cannot end ({ends}) before it starts ({starts}).</source>
            <translation>Un mandat ne peut pas se terminer ({ends}) avant de commencer ({starts}).</translation>
        </message>
        <message>
            <source>Member {number} already holds {position} on {day}.</source>
            <translation>Le membre {number} occupe déjà le poste {position} le {day}.</translation>
        </message>
        <message>
            <source>Say why the term ends early.</source>
            <translation>Indiquez pourquoi le mandat prend fin avant terme.</translation>
        </message>
        <message>
            <source>There is no mandate {id}.</source>
            <translation>Le mandat {id} n'existe pas.</translation>
        </message>
        <message>
            <source>This term already ended on {day}.</source>
            <translation>Ce mandat a déjà pris fin le {day}.</translation>
        </message>
        <message>
            <source>The last day must fall within the term, {starts} to {ends}.</source>
            <translation>Le dernier jour doit se situer pendant le mandat, du {starts} au {ends}.</translation>
        </message>
        <message>
            <source>Replaced by the election '{title}'.</source>
            <translation>Remplacé à la suite de l'élection '{title}'.</translation>
        </message>
        <message>
            <source>{name}'s term as {position} ends on {day} ({days} days).</source>
            <translation>Le mandat de {name} ({position}) prend fin le {day} ({days} jours restants).</translation>
        </message>
        <message>
            <source>{position}: {held} of {seats} seats filled.</source>
            <translation>{position} : {held} sièges pourvus sur {seats}.</translation>
        </message>
        <message>
            <source>{name}'s term as {position} ended on {day}; elect a successor.</source>
            <translation>Le mandat de {name} ({position}) a pris fin le {day} ; élisez un successeur.</translation>
        </message>
        <message>
            <source>Colombian cooperative law (Ley 79 de 1988)</source>
            <translation>Droit coopératif colombien (Ley 79 de 1988)</translation>
        </message>
        <message>
            <source>OHADA cooperative law (Uniform Act of 2010)</source>
            <translation>Droit coopératif OHADA (Acte uniforme de 2010)</translation>
        </message>
        <message>
            <source>There are no preset bylaws '{name}'; choose one of {names}.</source>
            <translation>Il n'existe pas de modèle de statuts '{name}' ; choisissez parmi {names}.</translation>
        </message>
        <message>
            <source>A member pays shares</source>
            <translation>Un membre verse sur ses parts</translation>
        </message>
        <message>
            <source>A buyer pays for gold</source>
            <translation>Un acheteur paie l'or</translation>
        </message>
        <message>
            <source>Fairmined premium received</source>
            <translation>Prime Fairmined reçue</translation>
        </message>
        <message>
            <source>Admission fee</source>
            <translation>Droit d'adhésion</translation>
        </message>
        <message>
            <source>A member repays a loan</source>
            <translation>Un membre rembourse un prêt</translation>
        </message>
        <message>
            <source>Other receipt</source>
            <translation>Autre encaissement</translation>
        </message>
        <message>
            <source>Fuel</source>
            <translation>Carburant</translation>
        </message>
        <message>
            <source>Processing inputs and supplies</source>
            <translation>Intrants et fournitures de traitement</translation>
        </message>
        <message>
            <source>Safety equipment</source>
            <translation>Équipements de sécurité</translation>
        </message>
        <message>
            <source>Maintenance and repairs</source>
            <translation>Entretien et réparations</translation>
        </message>
        <message>
            <source>Wages</source>
            <translation>Salaires</translation>
        </message>
        <message>
            <source>Mining royalties and taxes</source>
            <translation>Redevance minière et taxes</translation>
        </message>
        <message>
            <source>Training and education</source>
            <translation>Formation et éducation</translation>
        </message>
        <message>
            <source>Bank and mobile money fees</source>
            <translation>Frais bancaires et de mobile money</translation>
        </message>
        <message>
            <source>Pay a member what is owed</source>
            <translation>Payer à un membre ce qui lui est dû</translation>
        </message>
        <message>
            <source>Loan or advance to a member</source>
            <translation>Prêt ou avance à un membre</translation>
        </message>
        <message>
            <source>Pay a supplier's invoice</source>
            <translation>Payer une facture fournisseur</translation>
        </message>
        <message>
            <source>Deposit cash at the bank</source>
            <translation>Déposer des espèces à la banque</translation>
        </message>
        <message>
            <source>Other payment</source>
            <translation>Autre décaissement</translation>
        </message>
        <message>
            <source>Cash box</source>
            <translation>Caisse</translation>
        </message>
        <message>
            <source>Bank</source>
            <translation>Banque</translation>
        </message>
        <message>
            <source>Mobile money</source>
            <translation>Mobile money</translation>
        </message>
        <message>
            <source>There is no kind of receipt or payment named '{kind}'; the kinds are: {known}.</source>
            <translation>Il n'existe pas de type d'encaissement ou de décaissement nommé '{kind}' ; les types sont : {known}.</translation>
        </message>
        <message>
            <source>Money is kept in cash, bank or mobile_money, not '{place}'.</source>
            <translation>L'argent se trouve en caisse (cash), en banque (bank) ou en mobile money (mobile_money), pas '{place}'.</translation>
        </message>
        <message>
            <source>The amount must be more than zero.</source>
            <translation>Le montant doit être supérieur à zéro.</translation>
        </message>
        <message>
            <source>Say which member.</source>
            <translation>Indiquez quel membre.</translation>
        </message>
        <message>
            <source>Choose the account this is for.</source>
            <translation>Choisissez le compte concerné.</translation>
        </message>
        <message>
            <source>A deposit takes money from the cash box or mobile money to the bank; choose where it comes from.</source>
            <translation>Un dépôt transfère de l'argent de la caisse ou du mobile money vers la banque ; choisissez d'où il vient.</translation>
        </message>
        <message>
            <source>The date {date} is in the future.</source>
            <translation>La date {date} est dans le futur.</translation>
        </message>
        <message>
            <source>The books have no chart of accounts yet; set them up before recording receipts.</source>
            <translation>La comptabilité n'a pas encore de plan comptable ; mettez-la en place avant d'enregistrer des encaissements.</translation>
        </message>
        <message>
            <source>The money and the other side are the same account {code}.</source>
            <translation>L'argent et la contrepartie sont le même compte {code}.</translation>
        </message>
        <message>
            <source>{text} (member {number})</source>
            <translation>{text} (membre {number})</translation>
        </message>
        <message>
            <source>There is no chart template named '{name}'; the templates are: {known}.</source>
            <translation>Il n'existe pas de modèle de plan comptable nommé '{name}' ; les modèles sont : {known}.</translation>
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
            <source>{file} cannot be read as CSV: {reason}</source>
            <translation>{file} ne peut pas être lu comme CSV : {reason}</translation>
        </message>
        <message>
            <source>{file} has no column for: {fields}. The first row must name the columns (account, debit, credit; and date for entries).</source>
            <translation>{file} n'a pas de colonne pour : {fields}. La première ligne doit nommer les colonnes (compte, débit, crédit ; et date pour les écritures).</translation>
        </message>
        <message>
            <source>{file} has no date column, so it holds opening balances: say for which fiscal year.</source>
            <translation>{file} n'a pas de colonne de date, il contient donc des soldes d'ouverture : indiquez pour quel exercice.</translation>
        </message>
        <message>
            <source>There is no fiscal year {year}.</source>
            <translation>Il n'existe pas d'exercice {year}.</translation>
        </message>
        <message>
            <source>The date is missing.</source>
            <translation>La date manque.</translation>
        </message>
        <message>
            <source>The account is missing.</source>
            <translation>Le compte manque.</translation>
        </message>
        <message>
            <source>There is no account {code}.</source>
            <translation>Il n'existe pas de compte {code}.</translation>
        </message>
        <message>
            <source>Account {code} is a heading or closed; choose an account under it.</source>
            <translation>Le compte {code} est un compte de regroupement ou est fermé ; choisissez un compte sous celui-ci.</translation>
        </message>
        <message>
            <source>Account {code} is income or expense; opening balances are for assets, liabilities and equity.</source>
            <translation>Le compte {code} est un compte de produits ou de charges ; les soldes d'ouverture concernent les comptes de bilan (actif, dettes, capitaux propres).</translation>
        </message>
        <message>
            <source>'{value}' is not a member number.</source>
            <translation>'{value}' n'est pas un numéro de membre.</translation>
        </message>
        <message>
            <source>Account {code} does not keep members' accounts.</source>
            <translation>Le compte {code} ne tient pas de comptes de membres.</translation>
        </message>
        <message>
            <source>Account {code} keeps a member's account; say which member.</source>
            <translation>Le compte {code} tient le compte d'un membre ; indiquez quel membre.</translation>
        </message>
        <message>
            <source>Amounts are never negative; put the amount on the other side instead.</source>
            <translation>Les montants ne sont jamais négatifs ; portez plutôt le montant de l'autre côté.</translation>
        </message>
        <message>
            <source>Give a debit or a credit, not both and not neither.</source>
            <translation>Indiquez un débit ou un crédit, ni les deux ni aucun.</translation>
        </message>
        <message>
            <source>rows {first}–{last}</source>
            <translation>lignes {first}–{last}</translation>
        </message>
        <message>
            <source>Entry {entry} ({rows}) has more than one date.</source>
            <translation>L'écriture {entry} ({rows}) a plus d'une date.</translation>
        </message>
        <message>
            <source>The opening balances</source>
            <translation>Les soldes d'ouverture</translation>
        </message>
        <message>
            <source>Entry {entry}</source>
            <translation>Écriture {entry}</translation>
        </message>
        <message>
            <source>{what} ({rows}) does not balance: debits {debit}, credits {credit}, difference {diff}.</source>
            <translation>{what} ({rows}) : les débits ({debit}) et les crédits ({credit}) ne s'équilibrent pas, écart {diff}.</translation>
        </message>
        <message>
            <source>An entry needs at least two lines.</source>
            <translation>Une écriture doit comporter au moins deux lignes.</translation>
        </message>
        <message>
            <source>Opening balances {year}</source>
            <translation>Soldes d'ouverture {year}</translation>
        </message>
        <message>
            <source>Imported from {file}</source>
            <translation>Importé depuis {file}</translation>
        </message>
        <message>
            <source>{file} has a header line but no entries below it.</source>
            <translation>{file} a une ligne d'en-tête mais aucune écriture en dessous.</translation>
        </message>
        <message>
            <source>… and {count} more problems.</source>
            <translation>… et {count} autres problèmes.</translation>
        </message>
        <message>
            <source>Nothing was imported from {file}; fix these rows first:</source>
            <translation>Rien n'a été importé depuis {file} ; corrigez d'abord ces lignes :</translation>
        </message>
        <message>
            <source>{file} holds no entries.</source>
            <translation>{file} ne contient aucune écriture.</translation>
        </message>
        <message>
            <source>{file} was already imported on {date}; nothing was imported again.</source>
            <translation>{file} a déjà été importé le {date} ; rien n'a été importé à nouveau.</translation>
        </message>
        <message>
            <source>This year already has its opening balances (entry {number}); reverse that entry first to enter them again.</source>
            <translation>Cet exercice a déjà ses soldes d'ouverture (écriture {number}) ; contre-passez d'abord cette écriture pour les saisir à nouveau.</translation>
        </message>
        <message>
            <source>There is no journal entry {number}.</source>
            <translation>Il n'existe pas d'écriture {number}.</translation>
        </message>
        <message>
            <source>There is no attachment {number}.</source>
            <translation>Il n'existe pas de pièce jointe {number}.</translation>
        </message>
        <message>
            <source>There is no draft {uid}.</source>
            <translation>Il n'existe pas de brouillon {uid}.</translation>
        </message>
        <message>
            <source>Trial balance</source>
            <translation>Balance des comptes</translation>
        </message>
        <message>
            <source>General ledger</source>
            <translation>Grand livre</translation>
        </message>
        <message>
            <source>Account statement</source>
            <translation>Relevé de compte</translation>
        </message>
        <message>
            <source>Member statement</source>
            <translation>Relevé du membre</translation>
        </message>
        <message>
            <source>Cash book</source>
            <translation>Livre de caisse</translation>
        </message>
        <message>
            <source>Income statement</source>
            <translation>Compte de résultat</translation>
        </message>
        <message>
            <source>Balance sheet</source>
            <translation>Bilan</translation>
        </message>
        <message>
            <source>There is no report named '{name}'; the reports are: {known}.</source>
            <translation>Il n'existe pas de rapport nommé '{name}' ; les rapports sont : {known}.</translation>
        </message>
        <message>
            <source>The report “{report}” needs an account: give its code with the option 'account'.</source>
            <translation>Le rapport « {report} » a besoin d'un compte : donnez son numéro avec l'option 'account'.</translation>
        </message>
        <message>
            <source>The report “{report}” needs a member: give the member number with the option 'member'.</source>
            <translation>Le rapport « {report} » a besoin d'un membre : donnez le numéro du membre avec l'option 'member'.</translation>
        </message>
        <message>
            <source>The period must end on or after the day it starts.</source>
            <translation>La période doit se terminer le jour où elle commence ou après.</translation>
        </message>
        <message>
            <source>At {date}</source>
            <translation>Au {date}</translation>
        </message>
        <message>
            <source>{start} to {end}</source>
            <translation>Du {start} au {end}</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Période</translation>
        </message>
        <message>
            <source>Previous period</source>
            <translation>Période précédente</translation>
        </message>
        <message>
            <source>Generated for</source>
            <translation>Généré pour</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>N° compte</translation>
        </message>
        <message>
            <source>Opening balance</source>
            <translation>Solde d'ouverture</translation>
        </message>
        <message>
            <source>Debit</source>
            <translation>Débit</translation>
        </message>
        <message>
            <source>Credit</source>
            <translation>Crédit</translation>
        </message>
        <message>
            <source>Closing balance</source>
            <translation>Solde de clôture</translation>
        </message>
        <message>
            <source>Debit, previous period</source>
            <translation>Débit, période précédente</translation>
        </message>
        <message>
            <source>Credit, previous period</source>
            <translation>Crédit, période précédente</translation>
        </message>
        <message>
            <source>Total income</source>
            <translation>Total des produits</translation>
        </message>
        <message>
            <source>Total expenses</source>
            <translation>Total des charges</translation>
        </message>
        <message>
            <source>Total assets</source>
            <translation>Total actif</translation>
        </message>
        <message>
            <source>Total liabilities</source>
            <translation>Total des dettes</translation>
        </message>
        <message>
            <source>Total equity</source>
            <translation>Total des capitaux propres</translation>
        </message>
        <message>
            <source>Assets</source>
            <translation>Actif</translation>
        </message>
        <message>
            <source>Liabilities</source>
            <translation>Dettes</translation>
        </message>
        <message>
            <source>Equity</source>
            <translation>Capitaux propres</translation>
        </message>
        <message>
            <source>This period</source>
            <translation>Cette période</translation>
        </message>
        <message>
            <source>Total {heading}</source>
            <translation>Total {heading}</translation>
        </message>
        <message>
            <source>Result (surplus or loss)</source>
            <translation>Résultat (excédent ou perte)</translation>
        </message>
        <message>
            <source>Result not yet closed</source>
            <translation>Résultat non encore clôturé</translation>
        </message>
        <message>
            <source>Total liabilities and equity</source>
            <translation>Total capitaux propres et dettes</translation>
        </message>
        <message>
            <source>Receipts</source>
            <translation>Encaissements</translation>
        </message>
        <message>
            <source>Balance</source>
            <translation>Solde</translation>
        </message>
        <message>
            <source>{account}: closing balance of the previous period</source>
            <translation>{account} : solde de clôture de la période précédente</translation>
        </message>
        <message>
            <source>{account}: balance brought forward</source>
            <translation>{account} : solde reporté</translation>
        </message>
        <message>
            <source>{account}: closing balance</source>
            <translation>{account} : solde de clôture</translation>
        </message>
        <message>
            <source>Say what the entry is for.</source>
            <translation>Indiquez l'objet de l'écriture.</translation>
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
            <source>The period of {date} is closed.</source>
            <translation>La période du {date} est clôturée.</translation>
        </message>
        <message>
            <source>The chart of accounts says no account for '{role}'; choose one in the books' settings.</source>
            <translation>Le plan comptable n'indique aucun compte pour '{role}' ; choisissez-en un dans les paramètres de la comptabilité.</translation>
        </message>
        <message>
            <source>Line {n}: account {code} is income or expense; opening balances are for assets, liabilities and equity.</source>
            <translation>Ligne {n} : le compte {code} est un compte de produits ou de charges ; les soldes d'ouverture concernent les comptes de bilan (actif, dettes, capitaux propres).</translation>
        </message>
        <message>
            <source>{year} already has its opening balances (entry {number}); reverse that entry first to enter them again.</source>
            <translation>L'exercice {year} a déjà ses soldes d'ouverture (écriture {number}) ; contre-passez d'abord cette écriture pour les saisir à nouveau.</translation>
        </message>
        <message>
            <source>The fiscal year {year} is already closed.</source>
            <translation>L'exercice {year} est déjà clôturé.</translation>
        </message>
        <message>
            <source>Close the fiscal year {year} first.</source>
            <translation>Clôturez d'abord l'exercice {year}.</translation>
        </message>
        <message>
            <source>{year} still has {count} draft entries; post or delete them before closing the year.</source>
            <translation>L'exercice {year} a encore {count} écriture(s) en brouillon ; comptabilisez-les ou supprimez-les avant de clôturer l'exercice.</translation>
        </message>
        <message>
            <source>Year-end closing {year}: income and expenses to the result</source>
            <translation>Clôture de l'exercice {year} : produits et charges portés au résultat</translation>
        </message>
        <message>
            <source>{file} is not a scanned receipt coopdesk can keep; attach a PDF or a photo (JPEG, PNG, TIFF, WebP).</source>
            <translation>{file} n'est pas un justificatif scanné que coopdesk peut conserver ; joignez un PDF ou une photo (JPEG, PNG, TIFF, WebP).</translation>
        </message>
        <message>
            <source>{file} is larger than 10 MB; scan it at a lower resolution.</source>
            <translation>{file} dépasse 10 Mo ; scannez-le à une résolution plus basse.</translation>
        </message>
        <message>
            <source>share operation {number} reversed by {reversal}: {reason}</source>
            <translation>opération sur parts {number} annulée par {reversal} : {reason}</translation>
        </message>
        <message>
            <source>Share payment, member {number}</source>
            <translation>Versement sur parts, membre {number}</translation>
        </message>
        <message>
            <source>Transfer of {shares} share(s), member {number} to member {other}</source>
            <translation>Cession de {shares} part(s), du membre {number} au membre {other}</translation>
        </message>
        <message>
            <source>Refund of {shares} share(s) to member {number}</source>
            <translation>Remboursement de {shares} part(s) au membre {number}</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
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
            <source>OVERDUE - {status}</source>
            <translation>ÉCHUE - {status}</translation>
        </message>
        <message>
            <source>LATE - {status}</source>
            <translation>À LA TRAÎNE - {status}</translation>
        </message>
        <message>
            <source>Year {year}</source>
            <translation>Année {year}</translation>
        </message>
        <message>
            <source>All activities</source>
            <translation>Toutes les activités</translation>
        </message>
        <message>
            <source>Action plan</source>
            <translation>Plan d'action</translation>
        </message>
        <message>
            <source>{what}, situation on {day}</source>
            <translation>{what}, situation au {day}</translation>
        </message>
        <message>
            <source>Activities</source>
            <translation>Activités</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Terminé</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Échues</translation>
        </message>
        <message>
            <source>Late</source>
            <translation>À la traîne</translation>
        </message>
        <message>
            <source>Actual (from the books)</source>
            <translation>Réalisé (selon les comptes)</translation>
        </message>
        <message>
            <source>No activity in the action plan yet.</source>
            <translation>Pas encore d'activité dans le plan d'action.</translation>
        </message>
        <message>
            <source>OVERDUE: {list}.</source>
            <translation>ÉCHUES : {list}.</translation>
        </message>
        <message>
            <source>{number}. {title} (ended {day})</source>
            <translation>{number}. {title} (fin le {day})</translation>
        </message>
        <message>
            <source>LATE (progress behind the time gone by more than {points} points): {list}.</source>
            <translation>À LA TRAÎNE (avancement en retard de plus de {points} points sur le temps écoulé) : {list}.</translation>
        </message>
        <message>
            <source>{number}. {title} ({progress} % done, {expected} % of the time gone)</source>
            <translation>{number}. {title} ({progress} % réalisé, {expected} % du temps écoulé)</translation>
        </message>
        <message>
            <source>Activity</source>
            <translation>Activité</translation>
        </message>
        <message>
            <source>Responsible</source>
            <translation>Responsable</translation>
        </message>
        <message>
            <source>Starts</source>
            <translation>Début</translation>
        </message>
        <message>
            <source>Ends</source>
            <translation>Fin</translation>
        </message>
        <message>
            <source>Progress %</source>
            <translation>Avancement %</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>Calendrier</translation>
        </message>
        <message>
            <source>OVERDUE</source>
            <translation>ÉCHUE</translation>
        </message>
        <message>
            <source>LATE</source>
            <translation>À LA TRAÎNE</translation>
        </message>
        <message>
            <source>{number}. {title}</source>
            <translation>{number}. {title}</translation>
        </message>
        <message>
            <source>Budget and actual by activity</source>
            <translation>Budget et réalisé par activité</translation>
        </message>
        <message>
            <source>Spending tagged to each activity</source>
            <translation>Dépenses rattachées à chaque activité</translation>
        </message>
        <message>
            <source>{text} (reversed, not counted)</source>
            <translation>{text} (contre-passée, non comptée)</translation>
        </message>
        <message>
            <source>{number}. {title}: budget {budget}, actual {actual}</source>
            <translation>{number}. {title} : budget {budget}, réalisé {actual}</translation>
        </message>
        <message>
            <source>Spending</source>
            <translation>Dépenses</translation>
        </message>
        <message>
            <source>No fiscal year holds today's date; say which year.</source>
            <translation>Aucun exercice ne contient la date du jour ; indiquez lequel.</translation>
        </message>
        <message>
            <source>There is no fiscal year in {year}.</source>
            <translation>Il n'y a pas d'exercice {year}.</translation>
        </message>
        <message>
            <source>Budget against actual</source>
            <translation>Budget contre réalisé</translation>
        </message>
        <message>
            <source>Fiscal year {year}, version {version}</source>
            <translation>Exercice {year}, version {version}</translation>
        </message>
        <message>
            <source>Approved by the general assembly on {day}, resolution {resolution} (“{meeting}”)</source>
            <translation>Approuvé par l'assemblée générale le {day}, résolution {resolution} (« {meeting} »)</translation>
        </message>
        <message>
            <source>DRAFT: not approved by the general assembly yet</source>
            <translation>BROUILLON : pas encore approuvé par l'assemblée générale</translation>
        </message>
        <message>
            <source>Fiscal year</source>
            <translation>Exercice</translation>
        </message>
        <message>
            <source>{year}: {start} to {end}</source>
            <translation>{year} : du {start} au {end}</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <source>Approval</source>
            <translation>Approbation</translation>
        </message>
        <message>
            <source>posted entries of the year up to {day}, year-end closing left out</source>
            <translation>écritures comptabilisées de l'exercice jusqu'au {day}, hors clôture de l'exercice</translation>
        </message>
        <message>
            <source>Budgeted result</source>
            <translation>Résultat budgété</translation>
        </message>
        <message>
            <source>Actual result</source>
            <translation>Résultat réalisé</translation>
        </message>
        <message>
            <source>OVER BUDGET: {list}.</source>
            <translation>DÉPASSEMENT DU BUDGET : {list}.</translation>
        </message>
        <message>
            <source>{code} {name} ({used})</source>
            <translation>{code} {name} ({used})</translation>
        </message>
        <message>
            <source>{pct} % used</source>
            <translation>{pct} % utilisé</translation>
        </message>
        <message>
            <source>no budget</source>
            <translation>pas de budget</translation>
        </message>
        <message>
            <source>Variance (+ favourable)</source>
            <translation>Écart (+ favorable)</translation>
        </message>
        <message>
            <source>Nothing budgeted or recorded.</source>
            <translation>Rien n'est budgété ni enregistré.</translation>
        </message>
        <message>
            <source>Total {what}: budget {budget}, actual {actual}, {used}.</source>
            <translation>Total {what} : budget {budget}, réalisé {actual}, {used}.</translation>
        </message>
        <message>
            <source>Result (income less expenses)</source>
            <translation>Résultat (produits moins charges)</translation>
        </message>
        <message>
            <source>Expenses: budget and actual by group</source>
            <translation>Charges : budget et réalisé par groupe</translation>
        </message>
        <message>
            <source>in progress</source>
            <translation>en cours</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>annulée</translation>
        </message>
        <message>
            <source>There is no activity number {number}.</source>
            <translation>Il n'y a pas d'activité numéro {number}.</translation>
        </message>
        <message>
            <source>There is no member number {number} to be responsible.</source>
            <translation>Il n'y a pas de membre numéro {number} pouvant être responsable.</translation>
        </message>
        <message>
            <source>Give the activity a title, e.g. “Helmets and boots for every digger”.</source>
            <translation>Donnez un titre à l'activité, p. ex. « Casques et bottes pour chaque creuseur ».</translation>
        </message>
        <message>
            <source>The title is longer than {n} characters.</source>
            <translation>Le titre dépasse {n} caractères.</translation>
        </message>
        <message>
            <source>Give a date.</source>
            <translation>Indiquez une date.</translation>
        </message>
        <message>
            <source>The budget must be an amount.</source>
            <translation>Le budget doit être un montant.</translation>
        </message>
        <message>
            <source>The budget cannot be less than zero.</source>
            <translation>Le budget ne peut pas être inférieur à zéro.</translation>
        </message>
        <message>
            <source>The requirement's reference is longer than {n} characters.</source>
            <translation>La référence de l'exigence dépasse {n} caractères.</translation>
        </message>
        <message>
            <source>The activity ends ({ends}) before it starts ({starts}).</source>
            <translation>L'activité se termine ({ends}) avant de commencer ({starts}).</translation>
        </message>
        <message>
            <source>An activity has no field “{field}” to change here; the fields are {fields}.</source>
            <translation>Une activité n'a pas de champ « {field} » modifiable ici ; les champs sont {fields}.</translation>
        </message>
        <message>
            <source>The status is one of {statuses}; not “{status}”.</source>
            <translation>Le statut est l'un de {statuses} ; pas « {status} ».</translation>
        </message>
        <message>
            <source>The progress is a whole per cent from 0 to 100; not {value}.</source>
            <translation>L'avancement est un pourcentage entier de 0 à 100 ; pas {value}.</translation>
        </message>
        <message>
            <source>An activity that is done is 100 % done; the progress says {value} %.</source>
            <translation>Une activité terminée est réalisée à 100 % ; l'avancement indique {value} %.</translation>
        </message>
        <message>
            <source>Give the date of the report.</source>
            <translation>Indiquez la date du rapport.</translation>
        </message>
        <message>
            <source>Line {line} is already tagged to activity {number}.</source>
            <translation>La ligne {line} est déjà rattachée à l'activité {number}.</translation>
        </message>
        <message>
            <source>Choose at least one journal line to tag.</source>
            <translation>Choisissez au moins une ligne du journal à rattacher.</translation>
        </message>
        <message>
            <source>There is no journal line {line}.</source>
            <translation>Il n'y a pas de ligne du journal {line}.</translation>
        </message>
        <message>
            <source>Line {line} belongs to a draft entry; only lines of posted entries are tagged.</source>
            <translation>La ligne {line} appartient à une écriture en brouillon ; seules les lignes d'écritures comptabilisées peuvent être rattachées.</translation>
        </message>
        <message>
            <source>There is no posted entry {entry}.</source>
            <translation>Il n'y a pas d'écriture comptabilisée {entry}.</translation>
        </message>
        <message>
            <source>Entry {entry} has no debit to an expense account; tag its lines one by one instead.</source>
            <translation>L'écriture {entry} n'a aucun débit à un compte de charges ; rattachez plutôt ses lignes une par une.</translation>
        </message>
        <message>
            <source>Choose at least one tagged line.</source>
            <translation>Choisissez au moins une ligne rattachée.</translation>
        </message>
        <message>
            <source>Line {line} is not tagged to any activity.</source>
            <translation>La ligne {line} n'est rattachée à aucune activité.</translation>
        </message>
        <message>
            <source>approved</source>
            <translation>approuvé</translation>
        </message>
        <message>
            <source>There is no budget {id}.</source>
            <translation>Il n'y a pas de budget {id}.</translation>
        </message>
        <message>
            <source>Version {version} of the {year} budget was approved on {date} and is frozen. Make a revision (a new version) to change it.</source>
            <translation>La version {version} du budget {year} a été approuvée le {date} et est figée. Faites une révision (une nouvelle version) pour la modifier.</translation>
        </message>
        <message>
            <source>Version {version} of the {year} budget is still a draft: change it rather than starting another.</source>
            <translation>La version {version} du budget {year} est encore un brouillon : modifiez-la plutôt que d'en commencer une autre.</translation>
        </message>
        <message>
            <source>Account {code}: there is no such account.</source>
            <translation>Compte {code} : ce compte n'existe pas.</translation>
        </message>
        <message>
            <source>Account {code}: a heading; budget the accounts under it.</source>
            <translation>Compte {code} : c'est un compte de regroupement ; budgétez les comptes qui en dépendent.</translation>
        </message>
        <message>
            <source>Account {code} is not an income or expense account.</source>
            <translation>Le compte {code} n'est pas un compte de produits ou de charges.</translation>
        </message>
        <message>
            <source>Account {code}: the amount is not a number.</source>
            <translation>Compte {code} : le montant n'est pas un nombre.</translation>
        </message>
        <message>
            <source>Account {code}: the amount {amount} is less than zero.</source>
            <translation>Compte {code} : le montant {amount} est inférieur à zéro.</translation>
        </message>
        <message>
            <source>The growth is a percentage above -100 and at most 1000; not {value}.</source>
            <translation>La croissance est un pourcentage supérieur à -100 et d'au plus 1000 ; pas {value}.</translation>
        </message>
        <message>
            <source>There is no motion {id}.</source>
            <translation>Il n'y a pas de motion {id}.</translation>
        </message>
        <message>
            <source>Motion {id} was voted by “{meeting}”, not by a general assembly; only the assembly approves the budget.</source>
            <translation>La motion {id} a été votée par « {meeting} », et non par une assemblée générale ; seule l'assemblée approuve le budget.</translation>
        </message>
        <message>
            <source>Motion {id} did not pass; it cannot approve the budget.</source>
            <translation>La motion {id} n'a pas été adoptée ; elle ne peut pas approuver le budget.</translation>
        </message>
        <message>
            <source>Motion {id} already approved version {version} of a budget.</source>
            <translation>La motion {id} a déjà approuvé la version {version} d'un budget.</translation>
        </message>
        <message>
            <source>The budget has no lines yet; give amounts before it is approved.</source>
            <translation>Le budget n'a pas encore de lignes ; indiquez des montants avant son approbation.</translation>
        </message>
        <message>
            <source>There is no budget for {year} yet.</source>
            <translation>Il n'y a pas encore de budget pour {year}.</translation>
        </message>
        <message>
            <source>The {year} budget has no version {version}.</source>
            <translation>Le budget {year} n'a pas de version {version}.</translation>
        </message>
        <message>
            <source>Profile of the cooperative</source>
            <translation>Profil de la coopérative</translation>
        </message>
        <message>
            <source>Market and buyers</source>
            <translation>Marché et acheteurs</translation>
        </message>
        <message>
            <source>Production and operations</source>
            <translation>Production et exploitation</translation>
        </message>
        <message>
            <source>Organisation and management</source>
            <translation>Organisation et gestion</translation>
        </message>
        <message>
            <source>Risks and how we meet them</source>
            <translation>Risques et comment nous y faisons face</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>Brouillon</translation>
        </message>
        <message>
            <source>Adopted</source>
            <translation>Adopté</translation>
        </message>
        <message>
            <source>There is no business plan {id}.</source>
            <translation>Il n'y a pas de plan d'affaires {id}.</translation>
        </message>
        <message>
            <source>The plan “{title}” was adopted (resolution {ref}) and can no longer be changed. Make a copy to work on a new version.</source>
            <translation>Le plan « {title} » a été adopté (résolution {ref}) et ne peut plus être modifié. Faites-en une copie pour travailler sur une nouvelle version.</translation>
        </message>
        <message>
            <source>{label}: give an amount.</source>
            <translation>{label} : indiquez un montant.</translation>
        </message>
        <message>
            <source>{label} must be more than zero.</source>
            <translation>{label} : le montant doit être supérieur à zéro.</translation>
        </message>
        <message>
            <source>{label} cannot be negative.</source>
            <translation>{label} : le montant ne peut pas être négatif.</translation>
        </message>
        <message>
            <source>{label}: {problem}</source>
            <translation>{label} : {problem}</translation>
        </message>
        <message>
            <source>Give the {what}.</source>
            <translation>Indiquez {what}.</translation>
        </message>
        <message>
            <source>The {what} is longer than {n} characters.</source>
            <translation>Trop long : {what} dépasse {n} caractères.</translation>
        </message>
        <message>
            <source>The plan runs from {first} to {last}; year {index} is not one of its years (1 to {count}).</source>
            <translation>Le plan va de {first} à {last} ; l'année {index} n'est pas l'une de ses années (1 à {count}).</translation>
        </message>
        <message>
            <source>The grams sold must be zero or more.</source>
            <translation>Les grammes vendus doivent être égaux à zéro ou plus.</translation>
        </message>
        <message>
            <source>Give the grams to the milligram (three decimals at most), not {grams}.</source>
            <translation>Indiquez les grammes au milligramme près (trois décimales au maximum), et non {grams}.</translation>
        </message>
        <message>
            <source>There is no account {code} in the chart.</source>
            <translation>Il n'y a pas de compte {code} dans le plan comptable.</translation>
        </message>
        <message>
            <source>Account {code} ({name}) is not an expense account.</source>
            <translation>Le compte {code} ({name}) n'est pas un compte de charges.</translation>
        </message>
        <message>
            <source>plan's title</source>
            <translation>le titre du plan</translation>
        </message>
        <message>
            <source>The first year {year} is not a calendar year.</source>
            <translation>La première année {year} n'est pas une année civile.</translation>
        </message>
        <message>
            <source>A business plan covers {low} to {high} years, not {years}.</source>
            <translation>Un plan d'affaires couvre de {low} à {high} ans, et non {years}.</translation>
        </message>
        <message>
            <source>Unknown mineral {mineral}; known: {known}.</source>
            <translation>Minerai inconnu : {mineral} ; minerais connus : {known}.</translation>
        </message>
        <message>
            <source>The opening cash: give an amount.</source>
            <translation>La trésorerie de départ : indiquez un montant.</translation>
        </message>
        <message>
            <source>Unknown section {key}; the sections are {keys}.</source>
            <translation>Section inconnue : {key} ; les sections sont {keys}.</translation>
        </message>
        <message>
            <source>The section is longer than {n} characters.</source>
            <translation>La section dépasse {n} caractères.</translation>
        </message>
        <message>
            <source>The price per gram</source>
            <translation>Le prix par gramme</translation>
        </message>
        <message>
            <source>The premium per gram</source>
            <translation>La prime par gramme</translation>
        </message>
        <message>
            <source>Give one amount for each of the plan's {count} years, not {given}.</source>
            <translation>Indiquez un montant pour chacune des {count} années du plan, et non {given}.</translation>
        </message>
        <message>
            <source>The cost per gram in {year}</source>
            <translation>Le coût par gramme en {year}</translation>
        </message>
        <message>
            <source>The cost in {year}</source>
            <translation>Le coût en {year}</translation>
        </message>
        <message>
            <source>cost's label</source>
            <translation>le libellé du coût</translation>
        </message>
        <message>
            <source>There is no cost line {id}.</source>
            <translation>Il n'y a pas de ligne de coût {id}.</translation>
        </message>
        <message>
            <source>item's name</source>
            <translation>le nom du bien</translation>
        </message>
        <message>
            <source>The cost</source>
            <translation>Le coût</translation>
        </message>
        <message>
            <source>From the members</source>
            <translation>Apport des membres</translation>
        </message>
        <message>
            <source>From the premium</source>
            <translation>Financé par la prime</translation>
        </message>
        <message>
            <source>From a loan</source>
            <translation>Financé par un prêt</translation>
        </message>
        <message>
            <source>From a grant</source>
            <translation>Financé par une subvention</translation>
        </message>
        <message>
            <source>The funding adds up to {funded}, not to the cost {cost}: members {members} + premium {premium} + loan {loan} + grant {grant}; {gap} {what}.</source>
            <translation>Le financement totalise {funded}, et non le coût {cost} : membres {members} + prime {premium} + prêt {loan} + subvention {grant} ; {gap} {what}.</translation>
        </message>
        <message>
            <source>is missing</source>
            <translation>manquant</translation>
        </message>
        <message>
            <source>too much</source>
            <translation>en trop</translation>
        </message>
        <message>
            <source>Repay the loan over 1 to 30 years.</source>
            <translation>Remboursez le prêt sur 1 à 30 ans.</translation>
        </message>
        <message>
            <source>The loan's interest rate is a percentage a year, from 0 to 100.</source>
            <translation>Le taux d'intérêt du prêt est un pourcentage annuel, de 0 à 100.</translation>
        </message>
        <message>
            <source>Give the interest rate to two decimals at most, not {rate}.</source>
            <translation>Indiquez le taux d'intérêt avec deux décimales au maximum, et non {rate}.</translation>
        </message>
        <message>
            <source>The item's useful life is 1 to 50 years.</source>
            <translation>La durée de vie du bien est de 1 à 50 ans.</translation>
        </message>
        <message>
            <source>There is no investment {id}.</source>
            <translation>Il n'y a pas d'investissement {id}.</translation>
        </message>
        <message>
            <source>There is no fiscal year {year}; the books have: {names}.</source>
            <translation>Il n'y a pas d'exercice {year} ; les comptes contiennent : {names}.</translation>
        </message>
        <message>
            <source>The books of {year} have no posted expenses and no sales of {mineral}: there is nothing to start from.</source>
            <translation>Les comptes de {year} n'ont aucune charge comptabilisée et aucune vente de {mineral} : il n'y a rien sur quoi s'appuyer.</translation>
        </message>
        <message>
            <source>Motion {id} (“{text}”) did not pass; only a passed motion adopts a plan.</source>
            <translation>La motion {id} (« {text} ») n'a pas été adoptée ; seule une motion adoptée peut approuver un plan.</translation>
        </message>
        <message>
            <source>Motion {id} already adopted the plan “{title}”.</source>
            <translation>La motion {id} a déjà approuvé le plan « {title} ».</translation>
        </message>
        <message>
            <source>Draft: not adopted yet</source>
            <translation>Projet : pas encore approuvé</translation>
        </message>
        <message>
            <source>Adopted by resolution {ref} of “{meeting}” on {date}</source>
            <translation>Approuvé par la résolution {ref} de « {meeting} » le {date}</translation>
        </message>
        <message>
            <source>{year}: each gram of {metal} costs {cost} to produce and sells for {price}; no quantity sold covers the costs.</source>
            <translation>{year} : chaque gramme de {metal} coûte {cost} à produire et se vend {price} ; aucune quantité vendue ne couvre les coûts.</translation>
        </message>
        <message>
            <source>{year}: there are no fixed costs; every gram sold earns {margin}.</source>
            <translation>{year} : il n'y a pas de coûts fixes ; chaque gramme vendu rapporte {margin}.</translation>
        </message>
        <message>
            <source>{year}: the cooperative covers its costs from {need} g of fine {metal} sold (sales of {money}). It plans {planned} g, {percent} % above that.</source>
            <translation>{year} : la coopérative couvre ses coûts à partir de {need} g de {metal} fin vendus (ventes de {money}). Elle prévoit {planned} g, soit {percent} % de plus.</translation>
        </message>
        <message>
            <source>{year}: the cooperative covers its costs from {need} g of fine {metal} sold (sales of {money}). It plans only {planned} g, {percent} % short: a loss without the premium.</source>
            <translation>{year} : la coopérative couvre ses coûts à partir de {need} g de {metal} fin vendus (ventes de {money}). Elle ne prévoit que {planned} g, soit {percent} % de moins : une perte sans la prime.</translation>
        </message>
        <message>
            <source>Cash stays above zero every year; it is lowest at the end of {year} ({amount} {currency}).</source>
            <translation>La trésorerie reste au-dessus de zéro chaque année ; elle est au plus bas à la fin de {year} ({amount} {currency}).</translation>
        </message>
        <message>
            <source>Warning: cash falls below zero at the end of {years} {currency}. Find more funding, spread the investments or cut costs before adopting the plan.</source>
            <translation>Attention : la trésorerie passe sous zéro à la fin de {years} {currency}. Trouvez d'autres financements, étalez les investissements ou réduisez les coûts avant d'approuver le plan.</translation>
        </message>
        <message>
            <source>There is no business plan yet.</source>
            <translation>Il n'y a pas encore de plan d'affaires.</translation>
        </message>
        <message>
            <source>Business plan</source>
            <translation>Plan d'affaires</translation>
        </message>
        <message>
            <source>Cooperative</source>
            <translation>Coopérative</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>Plan</translation>
        </message>
        <message>
            <source>Years</source>
            <translation>Années</translation>
        </message>
        <message>
            <source>{first} to {last} ({count} years)</source>
            <translation>{first} à {last} ({count} ans)</translation>
        </message>
        <message>
            <source>Metal</source>
            <translation>Métal</translation>
        </message>
        <message>
            <source>Cash at the start</source>
            <translation>Trésorerie de départ</translation>
        </message>
        <message>
            <source>Last changed</source>
            <translation>Dernière modification</translation>
        </message>
        <message>
            <source>{date} by {user}</source>
            <translation>{date} par {user}</translation>
        </message>
        <message>
            <source>Adopting motion</source>
            <translation>Motion d'approbation</translation>
        </message>
        <message>
            <source>This section is not written yet.</source>
            <translation>Cette section n'est pas encore rédigée.</translation>
        </message>
        <message>
            <source>Assumptions</source>
            <translation>Hypothèses</translation>
        </message>
        <message>
            <source>Variable cost per gram</source>
            <translation>Coût variable par gramme</translation>
        </message>
        <message>
            <source>Production and prices</source>
            <translation>Production et prix</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>Coût</translation>
        </message>
        <message>
            <source>Basis</source>
            <translation>Critère</translation>
        </message>
        <message>
            <source>Costs</source>
            <translation>Coûts</translation>
        </message>
        <message>
            <source>No costs entered yet.</source>
            <translation>Aucun coût saisi pour l'instant.</translation>
        </message>
        <message>
            <source>Projected income statement</source>
            <translation>Compte de résultat prévisionnel</translation>
        </message>
        <message>
            <source>Costs are shown as negative amounts. The operating result leaves out the Fairmined premium, which is kept for the uses the assembly votes; the net result includes it.</source>
            <translation>Les coûts sont présentés en montants négatifs. Le résultat d'exploitation exclut la prime Fairmined, réservée aux usages votés par l'assemblée ; le résultat net l'inclut.</translation>
        </message>
        <message>
            <source>Revenue and costs per year</source>
            <translation>Produits et coûts par année</translation>
        </message>
        <message>
            <source>Total costs</source>
            <translation>Total des coûts</translation>
        </message>
        <message>
            <source>Investment programme</source>
            <translation>Programme d'investissement</translation>
        </message>
        <message>
            <source>{amount} over {years} years at {rate} % a year</source>
            <translation>{amount} sur {years} ans à {rate} % par an</translation>
        </message>
        <message>
            <source>Premium</source>
            <translation>Prime</translation>
        </message>
        <message>
            <source>Loan</source>
            <translation>Prêt</translation>
        </message>
        <message>
            <source>Grant</source>
            <translation>Subvention</translation>
        </message>
        <message>
            <source>Cost and funding</source>
            <translation>Coût et financement</translation>
        </message>
        <message>
            <source>Life (years)</source>
            <translation>Durée de vie (ans)</translation>
        </message>
        <message>
            <source>Write-off a year</source>
            <translation>Amortissement annuel</translation>
        </message>
        <message>
            <source>Write-off and loans</source>
            <translation>Amortissements et prêts</translation>
        </message>
        <message>
            <source>The programme costs {cost}: {members} from the members, {premium} from the premium, {loan} borrowed and {grant} in grants. Items are written off in equal parts over their life; loans are repaid in equal parts from the year after they are drawn, with interest on what is still owed.</source>
            <translation>Le programme coûte {cost} : {members} apportés par les membres, {premium} pris sur la prime, {loan} empruntés et {grant} de subventions. Les biens sont amortis par parts égales sur leur durée de vie ; les prêts sont remboursés par parts égales à partir de l'année qui suit leur tirage, avec des intérêts sur le capital restant dû.</translation>
        </message>
        <message>
            <source>No investment is planned.</source>
            <translation>Aucun investissement n'est prévu.</translation>
        </message>
        <message>
            <source>Margin per gram</source>
            <translation>Marge par gramme</translation>
        </message>
        <message>
            <source>Costs to cover</source>
            <translation>Coûts à couvrir</translation>
        </message>
        <message>
            <source>Break-even grams</source>
            <translation>Grammes au seuil de rentabilité</translation>
        </message>
        <message>
            <source>Break-even sales</source>
            <translation>Ventes au seuil de rentabilité</translation>
        </message>
        <message>
            <source>Grams planned</source>
            <translation>Grammes prévus</translation>
        </message>
        <message>
            <source>The break-even is the quantity of fine metal whose margin (price less the variable cost of each gram) pays the fixed costs, the depreciation and the interest of the year. The premium is not counted.</source>
            <translation>Le seuil de rentabilité est la quantité de métal fin dont la marge (le prix moins le coût variable de chaque gramme) paie les coûts fixes, les amortissements et les intérêts de l'année. La prime n'est pas comptée.</translation>
        </message>
        <message>
            <source>Cash projection</source>
            <translation>Prévision de trésorerie</translation>
        </message>
        <message>
            <source>Premium received</source>
            <translation>Prime reçue</translation>
        </message>
        <message>
            <source>Contributions of members</source>
            <translation>Apports des membres</translation>
        </message>
        <message>
            <source>Loans drawn</source>
            <translation>Prêts obtenus</translation>
        </message>
        <message>
            <source>Grants</source>
            <translation>Subventions</translation>
        </message>
        <message>
            <source>Costs paid</source>
            <translation>Coûts payés</translation>
        </message>
        <message>
            <source>Investments bought</source>
            <translation>Investissements achetés</translation>
        </message>
        <message>
            <source>Loans repaid</source>
            <translation>Prêts remboursés</translation>
        </message>
        <message>
            <source>Interest paid</source>
            <translation>Intérêts payés</translation>
        </message>
        <message>
            <source>Cash at the end of each year</source>
            <translation>Trésorerie à la fin de chaque année</translation>
        </message>
        <message>
            <source>{n} bytes</source>
            <translation>{n} octets</translation>
        </message>
        <message>
            <source>{n} KB</source>
            <translation>{n} ko</translation>
        </message>
        <message>
            <source>{n} MB</source>
            <translation>{n} Mo</translation>
        </message>
        <message>
            <source>{status} (in {days} days)</source>
            <translation>{status} (dans {days} jours)</translation>
        </message>
        <message>
            <source>{status} ({days} days ago)</source>
            <translation>{status} (il y a {days} jours)</translation>
        </message>
        <message>
            <source>Formalisation path</source>
            <translation>Parcours de formalisation</translation>
        </message>
        <message>
            <source>As it stands on {date}</source>
            <translation>Situation au {date}</translation>
        </message>
        <message>
            <source>Step {step}: {title} ({status})</source>
            <translation>Étape {step} : {title} ({status})</translation>
        </message>
        <message>
            <source>Every stage is granted and valid</source>
            <translation>Toutes les étapes sont accordées et valides</translation>
        </message>
        <message>
            <source>No stage recorded yet</source>
            <translation>Aucune étape enregistrée pour l'instant</translation>
        </message>
        <message>
            <source>Stages granted and valid</source>
            <translation>Étapes accordées et valides</translation>
        </message>
        <message>
            <source>{granted} of {total}</source>
            <translation>{granted} sur {total}</translation>
        </message>
        <message>
            <source>Current step</source>
            <translation>Étape en cours</translation>
        </message>
        <message>
            <source>Next expiry</source>
            <translation>Prochaine échéance</translation>
        </message>
        <message>
            <source>{title}, on {date}</source>
            <translation>{title}, le {date}</translation>
        </message>
        <message>
            <source>Miner cards</source>
            <translation>Cartes de creuseur</translation>
        </message>
        <message>
            <source>Fees paid</source>
            <translation>Frais payés</translation>
        </message>
        <message>
            <source>The path</source>
            <translation>Le parcours</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>Étape</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Étape</translation>
        </message>
        <message>
            <source>Issued</source>
            <translation>Délivré</translation>
        </message>
        <message>
            <source>Expires</source>
            <translation>Expire</translation>
        </message>
        <message>
            <source>Path</source>
            <translation>Parcours</translation>
        </message>
        <message>
            <source>Mining site: {site}.</source>
            <translation>Site minier : {site}.</translation>
        </message>
        <message>
            <source>{step}. {title}: {notes}</source>
            <translation>{step}. {title} : {notes}</translation>
        </message>
        <message>
            <source>No stage of the formalisation path is recorded yet.</source>
            <translation>Aucune étape du parcours de formalisation n'est encore enregistrée.</translation>
        </message>
        <message>
            <source>Warnings</source>
            <translation>Avertissements</translation>
        </message>
        <message>
            <source>Fees</source>
            <translation>Frais</translation>
        </message>
        <message>
            <source>Each amount is what the posted entry paid, read from the books (its total debits).</source>
            <translation>Chaque montant est celui que l'écriture comptabilisée a payé, tel qu'il figure dans les comptes (le total de ses débits).</translation>
        </message>
        <message>
            <source>No fee is linked to an entry of the books yet.</source>
            <translation>Aucun frais n'est encore lié à une écriture des comptes.</translation>
        </message>
        <message>
            <source>Documents held</source>
            <translation>Documents conservés</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Fichier</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Taille</translation>
        </message>
        <message>
            <source>Added</source>
            <translation>Ajouté</translation>
        </message>
        <message>
            <source>SHA-256 (start)</source>
            <translation>SHA-256 (début)</translation>
        </message>
        <message>
            <source>Documents</source>
            <translation>Documents</translation>
        </message>
        <message>
            <source>No document is kept yet.</source>
            <translation>Aucun document n'est encore conservé.</translation>
        </message>
        <message>
            <source>Members' miner cards</source>
            <translation>Cartes de creuseur des membres</translation>
        </message>
        <message>
            <source>Active members</source>
            <translation>Membres actifs</translation>
        </message>
        <message>
            <source>Holding a valid card</source>
            <translation>Titulaires d'une carte valide</translation>
        </message>
        <message>
            <source>Expiring within {days} days</source>
            <translation>Expirant dans les {days} jours</translation>
        </message>
        <message>
            <source>Expired</source>
            <translation>Expiré</translation>
        </message>
        <message>
            <source>No card recorded</source>
            <translation>Aucune carte enregistrée</translation>
        </message>
        <message>
            <source>Card expires</source>
            <translation>Expiration de la carte</translation>
        </message>
        <message>
            <source>Cards expiring within {days} days</source>
            <translation>Cartes expirant dans les {days} jours</translation>
        </message>
        <message>
            <source>Cards expired</source>
            <translation>Cartes expirées</translation>
        </message>
        <message>
            <source>… and {more} more (see the member register).</source>
            <translation>… et {more} de plus (voir le registre des membres).</translation>
        </message>
        <message>
            <source>Miners registered</source>
            <translation>Mineurs enregistrés</translation>
        </message>
        <message>
            <source>Cooperative registered</source>
            <translation>Coopérative enregistrée</translation>
        </message>
        <message>
            <source>Regional permit or environmental licence</source>
            <translation>Permis régional ou licence environnementale</translation>
        </message>
        <message>
            <source>National licence or mining title</source>
            <translation>Permis national ou titre minier</translation>
        </message>
        <message>
            <source>Artisanal mining zone</source>
            <translation>Zone d'exploitation artisanale</translation>
        </message>
        <message>
            <source>Other step</source>
            <translation>Autre étape</translation>
        </message>
        <message>
            <source>The members registered as miners with the authority, each with a miner card: e.g. the subsistence miner certificate and RUCOM in Colombia, the artisanal miner card in DR Congo.</source>
            <translation>Les membres enregistrés comme mineurs auprès de l'autorité, chacun avec une carte de creuseur : p. ex. le certificat de mineur de subsistance et le RUCOM en Colombie, la carte de creuseur artisanal en RD Congo.</translation>
        </message>
        <message>
            <source>The cooperative's legal registration: e.g. the Chamber of Commerce in Colombia, the registry of cooperatives elsewhere.</source>
            <translation>L'enregistrement légal de la coopérative : p. ex. la Chambre de commerce en Colombie, le registre des coopératives ailleurs.</translation>
        </message>
        <message>
            <source>A permit from the province or region: e.g. an environmental licence from a regional environmental authority, a water or explosives permit.</source>
            <translation>Un permis de la province ou de la région : p. ex. une licence environnementale délivrée par une autorité environnementale régionale, un permis d'eau ou d'explosifs.</translation>
        </message>
        <message>
            <source>The right to mine from the national authority: a licence, a mining title or a concession contract.</source>
            <translation>Le droit d'exploiter accordé par l'autorité nationale : un permis, un titre minier ou un contrat de concession.</translation>
        </message>
        <message>
            <source>An area set aside for artisanal mining: e.g. a ZEA in DR Congo, a special reserve area (área de reserva especial) in Colombia.</source>
            <translation>Une zone réservée à l'exploitation artisanale : p. ex. une ZEA en RD Congo, une zone de réserve spéciale (área de reserva especial) en Colombie.</translation>
        </message>
        <message>
            <source>Any other step the authorities or a buyer require.</source>
            <translation>Toute autre étape exigée par les autorités ou par un acheteur.</translation>
        </message>
        <message>
            <source>Not started</source>
            <translation>Non commencé</translation>
        </message>
        <message>
            <source>Applied</source>
            <translation>Demandé</translation>
        </message>
        <message>
            <source>Granted</source>
            <translation>Accordé</translation>
        </message>
        <message>
            <source>Refused</source>
            <translation>Refusé</translation>
        </message>
        <message>
            <source>Lapsed</source>
            <translation>Caduc</translation>
        </message>
        <message>
            <source>Applied, in progress</source>
            <translation>Demandé, en cours</translation>
        </message>
        <message>
            <source>Granted, valid</source>
            <translation>Accordé, valide</translation>
        </message>
        <message>
            <source>Expiring soon</source>
            <translation>Expire bientôt</translation>
        </message>
        <message>
            <source>Name the entry as YEAR:NUMBER, e.g. 2026:14; not “{value}”.</source>
            <translation>Désignez l'écriture sous la forme ANNÉE:NUMÉRO, p. ex. 2026:14 ; et non « {value} ».</translation>
        </message>
        <message>
            <source>There is no stage {id} on the formalisation path.</source>
            <translation>Il n'y a pas d'étape {id} dans le parcours de formalisation.</translation>
        </message>
        <message>
            <source>There is no mining site {id}.</source>
            <translation>Il n'y a pas de site minier {id}.</translation>
        </message>
        <message>
            <source>There is no mining site “{name}”; the sites are: {known}.</source>
            <translation>Il n'y a pas de site minier « {name} » ; les sites sont : {known}.</translation>
        </message>
        <message>
            <source>“{value}” is not a date.</source>
            <translation>« {value} » n'est pas une date.</translation>
        </message>
        <message>
            <source>A stage is one of: {kinds}; not “{kind}”.</source>
            <translation>Une étape est de l'un de ces types : {kinds} ; et non « {kind} ».</translation>
        </message>
        <message>
            <source>Give the stage a title, e.g. “Environmental licence”.</source>
            <translation>Donnez un titre à l'étape, p. ex. « Licence environnementale ».</translation>
        </message>
        <message>
            <source>The authority's name is longer than {n} characters.</source>
            <translation>Le nom de l'autorité dépasse {n} caractères.</translation>
        </message>
        <message>
            <source>The reference number is longer than {n} characters.</source>
            <translation>Le numéro de référence dépasse {n} caractères.</translation>
        </message>
        <message>
            <source>A stage's status is one of: {statuses}; not “{status}”.</source>
            <translation>Le statut d'une étape est l'un de ceux-ci : {statuses} ; et non « {status} ».</translation>
        </message>
        <message>
            <source>application</source>
            <translation>demande</translation>
        </message>
        <message>
            <source>issue</source>
            <translation>délivrance</translation>
        </message>
        <message>
            <source>The {what} date {date} is in the future.</source>
            <translation>La date de {what} {date} est dans le futur.</translation>
        </message>
        <message>
            <source>It cannot be issued ({issued}) before it was applied for ({applied}).</source>
            <translation>Il ne peut pas être délivré ({issued}) avant d'avoir été demandé ({applied}).</translation>
        </message>
        <message>
            <source>It must expire after it was issued ({issued}), not on {expires}.</source>
            <translation>Il doit expirer après sa délivrance ({issued}), et non le {expires}.</translation>
        </message>
        <message>
            <source>A granted stage needs the date it was issued.</source>
            <translation>Une étape accordée doit avoir sa date de délivrance.</translation>
        </message>
        <message>
            <source>A granted stage needs its reference number (of the certificate, licence or title).</source>
            <translation>Une étape accordée doit avoir son numéro de référence (du certificat, du permis ou du titre).</translation>
        </message>
        <message>
            <source>A stage with an application or issue date has started: say whether it is applied for, granted, refused or lapsed.</source>
            <translation>Une étape qui a une date de demande ou de délivrance a commencé : indiquez si elle est demandée, accordée, refusée ou caduque.</translation>
        </message>
        <message>
            <source>A stage has no field “{name}”; its fields are: {known}.</source>
            <translation>Une étape n'a pas de champ « {name} » ; ses champs sont : {known}.</translation>
        </message>
        <message>
            <source>“{title}” keeps {docs} document(s) and {fees} fee(s): mark it lapsed instead of removing it.</source>
            <translation>« {title} » conserve {docs} document(s) et {fees} frais : marquez cette étape comme caduque au lieu de la supprimer.</translation>
        </message>
        <message>
            <source>{file} is not a document coopdesk can keep; add a PDF or a photo (JPEG or PNG).</source>
            <translation>{file} n'est pas un document que coopdesk peut conserver ; ajoutez un PDF ou une photo (JPEG ou PNG).</translation>
        </message>
        <message>
            <source>Give the document's file name.</source>
            <translation>Indiquez le nom du fichier du document.</translation>
        </message>
        <message>
            <source>There is no document {id}.</source>
            <translation>Il n'y a pas de document {id}.</translation>
        </message>
        <message>
            <source>Entry {entry} is a reversal; it paid no fee.</source>
            <translation>L'écriture {entry} est une contre-passation ; elle n'a payé aucun frais.</translation>
        </message>
        <message>
            <source>Entry {entry} was reversed; it paid no fee.</source>
            <translation>L'écriture {entry} a été contre-passée ; elle n'a payé aucun frais.</translation>
        </message>
        <message>
            <source>Entry {entry} is already linked to “{title}”.</source>
            <translation>L'écriture {entry} est déjà liée à « {title} ».</translation>
        </message>
        <message>
            <source>Entry {entry} is not a fee of “{title}”.</source>
            <translation>L'écriture {entry} n'est pas un frais de « {title} ».</translation>
        </message>
        <message>
            <source>{valid} of {members} active members hold a valid miner card</source>
            <translation>{valid} des {members} membres actifs ont une carte de creuseur valide</translation>
        </message>
        <message>
            <source>{name} (No. {number}, {date})</source>
            <translation>{name} (n° {number}, {date})</translation>
        </message>
        <message>
            <source>{names} and {more} more</source>
            <translation>{names} et {more} autres</translation>
        </message>
        <message>
            <source>{stage} expired on {date}, {days} days ago: renew it.</source>
            <translation>{stage} a expiré le {date}, il y a {days} jours : renouvelez-le.</translation>
        </message>
        <message>
            <source>{stage} expires today: renew it.</source>
            <translation>{stage} expire aujourd'hui : renouvelez-le.</translation>
        </message>
        <message>
            <source>{stage} expires on {date}, in {days} days: apply for its renewal now.</source>
            <translation>{stage} expire le {date}, dans {days} jours : demandez son renouvellement dès maintenant.</translation>
        </message>
        <message>
            <source>{count} active members' miner cards have expired: {names}.</source>
            <translation>Les cartes de creuseur de {count} membres actifs ont expiré : {names}.</translation>
        </message>
        <message>
            <source>{count} active members' miner cards expire within {days} days: {names}.</source>
            <translation>Les cartes de creuseur de {count} membres actifs expirent dans les {days} jours : {names}.</translation>
        </message>
        <message>
            <source>{value} %</source>
            <translation>{value} %</translation>
        </message>
        <message>
            <source>Women among active members</source>
            <translation>Femmes parmi les membres actifs</translation>
        </message>
        <message>
            <source>{women} women of {total} active members.</source>
            <translation>{women} femmes sur {total} membres actifs.</translation>
        </message>
        <message>
            <source>at least {n} women</source>
            <translation>au moins {n} femmes</translation>
        </message>
        <message>
            <source>{women} women of {total} officers in office.</source>
            <translation>{women} femmes sur {total} dirigeants en fonction.</translation>
        </message>
        <message>
            <source>The bylaws ask for at least {n}.</source>
            <translation>Les statuts en demandent au moins {n}.</translation>
        </message>
        <message>
            <source>Women among the officers</source>
            <translation>Femmes parmi les dirigeants</translation>
        </message>
        <message>
            <source>Under {age} on {date}: member number(s) {numbers}. Check their records now.</source>
            <translation>Moins de {age} ans le {date} : membre(s) numéro(s) {numbers}. Vérifiez leurs dossiers dès maintenant.</translation>
        </message>
        <message>
            <source>No member on the register is under {age}.</source>
            <translation>Aucun membre du registre n'a moins de {age} ans.</translation>
        </message>
        <message>
            <source>Members under {age} on the register</source>
            <translation>Membres de moins de {age} ans dans le registre</translation>
        </message>
        <message>
            <source>Fine gold per miner per day</source>
            <translation>Or fin par mineur et par jour</translation>
        </message>
        <message>
            <source>at most {value} g</source>
            <translation>au plus {value} g</translation>
        </message>
        <message>
            <source>No gold production lots from {start} to {end}.</source>
            <translation>Aucun lot de production d'or du {start} au {end}.</translation>
        </message>
        <message>
            <source>{value} g</source>
            <translation>{value} g</translation>
        </message>
        <message>
            <source>{grams} g of fine gold in {lots} lots over {days} miner-days, {start} to {end}.</source>
            <translation>{grams} g d'or fin en {lots} lots sur {days} mineurs-jours, du {start} au {end}.</translation>
        </message>
        <message>
            <source>Fairmined premium spent against plan</source>
            <translation>Prime Fairmined dépensée par rapport au plan</translation>
        </message>
        <message>
            <source>No premium use plan approved by the assembly yet.</source>
            <translation>Aucun plan d'utilisation de la prime n'a encore été approuvé par l'assemblée.</translation>
        </message>
        <message>
            <source>{spent} of {budget} {currency} spent; plan “{plan}”, {start} to {end}.</source>
            <translation>{spent} sur {budget} {currency} dépensés ; plan « {plan} », du {start} au {end}.</translation>
        </message>
        <message>
            <source>Last ordinary assembly: {title} on {date}.</source>
            <translation>Dernière assemblée ordinaire : {title} le {date}.</translation>
        </message>
        <message>
            <source>No ordinary general assembly with final minutes in the 12 months to {date}; the bylaws call for one every year.</source>
            <translation>Aucune assemblée générale ordinaire avec un procès-verbal définitif dans les 12 mois précédant le {date} ; les statuts en exigent une chaque année.</translation>
        </message>
        <message>
            <source>General assemblies in the last 12 months</source>
            <translation>Assemblées générales des 12 derniers mois</translation>
        </message>
        <message>
            <source>an ordinary assembly each year</source>
            <translation>une assemblée ordinaire par an</translation>
        </message>
        <message>
            <source>{n} of {total} active members attended at least one session.</source>
            <translation>{n} des {total} membres actifs ont assisté à au moins une séance.</translation>
        </message>
        <message>
            <source>By theme: {themes}.</source>
            <translation>Par thème : {themes}.</translation>
        </message>
        <message>
            <source>Members trained in the last 12 months</source>
            <translation>Membres formés au cours des 12 derniers mois</translation>
        </message>
        <message>
            <source>By kind: {kinds}. Serious or fatal: {serious}.</source>
            <translation>Par type : {kinds}. Graves ou mortels : {serious}.</translation>
        </message>
        <message>
            <source>No incident recorded from {start} to {end}.</source>
            <translation>Aucun incident enregistré du {start} au {end}.</translation>
        </message>
        <message>
            <source>Incidents in the last 12 months</source>
            <translation>Incidents des 12 derniers mois</translation>
        </message>
        <message>
            <source>Mercury used in the last 12 months</source>
            <translation>Mercure utilisé au cours des 12 derniers mois</translation>
        </message>
        <message>
            <source>The total of {n} entries “mercury used” in the incident register.</source>
            <translation>Le total des {n} enregistrements « mercure utilisé » du registre des incidents.</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>En cours</translation>
        </message>
        <message>
            <source>Partly met</source>
            <translation>Partiellement satisfait</translation>
        </message>
        <message>
            <source>Met</source>
            <translation>Satisfait</translation>
        </message>
        <message>
            <source>Not applicable</source>
            <translation>Sans objet</translation>
        </message>
        <message>
            <source>Final minutes</source>
            <translation>Procès-verbal définitif</translation>
        </message>
        <message>
            <source>Register extract</source>
            <translation>Extrait de registre</translation>
        </message>
        <message>
            <source>Formalisation document</source>
            <translation>Document de formalisation</translation>
        </message>
        <message>
            <source>Training session</source>
            <translation>Séance de formation</translation>
        </message>
        <message>
            <source>Incident</source>
            <translation>Incident</translation>
        </message>
        <message>
            <source>Journal entry</source>
            <translation>Écriture comptable</translation>
        </message>
        <message>
            <source>Formalisation stage</source>
            <translation>Étape de formalisation</translation>
        </message>
        <message>
            <source>{where}: “{key}” must be a text that is not empty.</source>
            <translation>{where} : « {key} » doit être un texte non vide.</translation>
        </message>
        <message>
            <source>{file}: the file must hold one JSON object.</source>
            <translation>{file} : le fichier doit contenir un seul objet JSON.</translation>
        </message>
        <message>
            <source>{file}: “sections” must be a list that is not empty.</source>
            <translation>{file} : « sections » doit être une liste non vide.</translation>
        </message>
        <message>
            <source>{file}, section {n}</source>
            <translation>{file}, section {n}</translation>
        </message>
        <message>
            <source>{where}: a section must be an object.</source>
            <translation>{where} : une section doit être un objet.</translation>
        </message>
        <message>
            <source>{file}, section {id}</source>
            <translation>{file}, section {id}</translation>
        </message>
        <message>
            <source>{where}: this section id is used twice.</source>
            <translation>{where} : cet identifiant de section est utilisé deux fois.</translation>
        </message>
        <message>
            <source>{where}: “requirements” must be a list that is not empty.</source>
            <translation>{where} : « requirements » doit être une liste non vide.</translation>
        </message>
        <message>
            <source>{file}, section {id}, requirement {n}</source>
            <translation>{file}, section {id}, exigence {n}</translation>
        </message>
        <message>
            <source>{where}: a requirement must be an object.</source>
            <translation>{where} : une exigence doit être un objet.</translation>
        </message>
        <message>
            <source>{file}, requirement {id}</source>
            <translation>{file}, exigence {id}</translation>
        </message>
        <message>
            <source>{where}: this requirement id is used twice.</source>
            <translation>{where} : cet identifiant d'exigence est utilisé deux fois.</translation>
        </message>
        <message>
            <source>{where}: the id is too long.</source>
            <translation>{where} : l'identifiant est trop long.</translation>
        </message>
        <message>
            <source>{where}: “evidence” must be a list of texts.</source>
            <translation>{where} : « evidence » doit être une liste de textes.</translation>
        </message>
        <message>
            <source>{where}: “indicator” must be a text.</source>
            <translation>{where} : « indicator » doit être un texte.</translation>
        </message>
        <message>
            <source>{file}: cannot be read ({error}).</source>
            <translation>{file} : lecture impossible ({error}).</translation>
        </message>
        <message>
            <source>{file}: not valid JSON at line {line}: {error}.</source>
            <translation>{file} : JSON non valide à la ligne {line} : {error}.</translation>
        </message>
        <message>
            <source>{file}: its key “{key}” differs from the file's name.</source>
            <translation>{file} : sa clé « {key} » diffère du nom du fichier.</translation>
        </message>
        <message>
            <source>There is no standard “{key}”; the standards are {keys}.</source>
            <translation>Il n'y a pas de standard « {key} » ; les standards sont {keys}.</translation>
        </message>
        <message>
            <source>{standard} has no requirement “{id}”.</source>
            <translation>{standard} n'a pas d'exigence « {id} ».</translation>
        </message>
        <message>
            <source>“{level}” is not a level; choose one of {levels}.</source>
            <translation>« {level} » n'est pas un niveau ; choisissez parmi {levels}.</translation>
        </message>
        <message>
            <source>The assessment's date {date} is in the future.</source>
            <translation>La date de l'évaluation, {date}, est dans le futur.</translation>
        </message>
        <message>
            <source>The note is longer than {n} characters.</source>
            <translation>La note dépasse {n} caractères.</translation>
        </message>
        <message>
            <source>There is no {what} with id {id}.</source>
            <translation>Aucun enregistrement « {what} » n'a l'identifiant {id}.</translation>
        </message>
        <message>
            <source>meeting</source>
            <translation>réunion</translation>
        </message>
        <message>
            <source>The minutes of “{title}” are not final yet: sign them first, or link the meeting itself.</source>
            <translation>Le procès-verbal de « {title} » n'est pas encore définitif : signez-le d'abord, ou liez plutôt la réunion elle-même.</translation>
        </message>
        <message>
            <source>Minutes no. {number}: {title} ({date})</source>
            <translation>Procès-verbal n° {number} : {title} ({date})</translation>
        </message>
        <message>
            <source>Meeting: {title} ({date})</source>
            <translation>Réunion : {title} ({date})</translation>
        </message>
        <message>
            <source>training session</source>
            <translation>séance de formation</translation>
        </message>
        <message>
            <source>Training: {topic} ({date})</source>
            <translation>Formation : {topic} ({date})</translation>
        </message>
        <message>
            <source>incident</source>
            <translation>incident</translation>
        </message>
        <message>
            <source>Incident no. {number}: {kind} ({date})</source>
            <translation>Incident n° {number} : {kind} ({date})</translation>
        </message>
        <message>
            <source>formalisation stage</source>
            <translation>étape de formalisation</translation>
        </message>
        <message>
            <source>{title}, reference {ref}</source>
            <translation>{title}, référence {ref}</translation>
        </message>
        <message>
            <source>formalisation document</source>
            <translation>document de formalisation</translation>
        </message>
        <message>
            <source>{file} ({stage})</source>
            <translation>{file} ({stage})</translation>
        </message>
        <message>
            <source>posted journal entry</source>
            <translation>écriture comptabilisée</translation>
        </message>
        <message>
            <source>Entry {key}: {text}</source>
            <translation>Écriture {key} : {text}</translation>
        </message>
        <message>
            <source>activity</source>
            <translation>activité</translation>
        </message>
        <message>
            <source>Activity {number}: {title}</source>
            <translation>Activité {number} : {title}</translation>
        </message>
        <message>
            <source>“{kind}” is not a kind of evidence; choose one of {kinds}.</source>
            <translation>« {kind} » n'est pas un type de preuve ; choisissez parmi {kinds}.</translation>
        </message>
        <message>
            <source>The label is longer than {n} characters.</source>
            <translation>Le libellé dépasse {n} caractères.</translation>
        </message>
        <message>
            <source>Say which {what} is the evidence.</source>
            <translation>Indiquez l'élément de type « {what} » qui sert de preuve.</translation>
        </message>
        <message>
            <source>A {what} names no record.</source>
            <translation>Une preuve de type « {what} » ne désigne aucun enregistrement.</translation>
        </message>
        <message>
            <source>Give the file's name.</source>
            <translation>Indiquez le nom du fichier.</translation>
        </message>
        <message>
            <source>The file's name is longer than 200 characters.</source>
            <translation>Le nom du fichier dépasse 200 caractères.</translation>
        </message>
        <message>
            <source>The file {file} is larger than 20 MB.</source>
            <translation>Le fichier {file} dépasse 20 Mo.</translation>
        </message>
        <message>
            <source>Only a file carries a file's name and contents.</source>
            <translation>Seul un fichier comporte un nom de fichier et un contenu.</translation>
        </message>
        <message>
            <source>{label} is already evidence for {standard} {id}.</source>
            <translation>{label} est déjà une preuve pour {standard} {id}.</translation>
        </message>
        <message>
            <source>Member register on {date}: {count} members</source>
            <translation>Registre des membres au {date} : {count} membres</translation>
        </message>
        <message>
            <source>There is no evidence with id {id}.</source>
            <translation>Il n'y a pas de preuve avec l'identifiant {id}.</translation>
        </message>
        <message>
            <source>There is no file kept with evidence {id}.</source>
            <translation>Aucun fichier n'est conservé avec la preuve {id}.</translation>
        </message>
        <message>
            <source>Improve on {standard} {id}: {title}</source>
            <translation>Améliorer {standard} {id} : {title}</translation>
        </message>
        <message>
            <source>CRAFT, Fairmined and Maendeleo</source>
            <translation>CRAFT, Fairmined et Maendeleo</translation>
        </message>
        <message>
            <source>Standards: progress and evidence</source>
            <translation>Standards : avancement et preuves</translation>
        </message>
        <message>
            <source>{which}, on {date}</source>
            <translation>{which}, le {date}</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Avancement</translation>
        </message>
        <message>
            <source>Standard</source>
            <translation>Standard</translation>
        </message>
        <message>
            <source>Requirements</source>
            <translation>Exigences</translation>
        </message>
        <message>
            <source>% met (weighted)</source>
            <translation>% satisfait (pondéré)</translation>
        </message>
        <message>
            <source>Weights: met 1, partly met 0.66, in progress 0.33, not started 0; requirements not applicable are left out.</source>
            <translation>Pondérations : satisfait 1, partiellement satisfait 0,66, en cours 0,33, non commencé 0 ; les exigences sans objet ne sont pas prises en compte.</translation>
        </message>
        <message>
            <source>Progress by standard (% met, weighted)</source>
            <translation>Avancement par standard (% satisfait, pondéré)</translation>
        </message>
        <message>
            <source>Progress by section (% met, weighted)</source>
            <translation>Avancement par section (% satisfait, pondéré)</translation>
        </message>
        <message>
            <source>Requirements by level</source>
            <translation>Exigences par niveau</translation>
        </message>
        <message>
            <source>Indicators computed from the records</source>
            <translation>Indicateurs calculés à partir des registres</translation>
        </message>
        <message>
            <source>NO</source>
            <translation>NON</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>Indicateur</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Valeur</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Cible</translation>
        </message>
        <message>
            <source>Indicators</source>
            <translation>Indicateurs</translation>
        </message>
        <message>
            <source>{version}, {publisher}. {levels}</source>
            <translation>{version}, {publisher}. {levels}</translation>
        </message>
        <message>
            <source>The requirements below are summaries in our own words; the standard's text is authoritative.</source>
            <translation>Les exigences ci-dessous sont des résumés dans nos propres mots ; seul le texte du standard fait foi.</translation>
        </message>
        <message>
            <source>Clause: {clause}.</source>
            <translation>Clause : {clause}.</translation>
        </message>
        <message>
            <source>Evidence: {items}.</source>
            <translation>Preuves : {items}.</translation>
        </message>
        <message>
            <source>Improvement activities: {items}.</source>
            <translation>Activités d'amélioration : {items}.</translation>
        </message>
        <message>
            <source>{number}. {title} ({status}, {progress} %)</source>
            <translation>{number}. {title} ({status}, {progress} %)</translation>
        </message>
        <message>
            <source>Requirement</source>
            <translation>Exigence</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Niveau</translation>
        </message>
        <message>
            <source>Assessed on</source>
            <translation>Évalué le</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Preuves</translation>
        </message>
        <message>
            <source>{id}. {title}: {percent} % met</source>
            <translation>{id}. {title} : {percent} % satisfait</translation>
        </message>
        <message>
            <source>Safety at work</source>
            <translation>Sécurité au travail</translation>
        </message>
        <message>
            <source>First aid</source>
            <translation>Premiers secours</translation>
        </message>
        <message>
            <source>Mercury and mercury-free processing</source>
            <translation>Mercure et traitement sans mercure</translation>
        </message>
        <message>
            <source>Environment</source>
            <translation>Environnement</translation>
        </message>
        <message>
            <source>Governance and the bylaws</source>
            <translation>Gouvernance et statuts</translation>
        </message>
        <message>
            <source>Finance and bookkeeping</source>
            <translation>Finances et comptabilité</translation>
        </message>
        <message>
            <source>Gender and women's leadership</source>
            <translation>Genre et leadership des femmes</translation>
        </message>
        <message>
            <source>Rights and the law</source>
            <translation>Droits et loi</translation>
        </message>
        <message>
            <source>Mining and processing techniques</source>
            <translation>Techniques d'exploitation et de traitement</translation>
        </message>
        <message>
            <source>Accident</source>
            <translation>Accident</translation>
        </message>
        <message>
            <source>Near miss</source>
            <translation>Presque-accident</translation>
        </message>
        <message>
            <source>Occupational illness</source>
            <translation>Maladie professionnelle</translation>
        </message>
        <message>
            <source>Mercury used</source>
            <translation>Mercure utilisé</translation>
        </message>
        <message>
            <source>Mercury spilled or released</source>
            <translation>Mercure déversé ou rejeté</translation>
        </message>
        <message>
            <source>Environmental damage</source>
            <translation>Dommage environnemental</translation>
        </message>
        <message>
            <source>Child labour</source>
            <translation>Travail des enfants</translation>
        </message>
        <message>
            <source>Conflict or violence</source>
            <translation>Conflit ou violence</translation>
        </message>
        <message>
            <source>Security (theft, intrusion)</source>
            <translation>Sécurité (vol, intrusion)</translation>
        </message>
        <message>
            <source>minor</source>
            <translation>mineure</translation>
        </message>
        <message>
            <source>serious</source>
            <translation>grave</translation>
        </message>
        <message>
            <source>fatal</source>
            <translation>mortelle</translation>
        </message>
        <message>
            <source>At most {count} characters, please.</source>
            <translation>{count} caractères au maximum, s'il vous plaît.</translation>
        </message>
        <message>
            <source>Say what the session was about.</source>
            <translation>Indiquez le sujet de la séance.</translation>
        </message>
        <message>
            <source>'{theme}' is not a theme; choose one of {themes}.</source>
            <translation>'{theme}' n'est pas un thème ; choisissez parmi {themes}.</translation>
        </message>
        <message>
            <source>Name the trainer or the organisation.</source>
            <translation>Indiquez le formateur ou l'organisation.</translation>
        </message>
        <message>
            <source>The length is in minutes, from 0 to {most}.</source>
            <translation>La durée est en minutes, de 0 à {most}.</translation>
        </message>
        <message>
            <source>There is no training session {id}.</source>
            <translation>Il n'y a pas de séance de formation {id}.</translation>
        </message>
        <message>
            <source>{name} (member {number}) is not an active member.</source>
            <translation>{name} (membre {number}) n'est pas un membre actif.</translation>
        </message>
        <message>
            <source>{name} (member {number}) joined on {joined}, after the session.</source>
            <translation>{name} (membre {number}) a adhéré le {joined}, après la séance.</translation>
        </message>
        <message>
            <source>{count} of the members named cannot be on the attendance list; nothing was written.</source>
            <translation>{count} des membres indiqués ne peuvent pas figurer sur la liste de présence ; rien n'a été enregistré.</translation>
        </message>
        <message>
            <source>The session of {day} has not taken place yet: attendance is taken on the day.</source>
            <translation>La séance du {day} n'a pas encore eu lieu : la présence se relève le jour même.</translation>
        </message>
        <message>
            <source>A session with attendance has taken place: it cannot be moved to a day ahead.</source>
            <translation>Une séance avec des présences a eu lieu : elle ne peut pas être déplacée à une date future.</translation>
        </message>
        <message>
            <source>{name} (member {number}) is already on the list.</source>
            <translation>{name} (membre {number}) figure déjà sur la liste.</translation>
        </message>
        <message>
            <source>Member {number} is not on the attendance list of this session.</source>
            <translation>Le membre {number} ne figure pas sur la liste de présence de cette séance.</translation>
        </message>
        <message>
            <source>Mercury is recorded only for mercury used or spilled.</source>
            <translation>Le mercure n'est enregistré que pour le mercure utilisé ou déversé.</translation>
        </message>
        <message>
            <source>Say how many grams of mercury were used or spilled.</source>
            <translation>Indiquez combien de grammes de mercure ont été utilisés ou déversés.</translation>
        </message>
        <message>
            <source>Give the grams of mercury to the milligram at most (three decimals).</source>
            <translation>Indiquez les grammes de mercure au milligramme près au maximum (trois décimales).</translation>
        </message>
        <message>
            <source>The grams of mercury must be more than zero.</source>
            <translation>Les grammes de mercure doivent être supérieurs à zéro.</translation>
        </message>
        <message>
            <source>There is no incident number {number}.</source>
            <translation>Il n'y a pas d'incident numéro {number}.</translation>
        </message>
        <message>
            <source>'{kind}' is not a kind of incident; choose one of {kinds}.</source>
            <translation>'{kind}' n'est pas un type d'incident ; choisissez parmi {kinds}.</translation>
        </message>
        <message>
            <source>'{severity}' is not a severity; choose one of {choices}.</source>
            <translation>'{severity}' n'est pas une gravité ; choisissez parmi {choices}.</translation>
        </message>
        <message>
            <source>An incident cannot be recorded on a day ahead ({day}).</source>
            <translation>Un incident ne peut pas être enregistré à une date future ({day}).</translation>
        </message>
        <message>
            <source>Say what happened.</source>
            <translation>Indiquez ce qui s'est passé.</translation>
        </message>
        <message>
            <source>Say what was done about it.</source>
            <translation>Indiquez ce qui a été fait.</translation>
        </message>
        <message>
            <source>Incident {number} was closed on {day}; a closed incident is not reopened: record a new one.</source>
            <translation>L'incident {number} a été clos le {day} ; un incident clos ne se rouvre pas : enregistrez-en un nouveau.</translation>
        </message>
        <message>
            <source>An incident cannot be closed before it happened ({day}).</source>
            <translation>Un incident ne peut pas être clos avant d'avoir eu lieu ({day}).</translation>
        </message>
        <message>
            <source>An incident cannot be closed on a day ahead.</source>
            <translation>Un incident ne peut pas être clos à une date future.</translation>
        </message>
        <message>
            <source>Training report</source>
            <translation>Rapport de formation</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>Séances</translation>
        </message>
        <message>
            <source>Hours of training given</source>
            <translation>Heures de formation données</translation>
        </message>
        <message>
            <source>Members trained (each counted once)</source>
            <translation>Membres formés (chacun compté une fois)</translation>
        </message>
        <message>
            <source>Women among them</source>
            <translation>Dont femmes</translation>
        </message>
        <message>
            <source>{women} ({share} %)</source>
            <translation>{women} ({share} %)</translation>
        </message>
        <message>
            <source>Attendances (a member at a session)</source>
            <translation>Présences (un membre à une séance)</translation>
        </message>
        <message>
            <source>Hours received (hours × attendees)</source>
            <translation>Heures reçues (heures × participants)</translation>
        </message>
        <message>
            <source>No training session in this period.</source>
            <translation>Aucune séance de formation sur cette période.</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>Sujet</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>Thème</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Heures</translation>
        </message>
        <message>
            <source>Attended</source>
            <translation>Présents</translation>
        </message>
        <message>
            <source>Women</source>
            <translation>Femmes</translation>
        </message>
        <message>
            <source>By theme</source>
            <translation>Par thème</translation>
        </message>
        <message>
            <source>Attendances</source>
            <translation>Présences</translation>
        </message>
        <message>
            <source>Hours given</source>
            <translation>Heures dispensées</translation>
        </message>
        <message>
            <source>Hours received</source>
            <translation>Heures reçues</translation>
        </message>
        <message>
            <source>Members trained by theme</source>
            <translation>Membres formés par thème</translation>
        </message>
        <message>
            <source>Women were {share} % of the members trained in the period ({women} of {members}).</source>
            <translation>Les femmes représentaient {share} % des membres formés pendant la période ({women} sur {members}).</translation>
        </message>
        <message>
            <source>Incident register</source>
            <translation>Registre des incidents</translation>
        </message>
        <message>
            <source>{days} days (last accident on {day})</source>
            <translation>{days} jours (dernier accident le {day})</translation>
        </message>
        <message>
            <source>no accident recorded</source>
            <translation>aucun accident enregistré</translation>
        </message>
        <message>
            <source>Incidents recorded</source>
            <translation>Incidents enregistrés</translation>
        </message>
        <message>
            <source>Still open</source>
            <translation>Encore ouverts</translation>
        </message>
        <message>
            <source>Serious or fatal</source>
            <translation>Graves ou mortels</translation>
        </message>
        <message>
            <source>Mercury used or released</source>
            <translation>Mercure utilisé ou rejeté</translation>
        </message>
        <message>
            <source>{grams} g</source>
            <translation>{grams} g</translation>
        </message>
        <message>
            <source>Days since the last accident</source>
            <translation>Jours depuis le dernier accident</translation>
        </message>
        <message>
            <source>No incident recorded in this period.</source>
            <translation>Aucun incident enregistré pendant cette période.</translation>
        </message>
        <message>
            <source>The register</source>
            <translation>Le registre</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Nature</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>Gravité</translation>
        </message>
        <message>
            <source>Site</source>
            <translation>Site</translation>
        </message>
        <message>
            <source>Mercury (g)</source>
            <translation>Mercure (g)</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Clôturé</translation>
        </message>
        <message>
            <source>Register</source>
            <translation>Inscrire</translation>
        </message>
        <message>
            <source>By kind and severity</source>
            <translation>Par nature et gravité</translation>
        </message>
        <message>
            <source>By kind</source>
            <translation>Par nature</translation>
        </message>
        <message>
            <source>Incidents by kind</source>
            <translation>Incidents par nature</translation>
        </message>
        <message>
            <source>Mercury</source>
            <translation>Mercure</translation>
        </message>
        <message>
            <source>{count} record(s) of mercury used or released, {grams} g in all.</source>
            <translation>{count} enregistrement(s) de mercure utilisé ou rejeté, {grams} g au total.</translation>
        </message>
        <message>
            <source>Mercury (g) by record</source>
            <translation>Mercure (g) par enregistrement</translation>
        </message>
        <message>
            <source>What happened and what was done</source>
            <translation>Ce qui s'est passé et ce qui a été fait</translation>
        </message>
        <message>
            <source>No. {number}, {day}: {kind} ({severity})</source>
            <translation>N° {number}, {day} : {kind} ({severity})</translation>
        </message>
        <message>
            <source>Action taken</source>
            <translation>Mesure prise</translation>
        </message>
        <message>
            <source>closed on {day}</source>
            <translation>clôturé le {day}</translation>
        </message>
        <message>
            <source>Training record</source>
            <translation>Relevé de formation</translation>
        </message>
        <message>
            <source>Member number</source>
            <translation>Numéro de membre</translation>
        </message>
        <message>
            <source>Member since</source>
            <translation>Membre depuis</translation>
        </message>
        <message>
            <source>Sessions attended</source>
            <translation>Sessions suivies</translation>
        </message>
        <message>
            <source>Hours of training</source>
            <translation>Heures de formation</translation>
        </message>
        <message>
            <source>{name} has attended no training session recorded by the cooperative.</source>
            <translation>{name} n'a suivi aucune session de formation enregistrée par la coopérative.</translation>
        </message>
        <message>
            <source>{name} attended the training sessions below, as recorded on the cooperative's attendance lists.</source>
            <translation>{name} a suivi les sessions de formation ci-dessous, telles qu'elles figurent sur les listes de présence de la coopérative.</translation>
        </message>
        <message>
            <source>{topic} ({theme}). Trainer: {trainer}. {hours} h.</source>
            <translation>{topic} ({theme}). Formateur : {trainer}. {hours} h.</translation>
        </message>
        <message>
            <source>Issued on {day}.</source>
            <translation>Délivré le {day}.</translation>
        </message>
        <message>
            <source>Lots</source>
            <translation>Lots</translation>
        </message>
        <message>
            <source>Grams produced</source>
            <translation>Grammes produits</translation>
        </message>
        <message>
            <source>Fine grams</source>
            <translation>Grammes fins</translation>
        </message>
        <message>
            <source>Grams bought</source>
            <translation>Grammes achetés</translation>
        </message>
        <message>
            <source>Paid to members</source>
            <translation>Payé aux membres</translation>
        </message>
        <message>
            <source>Grams sold</source>
            <translation>Grammes vendus</translation>
        </message>
        <message>
            <source>Sales</source>
            <translation>Ventes</translation>
        </message>
        <message>
            <source>Member or work group</source>
            <translation>Membre ou équipe</translation>
        </message>
        <message>
            <source>Mineral</source>
            <translation>Minerai</translation>
        </message>
        <message>
            <source>Grams</source>
            <translation>Grammes</translation>
        </message>
        <message>
            <source>Grams, previous period</source>
            <translation>Grammes, période précédente</translation>
        </message>
        <message>
            <source>Fine grams, previous period</source>
            <translation>Grammes fins, période précédente</translation>
        </message>
        <message>
            <source>Production</source>
            <translation>Production</translation>
        </message>
        <message>
            <source>Purchases from members</source>
            <translation>Achats aux membres</translation>
        </message>
        <message>
            <source>Purchases</source>
            <translation>Achats</translation>
        </message>
        <message>
            <source>Buyer</source>
            <translation>Acheteur</translation>
        </message>
        <message>
            <source>Fineness (‰)</source>
            <translation>Titre (‰)</translation>
        </message>
        <message>
            <source>Gold per miner per day</source>
            <translation>Or par mineur et par jour</translation>
        </message>
        <message>
            <source>Under the Fairmined Standard an artisanal miner brings out at most {limit} g of gold a day. Each producer's grams are divided by the miners and days of its lots; those above the limit are flagged.</source>
            <translation>Selon le standard Fairmined, un mineur artisanal extrait au plus {limit} g d'or par jour. Les grammes de chaque producteur sont divisés par les mineurs et les jours de ses lots ; ceux qui dépassent la limite sont signalés.</translation>
        </message>
        <message>
            <source>Miner-days</source>
            <translation>Mineurs-jours</translation>
        </message>
        <message>
            <source>Grams per miner per day</source>
            <translation>Grammes par mineur et par jour</translation>
        </message>
        <message>
            <source>Lots above</source>
            <translation>Lots au-dessus</translation>
        </message>
        <message>
            <source>Flag</source>
            <translation>Alerte</translation>
        </message>
        <message>
            <source>Above {limit} g</source>
            <translation>Au-dessus de {limit} g</translation>
        </message>
        <message>
            <source>Per miner-day</source>
            <translation>Par mineur-jour</translation>
        </message>
        <message>
            <source>Production and sales</source>
            <translation>Production et ventes</translation>
        </message>
        <message>
            <source>Gold</source>
            <translation>Or</translation>
        </message>
        <message>
            <source>Silver</source>
            <translation>Argent</translation>
        </message>
        <message>
            <source>Platinum</source>
            <translation>Platine</translation>
        </message>
        <message>
            <source>Diamonds</source>
            <translation>Diamants</translation>
        </message>
        <message>
            <source>Coltan</source>
            <translation>Coltan</translation>
        </message>
        <message>
            <source>Tin (cassiterite)</source>
            <translation>Étain (cassitérite)</translation>
        </message>
        <message>
            <source>The weight must be more than zero grams.</source>
            <translation>Le poids doit être supérieur à zéro gramme.</translation>
        </message>
        <message>
            <source>Weigh to the milligram at most (three decimals of a gram).</source>
            <translation>Pesez au plus au milligramme près (trois décimales de gramme au maximum).</translation>
        </message>
        <message>
            <source>The fineness is in parts per thousand, from 1 to 1000 (pure gold is 999.9; 22 carats is 916).</source>
            <translation>Le titre s'exprime en pour mille, de 1 à 1000 (l'or pur est à 999,9 ; l'or 22 carats à 916).</translation>
        </message>
        <message>
            <source>Give the fineness with one decimal at most.</source>
            <translation>Donnez le titre avec une décimale au plus.</translation>
        </message>
        <message>
            <source>Unknown mineral '{mineral}'; choose one of: {known}.</source>
            <translation>Minerai inconnu '{mineral}' ; choisissez parmi : {known}.</translation>
        </message>
        <message>
            <source>Say who produced the lot: a member or a work group, not both.</source>
            <translation>Indiquez qui a produit le lot : un membre ou une équipe, pas les deux.</translation>
        </message>
        <message>
            <source>Miners and days are whole numbers, at least 1.</source>
            <translation>Les mineurs et les jours sont des nombres entiers, au moins 1.</translation>
        </message>
        <message>
            <source>A lot of one member counts one miner; record a work group for several.</source>
            <translation>Un lot d'un seul membre compte un mineur ; enregistrez une équipe s'ils sont plusieurs.</translation>
        </message>
        <message>
            <source>Member {number} has left the cooperative.</source>
            <translation>Le membre {number} a quitté la coopérative.</translation>
        </message>
        <message>
            <source>There is no site named {name}.</source>
            <translation>Il n'existe pas de site nommé {name}.</translation>
        </message>
        <message>
            <source>There is no production lot {number}.</source>
            <translation>Il n'existe pas de lot de production {number}.</translation>
        </message>
        <message>
            <source>The price per gram must be more than zero.</source>
            <translation>Le prix par gramme doit être supérieur à zéro.</translation>
        </message>
        <message>
            <source>Pay from cash, bank or mobile_money, or owe it (payable).</source>
            <translation>Payez en caisse (cash), par la banque (bank) ou par mobile money (mobile_money), ou laissez la somme due au membre (payable).</translation>
        </message>
        <message>
            <source>Lot {lot} is not member {number}'s.</source>
            <translation>Le lot {lot} n'appartient pas au membre {number}.</translation>
        </message>
        <message>
            <source>Lot {lot} was already bought.</source>
            <translation>Le lot {lot} a déjà été acheté.</translation>
        </message>
        <message>
            <source>Give the lot, or the weight and the fineness.</source>
            <translation>Donnez le lot, ou le poids et le titre.</translation>
        </message>
        <message>
            <source>This purchase comes to nothing; check the weight and price.</source>
            <translation>Cet achat revient à zéro ; vérifiez le poids et le prix.</translation>
        </message>
        <message>
            <source>Purchase {number}: {grams} g at {fineness} from member {member}</source>
            <translation>Achat {number} : {grams} g, titre {fineness}, auprès du membre {member}</translation>
        </message>
        <message>
            <source>Name the buyer.</source>
            <translation>Indiquez l'acheteur.</translation>
        </message>
        <message>
            <source>List the lots the sale came from.</source>
            <translation>Listez les lots dont provient la vente.</translation>
        </message>
        <message>
            <source>The premium cannot be negative.</source>
            <translation>La prime ne peut pas être négative.</translation>
        </message>
        <message>
            <source>The buyer pays into cash, bank or mobile_money, or later (customers).</source>
            <translation>L'acheteur paie en caisse (cash), à la banque (bank) ou par mobile money (mobile_money), ou plus tard (customers, compte clients).</translation>
        </message>
        <message>
            <source>A lot is listed twice.</source>
            <translation>Un lot figure deux fois.</translation>
        </message>
        <message>
            <source>Line {n}: lot {lot} has {left} g left to sell, not {grams} g.</source>
            <translation>Ligne {n} : il reste {left} g à vendre du lot {lot}, pas {grams} g.</translation>
        </message>
        <message>
            <source>A sale is of one mineral; these lots hold {minerals}.</source>
            <translation>Une vente porte sur un seul minerai ; ces lots contiennent {minerals}.</translation>
        </message>
        <message>
            <source>Sale {number} to {buyer}: {grams} g</source>
            <translation>Vente {number} à {buyer} : {grams} g</translation>
        </message>
        <message>
            <source>Audit chain at export</source>
            <translation>Chaîne d'audit à l'export</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Début</translation>
        </message>
        <message>
            <source>End</source>
            <translation>Fin</translation>
        </message>
        <message>
            <source>late</source>
            <translation>à la traîne</translation>
        </message>
        <message>
            <source>Today: {date}</source>
            <translation>Aujourd'hui : {date}</translation>
        </message>
        <message>
            <source>1 more row in the export.</source>
            <translation>1 ligne de plus dans l'export.</translation>
        </message>
        <message>
            <source>{count} more rows in the export.</source>
            <translation>{count} lignes de plus dans l'export.</translation>
        </message>
        <message>
            <source>Choose PDF, Excel (xlsx) or CSV, not '{fmt}'.</source>
            <translation>Choisissez PDF, Excel (xlsx) ou CSV, pas '{fmt}'.</translation>
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
            <source>Planned</source>
            <translation>Prévu</translation>
        </message>
        <message>
            <source>Today, {date}</source>
            <translation>Aujourd'hui, {date}</translation>
        </message>
        <message>
            <source>Nothing planned.</source>
            <translation>Rien de prévu.</translation>
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
            <source>Today</source>
            <translation>Aujourd'hui</translation>
        </message>
        <message>
            <source>Done %</source>
            <translation>% réalisé</translation>
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
            <source>Production delivered (grams)</source>
            <translation>Production livrée (grammes)</translation>
        </message>
        <message>
            <source>Production delivered (value)</source>
            <translation>Production livrée (valeur)</translation>
        </message>
        <message>
            <source>Shares held (weighted by days)</source>
            <translation>Parts détenues (pondérées par les jours)</translation>
        </message>
        <message>
            <source>Days worked</source>
            <translation>Jours travaillés</translation>
        </message>
        <message>
            <source>Equal parts</source>
            <translation>Parts égales</translation>
        </message>
        <message>
            <source>Statutory reserve</source>
            <translation>Réserve légale</translation>
        </message>
        <message>
            <source>Education fund</source>
            <translation>Fonds d'éducation</translation>
        </message>
        <message>
            <source>Solidarity fund</source>
            <translation>Fonds de solidarité</translation>
        </message>
        <message>
            <source>Community development fund</source>
            <translation>Fonds de développement communautaire</translation>
        </message>
        <message>
            <source>Other fund</source>
            <translation>Autre fonds</translation>
        </message>
        <message>
            <source>The policy needs a name.</source>
            <translation>La règle doit avoir un nom.</translation>
        </message>
        <message>
            <source>Step {n} ({step}): the percentage must be between 0 and 100.</source>
            <translation>Étape {n} ({step}) : le pourcentage doit être compris entre 0 et 100.</translation>
        </message>
        <message>
            <source>Step {n} ({step}): the cap cannot be negative.</source>
            <translation>Étape {n} ({step}) : le plafond ne peut pas être négatif.</translation>
        </message>
        <message>
            <source>The funds take {total} % of the amount; together they cannot take more than 100 %.</source>
            <translation>Les fonds prennent {total} % du montant ; ensemble, ils ne peuvent pas en prendre plus de 100 %.</translation>
        </message>
        <message>
            <source>Say how the members' part is shared: by production, shares, days worked or equally.</source>
            <translation>Indiquez comment la part des membres est répartie : selon la production, les parts, les jours travaillés ou à parts égales.</translation>
        </message>
        <message>
            <source>The weight of {basis} cannot be negative.</source>
            <translation>Le poids de {basis} ne peut pas être négatif.</translation>
        </message>
        <message>
            <source>{basis} is listed twice.</source>
            <translation>{basis} figure deux fois.</translation>
        </message>
        <message>
            <source>At least one basis of the members' part needs a weight above zero.</source>
            <translation>Au moins un critère de la part des membres doit avoir un poids supérieur à zéro.</translation>
        </message>
        <message>
            <source>The minimum number of days cannot be negative.</source>
            <translation>Le nombre minimum de jours ne peut pas être négatif.</translation>
        </message>
        <message>
            <source>The cap on interest on capital cannot be negative.</source>
            <translation>Le plafond de l'intérêt sur le capital ne peut pas être négatif.</translation>
        </message>
        <message>
            <source>Payouts are rounded to at least one minor unit.</source>
            <translation>Les paiements sont arrondis à au moins une unité divisionnaire.</translation>
        </message>
        <message>
            <source>The time before a payout counts as unclaimed must be at least one day.</source>
            <translation>Le délai avant qu'un paiement soit considéré comme non réclamé doit être d'au moins un jour.</translation>
        </message>
        <message>
            <source>The policy does not say how the members' part is shared.</source>
            <translation>La règle n'indique pas comment la part des membres est répartie.</translation>
        </message>
        <message>
            <source>No eligible member has anything on the basis “{basis}” in this period; change the policy's mix or the period.</source>
            <translation>Aucun membre éligible n'a quoi que ce soit pour le critère « {basis} » dans cette période ; modifiez la combinaison de critères de la règle ou la période.</translation>
        </message>
        <message>
            <source>The members' part is negative; there is nothing to share.</source>
            <translation>La part des membres est négative ; il n'y a rien à répartir.</translation>
        </message>
        <message>
            <source>Member {number} has a negative value ({value}) on the basis “{basis}”; correct the records before sharing.</source>
            <translation>Le membre {number} a une valeur négative ({value}) pour le critère « {basis} » ; corrigez les enregistrements avant de répartir.</translation>
        </message>
        <message>
            <source>No member is eligible for this distribution.</source>
            <translation>Aucun membre n'est éligible à cette répartition.</translation>
        </message>
        <message>
            <source>suspended</source>
            <translation>suspendu</translation>
        </message>
        <message>
            <source>not yet admitted</source>
            <translation>pas encore admis</translation>
        </message>
        <message>
            <source>not active in the period</source>
            <translation>pas actif dans la période</translation>
        </message>
        <message>
            <source>active {days} days, fewer than the {min} the policy requires</source>
            <translation>actif {days} jours, moins que les {min} exigés par la règle</translation>
        </message>
        <message>
            <source>{grams} g of fine metal</source>
            <translation>{grams} g de métal fin</translation>
        </message>
        <message>
            <source>{capital} of capital on average over the period</source>
            <translation>{capital} de capital en moyenne sur la période</translation>
        </message>
        <message>
            <source>{days} days</source>
            <translation>{days} jours</translation>
        </message>
        <message>
            <source>{parts} part(s)</source>
            <translation>{parts} part(s)</translation>
        </message>
        <message>
            <source>Member {member} is not on distribution {number}: they were not a member during its period ({start} to {end}).</source>
            <translation>Le membre {member} ne figure pas dans la répartition {number} : il n'était pas membre pendant sa période (du {start} au {end}).</translation>
        </message>
        <message>
            <source>Distribution</source>
            <translation>Répartition</translation>
        </message>
        <message>
            <source>Amount shared</source>
            <translation>Montant réparti</translation>
        </message>
        <message>
            <source>{fund} {amount}</source>
            <translation>{fund} {amount}</translation>
        </message>
        <message>
            <source>Distribution {number}, “{title}”, shares {amount}.</source>
            <translation>La répartition {number}, « {title} », répartit {amount}.</translation>
        </message>
        <message>
            <source>First the funds the bylaws require: {funds}. What is left, {pool}, is the members' part.</source>
            <translation>D'abord les fonds exigés par les statuts : {funds}. Le reste, {pool}, constitue la part des membres.</translation>
        </message>
        <message>
            <source>All of it, {pool}, is the members' part.</source>
            <translation>La totalité, {pool}, constitue la part des membres.</translation>
        </message>
        <message>
            <source>Members' part</source>
            <translation>Part des membres</translation>
        </message>
        <message>
            <source>{who} takes no part in this distribution: {reason}.</source>
            <translation>{who} ne participe pas à cette répartition : {reason}.</translation>
        </message>
        <message>
            <source>Amount received</source>
            <translation>Montant reçu</translation>
        </message>
        <message>
            <source>{basis}: {weight} % of the members' part, that is {part}. {who} had {value}, out of {total} for all eligible members together: {pct} %. That gives {portion}.</source>
            <translation>{basis} : {weight} % de la part des membres, soit {part}. {who} avait {value}, sur un total de {total} pour l'ensemble des membres éligibles : {pct} %. Cela donne {portion}.</translation>
        </message>
        <message>
            <source>{value} of {total} ({pct} %)</source>
            <translation>{value} sur {total} ({pct} %)</translation>
        </message>
        <message>
            <source>Added up, the exact share of {who} is {exact}.</source>
            <translation>Au total, la part exacte de {who} est de {exact}.</translation>
        </message>
        <message>
            <source>Exact share</source>
            <translation>Part exacte</translation>
        </message>
        <message>
            <source>Amounts are paid to the smallest unit of the currency. Every member first receives their exact share rounded down; the {left} unit(s) left over went one each to the members with the largest remainders, ties to the lower member number.</source>
            <translation>Les montants sont payés à la plus petite unité de la monnaie près. Chaque membre reçoit d'abord sa part exacte arrondie à l'unité inférieure ; la ou les {left} unité(s) restante(s) sont allées, une chacune, aux membres ayant les plus grands restes, et en cas d'égalité au plus petit numéro de membre.</translation>
        </message>
        <message>
            <source>Amounts are paid in whole multiples of {unit}. Every member first receives their exact share rounded down to a multiple of {unit}; the {left} multiple(s) left over went one each to the members with the largest remainders, ties to the lower member number.</source>
            <translation>Les montants sont payés en multiples entiers de {unit}. Chaque membre reçoit d'abord sa part exacte arrondie au multiple de {unit} inférieur ; le ou les {left} multiple(s) restant(s) sont allés, un chacun, aux membres ayant les plus grands restes, et en cas d'égalité au plus petit numéro de membre.</translation>
        </message>
        <message>
            <source>{who} was one of them: rounded down, the share was {floor}; with the extra unit it is {amount}.</source>
            <translation>{who} en faisait partie : arrondie à l'inférieur, la part était de {floor} ; avec l'unité supplémentaire, elle est de {amount}.</translation>
        </message>
        <message>
            <source>{who} was not one of them: the share rounded down is {amount}.</source>
            <translation>{who} n'en faisait pas partie : la part arrondie à l'inférieur est de {amount}.</translation>
        </message>
        <message>
            <source>{residue}, less than one unit of rounding, stays in account {account}.</source>
            <translation>{residue}, moins d'une unité d'arrondi, reste sur le compte {account}.</translation>
        </message>
        <message>
            <source>Difference from the exact share</source>
            <translation>Écart par rapport à la part exacte</translation>
        </message>
        <message>
            <source>As {who} has died, the amount is paid to {payee}, the nominated successor.</source>
            <translation>{who} étant décédé(e), le montant est payé à {payee}, le successeur désigné.</translation>
        </message>
        <message>
            <source>(no successor recorded)</source>
            <translation>(aucun successeur enregistré)</translation>
        </message>
        <message>
            <source>Paid to</source>
            <translation>Payé à</translation>
        </message>
        <message>
            <source>Paid on {date} by {via}.</source>
            <translation>Payé le {date} par {via}.</translation>
        </message>
        <message>
            <source>Paid on</source>
            <translation>Payé le</translation>
        </message>
        <message>
            <source>Not paid yet.</source>
            <translation>Pas encore payé.</translation>
        </message>
        <message>
            <source>Colombian cooperative law (20 % reserve, 20 % education, 10 % solidarity)</source>
            <translation>Droit coopératif colombien (20 % réserve, 20 % éducation, 10 % solidarité)</translation>
        </message>
        <message>
            <source>OHADA-style (reserve to half the capital, education, solidarity, community)</source>
            <translation>Type OHADA (réserve jusqu'à la moitié du capital, éducation, solidarité, communauté)</translation>
        </message>
        <message>
            <source>Fairmined premium (half community project, half by production)</source>
            <translation>Prime Fairmined (moitié projet communautaire, moitié selon la production)</translation>
        </message>
        <message>
            <source>Name the entry as YEAR/NUMBER, e.g. 2026/14; not “{value}”.</source>
            <translation>Désignez l'écriture sous la forme YEAR/NUMBER (exercice/numéro), p. ex. 2026/14 ; pas « {value} ».</translation>
        </message>
        <message>
            <source>There is no premium use plan “{name}”.</source>
            <translation>Il n'existe pas de plan d'utilisation de la prime « {name} ».</translation>
        </message>
        <message>
            <source>The plan “{plan}” has no use {code}; its uses are {codes}.</source>
            <translation>Le plan « {plan} » n'a pas d'utilisation {code} ; ses utilisations sont {codes}.</translation>
        </message>
        <message>
            <source>Give the reference of the assembly's resolution that approved the plan.</source>
            <translation>Donnez la référence de la résolution de l'assemblée qui a approuvé le plan.</translation>
        </message>
        <message>
            <source>The resolution's reference is longer than {n} characters.</source>
            <translation>La référence de la résolution dépasse {n} caractères.</translation>
        </message>
        <message>
            <source>The approval date {date} is in the future.</source>
            <translation>La date d'approbation {date} est dans le futur.</translation>
        </message>
        <message>
            <source>A plan needs at least one planned use: a code, a title and a budget.</source>
            <translation>Un plan doit avoir au moins une utilisation prévue : un code, un intitulé et un budget.</translation>
        </message>
        <message>
            <source>give it a code</source>
            <translation>donnez-lui un code</translation>
        </message>
        <message>
            <source>the code {code} must be one word of at most {n} characters</source>
            <translation>le code {code} doit être un seul mot d'au plus {n} caractères</translation>
        </message>
        <message>
            <source>the code {code} is already used by use {row}</source>
            <translation>le code {code} est déjà pris par l'utilisation {row}</translation>
        </message>
        <message>
            <source>give it a title</source>
            <translation>donnez-lui un intitulé</translation>
        </message>
        <message>
            <source>the title is longer than {n} characters</source>
            <translation>l'intitulé dépasse {n} caractères</translation>
        </message>
        <message>
            <source>the budget must be more than zero</source>
            <translation>le budget doit être supérieur à zéro</translation>
        </message>
        <message>
            <source>Use {row} ({code}): {problems}.</source>
            <translation>Utilisation {row} ({code}) : {problems}.</translation>
        </message>
        <message>
            <source>Give the plan a name, e.g. “Premium 2026”.</source>
            <translation>Donnez un nom au plan, p. ex. « Prime 2026 ».</translation>
        </message>
        <message>
            <source>The name is longer than {n} characters.</source>
            <translation>Le nom dépasse {n} caractères.</translation>
        </message>
        <message>
            <source>The plan ends ({end}) before it starts ({start}).</source>
            <translation>Le plan se termine ({end}) avant de commencer ({start}).</translation>
        </message>
        <message>
            <source>Give the date on which the assembly approved the plan.</source>
            <translation>Donnez la date à laquelle l'assemblée a approuvé le plan.</translation>
        </message>
        <message>
            <source>There is already a premium use plan “{name}”.</source>
            <translation>Il existe déjà un plan d'utilisation de la prime « {name} ».</translation>
        </message>
        <message>
            <source>The plan “{name}” was already approved on {date} (resolution {ref}).</source>
            <translation>Le plan « {name} » a déjà été approuvé le {date} (résolution {ref}).</translation>
        </message>
        <message>
            <source>The plan “{name}” is not approved yet: record the assembly's approval before tagging spending against it.</source>
            <translation>Le plan « {name} » n'est pas encore approuvé : enregistrez l'approbation de l'assemblée avant d'y rattacher des dépenses.</translation>
        </message>
        <message>
            <source>Entry {entry} is a reversal of entry {other}; it is not spending.</source>
            <translation>L'écriture {entry} est une contre-passation de l'écriture {other} ; ce n'est pas une dépense.</translation>
        </message>
        <message>
            <source>Entry {entry} was reversed by entry {other}; it is no longer spending.</source>
            <translation>L'écriture {entry} a été contre-passée par l'écriture {other} ; ce n'est plus une dépense.</translation>
        </message>
        <message>
            <source>Entry {entry} is dated {date}, outside the plan's period ({start} to {end}).</source>
            <translation>L'écriture {entry} est datée du {date}, hors de la période du plan (du {start} au {end}).</translation>
        </message>
        <message>
            <source>Entry {entry} is already tagged to {code}.</source>
            <translation>L'écriture {entry} est déjà rattachée à {code}.</translation>
        </message>
        <message>
            <source>Entry {entry} is already wholly tagged ({tagged} of {total}).</source>
            <translation>L'écriture {entry} est déjà entièrement rattachée ({tagged} sur {total}).</translation>
        </message>
        <message>
            <source>The amount {amount} is more than the whole of entry {entry} ({total}).</source>
            <translation>Le montant {amount} dépasse le total de l'écriture {entry} ({total}).</translation>
        </message>
        <message>
            <source>Entry {entry} amounts to {total}, of which {tagged} is already tagged to other uses; at most {left} is left.</source>
            <translation>L'écriture {entry} s'élève à {total}, dont {tagged} déjà rattaché à d'autres utilisations ; il reste au plus {left}.</translation>
        </message>
        <message>
            <source>Entry {entry} is not tagged to {code}.</source>
            <translation>L'écriture {entry} n'est pas rattachée à {code}.</translation>
        </message>
        <message>
            <source>Premium use plan: execution report</source>
            <translation>Plan d'utilisation de la prime : rapport d'exécution</translation>
        </message>
        <message>
            <source>{date}, resolution {ref}</source>
            <translation>{date}, résolution {ref}</translation>
        </message>
        <message>
            <source>Approved by the assembly</source>
            <translation>Approuvé par l'assemblée</translation>
        </message>
        <message>
            <source>Premium received in the period</source>
            <translation>Prime reçue pendant la période</translation>
        </message>
        <message>
            <source>{amount} ({percent} % of the plan)</source>
            <translation>{amount} ({percent} % du plan)</translation>
        </message>
        <message>
            <source>Left to spend</source>
            <translation>Reste à dépenser</translation>
        </message>
        <message>
            <source>Premium received not yet spent</source>
            <translation>Prime reçue non encore dépensée</translation>
        </message>
        <message>
            <source>The premium received in the period ({received}) is less than the plan's budget ({planned}).</source>
            <translation>La prime reçue pendant la période ({received}) est inférieure au budget du plan ({planned}).</translation>
        </message>
        <message>
            <source>Spending is above the budget for: {codes}.</source>
            <translation>Les dépenses dépassent le budget pour : {codes}.</translation>
        </message>
        <message>
            <source>Execution by use</source>
            <translation>Exécution par utilisation</translation>
        </message>
        <message>
            <source>Execution</source>
            <translation>Exécution</translation>
        </message>
        <message>
            <source>{code} budget</source>
            <translation>Budget {code}</translation>
        </message>
        <message>
            <source>{code} spent</source>
            <translation>Dépensé {code}</translation>
        </message>
        <message>
            <source>Budget and spending by use</source>
            <translation>Budget et dépenses par utilisation</translation>
        </message>
        <message>
            <source>Premium received, planned and spent</source>
            <translation>Prime reçue, prévue et dépensée</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Reçu</translation>
        </message>
        <message>
            <source>Spending tagged to each use</source>
            <translation>Dépenses rattachées à chaque utilisation</translation>
        </message>
        <message>
            <source>No spending tagged yet.</source>
            <translation>Aucune dépense rattachée pour l'instant.</translation>
        </message>
        <message>
            <source>Step {n} ({step}): type the percentage as a number, like 20 or 12.5.</source>
            <translation>Étape {n} ({step}) : tapez le pourcentage sous forme de nombre, comme 20 ou 12,5.</translation>
        </message>
        <message>
            <source>Step {n} ({step}): type the cap as a percentage of the paid-up capital, like 50, or leave it blank.</source>
            <translation>Étape {n} ({step}) : tapez le plafond en pourcentage du capital libéré, comme 50, ou laissez vide.</translation>
        </message>
        <message>
            <source>The weight of {basis} is not a number.</source>
            <translation>Le poids de {basis} n'est pas un nombre.</translation>
        </message>
        <message>
            <source>Type the minimum number of days as a whole number.</source>
            <translation>Tapez le nombre minimum de jours sous forme de nombre entier.</translation>
        </message>
        <message>
            <source>Type the days before a payout counts as unclaimed as a whole number.</source>
            <translation>Tapez sous forme de nombre entier le nombre de jours avant qu'un paiement soit considéré comme non réclamé.</translation>
        </message>
        <message>
            <source>Type the cap on interest on capital as a yearly percentage, like 5, or leave it blank.</source>
            <translation>Tapez le plafond de l'intérêt sur le capital en pourcentage annuel, comme 5, ou laissez vide.</translation>
        </message>
        <message>
            <source>The rounding unit: {reason}</source>
            <translation>L'unité d'arrondi : {reason}</translation>
        </message>
        <message>
            <source>Left by rounding</source>
            <translation>Reste d'arrondi</translation>
        </message>
        <message>
            <source>Fairmined premium {year}</source>
            <translation>Prime Fairmined {year}</translation>
        </message>
        <message>
            <source>Distribution decided by the assembly {year}</source>
            <translation>Répartition décidée par l'assemblée {year}</translation>
        </message>
        <message>
            <source>Surplus {year}</source>
            <translation>Excédent {year}</translation>
        </message>
        <message>
            <source>Give the distribution a title.</source>
            <translation>Donnez un titre à la répartition.</translation>
        </message>
        <message>
            <source>Say which closed year's surplus is shared.</source>
            <translation>Indiquez l'exercice clôturé dont l'excédent est réparti.</translation>
        </message>
        <message>
            <source>No closed year has a surplus left to share. Close the year in the books first, or share a premium or an amount the assembly decided.</source>
            <translation>Aucun exercice clôturé n'a d'excédent restant à répartir. Clôturez d'abord l'exercice en comptabilité, ou répartissez une prime ou un montant décidé par l'assemblée.</translation>
        </message>
        <message>
            <source>The surplus of {year} cannot be shared: the year is not closed, closed without a surplus, or its surplus is already shared.</source>
            <translation>L'excédent de {year} ne peut pas être réparti : l'exercice n'est pas clôturé, il a été clôturé sans excédent, ou son excédent est déjà réparti.</translation>
        </message>
        <message>
            <source>Say the amount to share; it must be more than zero.</source>
            <translation>Indiquez le montant à répartir ; il doit être supérieur à zéro.</translation>
        </message>
        <message>
            <source>Say the period over which production, shares and days are counted.</source>
            <translation>Indiquez la période sur laquelle sont comptés la production, les parts et les jours.</translation>
        </message>
        <message>
            <source>The period ends ({end}) before it starts ({start}).</source>
            <translation>La période se termine ({end}) avant de commencer ({start}).</translation>
        </message>
        <message>
            <source>Choose one of the preset policies.</source>
            <translation>Choisissez l'une des règles prédéfinies.</translation>
        </message>
        <message>
            <source>A policy named “{name}” is stored already: choose it in the list, or give the preset another name.</source>
            <translation>Une règle nommée « {name} » est déjà enregistrée : choisissez-la dans la liste, ou donnez un autre nom au modèle.</translation>
        </message>
        <message>
            <source>Choose the policy the distribution follows, install a preset or write one.</source>
            <translation>Choisissez la règle que suit la répartition, installez un modèle ou rédigez-en une.</translation>
        </message>
        <message>
            <source>Compute the preview first.</source>
            <translation>Calculez d'abord l'aperçu.</translation>
        </message>
        <message>
            <source>Give the date the assembly approved the distribution.</source>
            <translation>Donnez la date à laquelle l'assemblée a approuvé la répartition.</translation>
        </message>
        <message>
            <source>The assembly cannot approve sharing the surplus of {year} before the year ends ({end}).</source>
            <translation>L'assemblée ne peut pas approuver la répartition de l'excédent de {year} avant la fin de l'exercice ({end}).</translation>
        </message>
        <message>
            <source>Give the reference of the assembly's resolution that approved the distribution.</source>
            <translation>Donnez la référence de la résolution de l'assemblée qui a approuvé la répartition.</translation>
        </message>
        <message>
            <source>Give the date of the posting.</source>
            <translation>Donnez la date de comptabilisation.</translation>
        </message>
        <message>
            <source>The posting date {date} is before the approval ({approved}).</source>
            <translation>La date de comptabilisation {date} est antérieure à l'approbation ({approved}).</translation>
        </message>
        <message>
            <source>Distribution {number} is approved but not posted; correct the posting and finish again, or post it later from the Benefit sharing page.</source>
            <translation>La répartition {number} est approuvée mais pas comptabilisée ; corrigez la comptabilisation et cliquez à nouveau sur Terminer, ou comptabilisez-la plus tard depuis la page Répartition des excédents.</translation>
        </message>
        <message>
            <source>Fine metal (g)</source>
            <translation>Métal fin (g)</translation>
        </message>
        <message>
            <source>Production delivered</source>
            <translation>Production livrée</translation>
        </message>
        <message>
            <source>Average capital</source>
            <translation>Capital moyen</translation>
        </message>
        <message>
            <source>Parts</source>
            <translation>Parts</translation>
        </message>
        <message>
            <source>grams of fine metal</source>
            <translation>grammes de métal fin</translation>
        </message>
        <message>
            <source>{currency} paid for production</source>
            <translation>{currency} payés pour la production</translation>
        </message>
        <message>
            <source>{currency} of paid-up capital, on average over the period</source>
            <translation>{currency} de capital libéré, en moyenne sur la période</translation>
        </message>
        <message>
            <source>days worked</source>
            <translation>jours travaillés</translation>
        </message>
        <message>
            <source>members, one part each</source>
            <translation>membres, une part chacun</translation>
        </message>
        <message>
            <source>Pay by cash, bank or mobile_money, not “{via}”.</source>
            <translation>Payez en espèces (cash), par la banque (bank) ou par mobile money (mobile_money), pas « {via} ».</translation>
        </message>
        <message>
            <source>{source} {year}</source>
            <translation>{source} {year}</translation>
        </message>
        <message>
            <source>{basis} {weight} %</source>
            <translation>{basis} {weight} %</translation>
        </message>
        <message>
            <source>at least {days} active days in the period</source>
            <translation>au moins {days} jours d'activité dans la période</translation>
        </message>
        <message>
            <source>suspended members take no part</source>
            <translation>les membres suspendus ne participent pas</translation>
        </message>
        <message>
            <source>interest on capital capped at {rate} % a year</source>
            <translation>intérêt sur le capital plafonné à {rate} % par an</translation>
        </message>
        <message>
            <source>payouts in multiples of {unit}</source>
            <translation>paiements en multiples de {unit}</translation>
        </message>
        <message>
            <source>{date}, resolution {resolution}</source>
            <translation>{date}, résolution {resolution}</translation>
        </message>
        <message>
            <source>Entry {entry} of {date}</source>
            <translation>Écriture {entry} du {date}</translation>
        </message>
        <message>
            <source>Not posted yet</source>
            <translation>Pas encore comptabilisée</translation>
        </message>
        <message>
            <source>{source}, account {account}</source>
            <translation>{source}, compte {account}</translation>
        </message>
        <message>
            <source>Policy</source>
            <translation>Règle</translation>
        </message>
        <message>
            <source>{name}: the members' part by {mix}</source>
            <translation>{name} : la part des membres selon {mix}</translation>
        </message>
        <message>
            <source>Eligibility</source>
            <translation>Éligibilité</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>Approuvée</translation>
        </message>
        <message>
            <source>Posted</source>
            <translation>Comptabilisée</translation>
        </message>
        <message>
            <source>{eligible} eligible, {excluded} excluded, {receiving} receive something, {unpaid} not paid yet</source>
            <translation>{eligible} éligible(s), {excluded} exclu(s), {receiving} reçoivent quelque chose, {unpaid} pas encore payé(s)</translation>
        </message>
        <message>
            <source>Distribution {number}: {title}</source>
            <translation>Répartition {number} : {title}</translation>
        </message>
        <message>
            <source>{status} — {period}</source>
            <translation>{status} — {period}</translation>
        </message>
        <message>
            <source>capped: the fund has reached its ceiling</source>
            <translation>plafonné : le fonds a atteint son plafond</translation>
        </message>
        <message>
            <source>Members' part, shared among the members</source>
            <translation>Part des membres, répartie entre les membres</translation>
        </message>
        <message>
            <source>{count} member(s) receive something</source>
            <translation>{count} membre(s) reçoivent quelque chose</translation>
        </message>
        <message>
            <source>less than one unit of rounding: stays in the source account</source>
            <translation>moins d'une unité d'arrondi : reste sur le compte d'origine</translation>
        </message>
        <message>
            <source>Funds and members' part</source>
            <translation>Fonds et part des membres</translation>
        </message>
        <message>
            <source>%</source>
            <translation>%</translation>
        </message>
        <message>
            <source>The members' part by basis</source>
            <translation>La part des membres par critère</translation>
        </message>
        <message>
            <source>The members' part, {pool}, is divided among the bases of the policy by their weights; each basis's part is shared in proportion to what each eligible member has on it. Rounded to the unit, the members receive {shared} together; {residue} is left by rounding.</source>
            <translation>La part des membres, {pool}, est divisée entre les critères de la règle selon leurs poids ; la part de chaque critère est répartie en proportion de ce que chaque membre éligible a pour ce critère. Arrondis à l'unité, les membres reçoivent ensemble {shared} ; {residue} reste du fait de l'arrondi.</translation>
        </message>
        <message>
            <source>Weight %</source>
            <translation>Poids %</translation>
        </message>
        <message>
            <source>Part of the pool</source>
            <translation>Part de l'enveloppe</translation>
        </message>
        <message>
            <source>All eligible members together</source>
            <translation>Ensemble des membres éligibles</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Unité</translation>
        </message>
        <message>
            <source>Where the money goes</source>
            <translation>Où va l'argent</translation>
        </message>
        <message>
            <source>Active days</source>
            <translation>Jours d'activité</translation>
        </message>
        <message>
            <source>{title} ({currency})</source>
            <translation>{title} ({currency})</translation>
        </message>
        <message>
            <source>Excluded because</source>
            <translation>Motif d'exclusion</translation>
        </message>
        <message>
            <source>Members of distribution {number}</source>
            <translation>Membres de la répartition {number}</translation>
        </message>
        <message>
            <source>Payout sheet, distribution {number}</source>
            <translation>Feuille de paiement, répartition {number}</translation>
        </message>
        <message>
            <source>Payout sheet by {method}, distribution {number}</source>
            <translation>Feuille de paiement par {method}, répartition {number}</translation>
        </message>
        <message>
            <source>Listed</source>
            <translation>Liste</translation>
        </message>
        <message>
            <source>members not paid yet</source>
            <translation>membres pas encore payés</translation>
        </message>
        <message>
            <source>every member who receives something</source>
            <translation>tous les membres qui reçoivent quelque chose</translation>
        </message>
        <message>
            <source>Day of payment</source>
            <translation>Jour du paiement</translation>
        </message>
        <message>
            <source>This distribution is not posted yet: nobody may be paid from this sheet until the assembly has approved it and it is posted.</source>
            <translation>Cette répartition n'est pas encore comptabilisée : personne ne peut être payé sur cette feuille tant que l'assemblée ne l'a pas approuvée et qu'elle n'est pas comptabilisée.</translation>
        </message>
        <message>
            <source>Nobody is left to pay in this distribution.</source>
            <translation>Il ne reste personne à payer dans cette répartition.</translation>
        </message>
        <message>
            <source>Nobody receives anything from this distribution.</source>
            <translation>Personne ne reçoit quoi que ce soit de cette répartition.</translation>
        </message>
        <message>
            <source>Pay each member the amount on their line and have them sign or press their thumb beside it. A deceased member's share is paid to the successor named on the line. Record the payout in coopdesk the same day.</source>
            <translation>Payez à chaque membre le montant de sa ligne et faites-le signer ou apposer son empreinte digitale à côté. La part d'un membre décédé est payée au successeur indiqué sur la ligne. Enregistrez le paiement dans coopdesk le jour même.</translation>
        </message>
        <message>
            <source>Paid to (successor)</source>
            <translation>Payé à (successeur)</translation>
        </message>
        <message>
            <source>Account or phone</source>
            <translation>Compte ou téléphone</translation>
        </message>
        <message>
            <source>Signature or thumbprint</source>
            <translation>Signature ou empreinte</translation>
        </message>
        <message>
            <source>{method}: {count} member(s)</source>
            <translation>{method} : {count} membre(s)</translation>
        </message>
        <message>
            <source>Payout sheet</source>
            <translation>Feuille de paiement</translation>
        </message>
        <message>
            <source>Total to pay</source>
            <translation>Total à payer</translation>
        </message>
        <message>
            <source>Witness</source>
            <translation>Témoin</translation>
        </message>
        <message>
            <source>Why this amount</source>
            <translation>Pourquoi ce montant</translation>
        </message>
        <message>
            <source>Distribution {number}: {title} — member {member}, {name}</source>
            <translation>Répartition {number} : {title} — membre {member}, {name}</translation>
        </message>
        <message>
            <source>In figures</source>
            <translation>En chiffres</translation>
        </message>
        <message>
            <source>Unclaimed payouts, distribution {number}</source>
            <translation>Paiements non réclamés, répartition {number}</translation>
        </message>
        <message>
            <source>Unclaimed after</source>
            <translation>Non réclamé après</translation>
        </message>
        <message>
            <source>As of</source>
            <translation>Au</translation>
        </message>
        <message>
            <source>The distribution is not posted yet, so no payout can be unclaimed.</source>
            <translation>La répartition n'est pas encore comptabilisée : aucun paiement ne peut donc être non réclamé.</translation>
        </message>
        <message>
            <source>Payouts count as unclaimed from {date}, {days} days after the posting; nothing is unclaimed yet.</source>
            <translation>Les paiements sont considérés comme non réclamés à partir du {date}, {days} jours après la comptabilisation ; rien n'est encore non réclamé.</translation>
        </message>
        <message>
            <source>Every member has been paid: nothing is unclaimed.</source>
            <translation>Tous les membres ont été payés : rien n'est non réclamé.</translation>
        </message>
        <message>
            <source>{count} member(s) have not collected {amount} since {date}.</source>
            <translation>{count} membre(s) n'ont pas retiré {amount} depuis le {date}.</translation>
        </message>
        <message>
            <source>Surplus of a closed year</source>
            <translation>Excédent d'un exercice clôturé</translation>
        </message>
        <message>
            <source>Amount decided by the assembly</source>
            <translation>Montant décidé par l'assemblée</translation>
        </message>
        <message>
            <source>Reversed</source>
            <translation>Contre-passée</translation>
        </message>
        <message>
            <source>Bank transfer</source>
            <translation>Virement bancaire</translation>
        </message>
        <message>
            <source>Step “{step}”: there is no postable account {code}.</source>
            <translation>Étape « {step} » : il n'existe pas de compte {code} pouvant recevoir des écritures.</translation>
        </message>
        <message>
            <source>There is no preset policy “{name}”; choose one of {names}.</source>
            <translation>Il n'existe pas de règle prédéfinie « {name} » ; choisissez parmi {names}.</translation>
        </message>
        <message>
            <source>There is no distribution number {number}.</source>
            <translation>Il n'existe pas de répartition numéro {number}.</translation>
        </message>
        <message>
            <source>{what}: there is no postable account {code}.</source>
            <translation>{what} : il n'existe pas de compte {code} pouvant recevoir des écritures.</translation>
        </message>
        <message>
            <source>{what}: {reason} (coopdesk books roles {role} CODE)</source>
            <translation>{what} : {reason} (coopdesk books roles {role} CODE)</translation>
        </message>
        <message>
            <source>The year {year} is not closed yet; its surplus is known only once it is closed.</source>
            <translation>L'exercice {year} n'est pas encore clôturé ; son excédent n'est connu qu'une fois l'exercice clôturé.</translation>
        </message>
        <message>
            <source>The year {year} closed without a surplus; there is nothing to share.</source>
            <translation>L'exercice {year} a été clôturé sans excédent ; il n'y a rien à répartir.</translation>
        </message>
        <message>
            <source>The surplus of {year} is already shared by distribution {number}.</source>
            <translation>L'excédent de {year} est déjà réparti par la répartition {number}.</translation>
        </message>
        <message>
            <source>The source account</source>
            <translation>Le compte d'origine</translation>
        </message>
        <message>
            <source>The members' payable account</source>
            <translation>Le compte des sommes dues aux membres</translation>
        </message>
        <message>
            <source>Only a draft can be computed again.</source>
            <translation>Seul un brouillon peut être recalculé.</translation>
        </message>
        <message>
            <source>Only a draft can be deleted; a posted distribution is undone by reversing its entry in the books.</source>
            <translation>Seul un brouillon peut être supprimé ; une répartition comptabilisée s'annule en contre-passant son écriture.</translation>
        </message>
        <message>
            <source>Distribution {number} is {status}. {message}</source>
            <translation>La répartition {number} est au statut {status}. {message}</translation>
        </message>
        <message>
            <source>It can be approved only once, as a draft.</source>
            <translation>Elle ne peut être approuvée qu'une seule fois, à l'état de brouillon.</translation>
        </message>
        <message>
            <source>Only an approved distribution can be posted.</source>
            <translation>Seule une répartition approuvée peut être comptabilisée.</translation>
        </message>
        <message>
            <source>The payout date {date} is in the future.</source>
            <translation>La date de paiement {date} est dans le futur.</translation>
        </message>
        <message>
            <source>Post the distribution before paying it out.</source>
            <translation>Comptabilisez la répartition avant de la payer.</translation>
        </message>
        <message>
            <source>The payout date {date} is before the distribution was posted ({posted}).</source>
            <translation>La date de paiement {date} est antérieure à la comptabilisation de la répartition ({posted}).</translation>
        </message>
        <message>
            <source>Member {number} receives nothing from distribution {run}.</source>
            <translation>Le membre {number} ne reçoit rien de la répartition {run}.</translation>
        </message>
        <message>
            <source>Member {number} has already been paid.</source>
            <translation>Le membre {number} a déjà été payé.</translation>
        </message>
        <message>
            <source>Nobody is left to pay by {via} in distribution {number}.</source>
            <translation>Il ne reste personne à payer par {via} dans la répartition {number}.</translation>
        </message>
        <message>
            <source>Deceased member(s) {numbers} have no nominated successor; record the successor in the register before paying their share.</source>
            <translation>Le ou les membres décédés {numbers} n'ont pas de successeur désigné ; enregistrez le successeur dans le registre avant de payer leur part.</translation>
        </message>
        <message>
            <source>Payout of distribution {number} ({count} member(s))</source>
            <translation>Paiement de la répartition {number} ({count} membre(s))</translation>
        </message>
        <message>
            <source>Distribution {number} has no payout {payout}.</source>
            <translation>La répartition {number} n'a pas de paiement {payout}.</translation>
        </message>
        <message>
            <source>Payout {payout} is already reversed.</source>
            <translation>Le paiement {payout} est déjà contre-passé.</translation>
        </message>
        <message>
            <source>Only a posted distribution can be reversed; a draft or an approved one is deleted or left as it is.</source>
            <translation>Seule une répartition comptabilisée peut être contre-passée ; un brouillon se supprime, une répartition approuvée reste telle quelle.</translation>
        </message>
        <message>
            <source>Distribution {number} has {count} payout(s); members were paid. Reverse the payouts first.</source>
            <translation>La répartition {number} a {count} paiement(s) ; des membres ont été payés. Contre-passez d'abord les paiements.</translation>
        </message>
        <message>
            <source>This entry is a payout of distribution {number}; reverse it from the Benefit sharing page ('coopdesk share reverse {number} --payout ID'), so its members show as unpaid again.</source>
            <translation>Cette écriture est un paiement de la répartition {number} ; contre-passez-la depuis la page Répartition des excédents ('coopdesk share reverse {number} --payout ID'), afin que ses membres apparaissent de nouveau non payés.</translation>
        </message>
        <message>
            <source>This entry posts distribution {number}; reverse it from the Benefit sharing page ('coopdesk share reverse {number}'), so the distribution follows.</source>
            <translation>Cette écriture comptabilise la répartition {number} ; contre-passez-la depuis la page Répartition des excédents ('coopdesk share reverse {number}'), afin que la répartition suive.</translation>
        </message>
        <message>
            <source>Assembly mode - {title}</source>
            <translation>Mode assemblée - {title}</translation>
        </message>
        <message>
            <source>{subtitle} - {status}</source>
            <translation>{subtitle} - {status}</translation>
        </message>
        <message>
            <source>No motion has been voted yet.</source>
            <translation>Aucune motion n'a encore été mise aux voix.</translation>
        </message>
        <message>
            <source>Last vote: {motion}</source>
            <translation>Dernier vote : {motion}</translation>
        </message>
        <message>
            <source>Resolution {number}</source>
            <translation>Résolution {number}</translation>
        </message>
        <message>
            <source>Resolutions so far: {count}</source>
            <translation>Résolutions adoptées jusqu'ici : {count}</translation>
        </message>
        <message>
            <source>Check in:</source>
            <translation>Enregistrer une arrivée :</translation>
        </message>
        <message>
            <source>member number or name, then Enter</source>
            <translation>numéro ou nom du membre, puis Entrée</translation>
        </message>
        <message>
            <source>the check-in is closed</source>
            <translation>l'enregistrement des arrivées est fermé</translation>
        </message>
        <message>
            <source>only a teller checks members in</source>
            <translation>seul un scrutateur enregistre les arrivées</translation>
        </message>
        <message>
            <source>QUORUM</source>
            <translation>QUORUM</translation>
        </message>
        <message>
            <source>The meeting is not in session.</source>
            <translation>La réunion n'est pas en séance.</translation>
        </message>
        <message>
            <source>present or represented, of {required} needed</source>
            <translation>présents ou représentés, sur {required} requis</translation>
        </message>
        <message>
            <source>{present} in the room, {represented} by proxy; {eligible} entitled; {call}</source>
            <translation>{present} dans la salle, {represented} par procuration ; {eligible} ayant droit ; {call}</translation>
        </message>
        <message>
            <source>{number} - {name}</source>
            <translation>{number} - {name}</translation>
        </message>
        <message>
            <source>(in the room)</source>
            <translation>(dans la salle)</translation>
        </message>
        <message>
            <source>Wait for a teller to let you vote</source>
            <translation>Attendez qu'un scrutateur vous autorise à voter</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Start again</source>
            <translation>Recommencer</translation>
        </message>
        <message>
            <source>Blank ballot</source>
            <translation>Bulletin blanc</translation>
        </message>
        <message>
            <source>Next: check my ballot</source>
            <translation>Suivant : vérifier mon bulletin</translation>
        </message>
        <message>
            <source>Change my ballot</source>
            <translation>Modifier mon bulletin</translation>
        </message>
        <message>
            <source>Cast my ballot</source>
            <translation>Déposer mon bulletin</translation>
        </message>
        <message>
            <source>Thank you. Your vote is cast.</source>
            <translation>Merci. Votre vote est enregistré.</translation>
        </message>
        <message>
            <source>member number (leave empty if already checked off)</source>
            <translation>numéro de membre (laisser vide si l'électeur est déjà pointé)</translation>
        </message>
        <message>
            <source>password of {user}</source>
            <translation>mot de passe de {user}</translation>
        </message>
        <message>
            <source>Let the voter vote</source>
            <translation>Laisser l'électeur voter</translation>
        </message>
        <message>
            <source>Take the booth back (no ballot cast)</source>
            <translation>Reprendre l'isoloir (aucun bulletin déposé)</translation>
        </message>
        <message>
            <source>Close the booth</source>
            <translation>Fermer l'isoloir</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Retour</translation>
        </message>
        <message>
            <source>The poll is closed.</source>
            <translation>Le scrutin est clos.</translation>
        </message>
        <message>
            <source>Choice {n}</source>
            <translation>Choix {n}</translation>
        </message>
        <message>
            <source>Chosen</source>
            <translation>Choisi</translation>
        </message>
        <message>
            <source>You chose a blank ballot</source>
            <translation>Vous avez choisi de voter blanc</translation>
        </message>
        <message>
            <source>No candidate is marked.</source>
            <translation>Aucun candidat n'est marqué.</translation>
        </message>
        <message>
            <source>Cast it blank, or go back and choose.</source>
            <translation>Déposez-le blanc, ou revenez en arrière pour choisir.</translation>
        </message>
        <message>
            <source>Cast a blank ballot</source>
            <translation>Déposer un bulletin blanc</translation>
        </message>
        <message>
            <source>Check your ballot</source>
            <translation>Vérifiez votre bulletin</translation>
        </message>
        <message>
            <source>Is this right? Cast it, or go back and change it.</source>
            <translation>Est-ce correct ? Déposez-le, ou revenez en arrière pour le modifier.</translation>
        </message>
        <message>
            <source>Voters checked off and waiting to vote: {n}. Enter a member number to check the next voter off the roll here, and your password.</source>
            <translation>Électeurs pointés en attente de vote : {n}. Saisissez un numéro de membre pour pointer ici l'électeur suivant sur la liste électorale, ainsi que votre mot de passe.</translation>
        </message>
        <message>
            <source>A voter is in the booth. Enter your password to take the booth back without a ballot; the voter stays checked off.</source>
            <translation>Un électeur est dans l'isoloir. Saisissez votre mot de passe pour reprendre l'isoloir sans bulletin ; l'électeur reste pointé.</translation>
        </message>
        <message>
            <source>{user} may not run the poll.</source>
            <translation>{user} n'est pas autorisé à conduire le scrutin.</translation>
        </message>
        <message>
            <source>Enter the voter's member number (digits only).</source>
            <translation>Saisissez le numéro de membre de l'électeur (chiffres uniquement).</translation>
        </message>
        <message>
            <source>Change the activity</source>
            <translation>Modifier l'activité</translation>
        </message>
        <message>
            <source>New activity</source>
            <translation>Nouvelle activité</translation>
        </message>
        <message>
            <source>e.g. Helmets and boots for every digger</source>
            <translation>p. ex. Casques et bottes pour chaque creuseur</translation>
        </message>
        <message>
            <source>(nobody yet)</source>
            <translation>(personne pour l'instant)</translation>
        </message>
        <message>
            <source>How success is measured, e.g. diggers equipped</source>
            <translation>Comment la réussite est mesurée, p. ex. creuseurs équipés</translation>
        </message>
        <message>
            <source>A standard's requirement, e.g. craft:2.1 (optional)</source>
            <translation>Une exigence d'une norme, p. ex. craft:2.1 (facultatif)</translation>
        </message>
        <message>
            <source>Objective</source>
            <translation>Objectif</translation>
        </message>
        <message>
            <source>Responsible member</source>
            <translation>Membre responsable</translation>
        </message>
        <message>
            <source>Budget ({currency})</source>
            <translation>Budget ({currency})</translation>
        </message>
        <message>
            <source>Save the activity</source>
            <translation>Enregistrer l'activité</translation>
        </message>
        <message>
            <source>Add the activity</source>
            <translation>Ajouter l'activité</translation>
        </message>
        <message>
            <source>Report progress</source>
            <translation>Rendre compte de l'avancement</translation>
        </message>
        <message>
            <source>{number}. {title} ({starts} to {ends}); now {status}, {progress} %.</source>
            <translation>{number}. {title} ({starts} au {ends}) ; actuellement {status}, {progress} %.</translation>
        </message>
        <message>
            <source>What was done, what holds it up</source>
            <translation>Ce qui a été fait, ce qui bloque</translation>
        </message>
        <message>
            <source>Record the report</source>
            <translation>Enregistrer le compte rendu</translation>
        </message>
        <message>
            <source>Tag journal lines</source>
            <translation>Rattacher des lignes du journal</translation>
        </message>
        <message>
            <source>Tick the expense lines spent on {number}. {title}. Only lines of posted entries not tagged to another activity are listed.</source>
            <translation>Cochez les lignes de dépense consacrées à {number}. {title}. Seules sont listées les lignes d'écritures comptabilisées qui ne sont pas rattachées à une autre activité.</translation>
        </message>
        <message>
            <source>Search the description or the account</source>
            <translation>Rechercher dans le libellé ou le compte</translation>
        </message>
        <message>
            <source>Only from {starts} to {ends}</source>
            <translation>Seulement du {starts} au {ends}</translation>
        </message>
        <message>
            <source>Tag the ticked lines</source>
            <translation>Rattacher les lignes cochées</translation>
        </message>
        <message>
            <source>{count} line(s) ticked, {amount} {currency}; {shown} line(s) listed.</source>
            <translation>{count} ligne(s) cochée(s), {amount} {currency} ; {shown} ligne(s) listée(s).</translation>
        </message>
        <message>
            <source>No expense line left to tag here.</source>
            <translation>Plus aucune ligne de dépense à rattacher ici.</translation>
        </message>
        <message>
            <source>Approve the budget</source>
            <translation>Approuver le budget</translation>
        </message>
        <message>
            <source>The {year} budget, version {version}, is approved by a motion the general assembly passed. Once approved it is frozen; a change is a new version.</source>
            <translation>Le budget {year}, version {version}, est approuvé par une motion adoptée par l'assemblée générale. Une fois approuvé, il est figé ; toute modification devient une nouvelle version.</translation>
        </message>
        <message>
            <source>{day} - resolution {resolution}: {text}</source>
            <translation>{day} - résolution {resolution} : {text}</translation>
        </message>
        <message>
            <source>Approve</source>
            <translation>Approuver</translation>
        </message>
        <message>
            <source>No general assembly has passed a motion yet. Record the assembly's vote on the budget in Meetings first.</source>
            <translation>Aucune assemblée générale n'a encore adopté de motion. Enregistrez d'abord le vote de l'assemblée sur le budget dans Réunions.</translation>
        </message>
        <message>
            <source>Choose the motion.</source>
            <translation>Choisissez la motion.</translation>
        </message>
        <message>
            <source>New bank account</source>
            <translation>Nouveau compte bancaire</translation>
        </message>
        <message>
            <source>short, e.g. AGRARIO or MPESA</source>
            <translation>court, p. ex. RAWBANK ou MPESA</translation>
        </message>
        <message>
            <source>the bank and what the account is for</source>
            <translation>la banque et l'usage du compte</translation>
        </message>
        <message>
            <source>(bank account {code})</source>
            <translation>(compte bancaire {code})</translation>
        </message>
        <message>
            <source>e.g. Banco Agrario, M-Pesa</source>
            <translation>p. ex. Rawbank, M-Pesa</translation>
        </message>
        <message>
            <source>None (recognise the columns)</source>
            <translation>Aucune (reconnaître les colonnes)</translation>
        </message>
        <message>
            <source>Book lines dated before the day the statements start are taken as agreed with the bank (they are not asked for on statements).</source>
            <translation>Les lignes comptables datées d'avant le premier jour des relevés sont considérées comme concordantes avec la banque (elles ne sont pas recherchées sur les relevés).</translation>
        </message>
        <message>
            <source>Institution</source>
            <translation>Établissement</translation>
        </message>
        <message>
            <source>Default mapping (CSV/Excel)</source>
            <translation>Correspondance par défaut (CSV/Excel)</translation>
        </message>
        <message>
            <source>Statements start on</source>
            <translation>Relevés à partir du</translation>
        </message>
        <message>
            <source>Add account</source>
            <translation>Ajouter le compte</translation>
        </message>
        <message>
            <source>Phone number</source>
            <translation>Numéro de téléphone</translation>
        </message>
        <message>
            <source>Account number</source>
            <translation>Numéro de compte</translation>
        </message>
        <message>
            <source>the wallet's phone number</source>
            <translation>le numéro de téléphone du compte mobile money</translation>
        </message>
        <message>
            <source>as on the statements</source>
            <translation>tel qu'il figure sur les relevés</translation>
        </message>
        <message>
            <source>A member is given by their number, e.g. 17.</source>
            <translation>Un membre s'indique par son numéro, p. ex. 17.</translation>
        </message>
        <message>
            <source>Change the rule</source>
            <translation>Modifier la règle</translation>
        </message>
        <message>
            <source>New rule</source>
            <translation>Nouvelle règle</translation>
        </message>
        <message>
            <source>e.g. Bank charges</source>
            <translation>p. ex. Frais bancaires</translation>
        </message>
        <message>
            <source>words the statement line contains</source>
            <translation>mots que contient la ligne de relevé</translation>
        </message>
        <message>
            <source>or a pattern, e.g. ^COMISION</source>
            <translation>ou un motif, p. ex. ^COMMISSION</translation>
        </message>
        <message>
            <source>no lower limit</source>
            <translation>pas de limite inférieure</translation>
        </message>
        <message>
            <source>no upper limit</source>
            <translation>pas de limite supérieure</translation>
        </message>
        <message>
            <source>Any bank account</source>
            <translation>Tout compte bancaire</translation>
        </message>
        <message>
            <source>member number, if the lines are one member's</source>
            <translation>numéro de membre, si les lignes concernent un seul membre</translation>
        </message>
        <message>
            <source>e.g. 1.5% (the part of each line that is a fee)</source>
            <translation>p. ex. 1,5 % (la part de chaque ligne qui correspond à des frais)</translation>
        </message>
        <message>
            <source>Active (tried when matching)</source>
            <translation>Active (essayée lors du pointage)</translation>
        </message>
        <message>
            <source>Amounts are signed as on the statement: a charge is negative, so “highest amount 0” keeps the rule to money going out.</source>
            <translation>Les montants ont le signe du relevé : des frais sont négatifs, donc « montant maximum 0 » limite la règle aux sorties d'argent.</translation>
        </message>
        <message>
            <source>Text contains</source>
            <translation>Le texte contient</translation>
        </message>
        <message>
            <source>Pattern (regular expression)</source>
            <translation>Motif (expression régulière)</translation>
        </message>
        <message>
            <source>Lowest amount</source>
            <translation>Montant minimum</translation>
        </message>
        <message>
            <source>Highest amount</source>
            <translation>Montant maximum</translation>
        </message>
        <message>
            <source>Book to account</source>
            <translation>Imputer au compte</translation>
        </message>
        <message>
            <source>Fee share</source>
            <translation>Part de frais</translation>
        </message>
        <message>
            <source>Fee account</source>
            <translation>Compte de frais</translation>
        </message>
        <message>
            <source>Save rule</source>
            <translation>Enregistrer la règle</translation>
        </message>
        <message>
            <source>Choose the account the lines are booked to.</source>
            <translation>Choisissez le compte auquel les lignes sont imputées.</translation>
        </message>
        <message>
            <source>There is no ledger account {code} that takes entries.</source>
            <translation>Il n'existe pas de compte comptable {code} pouvant recevoir des écritures.</translation>
        </message>
        <message>
            <source>Make an entry from a statement line</source>
            <translation>Passer une écriture depuis une ligne de relevé</translation>
        </message>
        <message>
            <source>{date} · {text} · {amount} {currency}</source>
            <translation>{date} · {text} · {amount} {currency}</translation>
        </message>
        <message>
            <source>optional member number</source>
            <translation>numéro de membre (facultatif)</translation>
        </message>
        <message>
            <source>Proposed by the rule “{rule}”: {lines}.</source>
            <translation>Proposée par la règle « {rule} » : {lines}.</translation>
        </message>
        <message>
            <source>Post entry</source>
            <translation>Comptabiliser l'écriture</translation>
        </message>
        <message>
            <source>Choose the account the line is booked to.</source>
            <translation>Choisissez le compte auquel la ligne est imputée.</translation>
        </message>
        <message>
            <source>at least</source>
            <translation>au moins</translation>
        </message>
        <message>
            <source>more than</source>
            <translation>plus de</translation>
        </message>
        <message>
            <source>A share: 1/2, 2/3, 50 % or 0.5.</source>
            <translation>Une proportion : 1/2, 2/3, 50 % ou 0,5.</translation>
        </message>
        <message>
            <source>General</source>
            <translation>Généralités</translation>
        </message>
        <message>
            <source>Candidates and proxies</source>
            <translation>Candidats et procurations</translation>
        </message>
        <message>
            <source>Save the bylaws</source>
            <translation>Enregistrer les statuts</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>e.g. Bylaws of 2024</source>
            <translation>p. ex. Statuts de 2024</translation>
        </message>
        <message>
            <source>the law and the articles of the bylaws these rules come from</source>
            <translation>la loi et les articles des statuts dont ces règles sont tirées</translation>
        </message>
        <message>
            <source>Who keeps and reads the register of grievances</source>
            <translation>Qui tient et consulte le registre des plaintes</translation>
        </message>
        <message>
            <source>Rule</source>
            <translation>Règle</translation>
        </message>
        <message>
            <source>First call</source>
            <translation>Première convocation</translation>
        </message>
        <message>
            <source>Second call</source>
            <translation>Seconde convocation</translation>
        </message>
        <message>
            <source>Never fewer than</source>
            <translation>Jamais moins de</translation>
        </message>
        <message>
            <source>Second call after</source>
            <translation>Seconde convocation après</translation>
        </message>
        <message>
            <source>Delegates' assembly</source>
            <translation>Assemblée des délégués</translation>
        </message>
        <message>
            <source>no second call</source>
            <translation>pas de seconde convocation</translation>
        </message>
        <message>
            <source>second convocation only</source>
            <translation>deuxième convocation seulement</translation>
        </message>
        <message>
            <source>minutes</source>
            <translation>minutes</translation>
        </message>
        <message>
            <source>as members</source>
            <translation>comme les membres</translation>
        </message>
        <message>
            <source>Shares of the members entitled to attend: 1/2, 2/3, 50 % or 0.5. At second call the lower share applies after the wait, or only when the meeting is convened a second time; "Never fewer than" is the least number of members even then. Leave "Second call" blank when there is none, and "Delegates' assembly" blank when delegates follow the members' rules.</source>
            <translation>Proportions des membres ayant droit de siéger : 1/2, 2/3, 50 % ou 0,5. Sur seconde convocation, la proportion plus faible s'applique après le délai d'attente, ou seulement lorsque la réunion est convoquée une deuxième fois ; « Jamais moins de » est le nombre minimum de membres, même dans ce cas. Laissez « Seconde convocation » vide s'il n'y en a pas, et « Assemblée des délégués » vide lorsque les délégués suivent les mêmes règles que les membres.</translation>
        </message>
        <message>
            <source>Share</source>
            <translation>Proportion</translation>
        </message>
        <message>
            <source>Of</source>
            <translation>Base</translation>
        </message>
        <message>
            <source>of the</source>
            <translation>des</translation>
        </message>
        <message>
            <source>"More than half" of 30 needs 16; "at least two thirds" of 30 is reached by 20.</source>
            <translation>« Plus de la moitié » de 30 exige 16 ; « au moins deux tiers » de 30 est atteint avec 20.</translation>
        </message>
        <message>
            <source>Notice at least</source>
            <translation>Délai de convocation d'au moins</translation>
        </message>
        <message>
            <source>business days (no weekends or holidays)</source>
            <translation>jours ouvrables (hors week-ends et jours fériés)</translation>
        </message>
        <message>
            <source>days</source>
            <translation>jours</translation>
        </message>
        <message>
            <source>Notice is counted from the day after the convocation up to and including the day of the meeting.</source>
            <translation>Le délai se compte à partir du lendemain de la convocation jusqu'au jour de la réunion inclus.</translation>
        </message>
        <message>
            <source>Term</source>
            <translation>Mandat</translation>
        </message>
        <message>
            <source>Terms in a row</source>
            <translation>Mandats consécutifs</translation>
        </message>
        <message>
            <source>Committee</source>
            <translation>Conseil</translation>
        </message>
        <message>
            <source>Add a position</source>
            <translation>Ajouter un poste</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Retirer</translation>
        </message>
        <message>
            <source>no minimum</source>
            <translation>pas de minimum</translation>
        </message>
        <message>
            <source>Women on the board, at least</source>
            <translation>Femmes au conseil, au moins</translation>
        </message>
        <message>
            <source>Candidates must be active members</source>
            <translation>Les candidats doivent être des membres actifs</translation>
        </message>
        <message>
            <source>Candidates must have paid up the shares they subscribed</source>
            <translation>Les candidats doivent avoir libéré les parts qu'ils ont souscrites</translation>
        </message>
        <message>
            <source>months</source>
            <translation>mois</translation>
        </message>
        <message>
            <source>Who may stand for a position</source>
            <translation>Qui peut se porter candidat à un poste</translation>
        </message>
        <message>
            <source>A member for at least</source>
            <translation>Membre depuis au moins</translation>
        </message>
        <message>
            <source>A member may be represented by another member</source>
            <translation>Un membre peut se faire représenter par un autre membre</translation>
        </message>
        <message>
            <source>Members represented count towards the quorum</source>
            <translation>Les membres représentés comptent pour le quorum</translation>
        </message>
        <message>
            <source>Proxies one member may hold, at most</source>
            <translation>Procurations qu'un membre peut détenir, au plus</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>Monter</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Descendre</translation>
        </message>
        <message>
            <source>A tie is settled by the ticked steps, from the top. A drawn lot is always the last step, so that every tie can be settled.</source>
            <translation>Une égalité est départagée par les étapes cochées, de haut en bas. Le tirage au sort est toujours la dernière étape, afin que toute égalité puisse être tranchée.</translation>
        </message>
        <message>
            <source>no limit</source>
            <translation>sans limite</translation>
        </message>
        <message>
            <source>none</source>
            <translation>aucun</translation>
        </message>
        <message>
            <source>{meeting}, first call</source>
            <translation>{meeting}, première convocation</translation>
        </message>
        <message>
            <source>{meeting}, second call</source>
            <translation>{meeting}, seconde convocation</translation>
        </message>
        <message>
            <source>{meeting}, delegates</source>
            <translation>{meeting}, délégués</translation>
        </message>
        <message>
            <source>New election</source>
            <translation>Nouvelle élection</translation>
        </message>
        <message>
            <source>e.g. Board of directors 2026</source>
            <translation>p. ex. Conseil d'administration 2026</translation>
        </message>
        <message>
            <source>None (not a post of the bylaws)</source>
            <translation>Aucun (poste non prévu par les statuts)</translation>
        </message>
        <message>
            <source>{name} ({seats} seats)</source>
            <translation>{name} ({seats} sièges)</translation>
        </message>
        <message>
            <source>Counting method</source>
            <translation>Méthode de dépouillement</translation>
        </message>
        <message>
            <source>Create the election</source>
            <translation>Créer l'élection</translation>
        </message>
        <message>
            <source>Type the candidates' numbers on the paper, e.g. 2 1 3; 0 for a blank ballot.</source>
            <translation>Tapez les numéros des candidats tels qu'ils figurent sur le bulletin, p. ex. 2 1 3 ; 0 pour un bulletin blanc.</translation>
        </message>
        <message>
            <source>Only the candidates' numbers, separated by spaces: e.g. 2 1 3.</source>
            <translation>Uniquement les numéros des candidats, séparés par des espaces : p. ex. 2 1 3.</translation>
        </message>
        <message>
            <source>Add a stage to the path</source>
            <translation>Ajouter une étape au parcours</translation>
        </message>
        <message>
            <source>Change “{title}”</source>
            <translation>Modifier « {title} »</translation>
        </message>
        <message>
            <source>e.g. Environmental licence</source>
            <translation>p. ex. Permis environnemental</translation>
        </message>
        <message>
            <source>who grants it</source>
            <translation>qui le délivre</translation>
        </message>
        <message>
            <source>number of the certificate, licence or title</source>
            <translation>numéro du certificat, du permis ou du titre</translation>
        </message>
        <message>
            <source>The last day it is valid; blank when it does not expire.</source>
            <translation>Le dernier jour de validité ; vide s'il n'expire pas.</translation>
        </message>
        <message>
            <source>(no particular site)</source>
            <translation>(aucun site particulier)</translation>
        </message>
        <message>
            <source>Kind of step</source>
            <translation>Type d'étape</translation>
        </message>
        <message>
            <source>Reference number</source>
            <translation>Numéro de référence</translation>
        </message>
        <message>
            <source>Applied for on</source>
            <translation>Demandé le</translation>
        </message>
        <message>
            <source>Add the stage</source>
            <translation>Ajouter l'étape</translation>
        </message>
        <message>
            <source>Save the changes</source>
            <translation>Enregistrer les modifications</translation>
        </message>
        <message>
            <source>Link a fee of “{title}”</source>
            <translation>Rattacher des frais à « {title} »</translation>
        </message>
        <message>
            <source>Choose the payment that paid the fee. Its amount is read from the books: the entry's total.</source>
            <translation>Choisissez le paiement qui a réglé les frais. Son montant est lu dans les comptes : le total de l'écriture.</translation>
        </message>
        <message>
            <source>Already a fee of</source>
            <translation>Déjà des frais de</translation>
        </message>
        <message>
            <source>The books hold no posted payment yet: record the payment in the cash book first.</source>
            <translation>Les comptes ne contiennent encore aucun paiement comptabilisé : enregistrez d'abord le paiement dans le livre de caisse.</translation>
        </message>
        <message>
            <source>e.g. evaluation fee, annual follow-up fee</source>
            <translation>p. ex. frais d'évaluation, frais de suivi annuel</translation>
        </message>
        <message>
            <source>Link the fee</source>
            <translation>Rattacher les frais</translation>
        </message>
        <message>
            <source>Choose the payment in the list.</source>
            <translation>Choisissez le paiement dans la liste.</translation>
        </message>
        <message>
            <source>New meeting</source>
            <translation>Nouvelle réunion</translation>
        </message>
        <message>
            <source>e.g. Ordinary general assembly 2026</source>
            <translation>p. ex. Assemblée générale ordinaire 2026</translation>
        </message>
        <message>
            <source>One item a line, in order:
Quorum and agenda
Accounts of the year
Election of the board</source>
            <translation>Un point par ligne, dans l'ordre :
Quorum et ordre du jour
Comptes de l'exercice
Élection du conseil</translation>
        </message>
        <message>
            <source>Kind of meeting</source>
            <translation>Type de réunion</translation>
        </message>
        <message>
            <source>Create the meeting</source>
            <translation>Créer la réunion</translation>
        </message>
        <message>
            <source>Save the agenda</source>
            <translation>Enregistrer l'ordre du jour</translation>
        </message>
        <message>
            <source>One item a line, in order.</source>
            <translation>Un point par ligne, dans l'ordre.</translation>
        </message>
        <message>
            <source>Convene the meeting</source>
            <translation>Convoquer la réunion</translation>
        </message>
        <message>
            <source>{title}, {when}. The convocation, with its agenda, goes out on:</source>
            <translation>{title}, {when}. La convocation, avec son ordre du jour, est envoyée le :</translation>
        </message>
        <message>
            <source>Sent on</source>
            <translation>Envoyée le</translation>
        </message>
        <message>
            <source>Convene</source>
            <translation>Convoquer</translation>
        </message>
        <message>
            <source>Open the meeting</source>
            <translation>Ouvrir la réunion</translation>
        </message>
        <message>
            <source>Add a proxy</source>
            <translation>Ajouter une procuration</translation>
        </message>
        <message>
            <source>Absent member (number)</source>
            <translation>Membre absent (numéro)</translation>
        </message>
        <message>
            <source>Represented by (in the room)</source>
            <translation>Représenté par (présent dans la salle)</translation>
        </message>
        <message>
            <source>Add the proxy</source>
            <translation>Ajouter la procuration</translation>
        </message>
        <message>
            <source>Check in the member who holds the proxy first.</source>
            <translation>Enregistrez d'abord l'arrivée du membre qui détient la procuration.</translation>
        </message>
        <message>
            <source>Put a motion to the vote</source>
            <translation>Mettre une motion aux voix</translation>
        </message>
        <message>
            <source>Agenda item {place}: {title}</source>
            <translation>Point {place} de l'ordre du jour : {title}</translation>
        </message>
        <message>
            <source>No agenda item</source>
            <translation>Aucun point de l'ordre du jour</translation>
        </message>
        <message>
            <source>did not vote</source>
            <translation>n'a pas voté</translation>
        </message>
        <message>
            <source>Votes by name</source>
            <translation>Votes nominatifs</translation>
        </message>
        <message>
            <source>In favour</source>
            <translation>Pour</translation>
        </message>
        <message>
            <source>Against</source>
            <translation>Contre</translation>
        </message>
        <message>
            <source>Abstentions</source>
            <translation>Abstentions</translation>
        </message>
        <message>
            <source>Spoilt</source>
            <translation>Nuls</translation>
        </message>
        <message>
            <source>Record the vote</source>
            <translation>Enregistrer le vote</translation>
        </message>
        <message>
            <source>With this date of birth the member was a minor when they joined; a minor cannot be registered as a miner.</source>
            <translation>Avec cette date de naissance, le membre était mineur d'âge à son adhésion ; un mineur d'âge ne peut pas être inscrit comme creuseur.</translation>
        </message>
        <message>
            <source>New business plan</source>
            <translation>Nouveau plan d'affaires</translation>
        </message>
        <message>
            <source>e.g. Business plan {first}-{last}</source>
            <translation>p. ex. Plan d'affaires {first}-{last}</translation>
        </message>
        <message>
            <source>No: I will enter the numbers</source>
            <translation>Non : je saisirai les chiffres</translation>
        </message>
        <message>
            <source>{year} (closed)</source>
            <translation>{year} (clôturé)</translation>
        </message>
        <message>
            <source>{year} (current)</source>
            <translation>{year} (en cours)</translation>
        </message>
        <message>
            <source>First year</source>
            <translation>Première année</translation>
        </message>
        <message>
            <source>Number of years</source>
            <translation>Nombre d'années</translation>
        </message>
        <message>
            <source>Cash at the start ({currency})</source>
            <translation>Trésorerie au départ ({currency})</translation>
        </message>
        <message>
            <source>Start from the books of</source>
            <translation>Partir des comptes de</translation>
        </message>
        <message>
            <source>Starting from the books fills every year with the grams sold, the average price and premium of that fiscal year, and a cost line for each group of expense accounts.</source>
            <translation>Partir des comptes remplit chaque année avec les grammes vendus, le prix moyen et la prime de cet exercice, ainsi qu'une ligne de coût pour chaque groupe de comptes de charges.</translation>
        </message>
        <message>
            <source>Create the plan</source>
            <translation>Créer le plan</translation>
        </message>
        <message>
            <source>Cost line</source>
            <translation>Ligne de coût</translation>
        </message>
        <message>
            <source>Change the cost line</source>
            <translation>Modifier la ligne de coût</translation>
        </message>
        <message>
            <source>e.g. Fuel, Wages, Gold bought from members</source>
            <translation>p. ex. Carburant, Salaires, Or acheté aux membres</translation>
        </message>
        <message>
            <source>The amounts are per gram sold (a variable cost)</source>
            <translation>Les montants sont par gramme vendu (un coût variable)</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Aucun</translation>
        </message>
        <message>
            <source>The same amount every year</source>
            <translation>Le même montant chaque année</translation>
        </message>
        <message>
            <source>Account group</source>
            <translation>Groupe de comptes</translation>
        </message>
        <message>
            <source>Amount ({currency})</source>
            <translation>Montant ({currency})</translation>
        </message>
        <message>
            <source>Save the cost line</source>
            <translation>Enregistrer la ligne de coût</translation>
        </message>
        <message>
            <source>{year}: {problem}</source>
            <translation>{year} : {problem}</translation>
        </message>
        <message>
            <source>Investment</source>
            <translation>Investissement</translation>
        </message>
        <message>
            <source>Change the investment</source>
            <translation>Modifier l'investissement</translation>
        </message>
        <message>
            <source>e.g. Concentration table, compressor</source>
            <translation>p. ex. Table de concentration, compresseur</translation>
        </message>
        <message>
            <source>Year bought</source>
            <translation>Année d'achat</translation>
        </message>
        <message>
            <source>Cost ({currency})</source>
            <translation>Coût ({currency})</translation>
        </message>
        <message>
            <source>Paid by the members</source>
            <translation>Payé par les membres</translation>
        </message>
        <message>
            <source>Paid from the premium</source>
            <translation>Payé sur la prime</translation>
        </message>
        <message>
            <source>Borrowed</source>
            <translation>Emprunté</translation>
        </message>
        <message>
            <source>Loan repaid over (years)</source>
            <translation>Prêt remboursé sur (années)</translation>
        </message>
        <message>
            <source>Loan interest (% a year)</source>
            <translation>Intérêt du prêt (% par an)</translation>
        </message>
        <message>
            <source>Useful life (years)</source>
            <translation>Durée de vie utile (années)</translation>
        </message>
        <message>
            <source>Save the investment</source>
            <translation>Enregistrer l'investissement</translation>
        </message>
        <message>
            <source>Adopt the plan</source>
            <translation>Adopter le plan</translation>
        </message>
        <message>
            <source>Resolution {ref}: {text} ({meeting}, {date})</source>
            <translation>Résolution {ref} : {text} ({meeting}, {date})</translation>
        </message>
        <message>
            <source>Once adopted, “{title}” can no longer be changed; a new version is a copy.</source>
            <translation>Une fois adopté, « {title} » ne peut plus être modifié ; une nouvelle version est une copie.</translation>
        </message>
        <message>
            <source>Adopted by the motion</source>
            <translation>Adopté par la motion</translation>
        </message>
        <message>
            <source>Adopt</source>
            <translation>Adopter</translation>
        </message>
        <message>
            <source>No motion has passed yet: record the meeting's vote first.</source>
            <translation>Aucune motion n'a encore été adoptée : enregistrez d'abord le vote de la réunion.</translation>
        </message>
        <message>
            <source>Copy the plan</source>
            <translation>Copier le plan</translation>
        </message>
        <message>
            <source>{title} (revised)</source>
            <translation>{title} (révisé)</translation>
        </message>
        <message>
            <source>Title of the copy</source>
            <translation>Titre de la copie</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Copier</translation>
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
            <source>CSV (*.csv)</source>
            <translation>CSV (*.csv)</translation>
        </message>
        <message>
            <source>Distribution {number}, “{title}”: {amount}</source>
            <translation>Répartition {number}, « {title} » : {amount}</translation>
        </message>
        <message>
            <source>Approve distribution {number}</source>
            <translation>Approuver la répartition {number}</translation>
        </message>
        <message>
            <source>e.g. General assembly of 15 March, resolution 4</source>
            <translation>p. ex. Assemblée générale du 15 mars, résolution 4</translation>
        </message>
        <message>
            <source>Approved by the assembly on</source>
            <translation>Approuvée par l'assemblée le</translation>
        </message>
        <message>
            <source>Reverse in distribution {number}</source>
            <translation>Contre-passer dans la répartition {number}</translation>
        </message>
        <message>
            <source>Payout {payout} of {date}: {count} member(s), {amount} by {via} (entry {entry})</source>
            <translation>Paiement {payout} du {date} : {count} membre(s), {amount} par {via} (écriture {entry})</translation>
        </message>
        <message>
            <source>The distribution itself (its payouts reversed first)</source>
            <translation>La répartition elle-même (ses paiements contre-passés d'abord)</translation>
        </message>
        <message>
            <source>The distribution itself</source>
            <translation>La répartition elle-même</translation>
        </message>
        <message>
            <source>e.g. paid twice; the member did not come</source>
            <translation>p. ex. payé deux fois ; le membre n'est pas venu</translation>
        </message>
        <message>
            <source>Reverse</source>
            <translation>Contre-passer</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Motif</translation>
        </message>
        <message>
            <source>Payout {payout} reversed: {count} member(s) are unpaid again.</source>
            <translation>Paiement {payout} contre-passé : {count} membre(s) sont de nouveau non payés.</translation>
        </message>
        <message>
            <source>Distribution {number} reversed by entry {year}/{entry}.</source>
            <translation>Répartition {number} contre-passée par l'écriture {year}/{entry}.</translation>
        </message>
        <message>
            <source>Post distribution {number}</source>
            <translation>Comptabiliser la répartition {number}</translation>
        </message>
        <message>
            <source>One entry: {source} debited {amount}; each fund credited; each member's payable credited in the member sub-ledger ({count} member(s)).</source>
            <translation>Une seule écriture : {source} débité de {amount} ; chaque fonds crédité ; la somme due à chaque membre créditée sur son compte individuel ({count} membre(s)).</translation>
        </message>
        <message>
            <source>Approved on {date}: {resolution}</source>
            <translation>Approuvée le {date} : {resolution}</translation>
        </message>
        <message>
            <source>Posting date</source>
            <translation>Date de comptabilisation</translation>
        </message>
        <message>
            <source>Post</source>
            <translation>Comptabiliser</translation>
        </message>
        <message>
            <source>Pay out distribution {number}</source>
            <translation>Payer la répartition {number}</translation>
        </message>
        <message>
            <source>{via} — {count} member(s) to pay, {amount}</source>
            <translation>{via} — {count} membre(s) à payer, {amount}</translation>
        </message>
        <message>
            <source>Everyone not paid yet who is paid this way</source>
            <translation>Tous ceux qui ne sont pas encore payés et qui sont payés par ce mode</translation>
        </message>
        <message>
            <source>Only the {count} member(s) selected: {numbers}</source>
            <translation>Seulement le(s) {count} membre(s) sélectionné(s) : {numbers}</translation>
        </message>
        <message>
            <source>e.g. transfer batch or receipt book number</source>
            <translation>p. ex. n° du lot de virements ou du carnet de reçus</translation>
        </message>
        <message>
            <source>Paid by</source>
            <translation>Payé par</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Qui</translation>
        </message>
        <message>
            <source>Pay and post</source>
            <translation>Payer et comptabiliser</translation>
        </message>
        <message>
            <source>Every way, grouped as the treasurer pays</source>
            <translation>Tous les modes, regroupés comme le trésorier paie</translation>
        </message>
        <message>
            <source>Only the members not paid yet</source>
            <translation>Seulement les membres pas encore payés</translation>
        </message>
        <message>
            <source>PDF, to print and sign</source>
            <translation>PDF, à imprimer et signer</translation>
        </message>
        <message>
            <source>Excel</source>
            <translation>Excel</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>Format</translation>
        </message>
        <message>
            <source>Save…</source>
            <translation>Enregistrer…</translation>
        </message>
        <message>
            <source>Why this amount — member {number}</source>
            <translation>Pourquoi ce montant — membre {number}</translation>
        </message>
        <message>
            <source>{name} (member {number}) receives {amount}</source>
            <translation>{name} (membre {number}) reçoit {amount}</translation>
        </message>
        <message>
            <source>Figure</source>
            <translation>Chiffre</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Imprimer…</translation>
        </message>
        <message>
            <source>Save this explanation as a PDF to print and hand to the member</source>
            <translation>Enregistrer cette explication en PDF pour l'imprimer et la remettre au membre</translation>
        </message>
        <message>
            <source>Print the explanation</source>
            <translation>Imprimer l'explication</translation>
        </message>
        <message>
            <source>why-this-amount-{run}-{member}.pdf</source>
            <translation>pourquoi-ce-montant-{run}-{member}.pdf</translation>
        </message>
        <message>
            <source>Writing {path}…</source>
            <translation>Écriture de {path}…</translation>
        </message>
        <message>
            <source>Saved {path}</source>
            <translation>Enregistré : {path}</translation>
        </message>
        <message>
            <source>Unclaimed payouts of distribution {number}</source>
            <translation>Paiements non réclamés de la répartition {number}</translation>
        </message>
        <message>
            <source>The distribution is not posted: nothing can be unclaimed yet.</source>
            <translation>La répartition n'est pas comptabilisée : rien ne peut encore être non réclamé.</translation>
        </message>
        <message>
            <source>Nobody's payout is unclaimed. Payouts count as unclaimed {days} days after the posting ({date}).</source>
            <translation>Aucun paiement n'est non réclamé. Les paiements sont considérés comme non réclamés {days} jours après la comptabilisation ({date}).</translation>
        </message>
        <message>
            <source>{count} member(s) have not collected {amount}, {days} days or more after the posting on {date}.</source>
            <translation>{count} membre(s) n'ont pas retiré {amount}, {days} jours ou plus après la comptabilisation du {date}.</translation>
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
            <source>e.g. bylaws-2024</source>
            <translation>p. ex. statuts-2024</translation>
        </message>
        <message>
            <source>Fund</source>
            <translation>Fonds</translation>
        </message>
        <message>
            <source>% of the amount</source>
            <translation>% du montant</translation>
        </message>
        <message>
            <source>Until % of capital</source>
            <translation>Jusqu'à % du capital</translation>
        </message>
        <message>
            <source>Name in the bylaws</source>
            <translation>Nom dans les statuts</translation>
        </message>
        <message>
            <source>Add a fund</source>
            <translation>Ajouter un fonds</translation>
        </message>
        <message>
            <source>Up</source>
            <translation>Monter</translation>
        </message>
        <message>
            <source>Down</source>
            <translation>Descendre</translation>
        </message>
        <message>
            <source>Suspended members take no part</source>
            <translation>Les membres suspendus ne participent pas</translation>
        </message>
        <message>
            <source>no cap</source>
            <translation>sans plafond</translation>
        </message>
        <message>
            <source>smallest unit</source>
            <translation>plus petite unité</translation>
        </message>
        <message>
            <source>Funds, in the order of the bylaws</source>
            <translation>Fonds, dans l'ordre des statuts</translation>
        </message>
        <message>
            <source>The members' part is shared by (weights; leave blank what is not used):</source>
            <translation>La part des membres est répartie selon (poids ; laissez vide ce qui n'est pas utilisé) :</translation>
        </message>
        <message>
            <source>Eligible after</source>
            <translation>Éligible après</translation>
        </message>
        <message>
            <source>active in the period</source>
            <translation>d'activité dans la période</translation>
        </message>
        <message>
            <source>Interest on capital at most</source>
            <translation>Intérêt sur le capital au plus</translation>
        </message>
        <message>
            <source>% a year</source>
            <translation>% par an</translation>
        </message>
        <message>
            <source>Round payouts to</source>
            <translation>Arrondir les paiements à</translation>
        </message>
        <message>
            <source>from the posting</source>
            <translation>après la comptabilisation</translation>
        </message>
        <message>
            <source>New sharing policy</source>
            <translation>Nouvelle règle de répartition</translation>
        </message>
        <message>
            <source>Edit the sharing policy “{name}”</source>
            <translation>Modifier la règle de répartition « {name} »</translation>
        </message>
        <message>
            <source>(empty)</source>
            <translation>(vide)</translation>
        </message>
        <message>
            <source>A distribution keeps a copy of the policy it was computed with: editing a policy changes no distribution already made.</source>
            <translation>Une répartition garde une copie de la règle avec laquelle elle a été calculée : modifier une règle ne change aucune répartition déjà faite.</translation>
        </message>
        <message>
            <source>Start from</source>
            <translation>Partir de</translation>
        </message>
        <message>
            <source>{standard} {id}: {title}</source>
            <translation>{standard} {id} : {title}</translation>
        </message>
        <message>
            <source>Assess a requirement</source>
            <translation>Évaluer une exigence</translation>
        </message>
        <message>
            <source>What was seen, what is missing</source>
            <translation>Ce qui a été constaté, ce qui manque</translation>
        </message>
        <message>
            <source>Record the assessment</source>
            <translation>Enregistrer l'évaluation</translation>
        </message>
        <message>
            <source>Add evidence</source>
            <translation>Ajouter une preuve</translation>
        </message>
        <message>
            <source>A record coopdesk holds</source>
            <translation>Un enregistrement tenu dans coopdesk</translation>
        </message>
        <message>
            <source>An extract of the member register, today</source>
            <translation>Un extrait du registre des membres, à ce jour</translation>
        </message>
        <message>
            <source>A file (a photo, a scan, a report)</source>
            <translation>Un fichier (une photo, un scan, un rapport)</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Choisir…</translation>
        </message>
        <message>
            <source>Leave blank for the record's own name</source>
            <translation>Laisser vide pour garder le nom propre de l'enregistrement</translation>
        </message>
        <message>
            <source>No record fits this requirement yet.</source>
            <translation>Aucun enregistrement ne correspond encore à cette exigence.</translation>
        </message>
        <message>
            <source>Add the evidence</source>
            <translation>Ajouter la preuve</translation>
        </message>
        <message>
            <source>Label (optional)</source>
            <translation>Libellé (facultatif)</translation>
        </message>
        <message>
            <source>A file to keep as evidence</source>
            <translation>Un fichier à conserver comme preuve</translation>
        </message>
        <message>
            <source>Choose one of the records.</source>
            <translation>Choisissez l'un des enregistrements.</translation>
        </message>
        <message>
            <source>Choose the file.</source>
            <translation>Choisissez le fichier.</translation>
        </message>
        <message>
            <source>Make an improvement action</source>
            <translation>Créer une action d'amélioration</translation>
        </message>
        <message>
            <source>e.g. Buy retorts and train the processors</source>
            <translation>p. ex. Acheter des cornues et former les trieurs</translation>
        </message>
        <message>
            <source>nobody yet</source>
            <translation>personne pour l'instant</translation>
        </message>
        <message>
            <source>What will be done</source>
            <translation>Ce qui sera fait</translation>
        </message>
        <message>
            <source>Responsible (member number)</source>
            <translation>Responsable (numéro de membre)</translation>
        </message>
        <message>
            <source>The action becomes an activity of the action plan, where its progress and spending are followed.</source>
            <translation>L'action devient une activité du plan d'action, où son avancement et ses dépenses sont suivis.</translation>
        </message>
        <message>
            <source>Add to the action plan</source>
            <translation>Ajouter au plan d'action</translation>
        </message>
        <message>
            <source>Correct the session</source>
            <translation>Corriger la session</translation>
        </message>
        <message>
            <source>New training session</source>
            <translation>Nouvelle session de formation</translation>
        </message>
        <message>
            <source>What the session was about</source>
            <translation>Sur quoi portait la session</translation>
        </message>
        <message>
            <source>The trainer or the organisation</source>
            <translation>Le formateur ou l'organisme</translation>
        </message>
        <message>
            <source>Length</source>
            <translation>Durée</translation>
        </message>
        <message>
            <source>Save the session</source>
            <translation>Enregistrer la session</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>Présence</translation>
        </message>
        <message>
            <source>{day}: {topic}</source>
            <translation>{day} : {topic}</translation>
        </message>
        <message>
            <source>Type a name or a number</source>
            <translation>Tapez un nom ou un numéro</translation>
        </message>
        <message>
            <source>Tick all shown</source>
            <translation>Cocher tout ce qui est affiché</translation>
        </message>
        <message>
            <source>Untick all shown</source>
            <translation>Décocher tout ce qui est affiché</translation>
        </message>
        <message>
            <source>Save the attendance</source>
            <translation>Enregistrer les présences</translation>
        </message>
        <message>
            <source>This session is on {day}: attendance is taken on the day.</source>
            <translation>Cette session a lieu le {day} : les présences sont relevées ce jour-là.</translation>
        </message>
        <message>
            <source>Record an incident</source>
            <translation>Enregistrer un incident</translation>
        </message>
        <message>
            <source>(no member)</source>
            <translation>(aucun membre)</translation>
        </message>
        <message>
            <source>grams, e.g. 12.5</source>
            <translation>grammes, p. ex. 12,5</translation>
        </message>
        <message>
            <source>Member involved</source>
            <translation>Membre concerné</translation>
        </message>
        <message>
            <source>Action taken so far</source>
            <translation>Mesures prises jusqu'ici</translation>
        </message>
        <message>
            <source>Record the incident</source>
            <translation>Enregistrer l'incident</translation>
        </message>
        <message>
            <source>Close an incident</source>
            <translation>Clôturer un incident</translation>
        </message>
        <message>
            <source>Incident {number} of {day}: {kind}</source>
            <translation>Incident {number} du {day} : {kind}</translation>
        </message>
        <message>
            <source>Closed on</source>
            <translation>Close le</translation>
        </message>
        <message>
            <source>Close the incident</source>
            <translation>Clôturer l'incident</translation>
        </message>
        <message>
            <source>✓ matched; a lock: in a finished reconciliation</source>
            <translation>✓ pointée ; un cadenas : dans un rapprochement terminé</translation>
        </message>
        <message>
            <source>Matched, in a finished reconciliation (reopen it to change this)</source>
            <translation>Pointée, dans un rapprochement terminé (rouvrez-le pour modifier cela)</translation>
        </message>
        <message>
            <source>Brought forward: before the account's statements begin, taken as agreed with the bank</source>
            <translation>Reportée : antérieure au début des relevés du compte, considérée comme concordante avec la banque</translation>
        </message>
        <message>
            <source>Not matched yet</source>
            <translation>Pas encore pointée</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Libellé</translation>
        </message>
        <message>
            <source>Balance after it: {balance}</source>
            <translation>Solde après cette ligne : {balance}</translation>
        </message>
        <message>
            <source>matched automatically</source>
            <translation>pointée automatiquement</translation>
        </message>
        <message>
            <source>matched by hand</source>
            <translation>pointée à la main</translation>
        </message>
        <message>
            <source>booked from this line</source>
            <translation>comptabilisée depuis cette ligne</translation>
        </message>
        <message>
            <source>Brought forward: before the account's statements begin</source>
            <translation>Reportée : antérieure au début des relevés du compte</translation>
        </message>
        <message>
            <source>Gold sold</source>
            <translation>Or vendu</translation>
        </message>
        <message>
            <source>Capital (average)</source>
            <translation>Capital (moyen)</translation>
        </message>
        <message>
            <source>Days active</source>
            <translation>Jours d'activité</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>Payé</translation>
        </message>
        <message>
            <source>{date}, {via}</source>
            <translation>{date}, {via}</translation>
        </message>
        <message>
            <source>not yet ({method})</source>
            <translation>pas encore ({method})</translation>
        </message>
        <message>
            <source>No part: {reason}</source>
            <translation>Aucune part : {reason}</translation>
        </message>
        <message>
            <source>Paid to the successor {payee}</source>
            <translation>Payé au successeur {payee}</translation>
        </message>
        <message>
            <source>Deceased, no successor recorded</source>
            <translation>Décédé, aucun successeur enregistré</translation>
        </message>
        <message>
            <source>New account…</source>
            <translation>Nouveau compte…</translation>
        </message>
        <message>
            <source>Import statement…</source>
            <translation>Importer un relevé…</translation>
        </message>
        <message>
            <source>Match automatically</source>
            <translation>Pointer automatiquement</translation>
        </message>
        <message>
            <source>There is no bank or mobile-money account yet.
Add one, tied to the ledger account that holds its money; then import its statements and match them to the books.</source>
            <translation>Il n'y a pas encore de compte bancaire ou mobile money.
Ajoutez-en un, lié au compte comptable qui contient son argent ; importez ensuite ses relevés et pointez-les avec la comptabilité.</translation>
        </message>
        <message>
            <source>Matching</source>
            <translation>Pointage</translation>
        </message>
        <message>
            <source>Suggestions</source>
            <translation>Propositions</translation>
        </message>
        <message>
            <source>Rules</source>
            <translation>Règles</translation>
        </message>
        <message>
            <source>Reconciliation</source>
            <translation>Rapprochement</translation>
        </message>
        <message>
            <source>Ledger account {code} {name}</source>
            <translation>Compte comptable {code} {name}</translation>
        </message>
        <message>
            <source>book balance {amount} {currency}</source>
            <translation>solde comptable {amount} {currency}</translation>
        </message>
        <message>
            <source>{lines} statement line(s), {open} not matched</source>
            <translation>{lines} ligne(s) de relevé, {open} non pointée(s)</translation>
        </message>
        <message>
            <source>statements up to {date}</source>
            <translation>relevés jusqu'au {date}</translation>
        </message>
        <message>
            <source>reconciled up to {date}</source>
            <translation>rapproché jusqu'au {date}</translation>
        </message>
        <message>
            <source>Your role may read the bank but not change it.</source>
            <translation>Votre rôle permet de consulter la banque, mais pas de la modifier.</translation>
        </message>
        <message>
            <source>Adding accounts is not available in this version.</source>
            <translation>L'ajout de comptes n'est pas disponible dans cette version.</translation>
        </message>
        <message>
            <source>Importing statements is not available in this version.</source>
            <translation>L'import de relevés n'est pas disponible dans cette version.</translation>
        </message>
        <message>
            <source>{new} new statement line(s) imported, {known} already known.</source>
            <translation>{new} nouvelle(s) ligne(s) de relevé importée(s), {known} déjà connue(s).</translation>
        </message>
        <message>
            <source>Matching the statement to the books…</source>
            <translation>Pointage du relevé avec la comptabilité…</translation>
        </message>
        <message>
            <source>{matched} matched, {suggested} suggested, {proposed} entries proposed, {left} left.</source>
            <translation>{matched} pointée(s), {suggested} proposée(s), {proposed} écriture(s) proposée(s), {left} restante(s).</translation>
        </message>
        <message>
            <source>The reconciliation is not available in this version.</source>
            <translation>Le rapprochement n'est pas disponible dans cette version.</translation>
        </message>
        <message>
            <source>Not matched</source>
            <translation>Non pointées</translation>
        </message>
        <message>
            <source>All</source>
            <translation>Toutes</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Afficher</translation>
        </message>
        <message>
            <source>from</source>
            <translation>du</translation>
        </message>
        <message>
            <source>to</source>
            <translation>au</translation>
        </message>
        <message>
            <source>Search text or reference (Ctrl+F)</source>
            <translation>Rechercher un libellé ou une référence (Ctrl+F)</translation>
        </message>
        <message>
            <source>Match</source>
            <translation>Pointer</translation>
        </message>
        <message>
            <source>Match the selected lines (Ctrl+M or Enter)</source>
            <translation>Pointer les lignes sélectionnées (Ctrl+M ou Entrée)</translation>
        </message>
        <message>
            <source>Undo match</source>
            <translation>Annuler le pointage</translation>
        </message>
        <message>
            <source>Undo the selected line's match (Ctrl+U)</source>
            <translation>Annuler le pointage de la ligne sélectionnée (Ctrl+U)</translation>
        </message>
        <message>
            <source>Make entry…</source>
            <translation>Passer une écriture…</translation>
        </message>
        <message>
            <source>Book a statement line the books lack (Ctrl+E)</source>
            <translation>Comptabiliser une ligne de relevé absente de la comptabilité (Ctrl+E)</translation>
        </message>
        <message>
            <source>Statement</source>
            <translation>Relevé</translation>
        </message>
        <message>
            <source>{count} line(s)</source>
            <translation>{count} ligne(s)</translation>
        </message>
        <message>
            <source>Books</source>
            <translation>Comptabilité</translation>
        </message>
        <message>
            <source>Select lines on both sides with the same total, then match them (Ctrl+M).</source>
            <translation>Sélectionnez des lignes des deux côtés ayant le même total, puis pointez-les (Ctrl+M).</translation>
        </message>
        <message>
            <source>Statement: {bank} ({n} line(s)) · Books: {book} ({m} line(s)) · Difference: {diff}</source>
            <translation>Relevé : {bank} ({n} ligne(s)) · Comptabilité : {book} ({m} ligne(s)) · Écart : {diff}</translation>
        </message>
        <message>
            <source>Matched {n} statement line(s) with {m} book line(s).</source>
            <translation>{n} ligne(s) de relevé pointée(s) avec {m} ligne(s) comptable(s).</translation>
        </message>
        <message>
            <source>Undo the match</source>
            <translation>Annuler le pointage</translation>
        </message>
        <message>
            <source>Undo this match. Should the matcher never propose these lines together again?</source>
            <translation>Annuler ce pointage. Le pointage automatique doit-il ne plus jamais proposer ces lignes ensemble ?</translation>
        </message>
        <message>
            <source>Yes: undo it and never propose it again. No: only undo it. An entry made from a statement line stays in the books.</source>
            <translation>Oui : l'annuler et ne plus jamais le proposer. Non : seulement l'annuler. Une écriture passée depuis une ligne de relevé reste dans les comptes.</translation>
        </message>
        <message>
            <source>Match undone; the pairing will not be proposed again.</source>
            <translation>Pointage annulé ; cette association ne sera plus proposée.</translation>
        </message>
        <message>
            <source>Match undone.</source>
            <translation>Pointage annulé.</translation>
        </message>
        <message>
            <source>Entry {entry} posted and matched to the statement line.</source>
            <translation>Écriture {entry} comptabilisée et pointée avec la ligne de relevé.</translation>
        </message>
        <message>
            <source>Deposit not yet on the statement</source>
            <translation>Dépôt pas encore sur le relevé</translation>
        </message>
        <message>
            <source>Payment not yet on the statement</source>
            <translation>Décaissement pas encore sur le relevé</translation>
        </message>
        <message>
            <source>On the statement, not in the books</source>
            <translation>Sur le relevé, pas en comptabilité</translation>
        </message>
        <message>
            <source>Reopen the reconciliation</source>
            <translation>Rouvrir le rapprochement</translation>
        </message>
        <message>
            <source>The reconciliation of {date} will be reopened: its matches may be changed again until it is finished anew. Say why; the reason is kept with the record and in the audit trail.</source>
            <translation>Le rapprochement du {date} va être rouvert : ses pointages pourront de nouveau être modifiés jusqu'à ce qu'il soit terminé une nouvelle fois. Indiquez pourquoi ; le motif est conservé avec le rapprochement et dans la piste d'audit.</translation>
        </message>
        <message>
            <source>e.g. the bank added a debit note dated in the month</source>
            <translation>p. ex. la banque a ajouté un avis de débit daté du mois</translation>
        </message>
        <message>
            <source>Reopen</source>
            <translation>Rouvrir</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Nature</translation>
        </message>
        <message>
            <source>Reference / entry</source>
            <translation>Référence / écriture</translation>
        </message>
        <message>
            <source>The books lack this statement line: match it, or make its entry.</source>
            <translation>Cette ligne de relevé manque en comptabilité : pointez-la, ou passez son écriture.</translation>
        </message>
        <message>
            <source>Bank balance</source>
            <translation>Solde bancaire</translation>
        </message>
        <message>
            <source>Book balance</source>
            <translation>Solde comptable</translation>
        </message>
        <message>
            <source>Done by</source>
            <translation>Terminé par</translation>
        </message>
        <message>
            <source>Done on</source>
            <translation>Terminé le</translation>
        </message>
        <message>
            <source>as printed on the statement</source>
            <translation>tel qu'imprimé sur le relevé</translation>
        </message>
        <message>
            <source>Closing balance per statement</source>
            <translation>Solde de clôture selon le relevé</translation>
        </message>
        <message>
            <source>Back to the current reconciliation</source>
            <translation>Retour au rapprochement en cours</translation>
        </message>
        <message>
            <source>Outstanding deposits (+)</source>
            <translation>Dépôts pas encore sur le relevé (+)</translation>
        </message>
        <message>
            <source>Outstanding payments (−)</source>
            <translation>Décaissements pas encore sur le relevé (−)</translation>
        </message>
        <message>
            <source>Bank balance per statement</source>
            <translation>Solde bancaire selon le relevé</translation>
        </message>
        <message>
            <source>Statement lines not in the books</source>
            <translation>Lignes de relevé hors comptabilité</translation>
        </message>
        <message>
            <source>Finish reconciliation</source>
            <translation>Terminer le rapprochement</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Historique</translation>
        </message>
        <message>
            <source>View</source>
            <translation>Voir</translation>
        </message>
        <message>
            <source>Reopen…</source>
            <translation>Rouvrir…</translation>
        </message>
        <message>
            <source>Choose a bank account.</source>
            <translation>Choisissez un compte bancaire.</translation>
        </message>
        <message>
            <source>Type the closing balance printed on the bank's statement.</source>
            <translation>Saisissez le solde de clôture imprimé sur le relevé de la banque.</translation>
        </message>
        <message>
            <source>The books and the bank agree</source>
            <translation>La comptabilité et la banque concordent</translation>
        </message>
        <message>
            <source>The books and the bank do not agree yet</source>
            <translation>La comptabilité et la banque ne concordent pas encore</translation>
        </message>
        <message>
            <source>Matched up to {date}: {bank} statement line(s) and {book} book line(s).</source>
            <translation>Pointé jusqu'au {date} : {bank} ligne(s) de relevé et {book} ligne(s) comptable(s).</translation>
        </message>
        <message>
            <source>{count} item(s) explain the difference between the books and the bank</source>
            <translation>{count} élément(s) explique(nt) l'écart entre la comptabilité et la banque</translation>
        </message>
        <message>
            <source>Nothing outstanding: every line is matched.</source>
            <translation>Rien en attente : toutes les lignes sont pointées.</translation>
        </message>
        <message>
            <source>Reconciliation of {date}, finished by {user} on {when}</source>
            <translation>Rapprochement du {date}, terminé par {user} le {when}</translation>
        </message>
        <message>
            <source>Reopened by {user}: {reason}</source>
            <translation>Rouvert par {user} : {reason}</translation>
        </message>
        <message>
            <source>Finish the reconciliation?</source>
            <translation>Terminer le rapprochement ?</translation>
        </message>
        <message>
            <source>The reconciliation of {account} at {date} will be saved, and the matches it proves locked (a reopening is recorded in the audit trail).</source>
            <translation>Le rapprochement de {account} au {date} sera enregistré, et les pointages qu'il justifie seront verrouillés (une réouverture est consignée dans la piste d'audit).</translation>
        </message>
        <message>
            <source>The reconciliation of {date} is finished and saved.</source>
            <translation>Le rapprochement du {date} est terminé et enregistré.</translation>
        </message>
        <message>
            <source>The reconciliation of {date} is reopened.</source>
            <translation>Le rapprochement du {date} est rouvert.</translation>
        </message>
        <message>
            <source>reconciliation-{account}-{date}</source>
            <translation>rapprochement-{account}-{date}</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Exporter</translation>
        </message>
        <message>
            <source>Add…</source>
            <translation>Ajouter…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Modifier…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <source>Suggest rules from my entries</source>
            <translation>Proposer des règles à partir de mes écritures</translation>
        </message>
        <message>
            <source>Add this rule</source>
            <translation>Ajouter cette règle</translation>
        </message>
        <message>
            <source>Rules turn statement lines the books lack (bank charges, interest, mobile-money fees) into proposed entries. They are tried in order; the first that fits wins.</source>
            <translation>Les règles transforment les lignes de relevé absentes de la comptabilité (frais bancaires, intérêts, frais de mobile money) en écritures proposées. Elles sont essayées dans l'ordre ; la première qui convient l'emporte.</translation>
        </message>
        <message>
            <source>Rules suggested from the entries you made by hand</source>
            <translation>Règles proposées à partir des écritures que vous avez saisies à la main</translation>
        </message>
        <message>
            <source>no</source>
            <translation>non</translation>
        </message>
        <message>
            <source>Text or pattern</source>
            <translation>Texte ou motif</translation>
        </message>
        <message>
            <source>Amounts</source>
            <translation>Montants</translation>
        </message>
        <message>
            <source>any</source>
            <translation>tous</translation>
        </message>
        <message>
            <source>→ Account</source>
            <translation>→ Compte</translation>
        </message>
        <message>
            <source>Fee</source>
            <translation>Frais</translation>
        </message>
        <message>
            <source>Rule saved.</source>
            <translation>Règle enregistrée.</translation>
        </message>
        <message>
            <source>Rule “{name}” saved.</source>
            <translation>Règle « {name} » enregistrée.</translation>
        </message>
        <message>
            <source>Delete the rule?</source>
            <translation>Supprimer la règle ?</translation>
        </message>
        <message>
            <source>Delete the rule “{name}”? Entries it made stay in the books.</source>
            <translation>Supprimer la règle « {name} » ? Les écritures qu'elle a passées restent dans les comptes.</translation>
        </message>
        <message>
            <source>Rule “{name}” deleted.</source>
            <translation>Règle « {name} » supprimée.</translation>
        </message>
        <message>
            <source>{count} rule(s) suggested from the entries made by hand.</source>
            <translation>{count} règle(s) proposée(s) à partir des écritures saisies à la main.</translation>
        </message>
        <message>
            <source>No rule to suggest: a rule is suggested once the same words were booked by hand three times to the same account.</source>
            <translation>Aucune règle à proposer : une règle est proposée dès que les mêmes mots ont été imputés à la main trois fois au même compte.</translation>
        </message>
        <message>
            <source>Rule “{name}” added.</source>
            <translation>Règle « {name} » ajoutée.</translation>
        </message>
        <message>
            <source>Accept</source>
            <translation>Accepter</translation>
        </message>
        <message>
            <source>Accept the selected suggestions (A)</source>
            <translation>Accepter les propositions sélectionnées (A)</translation>
        </message>
        <message>
            <source>Reject</source>
            <translation>Refuser</translation>
        </message>
        <message>
            <source>Never propose the selected suggestions again (R)</source>
            <translation>Ne plus jamais proposer les pointages sélectionnés (R)</translation>
        </message>
        <message>
            <source>Post selected entries</source>
            <translation>Comptabiliser les écritures sélectionnées</translation>
        </message>
        <message>
            <source>Book text</source>
            <translation>Libellé comptable</translation>
        </message>
        <message>
            <source>Score %</source>
            <translation>Score %</translation>
        </message>
        <message>
            <source>Booked to</source>
            <translation>Imputé à</translation>
        </message>
        <message>
            <source>Suggested matches: run “Match automatically”.</source>
            <translation>Pointages proposés : lancez « Pointer automatiquement ».</translation>
        </message>
        <message>
            <source>Suggested matches ({count}): accept (A) or reject (R) them</source>
            <translation>Pointages proposés ({count}) : acceptez-les (A) ou refusez-les (R)</translation>
        </message>
        <message>
            <source>Entries the rules propose ({count})</source>
            <translation>Écritures proposées par les règles ({count})</translation>
        </message>
        <message>
            <source>{count} suggested match(es) accepted.</source>
            <translation>{count} pointage(s) proposé(s) accepté(s).</translation>
        </message>
        <message>
            <source>{count} suggestion(s) rejected; they will not be proposed again.</source>
            <translation>{count} proposition(s) refusée(s) ; elles ne seront plus proposées.</translation>
        </message>
        <message>
            <source>{count} entr(y/ies) posted and matched: {entries}.</source>
            <translation>{count} écriture(s) comptabilisée(s) et pointée(s) : {entries}.</translation>
        </message>
        <message>
            <source>Record the registrations, licences and titles on the Formalisation page.</source>
            <translation>Saisissez les enregistrements, permis et titres sur la page Formalisation.</translation>
        </message>
        <message>
            <source>{granted} of {total} stages granted</source>
            <translation>{granted} étape(s) obtenue(s) sur {total}</translation>
        </message>
        <message>
            <source>Current step: {step}. {title} ({status})</source>
            <translation>Étape en cours : {step}. {title} ({status})</translation>
        </message>
        <message>
            <source>Every stage is granted and valid.</source>
            <translation>Toutes les étapes sont obtenues et valides.</translation>
        </message>
        <message>
            <source>⚠ {count} warning(s). {first}</source>
            <translation>⚠ {count} alerte(s). {first}</translation>
        </message>
        <message>
            <source>Nothing expires within {days} days.</source>
            <translation>Rien n'expire dans les {days} jours.</translation>
        </message>
        <message>
            <source>No stage yet: add the first step of the path.</source>
            <translation>Aucune étape pour l'instant : ajoutez la première étape du parcours.</translation>
        </message>
        <message>
            <source>{state}: expires today</source>
            <translation>{state} : expire aujourd'hui</translation>
        </message>
        <message>
            <source>{state}: {days} days left</source>
            <translation>{state} : {days} jours restants</translation>
        </message>
        <message>
            <source>{state} to {date}</source>
            <translation>{state} jusqu'au {date}</translation>
        </message>
        <message>
            <source>Formalisation</source>
            <translation>Formalisation</translation>
        </message>
        <message>
            <source>Add a stage…</source>
            <translation>Ajouter une étape…</translation>
        </message>
        <message>
            <source>Change…</source>
            <translation>Modifier…</translation>
        </message>
        <message>
            <source>Remove the stage</source>
            <translation>Retirer l'étape</translation>
        </message>
        <message>
            <source>Documents kept</source>
            <translation>Documents conservés</translation>
        </message>
        <message>
            <source>SHA-256</source>
            <translation>SHA-256</translation>
        </message>
        <message>
            <source>Add a document…</source>
            <translation>Ajouter un document…</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Ouvrir</translation>
        </message>
        <message>
            <source>Save as…</source>
            <translation>Enregistrer sous…</translation>
        </message>
        <message>
            <source>Fees paid (from the books)</source>
            <translation>Frais payés (selon les comptes)</translation>
        </message>
        <message>
            <source>Link a payment…</source>
            <translation>Rattacher un paiement…</translation>
        </message>
        <message>
            <source>Unlink</source>
            <translation>Détacher</translation>
        </message>
        <message>
            <source>{granted} of {total} stages granted and valid</source>
            <translation>{granted} étape(s) sur {total} obtenue(s) et valide(s)</translation>
        </message>
        <message>
            <source>next expiry: {title} on {date}</source>
            <translation>prochaine échéance : {title} le {date}</translation>
        </message>
        <message>
            <source>Step {step}: {title}</source>
            <translation>Étape {step} : {title}</translation>
        </message>
        <message>
            <source>No stage chosen</source>
            <translation>Aucune étape choisie</translation>
        </message>
        <message>
            <source>{date} ({days} days ago)</source>
            <translation>{date} (il y a {days} jours)</translation>
        </message>
        <message>
            <source>{date} (in {days} days)</source>
            <translation>{date} (dans {days} jours)</translation>
        </message>
        <message>
            <source>{when} by {user}</source>
            <translation>{when} par {user}</translation>
        </message>
        <message>
            <source>Total {amount} {currency}</source>
            <translation>Total {amount} {currency}</translation>
        </message>
        <message>
            <source>Your role may read the formalisation path but not change it.</source>
            <translation>Votre rôle permet de consulter le parcours de formalisation, mais pas de le modifier.</translation>
        </message>
        <message>
            <source>Stage added.</source>
            <translation>Étape ajoutée.</translation>
        </message>
        <message>
            <source>“{title}” saved.</source>
            <translation>« {title} » enregistré.</translation>
        </message>
        <message>
            <source>Take “{title}” off the path?</source>
            <translation>Retirer « {title} » du parcours ?</translation>
        </message>
        <message>
            <source>“{title}” removed from the path.</source>
            <translation>« {title} » retiré du parcours.</translation>
        </message>
        <message>
            <source>Keep a document with “{title}”</source>
            <translation>Conserver un document avec « {title} »</translation>
        </message>
        <message>
            <source>Scanned documents ({patterns})</source>
            <translation>Documents scannés ({patterns})</translation>
        </message>
        <message>
            <source>{file} kept with “{title}”.</source>
            <translation>{file} conservé avec « {title} ».</translation>
        </message>
        <message>
            <source>No program on this computer opens {file}; save it and open it from its folder.</source>
            <translation>Aucun programme de cet ordinateur n'ouvre {file} ; enregistrez-le et ouvrez-le depuis son dossier.</translation>
        </message>
        <message>
            <source>Save the document</source>
            <translation>Enregistrer le document</translation>
        </message>
        <message>
            <source>Remove the document</source>
            <translation>Retirer le document</translation>
        </message>
        <message>
            <source>Remove {file} from this stage? The audit trail keeps its fingerprint.</source>
            <translation>Retirer {file} de cette étape ? La piste d'audit conserve son empreinte.</translation>
        </message>
        <message>
            <source>{file} removed.</source>
            <translation>{file} retiré.</translation>
        </message>
        <message>
            <source>Entry {entry} linked as a fee of “{title}”.</source>
            <translation>Écriture {entry} rattachée comme frais de « {title} ».</translation>
        </message>
        <message>
            <source>Stop counting entry {entry} ({amount}) as a fee of “{title}”?</source>
            <translation>Ne plus compter l'écriture {entry} ({amount}) comme frais de « {title} » ?</translation>
        </message>
        <message>
            <source>Entry {entry} unlinked.</source>
            <translation>Écriture {entry} détachée.</translation>
        </message>
        <message>
            <source>Start from a preset…</source>
            <translation>Partir d'un modèle…</translation>
        </message>
        <message>
            <source>Use the preset: {label}</source>
            <translation>Utiliser le modèle : {label}</translation>
        </message>
        <message>
            <source>No bylaws yet.
Start from the preset for your country's law, then change every rule to match your own bylaws.</source>
            <translation>Pas encore de statuts.
Partez du modèle correspondant à la loi de votre pays, puis adaptez chaque règle à vos propres statuts.</translation>
        </message>
        <message>
            <source>Your role may read the bylaws but not change them.</source>
            <translation>Votre rôle permet de consulter les statuts, mais pas de les modifier.</translation>
        </message>
        <message>
            <source>Results sheet (PDF)…</source>
            <translation>Feuille des résultats (PDF)…</translation>
        </message>
        <message>
            <source>Results (Excel)…</source>
            <translation>Résultats (Excel)…</translation>
        </message>
        <message>
            <source>papers</source>
            <translation>bulletins</translation>
        </message>
        <message>
            <source>Numbered ballot papers (PDF)…</source>
            <translation>Bulletins de vote numérotés (PDF)…</translation>
        </message>
        <message>
            <source>Export ballots (BLT)…</source>
            <translation>Exporter les bulletins (BLT)…</translation>
        </message>
        <message>
            <source>Import paper ballots (BLT)…</source>
            <translation>Importer des bulletins papier (BLT)…</translation>
        </message>
        <message>
            <source>Results sheet</source>
            <translation>Feuille des résultats</translation>
        </message>
        <message>
            <source>results</source>
            <translation>resultats</translation>
        </message>
        <message>
            <source>ballots</source>
            <translation>bulletins</translation>
        </message>
        <message>
            <source>Export ballots (BLT)</source>
            <translation>Exporter les bulletins (BLT)</translation>
        </message>
        <message>
            <source>Ballot files (*.blt)</source>
            <translation>Fichiers de bulletins (*.blt)</translation>
        </message>
        <message>
            <source>Import paper ballots (BLT)</source>
            <translation>Importer des bulletins papier (BLT)</translation>
        </message>
        <message>
            <source>Ballot files (*.blt);;All files (*)</source>
            <translation>Fichiers de bulletins (*.blt);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>{n} papers read from {path}.</source>
            <translation>{n} bulletins lus dans {path}.</translation>
        </message>
        <message>
            <source>New election…</source>
            <translation>Nouvelle élection…</translation>
        </message>
        <message>
            <source>No election yet. Create one with “New election…”: choose the counting method, the seats and whether members vote in the booth on this laptop or on paper.</source>
            <translation>Pas encore d'élection. Créez-en une avec « Nouvelle élection… » : choisissez la méthode de dépouillement, le nombre de sièges, et si les membres votent dans l'isoloir sur cet ordinateur portable ou sur papier.</translation>
        </message>
        <message>
            <source>Candidates (in ballot-paper order)</source>
            <translation>Candidats (dans l'ordre du bulletin de vote)</translation>
        </message>
        <message>
            <source>Open nominations</source>
            <translation>Ouvrir le dépôt des candidatures</translation>
        </message>
        <message>
            <source>member number or name</source>
            <translation>numéro ou nom du membre</translation>
        </message>
        <message>
            <source>Nominate</source>
            <translation>Inscrire comme candidat</translation>
        </message>
        <message>
            <source>Withdraw the candidate</source>
            <translation>Retirer le candidat</translation>
        </message>
        <message>
            <source>Open the poll</source>
            <translation>Ouvrir le scrutin</translation>
        </message>
        <message>
            <source>The poll</source>
            <translation>Le scrutin</translation>
        </message>
        <message>
            <source>member number or name of the voter</source>
            <translation>numéro de membre ou nom de l'électeur</translation>
        </message>
        <message>
            <source>Check off the roll</source>
            <translation>Pointer sur la liste électorale</translation>
        </message>
        <message>
            <source>Open the booth (full screen)</source>
            <translation>Ouvrir l'isoloir (plein écran)</translation>
        </message>
        <message>
            <source>Close the poll</source>
            <translation>Clore le scrutin</translation>
        </message>
        <message>
            <source>Paper ballots</source>
            <translation>Bulletins papier</translation>
        </message>
        <message>
            <source>Second entry: enter the same papers again to check the first entry (nothing is saved)</source>
            <translation>Deuxième saisie : saisissez à nouveau les mêmes bulletins pour contrôler la première saisie (rien n'est enregistré)</translation>
        </message>
        <message>
            <source>candidates' numbers, first choice first, e.g. 2 1 3 - then Enter; 0 for a blank ballot</source>
            <translation>numéros des candidats, premier choix en tête, p. ex. 2 1 3 - puis Entrée ; 0 pour un bulletin blanc</translation>
        </message>
        <message>
            <source>Remove the last</source>
            <translation>Retirer le dernier</translation>
        </message>
        <message>
            <source>Save the ballots</source>
            <translation>Enregistrer les bulletins</translation>
        </message>
        <message>
            <source>Save the totals</source>
            <translation>Enregistrer les totaux</translation>
        </message>
        <message>
            <source>Clear the entered ballots…</source>
            <translation>Effacer les bulletins saisis…</translation>
        </message>
        <message>
            <source>Count the votes</source>
            <translation>Dépouiller les votes</translation>
        </message>
        <message>
            <source>who drew the lot, in front of the assembly</source>
            <translation>qui a procédé au tirage au sort, devant l'assemblée</translation>
        </message>
        <message>
            <source>Enter the lot</source>
            <translation>Saisir le tirage au sort</translation>
        </message>
        <message>
            <source>Results</source>
            <translation>Résultats</translation>
        </message>
        <message>
            <source>Your role may not prepare elections.</source>
            <translation>Votre rôle ne permet pas de préparer des élections.</translation>
        </message>
        <message>
            <source>{n} seat(s)</source>
            <translation>{n} siège(s)</translation>
        </message>
        <message>
            <source>stage: {status}</source>
            <translation>étape : {status}</translation>
        </message>
        <message>
            <source>{place}. {name} (member {number})</source>
            <translation>{place}. {name} (membre {number})</translation>
        </message>
        <message>
            <source>Checked off the roll: {checked} · ballots in the urn: {ballots}</source>
            <translation>Pointés sur la liste électorale : {checked} · bulletins dans l'urne : {ballots}</translation>
        </message>
        <message>
            <source>waiting to vote: {n}</source>
            <translation>en attente de vote : {n}</translation>
        </message>
        <message>
            <source>{ballots} papers entered for {checked} voters checked off.</source>
            <translation>{ballots} bulletins saisis pour {checked} électeurs pointés.</translation>
        </message>
        <message>
            <source>Blank ballots</source>
            <translation>Bulletins blancs</translation>
        </message>
        <message>
            <source>Ballot {n}: {marks}</source>
            <translation>Bulletin {n} : {marks}</translation>
        </message>
        <message>
            <source>Ballot {n}: blank</source>
            <translation>Bulletin {n} : blanc</translation>
        </message>
        <message>
            <source>Check {n} ballots against the first entry</source>
            <translation>Contrôler {n} bulletins par rapport à la première saisie</translation>
        </message>
        <message>
            <source>Save {n} ballots</source>
            <translation>Enregistrer {n} bulletins</translation>
        </message>
        <message>
            <source>elected in this round</source>
            <translation>élu à ce tour</translation>
        </message>
        <message>
            <source>excluded in this round</source>
            <translation>éliminé à ce tour</translation>
        </message>
        <message>
            <source>Type a member number or a name.</source>
            <translation>Tapez un numéro de membre ou un nom.</translation>
        </message>
        <message>
            <source>No member matches “{text}”.</source>
            <translation>Aucun membre ne correspond à « {text} ».</translation>
        </message>
        <message>
            <source>{n} members match: {names}{more}. Type the member number.</source>
            <translation>{n} membres correspondent : {names}{more}. Tapez le numéro du membre.</translation>
        </message>
        <message>
            <source>Election created. Open the nominations to put candidates on the paper.</source>
            <translation>Élection créée. Ouvrez le dépôt des candidatures pour inscrire des candidats sur le bulletin.</translation>
        </message>
        <message>
            <source>Nominations are open.</source>
            <translation>Le dépôt des candidatures est ouvert.</translation>
        </message>
        <message>
            <source>Candidate {place} on the paper.</source>
            <translation>Candidat n° {place} sur le bulletin.</translation>
        </message>
        <message>
            <source>Select the candidate who withdraws.</source>
            <translation>Sélectionnez le candidat qui se retire.</translation>
        </message>
        <message>
            <source>{name} withdrew.</source>
            <translation>{name} s'est retiré.</translation>
        </message>
        <message>
            <source>The poll is open: check voters off the roll.</source>
            <translation>Le scrutin est ouvert : pointez les électeurs sur la liste électorale.</translation>
        </message>
        <message>
            <source>Member {number} checked off the roll.</source>
            <translation>Membre {number} pointé sur la liste électorale.</translation>
        </message>
        <message>
            <source>Close the booth first (the teller's Close button).</source>
            <translation>Fermez d'abord l'isoloir (bouton « Fermer l'isoloir » du scrutateur).</translation>
        </message>
        <message>
            <source>The poll is closed: {ballots} ballots, {checked} voters checked off.</source>
            <translation>Le scrutin est clos : {ballots} bulletins, {checked} électeurs pointés.</translation>
        </message>
        <message>
            <source>There is no candidate {place} on the paper (1 to {count}).</source>
            <translation>Il n'y a pas de candidat {place} sur le bulletin (1 à {count}).</translation>
        </message>
        <message>
            <source>Candidate {place} is marked twice.</source>
            <translation>Le candidat {place} est marqué deux fois.</translation>
        </message>
        <message>
            <source>Both entries agree.</source>
            <translation>Les deux saisies concordent.</translation>
        </message>
        <message>
            <source>The entries differ:</source>
            <translation>Les saisies diffèrent :</translation>
        </message>
        <message>
            <source>blank</source>
            <translation>blanc</translation>
        </message>
        <message>
            <source>ballot {marks}: {first} in the first entry, {second} in the second</source>
            <translation>bulletin {marks} : {first} dans la première saisie, {second} dans la deuxième</translation>
        </message>
        <message>
            <source>{n} ballots saved; {total} in the urn.</source>
            <translation>{n} bulletins enregistrés ; {total} dans l'urne.</translation>
        </message>
        <message>
            <source>Totals saved: {total} papers.</source>
            <translation>Totaux enregistrés : {total} bulletins.</translation>
        </message>
        <message>
            <source>Clear the entered ballots</source>
            <translation>Effacer les bulletins saisis</translation>
        </message>
        <message>
            <source>Why are the entered ballots cleared?</source>
            <translation>Pourquoi les bulletins saisis sont-ils effacés ?</translation>
        </message>
        <message>
            <source>The entered ballots were cleared; enter them again.</source>
            <translation>Les bulletins saisis ont été effacés ; saisissez-les à nouveau.</translation>
        </message>
        <message>
            <source>Counting the votes…</source>
            <translation>Dépouillement en cours…</translation>
        </message>
        <message>
            <source>The count needs a lot: draw it in front of the assembly and enter it under “The count”.</source>
            <translation>Le dépouillement exige un tirage au sort : effectuez-le devant l'assemblée et saisissez-le sous « Le dépouillement ».</translation>
        </message>
        <message>
            <source>Counted.</source>
            <translation>Dépouillement terminé.</translation>
        </message>
        <message>
            <source>Open a grievance</source>
            <translation>Enregistrer une plainte</translation>
        </message>
        <message>
            <source>Who complains, and against whom</source>
            <translation>Qui se plaint, et contre qui</translation>
        </message>
        <message>
            <source>Opened on</source>
            <translation>Enregistrée le</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Catégorie</translation>
        </message>
        <message>
            <source>Parties</source>
            <translation>Parties</translation>
        </message>
        <message>
            <source>What it is about</source>
            <translation>Objet de la plainte</translation>
        </message>
        <message>
            <source>Open the grievance</source>
            <translation>Enregistrer la plainte</translation>
        </message>
        <message>
            <source>Add a step</source>
            <translation>Ajouter une étape</translation>
        </message>
        <message>
            <source>Add the step</source>
            <translation>Ajouter l'étape</translation>
        </message>
        <message>
            <source>Grievance {id}: {parties}</source>
            <translation>Plainte {id} : {parties}</translation>
        </message>
        <message>
            <source>Close a grievance</source>
            <translation>Clore une plainte</translation>
        </message>
        <message>
            <source>Resolved: the parties agreed</source>
            <translation>Résolue : les parties sont parvenues à un accord</translation>
        </message>
        <message>
            <source>Closed without agreement</source>
            <translation>Close sans accord</translation>
        </message>
        <message>
            <source>Ending</source>
            <translation>Issue</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Conclusion</translation>
        </message>
        <message>
            <source>Close the grievance</source>
            <translation>Clore la plainte</translation>
        </message>
        <message>
            <source>The bylaws keep the register of grievances for the roles they name; yours is not one of them, so it is not shown here.</source>
            <translation>Les statuts réservent le registre des plaintes aux rôles qu'ils désignent ; le vôtre n'en fait pas partie, il n'est donc pas affiché ici.</translation>
        </message>
        <message>
            <source>Open a grievance…</source>
            <translation>Enregistrer une plainte…</translation>
        </message>
        <message>
            <source>Add a step…</source>
            <translation>Ajouter une étape…</translation>
        </message>
        <message>
            <source>Close…</source>
            <translation>Clore…</translation>
        </message>
        <message>
            <source>Open ones only</source>
            <translation>Plaintes en cours seulement</translation>
        </message>
        <message>
            <source>Opened</source>
            <translation>Enregistrée le</translation>
        </message>
        <message>
            <source>No grievance in the register.</source>
            <translation>Aucune plainte dans le registre.</translation>
        </message>
        <message>
            <source>Grievance {id}: {category}</source>
            <translation>Plainte {id} : {category}</translation>
        </message>
        <message>
            <source>Steps</source>
            <translation>Étapes</translation>
        </message>
        <message>
            <source>Outcome, {day}</source>
            <translation>Conclusion, {day}</translation>
        </message>
        <message>
            <source>PDF</source>
            <translation>PDF</translation>
        </message>
        <message>
            <source>In the room: {count}</source>
            <translation>Dans la salle : {count}</translation>
        </message>
        <message>
            <source>New meeting…</source>
            <translation>Nouvelle réunion…</translation>
        </message>
        <message>
            <source>Agenda…</source>
            <translation>Ordre du jour…</translation>
        </message>
        <message>
            <source>Convene…</source>
            <translation>Convoquer…</translation>
        </message>
        <message>
            <source>Open…</source>
            <translation>Ouvrir…</translation>
        </message>
        <message>
            <source>Close the meeting</source>
            <translation>Clore la réunion</translation>
        </message>
        <message>
            <source>Sign the minutes</source>
            <translation>Signer le procès-verbal</translation>
        </message>
        <message>
            <source>Assembly mode</source>
            <translation>Mode assemblée</translation>
        </message>
        <message>
            <source>{document} ({format})…</source>
            <translation>{document} ({format})…</translation>
        </message>
        <message>
            <source>Minutes no.</source>
            <translation>N° du procès-verbal</translation>
        </message>
        <message>
            <source>Attendance and quorum</source>
            <translation>Présences et quorum</translation>
        </message>
        <message>
            <source>Agenda, motions and minutes</source>
            <translation>Ordre du jour, motions et procès-verbal</translation>
        </message>
        <message>
            <source>Member number or part of a name, then Enter</source>
            <translation>Numéro de membre ou partie du nom, puis Entrée</translation>
        </message>
        <message>
            <source>Check in</source>
            <translation>Enregistrer l'arrivée</translation>
        </message>
        <message>
            <source>Leaves the room</source>
            <translation>Quitte la salle</translation>
        </message>
        <message>
            <source>In the room</source>
            <translation>Dans la salle</translation>
        </message>
        <message>
            <source>Add a proxy…</source>
            <translation>Ajouter une procuration…</translation>
        </message>
        <message>
            <source>Add an item…</source>
            <translation>Ajouter un point…</translation>
        </message>
        <message>
            <source>For / against / abstain</source>
            <translation>Pour / contre / abstention</translation>
        </message>
        <message>
            <source>Put a motion to the vote…</source>
            <translation>Mettre une motion aux voix…</translation>
        </message>
        <message>
            <source>What was said and decided under this item.</source>
            <translation>Ce qui a été dit et décidé sur ce point.</translation>
        </message>
        <message>
            <source>Save the minutes</source>
            <translation>Enregistrer le procès-verbal</translation>
        </message>
        <message>
            <source>Motions</source>
            <translation>Motions</translation>
        </message>
        <message>
            <source>Minutes of this item</source>
            <translation>Procès-verbal de ce point</translation>
        </message>
        <message>
            <source>No meeting yet. Plan one with “New meeting…”.</source>
            <translation>Pas encore de réunion. Planifiez-en une avec « Nouvelle réunion… ».</translation>
        </message>
        <message>
            <source>{number} - {name} (arrived {time})</source>
            <translation>{number} - {name} (arrivé à {time})</translation>
        </message>
        <message>
            <source>{giver} - {giver_name}, by {holder} - {holder_name}</source>
            <translation>{giver} - {giver_name}, par {holder} - {holder_name}</translation>
        </message>
        <message>
            <source>(1 motion)</source>
            <translation>(1 motion)</translation>
        </message>
        <message>
            <source>({count} motions)</source>
            <translation>({count} motions)</translation>
        </message>
        <message>
            <source>{kind} - {when}{place} - {status}</source>
            <translation>{kind} - {when}{place} - {status}</translation>
        </message>
        <message>
            <source>convened on {day}</source>
            <translation>convoquée le {day}</translation>
        </message>
        <message>
            <source>chair: {name}</source>
            <translation>président de séance : {name}</translation>
        </message>
        <message>
            <source>secretary: {name}</source>
            <translation>secrétaire de séance : {name}</translation>
        </message>
        <message>
            <source>signed by the president ({user})</source>
            <translation>signé par le président ({user})</translation>
        </message>
        <message>
            <source>signed by the secretary ({user})</source>
            <translation>signé par le secrétaire ({user})</translation>
        </message>
        <message>
            <source>minutes book no. {number}</source>
            <translation>n° {number} au registre des procès-verbaux</translation>
        </message>
        <message>
            <source>The check-in opens when the meeting is opened.</source>
            <translation>L'enregistrement des arrivées commence à l'ouverture de la réunion.</translation>
        </message>
        <message>
            <source>The meeting is closed.</source>
            <translation>La réunion est close.</translation>
        </message>
        <message>
            <source>{count} present at the end.</source>
            <translation>{count} présents à la fin.</translation>
        </message>
        <message>
            <source>Present {present}, represented {represented}, needed {required} of {eligible} entitled ({call}).</source>
            <translation>Présents {present}, représentés {represented}, requis {required} sur {eligible} ayant droit ({call}).</translation>
        </message>
        <message>
            <source>{yes} / {no} / {abstain}</source>
            <translation>{yes} / {no} / {abstain}</translation>
        </message>
        <message>
            <source>passed</source>
            <translation>adoptée</translation>
        </message>
        <message>
            <source>not passed</source>
            <translation>non adoptée</translation>
        </message>
        <message>
            <source>Your role may read the meetings but not prepare them.</source>
            <translation>Votre rôle permet de consulter les réunions, mais pas de les préparer.</translation>
        </message>
        <message>
            <source>Add an item</source>
            <translation>Ajouter un point</translation>
        </message>
        <message>
            <source>Title of the item added to the agenda:</source>
            <translation>Titre du point ajouté à l'ordre du jour :</translation>
        </message>
        <message>
            <source>The meeting is closed. Finish the minutes; then the president and the secretary sign them.</source>
            <translation>La réunion est close. Terminez le procès-verbal ; ensuite, le président et le secrétaire le signent.</translation>
        </message>
        <message>
            <source>The minutes are final: number {number} in the minutes book.</source>
            <translation>Le procès-verbal est définitif : n° {number} au registre des procès-verbaux.</translation>
        </message>
        <message>
            <source>Signed. The minutes can no longer be changed; they become final when the other officer signs.</source>
            <translation>Signé. Le procès-verbal ne peut plus être modifié ; il deviendra définitif lorsque l'autre signataire l'aura signé.</translation>
        </message>
        <message>
            <source>Resolution {number}.</source>
            <translation>Résolution {number}.</translation>
        </message>
        <message>
            <source>{document}-{date}</source>
            <translation>{document}-{date}</translation>
        </message>
        <message>
            <source>Add a mandate</source>
            <translation>Ajouter un mandat</translation>
        </message>
        <message>
            <source>{name} ({months} months)</source>
            <translation>{name} ({months} mois)</translation>
        </message>
        <message>
            <source>Leave blank for the term the bylaws set.</source>
            <translation>Laissez vide pour appliquer la durée de mandat fixée par les statuts.</translation>
        </message>
        <message>
            <source>Term starts</source>
            <translation>Début du mandat</translation>
        </message>
        <message>
            <source>Term ends (blank: the bylaws' term)</source>
            <translation>Fin du mandat (vide : durée fixée par les statuts)</translation>
        </message>
        <message>
            <source>Add the mandate</source>
            <translation>Ajouter le mandat</translation>
        </message>
        <message>
            <source>The bylaws name no positions yet: enter them first.</source>
            <translation>Les statuts ne prévoient encore aucun poste : saisissez-les d'abord.</translation>
        </message>
        <message>
            <source>End a term early</source>
            <translation>Mettre fin à un mandat avant terme</translation>
        </message>
        <message>
            <source>{name} (member {number}), {position}, {starts} to {ends}.</source>
            <translation>{name} (membre {number}), {position}, du {starts} au {ends}.</translation>
        </message>
        <message>
            <source>e.g. resigned, moved away, excluded</source>
            <translation>p. ex. démission, départ, exclusion</translation>
        </message>
        <message>
            <source>Last day in office</source>
            <translation>Dernier jour en fonction</translation>
        </message>
        <message>
            <source>End the term</source>
            <translation>Mettre fin au mandat</translation>
        </message>
        <message>
            <source>Show all terms, past ones too</source>
            <translation>Afficher tous les mandats, y compris les anciens</translation>
        </message>
        <message>
            <source>Add a mandate…</source>
            <translation>Ajouter un mandat…</translation>
        </message>
        <message>
            <source>End a term early…</source>
            <translation>Mettre fin à un mandat avant terme…</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Du</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Au</translation>
        </message>
        <message>
            <source>Days left</source>
            <translation>Jours restants</translation>
        </message>
        <message>
            <source>Ended</source>
            <translation>Fin</translation>
        </message>
        <message>
            <source>Every term, past and present</source>
            <translation>Tous les mandats, passés et en cours</translation>
        </message>
        <message>
            <source>The team in office on {day}</source>
            <translation>L'équipe en fonction le {day}</translation>
        </message>
        <message>
            <source>{day}: {reason}</source>
            <translation>{day} : {reason}</translation>
        </message>
        <message>
            <source>No mandates yet. They are created when an election to a position is counted; a team elected before coopdesk was used can be added by hand.</source>
            <translation>Pas encore de mandats. Ils sont créés lors du dépouillement d'une élection à un poste ; une équipe élue avant l'utilisation de coopdesk peut être ajoutée à la main.</translation>
        </message>
        <message>
            <source>Your role may read the officers register but not change it.</source>
            <translation>Votre rôle permet de consulter le registre des dirigeants, mais pas de le modifier.</translation>
        </message>
        <message>
            <source>Meetings</source>
            <translation>Réunions</translation>
        </message>
        <message>
            <source>Elections</source>
            <translation>Élections</translation>
        </message>
        <message>
            <source>Officers</source>
            <translation>Dirigeants</translation>
        </message>
        <message>
            <source>Bylaws</source>
            <translation>Statuts</translation>
        </message>
        <message>
            <source>Governance</source>
            <translation>Gouvernance</translation>
        </message>
        <message>
            <source>Print the training record…</source>
            <translation>Imprimer le relevé de formation…</translation>
        </message>
        <message>
            <source>Training: {count} session(s), {hours} h</source>
            <translation>Formation : {count} session(s), {hours} h</translation>
        </message>
        <message>
            <source>No training session attended yet.</source>
            <translation>Aucune session de formation suivie pour l'instant.</translation>
        </message>
        <message>
            <source>training-record-{number}</source>
            <translation>releve-formation-{number}</translation>
        </message>
        <message>
            <source>Print the training record</source>
            <translation>Imprimer le relevé de formation</translation>
        </message>
        <message>
            <source>Plans</source>
            <translation>Plans</translation>
        </message>
        <message>
            <source>No activity to show on the timeline.</source>
            <translation>Aucune activité à afficher sur le calendrier.</translation>
        </message>
        <message>
            <source>today</source>
            <translation>aujourd'hui</translation>
        </message>
        <message>
            <source>Overdue only</source>
            <translation>Échues seulement</translation>
        </message>
        <message>
            <source>New…</source>
            <translation>Nouvelle…</translation>
        </message>
        <message>
            <source>Report progress…</source>
            <translation>Rendre compte de l'avancement…</translation>
        </message>
        <message>
            <source>Tag journal lines…</source>
            <translation>Rattacher des lignes du journal…</translation>
        </message>
        <message>
            <source>Untag the chosen lines</source>
            <translation>Détacher les lignes choisies</translation>
        </message>
        <message>
            <source>Progress reports</source>
            <translation>Comptes rendus d'avancement</translation>
        </message>
        <message>
            <source>Journal lines tagged to it</source>
            <translation>Lignes du journal qui y sont rattachées</translation>
        </message>
        <message>
            <source>All years</source>
            <translation>Toutes les années</translation>
        </message>
        <message>
            <source>{count} activities; budget {budget} {currency}, actual {actual} {currency} from the books.</source>
            <translation>{count} activités ; budget {budget} {currency}, réalisé {actual} {currency} selon les comptes.</translation>
        </message>
        <message>
            <source>{count} overdue</source>
            <translation>{count} échue(s)</translation>
        </message>
        <message>
            <source>{count} late</source>
            <translation>{count} à la traîne</translation>
        </message>
        <message>
            <source>No activity here yet. “New…” adds the first.</source>
            <translation>Aucune activité ici pour l'instant. « Nouvelle… » ajoute la première.</translation>
        </message>
        <message>
            <source>No overdue activity.</source>
            <translation>Aucune activité échue.</translation>
        </message>
        <message>
            <source>Choose an activity to see its progress reports and the journal lines tagged to it.</source>
            <translation>Choisissez une activité pour voir ses comptes rendus d'avancement et les lignes du journal qui y sont rattachées.</translation>
        </message>
        <message>
            <source>{progress} % done; {expected} % of its time gone.</source>
            <translation>{progress} % réalisé ; {expected} % de son délai écoulé.</translation>
        </message>
        <message>
            <source>Your role may read the action plan but not change it.</source>
            <translation>Votre rôle permet de consulter le plan d'action, mais pas de le modifier.</translation>
        </message>
        <message>
            <source>Activity {number} saved.</source>
            <translation>Activité {number} enregistrée.</translation>
        </message>
        <message>
            <source>Progress of activity {number} recorded.</source>
            <translation>Avancement de l'activité {number} enregistré.</translation>
        </message>
        <message>
            <source>Untag</source>
            <translation>Détacher</translation>
        </message>
        <message>
            <source>Stop counting {count} line(s) as spending on activity {number}?</source>
            <translation>Ne plus compter {count} ligne(s) comme dépenses de l'activité {number} ?</translation>
        </message>
        <message>
            <source>Export the action plan</source>
            <translation>Exporter le plan d'action</translation>
        </message>
        <message>
            <source>New version</source>
            <translation>Nouvelle version</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Enregistrer</translation>
        </message>
        <message>
            <source>Added to last year's actuals</source>
            <translation>Ajouté au réalisé de l'an dernier</translation>
        </message>
        <message>
            <source>Propose from last year</source>
            <translation>Proposer à partir de l'an dernier</translation>
        </message>
        <message>
            <source>Approve…</source>
            <translation>Approuver…</translation>
        </message>
        <message>
            <source>{version} - approved</source>
            <translation>{version} - approuvée</translation>
        </message>
        <message>
            <source>{version} - draft</source>
            <translation>{version} - brouillon</translation>
        </message>
        <message>
            <source>income</source>
            <translation>produit</translation>
        </message>
        <message>
            <source>expense</source>
            <translation>charge</translation>
        </message>
        <message>
            <source>There is no fiscal year yet: open one in the Ledger's settings first.</source>
            <translation>Il n'y a encore aucun exercice : ouvrez-en un d'abord dans les paramètres du Grand livre.</translation>
        </message>
        <message>
            <source>No budget for {year} yet. “New version” starts one; then type the amounts or propose them from last year.</source>
            <translation>Pas encore de budget pour {year}. « Nouvelle version » en commence un ; tapez ensuite les montants ou proposez-les à partir de l'an dernier.</translation>
        </message>
        <message>
            <source>Version {version}: approved by the general assembly on {day}, resolution {resolution} (“{meeting}”). It is frozen; a change is a new version.</source>
            <translation>Version {version} : approuvée par l'assemblée générale le {day}, résolution {resolution} (« {meeting} »). Elle est figée ; toute modification devient une nouvelle version.</translation>
        </message>
        <message>
            <source>Version {version}: DRAFT, not approved yet.</source>
            <translation>Version {version} : BROUILLON, pas encore approuvée.</translation>
        </message>
        <message>
            <source>Type the amounts in the Budget column and Save; “Approve…” once the general assembly has voted it.</source>
            <translation>Tapez les montants dans la colonne Budget et enregistrez ; « Approuver… » une fois que l'assemblée générale l'a voté.</translation>
        </message>
        <message>
            <source>{count} account(s) over budget.</source>
            <translation>{count} compte(s) au-dessus du budget.</translation>
        </message>
        <message>
            <source>{what}: budget {budget}, actual {actual} {currency}</source>
            <translation>{what} : budget {budget}, réalisé {actual} {currency}</translation>
        </message>
        <message>
            <source>{text}; {pct} % used</source>
            <translation>{text} ; {pct} % utilisé</translation>
        </message>
        <message>
            <source>Your role may read the budget but not change it.</source>
            <translation>Votre rôle permet de consulter le budget, mais pas de le modifier.</translation>
        </message>
        <message>
            <source>Version {version} of the {year} budget started as a draft.</source>
            <translation>La version {version} du budget {year} a été commencée comme brouillon.</translation>
        </message>
        <message>
            <source>The budget is saved.</source>
            <translation>Le budget est enregistré.</translation>
        </message>
        <message>
            <source>There is no fiscal year before {year} to start from.</source>
            <translation>Il n'y a aucun exercice avant {year} à partir duquel commencer.</translation>
        </message>
        <message>
            <source>Proposed from the actuals of {source} plus {growth} %: {count} account(s).</source>
            <translation>Proposé à partir du réalisé de {source} plus {growth} % : {count} compte(s).</translation>
        </message>
        <message>
            <source>The budget is approved.</source>
            <translation>Le budget est approuvé.</translation>
        </message>
        <message>
            <source>Export the budget</source>
            <translation>Exporter le budget</translation>
        </message>
        <message>
            <source>revenue</source>
            <translation>produits</translation>
        </message>
        <message>
            <source>costs</source>
            <translation>coûts</translation>
        </message>
        <message>
            <source>cash</source>
            <translation>trésorerie</translation>
        </message>
        <message>
            <source>Revenue, costs and cash per year</source>
            <translation>Produits, coûts et trésorerie par année</translation>
        </message>
        <message>
            <source>Revenue (sales and premium)</source>
            <translation>Produits (ventes et prime)</translation>
        </message>
        <message>
            <source>New plan…</source>
            <translation>Nouveau plan…</translation>
        </message>
        <message>
            <source>Copy…</source>
            <translation>Copier…</translation>
        </message>
        <message>
            <source>Adopt…</source>
            <translation>Adopter…</translation>
        </message>
        <message>
            <source>Plan:</source>
            <translation>Plan :</translation>
        </message>
        <message>
            <source>Sections</source>
            <translation>Sections</translation>
        </message>
        <message>
            <source>Production and costs</source>
            <translation>Production et coûts</translation>
        </message>
        <message>
            <source>No business plan yet. “New plan…” makes one; it can start from the books of a fiscal year.</source>
            <translation>Pas encore de plan d'affaires. « Nouveau plan… » en crée un ; il peut partir des comptes d'un exercice.</translation>
        </message>
        <message>
            <source>Write the section here. Blank lines separate paragraphs; a line starting with “- ” is a bullet; **bold** and *italic* work.</source>
            <translation>Rédigez la section ici. Les lignes vides séparent les paragraphes ; une ligne commençant par « - » est une puce ; **gras** et *italique* fonctionnent.</translation>
        </message>
        <message>
            <source>Save the section</source>
            <translation>Enregistrer la section</translation>
        </message>
        <message>
            <source>Save the years</source>
            <translation>Enregistrer les années</translation>
        </message>
        <message>
            <source>Add a cost…</source>
            <translation>Ajouter un coût…</translation>
        </message>
        <message>
            <source>&lt;b&gt;Production and prices&lt;/b&gt;: type in the table, then save.</source>
            <translation>&lt;b&gt;Production et prix&lt;/b&gt; : saisissez dans le tableau, puis enregistrez.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Costs&lt;/b&gt;: per gram sold, or per year</source>
            <translation>&lt;b&gt;Coûts&lt;/b&gt; : par gramme vendu, ou par année</translation>
        </message>
        <message>
            <source>Loan terms</source>
            <translation>Conditions du prêt</translation>
        </message>
        <message>
            <source>Life</source>
            <translation>Durée de vie</translation>
        </message>
        <message>
            <source>Add an investment…</source>
            <translation>Ajouter un investissement…</translation>
        </message>
        <message>
            <source>&lt;b&gt;Investment programme&lt;/b&gt; and how each item is funded</source>
            <translation>&lt;b&gt;Programme d'investissement&lt;/b&gt; et financement de chaque élément</translation>
        </message>
        <message>
            <source>&lt;b&gt;Projected income statement&lt;/b&gt;</source>
            <translation>&lt;b&gt;Compte de résultat prévisionnel&lt;/b&gt;</translation>
        </message>
        <message>
            <source>&lt;b&gt;Break-even&lt;/b&gt;</source>
            <translation>&lt;b&gt;Seuil de rentabilité&lt;/b&gt;</translation>
        </message>
        <message>
            <source>&lt;b&gt;Cash projection&lt;/b&gt;</source>
            <translation>&lt;b&gt;Prévision de trésorerie&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Adopted by resolution {ref} of “{meeting}” on {date}. It can no longer be changed; copy it to work on a new version.</source>
            <translation>Adopté par la résolution {ref} de « {meeting} » le {date}. Il ne peut plus être modifié ; copiez-le pour travailler sur une nouvelle version.</translation>
        </message>
        <message>
            <source>Draft, {first} to {last}; cash at the start {cash} {currency}.</source>
            <translation>Brouillon, {first} à {last} ; trésorerie au départ {cash} {currency}.</translation>
        </message>
        <message>
            <source>{label}: {words} words</source>
            <translation>{label} : {words} mots</translation>
        </message>
        <message>
            <source>{years} years at {rate} %</source>
            <translation>{years} ans à {rate} %</translation>
        </message>
        <message>
            <source>Total {cost}: members {members}, premium {premium}, loans {loan}, grants {grant} ({currency}).</source>
            <translation>Total {cost} : membres {members}, prime {premium}, prêts {loan}, subventions {grant} ({currency}).</translation>
        </message>
        <message>
            <source>No investment planned yet.</source>
            <translation>Aucun investissement prévu pour l'instant.</translation>
        </message>
        <message>
            <source>Your role may read the business plan but not change it.</source>
            <translation>Votre rôle permet de consulter le plan d'affaires, mais pas de le modifier.</translation>
        </message>
        <message>
            <source>An adopted plan is not changed: copy it.</source>
            <translation>Un plan adopté ne se modifie pas : copiez-le.</translation>
        </message>
        <message>
            <source>Plan created.</source>
            <translation>Plan créé.</translation>
        </message>
        <message>
            <source>Copied as a new draft.</source>
            <translation>Copié comme nouveau brouillon.</translation>
        </message>
        <message>
            <source>The plan is adopted.</source>
            <translation>Le plan est adopté.</translation>
        </message>
        <message>
            <source>Section saved.</source>
            <translation>Section enregistrée.</translation>
        </message>
        <message>
            <source>{year}, grams: {problem}</source>
            <translation>{year}, grammes : {problem}</translation>
        </message>
        <message>
            <source>Years saved.</source>
            <translation>Années enregistrées.</translation>
        </message>
        <message>
            <source>Export the business plan</source>
            <translation>Exporter le plan d'affaires</translation>
        </message>
        <message>
            <source>'{value}' is not a number.</source>
            <translation>« {value} » n'est pas un nombre.</translation>
        </message>
        <message>
            <source>New premium use plan</source>
            <translation>Nouveau plan d'utilisation de la prime</translation>
        </message>
        <message>
            <source>e.g. Fairmined premium {year}</source>
            <translation>p. ex. Prime Fairmined {year}</translation>
        </message>
        <message>
            <source>Add a use</source>
            <translation>Ajouter une utilisation</translation>
        </message>
        <message>
            <source>Remove the use</source>
            <translation>Retirer l'utilisation</translation>
        </message>
        <message>
            <source>The assembly has already approved this plan</source>
            <translation>L'assemblée a déjà approuvé ce plan</translation>
        </message>
        <message>
            <source>e.g. General assembly 2026, resolution 7</source>
            <translation>p. ex. Assemblée générale 2026, résolution 7</translation>
        </message>
        <message>
            <source>Approved on</source>
            <translation>Approuvé le</translation>
        </message>
        <message>
            <source>Planned uses, as the assembly approves them:</source>
            <translation>Utilisations prévues, telles que l'assemblée les approuve :</translation>
        </message>
        <message>
            <source>Total budget: {amount} {currency}</source>
            <translation>Budget total : {amount} {currency}</translation>
        </message>
        <message>
            <source>Row {row}: {reason}</source>
            <translation>Ligne {row} : {reason}</translation>
        </message>
        <message>
            <source>Approval of “{plan}”</source>
            <translation>Approbation de « {plan} »</translation>
        </message>
        <message>
            <source>Record the approval</source>
            <translation>Enregistrer l'approbation</translation>
        </message>
        <message>
            <source>Tag spending to “{plan}”</source>
            <translation>Rattacher des dépenses à « {plan} »</translation>
        </message>
        <message>
            <source>Already tagged</source>
            <translation>Déjà rattaché</translation>
        </message>
        <message>
            <source>Entry number</source>
            <translation>N° d'écriture</translation>
        </message>
        <message>
            <source>All of its expenses</source>
            <translation>Toutes ses charges</translation>
        </message>
        <message>
            <source>Expense entries of the plan's period ({start} to {end}); pick one, or give any posted entry's year and number below.</source>
            <translation>Écritures de charges de la période du plan (du {start} au {end}) ; choisissez-en une, ou indiquez ci-dessous l'exercice et le numéro de n'importe quelle écriture comptabilisée.</translation>
        </message>
        <message>
            <source>Tag</source>
            <translation>Rattacher</translation>
        </message>
        <message>
            <source>Tag spending…</source>
            <translation>Rattacher des dépenses…</translation>
        </message>
        <message>
            <source>Report…</source>
            <translation>Rapport…</translation>
        </message>
        <message>
            <source>Planned uses</source>
            <translation>Utilisations prévues</translation>
        </message>
        <message>
            <source>Spent {amount} {currency} above the budget.</source>
            <translation>{amount} {currency} dépensés au-delà du budget.</translation>
        </message>
        <message>
            <source>Spent (%)</source>
            <translation>Dépensé (%)</translation>
        </message>
        <message>
            <source>No premium use plan yet. Press “New plan…” to enter the uses the assembly approves for the Fairmined premium.</source>
            <translation>Pas encore de plan d'utilisation de la prime. Cliquez sur « Nouveau plan… » pour saisir les utilisations que l'assemblée approuve pour la prime Fairmined.</translation>
        </message>
        <message>
            <source>{start} to {end} · premium received {received} {currency} · planned {planned} · spent {spent} ({percent} %) · left {left}</source>
            <translation>Du {start} au {end} · prime reçue {received} {currency} · prévu {planned} · dépensé {spent} ({percent} %) · reste {left}</translation>
        </message>
        <message>
            <source>Approved by the assembly on {date}, resolution {ref}.</source>
            <translation>Approuvé par l'assemblée le {date}, résolution {ref}.</translation>
        </message>
        <message>
            <source>Not approved yet: record the assembly's approval before tagging spending against this plan.</source>
            <translation>Pas encore approuvé : enregistrez l'approbation de l'assemblée avant de rattacher des dépenses à ce plan.</translation>
        </message>
        <message>
            <source>Spending tagged to {code} — {title}</source>
            <translation>Dépenses rattachées à {code} — {title}</translation>
        </message>
        <message>
            <source>Spending tagged</source>
            <translation>Dépenses rattachées</translation>
        </message>
        <message>
            <source>Your role may not change the premium use plan.</source>
            <translation>Votre rôle ne permet pas de modifier le plan d'utilisation de la prime.</translation>
        </message>
        <message>
            <source>A plan of the uses the assembly approves for the premium</source>
            <translation>Un plan des utilisations de la prime approuvées par l'assemblée</translation>
        </message>
        <message>
            <source>Already approved.</source>
            <translation>Déjà approuvé.</translation>
        </message>
        <message>
            <source>Record the date and the resolution of the assembly that approved the plan</source>
            <translation>Enregistrer la date et la résolution de l'assemblée qui a approuvé le plan</translation>
        </message>
        <message>
            <source>Count a posted entry of the books as spending on a use</source>
            <translation>Compter une écriture comptabilisée comme dépense d'une utilisation</translation>
        </message>
        <message>
            <source>Record the assembly's approval first.</source>
            <translation>Enregistrez d'abord l'approbation de l'assemblée.</translation>
        </message>
        <message>
            <source>Stop counting the selected entry as spending on this use</source>
            <translation>Ne plus compter l'écriture sélectionnée comme dépense de cette utilisation</translation>
        </message>
        <message>
            <source>The plan's execution report, as PDF, Excel or CSV</source>
            <translation>Le rapport d'exécution du plan, en PDF, Excel ou CSV</translation>
        </message>
        <message>
            <source>Plan “{name}” created.</source>
            <translation>Plan « {name} » créé.</translation>
        </message>
        <message>
            <source>Plan “{name}” approved.</source>
            <translation>Plan « {name} » approuvé.</translation>
        </message>
        <message>
            <source>Stop counting entry {entry} ({amount}) as spending on {code}?</source>
            <translation>Ne plus compter l'écriture {entry} ({amount}) comme dépense de {code} ?</translation>
        </message>
        <message>
            <source>Execution report of “{plan}”</source>
            <translation>Rapport d'exécution de « {plan} »</translation>
        </message>
        <message>
            <source>(until {cap} % of capital)</source>
            <translation>(jusqu'à {cap} % du capital)</translation>
        </message>
        <message>
            <source>no fund</source>
            <translation>aucun fonds</translation>
        </message>
        <message>
            <source>nothing</source>
            <translation>rien</translation>
        </message>
        <message>
            <source>Benefit sharing</source>
            <translation>Répartition des excédents</translation>
        </message>
        <message>
            <source>New distribution…</source>
            <translation>Nouvelle répartition…</translation>
        </message>
        <message>
            <source>Recompute</source>
            <translation>Recalculer</translation>
        </message>
        <message>
            <source>Post…</source>
            <translation>Comptabiliser…</translation>
        </message>
        <message>
            <source>Pay…</source>
            <translation>Payer…</translation>
        </message>
        <message>
            <source>Reverse…</source>
            <translation>Contre-passer…</translation>
        </message>
        <message>
            <source>Preview…</source>
            <translation>Aperçu…</translation>
        </message>
        <message>
            <source>Payout sheet…</source>
            <translation>Feuille de paiement…</translation>
        </message>
        <message>
            <source>Unclaimed…</source>
            <translation>Non réclamés…</translation>
        </message>
        <message>
            <source>Why this amount…</source>
            <translation>Pourquoi ce montant…</translation>
        </message>
        <message>
            <source>New policy…</source>
            <translation>Nouvelle règle…</translation>
        </message>
        <message>
            <source>Install</source>
            <translation>Installer</translation>
        </message>
        <message>
            <source>As PDF…</source>
            <translation>En PDF…</translation>
        </message>
        <message>
            <source>As Excel…</source>
            <translation>En Excel…</translation>
        </message>
        <message>
            <source>Find a member by name or number</source>
            <translation>Rechercher un membre par nom ou numéro</translation>
        </message>
        <message>
            <source>Preset</source>
            <translation>Modèle</translation>
        </message>
        <message>
            <source>Distributions</source>
            <translation>Répartitions</translation>
        </message>
        <message>
            <source>Policies</source>
            <translation>Règles</translation>
        </message>
        <message>
            <source>Premium use plan</source>
            <translation>Plan d'utilisation de la prime</translation>
        </message>
        <message>
            <source>Shared</source>
            <translation>Réparti</translation>
        </message>
        <message>
            <source>Not paid yet</source>
            <translation>Pas encore payés</translation>
        </message>
        <message>
            <source>Fund or part</source>
            <translation>Fonds ou part</translation>
        </message>
        <message>
            <source>Funds</source>
            <translation>Fonds</translation>
        </message>
        <message>
            <source>Members' part shared by</source>
            <translation>Part des membres répartie selon</translation>
        </message>
        <message>
            <source>Eligible after (days)</source>
            <translation>Éligible après (jours)</translation>
        </message>
        <message>
            <source>Unclaimed after (days)</source>
            <translation>Non réclamé après (jours)</translation>
        </message>
        <message>
            <source>No distribution yet: press “New distribution…”.</source>
            <translation>Pas encore de répartition : cliquez sur « Nouvelle répartition… ».</translation>
        </message>
        <message>
            <source>Period {start} to {end}, policy “{policy}”.</source>
            <translation>Période du {start} au {end}, règle « {policy} ».</translation>
        </message>
        <message>
            <source>Approved on {date}: {resolution}.</source>
            <translation>Approuvée le {date} : {resolution}.</translation>
        </message>
        <message>
            <source>{eligible} member(s) eligible, {excluded} taking no part; {members} receive something, {unpaid} not paid yet.</source>
            <translation>{eligible} membre(s) éligible(s), {excluded} ne participant pas ; {members} reçoivent quelque chose, {unpaid} pas encore payé(s).</translation>
        </message>
        <message>
            <source>{count} member line(s)</source>
            <translation>{count} ligne(s) de membre</translation>
        </message>
        <message>
            <source>The premium use plan is not available in this version.</source>
            <translation>Le plan d'utilisation de la prime n'est pas disponible dans cette version.</translation>
        </message>
        <message>
            <source>Delete draft</source>
            <translation>Supprimer le brouillon</translation>
        </message>
        <message>
            <source>Your role may not prepare, post or pay out distributions.</source>
            <translation>Votre rôle ne permet pas de préparer, comptabiliser ou payer des répartitions.</translation>
        </message>
        <message>
            <source>Distribution {number} kept as a draft.</source>
            <translation>Répartition {number} gardée en brouillon.</translation>
        </message>
        <message>
            <source>Distribution {number} approved.</source>
            <translation>Répartition {number} approuvée.</translation>
        </message>
        <message>
            <source>Distribution {number} approved and posted (entry {entry}).</source>
            <translation>Répartition {number} approuvée et comptabilisée (écriture {entry}).</translation>
        </message>
        <message>
            <source>Distribution {number} computed again.</source>
            <translation>Répartition {number} recalculée.</translation>
        </message>
        <message>
            <source>Delete the draft?</source>
            <translation>Supprimer le brouillon ?</translation>
        </message>
        <message>
            <source>Distribution {number} is a draft; deleting it removes its computation and nothing else.</source>
            <translation>La répartition {number} est un brouillon ; la supprimer efface son calcul et rien d'autre.</translation>
        </message>
        <message>
            <source>Distribution {number} posted: entry {year}/{entry}.</source>
            <translation>Répartition {number} comptabilisée : écriture {year}/{entry}.</translation>
        </message>
        <message>
            <source>Paid {count} member(s) {amount}: entry {year}/{entry}.</source>
            <translation>{count} membre(s) payé(s), {amount} : écriture {year}/{entry}.</translation>
        </message>
        <message>
            <source>Policy “{name}” saved.</source>
            <translation>Règle « {name} » enregistrée.</translation>
        </message>
        <message>
            <source>Preset installed as the policy “{name}”.</source>
            <translation>Modèle installé comme règle « {name} ».</translation>
        </message>
        <message>
            <source>distribution-{number}-preview</source>
            <translation>repartition-{number}-apercu</translation>
        </message>
        <message>
            <source>distribution-{number}-payout-sheet</source>
            <translation>repartition-{number}-feuille-de-paiement</translation>
        </message>
        <message>
            <source>distribution-{number}-unclaimed</source>
            <translation>repartition-{number}-non-reclames</translation>
        </message>
        <message>
            <source>Checklists</source>
            <translation>Listes de contrôle</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>Formation</translation>
        </message>
        <message>
            <source>Incidents</source>
            <translation>Incidents</translation>
        </message>
        <message>
            <source>Standards</source>
            <translation>Normes</translation>
        </message>
        <message>
            <source>from the start</source>
            <translation>dès le départ</translation>
        </message>
        <message>
            <source>to reach over time</source>
            <translation>à atteindre progressivement</translation>
        </message>
        <message>
            <source>Actions</source>
            <translation>Actions</translation>
        </message>
        <message>
            <source>Records that fit this requirement: double-click one to attach it.</source>
            <translation>Enregistrements qui correspondent à cette exigence : double-cliquez sur l'un d'eux pour le joindre.</translation>
        </message>
        <message>
            <source>Assess…</source>
            <translation>Évaluer…</translation>
        </message>
        <message>
            <source>Add evidence…</source>
            <translation>Ajouter une preuve…</translation>
        </message>
        <message>
            <source>Remove evidence</source>
            <translation>Retirer la preuve</translation>
        </message>
        <message>
            <source>Make an improvement action…</source>
            <translation>Créer une action d'amélioration…</translation>
        </message>
        <message>
            <source>Records that would fit (double-click to attach)</source>
            <translation>Enregistrements qui conviendraient (double-cliquez pour joindre)</translation>
        </message>
        <message>
            <source>Improvement activities</source>
            <translation>Activités d'amélioration</translation>
        </message>
        <message>
            <source>History of assessments</source>
            <translation>Historique des évaluations</translation>
        </message>
        <message>
            <source>{percent} % met; {assessed} of {total} assessed</source>
            <translation>{percent} % satisfait ; {assessed} sur {total} évaluée(s)</translation>
        </message>
        <message>
            <source>Choose a requirement on the left.</source>
            <translation>Choisissez une exigence à gauche.</translation>
        </message>
        <message>
            <source>on {date} by {user}</source>
            <translation>le {date} par {user}</translation>
        </message>
        <message>
            <source>Stage: {stage}</source>
            <translation>Étape : {stage}</translation>
        </message>
        <message>
            <source>Level:</source>
            <translation>Niveau :</translation>
        </message>
        <message>
            <source>Added by {user} on {when}</source>
            <translation>Ajoutée par {user} le {when}</translation>
        </message>
        <message>
            <source>No evidence yet.</source>
            <translation>Aucune preuve pour l'instant.</translation>
        </message>
        <message>
            <source>{number}. {title} ({starts} to {ends}): {status}, {progress} %</source>
            <translation>{number}. {title} ({starts} au {ends}) : {status}, {progress} %</translation>
        </message>
        <message>
            <source>No improvement action yet.</source>
            <translation>Aucune action d'amélioration pour l'instant.</translation>
        </message>
        <message>
            <source>Not assessed yet.</source>
            <translation>Pas encore évaluée.</translation>
        </message>
        <message>
            <source>Your role may read the standards but not change them.</source>
            <translation>Votre rôle permet de consulter les normes, mais pas de les modifier.</translation>
        </message>
        <message>
            <source>Remove “{label}” from this requirement's evidence? The record itself is kept.</source>
            <translation>Retirer « {label} » des preuves de cette exigence ? L'enregistrement lui-même est conservé.</translation>
        </message>
        <message>
            <source>All kinds</source>
            <translation>Toutes les natures</translation>
        </message>
        <message>
            <source>Record an incident…</source>
            <translation>Enregistrer un incident…</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Exporter…</translation>
        </message>
        <message>
            <source>Incident register ({format})…</source>
            <translation>Registre des incidents ({format})…</translation>
        </message>
        <message>
            <source>{days} days since the last accident</source>
            <translation>{days} jours depuis le dernier accident</translation>
        </message>
        <message>
            <source>No accident recorded</source>
            <translation>Aucun accident enregistré</translation>
        </message>
        <message>
            <source>{since} · mercury this year: {grams} g · in the period: {total} incident(s), {open} open</source>
            <translation>{since} · mercure cette année : {grams} g · pendant la période : {total} incident(s), {open} ouvert(s)</translation>
        </message>
        <message>
            <source>No incident in the register for this period.</source>
            <translation>Aucun incident dans le registre pour cette période.</translation>
        </message>
        <message>
            <source>Incident {number}: {kind}, {severity}</source>
            <translation>Incident {number} : {kind}, {severity}</translation>
        </message>
        <message>
            <source>Recorded by</source>
            <translation>Enregistré par</translation>
        </message>
        <message>
            <source>incidents-{start}-{end}</source>
            <translation>incidents-{start}-{end}</translation>
        </message>
        <message>
            <source>{total} requirements</source>
            <translation>{total} exigences</translation>
        </message>
        <message>
            <source>Target met: {target}</source>
            <translation>Objectif atteint : {target}</translation>
        </message>
        <message>
            <source>Target met</source>
            <translation>Objectif atteint</translation>
        </message>
        <message>
            <source>CHECK: {detail}</source>
            <translation>VÉRIFIER : {detail}</translation>
        </message>
        <message>
            <source>Standards report (PDF)…</source>
            <translation>Rapport sur les normes (PDF)…</translation>
        </message>
        <message>
            <source>Standards report (Excel)…</source>
            <translation>Rapport sur les normes (Excel)…</translation>
        </message>
        <message>
            <source>Progress on the standards</source>
            <translation>Avancement sur les normes</translation>
        </message>
        <message>
            <source>Indicators are computed from the register, the officers, production, the premium plan, the minutes, training and the incident register; hover over a card for how.</source>
            <translation>Les indicateurs sont calculés à partir du registre, des dirigeants, de la production, du plan d'utilisation de la prime, des procès-verbaux, des formations et du registre des incidents ; survolez une carte pour savoir comment.</translation>
        </message>
        <message>
            <source>Indicators on {date}</source>
            <translation>Indicateurs au {date}</translation>
        </message>
        <message>
            <source>Standards report</source>
            <translation>Rapport sur les normes</translation>
        </message>
        <message>
            <source>All themes</source>
            <translation>Tous les thèmes</translation>
        </message>
        <message>
            <source>New session…</source>
            <translation>Nouvelle session…</translation>
        </message>
        <message>
            <source>Correct…</source>
            <translation>Corriger…</translation>
        </message>
        <message>
            <source>Attendance…</source>
            <translation>Présences…</translation>
        </message>
        <message>
            <source>Training report ({format})…</source>
            <translation>Rapport de formation ({format})…</translation>
        </message>
        <message>
            <source>{sessions} session(s) given, {hours} hours; {members} members trained, {share} % of them women.</source>
            <translation>{sessions} session(s) dispensée(s), {hours} heures ; {members} membres formés, dont {share} % de femmes.</translation>
        </message>
        <message>
            <source>(planned)</source>
            <translation>(prévue)</translation>
        </message>
        <message>
            <source>{count} attended “{topic}” ({women} women):</source>
            <translation>{count} ont suivi « {topic} » ({women} femmes) :</translation>
        </message>
        <message>
            <source>training-{start}-{end}</source>
            <translation>formation-{start}-{end}</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>One amount column, signed (− for money out)</source>
            <translation>Une seule colonne de montant, avec signe (− pour les sorties d'argent)</translation>
        </message>
        <message>
            <source>Two columns: debit and credit</source>
            <translation>Deux colonnes : débit et crédit</translation>
        </message>
        <message>
            <source>An amount and a debit/credit indicator column</source>
            <translation>Une colonne de montant et une colonne indicateur débit/crédit</translation>
        </message>
        <message>
            <source>Debit (money out)</source>
            <translation>Débit (sortie d'argent)</translation>
        </message>
        <message>
            <source>Credit (money in)</source>
            <translation>Crédit (entrée d'argent)</translation>
        </message>
        <message>
            <source>Debit/credit indicator</source>
            <translation>Indicateur débit/crédit</translation>
        </message>
        <message>
            <source>Counterparty</source>
            <translation>Tiers</translation>
        </message>
        <message>
            <source>Import a statement into {code} — {name}</source>
            <translation>Importer un relevé dans {code} — {name}</translation>
        </message>
        <message>
            <source>Next &gt;</source>
            <translation>Suivant &gt;</translation>
        </message>
        <message>
            <source>&lt; Back</source>
            <translation>&lt; Retour</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Importer</translation>
        </message>
        <message>
            <source>Choose the statement file</source>
            <translation>Choisissez le fichier de relevé</translation>
        </message>
        <message>
            <source>OFX, CAMT.053, MT940, CSV or Excel (.xlsx), as the bank or the mobile-money operator exports it. You may also drop the file here.</source>
            <translation>OFX, CAMT.053, MT940, CSV ou Excel (.xlsx), tel que la banque ou l'opérateur mobile money l'exporte. Vous pouvez aussi déposer le fichier ici.</translation>
        </message>
        <message>
            <source>the file's path</source>
            <translation>le chemin du fichier</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>Parcourir…</translation>
        </message>
        <message>
            <source>Recognise the columns automatically</source>
            <translation>Reconnaître les colonnes automatiquement</translation>
        </message>
        <message>
            <source>Saved mapping: {name}</source>
            <translation>Correspondance enregistrée : {name}</translation>
        </message>
        <message>
            <source>Define the columns…</source>
            <translation>Définir les colonnes…</translation>
        </message>
        <message>
            <source>Read the columns</source>
            <translation>Lire les colonnes</translation>
        </message>
        <message>
            <source>Drop a statement file here</source>
            <translation>Déposez un fichier de relevé ici</translation>
        </message>
        <message>
            <source>Statements (*.ofx *.qfx *.xml *.sta *.mt940 *.940 *.txt *.csv *.xlsx);;All files (*)</source>
            <translation>Relevés (*.ofx *.qfx *.xml *.sta *.mt940 *.940 *.txt *.csv *.xlsx);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>There is no file {path}.</source>
            <translation>Il n'existe pas de fichier {path}.</translation>
        </message>
        <message>
            <source>{name} is larger than 50 MB: is it really a statement?</source>
            <translation>{name} dépasse 50 Mo : est-ce vraiment un relevé ?</translation>
        </message>
        <message>
            <source>{format} file, {size} bytes</source>
            <translation>Fichier {format}, {size} octets</translation>
        </message>
        <message>
            <source>This format says itself which column is what.</source>
            <translation>Ce format indique lui-même quelle colonne contient quoi.</translation>
        </message>
        <message>
            <source>Next, say which column of the file is the date, the amount and the rest; the mapping can be saved for this bank's next files.</source>
            <translation>Ensuite, indiquez quelle colonne du fichier est la date, le montant et le reste ; la correspondance peut être enregistrée pour les prochains fichiers de cette banque.</translation>
        </message>
        <message>
            <source>The file is read as the saved mapping says.</source>
            <translation>Le fichier est lu selon la correspondance enregistrée.</translation>
        </message>
        <message>
            <source>coopdesk finds the header line and recognises the columns by their names (date, description, amount or debit and credit, balance…). If it cannot, define the columns.</source>
            <translation>coopdesk trouve la ligne d'en-tête et reconnaît les colonnes par leur nom (date, libellé, montant ou débit et crédit, solde…). S'il n'y arrive pas, définissez les colonnes.</translation>
        </message>
        <message>
            <source>Which column holds what</source>
            <translation>Quelle colonne contient quoi</translation>
        </message>
        <message>
            <source>The column names are those of the file's header line. Leave a setting on “recognise” to let coopdesk work it out.</source>
            <translation>Les noms des colonnes sont ceux de la ligne d'en-tête du fichier. Laissez un réglage sur « reconnaître » pour que coopdesk le détermine lui-même.</translation>
        </message>
        <message>
            <source>find it</source>
            <translation>la trouver</translation>
        </message>
        <message>
            <source>recognise</source>
            <translation>reconnaître</translation>
        </message>
        <message>
            <source>semicolon ;</source>
            <translation>point-virgule ;</translation>
        </message>
        <message>
            <source>comma ,</source>
            <translation>virgule ,</translation>
        </message>
        <message>
            <source>tab</source>
            <translation>tabulation</translation>
        </message>
        <message>
            <source>bar |</source>
            <translation>barre verticale |</translation>
        </message>
        <message>
            <source>comma: 1.234,50</source>
            <translation>virgule : 1.234,50</translation>
        </message>
        <message>
            <source>point: 1,234.50</source>
            <translation>point : 1,234.50</translation>
        </message>
        <message>
            <source>the other one</source>
            <translation>l'autre</translation>
        </message>
        <message>
            <source>point .</source>
            <translation>point .</translation>
        </message>
        <message>
            <source>space</source>
            <translation>espace</translation>
        </message>
        <message>
            <source>apostrophe '</source>
            <translation>apostrophe '</translation>
        </message>
        <message>
            <source>e.g. the bank's name; leave empty not to save it</source>
            <translation>p. ex. le nom de la banque ; laissez vide pour ne pas l'enregistrer</translation>
        </message>
        <message>
            <source>Header line</source>
            <translation>Ligne d'en-tête</translation>
        </message>
        <message>
            <source>Separator</source>
            <translation>Séparateur</translation>
        </message>
        <message>
            <source>Dates written as</source>
            <translation>Dates écrites sous la forme</translation>
        </message>
        <message>
            <source>Decimal separator</source>
            <translation>Séparateur décimal</translation>
        </message>
        <message>
            <source>Thousands separator</source>
            <translation>Séparateur des milliers</translation>
        </message>
        <message>
            <source>Save this mapping as</source>
            <translation>Enregistrer cette correspondance sous</translation>
        </message>
        <message>
            <source>Header on line {line}: {names}</source>
            <translation>En-tête à la ligne {line} : {names}</translation>
        </message>
        <message>
            <source>Check the lines</source>
            <translation>Vérifiez les lignes</translation>
        </message>
        <message>
            <source>Nothing has been imported yet. Lines imported before are skipped, so importing the same file again adds nothing.</source>
            <translation>Rien n'a encore été importé. Les lignes déjà importées sont ignorées : importer à nouveau le même fichier n'ajoute donc rien.</translation>
        </message>
        <message>
            <source>Import it anyway (what does not add up is recorded)</source>
            <translation>L'importer quand même (ce qui ne concorde pas est consigné)</translation>
        </message>
        <message>
            <source>Reading {name}…</source>
            <translation>Lecture de {name}…</translation>
        </message>
        <message>
            <source>Reading the statement…</source>
            <translation>Lecture du relevé…</translation>
        </message>
        <message>
            <source>Nothing can be imported from this file.</source>
            <translation>Rien ne peut être importé depuis ce fichier.</translation>
        </message>
        <message>
            <source>Correct the file and choose it again, or go back and say which column holds what.</source>
            <translation>Corrigez le fichier et choisissez-le à nouveau, ou revenez en arrière et indiquez quelle colonne contient quoi.</translation>
        </message>
        <message>
            <source>{lines} line(s): {new} new, {known} already imported</source>
            <translation>{lines} ligne(s) : {new} nouvelle(s), {known} déjà importée(s)</translation>
        </message>
        <message>
            <source>From {first} to {last} · {format}{mapping}</source>
            <translation>Du {first} au {last} · {format}{mapping}</translation>
        </message>
        <message>
            <source>, mapping “{name}”</source>
            <translation>, correspondance « {name} »</translation>
        </message>
        <message>
            <source>not given</source>
            <translation>non indiqué</translation>
        </message>
        <message>
            <source>Statement {n}: opening balance {opening}, closing balance {closing}</source>
            <translation>Relevé {n} : solde d'ouverture {opening}, solde de clôture {closing}</translation>
        </message>
        <message>
            <source>Opening balance {opening}, closing balance {closing}</source>
            <translation>Solde d'ouverture {opening}, solde de clôture {closing}</translation>
        </message>
        <message>
            <source>The statement does not add up by its own balances:</source>
            <translation>Le relevé ne concorde pas avec ses propres soldes :</translation>
        </message>
        <message>
            <source>Every line of this file was imported before: importing it again adds nothing.</source>
            <translation>Toutes les lignes de ce fichier ont déjà été importées : l'importer à nouveau n'ajoute rien.</translation>
        </message>
        <message>
            <source>new</source>
            <translation>nouvelle</translation>
        </message>
        <message>
            <source>already imported</source>
            <translation>déjà importée</translation>
        </message>
        <message>
            <source>The first {shown} of {count} lines are listed.</source>
            <translation>Les {shown} premières lignes sur {count} sont affichées.</translation>
        </message>
        <message>
            <source>Importing the statement…</source>
            <translation>Importation du relevé…</translation>
        </message>
        <message>
            <source>{new} new line(s), {known} already imported</source>
            <translation>{new} nouvelle(s) ligne(s), {known} déjà importée(s)</translation>
        </message>
        <message>
            <source>The mapping was not saved: {problem}</source>
            <translation>La correspondance n'a pas été enregistrée : {problem}</translation>
        </message>
        <message>
            <source>Nothing was imported.</source>
            <translation>Rien n'a été importé.</translation>
        </message>
        <message>
            <source>New distribution</source>
            <translation>Nouvelle répartition</translation>
        </message>
        <message>
            <source>Finish</source>
            <translation>Terminer</translation>
        </message>
        <message>
            <source>1. What is shared</source>
            <translation>1. Ce qui est réparti</translation>
        </message>
        <message>
            <source>The surplus of a closed year, a Fairmined premium received, or an amount the assembly decided; and the period over which production, shares and days worked are counted.</source>
            <translation>L'excédent d'un exercice clôturé, une prime Fairmined reçue ou un montant décidé par l'assemblée ; et la période sur laquelle sont comptés la production, les parts et les jours travaillés.</translation>
        </message>
        <message>
            <source>e.g. 25,000,000.00</source>
            <translation>p. ex. 25 000 000,00</translation>
        </message>
        <message>
            <source>Period counted</source>
            <translation>Période prise en compte</translation>
        </message>
        <message>
            <source>{year}: surplus {amount}</source>
            <translation>{year} : excédent {amount}</translation>
        </message>
        <message>
            <source>(no closed year has a surplus left to share)</source>
            <translation>(aucun exercice clôturé n'a d'excédent restant à répartir)</translation>
        </message>
        <message>
            <source>the year's surplus, as the closing carried it</source>
            <translation>l'excédent de l'exercice, tel que la clôture l'a dégagé</translation>
        </message>
        <message>
            <source>the premium account holds {amount}</source>
            <translation>le compte de la prime a un solde de {amount}</translation>
        </message>
        <message>
            <source>2. The sharing policy</source>
            <translation>2. La règle de répartition</translation>
        </message>
        <message>
            <source>The funds the bylaws require, then how the members' part is shared. Edit the policy here if the assembly decided otherwise; a changed policy is stored when you press Next.</source>
            <translation>Les fonds exigés par les statuts, puis la façon dont la part des membres est répartie. Modifiez la règle ici si l'assemblée en a décidé autrement ; une règle modifiée est enregistrée quand vous cliquez sur Suivant.</translation>
        </message>
        <message>
            <source>its own name</source>
            <translation>son propre nom</translation>
        </message>
        <message>
            <source>or install a preset</source>
            <translation>ou installer un modèle</translation>
        </message>
        <message>
            <source>as</source>
            <translation>sous le nom</translation>
        </message>
        <message>
            <source>(no policy stored yet: install a preset)</source>
            <translation>(aucune règle enregistrée : installez un modèle)</translation>
        </message>
        <message>
            <source>3. Preview</source>
            <translation>3. Aperçu</translation>
        </message>
        <message>
            <source>The distribution is computed as a draft. Check the funds and the members' amounts; go back to change the source or the policy.</source>
            <translation>La répartition est calculée en brouillon. Vérifiez les fonds et les montants des membres ; revenez en arrière pour changer l'origine ou la règle.</translation>
        </message>
        <message>
            <source>Where the amount goes</source>
            <translation>Où va le montant</translation>
        </message>
        <message>
            <source>&lt; Previous</source>
            <translation>&lt; Précédente</translation>
        </message>
        <message>
            <source>Next page &gt;</source>
            <translation>Page suivante &gt;</translation>
        </message>
        <message>
            <source>Computing every member's share…</source>
            <translation>Calcul de la part de chaque membre…</translation>
        </message>
        <message>
            <source>Computing the distribution…</source>
            <translation>Calcul de la répartition…</translation>
        </message>
        <message>
            <source>The distribution cannot be computed:</source>
            <translation>La répartition ne peut pas être calculée :</translation>
        </message>
        <message>
            <source>Draft distribution {number}, “{title}”: {source}, {start} to {end}, policy “{policy}”.</source>
            <translation>Brouillon de répartition {number}, « {title} » : {source}, du {start} au {end}, règle « {policy} ».</translation>
        </message>
        <message>
            <source>Received by {count} member(s)</source>
            <translation>Reçu par {count} membre(s)</translation>
        </message>
        <message>
            <source>Left in the source account by rounding</source>
            <translation>Laissé sur le compte d'origine par l'arrondi</translation>
        </message>
        <message>
            <source>{eligible} member(s) eligible, {excluded} taking no part (see the note of each).</source>
            <translation>{eligible} membre(s) éligible(s), {excluded} ne participant pas (voir la note de chacun).</translation>
        </message>
        <message>
            <source>Members — {basis}</source>
            <translation>Membres — {basis}</translation>
        </message>
        <message>
            <source>{first}–{last} of {total}</source>
            <translation>{first}–{last} sur {total}</translation>
        </message>
        <message>
            <source>4. Approval and posting</source>
            <translation>4. Approbation et comptabilisation</translation>
        </message>
        <message>
            <source>The assembly's approval (its date and the reference of its resolution), then the posting: one entry in the books, each member's amount in their account.</source>
            <translation>L'approbation de l'assemblée (sa date et la référence de sa résolution), puis la comptabilisation : une écriture dans les comptes, le montant de chaque membre sur son compte.</translation>
        </message>
        <message>
            <source>Approve and post now</source>
            <translation>Approuver et comptabiliser maintenant</translation>
        </message>
        <message>
            <source>Record the approval; post later</source>
            <translation>Enregistrer l'approbation ; comptabiliser plus tard</translation>
        </message>
        <message>
            <source>Keep it as a draft for now</source>
            <translation>La garder en brouillon pour l'instant</translation>
        </message>
        <message>
            <source>Now</source>
            <translation>Maintenant</translation>
        </message>
        <message>
            <source>Distribution {number}, “{title}”: {amount} — funds {funds}, members {shared}.</source>
            <translation>Répartition {number}, « {title} » : {amount} — fonds {funds}, membres {shared}.</translation>
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
