<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="fr_FR">
    <context>
        <name>BookmarksController</name>
        <message>
            <source>Ouvrez d’abord un briefing.</source>
            <translation>Open a briefing first.</translation>
        </message>
        <message>
            <source>Signet ajouté.</source>
            <translation>Bookmark added.</translation>
        </message>
        <message>
            <source>Passage non retrouvé tel quel : le signet porte sur la section.</source>
            <translation>Couldn’t find this exact passage: the bookmark points to the section instead.</translation>
        </message>
        <message>
            <source>Note enregistrée.</source>
            <translation>Note saved.</translation>
        </message>
        <message numerus="yes">
            <source>%n signet(s) supprimé(s). Ctrl+Z pour annuler.</source>
            <translation>
                <numerusform>%n bookmark deleted. Press Ctrl+Z to undo.</numerusform>
                <numerusform>%n bookmarks deleted. Press Ctrl+Z to undo.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n signet(s) rétabli(s).</source>
            <translation>
                <numerusform>%n bookmark restored.</numerusform>
                <numerusform>%n bookmarks restored.</numerusform>
            </translation>
        </message>
        <message>
            <source>Le briefing de ce signet n’est plus dans la bibliothèque ; le signet et sa note sont conservés.</source>
            <translation>This bookmark’s briefing is no longer in the library; the bookmark and its note have been kept.</translation>
        </message>
        <message>
            <source>À revoir : ce passage n’a pas été retrouvé dans la version actuelle du briefing ; voici la section où il se trouvait.</source>
            <translation>To review: this passage wasn’t found in the current version of the briefing; here is the section where it used to be.</translation>
        </message>
        <message>
            <source>À revoir : ce passage ne dit plus la même chose que les mots que vous aviez marqués (négation, nombre ou date) ; les deux textes sont dans la liste des signets.</source>
            <translation>To review: this passage no longer says the same thing as the words you marked (negation, number or date); both texts are in the bookmark list.</translation>
        </message>
        <message>
            <source>Exporter les signets et les notes</source>
            <translation>Export bookmarks and notes</translation>
        </message>
        <message>
            <source>Markdown (*.md);;Tous les fichiers (*)</source>
            <translation>Markdown (*.md);;All files (*)</translation>
        </message>
        <message>
            <source>Enregistrement impossible : %1</source>
            <translation>Couldn’t save: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n signet(s) exporté(s) dans %1</source>
            <translation>
                <numerusform>%n bookmark exported to %1</numerusform>
                <numerusform>%n bookmarks exported to %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Signets</source>
            <translation>Bookmarks</translation>
        </message>
    </context>
    <context>
        <name>BookmarksModel</name>
        <message>
            <source>Passage</source>
            <translation>Passage</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>%1 : %2 signet(s)</source>
            <translation>%1: %2 bookmark(s)</translation>
        </message>
        <message>
            <source>Pas de note</source>
            <translation>No note</translation>
        </message>
        <message>
            <source>À revoir — %1</source>
            <translation>To review — %1</translation>
        </message>
        <message>
            <source>Introduction</source>
            <translation>Introduction</translation>
        </message>
        <message>
            <source>Tout le briefing</source>
            <translation>Whole briefing</translation>
        </message>
        <message>
            <source>Vous aviez marqué : « %1 »</source>
            <translation>You had marked: “%1”</translation>
        </message>
        <message>
            <source>Texte actuel : « %1 »</source>
            <translation>Current text: “%1”</translation>
        </message>
        <message>
            <source>À revoir : ce passage n’a pas été retrouvé dans la version actuelle du briefing. Le signet et sa note sont conservés.</source>
            <translation>To review: this passage wasn’t found in the current version of the briefing. The bookmark and its note have been kept.</translation>
        </message>
        <message>
            <source>À revoir : le texte actuel ne dit plus la même chose que les mots marqués (négation, nombre ou date). Le signet et sa note sont conservés.</source>
            <translation>To review: the current text no longer says the same thing as the words marked (negation, number or date). The bookmark and its note have been kept.</translation>
        </message>
    </context>
    <context>
        <name>BookmarksPanel</name>
        <message>
            <source>Filtrer les signets…</source>
            <translation>Filter bookmarks…</translation>
        </message>
        <message>
            <source>Filtrer les signets</source>
            <translation>Filter the bookmarks</translation>
        </message>
        <message>
            <source>Signets</source>
            <translation>Bookmarks</translation>
        </message>
        <message>
            <source>Aller au passage</source>
            <translation>Go to passage</translation>
        </message>
        <message>
            <source>Note…</source>
            <translation>Note…</translation>
        </message>
        <message>
            <source>Supprimer</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>Aucun signet ne correspond au filtre.</source>
            <translation>No bookmarks match the filter.</translation>
        </message>
        <message>
            <source>Aucun signet. Sélectionnez un passage (ou placez-vous dans une section) et appuyez sur Ctrl+D.</source>
            <translation>No bookmarks yet. Select a passage (or go to a section) and press Ctrl+D.</translation>
        </message>
    </context>
    <context>
        <name>ChangesBar</name>
        <message>
            <source>Changements du briefing</source>
            <translation>Briefing changes</translation>
        </message>
        <message>
            <source>&amp;Voir les changements</source>
            <translation>&amp;Show changes</translation>
        </message>
        <message>
            <source>◀ &amp;Précédent</source>
            <translation>◀ &amp;Previous</translation>
        </message>
        <message>
            <source>Changement précédent</source>
            <translation>Previous change</translation>
        </message>
        <message>
            <source>Suivan&amp;t ▶</source>
            <translation>&amp;Next ▶</translation>
        </message>
        <message>
            <source>Changement suivant</source>
            <translation>Next change</translation>
        </message>
        <message>
            <source>Revenir au &amp;texte</source>
            <translation>Back to the &amp;text</translation>
        </message>
        <message>
            <source>&amp;Marquer comme lu</source>
            <translation>&amp;Mark as read</translation>
        </message>
        <message>
            <source>Ce briefing a été mis à jour depuis votre dernière lecture.</source>
            <translation>This briefing has been updated since you last read it.</translation>
        </message>
        <message>
            <source>Aucun changement dans le texte (mise en forme seule).</source>
            <translation>No changes to the text (formatting only).</translation>
        </message>
        <message>
            <source>Changement %1 sur %2.</source>
            <translation>Change %1 of %2.</translation>
        </message>
    </context>
    <context>
        <name>ChangesPage</name>
        <message>
            <source>Depuis votre dernière lecture : </source>
            <translation>Since you last read it: </translation>
        </message>
        <message>
            <source>Nouvelle partie</source>
            <translation>New section</translation>
        </message>
        <message>
            <source>Partie retirée</source>
            <translation>Section removed</translation>
        </message>
        <message>
            <source>Partie renommée</source>
            <translation>Section renamed</translation>
        </message>
        <message>
            <source>déplacée</source>
            <translation>moved</translation>
        </message>
        <message>
            <source>Partie déplacée</source>
            <translation>Section moved</translation>
        </message>
        <message>
            <source>Sans changement.</source>
            <translation>No changes.</translation>
        </message>
    </context>
    <context>
        <name>DistributionBanner</name>
        <message>
            <source>Paquets dans le dossier de diffusion</source>
            <translation>Packs in the distribution folder</translation>
        </message>
        <message>
            <source>&amp;Voir et installer…</source>
            <translation>&amp;View and install…</translation>
        </message>
        <message>
            <source>Plus &amp;tard</source>
            <translation>&amp;Later</translation>
        </message>
        <message>
            <source>« %1 » (version %2 ; vous avez la version %3)</source>
            <translation>“%1” (version %2; you have version %3)</translation>
        </message>
        <message>
            <source>« %1 » (version %2, nouveau paquet)</source>
            <translation>“%1” (version %2, new pack)</translation>
        </message>
        <message numerus="yes">
            <source>et %n autre(s)</source>
            <translation>
                <numerusform>and %n other</numerusform>
                <numerusform>and %n others</numerusform>
            </translation>
        </message>
        <message>
            <source>Nouveau dans le dossier de diffusion : %1.</source>
            <translation>New in the distribution folder: %1.</translation>
        </message>
    </context>
    <context>
        <name>DossierDialog</name>
        <message>
            <source>Préparer un dossier de séance</source>
            <translation>Prepare a meeting file</translation>
        </message>
        <message>
            <source>Les signets de l’étiquette :</source>
            <translation>Bookmarks with the label:</translation>
        </message>
        <message>
            <source>Étiquette</source>
            <translation>Label</translation>
        </message>
        <message numerus="yes">
            <source>%1 (%n signet(s))</source>
            <translation>
                <numerusform>%1 (%n bookmark)</numerusform>
                <numerusform>%1 (%n bookmarks)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Les signets sélectionnés (%n)</source>
            <translation>
                <numerusform>The selected bookmark (%n)</numerusform>
                <numerusform>The selected bookmarks (%n)</numerusform>
            </translation>
        </message>
        <message>
            <source>Le briefing affiché, en entier : %1</source>
            <translation>The briefing on screen, in full: %1</translation>
        </message>
        <message>
            <source>facultatif</source>
            <translation>optional</translation>
        </message>
        <message>
            <source>Briefings du dossier, dans l’ordre</source>
            <translation>Briefings in the file, in order</translation>
        </message>
        <message>
            <source>Monter</source>
            <translation>Move up</translation>
        </message>
        <message>
            <source>Descendre</source>
            <translation>Move down</translation>
        </message>
        <message>
            <source>&amp;Créer le PDF…</source>
            <translation>&amp;Create PDF…</translation>
        </message>
        <message>
            <source>Annuler</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>&amp;Titre :</source>
            <translation>&amp;Title:</translation>
        </message>
        <message>
            <source>&amp;Date :</source>
            <translation>&amp;Date:</translation>
        </message>
        <message>
            <source>&amp;Pour :</source>
            <translation>&amp;For:</translation>
        </message>
        <message>
            <source>Ordre des briefings (glisser ou boutons) :</source>
            <translation>Order of briefings (drag or use the buttons):</translation>
        </message>
        <message>
            <source>Dossier de séance</source>
            <translation>Meeting file</translation>
        </message>
        <message numerus="yes">
            <source>%1 — %n signet(s)</source>
            <translation>
                <numerusform>%1 — %n bookmark</numerusform>
                <numerusform>%1 — %n bookmarks</numerusform>
            </translation>
        </message>
        <message>
            <source> (en entier)</source>
            <translation> (in full)</translation>
        </message>
        <message numerus="yes">
            <source>%n briefing(s), </source>
            <translation>
                <numerusform>%n briefing, </numerusform>
                <numerusform>%n briefings, </numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n signet(s) dans le texte</source>
            <translation>
                <numerusform>%n bookmark in the text</numerusform>
                <numerusform>%n bookmarks in the text</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>, %n à revoir (à la fin, avec leur note)</source>
            <translation>
                <numerusform>, %n to review (at the end, with its note)</numerusform>
                <numerusform>, %n to review (at the end, with their notes)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FindBar</name>
        <message>
            <source>Rechercher dans le briefing</source>
            <translation>Find in briefing</translation>
        </message>
        <message>
            <source>Précédent</source>
            <translation>Previous</translation>
        </message>
        <message>
            <source>Suivant</source>
            <translation>Next</translation>
        </message>
        <message>
            <source>Fermer la recherche (Échap)</source>
            <translation>Close search (Esc)</translation>
        </message>
        <message>
            <source>Aucun résultat</source>
            <translation>No results</translation>
        </message>
        <message>
            <source>%1 sur %2</source>
            <translation>%1 of %2</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>Importer des briefings</source>
            <translation>Import briefings</translation>
        </message>
        <message>
            <source>&amp;Installer</source>
            <translation>&amp;Install</translation>
        </message>
        <message>
            <source>Annuler</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Installer quand même ce paquet non vérifié</source>
            <translation>Install this unverified pack anyway</translation>
        </message>
        <message>
            <source>Ajouter à « Mes documents »</source>
            <translation>Add to “My documents”</translation>
        </message>
        <message>
            <source>Installer ce paquet</source>
            <translation>Install this pack</translation>
        </message>
        <message>
            <source>Refusé : %1</source>
            <translation>Refused: %1</translation>
        </message>
        <message>
            <source>Votre document « %1 » rejoindra « Mes documents ».</source>
            <translation>Your document “%1” will be added to “My documents”.</translation>
        </message>
        <message>
            <source>✔ Éditeur vérifié : %1</source>
            <translation>✔ Verified publisher: %1</translation>
        </message>
        <message>
            <source> (clé « %1 »)</source>
            <translation> (key “%1”)</translation>
        </message>
        <message>
            <source>⚠ Éditeur non vérifié. %1</source>
            <translation>⚠ Unverified publisher. %1</translation>
        </message>
        <message>
            <source>Nouveau paquet, version %1.</source>
            <translation>New pack, version %1.</translation>
        </message>
        <message>
            <source>Mise à jour de la version %1 à la version %2.</source>
            <translation>Update from version %1 to version %2.</translation>
        </message>
        <message>
            <source>Nouveaux briefings (%1) :</source>
            <translation>New briefings (%1):</translation>
        </message>
        <message>
            <source>Briefings mis à jour (%1) :</source>
            <translation>Updated briefings (%1):</translation>
        </message>
        <message>
            <source>Briefings inchangés (%1) :</source>
            <translation>Unchanged briefings (%1):</translation>
        </message>
        <message>
            <source>Briefings retirés du paquet (%1) :</source>
            <translation>Briefings removed from the pack (%1):</translation>
        </message>
        <message numerus="yes">
            <source>et %n autre(s)</source>
            <translation>
                <numerusform>and %n other</numerusform>
                <numerusform>and %n others</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>InstalledPacksDialog</name>
        <message>
            <source>Paquets installés</source>
            <translation>Installed packs</translation>
        </message>
        <message>
            <source>Paquet</source>
            <translation>Pack</translation>
        </message>
        <message>
            <source>Éditeur</source>
            <translation>Publisher</translation>
        </message>
        <message>
            <source>Vérifié</source>
            <translation>Verified</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Briefings</source>
            <translation>Briefings</translation>
        </message>
        <message>
            <source>&amp;Retirer…</source>
            <translation>&amp;Remove…</translation>
        </message>
        <message>
            <source>Fermer</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>oui</source>
            <translation>yes</translation>
        </message>
        <message>
            <source>non vérifié</source>
            <translation>unverified</translation>
        </message>
        <message>
            <source>Aucun paquet n’est installé. Fichier › Importer… en ajoute un.</source>
            <translation>No packs are installed. Use File › Import… to add one.</translation>
        </message>
        <message>
            <source>Les briefings reçus en paquets. Retirer un paquet ôte ses briefings de la bibliothèque ; vos signets sur eux restent, marqués « à revoir ».</source>
            <translation>Briefings you have received as packs. Removing a pack takes its briefings out of the library; your bookmarks on them stay, marked “to review”.</translation>
        </message>
        <message>
            <source>Retirer « %1 » ? Ses %2 briefing(s) quittent la bibliothèque ; vos signets sur eux restent, marqués « à revoir ».</source>
            <translation>Remove “%1”? Its %2 briefing(s) will leave the library; your bookmarks on them stay, marked “to review”.</translation>
        </message>
        <message>
            <source>Retirer un paquet</source>
            <translation>Remove a pack</translation>
        </message>
    </context>
    <context>
        <name>LibraryModel</name>
        <message>
            <source>Titre</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Thème</source>
            <translation>Topic</translation>
        </message>
        <message>
            <source>Lecture</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>Nouveau</source>
            <translation>New</translation>
        </message>
        <message>
            <source>Non lu</source>
            <translation>Unread</translation>
        </message>
        <message>
            <source>En cours</source>
            <translation>In progress</translation>
        </message>
        <message>
            <source>Lu</source>
            <translation>Read</translation>
        </message>
        <message>
            <source>Mis à jour</source>
            <translation>Updated</translation>
        </message>
        <message>
            <source>%1 (non vérifié)</source>
            <translation>%1 (unverified)</translation>
        </message>
        <message>
            <source>Thème : %1</source>
            <translation>Theme: %1</translation>
        </message>
        <message>
            <source>Source : %1</source>
            <translation>Source: %1</translation>
        </message>
    </context>
    <context>
        <name>LibraryPanel</name>
        <message>
            <source>Filtrer les briefings…</source>
            <translation>Filter briefings…</translation>
        </message>
        <message>
            <source>Filtrer les briefings</source>
            <translation>Filter briefings</translation>
        </message>
        <message>
            <source>Briefings montrés</source>
            <translation>Briefings shown</translation>
        </message>
        <message>
            <source>Bibliothèque</source>
            <translation>Library</translation>
        </message>
        <message>
            <source>Tous les briefings</source>
            <translation>All briefings</translation>
        </message>
        <message>
            <source>Nouveaux et mis à jour</source>
            <translation>New and updated</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>&amp;Quitter</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <source>&amp;Rechercher dans le briefing…</source>
            <translation>&amp;Find in briefing…</translation>
        </message>
        <message>
            <source>Rechercher dans &amp;tous les briefings…</source>
            <translation>&amp;Search all briefings…</translation>
        </message>
        <message>
            <source>Occurrence &amp;suivante</source>
            <translation>&amp;Next match</translation>
        </message>
        <message>
            <source>Occurrence &amp;précédente</source>
            <translation>Pr&amp;evious match</translation>
        </message>
        <message>
            <source>Zoom &amp;avant</source>
            <translation>Zoom &amp;in</translation>
        </message>
        <message>
            <source>Zoom a&amp;rrière</source>
            <translation>Zoom &amp;out</translation>
        </message>
        <message>
            <source>&amp;Taille normale</source>
            <translation>&amp;Normal size</translation>
        </message>
        <message>
            <source>&amp;Précédent</source>
            <translation>&amp;Back</translation>
        </message>
        <message>
            <source>&amp;Suivant</source>
            <translation>&amp;Forward</translation>
        </message>
        <message>
            <source>Ajouter un &amp;signet…</source>
            <translation>Add &amp;bookmark…</translation>
        </message>
        <message>
            <source>&amp;Annuler la suppression du signet</source>
            <translation>&amp;Undo bookmark deletion</translation>
        </message>
        <message>
            <source>&amp;Exporter les signets et les notes…</source>
            <translation>&amp;Export bookmarks and notes…</translation>
        </message>
        <message>
            <source>&amp;Afficher les signets</source>
            <translation>&amp;Show bookmarks</translation>
        </message>
        <message>
            <source>&amp;Reprendre la lecture</source>
            <translation>&amp;Resume reading</translation>
        </message>
        <message>
            <source>&amp;Problèmes de contenu…</source>
            <translation>Content &amp;problems…</translation>
        </message>
        <message>
            <source>À &amp;propos de Briefings</source>
            <translation>&amp;About Briefings</translation>
        </message>
        <message>
            <source>&amp;Importer…</source>
            <translation>&amp;Import…</translation>
        </message>
        <message>
            <source>&amp;Paquets installés…</source>
            <translation>Installed &amp;packs…</translation>
        </message>
        <message>
            <source>&amp;Préférences…</source>
            <translation>&amp;Preferences…</translation>
        </message>
        <message>
            <source>Voir les &amp;changements</source>
            <translation>Show &amp;changes</translation>
        </message>
        <message>
            <source>Im&amp;primer…</source>
            <translation>&amp;Print…</translation>
        </message>
        <message>
            <source>E&amp;xporter en PDF…</source>
            <translation>E&amp;xport as PDF…</translation>
        </message>
        <message>
            <source>Préparer un &amp;dossier de séance…</source>
            <translation>Prepare a &amp;meeting file…</translation>
        </message>
        <message>
            <source>&amp;Mode lecture</source>
            <translation>&amp;Reading mode</translation>
        </message>
        <message>
            <source>Quitter le mode lecture</source>
            <translation>Leave the reading mode</translation>
        </message>
        <message>
            <source>&amp;Sommaire</source>
            <translation>&amp;Contents</translation>
        </message>
        <message>
            <source>Panneau s&amp;uivant</source>
            <translation>Ne&amp;xt pane</translation>
        </message>
        <message>
            <source>Panneau pré&amp;cédent</source>
            <translation>Pre&amp;vious pane</translation>
        </message>
        <message>
            <source>&amp;Raccourcis clavier</source>
            <translation>&amp;Keyboard shortcuts</translation>
        </message>
        <message>
            <source>&amp;Guide de Briefings</source>
            <translation>Briefings &amp;guide</translation>
        </message>
        <message>
            <source>&amp;Fichier</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <source>É&amp;dition</source>
            <translation>&amp;Edit</translation>
        </message>
        <message>
            <source>&amp;Affichage</source>
            <translation>&amp;View</translation>
        </message>
        <message>
            <source>A&amp;ller</source>
            <translation>&amp;Go</translation>
        </message>
        <message>
            <source>&amp;Bibliothèque</source>
            <translation>&amp;Library</translation>
        </message>
        <message>
            <source>&amp;Signets</source>
            <translation>&amp;Bookmarks</translation>
        </message>
        <message>
            <source>Ai&amp;de</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <source>Les signets seront disponibles une fois la bibliothèque chargée.</source>
            <translation>Bookmarks will be available once the library has loaded.</translation>
        </message>
        <message>
            <source>À propos de Briefings</source>
            <translation>About Briefings</translation>
        </message>
        <message>
            <source>Briefings %1

Les notes de France urbaine sur le numérique, à lire hors connexion.</source>
            <translation>Briefings %1

France urbaine’s digital-policy briefings, to read offline.</translation>
        </message>
        <message>
            <source>Guide illisible : %1</source>
            <translation>The guide cannot be read: %1</translation>
        </message>
        <message>
            <source>%1 — Briefings</source>
            <translation>%1 — Briefings</translation>
        </message>
        <message>
            <source>Chargement des briefings : %1 / %2</source>
            <translation>Loading briefings: %1 / %2</translation>
        </message>
        <message numerus="yes">
            <source>%n briefing(s) chargé(s)</source>
            <translation>
                <numerusform>%n briefing loaded</numerusform>
                <numerusform>%n briefings loaded</numerusform>
            </translation>
        </message>
        <message>
            <source>Chargement interrompu : %1</source>
            <translation>Loading stopped: %1</translation>
        </message>
        <message>
            <source>Langue de l’interface</source>
            <translation>Interface language</translation>
        </message>
        <message>
            <source>La nouvelle langue s’appliquera au prochain démarrage. Redémarrer Briefings maintenant ?</source>
            <translation>The new language will apply the next time Briefings starts. Restart Briefings now?</translation>
        </message>
        <message>
            <source>Briefing introuvable : %1</source>
            <translation>Briefing not found: %1</translation>
        </message>
        <message>
            <source>Aucune autre lecture à reprendre.</source>
            <translation>No other reading to resume.</translation>
        </message>
        <message>
            <source>paquet « %1 », non vérifié</source>
            <translation>pack “%1”, unverified</translation>
        </message>
        <message>
            <source>Ouvrir un lien externe</source>
            <translation>Open external link</translation>
        </message>
        <message>
            <source>Ouvrir cette adresse dans votre navigateur ?

%1</source>
            <translation>Open this address in your web browser?

%1</translation>
        </message>
        <message>
            <source>Lien non pris en charge : %1</source>
            <translation>Unsupported link: %1</translation>
        </message>
        <message>
            <source>Aperçu avant impression</source>
            <translation>Print preview</translation>
        </message>
        <message>
            <source>Exporter en PDF</source>
            <translation>Export as PDF</translation>
        </message>
        <message>
            <source>Documents PDF (*.pdf)</source>
            <translation>PDF documents (*.pdf)</translation>
        </message>
        <message>
            <source>PDF en préparation…</source>
            <translation>Preparing PDF…</translation>
        </message>
        <message>
            <source>Enregistrer le dossier de séance</source>
            <translation>Save meeting file</translation>
        </message>
        <message>
            <source>Dossier de séance en préparation…</source>
            <translation>Preparing meeting file…</translation>
        </message>
        <message>
            <source>PDF en préparation : page %1 sur %2…</source>
            <translation>Preparing PDF: page %1 of %2…</translation>
        </message>
        <message numerus="yes">
            <source>PDF enregistré : %1 (%n page(s)).</source>
            <translation>
                <numerusform>PDF saved: %1 (%n page).</numerusform>
                <numerusform>PDF saved: %1 (%n pages).</numerusform>
            </translation>
        </message>
        <message>
            <source>PDF non enregistré : %1</source>
            <translation>PDF not saved: %1</translation>
        </message>
        <message>
            <source>Importer des briefings</source>
            <translation>Import briefings</translation>
        </message>
        <message>
            <source>Paquets et documents (*.briefings *.md *.docx);;Tous les fichiers (*)</source>
            <translation>Packs and documents (*.briefings *.md *.docx);;All files (*)</translation>
        </message>
        <message>
            <source>Mise à jour de la bibliothèque…</source>
            <translation>Updating the library…</translation>
        </message>
        <message>
            <source>Chargement de la bibliothèque…</source>
            <translation>Loading the library…</translation>
        </message>
        <message>
            <source>Les briefings s’affichent à mesure qu’ils sont lus.</source>
            <translation>Briefings appear as they are loaded.</translation>
        </message>
        <message>
            <source>Aucun briefing</source>
            <translation>No briefings</translation>
        </message>
        <message>
            <source>Aucun briefing n’a pu être chargé depuis les dossiers de contenu.</source>
            <translation>No briefings could be loaded from the content folders.</translation>
        </message>
        <message>
            <source>Briefings — France urbaine</source>
            <translation>Briefings — France urbaine</translation>
        </message>
        <message>
            <source>Bibliothèque</source>
            <translation>Library</translation>
        </message>
        <message>
            <source>Sommaire</source>
            <translation>Contents</translation>
        </message>
        <message>
            <source>Recherche</source>
            <translation>Search</translation>
        </message>
        <message>
            <source>Signets</source>
            <translation>Bookmarks</translation>
        </message>
    </context>
    <context>
        <name>NoteEditor</name>
        <message>
            <source>Note du signet</source>
            <translation>Bookmark note</translation>
        </message>
        <message>
            <source>Votre note (facultative)</source>
            <translation>Your note (optional)</translation>
        </message>
        <message>
            <source>par exemple : conseil du 12 mars</source>
            <translation>for example: council meeting of 12 March</translation>
        </message>
        <message>
            <source>&amp;Note :</source>
            <translation>&amp;Note:</translation>
        </message>
        <message>
            <source>É&amp;tiquette :</source>
            <translation>&amp;Label:</translation>
        </message>
        <message>
            <source>Texte actuel : « %1 »</source>
            <translation>Current text: “%1”</translation>
        </message>
    </context>
    <context>
        <name>NoticeBar</name>
        <message>
            <source>Masquer</source>
            <translation>Hide</translation>
        </message>
    </context>
    <context>
        <name>PacksController</name>
        <message numerus="yes">
            <source>Vérification de %n fichier(s)…</source>
            <translation>
                <numerusform>Checking %n file…</numerusform>
                <numerusform>Checking %n files…</numerusform>
            </translation>
        </message>
        <message>
            <source>Installation…</source>
            <translation>Installing…</translation>
        </message>
        <message>
            <source>Installation de « %1 » : %2 / %3 fichiers…</source>
            <translation>Installing “%1”: %2 / %3 files…</translation>
        </message>
        <message numerus="yes">
            <source>%n importation(s) terminée(s).</source>
            <translation>
                <numerusform>%n import completed.</numerusform>
                <numerusform>%n imports completed.</numerusform>
            </translation>
        </message>
        <message>
            <source>Importation impossible</source>
            <translation>Import failed</translation>
        </message>
        <message>
            <source>Retrait du paquet…</source>
            <translation>Removing pack…</translation>
        </message>
        <message>
            <source>Retrait impossible</source>
            <translation>Couldn’t remove the pack</translation>
        </message>
        <message>
            <source>« %1 » retiré ; les signets de ses briefings restent, « à revoir ».</source>
            <translation>“%1” removed; the bookmarks on its briefings stay, marked “to review”.</translation>
        </message>
    </context>
    <context>
        <name>PdfBar</name>
        <message>
            <source>PDF enregistré</source>
            <translation>PDF saved</translation>
        </message>
        <message>
            <source>&amp;Ouvrir le PDF</source>
            <translation>&amp;Open PDF</translation>
        </message>
        <message numerus="yes">
            <source>PDF enregistré : %1 (%n page(s)).</source>
            <translation>
                <numerusform>PDF saved: %1 (%n page).</numerusform>
                <numerusform>PDF saved: %1 (%n pages).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <source>Préférences</source>
            <translation>Preferences</translation>
        </message>
        <message>
            <source>Langue de l’interface</source>
            <translation>Interface language</translation>
        </message>
        <message>
            <source>Celle du système</source>
            <translation>System default</translation>
        </message>
        <message>
            <source>Aucun</source>
            <translation>None</translation>
        </message>
        <message>
            <source>Dossier de diffusion</source>
            <translation>Distribution folder</translation>
        </message>
        <message>
            <source>&amp;Choisir…</source>
            <translation>&amp;Choose…</translation>
        </message>
        <message>
            <source>Choisir le dossier de diffusion</source>
            <translation>Choose the distribution folder</translation>
        </message>
        <message>
            <source>Annuler</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Lan&amp;gue de l’interface :</source>
            <translation>Interface &amp;language:</translation>
        </message>
        <message>
            <source>Une autre langue s’applique au prochain démarrage.</source>
            <translation>A change of language applies the next time Briefings starts.</translation>
        </message>
        <message>
            <source>&amp;Dossier de diffusion :</source>
            <translation>&amp;Distribution folder:</translation>
        </message>
        <message>
            <source>Un dossier partagé ou une clé USB où vos services déposent les paquets de briefings (.briefings). Les nouveautés qui y arrivent vous sont proposées ; rien n’est installé sans votre accord.</source>
            <translation>A shared folder or USB stick where your staff put briefing packs (.briefings). New packs that arrive there are offered to you; nothing is installed without your agreement.</translation>
        </message>
    </context>
    <context>
        <name>Printing</name>
        <message>
            <source>page %1 / %2</source>
            <translation>page %1 / %2</translation>
        </message>
        <message>
            <source>%1 briefing(s), %2 signet(s)</source>
            <translation>%1 briefing(s), %2 bookmark(s)</translation>
        </message>
        <message>
            <source>À revoir</source>
            <translation>To review</translation>
        </message>
        <message>
            <source>Sommaire</source>
            <translation>Contents</translation>
        </message>
        <message>
            <source>Ces signets n’ont pas pu être placés tels quels dans la version actuelle des briefings : leur passage a disparu, ou ne dit plus la même chose. Les voici avec leurs notes.</source>
            <translation>These bookmarks couldn’t be placed as they were in the current version of the briefings: their passage has gone, or no longer says the same thing. Here they are with their notes.</translation>
        </message>
        <message>
            <source>À revoir : le texte ne dit plus la même chose que les mots marqués</source>
            <translation>To review: the text no longer says the same thing as the marked words</translation>
        </message>
        <message>
            <source>passage introuvable dans la version actuelle</source>
            <translation>passage not found in the current version</translation>
        </message>
        <message>
            <source>le texte actuel ne dit plus la même chose</source>
            <translation>the current text no longer says the same thing</translation>
        </message>
    </context>
    <context>
        <name>ProblemsDialog</name>
        <message>
            <source>Problèmes de contenu</source>
            <translation>Content problems</translation>
        </message>
        <message>
            <source>Ces fichiers n’ont pas pu être chargés ; les autres briefings sont disponibles.</source>
            <translation>These files couldn’t be loaded; the other briefings are available.</translation>
        </message>
    </context>
    <context>
        <name>ProblemsNotice</name>
        <message>
            <source>Détails…</source>
            <translation>Details…</translation>
        </message>
        <message>
            <source>Masquer</source>
            <translation>Hide</translation>
        </message>
        <message numerus="yes">
            <source>Problèmes de contenu : %n fichier(s) ignoré(s).</source>
            <translation>
                <numerusform>Content problems: %n file skipped.</numerusform>
                <numerusform>Content problems: %n files skipped.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ProgressLine</name>
        <message>
            <source>Progression de la lecture</source>
            <translation>Reading progress</translation>
        </message>
        <message>
            <source>%1 % lu</source>
            <translation>%1% read</translation>
        </message>
    </context>
    <context>
        <name>QueryHelp</name>
        <message>
            <source>Aide à la recherche</source>
            <translation>Search help</translation>
        </message>
        <message>
            <source>les passages qui ont tous ces mots</source>
            <translation>passages with all these words</translation>
        </message>
        <message>
            <source>cette expression exacte</source>
            <translation>this exact phrase</translation>
        </message>
        <message>
            <source>RGPD OU Belot</source>
            <translation>RGPD OR Belot</translation>
        </message>
        <message>
            <source>l’un ou l’autre mot</source>
            <translation>either word</translation>
        </message>
        <message>
            <source>numérique SAUF RGPD</source>
            <translation>numérique NOT RGPD</translation>
        </message>
        <message>
            <source>sans ce mot (ou -RGPD)</source>
            <translation>without this word (or -RGPD)</translation>
        </message>
        <message>
            <source>les mots qui commencent ainsi</source>
            <translation>words that begin so</translation>
        </message>
        <message>
            <source>titre:RGPD</source>
            <translation>title:RGPD</translation>
        </message>
        <message>
            <source>dans les titres seulement (aussi thème: et tag:)</source>
            <translation>in titles only (also theme: and tag:)</translation>
        </message>
        <message>
            <source>les briefings de ces années</source>
            <translation>briefings of these years</translation>
        </message>
        <message>
            <source>Tapez un ou plusieurs mots : les accents, les majuscules et les formes d’un mot (élision, pluriel) sont reconnus, les sigles aussi. Exemples :</source>
            <translation>Type one or more words: accents, capitals and a word’s forms (elision, plural) are understood, and so are acronyms. Examples:</translation>
        </message>
        <message>
            <source>Entrée ouvre le premier résultat ; ↑ et ↓ passent de l’un à l’autre.</source>
            <translation>Enter opens the first result; ↑ and ↓ move from one to the next.</translation>
        </message>
    </context>
    <context>
        <name>Reader</name>
        <message>
            <source>Texte du briefing</source>
            <translation>Briefing text</translation>
        </message>
    </context>
    <context>
        <name>ReadingBox</name>
        <message>
            <source>Lecture</source>
            <translation>Reading</translation>
        </message>
        <message>
            <source>Avec empattements (%1)</source>
            <translation>Serif (%1)</translation>
        </message>
        <message>
            <source>Sans empattements (%1)</source>
            <translation>Sans serif (%1)</translation>
        </message>
        <message>
            <source>Petite</source>
            <translation>Small</translation>
        </message>
        <message>
            <source>Normale</source>
            <translation>Normal</translation>
        </message>
        <message>
            <source>Moyenne</source>
            <translation>Medium</translation>
        </message>
        <message>
            <source>Grande</source>
            <translation>Large</translation>
        </message>
        <message>
            <source>Très grande</source>
            <translation>Very large</translation>
        </message>
        <message>
            <source>Immense</source>
            <translation>Huge</translation>
        </message>
        <message>
            <source>Serré</source>
            <translation>Compact</translation>
        </message>
        <message>
            <source>Normal</source>
            <translation>Normal</translation>
        </message>
        <message>
            <source>Aéré</source>
            <translation>Relaxed</translation>
        </message>
        <message>
            <source>Très aéré</source>
            <translation>Very relaxed</translation>
        </message>
        <message>
            <source>Étroite</source>
            <translation>Narrow</translation>
        </message>
        <message>
            <source>Large</source>
            <translation>Wide</translation>
        </message>
        <message>
            <source>Très large</source>
            <translation>Very wide</translation>
        </message>
        <message>
            <source>%1 signes</source>
            <translation>%1 characters</translation>
        </message>
        <message>
            <source>Clair</source>
            <translation>Light</translation>
        </message>
        <message>
            <source>Sépia</source>
            <translation>Sepia</translation>
        </message>
        <message>
            <source>Sombre</source>
            <translation>Dark</translation>
        </message>
        <message>
            <source>Système (suit le bureau)</source>
            <translation>System (follows your desktop)</translation>
        </message>
        <message>
            <source>&amp;Thème :</source>
            <translation>&amp;Theme:</translation>
        </message>
        <message>
            <source>Thème</source>
            <translation>Theme</translation>
        </message>
        <message>
            <source>&amp;Police :</source>
            <translation>&amp;Font:</translation>
        </message>
        <message>
            <source>Police de lecture</source>
            <translation>Reading font</translation>
        </message>
        <message>
            <source>T&amp;aille du texte :</source>
            <translation>Text &amp;size:</translation>
        </message>
        <message>
            <source>Taille du texte</source>
            <translation>Text size</translation>
        </message>
        <message>
            <source>&amp;Interligne :</source>
            <translation>L&amp;ine spacing:</translation>
        </message>
        <message>
            <source>Interligne</source>
            <translation>Line spacing</translation>
        </message>
        <message>
            <source>&amp;Largeur de la colonne :</source>
            <translation>Column &amp;width:</translation>
        </message>
        <message>
            <source>Largeur</source>
            <translation>Column width</translation>
        </message>
    </context>
    <context>
        <name>SearchController</name>
        <message>
            <source>Index de recherche reconstruit.</source>
            <translation>Search index rebuilt.</translation>
        </message>
        <message>
            <source>Index en reconstruction (index endommagé)…</source>
            <translation>Rebuilding the search index (it was damaged)…</translation>
        </message>
        <message>
            <source>Index en reconstruction : %1 sur %2 briefings…</source>
            <translation>Rebuilding the search index: %1 of %2 briefings…</translation>
        </message>
        <message>
            <source>Indexation pour la recherche : %1 sur %2 briefings…</source>
            <translation>Indexing for search: %1 of %2 briefings…</translation>
        </message>
        <message>
            <source>Index de recherche utilisé par une autre fenêtre : recherche sur l’existant.</source>
            <translation>Search index in use by another window: searching what is already indexed.</translation>
        </message>
        <message>
            <source>Index de recherche non mis à jour (%1) : recherche sur l’existant.</source>
            <translation>Search index not updated (%1): searching what is already indexed.</translation>
        </message>
        <message>
            <source>Index de recherche à jour.</source>
            <translation>Search index up to date.</translation>
        </message>
        <message>
            <source>Recherche indisponible : %1</source>
            <translation>Search unavailable: %1</translation>
        </message>
    </context>
    <context>
        <name>SearchPanel</name>
        <message>
            <source>Rechercher dans tous les briefings</source>
            <translation>Search all briefings</translation>
        </message>
        <message>
            <source>depuis</source>
            <translation>from</translation>
        </message>
        <message>
            <source>Depuis l’année</source>
            <translation>From the year</translation>
        </message>
        <message>
            <source>jusqu’à</source>
            <translation>to</translation>
        </message>
        <message>
            <source>Jusqu’à l’année</source>
            <translation>Up to the year</translation>
        </message>
        <message>
            <source>Résultats de la recherche</source>
            <translation>Search results</translation>
        </message>
        <message>
            <source>%1 —</source>
            <translation>%1 —</translation>
        </message>
        <message>
            <source>Tous les thèmes</source>
            <translation>All topics</translation>
        </message>
        <message>
            <source>Tous les mots-clés</source>
            <translation>All keywords</translation>
        </message>
        <message>
            <source>Aucun passage ne contient tous les mots ; passages les plus proches :</source>
            <translation>No passage contains all the words; closest passages:</translation>
        </message>
        <message numerus="yes">
            <source>%n résultat(s)</source>
            <translation>
                <numerusform>%n result</numerusform>
                <numerusform>%n results</numerusform>
            </translation>
        </message>
        <message>
            <source>Aucun résultat.</source>
            <translation>No results.</translation>
        </message>
        <message>
            <source>Vouliez-vous dire : %1 ?</source>
            <translation>Did you mean %1?</translation>
        </message>
        <message>
            <source>« %1* » : les %2 mots les plus fréquents sur %3</source>
            <translation>“%1*”: the %2 most frequent words out of %3</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <source>Raccourcis clavier</source>
            <translation>Keyboard shortcuts</translation>
        </message>
        <message>
            <source> ou </source>
            <translation> or </translation>
        </message>
        <message>
            <source>Ouvrir l’élément choisi (briefing, section, résultat, signet)</source>
            <translation>Open the chosen item (briefing, section, result, bookmark)</translation>
        </message>
        <message>
            <source>Entrée</source>
            <translation>Enter</translation>
        </message>
        <message>
            <source>Élément suivant, précédent dans un panneau</source>
            <translation>Next, previous item in a pane</translation>
        </message>
        <message>
            <source>Tab, Maj+Tab</source>
            <translation>Tab, Shift+Tab</translation>
        </message>
        <message>
            <source>Fermer la recherche dans la page</source>
            <translation>Close the find-in-page bar</translation>
        </message>
        <message>
            <source>Échap</source>
            <translation>Esc</translation>
        </message>
        <message>
            <source>Supprimer le signet choisi</source>
            <translation>Delete the chosen bookmark</translation>
        </message>
        <message>
            <source>Suppr</source>
            <translation>Del</translation>
        </message>
        <message>
            <source>Enregistrer la note d’un signet</source>
            <translation>Save a bookmark’s note</translation>
        </message>
        <message>
            <source>Ctrl+Entrée</source>
            <translation>Ctrl+Enter</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>Raccourci</source>
            <translation>Shortcut</translation>
        </message>
        <message>
            <source>Fermer</source>
            <translation>Close</translation>
        </message>
    </context>
    <context>
        <name>TocPanel</name>
        <message>
            <source>Sommaire</source>
            <translation>Contents</translation>
        </message>
        <message numerus="yes">
            <source>%n signet(s)</source>
            <translation>
                <numerusform>%n bookmark</numerusform>
                <numerusform>%n bookmarks</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>cli</name>
        <message>
            <source>briefing-app : %1 %2 : ce n’est pas un dossier</source>
            <translation>briefing-app: %1 %2: not a folder</translation>
        </message>
        <message>
            <source>briefing-app : %1 %2 : dossier introuvable</source>
            <translation>briefing-app: %1 %2: folder not found</translation>
        </message>
        <message>
            <source>briefing-app : %1 : fichier introuvable</source>
            <translation>briefing-app: %1: file not found</translation>
        </message>
        <message>
            <source>briefing-app : aucun écran disponible (ni DISPLAY ni WAYLAND_DISPLAY) ; lancez-le dans une session graphique, ou sur un serveur : xvfb-run -a make run</source>
            <translation>briefing-app: no display available (neither DISPLAY nor WAYLAND_DISPLAY); start it in a graphical session, or on a server: xvfb-run -a make run</translation>
        </message>
    </context>
    <context>
        <name>cli.bookmarks</name>
        <message>
            <source>en place</source>
            <translation>in place</translation>
        </message>
        <message>
            <source>déplacé</source>
            <translation>moved</translation>
        </message>
        <message>
            <source>à revoir : le texte a changé</source>
            <translation>to review: the text has changed</translation>
        </message>
        <message>
            <source>à revoir : introuvable</source>
            <translation>to review: not found</translation>
        </message>
        <message>
            <source>briefing-app : %1</source>
            <translation>briefing-app: %1</translation>
        </message>
        <message>
            <source>Signet ajouté : %1 (%2)</source>
            <translation>Bookmark added: %1 (%2)</translation>
        </message>
        <message>
            <source>« %1 »</source>
            <translation>“%1”</translation>
        </message>
        <message>
            <source>texte actuel : « %1 »</source>
            <translation>current text: “%1”</translation>
        </message>
        <message>
            <source>Aucun signet.</source>
            <translation>No bookmarks.</translation>
        </message>
        <message>
            <source>Lecture de « %1 » impossible : %2</source>
            <translation>Cannot read “%1”: %2</translation>
        </message>
        <message>
            <source>%1 signet(s) importé(s), %2 déjà présent(s)</source>
            <translation>%1 bookmark(s) imported, %2 already present</translation>
        </message>
    </context>
    <context>
        <name>cli.content</name>
        <message>
            <source>%1 problème(s), %2 briefing(s) chargé(s)</source>
            <translation>%1 problem(s), %2 briefing(s) loaded</translation>
        </message>
        <message>
            <source>%1 briefing(s), aucun problème</source>
            <translation>%1 briefing(s), no problems</translation>
        </message>
    </context>
    <context>
        <name>cli.imports</name>
        <message>
            <source>briefing-app : %1</source>
            <translation>briefing-app: %1</translation>
        </message>
        <message>
            <source>briefing-app : %1 : éditeur non vérifié. %2 Pour l’installer quand même : briefing-app import --yes FICHIER</source>
            <translation>briefing-app: %1: unverified publisher. %2 To install it anyway: briefing-app import --yes FILE</translation>
        </message>
        <message>
            <source>%1 ajouté à « Mes documents » (%2)</source>
            <translation>%1 added to “My documents” (%2)</translation>
        </message>
        <message>
            <source>briefing-app : refusé : %1</source>
            <translation>briefing-app: refused: %1</translation>
        </message>
        <message>
            <source>« %1 » installé : %2 ; vérifié, signé par « %3 »</source>
            <translation>“%1” installed: %2; verified, signed by “%3”</translation>
        </message>
        <message>
            <source>« %1 » installé : %2 ; non vérifié</source>
            <translation>“%1” installed: %2; unverified</translation>
        </message>
        <message>
            <source>« %1 » mis à jour (version %2 → %3) : %4 ; vérifié, signé par « %5 »</source>
            <translation>“%1” updated (version %2 → %3): %4; verified, signed by “%5”</translation>
        </message>
        <message>
            <source>« %1 » mis à jour (version %2 → %3) : %4 ; non vérifié</source>
            <translation>“%1” updated (version %2 → %3): %4; unverified</translation>
        </message>
        <message>
            <source>packs remove ID : l’identifiant du paquet manque</source>
            <translation>packs remove ID: the pack’s ID is missing</translation>
        </message>
        <message>
            <source>« %1 » retiré ; les signets de ses briefings restent, « à revoir »</source>
            <translation>“%1” removed; bookmarks on its briefings are kept, marked “to review”</translation>
        </message>
        <message>
            <source>vérifié</source>
            <translation>verified</translation>
        </message>
        <message>
            <source>non vérifié</source>
            <translation>unverified</translation>
        </message>
        <message>
            <source>aucun paquet installé</source>
            <translation>no packs installed</translation>
        </message>
    </context>
    <context>
        <name>cli.options</name>
        <message>
            <source>« %1 » n’est pas un nombre entier</source>
            <translation>“%1” is not a whole number</translation>
        </message>
        <message>
            <source>%1 : il faut au moins 1</source>
            <translation>%1: must be at least 1</translation>
        </message>
    </context>
    <context>
        <name>cli.packs</name>
        <message>
            <source>briefing-app : %1</source>
            <translation>briefing-app: %1</translation>
        </message>
        <message>
            <source>clé privée : %1 (à garder pour soi ; ne l’envoyez jamais)</source>
            <translation>private key: %1 (keep it to yourself; never send it to anyone)</translation>
        </message>
        <message>
            <source>clé publique : %1.pub, « %2 », empreinte %3</source>
            <translation>public key: %1.pub, “%2”, fingerprint %3</translation>
        </message>
        <message>
            <source>%1 : %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>« %1 » (%2, version %3, %4), %5 briefing(s), publié par %6</source>
            <translation>“%1” (%2, version %3, %4), %5 briefing(s), published by %6</translation>
        </message>
        <message>
            <source>vérifié : signé par « %1 » (empreinte %2)</source>
            <translation>verified: signed by “%1” (fingerprint %2)</translation>
        </message>
        <message>
            <source>non vérifié : le paquet n’est pas signé</source>
            <translation>unverified: the pack is not signed</translation>
        </message>
        <message>
            <source>non vérifié : signature valide, mais par une clé inconnue (empreinte %1) ; si elle est bien celle de l’éditeur, ajoutez-la avec « briefing-app pack trust CLE.pub »</source>
            <translation>unverified: valid signature, but from an unknown key (fingerprint %1); if it really is the publisher’s key, add it with “briefing-app pack trust KEYFILE.pub”</translation>
        </message>
        <message>
            <source>briefing-app : aucune clé ajoutée ne s’appelle « %1 »</source>
            <translation>briefing-app: none of the keys you added is called “%1”</translation>
        </message>
        <message>
            <source>retirée : « %1 » (empreinte %2)</source>
            <translation>removed: “%1” (fingerprint %2)</translation>
        </message>
        <message>
            <source>clé de confiance ajoutée : « %1 » (empreinte %2)</source>
            <translation>trusted key added: “%1” (fingerprint %2)</translation>
        </message>
        <message>
            <source>briefing-app : pack trust KEYFILE.pub, --list ou --remove CLÉ</source>
            <translation>briefing-app: pack trust KEYFILE.pub, --list or --remove KEY</translation>
        </message>
    </context>
    <context>
        <name>cli.printing</name>
        <message>
            <source>briefing-app : %1</source>
            <translation>briefing-app: %1</translation>
        </message>
        <message>
            <source>briefing « %1 » introuvable</source>
            <translation>briefing “%1” not found</translation>
        </message>
        <message>
            <source>%1 : « %2 », %3 page(s)</source>
            <translation>%1: “%2”, %3 page(s)</translation>
        </message>
        <message>
            <source>Dossier de séance</source>
            <translation>Meeting file</translation>
        </message>
        <message>
            <source>%1 : « %2 », %3 briefing(s), %4 signet(s), %5 à revoir, %6 page(s)</source>
            <translation>%1: “%2”, %3 briefing(s), %4 bookmark(s), %5 to review, %6 page(s)</translation>
        </message>
    </context>
    <context>
        <name>cli.search</name>
        <message>
            <source>Recherche indisponible : %1</source>
            <translation>Search unavailable: %1</translation>
        </message>
        <message>
            <source>Index non mis à jour (%1) : recherche sur l’existant.</source>
            <translation>Search index not updated (%1): searching the existing index.</translation>
        </message>
        <message>
            <source>Aucun passage ne contient tous les mots ; passages les plus proches :</source>
            <translation>No passage contains all the words; closest passages:</translation>
        </message>
        <message>
            <source>Aucun résultat.</source>
            <translation>No results.</translation>
        </message>
        <message>
            <source>Vouliez-vous dire : %1 ?</source>
            <translation>Did you mean: %1?</translation>
        </message>
        <message>
            <source>« %1* » : recherche limitée aux %2 mots les plus fréquents sur %3.</source>
            <translation>“%1*”: search limited to the %2 most frequent of %3 matching words.</translation>
        </message>
        <message>
            <source>Index non écrit : %1</source>
            <translation>Search index not written: %1</translation>
        </message>
        <message>
            <source>Index utilisé par une autre instance : rien n’a été écrit.</source>
            <translation>Search index in use by another instance: nothing was written.</translation>
        </message>
        <message>
            <source>Index non mis à jour : %1.</source>
            <translation>Search index not updated: %1.</translation>
        </message>
        <message>
            <source>Index reconstruit : %1 section(s) indexée(s), %2 briefing(s) traité(s), en %3 s</source>
            <translation>Search index rebuilt: %1 section(s) indexed, %2 briefing(s) processed, in %3 s</translation>
        </message>
        <message>
            <source>Index mis à jour : %1 section(s) indexée(s), %2 briefing(s) traité(s), en %3 s</source>
            <translation>Search index updated: %1 section(s) indexed, %2 briefing(s) processed, in %3 s</translation>
        </message>
    </context>
    <context>
        <name>core.bookmarks.notices</name>
        <message>
            <source>Le fichier des signets « %1 » est un dossier, pas un fichier : les signets ne peuvent pas être ouverts. Renommez ou déplacez ce dossier pour que Briefings puisse enregistrer vos signets ; d’ici là, rien ne peut être enregistré.</source>
            <translation>The bookmarks file “%1” is a folder, not a file: bookmarks cannot be opened. Rename or move this folder so that Briefings can save your bookmarks; until then, nothing can be saved.</translation>
        </message>
        <message>
            <source>Le fichier des signets « %1 » est en lecture seule : il ne peut pas être ouvert en écriture (%2). Les signets restent lisibles, mais rien ne peut être enregistré.</source>
            <translation>The bookmarks file “%1” is read-only: it cannot be opened for writing (%2). Bookmarks can still be read, but nothing can be saved.</translation>
        </message>
        <message>
            <source>Le dossier des signets « %1 » ne peut pas être modifié (%2). Les signets restent lisibles, mais rien ne peut être enregistré.</source>
            <translation>The bookmarks folder “%1” cannot be changed (%2). Bookmarks can still be read, but nothing can be saved.</translation>
        </message>
        <message>
            <source>Les signets ont été enregistrés par une version plus récente de Briefings : ils restent lisibles mais ne peuvent pas être modifiés.</source>
            <translation>The bookmarks were saved by a newer version of Briefings: they can still be read, but not changed.</translation>
        </message>
        <message>
            <source>Le fichier des signets était endommagé (%1). Il a été mis de côté sous le nom « %2 » et un nouveau fichier a été créé.</source>
            <translation>The bookmarks file was damaged (%1). It has been set aside as “%2” and a new file has been created.</translation>
        </message>
        <message>
            <source>Récupération impossible : %1.</source>
            <translation>Recovery failed: %1.</translation>
        </message>
        <message>
            <source>Aucun signet n’a pu être récupéré.</source>
            <translation>No bookmarks could be recovered.</translation>
        </message>
        <message>
            <source>Signets récupérés : %1 sur %2.</source>
            <translation>Bookmarks recovered: %1 of %2.</translation>
        </message>
    </context>
    <context>
        <name>core.bookmarks.placing</name>
        <message>
            <source>Aucun briefing « %1 » dans la bibliothèque.</source>
            <translation>No briefing “%1” in the library.</translation>
        </message>
        <message>
            <source>Le briefing « %1 » est illisible : %2</source>
            <translation>The briefing “%1” cannot be read: %2</translation>
        </message>
        <message>
            <source>Aucune section « %1 » dans « %2 ».</source>
            <translation>No section “%1” in “%2”.</translation>
        </message>
        <message>
            <source>Le passage « %1 » est introuvable dans la section « %2 ».</source>
            <translation>The passage “%1” was not found in the section “%2”.</translation>
        </message>
        <message>
            <source>Le passage « %1 » est introuvable dans « %2 ».</source>
            <translation>The passage “%1” was not found in “%2”.</translation>
        </message>
    </context>
    <context>
        <name>core.bookmarks.store</name>
        <message>
            <source>contrôle d’intégrité : %1</source>
            <translation>integrity check: %1</translation>
        </message>
        <message>
            <source>mode WAL refusé</source>
            <translation>WAL mode refused</translation>
        </message>
        <message>
            <source>Les signets sont en lecture seule.</source>
            <translation>The bookmarks are read-only.</translation>
        </message>
        <message>
            <source>Enregistrement des signets impossible : %1</source>
            <translation>Could not save the bookmarks: %1</translation>
        </message>
    </context>
    <context>
        <name>core.bookmarks.transfer</name>
        <message>
            <source>Signets et notes</source>
            <translation>Bookmarks and notes</translation>
        </message>
        <message>
            <source>Exportés le %1 %2 %3.</source>
            <translation>Exported on %1 %2 %3.</translation>
        </message>
        <message>
            <source>Aucun signet.</source>
            <translation>No bookmarks.</translation>
        </message>
        <message>
            <source>Texte actuel : « %1 »</source>
            <translation>Current text: “%1”</translation>
        </message>
        <message>
            <source>Le briefing entier.</source>
            <translation>The whole briefing.</translation>
        </message>
        <message>
            <source>La section entière.</source>
            <translation>The whole section.</translation>
        </message>
        <message>
            <source>Libellé : %1</source>
            <translation>Label: %1</translation>
        </message>
        <message>
            <source>à revoir : passage introuvable dans la version actuelle</source>
            <translation>to review: passage not found in the current version</translation>
        </message>
        <message>
            <source>à revoir : le texte actuel ne dit plus la même chose (négation, nombre ou date)</source>
            <translation>to review: the current text no longer says the same thing (negation, number or date)</translation>
        </message>
        <message>
            <source>janvier</source>
            <translation>January</translation>
        </message>
        <message>
            <source>février</source>
            <translation>February</translation>
        </message>
        <message>
            <source>mars</source>
            <translation>March</translation>
        </message>
        <message>
            <source>avril</source>
            <translation>April</translation>
        </message>
        <message>
            <source>mai</source>
            <translation>May</translation>
        </message>
        <message>
            <source>juin</source>
            <translation>June</translation>
        </message>
        <message>
            <source>juillet</source>
            <translation>July</translation>
        </message>
        <message>
            <source>août</source>
            <translation>August</translation>
        </message>
        <message>
            <source>septembre</source>
            <translation>September</translation>
        </message>
        <message>
            <source>octobre</source>
            <translation>October</translation>
        </message>
        <message>
            <source>novembre</source>
            <translation>November</translation>
        </message>
        <message>
            <source>décembre</source>
            <translation>December</translation>
        </message>
        <message>
            <source>Ce fichier n’est pas du JSON valide (ligne %1, colonne %2).</source>
            <translation>This file is not valid JSON (line %1, column %2).</translation>
        </message>
        <message>
            <source>Ce fichier n’est pas un export de signets de Briefings : il est imbriqué trop profondément pour être lu.</source>
            <translation>This file is not a Briefings bookmark export: it is nested too deeply to be read.</translation>
        </message>
        <message>
            <source>Ce fichier n’est pas un export de signets de Briefings.</source>
            <translation>This file is not a Briefings bookmark export.</translation>
        </message>
        <message>
            <source>Version d’export %1 inconnue.</source>
            <translation>Unknown export version %1.</translation>
        </message>
        <message>
            <source>La liste « bookmarks » manque.</source>
            <translation>The “bookmarks” list is missing.</translation>
        </message>
        <message>
            <source>Signet n° %1 : ce n’est pas un objet.</source>
            <translation>Bookmark no. %1: not an object.</translation>
        </message>
        <message>
            <source>Signet n° %1 : « %2 » doit être du texte.</source>
            <translation>Bookmark no. %1: “%2” must be text.</translation>
        </message>
        <message>
            <source>Signet n° %1 : « %2 » manque.</source>
            <translation>Bookmark no. %1: “%2” is missing.</translation>
        </message>
    </context>
    <context>
        <name>core.changes</name>
        <message>
            <source>Introduction</source>
            <translation>Introduction</translation>
        </message>
    </context>
    <context>
        <name>core.content.catalog</name>
        <message>
            <source>identifiant « %1 » déjà pris par %2</source>
            <translation>ID “%1” already used by %2</translation>
        </message>
    </context>
    <context>
        <name>core.content.frontmatter</name>
        <message>
            <source>en-tête manquant : le fichier doit commencer par une ligne « --- » suivie de title: et date:</source>
            <translation>missing header: the file must start with a “---” line followed by title: and date:</translation>
        </message>
        <message>
            <source>en-tête non fermé : il manque la ligne « --- » qui le termine</source>
            <translation>header not closed: the “---” line that ends it is missing</translation>
        </message>
        <message>
            <source>le champ « %1 » doit être un texte</source>
            <translation>the “%1” field must be text</translation>
        </message>
        <message>
            <source>champ « date » obligatoire manquant (AAAA, AAAA-MM ou AAAA-MM-JJ)</source>
            <translation>required “date” field missing (YYYY, YYYY-MM or YYYY-MM-DD)</translation>
        </message>
        <message>
            <source>date invalide « %1 » : attendu AAAA, AAAA-MM ou AAAA-MM-JJ</source>
            <translation>invalid date “%1”: expected YYYY, YYYY-MM or YYYY-MM-DD</translation>
        </message>
        <message>
            <source>le champ « tags » doit être une liste, par exemple [RGPD, smart city]</source>
            <translation>the “tags” field must be a list, for example [RGPD, smart city]</translation>
        </message>
        <message>
            <source>syntaxe incorrecte</source>
            <translation>syntax error</translation>
        </message>
        <message>
            <source>en-tête YAML illisible : %1</source>
            <translation>unreadable YAML header: %1</translation>
        </message>
        <message>
            <source>l’en-tête doit être une liste de champs « nom: valeur » (title:, date:…)</source>
            <translation>the header must be a list of “name: value” fields (title:, date:…)</translation>
        </message>
        <message>
            <source>champ « title » obligatoire manquant</source>
            <translation>required “title” field missing</translation>
        </message>
    </context>
    <context>
        <name>core.content.linkcheck</name>
        <message>
            <source>lien vers un briefing absent : « %1 »</source>
            <translation>link to a missing briefing: “%1”</translation>
        </message>
        <message>
            <source>lien vers une section absente : « %1 »</source>
            <translation>link to a missing section: “%1”</translation>
        </message>
        <message>
            <source>image refusée « %1 » : %2</source>
            <translation>image “%1” refused: %2</translation>
        </message>
    </context>
    <context>
        <name>core.content.loader</name>
        <message>
            <source>ce n’est pas un fichier ordinaire (périphérique, tube…)</source>
            <translation>not an ordinary file (device, pipe…)</translation>
        </message>
        <message>
            <source>fichier illisible : %1</source>
            <translation>unreadable file: %1</translation>
        </message>
        <message>
            <source>fichier trop volumineux (%1 Mo ; au plus %2 Mo)</source>
            <translation>file too large (%1 MB; %2 MB at most)</translation>
        </message>
        <message>
            <source>texte trop profondément imbriqué pour être affiché (ligne en retrait de plus de %1 colonnes)</source>
            <translation>text nested too deeply to be displayed (a line is indented by more than %1 columns)</translation>
        </message>
        <message>
            <source>fichier vide</source>
            <translation>empty file</translation>
        </message>
        <message>
            <source>le fichier n’est pas en UTF-8 (octet 0x%1 illisible)</source>
            <translation>the file is not in UTF-8 (unreadable byte 0x%1)</translation>
        </message>
        <message>
            <source>caractère nul : ce n’est pas un fichier texte</source>
            <translation>null character: this is not a text file</translation>
        </message>
        <message>
            <source>texte trop profondément imbriqué pour être affiché</source>
            <translation>text nested too deeply to be displayed</translation>
        </message>
        <message>
            <source>texte trop complexe pour être mis en page (plus de %1 s) : crochets, balises ou listes imbriquées en très grand nombre ?</source>
            <translation>text too complex to lay out (more than %1 s): a very large number of nested brackets, tags or lists?</translation>
        </message>
        <message>
            <source>dossier de contenu introuvable</source>
            <translation>content folder not found</translation>
        </message>
        <message>
            <source>ce n’est pas un dossier</source>
            <translation>not a folder</translation>
        </message>
        <message>
            <source>dossier illisible : %1</source>
            <translation>unreadable folder: %1</translation>
        </message>
        <message>
            <source>fichier inaccessible : %1</source>
            <translation>file cannot be accessed: %1</translation>
        </message>
    </context>
    <context>
        <name>core.content.resources</name>
        <message>
            <source>adresse qui n’est pas un fichier du dossier du briefing</source>
            <translation>address that is not a file in the briefing’s folder</translation>
        </message>
        <message>
            <source>chemin absolu : seules les images du dossier du briefing</source>
            <translation>absolute path: only images in the briefing’s folder are allowed</translation>
        </message>
        <message>
            <source>chemin hors du dossier du briefing</source>
            <translation>path outside the briefing’s folder</translation>
        </message>
        <message>
            <source>image introuvable</source>
            <translation>image not found</translation>
        </message>
        <message>
            <source>ce n’est pas un fichier ordinaire (périphérique, tube…)</source>
            <translation>not an ordinary file (device, pipe…)</translation>
        </message>
        <message>
            <source>image trop volumineuse (au plus %1 Mo)</source>
            <translation>image too large (%1 MB at most)</translation>
        </message>
        <message>
            <source>image illisible : %1</source>
            <translation>unreadable image: %1</translation>
        </message>
        <message>
            <source>format d’image non pris en charge (PNG, JPEG, GIF, WebP, BMP)</source>
            <translation>unsupported image format (PNG, JPEG, GIF, WebP, BMP)</translation>
        </message>
    </context>
    <context>
        <name>core.diskcache</name>
        <message>
            <source>illisible (%1)</source>
            <translation>unreadable (%1)</translation>
        </message>
        <message>
            <source>endommagé</source>
            <translation>damaged</translation>
        </message>
        <message>
            <source>d’une autre version (%1)</source>
            <translation>from another version (%1)</translation>
        </message>
    </context>
    <context>
        <name>core.documents</name>
        <message>
            <source>Document</source>
            <translation>Document</translation>
        </message>
        <message>
            <source>Document personnel</source>
            <translation>Personal document</translation>
        </message>
        <message>
            <source>%1 : document Word illisible (%2)</source>
            <translation>%1: unreadable Word document (%2)</translation>
        </message>
        <message>
            <source>%1 : %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>%1 : illisible (%2)</source>
            <translation>%1: unreadable (%2)</translation>
        </message>
        <message>
            <source>%1 (ligne %2) : %3</source>
            <translation>%1 (line %2): %3</translation>
        </message>
        <message>
            <source>%1 : impossible d’écrire (%2)</source>
            <translation>%1: cannot write (%2)</translation>
        </message>
    </context>
    <context>
        <name>core.dossier</name>
        <message>
            <source>aucun signet n’a l’étiquette « %1 »</source>
            <translation>no bookmark has the label “%1”</translation>
        </message>
        <message>
            <source>signet introuvable : %1</source>
            <translation>bookmark not found: %1</translation>
        </message>
        <message>
            <source>briefing introuvable : %1</source>
            <translation>briefing not found: %1</translation>
        </message>
        <message>
            <source>aucun signet ni briefing à mettre dans le dossier</source>
            <translation>no bookmarks or briefings to put in the meeting file</translation>
        </message>
    </context>
    <context>
        <name>core.packs.archive</name>
        <message>
            <source>%1 : paquet endommagé (%2)</source>
            <translation>%1: damaged pack (%2)</translation>
        </message>
        <message>
            <source>%1 : ce n’est pas un paquet lisible (%2)</source>
            <translation>%1: not a readable pack (%2)</translation>
        </message>
        <message>
            <source>%1 : un fichier y est annoncé deux fois</source>
            <translation>%1: a file is listed twice</translation>
        </message>
        <message>
            <source>%1 : %2 n’est pas dans %3</source>
            <translation>%1: %2 is not listed in %3</translation>
        </message>
        <message>
            <source>%1 : %2 manquant</source>
            <translation>%1: %2 missing</translation>
        </message>
        <message>
            <source>trop de fichiers (%1 ; %2 au plus)</source>
            <translation>too many files (%1; %2 at most)</translation>
        </message>
        <message>
            <source>%1 : un lien n’est pas admis dans un paquet</source>
            <translation>%1: links are not allowed in a pack</translation>
        </message>
        <message>
            <source>%1 : présent deux fois</source>
            <translation>%1: appears twice</translation>
        </message>
        <message>
            <source>%1 : fichier trop grand (%2 octets)</source>
            <translation>%1: file too large (%2 bytes)</translation>
        </message>
        <message>
            <source>paquet trop grand une fois décompressé (plus de %1 octets)</source>
            <translation>pack too large once unpacked (more than %1 bytes)</translation>
        </message>
        <message>
            <source>%1 : chemin hors du paquet</source>
            <translation>%1: path outside the pack</translation>
        </message>
        <message>
            <source>%1 : un paquet ne contient que %2, %3, briefings/ et assets/</source>
            <translation>%1: a pack contains only %2, %3, briefings/ and assets/</translation>
        </message>
        <message>
            <source>%1 : un briefing est un fichier .md directement dans briefings/</source>
            <translation>%1: a briefing must be a .md file directly inside briefings/</translation>
        </message>
        <message>
            <source>%1 : trop grand (%2 octets)</source>
            <translation>%1: too large (%2 bytes)</translation>
        </message>
        <message>
            <source>%1 : taille différente de celle annoncée</source>
            <translation>%1: size differs from the stated size</translation>
        </message>
        <message>
            <source>signature invalide : %1 a changé depuis sa signature</source>
            <translation>invalid signature: %1 has changed since it was signed</translation>
        </message>
        <message>
            <source>%1 : annoncé dans %2 mais absent du paquet</source>
            <translation>%1: listed in %2 but missing from the pack</translation>
        </message>
        <message>
            <source>%1 : taille différente de celle de %2</source>
            <translation>%1: size differs from the one in %2</translation>
        </message>
        <message>
            <source>%1 : plus long que sa taille annoncée</source>
            <translation>%1: longer than its stated size</translation>
        </message>
        <message>
            <source>%1 : empreinte SHA-256 différente de celle de %2</source>
            <translation>%1: SHA-256 fingerprint differs from the one in %2</translation>
        </message>
        <message>
            <source>%1, ligne %2 : %3</source>
            <translation>%1, line %2: %3</translation>
        </message>
        <message>
            <source>%1 : %2</source>
            <translation>%1: %2</translation>
        </message>
    </context>
    <context>
        <name>core.packs.create</name>
        <message>
            <source>la version d’un paquet est un nombre entier à partir de 1</source>
            <translation>a pack’s version must be a whole number, 1 or more</translation>
        </message>
        <message>
            <source>%1 : aucun briefing (fichier .md) à mettre dans le paquet</source>
            <translation>%1: no briefing (.md file) to put in the pack</translation>
        </message>
        <message>
            <source>%1 : impossible d’écrire le paquet (%2)</source>
            <translation>%1: cannot write the pack (%2)</translation>
        </message>
        <message>
            <source>… et %1 autre(s)</source>
            <translation>… and %1 other(s)</translation>
        </message>
        <message>
            <source>%1 ne passe pas la vérification du contenu :
%2</source>
            <translation>%1 does not pass the content check:
%2</translation>
        </message>
    </context>
    <context>
        <name>core.packs.install</name>
        <message>
            <source>« %1 » version %2 : déjà installé</source>
            <translation>“%1” version %2: already installed</translation>
        </message>
        <message>
            <source>« %1 » : la version %2 est installée, ce paquet est la version %3, plus ancienne : refusé</source>
            <translation>“%1”: version %2 is installed and this pack is version %3, which is older: refused</translation>
        </message>
        <message>
            <source>« %1 » : le paquet installé est illisible</source>
            <translation>“%1”: the installed pack cannot be read</translation>
        </message>
        <message>
            <source>%1 a changé depuis la vérification du paquet</source>
            <translation>%1 has changed since the pack was checked</translation>
        </message>
        <message>
            <source>installation impossible : %1</source>
            <translation>installation failed: %1</translation>
        </message>
        <message>
            <source>aucun paquet installé n’a l’identifiant « %1 »</source>
            <translation>no installed pack has the ID “%1”</translation>
        </message>
        <message>
            <source>« %1 » : suppression impossible (%2)</source>
            <translation>“%1”: could not be removed (%2)</translation>
        </message>
    </context>
    <context>
        <name>core.packs.keys</name>
        <message>
            <source>%1 existe déjà : aucune clé n’est écrasée</source>
            <translation>%1 already exists: no key has been overwritten</translation>
        </message>
        <message>
            <source>%1 : impossible d’écrire la clé (%2)</source>
            <translation>%1: cannot write the key (%2)</translation>
        </message>
        <message>
            <source>%1 : impossible d’écrire (%2)</source>
            <translation>%1: cannot write (%2)</translation>
        </message>
        <message>
            <source>%1 : fichier de clé illisible (%2)</source>
            <translation>%1: unreadable key file (%2)</translation>
        </message>
        <message>
            <source>%1 : clé endommagée</source>
            <translation>%1: damaged key</translation>
        </message>
        <message>
            <source>%1 : ce n’est pas une clé publique de Briefings</source>
            <translation>%1: not a Briefings public key</translation>
        </message>
        <message>
            <source>%1 : ce n’est pas une clé privée de Briefings</source>
            <translation>%1: not a Briefings private key</translation>
        </message>
        <message>
            <source>%1 : impossible d’ajouter la clé (%2)</source>
            <translation>%1: cannot add the key (%2)</translation>
        </message>
    </context>
    <context>
        <name>core.packs.manifest</name>
        <message>
            <source>%1 : champ « %2 » manquant ou vide</source>
            <translation>%1: “%2” field missing or empty</translation>
        </message>
        <message>
            <source>identifiant de paquet « %1 » invalide (minuscules, chiffres, points et tirets, 64 caractères au plus)</source>
            <translation>invalid pack ID “%1” (lower-case letters, digits, dots and hyphens, 64 characters at most)</translation>
        </message>
        <message>
            <source>%1 illisible (%2)</source>
            <translation>%1 unreadable (%2)</translation>
        </message>
        <message>
            <source>%1 : un objet JSON est attendu</source>
            <translation>%1: a JSON object is expected</translation>
        </message>
        <message>
            <source>%1 : format %2 inconnu (attendu %3)</source>
            <translation>%1: unknown format %2 (expected %3)</translation>
        </message>
        <message>
            <source>%1 : « version » doit être un nombre entier à partir de 1</source>
            <translation>%1: “version” must be a whole number, 1 or more</translation>
        </message>
        <message>
            <source>%1 : « date » doit s’écrire AAAA-MM-JJ (%2)</source>
            <translation>%1: “date” must be written YYYY-MM-DD (%2)</translation>
        </message>
        <message>
            <source>%1 : « key » n’est pas une clé publique Ed25519</source>
            <translation>%1: “key” is not an Ed25519 public key</translation>
        </message>
        <message>
            <source>%1 : « files » doit être une liste</source>
            <translation>%1: “files” must be a list</translation>
        </message>
        <message>
            <source>%1 : une entrée de « files » n’est pas un objet</source>
            <translation>%1: an entry in “files” is not an object</translation>
        </message>
        <message>
            <source>%1 : entrée de fichier invalide (%2)</source>
            <translation>%1: invalid file entry (%2)</translation>
        </message>
        <message>
            <source>%1 : taille invalide pour %2</source>
            <translation>%1: invalid size for %2</translation>
        </message>
    </context>
    <context>
        <name>core.packs.origins</name>
        <message>
            <source>Mes documents</source>
            <translation>My documents</translation>
        </message>
    </context>
    <context>
        <name>core.packs.receive</name>
        <message>
            <source>« %1 » n’est pas signé : rien ne prouve qu’il vient de « %2 », ni que son contenu est celui de l’éditeur. Ses briefings seront marqués « non vérifié ».</source>
            <translation>“%1” is not signed: nothing proves that it comes from “%2”, or that its content is the publisher’s own. Its briefings will be marked “unverified”.</translation>
        </message>
        <message>
            <source>« %1 » est signé par une clé qui n’est pas parmi les éditeurs de confiance : rien ne prouve qu’il vient de « %2 », ni que son contenu est celui de l’éditeur. Ses briefings seront marqués « non vérifié ».</source>
            <translation>“%1” is signed with a key that is not one of your trusted publishers: nothing proves that it comes from “%2”, or that its content is the publisher’s own. Its briefings will be marked “unverified”.</translation>
        </message>
        <message>
            <source>%1 : s’importent les paquets .briefings, les fichiers .md et les documents Word .docx</source>
            <translation>%1: only .briefings packs, .md files and Word .docx documents can be imported</translation>
        </message>
        <message>
            <source>%1 : %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>%1 nouveau(x), %2 mis à jour, %3 inchangé(s), %4 retiré(s)</source>
            <translation>%1 new, %2 updated, %3 unchanged, %4 removed</translation>
        </message>
        <message>
            <source>%1 nouveau(x), %2 mis à jour, %3 inchangé(s)</source>
            <translation>%1 new, %2 updated, %3 unchanged</translation>
        </message>
    </context>
    <context>
        <name>core.search.build</name>
        <message>
            <source>arrêté sans résultat</source>
            <translation>stopped without a result</translation>
        </message>
        <message>
            <source>le second processus d’indexation a échoué : %1</source>
            <translation>the separate indexing process failed: %1</translation>
        </message>
    </context>
    <context>
        <name>core.search.folder</name>
        <message>
            <source>disque plein</source>
            <translation>disk full</translation>
        </message>
        <message>
            <source>dossier en lecture seule</source>
            <translation>folder is read-only</translation>
        </message>
        <message>
            <source>écriture impossible (%1)</source>
            <translation>cannot write (%1)</translation>
        </message>
    </context>
    <context>
        <name>core.search.index</name>
        <message>
            <source>index illisible (%1)</source>
            <translation>search index unreadable (%1)</translation>
        </message>
        <message>
            <source>index de recherche impossible à écrire : %1</source>
            <translation>search index could not be written: %1</translation>
        </message>
        <message>
            <source>lecture impossible (%1)</source>
            <translation>cannot read (%1)</translation>
        </message>
    </context>
    <context>
        <name>core.search.integrity</name>
        <message>
            <source>fichier d’index manquant (%1)</source>
            <translation>search index file missing (%1)</translation>
        </message>
        <message>
            <source>fichier d’index endommagé (%1)</source>
            <translation>search index file damaged (%1)</translation>
        </message>
        <message>
            <source>longueurs du champ %1 endommagées</source>
            <translation>lengths of field %1 damaged</translation>
        </message>
        <message>
            <source>champs enregistrés manquants</source>
            <translation>stored fields missing</translation>
        </message>
        <message>
            <source>fichier des occurrences endommagé</source>
            <translation>word-occurrence file damaged</translation>
        </message>
    </context>
    <context>
        <name>core.search.manifest</name>
        <message>
            <source>manifeste %1</source>
            <translation>manifest %1</translation>
        </message>
        <message>
            <source>manifeste illisible (contenu inattendu)</source>
            <translation>manifest unreadable (unexpected content)</translation>
        </message>
    </context>
    <context>
        <name>printing.pdf</name>
        <message>
            <source>%1 : le dossier %2 n’existe pas</source>
            <translation>%1: the folder %2 does not exist</translation>
        </message>
        <message>
            <source>%1 : impossible d’écrire</source>
            <translation>%1: cannot write</translation>
        </message>
        <message>
            <source>%1 : impossible d’écrire (%2)</source>
            <translation>%1: cannot write (%2)</translation>
        </message>
    </context>
</TS>
