<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Application</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>Runtime</source>
        <translation>Environnement d’exécution</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <source>Font</source>
        <translation>Police</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Composant</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>see the text</source>
        <translation>voir le texte</translation>
    </message>
    <message>
        <source>About FieldDesk</source>
        <translation>À propos de FieldDesk</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Missions, trainings, reports and sync for the field offices of a human rights technical cooperation programme.</source>
        <translation>Missions, formations, rapports et synchronisation pour les bureaux de terrain d’un programme de coopération technique dans le domaine des droits de l’homme.</translation>
    </message>
    <message>
        <source>FieldDesk is free software under the MIT licence. It is built on the libraries and fonts below, each under its own licence: choose one to read it.</source>
        <translation>FieldDesk est un logiciel libre sous licence MIT. Il s’appuie sur les bibliothèques et polices ci-dessous, chacune sous sa propre licence : choisissez-en une pour la lire.</translation>
    </message>
    <message>
        <source>Your data is kept in %1, not in the program's folder: installing a newer version or removing FieldDesk leaves it where it is.</source>
        <translation>Vos données sont conservées dans %1, et non dans le dossier du programme : installer une version plus récente ou désinstaller FieldDesk les laisse en place.</translation>
    </message>
    <message>
        <source>Components and their licences</source>
        <translation>Composants et leurs licences</translation>
    </message>
    <message>
        <source>Licence of %1</source>
        <translation>Licence de %1</translation>
    </message>
    <message>
        <source>The licence text of %1 is not included with this copy of FieldDesk; see %2.</source>
        <translation>Le texte de la licence de %1 n’est pas inclus dans cette copie de FieldDesk ; voir %2.</translation>
    </message>
</context>
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
    <name>AssessDialog</name>
    <message>
        <source>Assess: %1</source>
        <translation>Évaluer : %1</translation>
    </message>
    <message>
        <source>From the evidence (%1)</source>
        <translation>D'après les éléments enregistrés (%1)</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Non évalué</translation>
    </message>
    <message>
        <source>0 – does not apply</source>
        <translation>0 – ne s'applique pas</translation>
    </message>
    <message>
        <source>3 – applies fully</source>
        <translation>3 – s'applique pleinement</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Why this score: the facts, who was consulted.</source>
        <translation>Pourquoi cette note : les faits, les personnes consultées.</translation>
    </message>
    <message>
        <source>No evidence recorded.</source>
        <translation>Aucun élément enregistré.</translation>
    </message>
    <message>
        <source>Evidence recorded:</source>
        <translation>Éléments enregistrés :</translation>
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
        <source>“%1” is a .%2 file: a program or script that runs on this computer with your rights when opened. Open it only if you know where it comes from. Open it?</source>
        <translation>« %1 » est un fichier .%2 : un programme ou un script qui s’exécute sur cet ordinateur avec vos droits lorsqu’il est ouvert. Ne l’ouvrez que si vous savez d’où il vient. L’ouvrir ?</translation>
    </message>
    <message>
        <source>Open a program?</source>
        <translation>Ouvrir un programme ?</translation>
    </message>
    <message>
        <source>Type: .%1, a program or script (FieldDesk asks before opening it)</source>
        <translation>Type : .%1, un programme ou un script (FieldDesk demande avant de l’ouvrir)</translation>
    </message>
    <message>
        <source>Type: .%1</source>
        <translation>Type : .%1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
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
<message>
        <source>Checked: present. Empty: absent. Dash: not recorded. Click a cell or press the space bar to change it, or type 1 (present) or 0 (absent); Enter or Tab moves on. Each change is saved at once.</source>
        <translation>Coché : présent. Vide : absent. Tiret : non saisi. Cliquez sur une case ou appuyez sur la barre d’espace pour la modifier, ou tapez 1 (présent) ou 0 (absent) ; Entrée ou Tab passe à la suivante. Chaque modification est enregistrée aussitôt.</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>FieldDesk backs up this profile once a day when it is first used, and before every bundle import, database upgrade and restore. It keeps the last 10 automatic backups and every backup made by hand. Backups are encrypted like the profile.</source>
        <translation>FieldDesk sauvegarde ce profil une fois par jour à la première utilisation, et avant chaque import de lot, mise à niveau de la base de données et restauration. Il garde les 10 dernières sauvegardes automatiques et toutes celles faites à la main. Les sauvegardes sont chiffrées comme le profil.</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>Back up to a &amp;folder…</source>
        <translation>Sauvegarder dans un &amp;dossier…</translation>
    </message>
    <message>
        <source>Back up now and copy the backup to a folder, for example on a USB stick, with the key file that opens it</source>
        <translation>Sauvegarder maintenant et copier la sauvegarde dans un dossier, par exemple sur une clé USB, avec le fichier de clés qui l'ouvre</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurer…</translation>
    </message>
    <message>
        <source>Changes made here that headquarters has not yet acknowledged: %1 (the oldest from %2). Restoring a backup would replace them.</source>
        <translation>Modifications faites ici dont le siège n'a pas encore accusé réception : %1 (la plus ancienne du %2). Restaurer une sauvegarde les remplacerait.</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Sauvegarde en cours…</translation>
    </message>
    <message>
        <source>Copy the backup to a folder</source>
        <translation>Copier la sauvegarde dans un dossier</translation>
    </message>
    <message>
        <source>Backed up (%1).</source>
        <translation>Sauvegarde faite (%1).</translation>
    </message>
    <message>
        <source>Backed up and copied to %1, with the key file that opens it (the passphrase or the recovery key is still needed).</source>
        <translation>Sauvegarde faite et copiée dans %1, avec le fichier de clés qui l'ouvre (la phrase secrète ou la clé de récupération reste nécessaire).</translation>
    </message>
    <message>
        <source>Backed up and copied to %1. This profile is not encrypted: anyone who has the copy can read it.</source>
        <translation>Sauvegarde faite et copiée dans %1. Ce profil n'est pas chiffré : quiconque a la copie peut la lire.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Replace the profile's data with the backup made %1? Everything recorded since then is replaced. The current data is backed up first, so restoring that backup undoes this.</source>
        <translation>Remplacer les données du profil par la sauvegarde faite le %1 ? Tout ce qui a été saisi depuis est remplacé. Les données actuelles sont d'abord sauvegardées : restaurer cette sauvegarde annule l'opération.</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Restauration…</translation>
    </message>
    <message>
        <source>Changes not yet at headquarters</source>
        <translation>Modifications pas encore au siège</translation>
    </message>
    <message>
        <source>Changes made here that headquarters has not acknowledged: %1 (the oldest from %2). Restoring replaces them; they stay in the backup made before the restore. Sending a bundle to headquarters first is safer.

Restore anyway?</source>
        <translation>Modifications faites ici dont le siège n'a pas accusé réception : %1 (la plus ancienne du %2). La restauration les remplace ; elles restent dans la sauvegarde faite avant la restauration. Il est plus sûr d'envoyer d'abord un lot au siège.

Restaurer quand même ?</translation>
    </message>
    <message>
        <source>Nothing was restored.</source>
        <translation>Rien n'a été restauré.</translation>
    </message>
    <message>
        <source>Back up now and copy the backup to a folder, for example on a USB stick, with a key file that opens it with the recovery key</source>
        <translation>Sauvegarder maintenant et copier la sauvegarde dans un dossier, par exemple sur une clé USB, avec un fichier de clé qui l’ouvre avec la clé de récupération</translation>
    </message>
    <message>
        <source>Backed up and copied to %1, with a key file that opens it with the recovery key only (not with the passphrase: an old copy never opens with an old passphrase).</source>
        <translation>Sauvegardé et copié dans %1, avec un fichier de clé qui l’ouvre avec la clé de récupération seulement (pas avec la phrase secrète : une ancienne copie ne s’ouvre jamais avec une ancienne phrase secrète).</translation>
    </message>
</context>
<context>
    <name>BackupsModel</name>
    <message>
        <source>Daily, on first use</source>
        <translation>Quotidienne, à la première utilisation</translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translation>Faite à la main</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Avant une restauration</translation>
    </message>
    <message>
        <source>Before encrypting</source>
        <translation>Avant le chiffrement</translation>
    </message>
    <message>
        <source>Before a database upgrade</source>
        <translation>Avant une mise à niveau de la base de données</translation>
    </message>
    <message>
        <source>Before importing bundle #%1 from %2</source>
        <translation>Avant l'import du lot n° %1 de %2</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 Mo</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 Ko</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Faite le</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <source>By hand</source>
        <translation>À la main</translation>
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
    <message>
        <source>Execution (%)</source>
        <translation>Exécution (%)</translation>
    </message>
    <message>
        <source>Budget and expenditure per year and funding source; the execution rate is expenditure as a share of budget.</source>
        <translation>Budget et dépenses par année et source de financement ; le taux d'exécution est la part du budget dépensée.</translation>
    </message>
    <message>
        <source>Execution by year: %1.</source>
        <translation>Exécution par année : %1.</translation>
    </message>
    <message>
        <source>Total budget %1; spent %2%3.</source>
        <translation>Budget total %1 ; dépensé %2%3.</translation>
    </message>
</context>
<context>
    <name>BundlePreview</name>
    <message>
        <source>Import bundle</source>
        <translation>Importer le lot</translation>
    </message>
    <message>
        <source>Bundle #%1 from %2 has been checked: it is signed by %2 and addressed to this office. Nothing has been changed yet.</source>
        <translation>Le lot n° %1 de %2 a été vérifié : il est signé par %2 et adressé à ce bureau. Rien n'a encore été modifié.</translation>
    </message>
    <message>
        <source>New records:</source>
        <translation>Nouveaux enregistrements :</translation>
    </message>
    <message>
        <source>Updated records:</source>
        <translation>Enregistrements mis à jour :</translation>
    </message>
    <message>
        <source>Already up to date:</source>
        <translation>Déjà à jour :</translation>
    </message>
    <message>
        <source>%1 (both sides changed the same thing; you will review them on the Conflicts tab)</source>
        <translation>%1 (les deux côtés ont modifié la même chose ; vous les examinerez dans l'onglet Conflits)</translation>
    </message>
    <message>
        <source>Conflicts:</source>
        <translation>Conflits :</translation>
    </message>
    <message>
        <source>Waiting for a parent record:</source>
        <translation>En attente d'un enregistrement parent :</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Appliquer</translation>
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
        <source>FieldDesk keeps your office's missions, trainings and participants on this computer.</source>
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
    <name>ConflictsTab</name>
    <message>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Le mien</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Le leur</translation>
    </message>
    <message>
        <source>In effect</source>
        <translation>En vigueur</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>Détecté</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>Show &amp;resolved conflicts</source>
        <translation>Afficher les conflits &amp;résolus</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflit</translation>
    </message>
    <message>
        <source>This office's value</source>
        <translation>Valeur de ce bureau</translation>
    </message>
    <message>
        <source>The other office's value</source>
        <translation>Valeur de l'autre bureau</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>Garder le &amp;mien</translation>
    </message>
    <message>
        <source>Keep &amp;theirs</source>
        <translation>Garder le &amp;leur</translation>
    </message>
    <message>
        <source>&amp;Open the record to edit it</source>
        <translation>&amp;Ouvrir l'enregistrement pour le modifier</translation>
    </message>
    <message>
        <source>mine</source>
        <translation>le mien</translation>
    </message>
    <message>
        <source>theirs (%1)</source>
        <translation>le leur (%1)</translation>
    </message>
    <message>
        <source>No conflict selected. Conflicts appear here when this office and another changed the same thing between two syncs.</source>
        <translation>Aucun conflit sélectionné. Les conflits apparaissent ici quand ce bureau et un autre ont modifié la même chose entre deux synchronisations.</translation>
    </message>
    <message>
        <source>(resolved: %1)</source>
        <translation>(résolu : %1)</translation>
    </message>
    <message>
        <source>Value from %1</source>
        <translation>Valeur de %1</translation>
    </message>
    <message>
        <source>Resolving…</source>
        <translation>Résolution…</translation>
    </message>
</context>
<context>
    <name>Cover</name>
    <message>
        <source>FieldDesk is locked</source>
        <translation>FieldDesk est verrouillé</translation>
    </message>
    <message>
        <source>Office %1. Type the passphrase to go on: the windows come back as they were.</source>
        <translation>Bureau %1. Saisissez la phrase secrète pour continuer : les fenêtres reviennent telles quelles.</translation>
    </message>
</context>
<context>
    <name>CriteriaView</name>
    <message>
        <source>Headquarters sets the criteria and their weights; every office ranks its requests by them.</source>
        <translation>Le Siège fixe les critères et leurs pondérations ; chaque bureau classe ses demandes d'après eux.</translation>
    </message>
    <message>
        <source>Set by headquarters; every office ranks its requests by them.</source>
        <translation>Fixés par le Siège ; chaque bureau classe ses demandes d'après eux.</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Pondération</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <source>How it is evaluated</source>
        <translation>Mode d'évaluation</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Priority criteria</source>
        <translation>Critères de priorité</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>0 (not counted) to 10.</source>
        <translation>De 0 (non compté) à 10.</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Ordre</translation>
    </message>
    <message>
        <source>Add: %1</source>
        <translation>Ajouter : %1</translation>
    </message>
    <message>
        <source>criterion</source>
        <translation>critère</translation>
    </message>
    <message>
        <source>Edit: %1</source>
        <translation>Modifier : %1</translation>
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
    <message>
        <source>open requests for assistance</source>
        <translation>demandes d'assistance en cours</translation>
    </message>
    <message>
        <source>Open requests by status</source>
        <translation>Demandes en cours par état</translation>
    </message>
    <message>
        <source>Projects by stage</source>
        <translation>Projets par étape</translation>
    </message>
    <message>
        <source>Indicators on and off track</source>
        <translation>Indicateurs en bonne voie et en retard</translation>
    </message>
<message>
        <source>closed projects sustained at 12 months</source>
        <translation>projets clôturés durables à 12 mois</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
<message>
        <source>Activities by thematic area</source>
        <translation>Activités par domaine thématique</translation>
    </message>
</context>
<context>
    <name>DateInput</name>
    <message>
        <source>dd</source>
        <comment>day in a date format</comment>
        <translation>jj</translation>
    </message>
    <message>
        <source>mm</source>
        <comment>month in a date format</comment>
        <translation>mm</translation>
    </message>
    <message>
        <source>yyyy</source>
        <comment>year in a date format</comment>
        <translation>aaaa</translation>
    </message>
    <message>
        <source>Type the date as %1 or as %2, or press Alt+Down for a calendar.</source>
        <translation>Tapez la date sous la forme %1 ou %2, ou appuyez sur Alt+Bas pour un calendrier.</translation>
    </message>
    <message>
        <source>Calendar (Alt+Down)</source>
        <translation>Calendrier (Alt+Bas)</translation>
    </message>
    <message>
        <source>Open the calendar</source>
        <translation>Ouvrir le calendrier</translation>
    </message>
    <message>
        <source>“%1” is not a date. Type it as %2 or as %3.</source>
        <translation>« %1 » n’est pas une date. Tapez-la sous la forme %2 ou %3.</translation>
    </message>
    <message>
        <source>“%1”: write the year in full, with four digits.</source>
        <translation>« %1 » : écrivez l’année en entier, avec quatre chiffres.</translation>
    </message>
    <message>
        <source>“%1” is not a date: there is no month %2.</source>
        <translation>« %1 » n’est pas une date : il n’y a pas de mois %2.</translation>
    </message>
    <message>
        <source>“%1” is not a date: %2 %3 has %4 days.</source>
        <translation>« %1 » n’est pas une date : %2 %3 a %4 jours.</translation>
    </message>
    <message>
        <source>“%1” is outside the dates this field accepts (%2 to %3).</source>
        <translation>« %1 » est en dehors des dates que ce champ accepte (du %2 au %3).</translation>
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
        <source>The demo holds invented missions, trainings and participants in five countries, recorded by a Guatemala office. Use it to try FieldDesk, not for real work: for real work, start again with a new profile folder. As it holds nothing real, the demo profile is not encrypted.</source>
        <translation>La démonstration contient des missions, formations et participants fictifs dans cinq pays, saisis par un bureau du Guatemala. Utilisez-la pour essayer FieldDesk, pas pour un travail réel : pour cela, recommencez avec un nouveau dossier de profil. Comme il ne contient rien de réel, le profil de démonstration n'est pas chiffré.</translation>
    </message>
</context>
<context>
    <name>DuplicateHint</name>
    <message>
        <source>Possible duplicate: %1. Check whether this is the same person before adding a new record.</source>
        <translation>Doublon possible : %1. Vérifiez s’il s’agit de la même personne avant d’ajouter une nouvelle fiche.</translation>
    </message>
<message>
        <source>&amp;Not the same person</source>
        <translation>&amp;Pas la même personne</translation>
    </message>
    <message>
        <source>Record a new person and do not offer these records as duplicates again</source>
        <translation>Enregistrer une nouvelle personne et ne plus proposer ces fiches comme doublons</translation>
    </message>
    <message>
        <source>Possible duplicate: this person may be recorded already. Use the existing record, or say that this is not the same person.</source>
        <translation>Doublon possible : cette personne est peut-être déjà enregistrée. Utilisez la fiche existante, ou indiquez qu’il ne s’agit pas de la même personne.</translation>
    </message>
    <message>
        <source>&amp;Use this person</source>
        <translation>&amp;Utiliser cette personne</translation>
    </message>
    <message>
        <source>Use this person</source>
        <translation>Utiliser cette personne</translation>
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
    <message>
        <source>&amp;Import from Excel…</source>
        <translation>&amp;Importer depuis Excel…</translation>
    </message>
    <message>
        <source>Import participants from an Excel file and enrol them in this activity</source>
        <translation>Importer des participants depuis un fichier Excel et les inscrire à cette activité</translation>
    </message>
</context>
<context>
    <name>EvaluationsSection</name>
    <message>
        <source>Evaluation</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Evaluators</source>
        <translation>Évaluateurs</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constatations</translation>
    </message>
    <message>
        <source>Lessons learnt</source>
        <translation>Enseignements</translation>
    </message>
    <message>
        <source>evaluation</source>
        <translation>évaluation</translation>
    </message>
    <message>
        <source>Mid-term and end-of-project evaluations: what was found, and what was learnt.</source>
        <translation>Évaluations à mi-parcours et de fin de projet : ce qui a été constaté et les enseignements tirés.</translation>
    </message>
</context>
<context>
    <name>ExchangeTab</name>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>&amp;Recipient:</source>
        <translation>&amp;Destinataire :</translation>
    </message>
    <message>
        <source>Send &amp;everything, not only what the recipient has not confirmed</source>
        <translation>&amp;Tout envoyer, pas seulement ce que le destinataire n'a pas confirmé</translation>
    </message>
    <message>
        <source>&amp;Make bundle…</source>
        <translation>&amp;Créer le lot…</translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>Recevoir</translation>
    </message>
    <message>
        <source>Drop bundle files here, or</source>
        <translation>Déposez les fichiers de lot ici, ou</translation>
    </message>
    <message>
        <source>&amp;Import bundles…</source>
        <translation>&amp;Importer des lots…</translation>
    </message>
    <message>
        <source>No office is trusted yet. Exchange identity cards on the Keys tab first.</source>
        <translation>Aucun bureau n'est encore approuvé. Échangez d'abord les cartes d'identité dans l'onglet Clés.</translation>
    </message>
    <message>
        <source>%1 change(s) that %2 has not confirmed yet, the oldest from %3.</source>
        <translation>%1 modification(s) que %2 n'a pas encore confirmée(s), la plus ancienne du %3.</translation>
    </message>
    <message>
        <source>%1 has confirmed every change; a bundle now only carries the confirmation of what you received.</source>
        <translation>%1 a confirmé toutes les modifications ; un lot ne porte maintenant que la confirmation de ce que vous avez reçu.</translation>
    </message>
    <message>
        <source>Save bundle</source>
        <translation>Enregistrer le lot</translation>
    </message>
    <message>
        <source>FieldDesk bundles (*.fdb);;All files (*)</source>
        <translation>Lots FieldDesk (*.fdb);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Bundle saved</source>
        <translation>Lot enregistré</translation>
    </message>
    <message>
        <source>Bundle #%1 for %2 was saved to %3 with %4 change(s) and %5 attachment(s). Carry it to %2 and import it there.</source>
        <translation>Le lot n° %1 pour %2 a été enregistré dans %3 avec %4 modification(s) et %5 pièce(s) jointe(s). Apportez-le à %2 et importez-le là-bas.</translation>
    </message>
    <message>
        <source>Making the bundle…</source>
        <translation>Création du lot…</translation>
    </message>
    <message>
        <source>Import bundles</source>
        <translation>Importer des lots</translation>
    </message>
    <message>
        <source>Checking the bundle…</source>
        <translation>Vérification du lot…</translation>
    </message>
    <message>
        <source>Bundle not imported</source>
        <translation>Lot non importé</translation>
    </message>
    <message>
        <source>Nothing to import</source>
        <translation>Rien à importer</translation>
    </message>
    <message>
        <source>Bundle imported</source>
        <translation>Lot importé</translation>
    </message>
    <message>
        <source>Importing the bundle…</source>
        <translation>Importation du lot…</translation>
    </message>
    <message>
        <source>Bundle #%1 for %2 was saved to %3 with %4 and %5. Carry it to %2 and import it there.</source>
        <translation>Le lot n° %1 pour %2 a été enregistré dans %3 avec %4 et %5. Apportez-le à %2 et importez-le là-bas.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) that %1 has not confirmed yet, the oldest from %2.</source>
        <translation>
            <numerusform>%Ln modification que %1 n'a pas encore confirmée, du %2.</numerusform>
            <numerusform>%Ln modifications que %1 n'a pas encore confirmées, la plus ancienne du %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s)</source>
        <translation>
            <numerusform>%Ln modification</numerusform>
            <numerusform>%Ln modifications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln attachment(s)</source>
        <translation>
            <numerusform>%Ln pièce jointe</numerusform>
            <numerusform>%Ln pièces jointes</numerusform>
        </translation>
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
    <message>
        <source>More filters</source>
        <translation>Plus de filtres</translation>
    </message>
    <message>
        <source>More filters (%1 in use)</source>
        <translation>Plus de filtres (%1 utilisés)</translation>
    </message>
    <message>
        <source>Fewer filters</source>
        <translation>Moins de filtres</translation>
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
<message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Ordre</translation>
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
    <message>
        <source>Recovery key</source>
        <translation>Clé de récupération</translation>
    </message>
    <message>
        <source>The recovery key is shown only now. Without it, a forgotten passphrase means the data cannot be opened. Go on without keeping it?</source>
        <translation>La clé de récupération n'est affichée que maintenant. Sans elle, une phrase secrète oubliée signifie que les données ne peuvent plus être ouvertes. Continuer sans la conserver ?</translation>
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
        <source>Each step in following up this recommendation, oldest first. The latest note sets the recommendation's status.</source>
        <translation>Chaque étape du suivi de cette recommandation, de la plus ancienne à la plus récente. La dernière note détermine l’état de la recommandation.</translation>
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
<message>
        <source>headquarters (root key)</source>
        <translation>siège (clé racine)</translation>
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
    <message>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>Lot</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Appliquées</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Bundles sent and received</source>
        <translation>Lots envoyés et reçus</translation>
    </message>
    <message>
        <source>Received from</source>
        <translation>Reçu de</translation>
    </message>
    <message>
        <source>Sent to</source>
        <translation>Envoyé à</translation>
    </message>
    <message>
        <source>missing before it: %1 (their changes came in later bundles)</source>
        <translation>manquant avant celui-ci : %1 (leurs modifications sont arrivées dans des lots ultérieurs)</translation>
    </message>
    <message>
        <source>everything</source>
        <translation>tout</translation>
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
    <message>
        <source>Not the same person: add them</source>
        <translation>Pas la même personne : l'ajouter</translation>
    </message>
    <message>
        <source>Use this person: %1 (%2)</source>
        <translation>Utiliser cette personne : %1 (%2)</translation>
    </message>
    <message>
        <source>To decide: the same person, or someone new?</source>
        <translation>À décider : la même personne, ou quelqu'un d'autre ?</translation>
    </message>
</context>
<context>
    <name>ImportSummary</name>
    <message>
        <source>This bundle was imported before; nothing was changed.</source>
        <translation>Ce paquet a déjà été importé ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>A later bundle from %1 has already brought these changes; nothing was changed.</source>
        <translation>Un paquet plus récent de %1 a déjà apporté ces modifications ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Bundle no. %1 from %2 applied.</source>
        <translation>Paquet n° %1 de %2 appliqué.</translation>
    </message>
    <message>
        <source>New records: %1</source>
        <translation>Nouveaux enregistrements : %1</translation>
    </message>
    <message>
        <source>Updated records: %1</source>
        <translation>Enregistrements mis à jour : %1</translation>
    </message>
    <message>
        <source>Already up to date: %1</source>
        <translation>Déjà à jour : %1</translation>
    </message>
    <message>
        <source>Conflicts to review (Sync page, Conflicts): %1</source>
        <translation>Conflits à examiner (page Synchronisation, Conflits) : %1</translation>
    </message>
    <message>
        <source>Changes refused and kept for review: %1</source>
        <translation>Modifications refusées et gardées pour examen : %1</translation>
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
    <name>IndicatorsSection</name>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avancement</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Latest value</source>
        <translation>Dernière valeur</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Baseline date</source>
        <translation>Date de référence</translation>
    </message>
    <message>
        <source>Empty: the project's start.</source>
        <translation>Vide : le début du projet.</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Date cible</translation>
    </message>
    <message>
        <source>Empty: the project's end.</source>
        <translation>Vide : la fin du projet.</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Ordre</translation>
    </message>
    <message>
        <source>indicator</source>
        <translation>indicateur</translation>
    </message>
</context>
<context>
    <name>KeysTab</name>
    <message>
        <source>This office</source>
        <translation>Ce bureau</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Empreinte</translation>
    </message>
    <message>
        <source>Office:</source>
        <translation>Bureau :</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Empreinte :</translation>
    </message>
    <message>
        <source>&amp;Save my identity card…</source>
        <translation>&amp;Enregistrer ma carte d'identité…</translation>
    </message>
    <message>
        <source>Trusted offices</source>
        <translation>Bureaux approuvés</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Trusted since</source>
        <translation>Approuvé depuis</translation>
    </message>
    <message>
        <source>&amp;Trust an identity card…</source>
        <translation>&amp;Approuver une carte d'identité…</translation>
    </message>
    <message>
        <source>headquarters</source>
        <translation>siège</translation>
    </message>
    <message>
        <source>field office</source>
        <translation>bureau de terrain</translation>
    </message>
    <message>
        <source>Save identity card</source>
        <translation>Enregistrer la carte d'identité</translation>
    </message>
    <message>
        <source>Identity cards (*.fdcard);;All files (*)</source>
        <translation>Cartes d'identité (*.fdcard);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Identity card saved</source>
        <translation>Carte d'identité enregistrée</translation>
    </message>
    <message>
        <source>The card of %1 was saved to %2. Give it to the other office; when they trust it, read them this fingerprint by phone: %3</source>
        <translation>La carte de %1 a été enregistrée dans %2. Remettez-la à l'autre bureau ; quand il l'approuvera, lisez-lui cette empreinte par téléphone : %3</translation>
    </message>
    <message>
        <source>Trust an identity card</source>
        <translation>Approuver une carte d'identité</translation>
    </message>
    <message>
        <source>Identity cards (*.fdcard *.card *.json);;All files (*)</source>
        <translation>Cartes d'identité (*.fdcard *.card *.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Trust this office?</source>
        <translation>Approuver ce bureau ?</translation>
    </message>
    <message>
        <source>%1 – %2 (%3)

Fingerprint: %4

Call the office and have them read their fingerprint to you. Trust the card only if every character matches.</source>
        <translation>%1 – %2 (%3)

Empreinte : %4

Appelez le bureau et faites-vous lire son empreinte. N'approuvez la carte que si chaque caractère correspond.</translation>
    </message>
    <message>
        <source>Already trusted</source>
        <translation>Déjà approuvé</translation>
    </message>
    <message>
        <source>%1 was already trusted with these keys.</source>
        <translation>%1 était déjà approuvé avec ces clés.</translation>
    </message>
    <message>
        <source>Earlier keys:</source>
        <translation>Clés précédentes :</translation>
    </message>
    <message>
        <source>Earlier keys</source>
        <translation>Clés précédentes</translation>
    </message>
    <message>
        <source>none (these are the first keys)</source>
        <translation>aucune (ce sont les premières clés)</translation>
    </message>
    <message>
        <source>replaced %1</source>
        <translation>remplacées le %1</translation>
    </message>
    <message>
        <source>revoked %1</source>
        <translation>révoquées le %1</translation>
    </message>
    <message>
        <source>This headquarters profile's private keys lie unencrypted in its folder: whoever copies them can read every office's bundles and sign as headquarters. Encrypt them with 'fielddesk encrypt' (the window then asks for the passphrase when it starts).</source>
        <translation>Les clés privées de ce profil du siège sont en clair dans son dossier : quiconque les copie peut lire les paquets de tous les bureaux et signer au nom du siège. Chiffrez-les avec « fielddesk encrypt » (la fenêtre demandera alors la phrase secrète au démarrage).</translation>
    </message>
    <message>
        <source>Bundles signed by:</source>
        <translation>Lots signés par :</translation>
    </message>
    <message>
        <source>%1's own key, certified by headquarters' key</source>
        <translation>la clé personnelle de %1, certifiée par la clé du siège</translation>
    </message>
    <message>
        <source>headquarters' key (no key of your own: 'fielddesk keys user add NAME')</source>
        <translation>la clé du siège (pas de clé personnelle : « fielddesk keys user add NOM »)</translation>
    </message>
    <message>
        <source>nobody: no key of your own here, and headquarters' root key is kept offline (ask its holder: 'fielddesk keys user add NAME --root FILE')</source>
        <translation>personne : aucune clé à vous ici, et la clé racine du siège est conservée hors ligne (demandez à son détenteur : 'fielddesk keys user add NOM --root FICHIER')</translation>
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
        <source>&amp;Backups…</source>
        <translation>&amp;Sauvegardes…</translation>
    </message>
    <message>
        <source>Back up the profile, copy a backup to a folder, or restore one</source>
        <translation>Sauvegarder le profil, copier une sauvegarde dans un dossier ou en restaurer une</translation>
    </message>
<message>
        <source>A&amp;ccess record…</source>
        <translation>Registre des a&amp;ccès…</translation>
    </message>
    <message>
        <source>Who printed or exported whose data here, for an audit</source>
        <translation>Qui a imprimé ou exporté les données de qui ici, pour un audit</translation>
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
    <name>NewPassphraseDialog</name>
    <message>
        <source>Working… this can take a moment; please wait.</source>
        <translation>Traitement… cela peut prendre un moment ; patientez.</translation>
    </message>
    <message>
        <source>Several wrong tries: the next one is possible in %1 s.</source>
        <translation>Plusieurs essais erronés : le prochain sera possible dans %1 s.</translation>
    </message>
    <message>
        <source>The current passphrase is not right. Nothing was changed.</source>
        <translation>La phrase secrète actuelle n'est pas la bonne. Rien n'a été modifié.</translation>
    </message>
</context>
<context>
    <name>NewPassphraseForm</name>
    <message>
        <source>Current passphrase</source>
        <translation>Phrase secrète actuelle</translation>
    </message>
    <message>
        <source>C&amp;urrent passphrase:</source>
        <translation>Phrase secrète &amp;actuelle :</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nouvelle phrase secrète</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>Nouvelle phrase secrète, à nouveau</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nouvelle phrase secrète :</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>À n&amp;ouveau :</translation>
    </message>
    <message>
        <source>At least 8 characters. A few unrelated words are easier to remember and harder to guess than a short password with symbols. Without the passphrase, only the recovery key opens the profile.</source>
        <translation>Au moins 8 caractères. Quelques mots sans rapport entre eux sont plus faciles à retenir et plus difficiles à deviner qu'un mot de passe court avec des symboles. Sans la phrase secrète, seule la clé de récupération ouvre le profil.</translation>
    </message>
    <message>
        <source>Too short: at least 8 characters (%1 so far).</source>
        <translation>Trop courte : au moins 8 caractères (%1 pour l'instant).</translation>
    </message>
    <message>
        <source>The passphrase starts or ends with a space; remove it, it is easily forgotten.</source>
        <translation>La phrase secrète commence ou finit par une espace ; retirez-la, on l'oublie facilement.</translation>
    </message>
    <message>
        <source>Type the same passphrase again below.</source>
        <translation>Saisissez la même phrase secrète ci-dessous.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases secrètes diffèrent.</translation>
    </message>
    <message>
        <source>Type the current passphrase too.</source>
        <translation>Saisissez aussi la phrase secrète actuelle.</translation>
    </message>
    <message>
        <source>The passphrases match. Accepted, but a longer one (12 characters or more) is harder to guess.</source>
        <translation>Les phrases secrètes concordent. Acceptée, mais une plus longue (12 caractères ou plus) est plus difficile à deviner.</translation>
    </message>
    <message>
        <source>The passphrases match, and the length is good.</source>
        <translation>Les phrases secrètes concordent, et la longueur est bonne.</translation>
    </message>
    <message>
        <source>Too easy to guess: common words, names, dates, keyboard patterns and repeats are tried first. Use three or four unrelated words, or a sentence of your own.</source>
        <translation>Trop facile à deviner : les mots courants, les noms, les dates, les suites de touches et les répétitions sont essayés en premier. Choisissez trois ou quatre mots sans rapport entre eux, ou une phrase à vous.</translation>
    </message>
</context>
<context>
    <name>OfficePage</name>
    <message>
        <source>Your office</source>
        <translation>Votre bureau</translation>
    </message>
    <message>
        <source>Every record you make carries this office's code, so headquarters knows where it comes from.</source>
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
    <name>OfficesTab</name>
    <message>
        <source>Office</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Last bundle received</source>
        <translation>Dernier lot reçu</translation>
    </message>
    <message>
        <source>Bundles received</source>
        <translation>Lots reçus</translation>
    </message>
    <message>
        <source>Missing bundles</source>
        <translation>Lots manquants</translation>
    </message>
    <message>
        <source>Not yet confirmed by the office</source>
        <translation>Pas encore confirmé par le bureau</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Enregistrements</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Offices</source>
        <translation>Bureaux</translation>
    </message>
    <message>
        <source>Each office's data can be viewed on the list pages with the Office filter.</source>
        <translation>Les données de chaque bureau peuvent être consultées dans les pages de liste avec le filtre Bureau.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>silent for more than 30 days</source>
        <translation>silencieux depuis plus de 30 jours</translation>
    </message>
    <message>
        <source>in touch</source>
        <translation>en contact</translation>
    </message>
<message>
        <source>Erasures not yet confirmed</source>
        <translation>Effacements non encore confirmés</translation>
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
    <message>
        <source>Requests</source>
        <translation>Demandes</translation>
    </message>
<message>
        <source>Due</source>
        <translation>Échéances</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Enseignements</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>Listes</translation>
    </message>
<message>
        <source>Coordination</source>
        <translation>Coordination</translation>
    </message>
<message>
        <source>Fund</source>
        <translation>Fonds</translation>
    </message>
<message>
        <source>Board</source>
        <translation>Conseil</translation>
    </message>
<message>
        <source>Grants</source>
        <translation>Subventions</translation>
    </message>
<message>
        <source>Fellowships</source>
        <translation>Bourses</translation>
    </message>
<message>
        <source>Reviews</source>
        <translation>Examens</translation>
    </message>
    <message>
        <source>Institutions</source>
        <translation>Institutions</translation>
    </message>
<message>
        <source>Plans</source>
        <translation>Plans</translation>
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
        <source>E-mail and phone may be kept only with the participant's consent.</source>
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
<message>
        <source>Merg&amp;e…</source>
        <translation>&amp;Fusionner…</translation>
    </message>
    <message>
        <source>Merge this record with another record of the same person</source>
        <translation>Fusionner cette fiche avec une autre fiche de la même personne</translation>
    </message>
<message>
        <source>Erase personal data…</source>
        <translation>Effacer les données personnelles…</translation>
    </message>
    <message>
        <source>The person asked to be forgotten: replace their name and contacts with a pseudonym here and at every site</source>
        <translation>La personne a demandé à être oubliée : remplacer son nom et ses coordonnées par un pseudonyme ici et sur chaque site</translation>
    </message>
    <message>
        <source>Name shared</source>
        <translation>Nom communiqué</translation>
    </message>
    <message>
        <source>Agrees that the name is shared with headquarters</source>
        <translation>Accepte que son nom soit communiqué au siège</translation>
    </message>
    <message>
        <source>Without this, the name leaves the office only as a pseudonym (bundles to headquarters, exported spreadsheets).</source>
        <translation>Sans cet accord, le nom ne quitte le bureau que sous un pseudonyme (paquets pour le siège, tableurs exportés).</translation>
    </message>
    <message>
        <source>Consent given on</source>
        <translation>Consentement donné le</translation>
    </message>
<message>
        <source>Fellowships</source>
        <translation>Bourses</translation>
    </message>
    <message>
        <source>Headquarters holds this participant under their office&apos;s pseudonym and cannot tell who they are: their office, which holds the name, erases them.</source>
        <translation>Le siège détient ce participant sous le pseudonyme de son bureau et ne peut pas savoir qui il est : son bureau, qui détient le nom, l&apos;efface.</translation>
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
<message>
        <source>Delete the participant “%1”? Their enrollments in activities and their fellowships are deleted with them.</source>
        <translation>Supprimer le participant « %1 » ? Ses inscriptions aux activités et ses bourses seront supprimées aussi.</translation>
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
    <name>PassphrasePage</name>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>The profile is encrypted with this passphrase: without it, nobody can read the data, even with this computer in hand.</source>
        <translation>Le profil est chiffré avec cette phrase secrète : sans elle, personne ne peut lire les données, même avec cet ordinateur entre les mains.</translation>
    </message>
    <message>
        <source>&amp;Do not encrypt (training or demo use only)</source>
        <translation>&amp;Ne pas chiffrer (formation ou démonstration uniquement)</translation>
    </message>
    <message>
        <source>Without encryption, anyone who has this computer, or its disk, can read every name and finding in the profile. Use this only for training or demonstrations; the profile can be encrypted later from Preferences.</source>
        <translation>Sans chiffrement, quiconque a cet ordinateur, ou son disque, peut lire chaque nom et chaque constat du profil. Réservez ce choix à la formation ou aux démonstrations ; le profil peut être chiffré plus tard depuis les Préférences.</translation>
    </message>
    <message>
        <source>&amp;Create the profile</source>
        <translation>&amp;Créer le profil</translation>
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
    <message>
        <source>Te&amp;xt size:</source>
        <translation>Taille du te&amp;xte :</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Taille du texte</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
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
        <source>Headquarters has recorded no facts about this country.</source>
        <translation>Le Siège n'a enregistré aucune donnée sur ce pays.</translation>
    </message>
    <message>
        <source>On the UN list of least developed countries.</source>
        <translation>Figure sur la liste des pays les moins avancés de l'ONU.</translation>
    </message>
    <message>
        <source>Not on the UN list of least developed countries.</source>
        <translation>Ne figure pas sur la liste des pays les moins avancés de l'ONU.</translation>
    </message>
    <message>
        <source>Recorded by headquarters as in transition to democracy.</source>
        <translation>Considéré par le Siège comme en transition vers la démocratie.</translation>
    </message>
    <message>
        <source>Not recorded by headquarters as in transition to democracy.</source>
        <translation>Non considéré par le Siège comme en transition vers la démocratie.</translation>
    </message>
    <message>
        <source>(as of %1)</source>
        <translation>(au %1)</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2 : %3</translation>
    </message>
    <message>
        <source>Met %1 (%2), %3</source>
        <translation>Rencontre avec %1 (%2), %3</translation>
    </message>
    <message>
        <source>Assessed by staff (the evidence suggests %1)</source>
        <translation>Évalué par le personnel (les éléments indiquent %1)</translation>
    </message>
    <message>
        <source>Assessed by staff</source>
        <translation>Évalué par le personnel</translation>
    </message>
    <message>
        <source>From the evidence</source>
        <translation>D'après les éléments enregistrés</translation>
    </message>
    <message>
        <source>Not assessed yet</source>
        <translation>Pas encore évalué</translation>
    </message>
    <message>
        <source>Same total as “%1”, which scores higher on “%2” (%3 against %4).</source>
        <translation>Même total que « %1 », qui obtient un meilleur score pour « %2 » (%3 contre %4).</translation>
    </message>
    <message>
        <source>Same total and scores as “%1”, which was received earlier (%2 against %3).</source>
        <translation>Même total et mêmes scores que « %1 », reçue plus tôt (%2 contre %3).</translation>
    </message>
    <message>
        <source>Same total, scores and date received as “%1”, which was recorded first.</source>
        <translation>Même total, mêmes scores et même date de réception que « %1 », enregistrée en premier.</translation>
    </message>
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
    <message>
        <source>%1 (%2, coordination register)</source>
        <translation>%1 (%2, registre de coordination)</translation>
    </message>
<message>
        <source>Special procedure: %1</source>
        <translation>Procédure spéciale : %1</translation>
    </message>
    <message>
        <source>Universal periodic review, cycle %1</source>
        <translation>Examen périodique universel, cycle %1</translation>
    </message>
    <message>
        <source>para. %1</source>
        <translation>par. %1</translation>
    </message>
</context>
<context>
    <name>PriorityTab</name>
    <message>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Pondération</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Fondement</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Éléments</translation>
    </message>
    <message>
        <source>Priority criteria</source>
        <translation>Critères de priorité</translation>
    </message>
    <message>
        <source>&amp;Assess…</source>
        <translation>É&amp;valuer…</translation>
    </message>
    <message>
        <source>Each criterion is scored from 0 to 3: from the recorded evidence, unless staff assess it. The total is the weighted score out of 100.</source>
        <translation>Chaque critère est noté de 0 à 3 : d'après les éléments enregistrés, sauf si le personnel l'évalue. Le total est la note pondérée sur 100.</translation>
    </message>
    <message>
        <source>Total %1 out of 100: ranked %2 of %3 open requests.</source>
        <translation>Total %1 sur 100 : classée %2e sur %3 demandes en cours.</translation>
    </message>
    <message>
        <source>Total %1 out of 100. The request is closed and no longer ranked.</source>
        <translation>Total %1 sur 100. La demande est close et n'est plus classée.</translation>
    </message>
    <message numerus="yes">
        <source>(and %n more)</source>
        <translation>
            <numerusform>(et %n autre)</numerusform>
            <numerusform>(et %n autres)</numerusform>
        </translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note : %1</translation>
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
    <message>
        <source>National partner</source>
        <translation>Partenaire national</translation>
    </message>
    <message>
        <source>The national institution that carries the work on when the project ends.</source>
        <translation>L'institution nationale qui poursuit le travail à la fin du projet.</translation>
    </message>
    <message>
        <source>Exit plan</source>
        <translation>Stratégie de retrait</translation>
    </message>
    <message>
        <source>Exit date</source>
        <translation>Date de retrait</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Risques</translation>
    </message>
    <message>
        <source>Evaluations</source>
        <translation>Évaluations</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>Historique des états</translation>
    </message>
<message>
        <source>After the exit</source>
        <translation>Après la sortie</translation>
    </message>
<message>
        <source>Board</source>
        <translation>Conseil</translation>
    </message>
<message>
        <source>Grants</source>
        <translation>Subventions</translation>
    </message>
<message>
        <source>Recommendations</source>
        <translation>Recommandations</translation>
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
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Voir dans :</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Fichiers de &amp;type :</translation>
    </message>
</context>
<context>
    <name>RankingView</name>
    <message>
        <source>Open requests, highest priority first. Equal totals are parted by the scores on the heaviest criteria, then by the earlier date received.</source>
        <translation>Demandes en cours, de la plus prioritaire à la moins prioritaire. Les totaux égaux sont départagés par les notes des critères les plus lourds, puis par la date de réception la plus ancienne.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Demande</translation>
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
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Tie parted by</source>
        <translation>Égalité départagée par</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>Classement</translation>
    </message>
    <message>
        <source>Ranking…</source>
        <translation>Classement…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln open request(s)</source>
        <translation>
            <numerusform>%Ln demande en cours</numerusform>
            <numerusform>%Ln demandes en cours</numerusform>
        </translation>
    </message>
<message>
        <source>Others working on this</source>
        <translation>Autres acteurs sur ce terrain</translation>
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
<message>
        <source>Treaty body</source>
        <translation>Organe conventionnel</translation>
    </message>
    <message>
        <source>When the source is a treaty body.</source>
        <translation>Lorsque la source est un organe conventionnel.</translation>
    </message>
    <message>
        <source>Special procedure mandate</source>
        <translation>Mandat de procédure spéciale</translation>
    </message>
    <message>
        <source>UPR cycle</source>
        <translation>Cycle de l’EPU</translation>
    </message>
    <message>
        <source>Recommending state</source>
        <translation>État recommandant</translation>
    </message>
    <message>
        <source>The state that made it in the periodic review.</source>
        <translation>L’État qui l’a formulée lors de l’examen périodique.</translation>
    </message>
    <message>
        <source>Document symbol</source>
        <translation>Symbole du document</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>Paragraphe</translation>
    </message>
    <message>
        <source>State's response</source>
        <translation>Réponse de l’État</translation>
    </message>
    <message>
        <source>Response comment</source>
        <translation>Commentaire sur la réponse</translation>
    </message>
    <message>
        <source>Affected persons</source>
        <translation>Personnes concernées</translation>
    </message>
    <message>
        <source>SDG targets</source>
        <translation>Cibles des ODD</translation>
    </message>
    <message>
        <source>Projects that answer it</source>
        <translation>Projets qui y répondent</translation>
    </message>
<message>
        <source>What was done</source>
        <translation>Ce qui a été fait</translation>
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
<message>
        <source>Symbol</source>
        <translation>Symbole</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>Paragraphe</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Réponse</translation>
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
<message>
        <source>After the exit</source>
        <translation>Après la sortie</translation>
    </message>
<message>
        <source>Board member</source>
        <translation>Membre du Conseil</translation>
    </message>
    <message>
        <source>Adopted by the Board</source>
        <translation>Adoptée par le Conseil</translation>
    </message>
    <message>
        <source>Board decision</source>
        <translation>Décision du Conseil</translation>
    </message>
<message>
        <source>Grant</source>
        <translation>Subvention</translation>
    </message>
    <message>
        <source>Grant tranche</source>
        <translation>Tranche de subvention</translation>
    </message>
    <message>
        <source>Grant report</source>
        <translation>Rapport de subvention</translation>
    </message>
    <message>
        <source>Choose a record in the list.</source>
        <translation>Choisissez un enregistrement dans la liste.</translation>
    </message>
    <message>
        <source>Accreditation review</source>
        <translation>Examen d’accréditation</translation>
    </message>
    <message>
        <source>Concern</source>
        <translation>Préoccupation</translation>
    </message>
    <message>
        <source>Regional office</source>
        <translation>Bureau régional</translation>
    </message>
<message>
        <source>Kept by headquarters; it arrives with headquarters' bundles.</source>
        <translation>Tenu par le siège ; il arrive avec les lots du siège.</translation>
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
    <message>
        <source>Save as &amp;Word…</source>
        <translation>Enregistrer en &amp;Word…</translation>
    </message>
    <message>
        <source>Save an editable copy (.docx) with the same text and letterhead</source>
        <translation>Enregistrer une copie modifiable (.docx) avec le même texte et le même en-tête</translation>
    </message>
    <message>
        <source>Save an editable copy</source>
        <translation>Enregistrer une copie modifiable</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Documents Word (*.docx)</translation>
    </message>
    <message>
        <source>Saving an editable copy</source>
        <translation>Enregistrement d'une copie modifiable</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 enregistré.</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier :</translation>
    </message>
    <message>
        <source>Blank rows</source>
        <translation>Lignes vides</translation>
    </message>
    <message>
        <source>&amp;Blank rows for walk-ins:</source>
        <translation>Lignes &amp;vides pour les participants non inscrits :</translation>
    </message>
    <message>
        <source>A column for &amp;every day, weekends too</source>
        <translation>Une colonne pour chaque &amp;jour, week-ends compris</translation>
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
    <name>RecoveryKeyDialog</name>
    <message>
        <source>Recovery key</source>
        <translation>Clé de récupération</translation>
    </message>
    <message>
        <source>The recovery key is shown only now. Without it, a forgotten passphrase means the data cannot be opened. Close without keeping it?</source>
        <translation>La clé de récupération n'est affichée que maintenant. Sans elle, une phrase secrète oubliée signifie que les données ne peuvent plus être ouvertes. Fermer sans la conserver ?</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPanel</name>
    <message>
        <source>If the passphrase is forgotten, this recovery key is the only way to open the profile. It is shown only now. Write it down or print it, and keep it locked away, apart from this computer: anyone who has both can read the profile.</source>
        <translation>Si la phrase secrète est oubliée, cette clé de récupération est le seul moyen d'ouvrir le profil. Elle n'est affichée que maintenant. Notez-la ou imprimez-la, et gardez-la sous clé, loin de cet ordinateur : quiconque possède les deux peut lire le profil.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clé de récupération</translation>
    </message>
    <message>
        <source>&amp;Save printable sheet (PDF)…</source>
        <translation>&amp;Enregistrer une feuille à imprimer (PDF)…</translation>
    </message>
    <message>
        <source>I have &amp;written down or printed the recovery key</source>
        <translation>J'ai &amp;noté ou imprimé la clé de récupération</translation>
    </message>
    <message>
        <source>Save the recovery sheet</source>
        <translation>Enregistrer la feuille de récupération</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The sheet was saved as %1. Print it, then delete the file: a copy left on this computer defeats its purpose.</source>
        <translation>La feuille a été enregistrée sous %1. Imprimez-la, puis supprimez le fichier : une copie laissée sur cet ordinateur lui ôte toute utilité.</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <source>Recovery key</source>
        <translation>Clé de récupération</translation>
    </message>
    <message>
        <source>The profile is made and encrypted. Keep its recovery key before you go on.</source>
        <translation>Le profil est créé et chiffré. Conservez sa clé de récupération avant de continuer.</translation>
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
        <source>Requests ranked by priority</source>
        <translation>Demandes classées par priorité</translation>
    </message>
    <message>
        <source>Assessment of a request</source>
        <translation>Évaluation d'une demande</translation>
    </message>
    <message>
        <source>Project progress report</source>
        <translation>Rapport d'avancement du projet</translation>
    </message>
    <message>
        <source>Portfolio overview</source>
        <translation>Vue d'ensemble du portefeuille</translation>
    </message>
    <message>
        <source>Open requests for assistance ranked by the priority criteria, each score explained.</source>
        <translation>Les demandes d'assistance en cours classées selon les critères de priorité, chaque note expliquée.</translation>
    </message>
    <message>
        <source>One request for assistance: the criteria, the evidence behind each score, and its history.</source>
        <translation>Une demande d'assistance : les critères, les éléments qui fondent chaque note, et son historique.</translation>
    </message>
    <message>
        <source>Results, indicators against their targets, budget execution, risks and the exit plan.</source>
        <translation>Résultats, indicateurs au regard de leurs cibles, exécution du budget, risques et plan de sortie.</translation>
    </message>
    <message>
        <source>Requests, projects, indicators, budget execution and exit plans of an office.</source>
        <translation>Demandes, projets, indicateurs, exécution du budget et plans de sortie d'un bureau.</translation>
    </message>
    <message>
        <source>The office's paper</source>
        <translation>Le papier du bureau</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Lettre US</translation>
    </message>
<message>
        <source>Everything held about this person</source>
        <translation>Tout ce qui est conservé sur cette personne</translation>
    </message>
    <message>
        <source>Every field, activity, attendance, score and change recorded about one participant.</source>
        <translation>Chaque champ, activité, présence, note et modification enregistrés au sujet d’un participant.</translation>
    </message>
<message>
        <source>Implementation matrix</source>
        <translation>Matrice de mise en œuvre</translation>
    </message>
    <message>
        <source>Recommendations to one country by thematic area and mechanism, with the state's response, their follow-up and the projects that answer them.</source>
        <translation>Les recommandations adressées à un pays, par domaine thématique et par mécanisme, avec la réponse de l’État, leur suivi et les projets qui y répondent.</translation>
    </message>
<message>
        <source>The Voluntary Fund</source>
        <translation>Le Fonds de contributions volontaires</translation>
    </message>
    <message>
        <source>The Fund's position, contributions by donor, allocations by project and the regular budget against the Fund.</source>
        <translation>La situation du Fonds, les contributions par donateur, les allocations par projet et le budget ordinaire face au Fonds.</translation>
    </message>
<message>
        <source>Board pack</source>
        <translation>Dossier du Conseil</translation>
    </message>
    <message>
        <source>For a session of the Board of Trustees: the Fund's position, the portfolio, the follow-up of the Board's earlier recommendations and the requests ranked, with a cover page and contents.</source>
        <translation>Pour une session du Conseil d'administration : la situation du Fonds, le portefeuille, le suivi des recommandations antérieures du Conseil et les demandes classées, avec page de couverture et sommaire.</translation>
    </message>
<message>
        <source>Grants</source>
        <translation>Subventions</translation>
    </message>
    <message>
        <source>Grants of an office with their grantees, amounts paid, status and overdue tranches and reports.</source>
        <translation>Subventions d’un bureau : bénéficiaires, montants versés, statut, tranches et rapports en retard.</translation>
    </message>
<message>
        <source>Fellowships</source>
        <translation>Bourses</translation>
    </message>
    <message>
        <source>Fellows by cohort with their host, placement weeks, objectives met and final report, and what each did afterwards.</source>
        <translation>Les boursiers par promotion, avec leur accueil, les semaines de stage, les objectifs atteints et le rapport final, et ce que chacun a fait ensuite.</translation>
    </message>
    <message>
        <source>Fellowship certificate</source>
        <translation>Certificat de bourse</translation>
    </message>
    <message>
        <source>The certificate of a completed fellowship, numbered like the certificates of participation.</source>
        <translation>Le certificat d'une bourse terminée, numéroté comme les certificats de participation.</translation>
    </message>
<message>
        <source>Review dossier</source>
        <translation>Dossier d’examen</translation>
    </message>
    <message>
        <source>One country and one thematic area from the records: requests and decisions, missions, trainings with people reached, learning gain and cost, projects with indicators and budget, evaluations, lessons, checks after the exit and the follow-up of recommendations.</source>
        <translation>Un pays et un domaine thématique, d’après les enregistrements : demandes et décisions, missions, formations avec les personnes touchées, progression des acquis et coût, projets avec indicateurs et budget, évaluations, enseignements, vérifications après la sortie et suivi des recommandations.</translation>
    </message>
    <message>
        <source>National human rights institution</source>
        <translation>Institution nationale des droits de l’homme</translation>
    </message>
    <message>
        <source>One institution: its profile, GANHRI accreditation history, Paris Principles concerns, regional offices and the projects, missions, trainings and recommendations concerning it, by year.</source>
        <translation>Une institution : son profil, l’historique de son accréditation par la GANHRI, les préoccupations au regard des Principes de Paris, ses bureaux régionaux et les projets, missions, formations et recommandations qui la concernent, par année.</translation>
    </message>
<message>
        <source>National action plan</source>
        <translation>Plan d'action national</translation>
    </message>
    <message>
        <source>One national action plan: its actions by status, the overdue ones, and the recommendations to its country that no action answers.</source>
        <translation>Un plan d'action national : ses actions par état, celles en retard, et les recommandations adressées à son pays auxquelles aucune action ne répond.</translation>
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
    <message>
        <source>Request for assistance</source>
        <translation>Demande d'assistance</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Blank rows</source>
        <translation>Lignes vides</translation>
    </message>
    <message>
        <source>Rows at the end for participants not on the list.</source>
        <translation>Lignes à la fin pour les participants absents de la liste.</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <source>A column for every day, weekends too</source>
        <translation>Une colonne pour chaque jour, week-ends compris</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <source>Choose a request for assistance first: type part of its title and pick it from the list.</source>
        <translation>Choisissez d'abord une demande d'assistance : tapez une partie de son titre et choisissez-la dans la liste.</translation>
    </message>
    <message>
        <source>Choose a project first: type part of its title or code and pick it from the list.</source>
        <translation>Choisissez d'abord un projet : tapez une partie de son titre ou de son code et choisissez-le dans la liste.</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
<message>
        <source>Thematic area</source>
        <translation>Domaine thématique</translation>
    </message>
    <message>
        <source>All thematic areas</source>
        <translation>Tous les domaines thématiques</translation>
    </message>
    <message>
        <source>SDG target</source>
        <translation>Cible des ODD</translation>
    </message>
    <message>
        <source>A target of the Sustainable Development Goals, such as 16.3; empty for all.</source>
        <translation>Une cible des objectifs de développement durable, par exemple 16.3 ; vide pour toutes.</translation>
    </message>
<message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>One year, such as 2026; empty for every year.</source>
        <translation>Une année, par exemple 2026 ; vide pour toutes.</translation>
    </message>
    <message>
        <source>Write a year, such as 2026, or leave it empty for every year.</source>
        <translation>Écrivez une année, par exemple 2026, ou laissez vide pour toutes les années.</translation>
    </message>
<message>
        <source>Board session</source>
        <translation>Session du Conseil</translation>
    </message>
    <message>
        <source>Choose a Board session first: type part of its title or place and pick it from the list.</source>
        <translation>Choisissez d'abord une session du Conseil : tapez une partie de son titre ou de son lieu et choisissez-la dans la liste.</translation>
    </message>
<message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Only what has something overdue</source>
        <translation>Seulement ce qui a un retard</translation>
    </message>
<message>
        <source>Fellowship</source>
        <translation>Bourse</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Promotion</translation>
    </message>
    <message>
        <source>Type part of the cohort's name and pick the fellow from the list.</source>
        <translation>Tapez une partie du nom de la promotion et choisissez le boursier dans la liste.</translation>
    </message>
    <message>
        <source>One cohort of fellows, by its name; empty for all.</source>
        <translation>Une promotion de boursiers, par son nom ; vide pour toutes.</translation>
    </message>
    <message>
        <source>Choose a fellowship first: type part of its cohort and pick the fellow from the list.</source>
        <translation>Choisissez d'abord une bourse : tapez une partie de sa promotion et choisissez le boursier dans la liste.</translation>
    </message>
<message>
        <source>Choose a country and a thematic area: a review dossier is about one of each.</source>
        <translation>Choisissez un pays et un domaine thématique : un dossier d’examen porte sur un de chaque.</translation>
    </message>
    <message>
        <source>National institution</source>
        <translation>Institution nationale</translation>
    </message>
    <message>
        <source>Type part of its name or acronym and pick it from the list.</source>
        <translation>Tapez une partie de son nom ou de son sigle et choisissez-la dans la liste.</translation>
    </message>
    <message>
        <source>Choose a national institution first: type part of its name or acronym and pick it from the list.</source>
        <translation>Choisissez d’abord une institution nationale : tapez une partie de son nom ou de son sigle et choisissez-la dans la liste.</translation>
    </message>
<message>
        <source>Action plan</source>
        <translation>Plan d'action</translation>
    </message>
</context>
<context>
    <name>RequestEditor</name>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Requesting authority</source>
        <translation>Autorité requérante</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Date received</source>
        <translation>Date de réception</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Voie de transmission</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>The number of the letter or note verbale.</source>
        <translation>Le numéro de la lettre ou de la note verbale.</translation>
    </message>
    <message>
        <source>Areas requested</source>
        <translation>Domaines demandés</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Once saved, the status changes with “Change status”, which records the date and who made the change.</source>
        <translation>Une fois enregistrée, l'état change avec « Changer l'état », qui consigne la date et l'auteur du changement.</translation>
    </message>
    <message>
        <source>Needs assessment mission</source>
        <translation>Mission d’évaluation des besoins</translation>
    </message>
    <message>
        <source>Resulting projects</source>
        <translation>Projets qui en découlent</translation>
    </message>
    <message>
        <source>Date of the decision</source>
        <translation>Date de la décision</translation>
    </message>
    <message>
        <source>Reasons for the decision</source>
        <translation>Motifs de la décision</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>Historique des états</translation>
    </message>
    <message>
        <source>New request for assistance</source>
        <translation>Nouvelle demande d'assistance</translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>Classement</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Critères</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Demandes</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçue</translation>
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
        <source>Channel</source>
        <translation>Voie de transmission</translation>
    </message>
    <message>
        <source>Areas requested</source>
        <translation>Domaines demandés</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Décidée le</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <source>Area requested</source>
        <translation>Domaine demandé</translation>
    </message>
    <message numerus="yes">
        <source>%Ln request(s)</source>
        <translation>
            <numerusform>%Ln demande</numerusform>
            <numerusform>%Ln demandes</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the request “%1” with its scores and status history?</source>
        <translation>Supprimer la demande « %1 » avec ses notes et son historique des états ?</translation>
    </message>
</context>
<context>
    <name>ResultsSection</name>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Énoncé</translation>
    </message>
    <message>
        <source>Activities serving it</source>
        <translation>Activités qui y contribuent</translation>
    </message>
    <message>
        <source>Trainings and advisory services of this project.</source>
        <translation>Formations et services consultatifs de ce projet.</translation>
    </message>
    <message>
        <source>Missions serving it</source>
        <translation>Missions qui y contribuent</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Ordre</translation>
    </message>
    <message>
        <source>result</source>
        <translation>résultat</translation>
    </message>
    <message>
        <source>The objective and the expected results; choose one to see its indicators.</source>
        <translation>L'objectif et les résultats attendus ; choisissez-en un pour voir ses indicateurs.</translation>
    </message>
</context>
<context>
    <name>ResultsTab</name>
    <message>
        <source>Indicators of: %1</source>
        <translation>Indicateurs de : %1</translation>
    </message>
    <message>
        <source>Indicators: choose a result above.</source>
        <translation>Indicateurs : choisissez un résultat ci-dessus.</translation>
    </message>
    <message>
        <source>Values of: %1</source>
        <translation>Valeurs de : %1</translation>
    </message>
    <message>
        <source>Values: choose an indicator above.</source>
        <translation>Valeurs : choisissez un indicateur ci-dessus.</translation>
    </message>
</context>
<context>
    <name>RisksSection</name>
    <message>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>Probabilité</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Incidence</translation>
    </message>
    <message>
        <source>Mitigation</source>
        <translation>Atténuation</translation>
    </message>
    <message>
        <source>No longer a risk</source>
        <translation>N'est plus un risque</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clos</translation>
    </message>
    <message>
        <source>risk</source>
        <translation>risque</translation>
    </message>
</context>
<context>
    <name>SafetyFlows</name>
    <message>
        <source>New passphrase</source>
        <translation>Nouvelle phrase secrète</translation>
    </message>
    <message>
        <source>You opened the profile with the recovery key. Choose a new passphrase now; the recovery key keeps working.</source>
        <translation>Vous avez ouvert le profil avec la clé de récupération. Choisissez maintenant une nouvelle phrase secrète ; la clé de récupération reste valable.</translation>
    </message>
    <message>
        <source>&amp;Set the passphrase</source>
        <translation>&amp;Définir la phrase secrète</translation>
    </message>
    <message>
        <source>The new passphrase is set. The recovery key still works.</source>
        <translation>La nouvelle phrase secrète est définie. La clé de récupération reste valable.</translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation>Changer la phrase secrète</translation>
    </message>
    <message>
        <source>The data stays as it is; only the passphrase that opens it changes. Backups open with the new passphrase too. The recovery key is unchanged.</source>
        <translation>Les données restent telles quelles ; seule la phrase secrète qui les ouvre change. Les sauvegardes s'ouvrent aussi avec la nouvelle phrase secrète. La clé de récupération ne change pas.</translation>
    </message>
    <message>
        <source>&amp;Change</source>
        <translation>&amp;Changer</translation>
    </message>
    <message>
        <source>The passphrase was changed. The recovery key is unchanged.</source>
        <translation>La phrase secrète a été changée. La clé de récupération ne change pas.</translation>
    </message>
    <message>
        <source>New recovery key</source>
        <translation>Nouvelle clé de récupération</translation>
    </message>
    <message>
        <source>A new recovery key replaces the current one, which stops opening this profile (copies of backups made earlier keep the key file they were made with). Type the passphrase to go on.</source>
        <translation>Une nouvelle clé de récupération remplace l'actuelle, qui n'ouvrira plus ce profil (les copies de sauvegardes faites auparavant gardent le fichier de clés avec lequel elles ont été faites). Saisissez la phrase secrète pour continuer.</translation>
    </message>
    <message>
        <source>&amp;Make a new key</source>
        <translation>&amp;Créer une nouvelle clé</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>The new recovery key. The old one no longer opens the profile.</source>
        <translation>La nouvelle clé de récupération. L'ancienne n'ouvre plus le profil.</translation>
    </message>
    <message>
        <source>Encrypt this profile</source>
        <translation>Chiffrer ce profil</translation>
    </message>
    <message>
        <source>Once encrypted, the profile's database, backups, attachments and keys cannot be read without the passphrase or the recovery key. A backup is made first. It takes a moment (longer for a big profile).</source>
        <translation>Une fois chiffrés, la base de données, les sauvegardes, les pièces jointes et les clés du profil ne peuvent plus être lus sans la phrase secrète ou la clé de récupération. Une sauvegarde est faite d'abord. Cela prend un moment (plus pour un gros profil).</translation>
    </message>
    <message>
        <source>&amp;Encrypt</source>
        <translation>&amp;Chiffrer</translation>
    </message>
    <message>
        <source>The profile is now encrypted. A backup was made first, and is encrypted too.</source>
        <translation>Le profil est désormais chiffré. Une sauvegarde a été faite d'abord, et elle est chiffrée elle aussi.</translation>
    </message>
</context>
<context>
    <name>SafetySection</name>
    <message>
        <source>Data safety</source>
        <translation>Sécurité des données</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>Lock the window after minutes without use</source>
        <translation>Verrouiller la fenêtre après ces minutes sans utilisation</translation>
    </message>
    <message>
        <source>Loc&amp;k the window after:</source>
        <translation>&amp;Verrouiller la fenêtre après :</translation>
    </message>
    <message>
        <source>&amp;Encrypt this profile…</source>
        <translation>&amp;Chiffrer ce profil…</translation>
    </message>
    <message>
        <source>C&amp;hange passphrase…</source>
        <translation>C&amp;hanger la phrase secrète…</translation>
    </message>
    <message>
        <source>New reco&amp;very key…</source>
        <translation>Nouvelle clé de ré&amp;cupération…</translation>
    </message>
    <message>
        <source>This profile is encrypted: its database, backups, attachments and keys cannot be read without the passphrase or the recovery key.</source>
        <translation>Ce profil est chiffré : sa base de données, ses sauvegardes, ses pièces jointes et ses clés ne peuvent pas être lues sans la phrase secrète ou la clé de récupération.</translation>
    </message>
    <message>
        <source>Locking hides every window until the passphrase is typed again; nothing is closed or lost.</source>
        <translation>Le verrouillage masque toutes les fenêtres jusqu'à ce que la phrase secrète soit saisie à nouveau ; rien n'est fermé ni perdu.</translation>
    </message>
    <message>
        <source>This profile is not encrypted: anyone who has this computer, or its disk, can read it. Encrypt it for real work.</source>
        <translation>Ce profil n'est pas chiffré : quiconque a cet ordinateur, ou son disque, peut le lire. Chiffrez-le pour un travail réel.</translation>
    </message>
    <message>
        <source>Only an encrypted profile locks (a plain one has no passphrase to ask for).</source>
        <translation>Seul un profil chiffré se verrouille (un profil non chiffré n'a pas de phrase secrète à demander).</translation>
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
        <source>Scores are percentages (0 to 100); the evaluation is the participant's rating of the activity, from 1 (poor) to 5 (excellent). Type a number or press F2 to change a cell.</source>
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
<message>
        <source>Scores are percentages (0 to 100); the evaluation is the participant's rating of the activity, from 1 (poor) to 5 (excellent). Type a number in a cell; Enter or Tab moves on, Esc cancels, Ctrl+V pastes a column copied from a spreadsheet.</source>
        <translation>Les notes sont des pourcentages (0 à 100) ; l’évaluation est la note donnée à l’activité par le participant, de 1 (faible) à 5 (excellent). Tapez un nombre dans une case ; Entrée ou Tab passe à la suivante, Échap annule, Ctrl+V colle une colonne copiée d’un tableur.</translation>
    </message>
</context>
<context>
    <name>SecretField</name>
    <message>
        <source>Show what is typed in: %1</source>
        <translation>Afficher la saisie : %1</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <source>Sync: this profile starts a new sync incarnation, so its next bundle is not mistaken for one sent before.</source>
        <translation>Synchronisation : ce profil commence une nouvelle incarnation de synchronisation ; son prochain lot ne sera pas confondu avec un lot envoyé auparavant.</translation>
    </message>
    <message>
        <source>Changes made here after this backup that headquarters had already received: %1. They come back with the next bundle from headquarters.</source>
        <translation>Modifications faites ici après cette sauvegarde et déjà reçues par le siège : %1. Elles reviendront avec le prochain lot du siège.</translation>
    </message>
    <message>
        <source>Changes made here after this backup that headquarters had not acknowledged: %1. They are kept in the backup made before the restore, and come back if a bundle that carries them still reaches headquarters.</source>
        <translation>Modifications faites ici après cette sauvegarde et non confirmées par le siège : %1. Elles sont conservées dans la sauvegarde faite avant la restauration, et reviendront si un lot qui les contient parvient encore au siège.</translation>
    </message>
    <message>
        <source>Changes in this backup not yet acknowledged, sent with the next bundle: %1.</source>
        <translation>Modifications de cette sauvegarde pas encore confirmées, envoyées avec le prochain lot : %1.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Show FieldDesk in the new language now? The window is opened again; nothing is lost.</source>
        <translation>Afficher FieldDesk dans la nouvelle langue maintenant ? La fenêtre sera rouverte ; rien n’est perdu.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>The backup was restored. The data as it was just before is kept as the backup of %1.</source>
        <translation>La sauvegarde a été restaurée. Les données telles qu'elles étaient juste avant sont conservées dans la sauvegarde du %1.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Encrypting the profile, interrupted earlier, is now finished. This is its recovery key.</source>
        <translation>Le chiffrement du profil, interrompu auparavant, est maintenant terminé. Voici sa clé de récupération.</translation>
    </message>
    <message>
        <source>The daily backup could not be made</source>
        <translation>La sauvegarde quotidienne n'a pas pu être faite</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Sauvegarde en cours…</translation>
    </message>
    <message>
        <source>The daily retention sweep could not be made</source>
        <translation>Le nettoyage quotidien des données n'a pas pu être fait</translation>
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
    <name>StatusHistory</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>status change</source>
        <translation>changement d'état</translation>
    </message>
    <message>
        <source>Every change of status, with its date and who made it. Use “Change status” on the Details tab to make one.</source>
        <translation>Chaque changement d'état, avec sa date et son auteur. Utilisez « Changer l'état » dans l'onglet Détails pour en faire un.</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <source>Change s&amp;tatus…</source>
        <translation>Changer l'&amp;état…</translation>
    </message>
    <message>
        <source>Status: %1, since %2 (%3).</source>
        <translation>État : %1, depuis le %2 (%3).</translation>
    </message>
    <message>
        <source>Status: %1.</source>
        <translation>État : %1.</translation>
    </message>
    <message>
        <source>This status is final.</source>
        <translation>Cet état est définitif.</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Send and receive</source>
        <translation>Envoyer et recevoir</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>Offices</source>
        <translation>Bureaux</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Clés</translation>
    </message>
    <message>
        <source>Bundles carry changes between this office and %1 on a USB stick or by e-mail. They are signed and encrypted; a bundle is checked completely before anything is applied.</source>
        <translation>Les lots transportent les modifications entre ce bureau et %1 sur une clé USB ou par courriel. Ils sont signés et chiffrés ; un lot est entièrement vérifié avant que quoi que ce soit ne soit appliqué.</translation>
    </message>
    <message>
        <source>the field offices</source>
        <translation>les bureaux de terrain</translation>
    </message>
    <message>
        <source>headquarters</source>
        <translation>le siège</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
</context>
<context>
    <name>SyncStatusPanel</name>
    <message>
        <source>Offices silent for more than 30 days: %1</source>
        <translation>Bureaux silencieux depuis plus de 30 jours : %1</translation>
    </message>
    <message>
        <source>Every office has sent a bundle in the last 30 days.</source>
        <translation>Chaque bureau a envoyé un lot au cours des 30 derniers jours.</translation>
    </message>
    <message>
        <source>%1 change(s) not yet confirmed by headquarters, the oldest from %2.</source>
        <translation>%1 modification(s) pas encore confirmée(s) par le siège, la plus ancienne du %2.</translation>
    </message>
    <message>
        <source>Headquarters has confirmed every change made here.</source>
        <translation>Le siège a confirmé toutes les modifications faites ici.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>%1: last bundle sent %2, last received %3</source>
        <translation>%1 : dernier lot envoyé %2, dernier reçu %3</translation>
    </message>
    <message>
        <source>No office is trusted yet: exchange identity cards on the Sync page.</source>
        <translation>Aucun bureau n'est encore approuvé : échangez les cartes d'identité dans la page Synchronisation.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) not yet confirmed by headquarters, the oldest from %1.</source>
        <translation>
            <numerusform>%Ln modification pas encore confirmée par le siège, du %1.</numerusform>
            <numerusform>%Ln modifications pas encore confirmées par le siège, la plus ancienne du %1.</numerusform>
        </translation>
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
<message>
        <source>Name</source>
        <translation>Nom</translation>
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
    <name>TransitionDialog</name>
    <message>
        <source>Change status</source>
        <translation>Changer l'état</translation>
    </message>
    <message>
        <source>New status</source>
        <translation>Nouvel état</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Reasons for the decision</source>
        <translation>Motifs de la décision</translation>
    </message>
    <message>
        <source>Required when the request is approved or declined.</source>
        <translation>Obligatoire lorsque la demande est approuvée ou rejetée.</translation>
    </message>
    <message>
        <source>Now: %1. It can go to the statuses offered below.</source>
        <translation>Actuellement : %1. Il peut passer aux états proposés ci-dessous.</translation>
    </message>
    <message>
        <source>Give the reasons for the decision: approved and declined requests are explained.</source>
        <translation>Indiquez les motifs de la décision : les demandes approuvées et rejetées sont motivées.</translation>
    </message>
</context>
<context>
    <name>Translations</name>
    <message>
        <source>The translation into %1 is not installed with this FieldDesk (%2 is missing), so the interface stays in English. Reinstall FieldDesk, or run `make translations` in a source checkout.</source>
        <translation>La traduction en %1 n’est pas installée avec ce FieldDesk (%2 manque) : l’interface reste en anglais. Réinstallez FieldDesk, ou lancez `make translations` dans une copie des sources.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>FieldDesk is locked</source>
        <translation>FieldDesk est verrouillé</translation>
    </message>
    <message>
        <source>FieldDesk was locked because it was not used for a while. Type the passphrase to go on; nothing you were doing is lost.</source>
        <translation>FieldDesk a été verrouillé après un moment sans utilisation. Saisissez la phrase secrète pour continuer ; rien de ce que vous faisiez n'est perdu.</translation>
    </message>
    <message>
        <source>Open FieldDesk</source>
        <translation>Ouvrir FieldDesk</translation>
    </message>
    <message>
        <source>The profile in %1 is encrypted. Type its passphrase to open it.</source>
        <translation>Le profil situé dans %1 est chiffré. Saisissez sa phrase secrète pour l'ouvrir.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète :</translation>
    </message>
    <message>
        <source>Use the &amp;recovery key instead</source>
        <translation>Utiliser plutôt la clé de &amp;récupération</translation>
    </message>
    <message>
        <source>The recovery key is on the sheet kept when the profile was made: FDRK and 40 letters and digits. Dashes and spaces do not matter. You will then choose a new passphrase.</source>
        <translation>La clé de récupération figure sur la feuille conservée lors de la création du profil : FDRK puis 40 lettres et chiffres. Les tirets et les espaces ne comptent pas. Vous choisirez ensuite une nouvelle phrase secrète.</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Recovery key:</source>
        <translation>Clé de &amp;récupération :</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clé de récupération</translation>
    </message>
    <message>
        <source>Several wrong tries: the next one is possible in %1 s.</source>
        <translation>Plusieurs essais erronés : le prochain sera possible dans %1 s.</translation>
    </message>
    <message>
        <source>This is not a recovery key: it starts with FDRK, followed by 40 letters and digits.</source>
        <translation>Ce n'est pas une clé de récupération : elle commence par FDRK, suivi de 40 lettres et chiffres.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>This recovery key does not open the profile. Check it against the sheet (letters and digits only; dashes do not matter). Nothing was changed.</source>
        <translation>Cette clé de récupération n'ouvre pas le profil. Comparez-la avec la feuille (seuls les lettres et chiffres comptent, pas les tirets). Rien n'a été modifié.</translation>
    </message>
    <message>
        <source>The passphrase is not right. Nothing was changed.</source>
        <translation>La phrase secrète n'est pas la bonne. Rien n'a été modifié.</translation>
    </message>
</context>
<context>
    <name>ValuesSection</name>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Measured on</source>
        <translation>Mesurée le</translation>
    </message>
    <message>
        <source>Actual value</source>
        <translation>Valeur réelle</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>A year, or part of one: 2026, 2026 H1, 2026 Q3.</source>
        <translation>Une année, ou une partie : 2026, 2026 S1, 2026 T3.</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valeur</translation>
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
    <message>
        <source>&amp;Import from Excel…</source>
        <translation>&amp;Importer depuis Excel…</translation>
    </message>
    <message>
        <source>Import records from an Excel file</source>
        <translation>Importer des fiches depuis un fichier Excel</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guide de l'utilisateur</translation>
    </message>
    <message>
        <source>The user guide, at the part about this page</source>
        <translation>Le guide de l'utilisateur, à la partie sur cette page</translation>
    </message>
<message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
</context>
<context>
    <name>ReportsSection</name>
    <message>
        <source>Printed reports</source>
        <translation>Rapports imprimés</translation>
    </message>
    <message>
        <source>Language of the office's name and address</source>
        <translation>Langue du nom et de l'adresse du bureau</translation>
    </message>
    <message>
        <source>Office name in this language</source>
        <translation>Nom du bureau dans cette langue</translation>
    </message>
    <message>
        <source>Address in this language</source>
        <translation>Adresse dans cette langue</translation>
    </message>
    <message>
        <source>Default language of the letterhead</source>
        <translation>Langue par défaut de l'en-tête</translation>
    </message>
    <message>
        <source>Logo file (PNG or JPEG)</source>
        <translation>Fichier du logo (PNG ou JPEG)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Sans logo</translation>
    </message>
    <message>
        <source>Signatory's name</source>
        <translation>Nom du signataire</translation>
    </message>
    <message>
        <source>Signatory's title</source>
        <translation>Titre du signataire</translation>
    </message>
    <message>
        <source>Document symbol pattern</source>
        <translation>Modèle de cote du document</translation>
    </message>
    <message>
        <source>{office}, {year}, {kind} and {n} are replaced, e.g. {office}/{year}/{kind}/{n}</source>
        <translation>{office}, {year}, {kind} et {n} sont remplacés, p. ex. {office}/{year}/{kind}/{n}</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <source>Saturday and Sunday</source>
        <translation>Samedi et dimanche</translation>
    </message>
    <message>
        <source>Friday and Saturday</source>
        <translation>Vendredi et samedi</translation>
    </message>
    <message>
        <source>Weekend</source>
        <translation>Fin de semaine</translation>
    </message>
    <message>
        <source>Organisation named on certificates</source>
        <translation>Organisation nommée sur les attestations</translation>
    </message>
    <message>
        <source>Who signs certificates</source>
        <translation>Signataire des attestations</translation>
    </message>
    <message>
        <source>The letterhead's signatory</source>
        <translation>Le signataire de l'en-tête</translation>
    </message>
    <message>
        <source>Your name on printed histories</source>
        <translation>Votre nom dans les historiques imprimés</translation>
    </message>
    <message>
        <source>Language of the te&amp;xts below:</source>
        <translation>Langue des te&amp;xtes ci-dessous :</translation>
    </message>
    <message>
        <source>Office &amp;name:</source>
        <translation>&amp;Nom du bureau :</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>A&amp;dresse :</translation>
    </message>
    <message>
        <source>De&amp;fault language:</source>
        <translation>Langue par dé&amp;faut :</translation>
    </message>
    <message>
        <source>Lo&amp;go:</source>
        <translation>Lo&amp;go :</translation>
    </message>
    <message>
        <source>&amp;Signatory:</source>
        <translation>&amp;Signataire :</translation>
    </message>
    <message>
        <source>Signatory's &amp;title:</source>
        <translation>&amp;Titre du signataire :</translation>
    </message>
    <message>
        <source>Document s&amp;ymbol:</source>
        <translation>Co&amp;te du document :</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier :</translation>
    </message>
    <message>
        <source>&amp;Weekend:</source>
        <translation>Fin de se&amp;maine :</translation>
    </message>
    <message>
        <source>&amp;Organisation on certificates:</source>
        <translation>&amp;Organisation sur les attestations :</translation>
    </message>
    <message>
        <source>&amp;Certificates signed by:</source>
        <translation>Attestations si&amp;gnées par :</translation>
    </message>
    <message>
        <source>Your name on pr&amp;inted histories:</source>
        <translation>Votre nom dans les &amp;historiques imprimés :</translation>
    </message>
    <message>
        <source>Keep the current logo</source>
        <translation>Garder le logo actuel</translation>
    </message>
    <message>
        <source>No logo yet: name a PNG or JPEG file</source>
        <translation>Pas encore de logo : indiquez un fichier PNG ou JPEG</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Saving the report settings</source>
        <translation>Enregistrement des réglages des rapports</translation>
    </message>
<message>
        <source>The office's usual training language</source>
        <translation>Langue habituelle des formations du bureau</translation>
    </message>
    <message>
        <source>Usual &amp;language of trainings:</source>
        <translation>&amp;Langue habituelle des formations :</translation>
    </message>
</context>
<context>
    <name>WordCopy</name>
    <message>
        <source>Save as &amp;Word…</source>
        <translation>Enregistrer en &amp;Word…</translation>
    </message>
    <message>
        <source>Save an editable copy (.docx) with the same text and letterhead</source>
        <translation>Enregistrer une copie modifiable (.docx) avec le même texte et le même en-tête</translation>
    </message>
    <message>
        <source>Save an editable copy</source>
        <translation>Enregistrer une copie modifiable</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Documents Word (*.docx)</translation>
    </message>
    <message>
        <source>Saving an editable copy</source>
        <translation>Enregistrement d'une copie modifiable</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 enregistré.</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>FieldDesk user guide</source>
        <translation>Guide de l'utilisateur de FieldDesk</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guide de l'utilisateur</translation>
    </message>
</context>
<context><name>MergeDialog</name><message>
        <source>Merge participants</source>
        <translation>Fusionner des participants</translation>
    </message>
    <message>
        <source>The other record of this person</source>
        <translation>L’autre fiche de cette personne</translation>
    </message>
    <message>
        <source>Merge &amp;with:</source>
        <translation>Fusionner &amp;avec :</translation>
    </message>
    <message>
        <source>&amp;Swap: keep the other record</source>
        <translation>&amp;Inverser : garder l’autre fiche</translation>
    </message>
    <message>
        <source>Choose, for each field, the value the person keeps. The other record's enrolments move to the kept one; an activity where both are enrolled keeps one enrolment with the better attendance and scores. The other record is then kept only as a pointer to the kept one.</source>
        <translation>Choisissez, pour chaque champ, la valeur que la personne garde. Les inscriptions de l’autre fiche passent à la fiche gardée ; une activité où les deux sont inscrites garde une seule inscription, avec la meilleure présence et les meilleurs résultats. L’autre fiche ne reste ensuite qu’un renvoi vers la fiche gardée.</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Fusionner</translation>
    </message>
    <message>
        <source>Kept: %1</source>
        <translation>Gardée : %1</translation>
    </message>
    <message>
        <source>Merged into it: %1</source>
        <translation>Fusionnée avec elle : %1</translation>
    </message>
    <message>
        <source>%1: both are enrolled; one enrolment is kept, with the better attendance and scores</source>
        <translation>%1 : les deux sont inscrites ; une inscription est gardée, avec la meilleure présence et les meilleurs résultats</translation>
    </message>
    <message>
        <source>%1: the enrolment moves to the kept record</source>
        <translation>%1 : l’inscription passe à la fiche gardée</translation>
    </message>
    <message>
        <source>Attachments that move to the kept record: %1</source>
        <translation>Pièces jointes qui passent à la fiche gardée : %1</translation>
    </message>
    <message>
        <source>The merged record is enrolled in no activity.</source>
        <translation>La fiche fusionnée n’est inscrite à aucune activité.</translation>
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
        <translation>Type de partie prenante</translation>
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
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
<message>
        <source>Fellowships that move to the kept record: %1</source>
        <translation>Bourses qui passent à la fiche gardée : %1</translation>
    </message>
</context><context><name>ActivityStatus</name><message>
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
</context><context><name>CriterionEvaluation</name><message>
        <source>Country facts: in transition to democracy</source>
        <translation>Données sur le pays : en transition vers la démocratie</translation>
    </message>
    <message>
        <source>Country facts: least developed country</source>
        <translation>Données sur le pays : pays le moins avancé</translation>
    </message>
    <message>
        <source>Open recommendations of treaty bodies</source>
        <translation>Recommandations en suspens des organes conventionnels</translation>
    </message>
    <message>
        <source>Open recommendations of special procedures and the periodic review</source>
        <translation>Recommandations en suspens des procédures spéciales et de l'examen périodique</translation>
    </message>
    <message>
        <source>Open recommendations of the Board of Trustees</source>
        <translation>Recommandations en suspens du Conseil d'administration</translation>
    </message>
    <message>
        <source>Views of national institutions and NGOs recorded</source>
        <translation>Avis enregistrés des institutions nationales et des ONG</translation>
    </message>
    <message>
        <source>UN agencies and donors met during the needs assessment</source>
        <translation>Organismes des Nations Unies et donateurs rencontrés lors de l'évaluation des besoins</translation>
    </message>
    <message>
        <source>Assessed by staff</source>
        <translation>Évalué par le personnel</translation>
    </message>
</context><context><name>EvaluationKind</name><message>
        <source>Mid-term evaluation</source>
        <translation>Évaluation à mi-parcours</translation>
    </message>
    <message>
        <source>End-of-project evaluation</source>
        <translation>Évaluation de fin de projet</translation>
    </message>
</context><context><name>FollowUpStatus</name><message>
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
</context><context><name>FundingSource</name><message>
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
</context><context><name>ImportProblems</name><message>
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
</context><context><name>MissionStatus</name><message>
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
</context><context><name>OfficeRole</name><message>
        <source>Field office</source>
        <translation>Bureau de terrain</translation>
    </message>
    <message>
        <source>Headquarters</source>
        <translation>Siège</translation>
    </message>
</context><context><name>PriorityCriterion</name><message>
        <source>Country in transition to democracy</source>
        <translation>Pays en transition vers la démocratie</translation>
    </message>
    <message>
        <source>Least developed country</source>
        <translation>Pays les moins avancés</translation>
    </message>
    <message>
        <source>Needs named by treaty bodies</source>
        <translation>Besoins relevés par les organes conventionnels</translation>
    </message>
    <message>
        <source>Needs named by special rapporteurs, representatives and working groups</source>
        <translation>Besoins relevés par les rapporteurs spéciaux, représentants et groupes de travail</translation>
    </message>
    <message>
        <source>Recommendations of the Board of Trustees</source>
        <translation>Recommandations du Conseil d'administration</translation>
    </message>
    <message>
        <source>Views of national institutions and NGOs</source>
        <translation>Avis des institutions nationales et des ONG</translation>
    </message>
    <message>
        <source>Coordination with other UN bodies and donors</source>
        <translation>Coordination avec les autres organismes des Nations Unies et les donateurs</translation>
    </message>
</context><context><name>Problems</name><message>
        <source>%1 contains a character that is not allowed: %2. Remove it.</source>
        <translation>%1 contient un caractère interdit : %2. Supprimez-le.</translation>
    </message>
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
        <source>Contact details may be kept only with the participant's consent.</source>
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
</context><context><name>ProgressStatus</name><message>
        <source>Achieved</source>
        <translation>Atteint</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>En bonne voie</translation>
    </message>
    <message>
        <source>Off track</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Not measured yet</source>
        <translation>Pas encore mesuré</translation>
    </message>
</context><context><name>ProjectStatus</name><message>
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
</context><context><name>RecommendationSource</name><message>
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
<message>
        <source>Other mechanism</source>
        <translation>Autre mécanisme</translation>
    </message>
</context><context><name>RequestChannel</name><message>
        <source>Letter from the government</source>
        <translation>Lettre du gouvernement</translation>
    </message>
    <message>
        <source>Note verbale from the permanent mission</source>
        <translation>Note verbale de la mission permanente</translation>
    </message>
    <message>
        <source>Through the field office</source>
        <translation>Par le bureau extérieur</translation>
    </message>
    <message>
        <source>Through the UN country team</source>
        <translation>Par l'équipe de pays des Nations Unies</translation>
    </message>
    <message>
        <source>At a meeting or mission</source>
        <translation>Lors d'une réunion ou d'une mission</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context><context><name>RequestStatus</name><message>
        <source>Received</source>
        <translation>Reçue</translation>
    </message>
    <message>
        <source>Under assessment</source>
        <translation>En cours d'examen</translation>
    </message>
    <message>
        <source>Needs assessment planned</source>
        <translation>Évaluation des besoins prévue</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>Évaluée</translation>
    </message>
    <message>
        <source>Project proposed</source>
        <translation>Projet proposé</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvée</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Rejetée</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retirée</translation>
    </message>
</context><context><name>ResultLevel</name><message>
        <source>Objective</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Expected result</source>
        <translation>Résultat attendu</translation>
    </message>
</context><context><name>Sex</name><message>
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
</context><context><name>StakeholderType</name><message>
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
</context><context><name>ThematicArea</name><message>
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
</context><context><name>TrainingForm</name><message>
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
</context><context><name>Grid</name><message>
        <source>Type a whole number from %1 to %2.</source>
        <translation>Tapez un nombre entier de %1 à %2.</translation>
    </message>
    <message>
        <source>Type a number from %1 to %2.</source>
        <translation>Tapez un nombre de %1 à %2.</translation>
    </message>
</context><context><name>ShortcutsDialog</name><message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
</context><context><name>Shortcuts</name><message>
        <source>Go to the pages of the side bar, in order</source>
        <translation>Aller aux pages de la barre latérale, dans l’ordre</translation>
    </message>
    <message>
        <source>Next or previous field (from a list to its editor and back)</source>
        <translation>Champ suivant ou précédent (d’une liste à sa fiche et retour)</translation>
    </message>
    <message>
        <source>Close a dialog without saving; in a grid, cancel the cell being typed</source>
        <translation>Fermer une boîte de dialogue sans enregistrer ; dans une grille, annuler la case en cours de saisie</translation>
    </message>
    <message>
        <source>Open a date field's calendar</source>
        <translation>Ouvrir le calendrier d’un champ de date</translation>
    </message>
    <message>
        <source>In a grid: save the cell and go to the next one</source>
        <translation>Dans une grille : enregistrer la case et passer à la suivante</translation>
    </message>
    <message>
        <source>In a grid: clear the cell (attendance: not recorded)</source>
        <translation>Dans une grille : vider la case (présence : non saisie)</translation>
    </message>
    <message>
        <source>In the attendance grid: present, absent, next state</source>
        <translation>Dans la grille des présences : présent, absent, état suivant</translation>
    </message>
    <message>
        <source>In a grid: paste a column copied from a spreadsheet, from the current cell down</source>
        <translation>Dans une grille : coller une colonne copiée d’un tableur, à partir de la case courante vers le bas</translation>
    </message>
    <message>
        <source>Next or previous tab</source>
        <translation>Onglet suivant ou précédent</translation>
    </message>
</context><context><name>EraseDialog</name><message>
        <source>Erase personal data</source>
        <translation>Effacer les données personnelles</translation>
    </message>
    <message>
        <source>Erase the personal data of “%1”?

Their name, e-mail, phone, organisation and position are replaced by a pseudonym here, in the history of changes and in the search index, and their attachments are deleted. Sex, stakeholder type, country and their activities with attendance and scores are kept, so statistics do not change.

The erasure goes with the next bundle to every site that holds this participant, and is applied there too. It cannot be undone. Backups made before the erasure keep the data until they are rotated out.</source>
        <translation>Effacer les données personnelles de « %1 » ?

Son nom, son courriel, son téléphone, son organisation et sa fonction sont remplacés par un pseudonyme ici, dans l’historique des modifications et dans l’index de recherche, et ses pièces jointes sont supprimées. Le sexe, le type de partie prenante, le pays et ses activités avec présence et notes sont conservés : les statistiques ne changent pas.

L’effacement part avec le prochain paquet vers chaque site qui détient ce participant et y est appliqué aussi. Il est irréversible. Les sauvegardes faites avant l’effacement gardent les données jusqu’à leur rotation.</translation>
    </message>
    <message>
        <source>Why (kept here; do not name the person)</source>
        <translation>Pourquoi (conservé ici ; ne nommez pas la personne)</translation>
    </message>
    <message>
        <source>Reason for the erasure</source>
        <translation>Motif de l’effacement</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Motif :</translation>
    </message>
    <message>
        <source>Erasing personal data</source>
        <translation>Effacement des données personnelles</translation>
    </message>
    <message>
        <source>No backup of this profile holds the person.</source>
        <translation>Aucune sauvegarde de ce profil ne contient la personne.</translation>
    </message>
    <message>
        <source>These backups still hold the person:</source>
        <translation>Ces sauvegardes contiennent encore la personne :</translation>
    </message>
    <message>
        <source>%1: cannot be opened with this profile's key (made under another passphrase or key), so what it holds cannot be told</source>
        <translation>%1 : ne s'ouvre pas avec la clé de ce profil (faite avec une autre phrase secrète ou clé) ; on ne peut donc pas dire ce qu'elle contient</translation>
    </message>
    <message>
        <source>%1: rotated out after %2 more automatic backups (one each day FieldDesk is used)</source>
        <translation>%1 : remplacée après %2 nouvelles sauvegardes automatiques (une par jour d'utilisation de FieldDesk)</translation>
    </message>
    <message>
        <source>%1: proposed for deletion on %2</source>
        <translation>%1 : suppression proposée le %2</translation>
    </message>
    <message>
        <source>%1: kept until deleted (made by hand)</source>
        <translation>%1 : conservée jusqu'à sa suppression (faite à la main)</translation>
    </message>
    <message>
        <source>The data is kept on a database server: its backups are its administrator's.</source>
        <translation>Les données sont conservées sur un serveur de base de données : ses sauvegardes relèvent de son administrateur.</translation>
    </message>
    <message>
        <source>Also &amp;remove the person from these backups</source>
        <translation>&amp;Retirer aussi la personne de ces sauvegardes</translation>
    </message>
    <message>
        <source>Each is rewritten, encrypted as before; a backup made by an older version is deleted.</source>
        <translation>Chacune est réécrite, chiffrée comme avant ; une sauvegarde faite par une version antérieure est supprimée.</translation>
    </message>
    <message>
        <source>The data is kept on a PostgreSQL server. Its backups are made outside FieldDesk by the server's administrator: each one made so far holds the person, and after the erasure the administrator must delete them or remove the person from them.</source>
        <translation>Les données sont conservées sur un serveur PostgreSQL. Ses sauvegardes sont faites hors de FieldDesk par l'administrateur du serveur : chacune de celles faites jusqu'ici garde la personne, et après l'effacement l'administrateur doit les supprimer ou en retirer la personne.</translation>
    </message>
    <message>
        <source>%1: copied to %2, out of reach now (a USB stick not plugged in?), so what it holds cannot be told</source>
        <translation>%1 : copiée dans %2, hors d'atteinte pour l'instant (clé USB non branchée ?), on ne peut donc pas savoir ce qu'elle contient</translation>
    </message>
    <message>
        <source>%1: the SQLite file kept by the move to PostgreSQL, kept until deleted</source>
        <translation>%1 : le fichier SQLite gardé lors du passage à PostgreSQL, conservé jusqu'à sa suppression</translation>
    </message>
    <message>
        <source>%1: copied to %2, kept there until deleted</source>
        <translation>%1 : copiée dans %2, conservée là jusqu'à sa suppression</translation>
    </message>
    <message>
        <source>%1: kept until deleted (made before the data moved to PostgreSQL)</source>
        <translation>%1 : conservée jusqu'à sa suppression (faite avant le passage des données à PostgreSQL)</translation>
    </message>
</context><context><name>AccessModel</name><message>
        <source>When (UTC)</source>
        <translation>Quand (UTC)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>File, office or record</source>
        <translation>Fichier, bureau ou fiche</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Spreadsheet</source>
        <translation>Tableur</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>Paquet</translation>
    </message>
    <message>
        <source>Subject access report</source>
        <translation>Rapport d’accès de la personne</translation>
    </message>
    <message>
        <source>Erasure</source>
        <translation>Effacement</translation>
    </message>
<message>
        <source>Retention sweep</source>
        <translation>Nettoyage de conservation</translation>
    </message>
    <message>
        <source>Data export (JSON)</source>
        <translation>Exportation des données (JSON)</translation>
    </message>
</context><context><name>AccessRecordDialog</name><message>
        <source>Access record</source>
        <translation>Registre des accès</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Tout</translation>
    </message>
    <message>
        <source>Search what was made, its file, office or record</source>
        <translation>Chercher ce qui a été fait, son fichier, bureau ou fiche</translation>
    </message>
    <message>
        <source>Search the access record</source>
        <translation>Chercher dans le registre des accès</translation>
    </message>
    <message>
        <source>Export for an audit…</source>
        <translation>Exporter pour un audit…</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>Every report, spreadsheet, bundle, subject access report and erasure made here: who, when, what and for how many people. It never holds the personal data itself.</source>
        <translation>Chaque rapport, tableur, paquet, rapport d’accès et effacement fait ici : qui, quand, quoi et pour combien de personnes. Il ne contient jamais les données personnelles elles-mêmes.</translation>
    </message>
    <message>
        <source>Export the access record</source>
        <translation>Exporter le registre des accès</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n événement</numerusform>
            <numerusform>%n événements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) written to %1.</source>
        <translation>
            <numerusform>%n événement écrit dans %1.</numerusform>
            <numerusform>%n événements écrits dans %1.</numerusform>
        </translation>
    </message>
</context><context><name>StateResponse</name><message>
        <source>No response recorded</source>
        <translation>Aucune réponse enregistrée</translation>
    </message>
    <message>
        <source>Supported</source>
        <translation>Acceptée</translation>
    </message>
    <message>
        <source>Noted</source>
        <translation>Notée</translation>
    </message>
    <message>
        <source>Under consideration</source>
        <translation>À l’examen</translation>
    </message>
</context><context><name>IndexImportDialog</name><message>
        <source>Import recommendations from the Universal Human Rights Index</source>
        <translation>Importer des recommandations de l’Index universel des droits de l’homme</translation>
    </message>
    <message>
        <source>Export the recommendations from uhri.ohchr.org as CSV or Excel, then choose the file here. Nothing is written until you press Import; recommendations already recorded (same document symbol and paragraph) are left as they are.</source>
        <translation>Exportez les recommandations depuis uhri.ohchr.org au format CSV ou Excel, puis choisissez le fichier ici. Rien n’est enregistré avant que vous appuyiez sur Importer ; les recommandations déjà enregistrées (même symbole de document et même paragraphe) restent telles quelles.</translation>
    </message>
    <message>
        <source>Type the file's path, or Browse</source>
        <translation>Tapez le chemin du fichier, ou Parcourir</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>As the file says</source>
        <translation>Comme l’indique le fichier</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation>P&amp;ays</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Index exports (*.csv *.xlsx);;All files (*)</source>
        <translation>Exports de l’Index (*.csv *.xlsx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>New: %1. Already recorded: %2. For another country (left out): %3.</source>
        <translation>Nouvelles : %1. Déjà enregistrées : %2. Pour un autre pays (laissées de côté) : %3.</translation>
    </message>
    <message>
        <source>Problems: %1. Correct the file and check it again; nothing will be imported until then.</source>
        <translation>Problèmes : %1. Corrigez le fichier et vérifiez-le à nouveau ; rien ne sera importé d’ici là.</translation>
    </message>
    <message>
        <source>Recommendations imported: %1.</source>
        <translation>Recommandations importées : %1.</translation>
    </message>
    <message>
        <source>Row %1, %2: %3</source>
        <translation>Ligne %1, %2 : %3</translation>
    </message>
</context><context><name>Due</name><message>
        <source>Due</source>
        <translation>Échéances</translation>
    </message>
    <message>
        <source>What is due</source>
        <translation>Ce qui est dû</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Cette semaine</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Ce mois-ci</translation>
    </message>
    <message>
        <source>Mission report</source>
        <translation>Rapport de mission</translation>
    </message>
    <message>
        <source>Follow-up review</source>
        <translation>Examen de suivi</translation>
    </message>
    <message>
        <source>Indicator value</source>
        <translation>Valeur d’indicateur</translation>
    </message>
    <message>
        <source>Final project report</source>
        <translation>Rapport final du projet</translation>
    </message>
    <message>
        <source>Mid-term evaluation</source>
        <translation>Évaluation à mi-parcours</translation>
    </message>
    <message>
        <source>End-of-project evaluation</source>
        <translation>Évaluation de fin de projet</translation>
    </message>
    <message>
        <source>Decision on a request</source>
        <translation>Décision sur une demande</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Days late: %1</source>
        <translation>Jours de retard : %1</translation>
    </message>
    <message>
        <source>%1 overdue, %2 this week, %3 this month</source>
        <translation>%1 en retard, %2 cette semaine, %3 ce mois-ci</translation>
    </message>
    <message>
        <source>Overdue: %1</source>
        <translation>En retard : %1</translation>
    </message>
    <message>
        <source>Overdue per office: %1</source>
        <translation>En retard par bureau : %1</translation>
    </message>
    <message>
        <source>Most urgent items due</source>
        <translation>Échéances les plus urgentes</translation>
    </message>
    <message>
        <source>&amp;All that is due…</source>
        <translation>&amp;Toutes les échéances…</translation>
    </message>
    <message>
        <source>Finding what is due…</source>
        <translation>Recherche des échéances…</translation>
    </message>
    <message>
        <source>What is due: open the Due page</source>
        <translation>Ce qui est dû : ouvrir la page Échéances</translation>
    </message>
    <message>
        <source>&amp;Rules…</source>
        <translation>&amp;Règles…</translation>
    </message>
    <message>
        <source>How many days after what each item is due</source>
        <translation>Combien de jours après quoi chaque échéance tombe</translation>
    </message>
<message>
        <source>Sustainability check</source>
        <translation>Vérification de durabilité</translation>
    </message>
    <message>
        <source>%1 months after the exit</source>
        <translation>%1 mois après la sortie</translation>
    </message>
<message>
        <source>Grant tranche</source>
        <translation>Tranche de subvention</translation>
    </message>
    <message>
        <source>Grant report</source>
        <translation>Rapport de subvention</translation>
    </message>
    <message>
        <source>tranche %1</source>
        <translation>tranche %1</translation>
    </message>
<message>
        <source>Synthesis of a review</source>
        <translation>Synthèse d’un examen</translation>
    </message>
</context><context><name>Lessons</name><message>
        <source>Lessons</source>
        <translation>Enseignements</translation>
    </message>
    <message>
        <source>Mission finding</source>
        <translation>Constat de mission</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>Follow-up note</source>
        <translation>Note de suivi</translation>
    </message>
    <message>
        <source>Search findings, lessons and notes</source>
        <translation>Rechercher constats, enseignements et notes</translation>
    </message>
    <message>
        <source>Search lessons</source>
        <translation>Rechercher les enseignements</translation>
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
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Lessons found</source>
        <translation>Enseignements trouvés</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Tous les pays</translation>
    </message>
    <message>
        <source>All thematic areas</source>
        <translation>Tous les domaines</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Toutes les années</translation>
    </message>
    <message>
        <source>%1 found</source>
        <translation>%1 trouvé(s)</translation>
    </message>
    <message>
        <source>Lessons from before</source>
        <translation>Enseignements antérieurs</translation>
    </message>
    <message>
        <source>Once saved, the lessons recorded for the same country and thematic areas show here.</source>
        <translation>Une fois la fiche enregistrée, les enseignements du même pays et des mêmes domaines s’affichent ici.</translation>
    </message>
    <message>
        <source>Lessons recorded for the same country and thematic areas: %1</source>
        <translation>Enseignements du même pays et des mêmes domaines : %1</translation>
    </message>
<message>
        <source>After the exit</source>
        <translation>Après la sortie</translation>
    </message>
<message>
        <source>Review finding</source>
        <translation>Constatation d’examen</translation>
    </message>
</context><context><name>DueRules</name><message>
        <source>Rules for what is due</source>
        <translation>Règles des échéances</translation>
    </message>
    <message>
        <source>Headquarters sets these rules; every office is held to them.</source>
        <translation>Le siège fixe ces règles ; chaque bureau y est tenu.</translation>
    </message>
    <message>
        <source>Set by headquarters; every office is held to them.</source>
        <translation>Fixées par le siège ; chaque bureau y est tenu.</translation>
    </message>
    <message>
        <source>What is due</source>
        <translation>Ce qui est dû</translation>
    </message>
    <message>
        <source>Days after</source>
        <translation>Jours après</translation>
    </message>
    <message>
        <source>Reporting period (months)</source>
        <translation>Période de rapport (mois)</translation>
    </message>
    <message>
        <source>Reporting period</source>
        <translation>Période de rapport</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>En vigueur</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <source>Half-year</source>
        <translation>Semestre</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
<message>
        <source>Months after the exit</source>
        <translation>Mois après la sortie</translation>
    </message>
    <message>
        <source>When the checks fall after a project's exit, e.g. 6, 12, 24.</source>
        <translation>Quand tombent les vérifications après la sortie d'un projet, p. ex. 6, 12, 24.</translation>
    </message>
</context><context>
    <name>RetentionSection</name>
    <message>
        <source>Retention of personal data</source>
        <translation>Conservation des données personnelles</translation>
    </message>
    <message>
        <source>Headquarters sets how long personal data is kept; every office applies it in a daily sweep.</source>
        <translation>Le siège fixe la durée de conservation des données personnelles ; chaque bureau l'applique lors d'un nettoyage quotidien.</translation>
    </message>
    <message>
        <source>Set by headquarters; applied here in a daily sweep.</source>
        <translation>Fixé par le siège ; appliqué ici lors d'un nettoyage quotidien.</translation>
    </message>
    <message>
        <source>Contact &amp;details, after the last activity:</source>
        <translation>&amp;Coordonnées, après la dernière activité :</translation>
    </message>
    <message>
        <source>Records of &amp;erasures:</source>
        <translation>Traces des &amp;effacements :</translation>
    </message>
    <message>
        <source>Backups made by &amp;hand:</source>
        <translation>Sauvegardes &amp;manuelles :</translation>
    </message>
    <message>
        <source> months</source>
        <translation> mois</translation>
    </message>
    <message>
        <source>Not in use.</source>
        <translation>Non appliqué.</translation>
    </message>
    <message>
        <source>Participants whose contact details are removed at today's sweep: %1</source>
        <translation>Participants dont les coordonnées sont supprimées au nettoyage d'aujourd'hui : %1</translation>
    </message>
    <message>
        <source>Erasure records removed at today's sweep: %1</source>
        <translation>Traces d'effacement supprimées au nettoyage d'aujourd'hui : %1</translation>
    </message>
    <message>
        <source>Manual backups proposed for deletion now: %1</source>
        <translation>Sauvegardes manuelles proposées à la suppression maintenant : %1</translation>
    </message>
    <message>
        <source>Participants whose contact details will be removed on %1: %2</source>
        <translation>Participants dont les coordonnées seront supprimées le %1 : %2</translation>
    </message>
    <message>
        <source>Erasure records that will be removed on %1: %2</source>
        <translation>Traces d'effacement qui seront supprimées le %1 : %2</translation>
    </message>
    <message>
        <source>Manual backups proposed for deletion on %1: %2</source>
        <translation>Sauvegardes manuelles proposées à la suppression le %1 : %2</translation>
    </message>
    <message>
        <source>Nothing in the next 90 days.</source>
        <translation>Rien dans les 90 prochains jours.</translation>
    </message>
    <message>
        <source>Erasure records past this period, kept until every office that must apply them has acknowledged them: %1</source>
        <translation>Traces d'effacements au-delà de ce délai, conservées jusqu'à ce que chaque bureau qui doit les appliquer en ait accusé réception : %1</translation>
    </message>
    <message>
        <source>Participants' &amp;names never leave the offices</source>
        <translation>Les &amp;noms des participants ne quittent jamais les bureaux</translation>
    </message>
    <message>
        <source>Every participant is sent to headquarters under a pseudonym, whatever their consent; the offices' reports for sharing and spreadsheets show the pseudonyms too. Names stay in the offices.</source>
        <translation>Chaque participant est envoyé au siège sous un pseudonyme, quel que soit son consentement ; les rapports à diffuser et les tableurs des bureaux montrent aussi les pseudonymes. Les noms restent dans les bureaux.</translation>
    </message>
    <message>
        <source>A participant's name is sent to headquarters unless they did not consent to share it.</source>
        <translation>Le nom d'un participant est envoyé au siège, sauf s'il n'a pas consenti à le communiquer.</translation>
    </message>
    <message>
        <source>When you press OK, the names of the offices' participants held here are replaced by their pseudonyms.</source>
        <translation>Quand vous appuierez sur OK, les noms des participants des bureaux conservés ici seront remplacés par leurs pseudonymes.</translation>
    </message>
    <message>
        <source>Set by headquarters.</source>
        <translation>Fixé par le siège.</translation>
    </message>
    <message>
        <source>This office sends every participant to headquarters under a &amp;pseudonym</source>
        <translation>Ce bureau envoie chaque participant au siège sous un &amp;pseudonyme</translation>
    </message>
    <message>
        <source>Whatever their consent, participants reach headquarters under the pseudonym only, without contacts, organisation, position or files.</source>
        <translation>Quel que soit leur consentement, les participants parviennent au siège sous leur seul pseudonyme, sans coordonnées, organisation, fonction ni fichiers.</translation>
    </message>
    <message>
        <source>Participants who consent to share their name reach headquarters by name, with their files; the others under the pseudonym.</source>
        <translation>Les participants qui consentent au partage de leur nom parviennent au siège sous leur nom, avec leurs fichiers ; les autres sous leur pseudonyme.</translation>
    </message>
    <message>
        <source>When you press OK, every participant of this office is sent again with the next bundle, and headquarters replaces the names and removes the files it holds.</source>
        <translation>Lorsque vous appuyez sur OK, chaque participant de ce bureau est envoyé de nouveau avec le prochain paquet, et le siège remplace les noms et supprime les fichiers qu'il détient.</translation>
    </message>
    <message>
        <source>When you press OK, every participant of this office is sent again with the next bundle, by name where they consent.</source>
        <translation>Lorsque vous appuyez sur OK, chaque participant de ce bureau est envoyé de nouveau avec le prochain paquet, sous son nom s'il y consent.</translation>
    </message>
    <message>
        <source>This office&apos;s reports for sharing and spreadsheets show the pseudonyms too.</source>
        <translation>Les rapports à partager et les tableurs de ce bureau montrent aussi les pseudonymes.</translation>
    </message>
</context>
<context><name>AfterExitSection</name><message>
        <source>Months after the exit</source>
        <translation>Mois après la sortie</translation>
    </message>
    <message>
        <source>Checked on</source>
        <translation>Vérifié le</translation>
    </message>
    <message>
        <source>Partner still running it</source>
        <translation>Le partenaire le poursuit</translation>
    </message>
    <message>
        <source>National budget line</source>
        <translation>Ligne budgétaire nationale</translation>
    </message>
    <message>
        <source>Trained staff in post</source>
        <translation>Personnel formé en poste</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>National partner still running it</source>
        <translation>Le partenaire national le poursuit</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>A national budget line</source>
        <translation>Une ligne budgétaire nationale</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personnel</translation>
    </message>
    <message>
        <source>Trained staff still in post</source>
        <translation>Personnel formé toujours en poste</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuves</translation>
    </message>
    <message>
        <source>What was seen: a budget law, a payroll, a visit (attach files on the project).</source>
        <translation>Ce qui a été constaté : une loi de finances, une liste de paie, une visite (joindre les fichiers au projet).</translation>
    </message>
    <message>
        <source>sustainability check</source>
        <translation>vérification de durabilité</translation>
    </message>
    <message>
        <source>When a project closes, whether what it set in motion lasted is checked some months after its exit; each check is due until it is recorded here.</source>
        <translation>Quand un projet est clôturé, on vérifie quelques mois après sa sortie si ce qu'il a lancé a duré ; chaque vérification reste due tant qu'elle n'est pas enregistrée ici.</translation>
    </message>
    <message>
        <source>Checks are scheduled once the project is closed.</source>
        <translation>Les vérifications sont programmées une fois le projet clôturé.</translation>
    </message>
    <message>
        <source>Closed without an exit or end date: give one to schedule the checks.</source>
        <translation>Clôturé sans date de sortie ni de fin : indiquez-en une pour programmer les vérifications.</translation>
    </message>
    <message>
        <source>recorded</source>
        <translation>enregistrée</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>échéance %1</translation>
    </message>
    <message>
        <source>%1 months (%2, %3)</source>
        <translation>%1 mois (%2, %3)</translation>
    </message>
    <message>
        <source>Exit on %1. Checks: %2.</source>
        <translation>Sortie le %1. Vérifications : %2.</translation>
    </message>
</context><context>
    <name>ReferenceLists</name>
    <message>
        <source>Reference lists</source>
        <translation>Listes de référence</translation>
    </message>
    <message>
        <source>Reference list</source>
        <translation>Liste de référence</translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation>&amp;Liste</translation>
    </message>
    <message>
        <source>&amp;New entry…</source>
        <translation>&amp;Nouvelle entrée…</translation>
    </message>
    <message>
        <source>Thematic areas</source>
        <translation>Domaines thématiques</translation>
    </message>
    <message>
        <source>Stakeholder types and target groups</source>
        <translation>Types d'acteurs et groupes cibles</translation>
    </message>
    <message>
        <source>Affected persons</source>
        <translation>Personnes concernées</translation>
    </message>
    <message>
        <source>Treaty bodies</source>
        <translation>Organes conventionnels</translation>
    </message>
    <message>
        <source>UPR cycles</source>
        <translation>Cycles de l'EPU</translation>
    </message>
    <message>
        <source>Type in a cell to rename or translate an entry; Enter or Tab saves it and moves on. An empty name shows FieldDesk's own word in grey. Retire an entry instead of deleting it: records that use it keep its name. Every office receives the lists with its next bundle.</source>
        <translation>Tapez dans une cellule pour renommer ou traduire une entrée ; Entrée ou Tab l'enregistre et passe à la suivante. Un nom vide montre en gris le mot de FieldDesk. Retirez une entrée au lieu de la supprimer : les fiches qui l'utilisent gardent son nom. Chaque bureau reçoit les listes avec son prochain paquet.</translation>
    </message>
    <message>
        <source>Kept by headquarters: new entries and names arrive with the next bundle and are used at once.</source>
        <translation>Tenues par le siège : les nouvelles entrées et les noms arrivent avec le prochain paquet et servent aussitôt.</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Entrées</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Ordre</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Retirée</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Noms</translation>
    </message>
    <message>
        <source>Shipped with FieldDesk; type to write headquarters' own name.</source>
        <translation>Fourni avec FieldDesk ; tapez pour écrire le nom propre au siège.</translation>
    </message>
    <message>
        <source>An entry needs its English name: records and reports fall back to it.</source>
        <translation>Une entrée doit avoir son nom anglais : les fiches et les rapports s'y rabattent.</translation>
    </message>
    <message>
        <source>A name has at most %1 characters.</source>
        <translation>Un nom compte au plus %1 caractères.</translation>
    </message>
    <message>
        <source>New entry: %1</source>
        <translation>Nouvelle entrée : %1</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>Nom anglais</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>&amp;Code</translation>
    </message>
    <message>
        <source>&amp;English name</source>
        <translation>Nom &amp;anglais</translation>
    </message>
    <message>
        <source>The code is kept for good: records point to it, so renaming the entry later changes no record and no report. Letters, digits and . _ - only.</source>
        <translation>Le code est définitif : les fiches le désignent, si bien que renommer l'entrée plus tard ne change aucune fiche ni aucun rapport. Lettres, chiffres et . _ - seulement.</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1 est obligatoire.</translation>
    </message>
    <message>
        <source>The change could not be saved: %1</source>
        <translation>La modification n'a pas pu être enregistrée : %1</translation>
    </message>
</context>
<context><name>ActivitiesPage</name><message>
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Existing or planned</source>
        <translation>En cours ou prévue</translation>
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
        <source>Target groups</source>
        <translation>Groupes cibles</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Monnaie</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <source>Thematic area</source>
        <translation>Domaine thématique</translation>
    </message>
    <message numerus="yes">
        <source>%Ln activity(ies)</source>
        <translation>
            <numerusform>%Ln activité</numerusform>
            <numerusform>%Ln activités</numerusform>
        </translation>
    </message>
</context><context><name>PartnersPage</name><message>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Sigle</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Bureau</translation>
    </message>
    <message numerus="yes">
        <source>%Ln partner(s)</source>
        <translation>
            <numerusform>%Ln partenaire</numerusform>
            <numerusform>%Ln partenaires</numerusform>
        </translation>
    </message>
</context><context><name>PartnerEditor</name><message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Sigle</translation>
    </message>
    <message>
        <source>Kind of partner</source>
        <translation>Type de partenaire</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>For a national partner (a ministry, a national NGO); empty for an agency or donor working in many countries.</source>
        <translation>Pour un partenaire national (un ministère, une ONG nationale) ; vide pour un organisme ou un donateur présent dans de nombreux pays.</translation>
    </message>
    <message>
        <source>New partner</source>
        <translation>Nouveau partenaire</translation>
    </message>
    <message>
        <source>Already in the register, perhaps the same partner: %1. Use it rather than recording it again.</source>
        <translation>Déjà au registre, peut-être le même partenaire : %1. Utilisez-le plutôt que de l'enregistrer à nouveau.</translation>
    </message>
</context><context><name>PartnerActivityEditor</name><message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Existing or planned</source>
        <translation>En cours ou prévue</translation>
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
        <source>Start date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Monnaie</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Personne de contact</translation>
    </message>
    <message>
        <source>Cooperation framework outcome</source>
        <translation>Effet du plan-cadre de coopération</translation>
    </message>
    <message>
        <source>Source of the information</source>
        <translation>Source de l'information</translation>
    </message>
    <message>
        <source>Information as of</source>
        <translation>Information à la date du</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>When known; empty when not.</source>
        <translation>Si connu ; vide sinon.</translation>
    </message>
    <message>
        <source>The ISO 4217 code: USD, EUR, GTQ…</source>
        <translation>Le code ISO 4217 : USD, EUR, GTQ…</translation>
    </message>
    <message>
        <source>The outcome of the UN sustainable development cooperation framework it serves.</source>
        <translation>L'effet du plan-cadre de coopération des Nations Unies pour le développement durable auquel elle contribue.</translation>
    </message>
    <message>
        <source>New partner activity</source>
        <translation>Nouvelle activité de partenaire</translation>
    </message>
</context><context><name>OptionalAmountInput</name><message>
        <source>Write the amount in figures, for example 1200000 (or leave it empty when unknown).</source>
        <translation>Écrivez le montant en chiffres, par exemple 1200000 (ou laissez vide s'il est inconnu).</translation>
    </message>
    <message>
        <source>An amount cannot be negative.</source>
        <translation>Un montant ne peut pas être négatif.</translation>
    </message>
</context><context><name>CoordinationPage</name><message>
        <source>Coordination</source>
        <translation>Coordination</translation>
    </message>
    <message>
        <source>&amp;Activities</source>
        <translation>&amp;Activités</translation>
    </message>
    <message>
        <source>&amp;Partners</source>
        <translation>&amp;Partenaires</translation>
    </message>
</context><context><name>Coordination</name><message>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Existing or planned</source>
        <translation>En cours ou prévue</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Others working on this</source>
        <translation>Autres acteurs sur ce terrain</translation>
    </message>
    <message>
        <source>Import the register from Excel</source>
        <translation>Importer le registre depuis Excel</translation>
    </message>
    <message>
        <source>Thematic areas in common</source>
        <translation>Domaines thématiques en commun</translation>
    </message>
    <message>
        <source>Once saved, the partners working in the same country and thematic areas show here.</source>
        <translation>Une fois l'enregistrement fait, les partenaires actifs dans le même pays et les mêmes domaines s'affichent ici.</translation>
    </message>
    <message>
        <source>Others working on this (the coordination register: the same country and thematic areas, in the same period or planned): %1</source>
        <translation>Autres acteurs sur ce terrain (registre de coordination : même pays et mêmes domaines thématiques, sur la même période ou prévus) : %1</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Lecture…</translation>
    </message>
    <message>
        <source>Row %1, %2: %3</source>
        <translation>Ligne %1, %2 : %3</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>et %1 de plus</translation>
    </message>
    <message>
        <source>%1 has problems; nothing was imported. Correct them in the sheet and import it again.

%2</source>
        <translation>%1 contient des erreurs ; rien n'a été importé. Corrigez-les dans la feuille et importez-la à nouveau.

%2</translation>
    </message>
    <message>
        <source>%1: %2 new partner(s), %3 new activity(ies), %4 already recorded. Import them?</source>
        <translation>%1 : %2 nouveau(x) partenaire(s), %3 nouvelle(s) activité(s), %4 déjà enregistrée(s). Les importer ?</translation>
    </message>
    <message>
        <source>Everything in %1 is already recorded.</source>
        <translation>Tout le contenu de %1 est déjà enregistré.</translation>
    </message>
    <message>
        <source>Imported %1 partner(s) and %2 activity(ies).</source>
        <translation>%1 partenaire(s) et %2 activité(s) importé(s).</translation>
    </message>
    <message>
        <source>%1: %2, %3, %4 already recorded. Import them?</source>
        <translation>%1 : %2, %3, déjà enregistrés : %4. Les importer ?</translation>
    </message>
    <message>
        <source>Imported %1 and %2.</source>
        <translation>Importé : %1 et %2.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new partner(s)</source>
        <translation>
            <numerusform>%Ln nouveau partenaire</numerusform>
            <numerusform>%Ln nouveaux partenaires</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new activity(ies)</source>
        <translation>
            <numerusform>%Ln nouvelle activité</numerusform>
            <numerusform>%Ln nouvelles activités</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln partner(s)</source>
        <translation>
            <numerusform>%Ln partenaire</numerusform>
            <numerusform>%Ln partenaires</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln activity(ies)</source>
        <translation>
            <numerusform>%Ln activité</numerusform>
            <numerusform>%Ln activités</numerusform>
        </translation>
    </message>
</context><context><name>AllocationEditor</name><message>
        <source>Allocated on</source>
        <translation>Allouée le</translation>
    </message>
    <message>
        <source>Amount (USD)</source>
        <translation>Montant (USD)</translation>
    </message>
    <message>
        <source>Contribution drawn on</source>
        <translation>Contribution utilisée</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>New allocation</source>
        <translation>Nouvelle allocation</translation>
    </message>
</context><context><name>AllocationsList</name><message>
        <source>Allocated on</source>
        <translation>Allouée le</translation>
    </message>
    <message>
        <source>Amount (USD)</source>
        <translation>Montant (USD)</translation>
    </message>
    <message>
        <source>Contribution drawn on</source>
        <translation>Contribution utilisée</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Allocations</source>
        <translation>Allocations</translation>
    </message>
    <message>
        <source>Saved, with a warning: %1</source>
        <translation>Enregistrée, avec un avertissement : %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln allocation(s)</source>
        <translation>
            <numerusform>%Ln allocation</numerusform>
            <numerusform>%Ln allocations</numerusform>
        </translation>
    </message>
</context><context><name>ProjectAllocations</name><message>
        <source>Allocated on</source>
        <translation>Allouée le</translation>
    </message>
    <message>
        <source>Amount (USD)</source>
        <translation>Montant (USD)</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Allocations from the Voluntary Fund</source>
        <translation>Allocations du Fonds de contributions volontaires</translation>
    </message>
    <message>
        <source>Drawn on</source>
        <translation>Sur la contribution</translation>
    </message>
</context><context><name>ContributionEditor</name><message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Monnaie</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation>Donateur</translation>
    </message>
    <message>
        <source>Earmark</source>
        <translation>Affectation</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Reçue le</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Earmarked country</source>
        <translation>Pays d’affectation</translation>
    </message>
    <message>
        <source>Earmarked region</source>
        <translation>Région d’affectation</translation>
    </message>
    <message>
        <source>Earmarked theme</source>
        <translation>Thème d’affectation</translation>
    </message>
    <message>
        <source>New contribution</source>
        <translation>Nouvelle contribution</translation>
    </message>
    <message>
        <source>Pledged on</source>
        <translation>Annoncée le</translation>
    </message>
    <message>
        <source>The ISO 4217 code: EUR, CHF, NOK, USD…</source>
        <translation>Le code ISO 4217 : EUR, CHF, NOK, USD…</translation>
    </message>
</context><context><name>ContributionsList</name><message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Monnaie</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation>Donateur</translation>
    </message>
    <message>
        <source>Earmark</source>
        <translation>Affectation</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Reçue le</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>Contributions</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contribution(s)</source>
        <translation>
            <numerusform>%Ln contribution</numerusform>
            <numerusform>%Ln contributions</numerusform>
        </translation>
    </message>
</context><context><name>PositionTab</name><message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>Alloué</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Solde</translation>
    </message>
    <message>
        <source>Not counted, for want of a rate of exchange: %1. Record the rates on the Rates tab.</source>
        <translation>Non comptés, faute de taux de change : %1. Saisissez les taux dans l’onglet Taux.</translation>
    </message>
    <message>
        <source>Pledged</source>
        <translation>Annoncé</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Regular budget</source>
        <translation>Budget ordinaire</translation>
    </message>
    <message>
        <source>Regular budget against the Fund, by year and country</source>
        <translation>Budget ordinaire et Fonds, par année et par pays</translation>
    </message>
    <message>
        <source>Regular budget spent</source>
        <translation>Budget ordinaire dépensé</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Dépensé</translation>
    </message>
    <message>
        <source>The Fund's position by year</source>
        <translation>La situation du Fonds par année</translation>
    </message>
    <message>
        <source>US dollars at the UN operational rates of exchange. The balance is what was received less what was allocated, up to the end of the year.</source>
        <translation>Dollars des États-Unis aux taux de change opérationnels de l’ONU. Le solde est le reçu moins l’alloué, jusqu’à la fin de l’année.</translation>
    </message>
    <message>
        <source>Voluntary Fund budget</source>
        <translation>Budget du Fonds de contributions volontaires</translation>
    </message>
    <message>
        <source>Voluntary Fund spent</source>
        <translation>Fonds de contributions volontaires dépensé</translation>
    </message>
</context><context><name>RateEditor</name><message>
        <source>Currency</source>
        <translation>Monnaie</translation>
    </message>
    <message>
        <source>In effect from</source>
        <translation>En vigueur depuis le</translation>
    </message>
    <message>
        <source>Units per US dollar</source>
        <translation>Unités par dollar des États-Unis</translation>
    </message>
    <message>
        <source>New exchange rate</source>
        <translation>Nouveau taux de change</translation>
    </message>
    <message>
        <source>The ISO 4217 code: EUR, CHF, NOK…</source>
        <translation>Le code ISO 4217 : EUR, CHF, NOK…</translation>
    </message>
    <message>
        <source>The UN operational rate of exchange, usually from the first of a month.</source>
        <translation>Le taux de change opérationnel de l’ONU, d’ordinaire à partir du premier du mois.</translation>
    </message>
</context><context><name>RatesList</name><message>
        <source>Currency</source>
        <translation>Monnaie</translation>
    </message>
    <message>
        <source>In effect from</source>
        <translation>En vigueur depuis le</translation>
    </message>
    <message>
        <source>Units per US dollar</source>
        <translation>Unités par dollar des États-Unis</translation>
    </message>
    <message>
        <source>Rates</source>
        <translation>Taux</translation>
    </message>
    <message numerus="yes">
        <source>%Ln rate(s)</source>
        <translation>
            <numerusform>%Ln taux</numerusform>
            <numerusform>%Ln taux</numerusform>
        </translation>
    </message>
</context><context><name>DonorEditor</name><message>
        <source>Donor</source>
        <translation>Donateur</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>A government donor is a state: its country.</source>
        <translation>Un donateur gouvernemental est un État : son pays.</translation>
    </message>
    <message>
        <source>Kind of donor</source>
        <translation>Type de donateur</translation>
    </message>
    <message>
        <source>New donor</source>
        <translation>Nouveau donateur</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context><context><name>DonorsList</name><message>
        <source>Donor</source>
        <translation>Donateur</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Donors</source>
        <translation>Donateurs</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message numerus="yes">
        <source>%Ln donor(s)</source>
        <translation>
            <numerusform>%Ln donateur</numerusform>
            <numerusform>%Ln donateurs</numerusform>
        </translation>
    </message>
</context><context><name>FundPage</name><message>
        <source>Fund</source>
        <translation>Fonds</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>Headquarters keeps the Voluntary Fund and sends it with its bundles: here you can read it, search it and export it to Excel, not change it. In Position, spent and the regular budget count this office's projects only.</source>
        <translation>Le siège tient le Fonds de contributions volontaires et l’envoie avec ses paquets : ici, vous pouvez le consulter, y chercher et l’exporter vers Excel, mais pas le modifier. Dans Situation, les dépenses et le budget ordinaire ne comptent que les projets de ce bureau.</translation>
    </message>
</context><context><name>BoardPage</name><message>
        <source>Board of Trustees</source>
        <translation>Conseil d'administration</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
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
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message numerus="yes">
        <source>%Ln session(s)</source>
        <translation>
            <numerusform>%Ln session</numerusform>
            <numerusform>%Ln sessions</numerusform>
        </translation>
    </message>
</context><context><name>BoardSessionEditor</name><message>
        <source>Session number</source>
        <translation>Numéro de la session</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>As the Board names it, for example: Forty-first session.</source>
        <translation>Comme le Conseil la nomme, par exemple : Quarante et unième session.</translation>
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
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Ordre du jour</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Adopted recommendations</source>
        <translation>Recommandations adoptées</translation>
    </message>
    <message>
        <source>Decisions on projects</source>
        <translation>Décisions sur les projets</translation>
    </message>
    <message>
        <source>New Board session</source>
        <translation>Nouvelle session du Conseil</translation>
    </message>
</context><context><name>MembersSection</name><message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Proposed by</source>
        <translation>Proposé par</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>member</source>
        <translation>membre</translation>
    </message>
</context><context><name>AdoptedSection</name><message>
        <source>Recommendation</source>
        <translation>Recommandation</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Follow-up status</source>
        <translation>État du suivi</translation>
    </message>
    <message>
        <source>Recommendations whose source is the Board of Trustees, not yet linked to a session. Record a new one on the Recommendations page first.</source>
        <translation>Recommandations dont la source est le Conseil d'administration, pas encore liées à une session. Enregistrez d'abord une nouvelle recommandation sur la page Recommandations.</translation>
    </message>
    <message>
        <source>adopted recommendation</source>
        <translation>recommandation adoptée</translation>
    </message>
    <message>
        <source>The recommendations of the Board of Trustees adopted at this session; their follow-up is recorded on the Recommendations page.</source>
        <translation>Les recommandations du Conseil d'administration adoptées à cette session ; leur suivi s'enregistre sur la page Recommandations.</translation>
    </message>
</context><context><name>DecisionsSection</name><message>
        <source>Project code</source>
        <translation>Code du projet</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Amount recommended</source>
        <translation>Montant recommandé</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>décision</translation>
    </message>
</context><context><name>ProjectDecisionsSection</name><message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Amount recommended</source>
        <translation>Montant recommandé</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>décision</translation>
    </message>
    <message>
        <source>Decisions of the Board of Trustees on this project, recorded on the Board page.</source>
        <translation>Décisions du Conseil d'administration sur ce projet, enregistrées sur la page Conseil.</translation>
    </message>
</context><context><name>Grants</name><message>
        <source>Grants</source>
        <translation>Subventions</translation>
    </message>
    <message>
        <source>Tranche %1</source>
        <translation>Tranche %1</translation>
    </message>
    <message>
        <source>%1, due %2 (days late: %3)</source>
        <translation>%1, dû le %2 (jours de retard : %3)</translation>
    </message>
    <message>
        <source>Paid %1 of %2 %3.</source>
        <translation>Versé : %1 sur %2 %3.</translation>
    </message>
    <message>
        <source>Warning: the tranches add up to %1 %3, not the grant's %2 %3.</source>
        <translation>Attention : les tranches totalisent %1 %3, et non les %2 %3 de la subvention.</translation>
    </message>
    <message>
        <source>Overdue: %1.</source>
        <translation>En retard : %1.</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>En retard : %1</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>À venir</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Versé</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepté</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Statut</translation>
    </message>
    <message>
        <source>Only grants with something &amp;overdue</source>
        <translation>Seulement les subventions en &amp;retard</translation>
    </message>
    <message>
        <source>Grantee</source>
        <translation>Bénéficiaire</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <source>Grants shown: %1</source>
        <translation>Subventions affichées : %1</translation>
    </message>
    <message>
        <source>%1 (days late: %2)</source>
        <translation>%1 (jours de retard : %2)</translation>
    </message>
<message>
        <source>Grants are added on a project's Grants tab: open the project on the Projects page. Enter or a double-click here opens a grant there.</source>
        <translation>Les subventions s'ajoutent dans l'onglet Subventions d'un projet : ouvrez le projet sur la page Projets. Entrée ou un double-clic ici y ouvre une subvention.</translation>
    </message>
    <message>
        <source>Paid %1 of %2.</source>
        <translation>Versé : %1 sur %2.</translation>
    </message>
    <message>
        <source>Warning: the tranches add up to %1, not the grant's %2.</source>
        <translation>Attention : les tranches totalisent %1, et non les %2 de la subvention.</translation>
    </message>
</context><context><name>GrantsTab</name><message>
        <source>Tranches</source>
        <translation>Tranches</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>Choose a grant to see its tranches and reports.</source>
        <translation>Choisissez une subvention pour voir ses tranches et ses rapports.</translation>
    </message>
</context><context><name>GrantsSection</name><message>
        <source>Grantee</source>
        <translation>Bénéficiaire</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>The NGO or national institution that receives the grant.</source>
        <translation>L’ONG ou l’institution nationale qui reçoit la subvention.</translation>
    </message>
    <message>
        <source>Kind of grantee</source>
        <translation>Type de bénéficiaire</translation>
    </message>
    <message>
        <source>Grantee's country</source>
        <translation>Pays du bénéficiaire</translation>
    </message>
    <message>
        <source>Three capital letters: USD, EUR, CHF.</source>
        <translation>Trois majuscules : USD, EUR, CHF.</translation>
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
        <source>Purpose</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>grant</source>
        <translation>subvention</translation>
    </message>
</context><context><name>TranchesSection</name><message>
        <source>Tranche</source>
        <translation>Tranche</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Versée le</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Versée</translation>
    </message>
    <message>
        <source>Paid to the grantee</source>
        <translation>Versée au bénéficiaire</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>tranche</source>
        <translation>tranche</translation>
    </message>
</context><context><name>GrantReportsSection</name><message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Reçu le</translation>
    </message>
    <message>
        <source>Accepted on</source>
        <translation>Accepté le</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>A report is accepted once it has been received.</source>
        <translation>Un rapport est accepté une fois reçu.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>grant report</source>
        <translation>rapport de subvention</translation>
    </message>
</context><context><name>FellowshipsPage</name><message>
        <source>Fellowships</source>
        <translation>Bourses</translation>
    </message>
    <message>
        <source>Fellow</source>
        <translation>Boursier</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Promotion</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Accueil</translation>
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
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Final report</source>
        <translation>Rapport final</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Delete this fellowship (%1) with its objectives and follow-up contacts?</source>
        <translation>Supprimer cette bourse (%1) avec ses objectifs et ses contacts de suivi ?</translation>
    </message>
    <message numerus="yes">
        <source>%Ln fellowship(s)</source>
        <translation>
            <numerusform>%Ln bourse</numerusform>
            <numerusform>%Ln bourses</numerusform>
        </translation>
    </message>
</context><context><name>FellowshipEditor</name><message>
        <source>Fellow</source>
        <translation>Boursier</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Promotion</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Learning objectives</source>
        <translation>Objectifs d'apprentissage</translation>
    </message>
    <message>
        <source>Follow-up contacts</source>
        <translation>Contacts de suivi</translation>
    </message>
    <message>
        <source>Type part of the person's name and pick them from the list.</source>
        <translation>Tapez une partie du nom de la personne et choisissez-la dans la liste.</translation>
    </message>
    <message>
        <source>For example “2026 Indigenous Fellowship, English section”.</source>
        <translation>Par exemple « Bourse pour les autochtones 2026, section anglaise ».</translation>
    </message>
    <message>
        <source>Host office or institution</source>
        <translation>Bureau ou institution d'accueil</translation>
    </message>
    <message>
        <source>Placement start</source>
        <translation>Début du stage</translation>
    </message>
    <message>
        <source>Placement end</source>
        <translation>Fin du stage</translation>
    </message>
    <message>
        <source>Final report received</source>
        <translation>Rapport final reçu le</translation>
    </message>
    <message>
        <source>Final report summary</source>
        <translation>Résumé du rapport final</translation>
    </message>
    <message>
        <source>New fellowship</source>
        <translation>Nouvelle bourse</translation>
    </message>
    <message>
        <source>Placement weeks: shown once both dates are known.</source>
        <translation>Semaines de stage : affichées une fois les deux dates connues.</translation>
    </message>
    <message>
        <source>Placement weeks: %1 (days: %2).</source>
        <translation>Semaines de stage : %1 (jours : %2).</translation>
    </message>
    <message>
        <source>Attach the report itself below.</source>
        <translation>Joignez le rapport lui-même ci-dessous.</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Final report</source>
        <translation>Rapport final</translation>
    </message>
    <message>
        <source>On the Final report tab: %1</source>
        <translation>Dans l'onglet Rapport final : %1</translation>
    </message>
</context><context><name>ObjectivesSection</name><message>
        <source>Learning objective</source>
        <translation>Objectif d'apprentissage</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Atteint</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Ordre</translation>
    </message>
    <message>
        <source>learning objective</source>
        <translation>objectif d'apprentissage</translation>
    </message>
    <message>
        <source>What the fellow set out to learn, and whether it was met by the end of the placement.</source>
        <translation>Ce que le boursier voulait acquérir, et si c'est atteint à la fin du stage.</translation>
    </message>
</context><context><name>ContactsSection</name><message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Moyen</translation>
    </message>
    <message>
        <source>What they do now</source>
        <translation>Ce qu'il fait aujourd'hui</translation>
    </message>
    <message>
        <source>Applies what they learned</source>
        <translation>Applique ce qu'il a appris</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>follow-up contact</source>
        <translation>contact de suivi</translation>
    </message>
    <message>
        <source>After the placement: what the former fellow does now, and whether they apply what they learned.</source>
        <translation>Après le stage : ce que l'ancien boursier fait aujourd'hui, et s'il applique ce qu'il a appris.</translation>
    </message>
</context><context><name>FellowshipsOfPerson</name><message>
        <source>Cohort</source>
        <translation>Promotion</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Accueil</translation>
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
        <source>Weeks</source>
        <translation>Semaines</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Fellowships of this participant</source>
        <translation>Bourses de ce participant</translation>
    </message>
    <message>
        <source>Fellowships are recorded on the Fellowships page: Enter or a double click opens one there.</source>
        <translation>Les bourses se saisissent dans la page Bourses : Entrée ou un double clic en ouvre une là-bas.</translation>
    </message>
</context><context><name>FinalReportTab</name><message>
        <source>The report's file</source>
        <translation>Le fichier du rapport</translation>
    </message>
    <message>
        <source>The report's file, once the fellowship is saved</source>
        <translation>Le fichier du rapport, une fois la bourse enregistrée</translation>
    </message>
</context><context><name>FellowshipNote</name><message>
        <source>Fellowships are now recorded on the Fellowships page, with the placement, final report and follow-up. This form stays for the activities recorded before.</source>
        <translation>Les bourses se saisissent désormais dans la page Bourses, avec le stage, le rapport final et le suivi. Cette forme reste pour les activités saisies auparavant.</translation>
    </message>
</context><context><name>ReviewsPage</name><message>
        <source>Reviews</source>
        <translation>Examens</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
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
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Pays</translation>
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
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Thematic area</source>
        <translation>Domaine thématique</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Delete the review “%1” with its team, interviews and findings?</source>
        <translation>Supprimer l’examen « %1 » avec son équipe, ses entretiens et ses constatations ?</translation>
    </message>
    <message numerus="yes">
        <source>%Ln review(s)</source>
        <translation>
            <numerusform>%Ln examen</numerusform>
            <numerusform>%Ln examens</numerusform>
        </translation>
    </message>
</context><context><name>ReviewEditor</name><message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Kind of review</source>
        <translation>Type d’examen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>Période du</translation>
    </message>
    <message>
        <source>Period to</source>
        <translation>Période au</translation>
    </message>
    <message>
        <source>Terms of reference</source>
        <translation>Termes de référence</translation>
    </message>
    <message>
        <source>The terms as text; attach the signed document on the Attachments tab.</source>
        <translation>Les termes en texte ; joignez le document signé dans l’onglet Pièces jointes.</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Thematic areas</source>
        <translation>Domaines thématiques</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Entretiens</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constatations</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Recommandations</translation>
    </message>
    <message>
        <source>Synthesis</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <source>New review</source>
        <translation>Nouvel examen</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Mandat</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Portée</translation>
    </message>
</context><context><name>DossierButton</name><message>
        <source>&amp;Dossier…</source>
        <translation>&amp;Dossier…</translation>
    </message>
    <message>
        <source>Save the review with a country and a thematic area first.</source>
        <translation>Enregistrez d’abord l’examen avec un pays et un domaine thématique.</translation>
    </message>
</context><context><name>DossierDialog</name><message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Thematic area</source>
        <translation>Domaine thématique</translation>
    </message>
    <message>
        <source>Co&amp;untry:</source>
        <translation>Pa&amp;ys :</translation>
    </message>
    <message>
        <source>&amp;Thematic area:</source>
        <translation>Domaine &amp;thématique :</translation>
    </message>
</context><context><name>InterviewsSection</name><message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Stakeholder meeting</source>
        <translation>Rencontre avec une partie prenante</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Stakeholder type</source>
        <translation>Type de partie prenante</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>A meeting already recorded on a mission (type its organisation), or fill in the interview below.</source>
        <translation>Une rencontre déjà saisie sur une mission (tapez son organisation), ou remplissez l’entretien ci-dessous.</translation>
    </message>
    <message>
        <source>interview</source>
        <translation>entretien</translation>
    </message>
</context><context><name>RecommendationsSection</name><message>
        <source>Recommendation</source>
        <translation>Recommandation</translation>
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
        <translation>Statut</translation>
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
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove the selected line (%1)?</source>
        <translation>Retirer la ligne sélectionnée (%1) ?</translation>
    </message>
    <message>
        <source>recommendation</source>
        <translation>recommandation</translation>
    </message>
    <message>
        <source>Follow each recommendation up on the Recommendations page.</source>
        <translation>Suivez chaque recommandation sur la page Recommandations.</translation>
    </message>
</context><context><name>SynthesisTab</name><message>
        <source>The synthesis of the review: its main findings, conclusions and recommendations, as adopted.</source>
        <translation>La synthèse de l’examen : ses principales constatations, conclusions et recommandations, telles qu’adoptées.</translation>
    </message>
    <message>
        <source>Synthesis</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <source>Save s&amp;ynthesis</source>
        <translation>Enregistrer la s&amp;ynthèse</translation>
    </message>
    <message>
        <source>Save and mark &amp;final</source>
        <translation>Enregistrer comme dé&amp;finitif</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>Pas encore enregistré.</translation>
    </message>
</context><context><name>Coverage</name><message>
        <source>Scope</source>
        <translation>Portée</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Régions</translation>
    </message>
    <message>
        <source>Countries covered</source>
        <translation>Pays couverts</translation>
    </message>
    <message>
        <source>Type a country, Enter adds it</source>
        <translation>Tapez un pays, Entrée l’ajoute</translation>
    </message>
    <message>
        <source>Listed: %1. Delete removes the chosen country.</source>
        <translation>Pays listés : %1. Suppr retire le pays choisi.</translation>
    </message>
    <message>
        <source>No country is called “%1”.</source>
        <translation>Aucun pays ne s’appelle « %1 ».</translation>
    </message>
    <message>
        <source>Press Enter to add the country, or clear the field.</source>
        <translation>Appuyez sur Entrée pour ajouter le pays, ou videz le champ.</translation>
    </message>
</context><context>
    <name>AllocationEditor</name>
    <message>
        <source>Grant</source>
        <translation>Subvention</translation>
    </message>
    <message>
        <source>When the money is for one of the project's grants: type part of the grantee's name and pick it.</source>
        <translation>Lorsque l'argent est destiné à l'une des subventions du projet : tapez une partie du nom du bénéficiaire et choisissez-la.</translation>
    </message>
</context>
<context>
    <name>AllocationsList</name>
    <message>
        <source>Grant</source>
        <translation>Subvention</translation>
    </message>
</context>
<context>
    <name>Due</name>
    <message>
        <source>recommendations: %1</source>
        <translation>recommandations : %1</translation>
    </message>
<message>
        <source>Plan action</source>
        <translation>Action d'un plan</translation>
    </message>
</context>
<context>
    <name>AfterExitSection</name>
    <message>
        <source>Evidence &amp;files…</source>
        <translation>&amp;Fichiers de preuve…</translation>
    </message>
</context>
<context>
    <name>EvidenceDialog</name>
    <message>
        <source>Evidence of the check at %1 months</source>
        <translation>Preuves de la vérification à %1 mois</translation>
    </message>
    <message>
        <source>Files that show what the check found: a budget page, a report, a list of staff.</source>
        <translation>Les fichiers qui montrent ce que la vérification a constaté : une page du budget, un rapport, une liste du personnel.</translation>
    </message>
</context>
<context>
    <name>InstitutionsPage</name>
    <message>
        <source>National institutions</source>
        <translation>Institutions nationales</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Sigle</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Established</source>
        <translation>Création</translation>
    </message>
    <message>
        <source>Accreditation</source>
        <translation>Accréditation</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <source>Delete the institution “%1” with its accreditation reviews, concerns and regional offices? The records linked to it keep their own data.</source>
        <translation>Supprimer l’institution « %1 » avec ses examens d’accréditation, ses préoccupations et ses bureaux régionaux ? Les fiches qui lui sont liées gardent leurs propres données.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln institution(s)</source>
        <translation>
            <numerusform>%Ln institution</numerusform>
            <numerusform>%Ln institutions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InstitutionEditor</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Sigle</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Established</source>
        <translation>Création</translation>
    </message>
    <message>
        <source>Accreditation</source>
        <translation>Accréditation</translation>
    </message>
    <message>
        <source>New national institution</source>
        <translation>Nouvelle institution nationale</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Fondement juridique</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Regional offices</source>
        <translation>Bureaux régionaux</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Préoccupations</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Travaux</translation>
    </message>
    <message>
        <source>The constitution or law that establishes it, with its reference (article, law number).</source>
        <translation>La constitution ou la loi qui l’établit, avec sa référence (article, numéro de loi).</translation>
    </message>
</context>
<context>
    <name>AccreditationSection</name>
    <message>
        <source>accreditation review</source>
        <translation>examen d’accréditation</translation>
    </message>
    <message>
        <source>Reviews by GANHRI's Sub-Committee on Accreditation, latest first, recorded by headquarters. The current status is the latest review's.</source>
        <translation>Examens du Sous-comité d’accréditation de la GANHRI, le plus récent en premier, enregistrés par le siège. Le statut actuel est celui du dernier examen.</translation>
    </message>
    <message>
        <source>Reviews by GANHRI's Sub-Committee on Accreditation, latest first. The current status is the latest review's.</source>
        <translation>Examens du Sous-comité d’accréditation de la GANHRI, le plus récent en premier. Le statut actuel est celui du dernier examen.</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Date de l’examen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Prochain examen</translation>
    </message>
    <message>
        <source>Concerns raised</source>
        <translation>Préoccupations soulevées</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Current status: not reviewed.</source>
        <translation>Statut actuel : non examinée.</translation>
    </message>
    <message>
        <source>Current status: %1, since the review of %2.</source>
        <translation>Statut actuel : %1, depuis l’examen du %2.</translation>
    </message>
    <message>
        <source>The Sub-Committee's concerns are recorded on the Concerns tab, naming this review.</source>
        <translation>Les préoccupations du Sous-comité s’enregistrent dans l’onglet Préoccupations, en nommant cet examen.</translation>
    </message>
</context>
<context>
    <name>OfficesSection</name>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>regional office</source>
        <translation>bureau régional</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Ouverture</translation>
    </message>
</context>
<context>
    <name>ConcernsSection</name>
    <message>
        <source>concern</source>
        <translation>préoccupation</translation>
    </message>
    <message>
        <source>Paris Principles concerns, recorded as findings about the institution: raised by an accreditation review, by a mission, or by the office's own assessment.</source>
        <translation>Préoccupations au regard des Principes de Paris, enregistrées comme constatations sur l’institution : soulevées par un examen d’accréditation, par une mission ou par l’évaluation du bureau.</translation>
    </message>
    <message>
        <source>Concern</source>
        <translation>Préoccupation</translation>
    </message>
    <message>
        <source>Raised by</source>
        <translation>Soulevée par</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>Soulevée le</translation>
    </message>
    <message>
        <source>Addressed</source>
        <translation>Résolue le</translation>
    </message>
    <message>
        <source>How it was addressed</source>
        <translation>Comment elle a été résolue</translation>
    </message>
    <message>
        <source>Raised by the accreditation review</source>
        <translation>Soulevée par l’examen d’accréditation</translation>
    </message>
    <message>
        <source>Raised by the mission</source>
        <translation>Soulevée par la mission</translation>
    </message>
    <message>
        <source>Against the Paris Principles: mandate, independence, pluralism, resources, appointment, cooperation.</source>
        <translation>Au regard des Principes de Paris : mandat, indépendance, pluralisme, ressources, nomination, coopération.</translation>
    </message>
    <message>
        <source>Accreditation review of %1</source>
        <translation>Examen d’accréditation du %1</translation>
    </message>
</context>
<context>
    <name>WorkTab</name>
    <message>
        <source>Work linked to this institution</source>
        <translation>Travaux liés à cette institution</translation>
    </message>
    <message>
        <source>Projects, missions, training activities and recommendations that name this institution (chosen in their own editors). Enter or a double click opens one.</source>
        <translation>Projets, missions, activités de formation et recommandations qui nomment cette institution (choisie dans leur propre éditeur). Entrée ou un double-clic en ouvre un.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Intitulé</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Projects: %1. Missions: %2. Training activities: %3. Recommendations: %4.</source>
        <translation>Projets : %1. Missions : %2. Activités de formation : %3. Recommandations : %4.</translation>
    </message>
</context>
<context>
    <name>Institutions</name>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
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
        <source>Recommendation</source>
        <translation>Recommandation</translation>
    </message>
    <message>
        <source>National institution</source>
        <translation>Institution nationale</translation>
    </message>
    <message>
        <source>An institution of another country</source>
        <translation>Une institution d’un autre pays</translation>
    </message>
    <message>
        <source>The national human rights institution this concerns: one of the record's country.</source>
        <translation>L’institution nationale des droits de l’homme concernée : une institution du pays de la fiche.</translation>
    </message>
</context>
<context><name>Thread</name><message>
        <source>Requests for assistance that cite it: %1</source>
        <translation>Demandes d'assistance qui la citent : %1</translation>
    </message>
    <message>
        <source>Missions: %1</source>
        <translation>Missions : %1</translation>
    </message>
    <message>
        <source>Projects that answer it: %1</source>
        <translation>Projets qui y répondent : %1</translation>
    </message>
    <message>
        <source>Results and indicators of those projects: %1</source>
        <translation>Résultats et indicateurs de ces projets : %1</translation>
    </message>
    <message>
        <source>Follow-up notes: %1</source>
        <translation>Notes de suivi : %1</translation>
    </message>
    <message>
        <source>No request for assistance cites this recommendation yet.</source>
        <translation>Aucune demande d'assistance ne cite encore cette recommandation.</translation>
    </message>
    <message>
        <source>No mission is linked to this recommendation yet.</source>
        <translation>Aucune mission n'est encore liée à cette recommandation.</translation>
    </message>
    <message>
        <source>No project answers this recommendation yet.</source>
        <translation>Aucun projet ne répond encore à cette recommandation.</translation>
    </message>
    <message>
        <source>No indicator measures what those projects do yet.</source>
        <translation>Aucun indicateur ne mesure encore ce que font ces projets.</translation>
    </message>
    <message>
        <source>No follow-up note has been recorded yet.</source>
        <translation>Aucune note de suivi n'a encore été enregistrée.</translation>
    </message>
    <message>
        <source>What was done about this recommendation, from the requests that cite it to the indicators of the projects that answer it. Enter or a double click opens a record.</source>
        <translation>Ce qui a été fait pour cette recommandation, des demandes qui la citent aux indicateurs des projets qui y répondent. Entrée ou un double-clic ouvre un enregistrement.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Ce qui a été fait</translation>
    </message>
    <message>
        <source>%1 of %2 %3</source>
        <translation>%1 sur %2 %3</translation>
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
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Recommendations this project answers</source>
        <translation>Recommandations auxquelles ce projet répond</translation>
    </message>
    <message>
        <source>Once saved, the recommendations this project answers show here.</source>
        <translation>Une fois le projet enregistré, les recommandations auxquelles il répond s'affichent ici.</translation>
    </message>
    <message>
        <source>Recommendations this project answers (linked to it, or through its mission or request): %1. Enter or a double click opens one.</source>
        <translation>Recommandations auxquelles ce projet répond (liées à lui, ou par sa mission ou sa demande) : %1. Entrée ou un double-clic en ouvre une.</translation>
    </message>
    <message>
        <source>This project answers no recommendation yet: link it on a recommendation (“Projects that answer it”).</source>
        <translation>Ce projet ne répond encore à aucune recommandation : liez-le depuis une recommandation (« Projets qui y répondent »).</translation>
    </message>
    <message>
        <source>No project answers it</source>
        <translation>Aucun projet n'y répond</translation>
    </message>
    <message>
        <source>A project's indicators are off track</source>
        <translation>Indicateurs d'un projet en retard</translation>
    </message>
    <message>
        <source>No plan action answers it</source>
        <translation>Aucune action du plan n'y répond</translation>
    </message>
    <message>
        <source>Follow-through</source>
        <translation>Suites données</translation>
    </message>
    <message>
        <source>Affected persons</source>
        <translation>Personnes visées</translation>
    </message>
    <message>
        <source>Goal %1</source>
        <translation>Objectif %1</translation>
    </message>
    <message>
        <source>Mechanism</source>
        <translation>Mécanisme</translation>
    </message>
    <message>
        <source>SDG</source>
        <translation>ODD</translation>
    </message>
    <message>
        <source>Universal periodic review: %1</source>
        <translation>Examen périodique universel : %1</translation>
    </message>
    <message>
        <source>Special procedure: %1</source>
        <translation>Procédure spéciale : %1</translation>
    </message>
    <message>
        <source>Actions of national action plans that answer it: %1</source>
        <translation>Actions de plans d'action nationaux qui y répondent : %1</translation>
    </message>
    <message>
        <source>No action of a national action plan answers this recommendation yet.</source>
        <translation>Aucune action d'un plan d'action national ne répond encore à cette recommandation.</translation>
    </message>
</context><context><name>PlansPage</name><message>
        <source>National action plans</source>
        <translation>Plans d'action nationaux</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
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
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Coordinating body</source>
        <translation>Organe de coordination</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <source>Delete the plan “%1” with its actions?</source>
        <translation>Supprimer le plan « %1 » avec ses actions ?</translation>
    </message>
    <message numerus="yes">
        <source>%Ln plan(s)</source>
        <translation>
            <numerusform>%Ln plan</numerusform>
            <numerusform>%Ln plans</numerusform>
        </translation>
    </message>
    <message>
        <source>Overdue actions</source>
        <translation>Actions en retard</translation>
    </message>
</context><context><name>PlanEditor</name><message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>Période du</translation>
    </message>
    <message>
        <source>Period to</source>
        <translation>Période au</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Coordinating body</source>
        <translation>Organe de coordination</translation>
    </message>
    <message>
        <source>The ministry, commission or interministerial committee that coordinates it.</source>
        <translation>Le ministère, la commission ou le comité interministériel qui le coordonne.</translation>
    </message>
    <message>
        <source>Adopted on</source>
        <translation>Adopté le</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>New national action plan</source>
        <translation>Nouveau plan d'action national</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
</context><context><name>ActionsSection</name><message>
        <source>&amp;Import from Excel…</source>
        <translation>&amp;Importer depuis Excel…</translation>
    </message>
    <message>
        <source>Excel &amp;template…</source>
        <translation>&amp;Modèle Excel…</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Responsible institution</source>
        <translation>Institution responsable</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Recommandations</translation>
    </message>
    <message>
        <source>To look at</source>
        <translation>À examiner</translation>
    </message>
    <message>
        <source>Overdue.</source>
        <translation>En retard.</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Recommendations it answers</source>
        <translation>Recommandations auxquelles elle répond</translation>
    </message>
    <message>
        <source>Type a symbol, paragraph or words to find one; Enter ticks it</source>
        <translation>Tapez une cote, un paragraphe ou des mots pour la trouver ; Entrée la coche</translation>
    </message>
    <message>
        <source>Projects that support it</source>
        <translation>Projets qui la soutiennent</translation>
    </message>
    <message>
        <source>Type a code or title; Enter ticks it</source>
        <translation>Tapez un code ou un titre ; Entrée le coche</translation>
    </message>
    <message>
        <source>action</source>
        <translation>action</translation>
    </message>
    <message>
        <source>An action past its deadline that is neither done nor dropped is overdue.</source>
        <translation>Une action dont l'échéance est passée et qui n'est ni réalisée ni abandonnée est en retard.</translation>
    </message>
</context><context><name>Plans</name><message>
        <source>plan-actions.xlsx</source>
        <translation>actions-du-plan.xlsx</translation>
    </message>
    <message>
        <source>Save the actions template</source>
        <translation>Enregistrer le modèle des actions</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Template saved: %1</source>
        <translation>Modèle enregistré : %1</translation>
    </message>
    <message>
        <source>Import actions from Excel</source>
        <translation>Importer des actions depuis Excel</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Lecture…</translation>
    </message>
    <message>
        <source>Row %1, %2: %3</source>
        <translation>Ligne %1, %2 : %3</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>et %1 de plus</translation>
    </message>
    <message>
        <source>%1: %2 new, %3 already recorded, %4 with problems.</source>
        <translation>%1 : nouvelles : %2 ; déjà enregistrées : %3 ; avec des problèmes : %4.</translation>
    </message>
    <message>
        <source>Nothing was imported: correct these rows in the sheet and import it again.</source>
        <translation>Rien n'a été importé : corrigez ces lignes dans la feuille et importez-la de nouveau.</translation>
    </message>
    <message>
        <source>There is nothing new to import.</source>
        <translation>Il n'y a rien de nouveau à importer.</translation>
    </message>
    <message>
        <source>Import the new actions?</source>
        <translation>Importer les nouvelles actions ?</translation>
    </message>
    <message>
        <source>Actions imported: %1.</source>
        <translation>Actions importées : %1.</translation>
    </message>
</context><context>
    <name>ReviewTeamSection</name>
    <message>
        <source>team member</source>
        <translation>membre de l’équipe</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Role in the team</source>
        <translation>Rôle dans l’équipe</translation>
    </message>
</context>
<context>
    <name>ReviewFindingsSection</name>
    <message>
        <source>finding</source>
        <translation>constat</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Thematic area</source>
        <translation>Domaine thématique</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Ordre</translation>
    </message>
</context>
<context>
    <name>BundleHistoryTab</name>
    <message>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>Lot</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Appliquées</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Bundles sent and received</source>
        <translation>Lots envoyés et reçus</translation>
    </message>
    <message>
        <source>Received from</source>
        <translation>Reçu de</translation>
    </message>
    <message>
        <source>Sent to</source>
        <translation>Envoyé à</translation>
    </message>
    <message>
        <source>everything</source>
        <translation>tout</translation>
    </message>
    <message>
        <source>missing before it: %1 (their changes came in later bundles)</source>
        <translation>manquant avant celui-ci : %1 (leurs modifications sont arrivées dans des lots ultérieurs)</translation>
    </message>
</context>
<context><name>UserSignaturesBox</name><message>
        <source>Bundles signed by headquarters' root key alone</source>
        <translation>Lots signés par la seule clé racine du siège</translation>
    </message>
    <message>
        <source>Required: offices refuse a headquarters bundle signed by the root key alone; every bundle must be signed by a certified user's own key.</source>
        <translation>Exigé : les bureaux refusent un lot du siège signé par la seule clé racine ; chaque lot doit être signé par la clé propre d’un utilisateur certifié.</translation>
    </message>
    <message>
        <source>Required: this office refuses a headquarters bundle signed by the root key alone; every bundle must be signed by a certified headquarters user's own key.</source>
        <translation>Exigé : ce bureau refuse un lot du siège signé par la seule clé racine ; chaque lot doit être signé par la clé propre d’un utilisateur certifié du siège.</translation>
    </message>
    <message>
        <source>Headquarters decides this with its root key; the setting reaches each office with the next bundle sent to it.</source>
        <translation>Le siège en décide avec sa clé racine ; le réglage parvient à chaque bureau avec le prochain lot qui lui est envoyé.</translation>
    </message>
    <message>
        <source>Headquarters decides this setting, and it reaches this office with headquarters' bundles; it cannot be changed here.</source>
        <translation>Le siège décide de ce réglage, qui parvient à ce bureau avec les lots du siège ; il ne peut pas être modifié ici.</translation>
    </message>
    <message>
        <source>Saved. Offices refuse bundles signed by the root key alone from the next bundle each receives.</source>
        <translation>Enregistré. Les bureaux refusent les lots signés par la seule clé racine dès le prochain lot que chacun reçoit.</translation>
    </message>
    <message>
        <source>Saved. Offices accept bundles signed by the root key alone again from the next bundle each receives.</source>
        <translation>Enregistré. Les bureaux acceptent de nouveau les lots signés par la seule clé racine dès le prochain lot que chacun reçoit.</translation>
    </message>
    <message>
        <source>Not required: offices accept headquarters bundles signed by the root key alone.</source>
        <translation>Non exigé : les bureaux acceptent les lots du siège signés par la seule clé racine.</translation>
    </message>
    <message>
        <source>Not required: this office accepts headquarters bundles signed by the root key alone.</source>
        <translation>Non exigé : ce bureau accepte les lots du siège signés par la seule clé racine.</translation>
    </message>
    <message>
        <source>&amp;Accept root-signed bundles again…</source>
        <translation>A&amp;ccepter de nouveau les lots signés par la clé racine…</translation>
    </message>
    <message>
        <source>Re&amp;quire user-signed bundles…</source>
        <translation>E&amp;xiger des lots signés par un utilisateur…</translation>
    </message>
    <message>
        <source>(since %1)</source>
        <translation>(depuis le %1)</translation>
    </message>
</context><context><name>UserSignaturesDialog</name><message>
        <source>Offices will refuse any headquarters bundle signed by the root key alone, from the next bundle each receives: every bundle must then be signed by a certified user's own key.</source>
        <translation>Les bureaux refuseront tout lot du siège signé par la seule clé racine, dès le prochain lot que chacun reçoit : chaque lot devra alors être signé par la clé propre d’un utilisateur certifié.</translation>
    </message>
    <message>
        <source>Offices will accept headquarters bundles signed by the root key alone again, from the next bundle each receives.</source>
        <translation>Les bureaux accepteront de nouveau les lots du siège signés par la seule clé racine, dès le prochain lot que chacun reçoit.</translation>
    </message>
    <message>
        <source>Headquarters' root key file</source>
        <translation>Fichier de la clé racine du siège</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Require user-signed bundles</source>
        <translation>Exiger des lots signés par un utilisateur</translation>
    </message>
    <message>
        <source>Accept root-signed bundles again</source>
        <translation>Accepter de nouveau les lots signés par la clé racine</translation>
    </message>
    <message>
        <source>Headquarters' root key is kept offline. Give the file 'fielddesk keys root export' wrote and its passphrase: the key is used for this change only and is not kept in this profile folder.</source>
        <translation>La clé racine du siège est gardée hors ligne. Indiquez le fichier écrit par 'fielddesk keys root export' et sa phrase secrète : la clé ne sert qu’à cette modification et n’est pas conservée dans ce dossier de profil.</translation>
    </message>
    <message>
        <source>Root key file</source>
        <translation>Fichier de la clé racine</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Root key &amp;file:</source>
        <translation>&amp;Fichier de la clé racine :</translation>
    </message>
    <message>
        <source>Passphrase of the root key file</source>
        <translation>Phrase secrète du fichier de la clé racine</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>P&amp;hrase secrète :</translation>
    </message>
    <message>
        <source>Headquarters' root key in this profile folder signs the change.</source>
        <translation>La clé racine du siège présente dans ce dossier de profil signe la modification.</translation>
    </message>
    <message>
        <source>&amp;Require user-signed bundles</source>
        <translation>E&amp;xiger des lots signés par un utilisateur</translation>
    </message>
    <message>
        <source>&amp;Accept root-signed bundles</source>
        <translation>A&amp;ccepter les lots signés par la clé racine</translation>
    </message>
    <message>
        <source>Give the root key file (written by 'fielddesk keys root export'). Nothing was changed.</source>
        <translation>Indiquez le fichier de la clé racine (écrit par 'fielddesk keys root export'). Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Type the passphrase of the root key file. Nothing was changed.</source>
        <translation>Tapez la phrase secrète du fichier de la clé racine. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Signing the setting with the root key</source>
        <translation>Signature du réglage avec la clé racine</translation>
    </message>
    <message>
        <source>This profile folder holds no certified user key: it will make no bundle until one is certified for it ('fielddesk keys user add NAME').</source>
        <translation>Ce dossier de profil ne contient aucune clé d’utilisateur certifiée : il ne créera aucun lot tant qu’une clé n’y aura pas été certifiée ('fielddesk keys user add NOM').</translation>
    </message>
</context></TS>