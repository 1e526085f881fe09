<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>ActivitiesTab</name>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Pre-test</source>
        <translation>Pré-test</translation>
    </message>
    <message>
        <source>Post-test</source>
        <translation>Post-test</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificat</translation>
    </message>
    <message>
        <source>Activities of this participant</source>
        <translation>Activités de ce participant</translation>
    </message>
    <message>
        <source>Attendance and scores are recorded in each activity.</source>
        <translation>Les présences et les notes sont saisies dans chaque activité.</translation>
    </message>
</context>
<context>
    <name>ActivityStatus</name>
    <message>
        <source>Planned</source>
        <translation>Prévue</translation>
    </message>
    <message>
        <source>Ongoing</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
</context>
<context>
    <name>AttachmentsModel</name>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajouté le</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
</context>
<context>
    <name>AttachmentsTab</name>
    <message>
        <source>%1 bytes</source>
        <translation>%1 octets</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 Ko</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 Mo</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>Fichiers joints</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>&amp;Ajouter des fichiers…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Files are copied into the profile and travel with the next sync bundle.</source>
        <translation>Les fichiers sont copiés dans le profil et partent avec le prochain paquet de synchronisation.</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Joindre des fichiers</translation>
    </message>
    <message>
        <source>Copying files into the profile…</source>
        <translation>Copie des fichiers dans le profil…</translation>
    </message>
    <message>
        <source>Remove attachment</source>
        <translation>Retirer la pièce jointe</translation>
    </message>
    <message>
        <source>Remove “%1” from this record?</source>
        <translation>Retirer « %1 » de cette fiche ?</translation>
    </message>
</context>
<context>
    <name>AttendanceModel</name>
    <message>
        <source>Days present</source>
        <translation>Jours de présence</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Présent</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Non saisi</translation>
    </message>
</context>
<context>
    <name>AttendanceTab</name>
    <message>
        <source>Attendance by participant and day</source>
        <translation>Présences par participant et par jour</translation>
    </message>
    <message>
        <source>Checked: present. Empty: absent. Dash: not recorded. Click a cell or press the space bar to change it; each change is saved at once.</source>
        <translation>Coché : présent. Vide : absent. Tiret : non saisi. Cliquez sur une case ou appuyez sur la barre d’espace pour la modifier ; chaque modification est enregistrée aussitôt.</translation>
    </message>
    <message>
        <source>Everyone &amp;present on the selected day</source>
        <translation>Tout le monde &amp;présent le jour choisi</translation>
    </message>
</context>
<context>
    <name>BudgetSection</name>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation>Source de financement</translation>
    </message>
    <message>
        <source>Budget (USD)</source>
        <translation>Budget (USD)</translation>
    </message>
    <message>
        <source>Expenditure (USD)</source>
        <translation>Dépenses (USD)</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Expenditure</source>
        <translation>Dépenses</translation>
    </message>
    <message>
        <source>budget line</source>
        <translation>ligne budgétaire</translation>
    </message>
    <message>
        <source>Total budget %1 USD; spent %2 USD%3.</source>
        <translation>Budget total %1 USD ; dépensé %2 USD%3.</translation>
    </message>
</context>
<context>
    <name>BusyIndicator</name>
    <message>
        <source>Working</source>
        <translation>Traitement en cours</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Traitement en cours…</translation>
    </message>
</context>
<context>
    <name>ChoicePage</name>
    <message>
        <source>Welcome to FieldDesk</source>
        <translation>Bienvenue dans FieldDesk</translation>
    </message>
    <message>
        <source>FieldDesk keeps your office&apos;s missions, trainings and participants on this computer.</source>
        <translation>FieldDesk conserve sur cet ordinateur les missions, formations et participants de votre bureau.</translation>
    </message>
    <message>
        <source>&amp;Set up my office</source>
        <translation>&amp;Configurer mon bureau</translation>
    </message>
    <message>
        <source>&amp;Explore FieldDesk with demo data</source>
        <translation>&amp;Découvrir FieldDesk avec des données de démonstration</translation>
    </message>
    <message>
        <source>Your data will be kept in %1.</source>
        <translation>Vos données seront conservées dans %1.</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Activities and participants per quarter</source>
        <translation>Activités et participants par trimestre</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Toutes les années</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Année :</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>Pa&amp;ys :</translation>
    </message>
    <message>
        <source>training activities</source>
        <translation>activités de formation</translation>
    </message>
    <message>
        <source>people trained</source>
        <translation>personnes formées</translation>
    </message>
    <message>
        <source>missions</source>
        <translation>missions</translation>
    </message>
    <message>
        <source>recommendations being followed up</source>
        <translation>recommandations en cours de suivi</translation>
    </message>
    <message>
        <source>Synchronisation</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>Changes not yet sent to headquarters and the last sync with each office will show here once synchronisation is set up.</source>
        <translation>Les modifications pas encore envoyées au siège et la dernière synchronisation avec chaque bureau s’afficheront ici une fois la synchronisation configurée.</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Tous les pays</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Calcul en cours…</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Non saisi</translation>
    </message>
    <message>
        <source>Activities and participants per quarter</source>
        <translation>Activités et participants par trimestre</translation>
    </message>
    <message>
        <source>Participants by sex</source>
        <translation>Participants par sexe</translation>
    </message>
    <message>
        <source>Participants by target group</source>
        <translation>Participants par groupe cible</translation>
    </message>
    <message>
        <source>Recommendations by follow-up status</source>
        <translation>Recommandations par état du suivi</translation>
    </message>
    <message>
        <source>Missions by status</source>
        <translation>Missions par état</translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>Rien n’est encore enregistré.</translation>
    </message>
</context>
<context>
    <name>DateInput</name>
    <message>
        <source>No date</source>
        <translation>Pas de date</translation>
    </message>
    <message>
        <source>Clear the date</source>
        <translation>Effacer la date</translation>
    </message>
</context>
<context>
    <name>DemoPage</name>
    <message>
        <source>Demo data</source>
        <translation>Données de démonstration</translation>
    </message>
    <message>
        <source>Finish loads the demo data; it takes a few seconds.</source>
        <translation>Terminer charge les données de démonstration ; cela prend quelques secondes.</translation>
    </message>
    <message>
        <source>The demo holds invented missions, trainings and participants in five countries, recorded by a Guatemala office. Use it to try FieldDesk, not for real work: for real work, start again with a new profile folder.</source>
        <translation>La démonstration contient des missions, formations et participants fictifs dans cinq pays, saisis par un bureau du Guatemala. Utilisez-la pour essayer FieldDesk, pas pour un travail réel : pour cela, recommencez avec un nouveau dossier de profil.</translation>
    </message>
</context>
<context>
    <name>DuplicateHint</name>
    <message>
        <source>Possible duplicate: %1. Check whether this is the same person before adding a new record.</source>
        <translation>Doublon possible : %1. Vérifiez s’il s’agit de la même personne avant d’ajouter une nouvelle fiche.</translation>
    </message>
</context>
<context>
    <name>EnrollmentTab</name>
    <message>
        <source>Find a participant to enrol</source>
        <translation>Trouver un participant à inscrire</translation>
    </message>
    <message>
        <source>&amp;Find a participant:</source>
        <translation>&amp;Trouver un participant :</translation>
    </message>
    <message>
        <source>E&amp;nrol</source>
        <translation>&amp;Inscrire</translation>
    </message>
    <message>
        <source>New &amp;participant…</source>
        <translation>Nouveau &amp;participant…</translation>
    </message>
    <message>
        <source>&amp;Import from Excel…</source>
        <translation>&amp;Importer depuis Excel…</translation>
    </message>
    <message>
        <source>Import participants from an Excel file and enrol them in this activity</source>
        <translation>Importer des participants depuis un fichier Excel et les inscrire à cette activité</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Enrolled participants</source>
        <translation>Participants inscrits</translation>
    </message>
    <message>
        <source>&amp;Remove from the activity</source>
        <translation>&amp;Retirer de l’activité</translation>
    </message>
    <message numerus="yes">
        <source>%Ln participant(s)</source>
        <translation>
            <numerusform>%Ln participant</numerusform>
            <numerusform>%Ln participants</numerusform>
        </translation>
    </message>
    <message>
        <source>women: %1, men: %2</source>
        <translation>femmes : %1, hommes : %2</translation>
    </message>
    <message>
        <source>Remove from the activity</source>
        <translation>Retirer de l’activité</translation>
    </message>
    <message>
        <source>Remove %1 from this activity? Their attendance and scores here are removed too.</source>
        <translation>Retirer %1 de cette activité ? Ses présences et ses notes dans cette activité seront aussi supprimées.</translation>
    </message>
</context>
<context>
    <name>ExpertEditor</name>
    <message>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Expertise</source>
        <translation>Domaines d’expertise</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Language codes separated by commas, for example: en, fr, es.</source>
        <translation>Codes de langue séparés par des virgules, par exemple : en, fr, es.</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>New expert</source>
        <translation>Nouvel expert</translation>
    </message>
</context>
<context>
    <name>ExpertsPage</name>
    <message>
        <source>Experts</source>
        <translation>Experts</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Expertise</source>
        <translation>Domaines d’expertise</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Bureau</translation>
    </message>
    <message numerus="yes">
        <source>%Ln expert(s)</source>
        <translation>
            <numerusform>%Ln expert</numerusform>
            <numerusform>%Ln experts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
</context>
<context>
    <name>FindingsSection</name>
    <message>
        <source>Thematic area</source>
        <translation>Domaine thématique</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <source>finding</source>
        <translation>constat</translation>
    </message>
    <message>
        <source>What the mission found, by thematic area.</source>
        <translation>Ce que la mission a constaté, par domaine thématique.</translation>
    </message>
</context>
<context>
    <name>FirstStartWizard</name>
    <message>
        <source>FieldDesk – first start</source>
        <translation>FieldDesk – premier démarrage</translation>
    </message>
    <message>
        <source>Loading the demo data…</source>
        <translation>Chargement des données de démonstration…</translation>
    </message>
    <message>
        <source>Creating the profile…</source>
        <translation>Création du profil…</translation>
    </message>
</context>
<context>
    <name>FolderField</name>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Browse for: %1</source>
        <translation>Choisir : %1</translation>
    </message>
</context>
<context>
    <name>FollowUpStatus</name>
    <message>
        <source>Not started</source>
        <translation>Non commencé</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Partially implemented</source>
        <translation>Partiellement mise en œuvre</translation>
    </message>
    <message>
        <source>Implemented</source>
        <translation>Mise en œuvre</translation>
    </message>
    <message>
        <source>No longer relevant</source>
        <translation>Plus pertinente</translation>
    </message>
</context>
<context>
    <name>FollowUpTimeline</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>follow-up note</source>
        <translation>note de suivi</translation>
    </message>
    <message>
        <source>Each step in following up this recommendation, oldest first. The latest note sets the recommendation&apos;s status.</source>
        <translation>Chaque étape du suivi de cette recommandation, de la plus ancienne à la plus récente. La dernière note détermine l’état de la recommandation.</translation>
    </message>
</context>
<context>
    <name>FundingSource</name>
    <message>
        <source>UN regular budget</source>
        <translation>Budget ordinaire de l’ONU</translation>
    </message>
    <message>
        <source>Voluntary Fund for Technical Cooperation</source>
        <translation>Fonds de contributions volontaires pour la coopération technique</translation>
    </message>
    <message>
        <source>Other donor</source>
        <translation>Autre donateur</translation>
    </message>
</context>
<context>
    <name>GenerateStrip</name>
    <message>
        <source>Progress of the report</source>
        <translation>Avancement du rapport</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Stop generating the report</source>
        <translation>Arrêter la création du rapport</translation>
    </message>
    <message>
        <source>Cancelled: no report was made.</source>
        <translation>Annulé : aucun rapport n’a été créé.</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Restauré</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>(from a sync bundle)</source>
        <translation>(depuis un paquet de synchronisation)</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <source>History of this record</source>
        <translation>Historique de cette fiche</translation>
    </message>
    <message>
        <source>Every change to this record, latest first, as kept in the change log.</source>
        <translation>Toutes les modifications de cette fiche, les plus récentes en premier, telles que conservées dans le journal des modifications.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import from Excel</source>
        <translation>Importer depuis Excel</translation>
    </message>
    <message>
        <source>Import participants from an Excel file and enrol them in “%1”. People already recorded are recognised, so no one is added twice.</source>
        <translation>Importez des participants depuis un fichier Excel et inscrivez-les à « %1 ». Les personnes déjà enregistrées sont reconnues : personne n’est ajouté deux fois.</translation>
    </message>
    <message>
        <source>Import %1 from an Excel file. The file is checked first and nothing is written until you press Import; rows already recorded are recognised, so importing a file twice adds nothing twice.</source>
        <translation>Importez des %1 depuis un fichier Excel. Le fichier est d’abord vérifié et rien n’est enregistré avant que vous cliquiez sur Importer ; les lignes déjà enregistrées sont reconnues : importer deux fois un fichier n’ajoute rien en double.</translation>
    </message>
    <message>
        <source>An .xlsx file: a FieldDesk template or export</source>
        <translation>Un fichier .xlsx : un modèle ou un export de FieldDesk</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Fichier à importer</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Template for</source>
        <translation>Modèle pour</translation>
    </message>
    <message>
        <source>Save a &amp;template…</source>
        <translation>Enregistrer un &amp;modèle…</translation>
    </message>
    <message>
        <source>No file yet? Start from an empty template with the right column titles:</source>
        <translation>Pas encore de fichier ? Partez d’un modèle vide avec les bons titres de colonnes :</translation>
    </message>
    <message>
        <source>Problems in the file</source>
        <translation>Problèmes dans le fichier</translation>
    </message>
    <message>
        <source>Rows of the file</source>
        <translation>Lignes du fichier</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avancement</translation>
    </message>
    <message>
        <source>&amp;Other file…</source>
        <translation>&amp;Autre fichier…</translation>
    </message>
    <message>
        <source>C&amp;heck the file</source>
        <translation>&amp;Vérifier le fichier</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>C&amp;heck again</source>
        <translation>&amp;Vérifier à nouveau</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>Classeurs Excel (*.xlsx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>Vérification du fichier…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importation…</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Rien n’a été importé : %1</translation>
    </message>
    <message>
        <source>Save a template</source>
        <translation>Enregistrer un modèle</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>The template was saved to %1. Fill it in, then import it here.</source>
        <translation>Le modèle a été enregistré dans %1. Remplissez-le, puis importez-le ici.</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>(the whole row)</source>
        <translation>(toute la ligne)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Ce qui sera fait</translation>
    </message>
    <message>
        <source>Someone new: add them</source>
        <translation>Une nouvelle personne : l’ajouter</translation>
    </message>
    <message>
        <source>The same person as %1 (%2)</source>
        <translation>La même personne que %1 (%2)</translation>
    </message>
    <message>
        <source>Already recorded: left as it is</source>
        <translation>Déjà enregistré : laissé tel quel</translation>
    </message>
    <message>
        <source>New: added</source>
        <translation>Nouveau : ajouté</translation>
    </message>
    <message>
        <source>; enrolled in the activity</source>
        <translation> ; inscrit à l’activité</translation>
    </message>
</context>
<context>
    <name>ImportProblems</name>
    <message>
        <source>A value is required here.</source>
        <translation>Une valeur est obligatoire ici.</translation>
    </message>
    <message>
        <source>The same as row %1.</source>
        <translation>Identique à la ligne %1.</translation>
    </message>
    <message>
        <source>“%1” is not a date: write it as a date, or as YYYY-MM-DD or DD.MM.YYYY.</source>
        <translation>« %1 » n’est pas une date : saisissez une date, ou écrivez AAAA-MM-JJ ou JJ.MM.AAAA.</translation>
    </message>
    <message>
        <source>“%1” is not a known country: write its ISO 3166 code (GT, MW, RU…).</source>
        <translation>« %1 » n’est pas un pays connu : écrivez son code ISO 3166 (GT, MW, RU…).</translation>
    </message>
    <message>
        <source>“%1” is not one of the allowed values (%2).</source>
        <translation>« %1 » ne fait pas partie des valeurs autorisées (%2).</translation>
    </message>
    <message>
        <source>“%1” is not a whole number.</source>
        <translation>« %1 » n’est pas un nombre entier.</translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation>« %1 » n’est pas un nombre.</translation>
    </message>
    <message>
        <source>“%1” is not yes or no.</source>
        <translation>« %1 » n’est ni oui ni non.</translation>
    </message>
    <message>
        <source>There is no project with the code “%1”.</source>
        <translation>Aucun projet n’a le code « %1 ».</translation>
    </message>
</context>
<context>
    <name>ImportTexts</name>
    <message>
        <source>participants</source>
        <translation>participants</translation>
    </message>
    <message>
        <source>training activities</source>
        <translation>activités de formation</translation>
    </message>
    <message>
        <source>missions</source>
        <translation>missions</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new participant(s)</source>
        <translation>
            <numerusform>%Ln nouveau participant</numerusform>
            <numerusform>%Ln nouveaux participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new training activity(-ies)</source>
        <translation>
            <numerusform>%Ln nouvelle activité de formation</numerusform>
            <numerusform>%Ln nouvelles activités de formation</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new mission(s)</source>
        <translation>
            <numerusform>%Ln nouvelle mission</numerusform>
            <numerusform>%Ln nouvelles missions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln problem(s) in the file</source>
        <translation>
            <numerusform>%Ln problème dans le fichier</numerusform>
            <numerusform>%Ln problèmes dans le fichier</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln ligne</numerusform>
            <numerusform>%Ln lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing can be imported until they are corrected: correct the file, save it and check it again.</source>
        <translation>Rien ne peut être importé tant qu’ils ne sont pas corrigés : corrigez le fichier, enregistrez-le et vérifiez-le à nouveau.</translation>
    </message>
    <message>
        <source>To add: %1.</source>
        <translation>À ajouter : %1.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) already recorded, left as they are.</source>
        <translation>
            <numerusform>%Ln ligne déjà enregistrée, laissée telle quelle.</numerusform>
            <numerusform>%Ln lignes déjà enregistrées, laissées telles quelles.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln participant(s) to enrol in the activity.</source>
        <translation>
            <numerusform>%Ln participant à inscrire à l’activité.</numerusform>
            <numerusform>%Ln participants à inscrire à l’activité.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln participant(s) may already be recorded (highlighted): choose in the last column whether each is the same person or someone new.</source>
        <translation>
            <numerusform>%Ln participant est peut-être déjà enregistré (en surbrillance) : choisissez dans la dernière colonne s’il s’agit de la même personne ou d’une nouvelle personne.</numerusform>
            <numerusform>%Ln participants sont peut-être déjà enregistrés (en surbrillance) : choisissez pour chacun dans la dernière colonne s’il s’agit de la même personne ou d’une nouvelle personne.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is written until you press Import.</source>
        <translation>Rien n’est enregistré avant que vous cliquiez sur Importer.</translation>
    </message>
    <message>
        <source>Imported: %1.</source>
        <translation>Importé : %1.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln participant(s) enrolled in the activity.</source>
        <translation>
            <numerusform>%Ln participant inscrit à l’activité.</numerusform>
            <numerusform>%Ln participants inscrits à l’activité.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) were already recorded and left as they were.</source>
        <translation>
            <numerusform>%Ln ligne était déjà enregistrée et a été laissée telle quelle.</numerusform>
            <numerusform>%Ln lignes étaient déjà enregistrées et ont été laissées telles quelles.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ListPanel</name>
    <message>
        <source>Search (Ctrl+F)…</source>
        <translation>Rechercher (Ctrl+F)…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filtres</translation>
    </message>
    <message>
        <source>Show filters</source>
        <translation>Afficher les filtres</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>FieldDesk – %1 – %2</source>
        <translation>FieldDesk – %1 – %2</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Rubriques</translation>
    </message>
    <message>
        <source>Office %1</source>
        <translation>Bureau %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>Fic&amp;he</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Aller à</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d’outils principale</translation>
    </message>
    <message>
        <source>About FieldDesk</source>
        <translation>À propos de FieldDesk</translation>
    </message>
    <message>
        <source>FieldDesk %1

Missions, trainings, reports and sync for the field offices of a human rights technical cooperation programme.</source>
        <translation>FieldDesk %1

Missions, formations, rapports et synchronisation pour les bureaux de terrain d’un programme de coopération technique dans le domaine des droits de l’homme.</translation>
    </message>
</context>
<context>
    <name>MeetingsSection</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Stakeholder type</source>
        <translation>Type d’interlocuteur</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Femmes</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Hommes</translation>
    </message>
    <message>
        <source>Others</source>
        <translation>Autres</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Women met</source>
        <translation>Femmes rencontrées</translation>
    </message>
    <message>
        <source>Men met</source>
        <translation>Hommes rencontrés</translation>
    </message>
    <message>
        <source>Others met</source>
        <translation>Autres personnes rencontrées</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>réunion</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>%1 has changes that are not saved. Save them?</source>
        <translation>« %1 » comporte des modifications non enregistrées. Les enregistrer ?</translation>
    </message>
    <message>
        <source>The file could not be read or written: %1</source>
        <translation>Le fichier n’a pas pu être lu ou écrit : %1</translation>
    </message>
    <message>
        <source>Something unexpected went wrong (%1: %2). Nothing was saved by this step; the details were written to the log.</source>
        <translation>Une erreur inattendue s’est produite (%1 : %2). Rien n’a été enregistré à cette étape ; les détails ont été écrits dans le journal.</translation>
    </message>
    <message>
        <source>FieldDesk</source>
        <translation>FieldDesk</translation>
    </message>
</context>
<context>
    <name>MissionEditor</name>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Requesting authority</source>
        <translation>Autorité requérante</translation>
    </message>
    <message>
        <source>Request date</source>
        <translation>Date de la demande</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <source>Thematic areas</source>
        <translation>Domaines thématiques</translation>
    </message>
    <message>
        <source>Linked projects</source>
        <translation>Projets liés</translation>
    </message>
    <message>
        <source>Terms of reference</source>
        <translation>Termes de référence</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Réunions</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Recommandations</translation>
    </message>
    <message>
        <source>New mission</source>
        <translation>Nouvelle mission</translation>
    </message>
</context>
<context>
    <name>MissionRecommendationsSection</name>
    <message>
        <source>Recommendation</source>
        <translation>Recommandation</translation>
    </message>
    <message>
        <source>Thematic area</source>
        <translation>Domaine thématique</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Target institution</source>
        <translation>Institution visée</translation>
    </message>
    <message>
        <source>Date issued</source>
        <translation>Date d’émission</translation>
    </message>
    <message>
        <source>recommendation</source>
        <translation>recommandation</translation>
    </message>
    <message>
        <source>Follow each recommendation up on the Recommendations page.</source>
        <translation>Le suivi de chaque recommandation se fait dans la page Recommandations.</translation>
    </message>
</context>
<context>
    <name>MissionStatus</name>
    <message>
        <source>Requested</source>
        <translation>Demandée</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévue</translation>
    </message>
    <message>
        <source>In the field</source>
        <translation>Sur le terrain</translation>
    </message>
    <message>
        <source>Report drafted</source>
        <translation>Rapport en projet</translation>
    </message>
    <message>
        <source>Report final</source>
        <translation>Rapport définitif</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clôturée</translation>
    </message>
</context>
<context>
    <name>MissionsPage</name>
    <message>
        <source>Missions</source>
        <translation>Missions</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
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
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Demandée par</translation>
    </message>
    <message>
        <source>Requested on</source>
        <translation>Demandée le</translation>
    </message>
    <message>
        <source>Thematic areas</source>
        <translation>Domaines thématiques</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <source>Thematic area</source>
        <translation>Domaine thématique</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message numerus="yes">
        <source>%Ln mission(s)</source>
        <translation>
            <numerusform>%Ln mission</numerusform>
            <numerusform>%Ln missions</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the mission “%1” with its team, meetings and findings?</source>
        <translation>Supprimer la mission « %1 » avec son équipe, ses réunions et ses constats ?</translation>
    </message>
</context>
<context>
    <name>NewParticipantDialog</name>
    <message>
        <source>New participant</source>
        <translation>Nouveau participant</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Stakeholder type</source>
        <translation>Type d’interlocuteur</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Add and &amp;enrol</source>
        <translation>Ajouter et &amp;inscrire</translation>
    </message>
</context>
<context>
    <name>OfficePage</name>
    <message>
        <source>Your office</source>
        <translation>Votre bureau</translation>
    </message>
    <message>
        <source>Every record you make carries this office&apos;s code, so headquarters knows where it comes from.</source>
        <translation>Chaque fiche que vous créez porte le code de ce bureau, pour que le siège sache d’où elle vient.</translation>
    </message>
    <message>
        <source>for example GT-01</source>
        <translation>par exemple GT-01</translation>
    </message>
    <message>
        <source>for example Guatemala office</source>
        <translation>par exemple Bureau du Guatemala</translation>
    </message>
    <message>
        <source>Office &amp;code:</source>
        <translation>&amp;Code du bureau :</translation>
    </message>
    <message>
        <source>Office &amp;name:</source>
        <translation>&amp;Nom du bureau :</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle :</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>&amp;Pays :</translation>
    </message>
    <message>
        <source>The office code is required.</source>
        <translation>Le code du bureau est obligatoire.</translation>
    </message>
    <message>
        <source>Use 2 to 32 letters, digits or hyphens, for example GT-01.</source>
        <translation>Utilisez de 2 à 32 lettres, chiffres ou traits d’union, par exemple GT-01.</translation>
    </message>
    <message>
        <source>The office name is required.</source>
        <translation>Le nom du bureau est obligatoire.</translation>
    </message>
</context>
<context>
    <name>OfficeRole</name>
    <message>
        <source>Field office</source>
        <translation>Bureau de terrain</translation>
    </message>
    <message>
        <source>Headquarters</source>
        <translation>Siège</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Missions</source>
        <translation>Missions</translation>
    </message>
    <message>
        <source>Trainings</source>
        <translation>Formations</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Recommandations</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projets</translation>
    </message>
    <message>
        <source>Experts</source>
        <translation>Experts</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
</context>
<context>
    <name>ParticipantEditor</name>
    <message>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Stakeholder type</source>
        <translation>Type d’interlocuteur</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <source>Agrees that contact details are kept</source>
        <translation>Accepte que ses coordonnées soient conservées</translation>
    </message>
    <message>
        <source>E-mail and phone may be kept only with the participant&apos;s consent.</source>
        <translation>Le courriel et le téléphone ne peuvent être conservés qu’avec le consentement du participant.</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
    <message>
        <source>New participant</source>
        <translation>Nouveau participant</translation>
    </message>
</context>
<context>
    <name>ParticipantsPage</name>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Stakeholder type</source>
        <translation>Type d’interlocuteur</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Bureau</translation>
    </message>
    <message numerus="yes">
        <source>%Ln participant(s)</source>
        <translation>
            <numerusform>%Ln participant</numerusform>
            <numerusform>%Ln participants</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the participant “%1”? Their enrollments in activities are deleted with them.</source>
        <translation>Supprimer le participant « %1 » ? Ses inscriptions aux activités seront supprimées aussi.</translation>
    </message>
</context>
<context>
    <name>PartsSection</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>&amp;View…</source>
        <translation>&amp;Voir…</translation>
    </message>
    <message>
        <source>Add: %1</source>
        <translation>Ajouter : %1</translation>
    </message>
    <message>
        <source>Edit: %1</source>
        <translation>Modifier : %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove the selected line (%1)?</source>
        <translation>Retirer la ligne sélectionnée (%1) ?</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Folder for sync bundles</source>
        <translation>Dossier des paquets de synchronisation</translation>
    </message>
    <message>
        <source>Folder for reports</source>
        <translation>Dossier des rapports</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>Folder for sync &amp;bundles:</source>
        <translation>Dossier des &amp;paquets de synchronisation :</translation>
    </message>
    <message>
        <source>Folder for &amp;reports:</source>
        <translation>Dossier des &amp;rapports :</translation>
    </message>
    <message>
        <source>Dates and numbers follow the conventions of the language: today is %1; one thousand two hundred and fifty-five is %2.</source>
        <translation>Les dates et les nombres suivent les conventions de la langue : nous sommes le %1 ; mille deux cent cinquante-cinq s’écrit %2.</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Print %1</source>
        <translation>Imprimer %1</translation>
    </message>
    <message>
        <source>The report could not be read for printing (%1).</source>
        <translation>Le rapport n’a pas pu être lu pour l’impression (%1).</translation>
    </message>
    <message>
        <source>The printer could not be started. Check that it is connected and try again.</source>
        <translation>L’imprimante n’a pas pu démarrer. Vérifiez qu’elle est connectée et réessayez.</translation>
    </message>
</context>
<context>
    <name>Priority</name>
    <message>
        <source>High</source>
        <translation>Haute</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Basse</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>%1 is required.</source>
        <translation>%1 : ce champ est obligatoire.</translation>
    </message>
    <message>
        <source>%1 must have at most %2 characters.</source>
        <translation>%1 : %2 caractères au plus.</translation>
    </message>
    <message>
        <source>%1 must have at least %2 characters.</source>
        <translation>%1 : %2 caractères au moins.</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3.</source>
        <translation>%1 : la valeur doit être comprise entre %2 et %3.</translation>
    </message>
    <message>
        <source>The end date %1 is before the start date %2.</source>
        <translation>La date de fin (%1) précède la date de début (%2).</translation>
    </message>
    <message>
        <source>An activity can last at most %1 days.</source>
        <translation>Une activité peut durer au plus %1 jours.</translation>
    </message>
    <message>
        <source>%1 “%2” is already used by another record.</source>
        <translation>%1 « %2 » est déjà utilisé par une autre fiche.</translation>
    </message>
    <message>
        <source>The mission cannot start before the request was received.</source>
        <translation>La mission ne peut pas commencer avant la réception de la demande.</translation>
    </message>
    <message>
        <source>Name a staff member or choose an expert from the roster.</source>
        <translation>Indiquez un membre du personnel ou choisissez un expert du fichier.</translation>
    </message>
    <message>
        <source>Contact details may be kept only with the participant&apos;s consent.</source>
        <translation>Les coordonnées ne peuvent être conservées qu’avec le consentement du participant.</translation>
    </message>
    <message>
        <source>This is not an e-mail address.</source>
        <translation>Ce n’est pas une adresse électronique.</translation>
    </message>
    <message>
        <source>This participant is already enrolled in this activity.</source>
        <translation>Ce participant est déjà inscrit à cette activité.</translation>
    </message>
</context>
<context>
    <name>ProjectEditor</name>
    <message>
        <source>Project code</source>
        <translation>Code du projet</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation>Source de financement</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <source>Thematic areas</source>
        <translation>Domaines thématiques</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Nouveau projet</translation>
    </message>
</context>
<context>
    <name>ProjectStatus</name>
    <message>
        <source>Pipeline</source>
        <translation>En préparation</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <source>Ongoing</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Achevé</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clôturé</translation>
    </message>
</context>
<context>
    <name>ProjectsPage</name>
    <message>
        <source>Projects</source>
        <translation>Projets</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation>Source de financement</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
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
        <source>Thematic areas</source>
        <translation>Domaines thématiques</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <source>Thematic area</source>
        <translation>Domaine thématique</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message numerus="yes">
        <source>%Ln project(s)</source>
        <translation>
            <numerusform>%Ln projet</numerusform>
            <numerusform>%Ln projets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecommendationEditor</name>
    <message>
        <source>Recommendation</source>
        <translation>Recommandation</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Mission</source>
        <translation>Mission</translation>
    </message>
    <message>
        <source>The needs assessment mission that made it, if any.</source>
        <translation>La mission d’évaluation des besoins qui l’a formulée, le cas échéant.</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Thematic area</source>
        <translation>Domaine thématique</translation>
    </message>
    <message>
        <source>Target institution</source>
        <translation>Institution visée</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Date issued</source>
        <translation>Date d’émission</translation>
    </message>
    <message>
        <source>Follow-up status</source>
        <translation>État du suivi</translation>
    </message>
    <message>
        <source>Set by the latest follow-up note, when there is one.</source>
        <translation>Fixé par la dernière note de suivi, s’il y en a une.</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>New recommendation</source>
        <translation>Nouvelle recommandation</translation>
    </message>
</context>
<context>
    <name>RecommendationSource</name>
    <message>
        <source>Needs assessment mission</source>
        <translation>Mission d’évaluation des besoins</translation>
    </message>
    <message>
        <source>Treaty body</source>
        <translation>Organe conventionnel</translation>
    </message>
    <message>
        <source>Special procedure</source>
        <translation>Procédure spéciale</translation>
    </message>
    <message>
        <source>Universal periodic review</source>
        <translation>Examen périodique universel</translation>
    </message>
    <message>
        <source>Board of Trustees of the Voluntary Fund</source>
        <translation>Conseil d’administration du Fonds de contributions volontaires</translation>
    </message>
    <message>
        <source>National human rights institution</source>
        <translation>Institution nationale des droits de l’homme</translation>
    </message>
    <message>
        <source>NGO</source>
        <translation>ONG</translation>
    </message>
</context>
<context>
    <name>RecommendationsPage</name>
    <message>
        <source>Recommendations</source>
        <translation>Recommandations</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recommandation</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Thematic area</source>
        <translation>Domaine thématique</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Émise le</translation>
    </message>
    <message>
        <source>Mission</source>
        <translation>Mission</translation>
    </message>
    <message>
        <source>Target institution</source>
        <translation>Institution visée</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Bureau</translation>
    </message>
    <message numerus="yes">
        <source>%Ln recommendation(s)</source>
        <translation>
            <numerusform>%Ln recommandation</numerusform>
            <numerusform>%Ln recommandations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Ann&amp;uler les modifications</translation>
    </message>
    <message>
        <source>Choose a record in the list, or create a new one (Ctrl+N).</source>
        <translation>Choisissez une fiche dans la liste ou créez-en une nouvelle (Ctrl+N).</translation>
    </message>
    <message>
        <source>New record</source>
        <translation>Nouvelle fiche</translation>
    </message>
    <message>
        <source>Choose one of the suggestions, or clear the field.</source>
        <translation>Choisissez l’une des suggestions ou videz le champ.</translation>
    </message>
    <message>
        <source>Correct the marked fields first.</source>
        <translation>Corrigez d’abord les champs signalés.</translation>
    </message>
    <message>
        <source>This record was deleted.</source>
        <translation>Cette fiche a été supprimée.</translation>
    </message>
    <message>
        <source>This record belongs to office %1. You can read it; only that office or headquarters can change it.</source>
        <translation>Cette fiche appartient au bureau %1. Vous pouvez la consulter ; seuls ce bureau ou le siège peuvent la modifier.</translation>
    </message>
    <message>
        <source>Save the record first.</source>
        <translation>Enregistrez d’abord la fiche.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>Suppression…</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
</context>
<context>
    <name>RecordPage</name>
    <message>
        <source>Deleted.</source>
        <translation>Supprimé.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln fiche</numerusform>
            <numerusform>%Ln fiches</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete “%1”? Its parts and attachments are deleted with it.</source>
        <translation>Supprimer « %1 » ? Ses éléments et ses pièces jointes seront supprimés avec.</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>Exporter vers Excel</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>The list was saved to %1.</source>
        <translation>La liste a été enregistrée dans %1.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportation…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
</context>
<context>
    <name>RecordPicker</name>
    <message>
        <source>Type to search…</source>
        <translation>Tapez pour rechercher…</translation>
    </message>
</context>
<context>
    <name>RecordReportDialog</name>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>C&amp;onfidential on every page</source>
        <translation>C&amp;onfidentiel sur chaque page</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Rapport :</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
</context>
<context>
    <name>RecordReportsButton</name>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>Save the record first: reports show what is saved.</source>
        <translation>Enregistrez d’abord la fiche : les rapports montrent ce qui est enregistré.</translation>
    </message>
</context>
<context>
    <name>RecordTableModel</name>
    <message>
        <source>Reading the list…</source>
        <translation>Lecture de la liste…</translation>
    </message>
</context>
<context>
    <name>ReportPreview</name>
    <message>
        <source>Report preview</source>
        <translation>Aperçu du rapport</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Page précédente</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Page suivante</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>Pag&amp;e</source>
        <translation>Pag&amp;e</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>Fit the page width to the window</source>
        <translation>Ajuster la largeur de la page à la fenêtre</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Pleine largeur</translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation>Page entière</translation>
    </message>
    <message>
        <source>Show whole pages</source>
        <translation>Afficher des pages entières</translation>
    </message>
    <message>
        <source>Print the report (Ctrl+P)</source>
        <translation>Imprimer le rapport (Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Im&amp;primer…</translation>
    </message>
    <message>
        <source>Save a copy of the report as a PDF file</source>
        <translation>Enregistrer une copie du rapport en PDF</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>Choose a report and press Generate: it is shown here, ready to print or save.</source>
        <translation>Choisissez un rapport et cliquez sur Créer : il s’affiche ici, prêt à imprimer ou à enregistrer.</translation>
    </message>
    <message>
        <source>The report could not be shown (%1).</source>
        <translation>Le rapport n’a pas pu être affiché (%1).</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>sur %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln page(s)</source>
        <translation>
            <numerusform>%Ln page</numerusform>
            <numerusform>%Ln pages</numerusform>
        </translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Impression…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln page(s) sent to the printer.</source>
        <translation>
            <numerusform>%Ln page envoyée à l’imprimante.</numerusform>
            <numerusform>%Ln pages envoyées à l’imprimante.</numerusform>
        </translation>
    </message>
    <message>
        <source>Printing page %1 of %2…</source>
        <translation>Impression de la page %1 sur %2…</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Enregistrer le rapport</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Enregistré dans %1.</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Mission report</source>
        <translation>Rapport de mission</translation>
    </message>
    <message>
        <source>Training report</source>
        <translation>Rapport de formation</translation>
    </message>
    <message>
        <source>Attendance sheet</source>
        <translation>Feuille de présence</translation>
    </message>
    <message>
        <source>Certificates of participation</source>
        <translation>Certificats de participation</translation>
    </message>
    <message>
        <source>Programme summary</source>
        <translation>Bilan du programme</translation>
    </message>
    <message>
        <source>Recommendation follow-up</source>
        <translation>Suivi des recommandations</translation>
    </message>
    <message>
        <source>Generating the report…</source>
        <translation>Création du rapport…</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>Ge&amp;nerate</source>
        <translation>Cré&amp;er</translation>
    </message>
    <message>
        <source>%1 is ready.</source>
        <translation>%1 : prêt.</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Mission</source>
        <translation>Mission</translation>
    </message>
    <message>
        <source>Training activity</source>
        <translation>Activité de formation</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>Leave the dates empty for the whole programme.</source>
        <translation>Laissez les dates vides pour l’ensemble du programme.</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Tous les pays</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Marking</source>
        <translation>Mention</translation>
    </message>
    <message>
        <source>Confidential on every page</source>
        <translation>Confidentiel sur chaque page</translation>
    </message>
    <message>
        <source>All offices</source>
        <translation>Tous les bureaux</translation>
    </message>
    <message>
        <source>Cover, terms of reference, stakeholders met, findings and recommendations.</source>
        <translation>Couverture, mandat, interlocuteurs rencontrés, constatations et recommandations.</translation>
    </message>
    <message>
        <source>Participants by sex, target group and organisation; attendance, tests, evaluations and cost.</source>
        <translation>Participants par sexe, groupe cible et organisation ; présence, tests, évaluations et coût.</translation>
    </message>
    <message>
        <source>One row per participant and a signature box per day, to print and sign.</source>
        <translation>Une ligne par participant et une case de signature par jour, à imprimer et à signer.</translation>
    </message>
    <message>
        <source>One certificate of participation per enrolled participant.</source>
        <translation>Un certificat de participation par participant inscrit.</translation>
    </message>
    <message>
        <source>Missions, trainings, participants reached, projects and expenditure for a period.</source>
        <translation>Missions, formations, participants touchés, projets et dépenses sur une période.</translation>
    </message>
    <message>
        <source>Recommendations by status, each with its latest follow-up note.</source>
        <translation>Recommandations par état, chacune avec sa dernière note de suivi.</translation>
    </message>
    <message>
        <source>Choose a mission first: type part of its title and pick it from the list.</source>
        <translation>Choisissez d’abord une mission : tapez une partie de son titre et choisissez-la dans la liste.</translation>
    </message>
    <message>
        <source>Choose a training activity first: type part of its title and pick it from the list.</source>
        <translation>Choisissez d’abord une activité de formation : tapez une partie de son titre et choisissez-la dans la liste.</translation>
    </message>
    <message>
        <source>The end of the period is before its start.</source>
        <translation>La fin de la période précède son début.</translation>
    </message>
</context>
<context>
    <name>ScoresModel</name>
    <message>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>Pre-test</source>
        <translation>Pré-test</translation>
    </message>
    <message>
        <source>Post-test</source>
        <translation>Post-test</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Évolution</translation>
    </message>
    <message>
        <source>Evaluation (1–5)</source>
        <translation>Évaluation (1–5)</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificat</translation>
    </message>
</context>
<context>
    <name>ScoresTab</name>
    <message>
        <source>Tests and evaluation</source>
        <translation>Tests et évaluation</translation>
    </message>
    <message>
        <source>Scores are percentages (0 to 100); the evaluation is the participant&apos;s rating of the activity, from 1 (poor) to 5 (excellent). Type a number or press F2 to change a cell.</source>
        <translation>Les notes sont des pourcentages (0 à 100) ; l’évaluation est la note donnée à l’activité par le participant, de 1 (faible) à 5 (excellent). Tapez un nombre ou appuyez sur F2 pour modifier une case.</translation>
    </message>
    <message>
        <source>average pre-test %1</source>
        <translation>moyenne au pré-test %1</translation>
    </message>
    <message>
        <source>average post-test %1</source>
        <translation>moyenne au post-test %1</translation>
    </message>
    <message>
        <source>average evaluation %1 / 5</source>
        <translation>évaluation moyenne %1 / 5</translation>
    </message>
    <message numerus="yes">
        <source>%Ln certificate(s) issued</source>
        <translation>
            <numerusform>%Ln certificat délivré</numerusform>
            <numerusform>%Ln certificats délivrés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sex</name>
    <message>
        <source>Female</source>
        <translation>Femme</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Homme</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Non précisé</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Show FieldDesk in the new language now? The window is opened again; nothing is lost.</source>
        <translation>Afficher FieldDesk dans la nouvelle langue maintenant ? La fenêtre sera rouverte ; rien n’est perdu.</translation>
    </message>
</context>
<context>
    <name>StakeholderType</name>
    <message>
        <source>Government</source>
        <translation>Gouvernement</translation>
    </message>
    <message>
        <source>Parliament</source>
        <translation>Parlement</translation>
    </message>
    <message>
        <source>Judiciary</source>
        <translation>Magistrature</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>Police</translation>
    </message>
    <message>
        <source>Military</source>
        <translation>Forces armées</translation>
    </message>
    <message>
        <source>Prison administration</source>
        <translation>Administration pénitentiaire</translation>
    </message>
    <message>
        <source>National human rights institution</source>
        <translation>Institution nationale des droits de l’homme</translation>
    </message>
    <message>
        <source>NGO or civil society</source>
        <translation>ONG ou société civile</translation>
    </message>
    <message>
        <source>UN agency</source>
        <translation>Organisme des Nations Unies</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation>Donateur</translation>
    </message>
    <message>
        <source>Independent expert</source>
        <translation>Expert indépendant</translation>
    </message>
    <message>
        <source>Academia</source>
        <translation>Milieu universitaire</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Médias</translation>
    </message>
</context>
<context>
    <name>StatusArea</name>
    <message>
        <source>Working</source>
        <translation>Traitement en cours</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>Here you will make a sync bundle for headquarters (on a USB stick or by e-mail), import the bundles you receive, and see which changes are not yet sent and when each office last synchronised.</source>
        <translation>Vous préparerez ici un paquet de synchronisation pour le siège (sur une clé USB ou par courriel), importerez les paquets reçus et verrez quelles modifications n’ont pas encore été envoyées et quand chaque bureau s’est synchronisé pour la dernière fois.</translation>
    </message>
</context>
<context>
    <name>TeamSection</name>
    <message>
        <source>Staff member</source>
        <translation>Membre du personnel</translation>
    </message>
    <message>
        <source>Roster expert</source>
        <translation>Expert du fichier</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Chef</translation>
    </message>
    <message>
        <source>A staff member by name, or an expert from the roster below.</source>
        <translation>Un membre du personnel (son nom) ou un expert du fichier (ci-dessous).</translation>
    </message>
    <message>
        <source>Role in the team</source>
        <translation>Rôle dans l’équipe</translation>
    </message>
    <message>
        <source>Team lead</source>
        <translation>Chef d’équipe</translation>
    </message>
    <message>
        <source>Leads the mission</source>
        <translation>Dirige la mission</translation>
    </message>
    <message>
        <source>team member</source>
        <translation>membre de l’équipe</translation>
    </message>
</context>
<context>
    <name>ThematicArea</name>
    <message>
        <source>National human rights institutions</source>
        <translation>Institutions nationales des droits de l’homme</translation>
    </message>
    <message>
        <source>National human rights action plans</source>
        <translation>Plans d’action nationaux en faveur des droits de l’homme</translation>
    </message>
    <message>
        <source>Human rights education</source>
        <translation>Éducation aux droits de l’homme</translation>
    </message>
    <message>
        <source>Administration of justice</source>
        <translation>Administration de la justice</translation>
    </message>
    <message>
        <source>Constitutional and legislative reform</source>
        <translation>Réforme constitutionnelle et législative</translation>
    </message>
    <message>
        <source>Elections</source>
        <translation>Élections</translation>
    </message>
    <message>
        <source>Treaty body reporting</source>
        <translation>Rapports aux organes conventionnels</translation>
    </message>
    <message>
        <source>Economic, social and cultural rights and the right to development</source>
        <translation>Droits économiques, sociaux et culturels et droit au développement</translation>
    </message>
    <message>
        <source>Compensation of victims</source>
        <translation>Indemnisation des victimes</translation>
    </message>
    <message>
        <source>Support to NGOs and civil society</source>
        <translation>Appui aux ONG et à la société civile</translation>
    </message>
</context>
<context>
    <name>TrainingEditor</name>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Forme</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation>Groupes cibles</translation>
    </message>
    <message>
        <source>Thematic areas</source>
        <translation>Domaines thématiques</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Facilitators</source>
        <translation>Animateurs</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Présences</translation>
    </message>
    <message>
        <source>Tests and evaluation</source>
        <translation>Tests et évaluation</translation>
    </message>
    <message>
        <source>New training activity</source>
        <translation>Nouvelle activité de formation</translation>
    </message>
</context>
<context>
    <name>TrainingForm</name>
    <message>
        <source>Training course</source>
        <translation>Cours de formation</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <source>Seminar</source>
        <translation>Séminaire</translation>
    </message>
    <message>
        <source>Fellowship</source>
        <translation>Bourse</translation>
    </message>
    <message>
        <source>Advisory service</source>
        <translation>Services consultatifs</translation>
    </message>
    <message>
        <source>Expert consultation</source>
        <translation>Consultation d’experts</translation>
    </message>
</context>
<context>
    <name>TrainingsPage</name>
    <message>
        <source>Trainings</source>
        <translation>Formations</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Forme</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
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
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Thematic areas</source>
        <translation>Domaines thématiques</translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation>Groupes cibles</translation>
    </message>
    <message>
        <source>Cost (USD)</source>
        <translation>Coût (USD)</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <source>Thematic area</source>
        <translation>Domaine thématique</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message numerus="yes">
        <source>%Ln activity(-ies)</source>
        <translation>
            <numerusform>%Ln activité</numerusform>
            <numerusform>%Ln activités</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the activity “%1” with its enrollments, attendance and scores?</source>
        <translation>Supprimer l’activité « %1 » avec ses inscriptions, ses présences et ses notes ?</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <source>New record</source>
        <translation>Nouvelle fiche</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save the record</source>
        <translation>Enregistrer la fiche</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Delete the record</source>
        <translation>Supprimer la fiche</translation>
    </message>
    <message>
        <source>Ne&amp;xt record</source>
        <translation>Fiche &amp;suivante</translation>
    </message>
    <message>
        <source>Next record</source>
        <translation>Fiche suivante</translation>
    </message>
    <message>
        <source>&amp;Previous record</source>
        <translation>Fiche &amp;précédente</translation>
    </message>
    <message>
        <source>Previous record</source>
        <translation>Fiche précédente</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <source>Search the list</source>
        <translation>Rechercher dans la liste</translation>
    </message>
    <message>
        <source>&amp;Export to Excel…</source>
        <translation>&amp;Exporter vers Excel…</translation>
    </message>
    <message>
        <source>Export the list to Excel</source>
        <translation>Exporter la liste vers Excel</translation>
    </message>
    <message>
        <source>&amp;Import from Excel…</source>
        <translation>&amp;Importer depuis Excel…</translation>
    </message>
    <message>
        <source>Import records from an Excel file</source>
        <translation>Importer des fiches depuis un fichier Excel</translation>
    </message>
    <message>
        <source>P&amp;references…</source>
        <translation>Pré&amp;férences…</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Quit FieldDesk</source>
        <translation>Quitter FieldDesk</translation>
    </message>
    <message>
        <source>&amp;About FieldDesk</source>
        <translation>&amp;À propos de FieldDesk</translation>
    </message>
    <message>
        <source>About FieldDesk</source>
        <translation>À propos de FieldDesk</translation>
    </message>
</context>
</TS>
