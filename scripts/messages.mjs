// Every UI string, English and French side by side. `$1`, `$2` are
// substitutions (chrome.i18n.getMessage). Generated into public/_locales/.
export const messages = {
  extName: { en: 'Veille', fr: 'Veille' },
  extDescription: {
    en: 'Capture links worth sharing while you read, and publish them as a monthly post.',
    fr: 'Capturez les liens à partager pendant vos lectures et publiez-les en un billet mensuel.',
  },
  actionTitle: { en: 'Add to veille', fr: 'Ajouter à la veille' },
  commandCapture: { en: 'Add this page to veille', fr: 'Ajouter cette page à la veille' },
  contextMenuAdd: { en: 'Add to veille', fr: 'Ajouter à la veille' },
  contextMenuAddLink: { en: 'Add link to veille', fr: 'Ajouter le lien à la veille' },
  contextMenuAddSelection: {
    en: 'Add to veille with this quote',
    fr: 'Ajouter à la veille avec cette citation',
  },
  openLibrary: { en: 'Library & export', fr: 'Bibliothèque et export' },
  loading: { en: 'Loading…', fr: 'Chargement…' },
  captureTitle: { en: 'Add to veille', fr: 'Ajouter à la veille' },
  editTitle: { en: 'Edit entry', fr: 'Modifier l’entrée' },
  alreadyCaptured: {
    en: 'Already in your veille: captured on $1, for $2.',
    fr: 'Déjà dans votre veille : capturée le $1, pour $2.',
  },
  draftRestored: {
    en: 'Your unsaved changes were restored.',
    fr: 'Vos modifications non enregistrées ont été restaurées.',
  },
  discardDraft: { en: 'Discard them', fr: 'Les abandonner' },
  fieldTitle: { en: 'Title', fr: 'Titre' },
  fieldUrl: { en: 'URL', fr: 'URL' },
  fieldNote: { en: 'Note', fr: 'Note' },
  noteHint: {
    en: 'Your commentary, in Markdown. It is published as you write it.',
    fr: 'Votre commentaire, en Markdown. Il est publié tel quel.',
  },
  fieldTags: { en: 'Tags', fr: 'Tags' },
  tagsHint: {
    en: 'Enter or comma adds a tag; tags may contain spaces.',
    fr: 'Entrée ou virgule ajoute un tag ; un tag peut contenir des espaces.',
  },
  tagsChosen: { en: 'Chosen tags', fr: 'Tags choisis' },
  tagSuggestions: { en: 'Tag suggestions', fr: 'Suggestions de tags' },
  removeTag: { en: 'Remove tag $1', fr: 'Retirer le tag $1' },
  fieldCategory: { en: 'Category', fr: 'Catégorie' },
  fieldMonth: { en: 'Month', fr: 'Mois' },
  monthOther: { en: 'Other month…', fr: 'Autre mois…' },
  monthOtherField: { en: 'Other month', fr: 'Autre mois' },
  monthOtherPlaceholder: { en: 'YYYY-MM', fr: 'AAAA-MM' },
  monthOtherInvalid: {
    en: 'Not a month: type it as YYYY-MM (for example 2019-03), from January 1990 to $1.',
    fr: 'Ce n’est pas un mois : saisissez-le au format AAAA-MM (par exemple 2019-03), de janvier 1990 à $1.',
  },
  save: { en: 'Save', fr: 'Enregistrer' },
  delete: { en: 'Delete', fr: 'Supprimer' },
  undo: { en: 'Undo', fr: 'Annuler' },
  saveShortcutHint: { en: 'Ctrl+Enter saves', fr: 'Ctrl+Entrée enregistre' },
  statusSaved: { en: 'Saved.', fr: 'Enregistré.' },
  statusUpdated: { en: 'Entry updated.', fr: 'Entrée mise à jour.' },
  statusDeleted: { en: 'Entry deleted.', fr: 'Entrée supprimée.' },
  blockedNotWebPage: {
    en: 'Veille captures web pages only (http or https). This page is a “$1” page, which cannot be shared as a link.',
    fr: 'Veille ne capture que des pages web (http ou https). Cette page est une page « $1 », qu’on ne peut pas partager comme lien.',
  },
  blockedHiddenUrl: {
    en: 'Veille captures web pages only (http or https). This is a browser page (new tab, settings, extension store…), which cannot be shared as a link.',
    fr: 'Veille ne capture que des pages web (http ou https). Ceci est une page du navigateur (nouvel onglet, réglages, boutique d’extensions…), qu’on ne peut pas partager comme lien.',
  },
  blockedInvalidUrl: {
    en: 'This page’s address is not a valid web address.',
    fr: 'L’adresse de cette page n’est pas une adresse web valide.',
  },
  blockedNoTab: {
    en: 'The page could not be read: it may have closed or still be loading.',
    fr: 'La page n’a pas pu être lue : elle s’est peut-être fermée ou charge encore.',
  },
  blockedEntryGone: {
    en: 'This entry no longer exists: it was deleted.',
    fr: 'Cette entrée n’existe plus : elle a été supprimée.',
  },
  blockedStoreUnavailable: {
    en: 'Veille’s database could not be opened (is the disk full, or is the profile read-only?).',
    fr: 'La base de données de Veille n’a pas pu être ouverte (disque plein, ou profil en lecture seule ?).',
  },
  blockedNothingSaved: { en: 'Nothing was saved.', fr: 'Rien n’a été enregistré.' },
  errorInvalidUrl: {
    en: 'The URL must be a web address starting with http:// or https://. Nothing was saved.',
    fr: 'L’URL doit être une adresse web commençant par http:// ou https://. Rien n’a été enregistré.',
  },
  errorInvalidMonth: {
    en: 'Choose a month. Nothing was saved.',
    fr: 'Choisissez un mois. Rien n’a été enregistré.',
  },
  errorDiskFull: {
    en: 'The disk is full: nothing was saved. Free some space and save again; your text is kept.',
    fr: 'Le disque est plein : rien n’a été enregistré. Libérez de la place et enregistrez à nouveau ; votre texte est conservé.',
  },
  errorDuplicateUrl: {
    en: 'Another entry already has this URL. Nothing was saved.',
    fr: 'Une autre entrée a déjà cette URL. Rien n’a été enregistré.',
  },
  errorNotFound: {
    en: 'This entry was deleted meanwhile. Nothing was saved.',
    fr: 'Cette entrée a été supprimée entre-temps. Rien n’a été enregistré.',
  },
  readFailed: {
    en: 'Veille could not read its database. Close other Veille windows and reload this page; nothing was changed.',
    fr: 'Veille n’a pas pu lire sa base de données. Fermez les autres fenêtres de Veille et rechargez cette page ; rien n’a été modifié.',
  },
  monthTextSaveFailed: {
    en: 'The month’s text could not be saved. It is kept on this page: it will be saved with your next change.',
    fr: 'Le texte du mois n’a pas pu être enregistré. Il est conservé sur cette page : il sera enregistré à votre prochaine modification.',
  },
  conflictChangedElsewhere: {
    en: 'This entry was changed elsewhere since you opened it. Nothing was saved; your text is kept. Stored now:',
    fr: 'Cette entrée a été modifiée ailleurs depuis son ouverture. Rien n’a été enregistré ; votre texte est conservé. Enregistré à présent :',
  },
  errorNeedsUpgrade: {
    en: 'Veille must finish updating its database: open Library & export once. Nothing was saved; your text is kept.',
    fr: 'Veille doit terminer la mise à jour de sa base : ouvrez une fois Bibliothèque et export. Rien n’a été enregistré ; votre texte est conservé.',
  },
  errorUnknownVersion: {
    en: 'This database was written by a newer version of Veille: update Veille. Nothing was saved.',
    fr: 'Cette base a été écrite par une version plus récente de Veille : mettez Veille à jour. Rien n’a été enregistré.',
  },
  errorUnknown: {
    en: 'Saving failed; nothing was saved. Your text is kept: try again.',
    fr: 'L’enregistrement a échoué ; rien n’a été enregistré. Votre texte est conservé : réessayez.',
  },
  sections: { en: 'Sections', fr: 'Rubriques' },
  view_entries: { en: 'Entries', fr: 'Entrées' },
  view_export: { en: 'Export', fr: 'Export' },
  view_settings: { en: 'Settings', fr: 'Réglages' },
  monthAlreadyPublished: {
    en: 'This month’s post is already published: the entry will be flagged as new since publication.',
    fr: 'Le billet de ce mois est déjà publié : l’entrée sera signalée comme nouvelle depuis la publication.',
  },
  monthPublished: { en: '$1 (published)', fr: '$1 (publié)' },
  noEntries: {
    en: 'No entries this month yet. Click the Veille button on a page worth sharing.',
    fr: 'Aucune entrée ce mois-ci. Cliquez sur le bouton Veille sur une page à partager.',
  },
  entriesCount: { en: 'Entries: $1', fr: 'Entrées : $1' },
  entriesList: { en: 'Entries of the month', fr: 'Entrées du mois' },
  edit: { en: 'Edit', fr: 'Modifier' },
  editEntry: { en: 'Edit “$1”', fr: 'Modifier « $1 »' },
  shortcutHeading: { en: 'Keyboard shortcut', fr: 'Raccourci clavier' },
  shortcutIs: {
    en: 'Press $1 on any page to capture it.',
    fr: 'Appuyez sur $1 sur une page pour la capturer.',
  },
  shortcutNone: {
    en: 'No shortcut is set to capture a page.',
    fr: 'Aucun raccourci n’est défini pour capturer une page.',
  },
  shortcutChange: { en: 'Change it in the browser', fr: 'Le changer dans le navigateur' },
  search: { en: 'Search', fr: 'Rechercher' },
  searchPlaceholder: {
    en: 'Words or #tag, in every month',
    fr: 'Des mots ou #tag, dans tous les mois',
  },
  searchResults: { en: 'Found: $1', fr: 'Trouvées : $1' },
  searchNothing: {
    en: 'No entry matches, in any month.',
    fr: 'Aucune entrée ne correspond, quel que soit le mois.',
  },
  newEntry: { en: 'New since publication', fr: 'Nouveau depuis la publication' },
  moveEntryUp: { en: 'Move “$1” up', fr: 'Monter « $1 »' },
  moveEntryDown: { en: 'Move “$1” down', fr: 'Descendre « $1 »' },
  deleteEntry: { en: 'Delete “$1”', fr: 'Supprimer « $1 »' },
  settingSeries: { en: 'Series name', fr: 'Nom de la série' },
  settingPostLanguage: { en: 'Post language', fr: 'Langue du billet' },
  settingTimeZone: { en: 'Time zone', fr: 'Fuseau horaire' },
  settingTimeZoneBrowser: { en: 'This browser’s ($1)', fr: 'Celui du navigateur ($1)' },
  settingTimeZoneHint: {
    en: 'Type to search, for example Paris or New York. Left empty: this browser’s time zone, $1.',
    fr: 'Tapez pour chercher, par exemple Paris ou New York. Laissé vide : le fuseau du navigateur, $1.',
  },
  settingTimeZoneInvalid: {
    en: '“$1” is not a time zone: choose one from the list, or leave the field empty for this browser’s.',
    fr: '« $1 » n’est pas un fuseau horaire : choisissez-en un dans la liste, ou laissez le champ vide pour celui du navigateur.',
  },
  settingFallback: {
    en: 'Section for entries without a category',
    fr: 'Rubrique des entrées sans catégorie',
  },
  saveSettings: { en: 'Save settings', fr: 'Enregistrer les réglages' },
  settingsSaved: { en: 'Settings saved.', fr: 'Réglages enregistrés.' },
  settingsFailed: {
    en: 'The settings could not be saved.',
    fr: 'Les réglages n’ont pas pu être enregistrés.',
  },
  importHeading: { en: 'Import past posts', fr: 'Importer des billets passés' },
  importPosts: { en: 'Import posts', fr: 'Importer des billets' },
  importHint: {
    en: 'Markdown roundups in the post format (front matter, sections, bullets of links): each becomes its month’s entries and text, marked as published. Nothing is written before you confirm.',
    fr: 'Des revues en Markdown au format du billet (front matter, sections, puces de liens) : chacune devient les entrées et le texte de son mois, marqué publié. Rien n’est écrit avant votre confirmation.',
  },
  importReading: { en: 'Reading the files…', fr: 'Lecture des fichiers…' },
  importSummary: {
    en: '$1 month(s): $2 new entries, $3 merged with stored ones, $4 already there.',
    fr: '$1 mois : $2 nouvelles entrées, $3 fusionnées avec des entrées existantes, $4 déjà présentes.',
  },
  importMonth: { en: '$1 — $2 entries from $3', fr: '$1 — $2 entrées depuis $3' },
  importNewTags: { en: 'New tags: $1', fr: 'Nouveaux tags : $1' },
  importConflictsHeading: {
    en: 'Kept as stored (the file says otherwise)',
    fr: 'Gardé tel qu’enregistré (le fichier dit autre chose)',
  },
  importConflict: {
    en: '$1, line $2: $3 of $4 — stored “$5”, in the file “$6”',
    fr: '$1, ligne $2 : $3 de $4 — enregistré « $5 », dans le fichier « $6 »',
  },
  importRefusedHeading: { en: 'Left out', fr: 'Laissé de côté' },
  importRefusedLine: { en: '$1, line $2: $3', fr: '$1, ligne $2 : $3' },
  importConfirm: { en: 'Import', fr: 'Importer' },
  importNothing: {
    en: 'Nothing to import: no file holds a post Veille can read.',
    fr: 'Rien à importer : aucun fichier ne contient un billet lisible par Veille.',
  },
  importDone: {
    en: 'Imported: $1 new entries, $2 merged, in $3 month(s).',
    fr: 'Importé : $1 nouvelles entrées, $2 fusionnées, dans $3 mois.',
  },
  importFailed: {
    en: 'The import could not be written: nothing was changed.',
    fr: 'L’import n’a pas pu être écrit : rien n’a été modifié.',
  },
  importUnreadable: {
    en: 'A file could not be read: $1.',
    fr: 'Un fichier n’a pas pu être lu : $1.',
  },
  importProblem_no_front_matter: {
    en: 'no front matter (--- title, date --- at the top)',
    fr: 'pas de front matter (--- title, date --- en tête)',
  },
  importProblem_bad_front_matter: {
    en: 'the front matter is not valid YAML',
    fr: 'le front matter n’est pas du YAML valide',
  },
  importProblem_bad_date: {
    en: 'the date “$1” is not a calendar date',
    fr: 'la date « $1 » n’est pas une date du calendrier',
  },
  importProblem_no_month: {
    en: 'neither the title nor the date says which month it is',
    fr: 'ni le titre ni la date ne disent de quel mois il s’agit',
  },
  importProblem_no_sections: {
    en: 'no “## Section” with bullets of links',
    fr: 'aucune « ## Section » avec des puces de liens',
  },
  importProblem_html: {
    en: 'HTML where the post format has Markdown',
    fr: 'du HTML là où le format du billet a du Markdown',
  },
  importProblem_no_link: {
    en: 'a bullet that does not start with a link',
    fr: 'une puce qui ne commence pas par un lien',
  },
  importProblem_unbalanced_url: {
    en: 'the parentheses of the URL “$1” do not balance',
    fr: 'les parenthèses de l’URL « $1 » ne sont pas équilibrées',
  },
  importProblem_unsupported_scheme: {
    en: 'a “$1” link: only http(s) links are imported',
    fr: 'un lien « $1 » : seuls les liens http(s) sont importés',
  },
  importProblem_invalid_url: { en: 'the URL “$1” does not parse', fr: 'l’URL « $1 » est invalide' },
  importProblem_empty_section: {
    en: 'the section “$1” has no bullets of links',
    fr: 'la section « $1 » n’a pas de puces de liens',
  },
  importProblem_stray_text: {
    en: 'text after a section’s bullets',
    fr: 'du texte après les puces d’une section',
  },
  backupHeading: { en: 'Backup', fr: 'Sauvegarde' },
  backupHint: {
    en: 'Your entries are kept in this browser only: uninstalling Veille erases them. Download a backup from time to time. Restoring one merges it with what is here: for each entry, the version updated last wins.',
    fr: 'Vos entrées ne sont gardées que dans ce navigateur : désinstaller Veille les efface. Téléchargez une sauvegarde de temps en temps. En restaurer une la fusionne avec ce qui est ici : pour chaque entrée, la version modifiée en dernier l’emporte.',
  },
  backupDownload: { en: 'Download backup', fr: 'Télécharger une sauvegarde' },
  backupDownloadFailed: {
    en: 'The backup could not be made: the database could not be read.',
    fr: 'La sauvegarde n’a pas pu être faite : la base de données n’a pas pu être lue.',
  },
  backupRestore: { en: 'Restore from a backup', fr: 'Restaurer une sauvegarde' },
  backupRestoring: { en: 'Restoring…', fr: 'Restauration…' },
  backupRestored: {
    en: 'Restored: $1 added, $2 updated, $3 unchanged.',
    fr: 'Sauvegarde restaurée. Entrées ajoutées : $1, mises à jour : $2, inchangées : $3.',
  },
  backupRestoredDeleted: {
    en: 'Deleted, as the backup deleted them after their last edit here: $1.',
    fr: 'Supprimées, car la sauvegarde les a supprimées après leur dernière modification ici : $1.',
  },
  backupRestoredMonths: {
    en: 'Month texts added: $1, updated: $2.',
    fr: 'Textes de mois ajoutés : $1, mis à jour : $2.',
  },
  backupKeptDeleted: {
    en: 'Entries of the backup that you deleted here after it was made stay deleted: $1.',
    fr: 'Les entrées de la sauvegarde que vous avez supprimées ici après elle restent supprimées : $1.',
  },
  backupRevive: { en: 'Bring them back', fr: 'Les rétablir' },
  backupNothingChanged: { en: 'Nothing was changed.', fr: 'Rien n’a été modifié.' },
  backupUnreadable: { en: 'The file could not be read.', fr: 'Le fichier n’a pas pu être lu.' },
  backupNotJson: {
    en: 'This file is not a Veille backup: it is not JSON.',
    fr: 'Ce fichier n’est pas une sauvegarde Veille : ce n’est pas du JSON.',
  },
  backupNotABackup: {
    en: 'This file is not a Veille backup.',
    fr: 'Ce fichier n’est pas une sauvegarde Veille.',
  },
  backupNewerVersion: {
    en: 'This backup was made by a newer version of Veille (format $1): update Veille, then restore it.',
    fr: 'Cette sauvegarde a été faite par une version plus récente de Veille (format $1) : mettez Veille à jour, puis restaurez-la.',
  },
  backupTooLarge: {
    en: 'This file is too large for a Veille backup (at most $1 MB and $2 entries).',
    fr: 'Ce fichier est trop gros pour une sauvegarde Veille (au plus $1 Mo et $2 entrées).',
  },
  backupInvalidEntry: {
    en: 'Entry $1 of the backup is not valid: $2.',
    fr: 'L’entrée n° $1 de la sauvegarde n’est pas valide : $2.',
  },
  backupInvalidMonth: {
    en: 'Month record $1 of the backup is not valid: $2.',
    fr: 'Le mois n° $1 de la sauvegarde n’est pas valide : $2.',
  },
  backupFaultNotObject: { en: 'it is not an object', fr: 'ce n’est pas un objet' },
  backupFaultMissing: { en: 'the field “$1” is missing', fr: 'le champ « $1 » manque' },
  backupFaultWrongType: {
    en: 'the field “$1” has the wrong type',
    fr: 'le champ « $1 » n’est pas du bon type',
  },
  backupFaultInvalidValue: {
    en: 'the field “$1” has an invalid value',
    fr: 'le champ « $1 » a une valeur invalide',
  },
  backupFaultNotWebUrl: {
    en: 'its URL is not a web address (http or https)',
    fr: 'son URL n’est pas une adresse web (http ou https)',
  },
  backupFaultDuplicateId: {
    en: 'another record of the backup has the same id',
    fr: 'un autre enregistrement de la sauvegarde a le même identifiant',
  },
  backupFaultDuplicateUrl: {
    en: 'another entry of the backup has the same URL',
    fr: 'une autre entrée de la sauvegarde a la même URL',
  },
  backupDiskFull: { en: 'The disk is full.', fr: 'Le disque est plein.' },
  backupWriteFailed: {
    en: 'The database refused the restore.',
    fr: 'La base de données a refusé la restauration.',
  },
  fieldFormat: { en: 'Format', fr: 'Format' },
  customFormat: { en: 'My template', fr: 'Mon modèle' },
  exportNoEntries: {
    en: 'No entries in this month yet: the post only has its own text.',
    fr: 'Aucune entrée ce mois-ci : le billet n’a que son propre texte.',
  },
  skippedEntries: {
    en: '$1 entries are left out of the post: only http and https links are published.',
    fr: '$1 entrées sont laissées hors du billet : seuls les liens http et https sont publiés.',
  },
  monthTextLegend: { en: 'The month’s text (Markdown)', fr: 'Le texte du mois (Markdown)' },
  fieldPostTitle: { en: 'Post title', fr: 'Titre du billet' },
  fieldPublishDate: { en: 'Publication date', fr: 'Date de publication' },
  futureDateWarning: {
    en: 'This date is in the future: Hugo and Jekyll do not publish future posts by default.',
    fr: 'Cette date est dans le futur : Hugo et Jekyll ne publient pas les billets futurs par défaut.',
  },
  fieldIntro: { en: 'Intro', fr: 'Introduction' },
  fieldSectionIntro: { en: 'Intro of section $1', fr: 'Introduction de la rubrique $1' },
  fieldOutro: { en: 'Outro', fr: 'Conclusion' },
  templateLegend: { en: 'My template', fr: 'Mon modèle' },
  templateHint: {
    en: 'A Liquid template. The README lists its variables and filters. Start from a preset:',
    fr: 'Un modèle Liquid. Le README liste ses variables et filtres. Partir d’un modèle fourni :',
  },
  startFromPreset: { en: 'Start from $1', fr: 'Partir de $1' },
  fieldTemplate: { en: 'Template', fr: 'Modèle' },
  templateErrorAt: { en: 'Template error, line $1: $2', fr: 'Erreur du modèle, ligne $1 : $2' },
  templateSaveFailed: {
    en: 'The template could not be saved to sync storage (8 KB at most). It is used on this page until you close it.',
    fr: 'Le modèle n’a pas pu être enregistré dans le stockage synchronisé (8 Ko au plus). Il sert sur cette page jusqu’à sa fermeture.',
  },
  postHeading: { en: 'Your post', fr: 'Votre billet' },
  postTooLarge: {
    en: 'The post would be longer than 5,000,000 characters: the template was stopped. Check its loops.',
    fr: 'Le billet dépasserait 5 000 000 caractères : le modèle a été arrêté. Vérifiez ses boucles.',
  },
  renderTooSlow: {
    en: 'The post took longer than 2 seconds to render: the template was stopped. Check its loops.',
    fr: 'Le billet a mis plus de 2 secondes à se générer : le modèle a été arrêté. Vérifiez ses boucles.',
  },
  renderFailed: {
    en: 'The post could not be rendered. Reload the page to try again.',
    fr: 'Le billet n’a pas pu être généré. Rechargez la page pour réessayer.',
  },
  postUnavailable: {
    en: 'No post for this month to copy or download until the error above is fixed.',
    fr: 'Aucun billet de ce mois à copier ou télécharger tant que l’erreur ci-dessus n’est pas corrigée.',
  },
  fieldPost: { en: 'Post', fr: 'Billet' },
  preview: { en: 'Preview', fr: 'Aperçu' },
  copy: { en: 'Copy', fr: 'Copier' },
  copied: { en: 'Copied to the clipboard.', fr: 'Copié dans le presse-papiers.' },
  copyFailed: {
    en: 'Copying failed: select the text of the post and copy it by hand.',
    fr: 'La copie a échoué : sélectionnez le texte du billet et copiez-le à la main.',
  },
  download: { en: 'Download', fr: 'Télécharger' },
  downloaded: { en: 'Downloading $1.', fr: 'Téléchargement de $1.' },
  publishedOn: { en: 'Published on $1.', fr: 'Publié le $1.' },
  newSincePublication: {
    en: '$1 entries were added since.',
    fr: '$1 entrées ont été ajoutées depuis.',
  },
  markPublished: { en: 'Mark as published', fr: 'Marquer comme publié' },
  markPublishedAgain: { en: 'Mark as published again', fr: 'Marquer à nouveau comme publié' },
  moveSectionUp: { en: 'Move section $1 up', fr: 'Monter la rubrique $1' },
  moveSectionDown: { en: 'Move section $1 down', fr: 'Descendre la rubrique $1' },
  resetSectionOrder: {
    en: 'Back to alphabetical order of sections',
    fr: 'Revenir à l’ordre alphabétique des rubriques',
  },
  menuNotWebPage: {
    en: 'Veille: only web pages (http or https) can be captured. Nothing was saved.',
    fr: 'Veille : seules les pages web (http ou https) peuvent être capturées. Rien n’a été enregistré.',
  },
  menuSaveFailed: {
    en: 'Veille: saving failed (is the disk full?). Nothing was saved.',
    fr: 'Veille : l’enregistrement a échoué (disque plein ?). Rien n’a été enregistré.',
  },
  // Bookmarks import.
  importBookmarksHeading: { en: 'Import from bookmarks', fr: 'Importer depuis des favoris' },
  importBookmarks: { en: 'Import bookmarks', fr: 'Importer des favoris' },
  importBookmarksHint: {
    en: 'A bookmarks file exported by a browser, Raindrop, Pinboard or linkding (HTML), or a Pocket export (CSV): each bookmark becomes an entry of the month it was added in, its folder the category, its tags and description kept. A link already here stays one entry. Nothing is written before you confirm.',
    fr: 'Un fichier de favoris exporté par un navigateur, Raindrop, Pinboard ou linkding (HTML), ou un export Pocket (CSV) : chaque favori devient une entrée du mois où il a été ajouté, son dossier la catégorie, ses tags et sa description conservés. Un lien déjà présent reste une seule entrée. Rien n’est écrit avant votre confirmation.',
  },
  importBookmarksSummary: {
    en: '$1 bookmarks: $2 new entries, $3 merged with stored ones, $4 already there.',
    fr: '$1 favoris : $2 nouvelles entrées, $3 fusionnées avec des entrées existantes, $4 déjà présentes.',
  },
  importBookmarksDuplicates: {
    en: '$1 bookmarks repeat a link met before in these files: each link is one entry.',
    fr: '$1 favoris répètent un lien déjà vu dans ces fichiers : chaque lien est une seule entrée.',
  },
  importBookmarksMonth: { en: '$1 — $2 new entries', fr: '$1 — $2 nouvelles entrées' },
  importBookmarksNewCategories: { en: 'New categories: $1', fr: 'Nouvelles catégories : $1' },
  importBookmarksNothing: {
    en: 'Nothing to import: no file holds a bookmark Veille can read.',
    fr: 'Rien à importer : aucun fichier ne contient un favori lisible par Veille.',
  },
  importBookmarksDone: {
    en: 'Imported: $1 new entries, $2 merged.',
    fr: 'Importé : $1 nouvelles entrées, $2 fusionnées.',
  },
  importBookmarksWriting: {
    en: 'Importing $1 bookmarks…',
    fr: 'Import de $1 favoris…',
  },
  importBookmarksIssuesHeading: {
    en: 'Left out or changed',
    fr: 'Laissé de côté ou modifié',
  },
  importBookmarksAt_line: { en: '$1, line $2: $3', fr: '$1, ligne $2 : $3' },
  importBookmarksAt_record: { en: '$1, record $2: $3', fr: '$1, enregistrement $2 : $3' },
  importBookmarksAt_file: { en: '$1: $2', fr: '$1 : $2' },
  bookmarksProblem_empty_file: { en: 'the file is empty', fr: 'le fichier est vide' },
  bookmarksProblem_unknown_format: {
    en: 'neither a bookmarks file (HTML exported by a browser) nor a Pocket export (CSV)',
    fr: 'ni un fichier de favoris (HTML exporté par un navigateur) ni un export Pocket (CSV)',
  },
  bookmarksProblem_no_bookmarks: {
    en: 'no bookmark in this file',
    fr: 'aucun favori dans ce fichier',
  },
  importBookmarksMoreIssues: {
    en: '…and $1 more.',
    fr: '…et $1 de plus.',
  },
  bookmarksProblem_bad_header: {
    en: 'not a Pocket export: the first line must be “$1”',
    fr: 'pas un export Pocket : la première ligne doit être « $1 »',
  },
  bookmarksProblem_bad_record: {
    en: 'this record cannot be read ($1): left out',
    fr: 'cet enregistrement est illisible ($1) : laissé de côté',
  },
  bookmarksProblem_no_url: {
    en: 'a bookmark without an address: left out',
    fr: 'un favori sans adresse : laissé de côté',
  },
  bookmarksProblem_unsupported_scheme: {
    en: 'a “$1” link: only http(s) links are imported',
    fr: 'un lien « $1 » : seuls les liens http(s) sont importés',
  },
  bookmarksProblem_invalid_url: {
    en: 'the address “$1” does not parse: left out',
    fr: 'l’adresse « $1 » est invalide : laissée de côté',
  },
  bookmarksProblem_too_long: {
    en: 'an address too long to keep: left out',
    fr: 'une adresse trop longue pour être gardée : laissée de côté',
  },
  bookmarksProblem_bad_date: {
    en: 'the date “$1” is not a date: kept, dated at import',
    fr: 'la date « $1 » n’est pas une date : gardé, daté de l’import',
  },
  bookmarksProblem_no_date: {
    en: 'no date: kept, dated at import',
    fr: 'pas de date : gardé, daté de l’import',
  },
  // (end of bookmarks import)

  // Library search.
  searchSyntax: {
    en: 'Words, #tag, category:, month:2019-03, "a phrase"',
    fr: 'Des mots, #tag, category:, month:2019-03, "une phrase"',
  },
  searchFoundAtLeast: { en: 'Found: $1 or more', fr: 'Trouvées : $1 ou plus' },
  searchShowMore: { en: 'Show more', fr: 'Afficher plus' },
  monthShowAll: { en: 'Show all $1 entries', fr: 'Afficher les $1 entrées' },
  // (end of library search)

  // Bulk curation; the tags and categories managers.
  select: { en: 'Select', fr: 'Sélectionner' },
  selectAll: { en: 'Select all', fr: 'Tout sélectionner' },
  clearSelection: { en: 'Clear selection', fr: 'Tout désélectionner' },
  selectedCount: { en: 'Selected: $1', fr: 'Sélectionnées : $1' },
  bulkActions: { en: 'Selected entries', fr: 'Entrées sélectionnées' },
  bulkCategory: { en: 'Category for the selection', fr: 'Rubrique pour la sélection' },
  setCategory: { en: 'Set category', fr: 'Définir la rubrique' },
  bulkTag: { en: 'Tag for the selection', fr: 'Tag pour la sélection' },
  addTagBulk: { en: 'Add tag', fr: 'Ajouter le tag' },
  removeTagBulk: { en: 'Remove tag', fr: 'Retirer le tag' },
  bulkMonth: { en: 'Month for the selection (YYYY-MM)', fr: 'Mois pour la sélection (AAAA-MM)' },
  moveToMonth: { en: 'Move to month', fr: 'Déplacer vers le mois' },
  deleteSelected: { en: 'Delete selected', fr: 'Supprimer la sélection' },
  bulkChanged: { en: 'Entries changed: $1.', fr: 'Entrées modifiées : $1.' },
  bulkDeleted: { en: 'Entries deleted: $1.', fr: 'Entrées supprimées : $1.' },
  bulkRestored: { en: 'Entries restored: $1.', fr: 'Entrées restaurées : $1.' },
  bulkNeedTag: { en: 'Type a tag first.', fr: 'Saisissez d’abord un tag.' },
  bulkBadMonth: {
    en: 'Type a month as YYYY-MM, for example 2019-03.',
    fr: 'Saisissez un mois sous la forme AAAA-MM, par exemple 2019-03.',
  },
  curationDiskFull: {
    en: 'The disk is full: nothing was changed. Free some space and try again.',
    fr: 'Le disque est plein : rien n’a été modifié. Libérez de la place et réessayez.',
  },
  curationFailed: {
    en: 'This change could not be saved: nothing was changed. Try again.',
    fr: 'Cette modification n’a pas pu être enregistrée : rien n’a été modifié. Réessayez.',
  },
  view_tags: { en: 'Tags', fr: 'Tags' },
  view_categories: { en: 'Categories', fr: 'Rubriques' },
  tagsHeading: { en: 'Tags', fr: 'Tags' },
  categoriesHeading: { en: 'Categories', fr: 'Rubriques' },
  nameColumn: { en: 'Name', fr: 'Nom' },
  entriesColumn: { en: 'Entries', fr: 'Entrées' },
  actionsColumn: { en: 'Actions', fr: 'Actions' },
  rename: { en: 'Rename', fr: 'Renommer' },
  newNameFor: { en: 'New name for “$1”', fr: 'Nouveau nom pour « $1 »' },
  cancelRename: { en: 'Cancel', fr: 'Annuler' },
  renameEmpty: { en: 'A name cannot be empty.', fr: 'Un nom ne peut pas être vide.' },
  renameSame: { en: 'That is already its name.', fr: 'C’est déjà son nom.' },
  mergeConfirm: {
    en: '“$1” already exists ($2 entries). Merge “$3” into it?',
    fr: '« $1 » existe déjà ($2 entrées). Fusionner « $3 » avec ?',
  },
  merge: { en: 'Merge', fr: 'Fusionner' },
  renamedOn: {
    en: '“$1” is now “$2” on $3 entries.',
    fr: '« $1 » est devenu « $2 » sur $3 entrées.',
  },
  noTags: { en: 'No tags yet.', fr: 'Aucun tag pour l’instant.' },
  noCategories: { en: 'No categories yet.', fr: 'Aucune rubrique pour l’instant.' },
  // (end of bulk curation; the tags and categories managers)

  // Archive at scale: long renames and bulk edits.
  renamingTo: {
    en: 'Renaming “$1” to “$2”…',
    fr: 'Renommage de « $1 » en « $2 »…',
  },
  bulkWorking: { en: 'Changing $1 entries…', fr: 'Modification de $1 entrées…' },
  // (end of archive at scale)

  // Durability: storage persistence and usage.
  storageHeading: { en: 'Storage', fr: 'Stockage' },
  storageUsed: { en: 'Storage used: $1', fr: 'Espace utilisé : $1' },
  storageUsedUnknown: {
    en: 'Storage used: this browser does not say.',
    fr: 'Espace utilisé : ce navigateur ne le dit pas.',
  },
  storagePersisted: {
    en: 'The browser keeps this data even when the disk runs low.',
    fr: 'Le navigateur conserve ces données même quand le disque se remplit.',
  },
  storageNotPersisted: {
    en: 'The browser may clear this data when the disk runs low: keep a backup.',
    fr: 'Le navigateur peut effacer ces données quand le disque se remplit : gardez une sauvegarde.',
  },
  // (end of durability: storage persistence and usage)

  // Sync through the author's server.
  syncTitle: { en: 'Sync', fr: 'Synchronisation' },
  syncIntro: {
    en: 'One veille in every browser, through a WebDAV folder of yours (Nextcloud, ownCloud, Synology, Apache…). Veille has no server of its own.',
    fr: 'Une seule veille dans tous vos navigateurs, via un dossier WebDAV à vous (Nextcloud, ownCloud, Synology, Apache…). Veille n’a pas de serveur à elle.',
  },
  syncServer: { en: 'Server address', fr: 'Adresse du serveur' },
  syncUser: { en: 'User name', fr: 'Nom d’utilisateur' },
  syncPassword: { en: 'Password', fr: 'Mot de passe' },
  syncPassphrase: { en: 'Passphrase', fr: 'Phrase secrète' },
  syncPassphraseHint: {
    en: 'Optional. With a passphrase, every file on the server is encrypted; every browser needs the same one, and it cannot be recovered.',
    fr: 'Facultative. Avec une phrase secrète, chaque fichier du serveur est chiffré ; chaque navigateur a besoin de la même, et elle ne peut pas être retrouvée.',
  },
  syncConnect: { en: 'Connect', fr: 'Connecter' },
  syncNow: { en: 'Sync now', fr: 'Synchroniser' },
  syncDisconnect: { en: 'Disconnect', fr: 'Déconnecter' },
  syncConnectedTo: { en: 'Connected to $1 as $2.', fr: 'Connectée à $1 en tant que $2.' },
  syncRunning: { en: 'Syncing…', fr: 'Synchronisation…' },
  syncDone: {
    en: 'Synced at $1: $2 received, $3 sent.',
    fr: 'Synchronisée à $1 : $2 reçus, $3 envoyés.',
  },
  syncNever: { en: 'Not synced yet.', fr: 'Pas encore synchronisée.' },
  syncAccessRefused: {
    en: 'Veille needs access to this server to sync: allow it when the browser asks.',
    fr: 'Veille a besoin d’accéder à ce serveur pour synchroniser : autorisez-le quand le navigateur le demande.',
  },
  syncBadAddress: {
    en: 'Type the folder’s full address, starting with https://',
    fr: 'Saisissez l’adresse complète du dossier, commençant par https://',
  },
  syncFailedAt: { en: 'Sync failed at $1: $2', fr: 'Échec de la synchronisation à $1 : $2' },
  syncErrorUnreachable: {
    en: 'the server does not answer (check the address and your connection). Nothing was lost; Veille will try again.',
    fr: 'le serveur ne répond pas (vérifiez l’adresse et votre connexion). Rien n’est perdu ; Veille réessaiera.',
  },
  syncErrorAuth: {
    en: 'wrong user name or password.',
    fr: 'nom d’utilisateur ou mot de passe incorrect.',
  },
  syncErrorForbidden: {
    en: 'this account may not write in that folder.',
    fr: 'ce compte ne peut pas écrire dans ce dossier.',
  },
  syncErrorNotFound: {
    en: 'no such folder on the server: check the address.',
    fr: 'ce dossier n’existe pas sur le serveur : vérifiez l’adresse.',
  },
  syncErrorLocked: {
    en: 'a file is locked on the server by another program; Veille will try again.',
    fr: 'un fichier est verrouillé sur le serveur par un autre programme ; Veille réessaiera.',
  },
  syncErrorQuota: {
    en: 'the server’s storage is full. Free some space, then sync again.',
    fr: 'l’espace du serveur est plein. Libérez de la place, puis synchronisez à nouveau.',
  },
  syncErrorBusy: {
    en: 'other browsers kept writing at the same time; Veille will try again.',
    fr: 'd’autres navigateurs écrivaient en même temps ; Veille réessaiera.',
  },
  syncErrorServer: {
    en: 'the server answered with an error ($1).',
    fr: 'le serveur a répondu par une erreur ($1).',
  },
  syncErrorNewerFormat: {
    en: 'the server’s files were written by a newer Veille: update this one.',
    fr: 'les fichiers du serveur ont été écrits par une version plus récente de Veille : mettez celle-ci à jour.',
  },
  syncErrorInvalidFile: {
    en: 'a file on the server is damaged or was edited by hand ($1). Nothing was changed here; restore or remove that file.',
    fr: 'un fichier du serveur est abîmé ou a été modifié à la main ($1). Rien n’a changé ici ; restaurez ou supprimez ce fichier.',
  },
  syncErrorPassphraseNeeded: {
    en: 'the server’s files are encrypted: type their passphrase.',
    fr: 'les fichiers du serveur sont chiffrés : saisissez leur phrase secrète.',
  },
  syncErrorWrongPassphrase: {
    en: 'this passphrase does not open the server’s files. Nothing was changed.',
    fr: 'cette phrase secrète n’ouvre pas les fichiers du serveur. Rien n’a changé.',
  },
  syncErrorLocal: {
    en: 'this browser could not write the changes ($1).',
    fr: 'ce navigateur n’a pas pu écrire les changements ($1).',
  },
  // (end of sync through the author's server)

  // Publishing into the blog.
  publishingHeading: { en: 'Publishing', fr: 'Publication' },
  publishingIntro: {
    en: 'Publish puts the month’s post into your blog’s git repository, on a branch of its own, ready for a pull request.',
    fr: 'Publier dépose le billet du mois dans le dépôt git de votre blog, sur une branche à lui, prêt pour une pull request.',
  },
  fieldRepository: { en: 'Repository address', fr: 'Adresse du dépôt' },
  fieldBranch: { en: 'Branch', fr: 'Branche' },
  fieldToken: { en: 'Token', fr: 'Jeton' },
  fieldPostsFolder: { en: 'Posts folder', fr: 'Dossier des billets' },
  repositoryHint: {
    en: 'The HTTPS address you clone the site with, e.g. https://github.com/you/blog.git',
    fr: 'L’adresse HTTPS avec laquelle vous clonez le site, par ex. https://github.com/vous/blog.git',
  },
  tokenHint: {
    en: 'A token that may push to the repository. It stays in this browser, in no backup or export.',
    fr: 'Un jeton autorisé à pousser dans le dépôt. Il reste dans ce navigateur, dans aucune sauvegarde ni aucun export.',
  },
  connectRepository: { en: 'Connect repository', fr: 'Connecter le dépôt' },
  connecting: { en: 'Checking the repository…', fr: 'Vérification du dépôt…' },
  connected: {
    en: 'Connected: Veille may push to this repository (branches: $1).',
    fr: 'Connecté : Veille peut pousser dans ce dépôt (branches : $1).',
  },
  repositoryEmpty: { en: 'Type the repository’s address.', fr: 'Saisissez l’adresse du dépôt.' },
  repositoryNotUrl: {
    en: 'This is not an address: type it whole, starting with https://',
    fr: 'Ce n’est pas une adresse : saisissez-la en entier, en commençant par https://',
  },
  repositoryNotHttps: {
    en: 'Veille publishes over HTTPS only: use the https:// address of the repository.',
    fr: 'Veille publie uniquement en HTTPS : utilisez l’adresse https:// du dépôt.',
  },
  repositoryCredentials: {
    en: 'Remove the user name and password from the address: the token goes in its own field.',
    fr: 'Retirez l’identifiant et le mot de passe de l’adresse : le jeton a son propre champ.',
  },
  branchInvalid: {
    en: '“$1” is not a branch name git accepts.',
    fr: '« $1 » n’est pas un nom de branche accepté par git.',
  },
  postsFolderInvalid: {
    en: 'The posts folder must be a path inside the site, such as content/posts.',
    fr: 'Le dossier des billets doit être un chemin dans le site, comme content/posts.',
  },
  tokenEmpty: { en: 'Paste a token that may push.', fr: 'Collez un jeton autorisé à pousser.' },
  hostAccessRefused: {
    en: 'Veille needs access to $1 to publish there: allow it when the browser asks.',
    fr: 'Veille a besoin d’accéder à $1 pour y publier : autorisez-le quand le navigateur le demande.',
  },
  publishingSaveFailed: {
    en: 'The publishing settings could not be saved.',
    fr: 'Les réglages de publication n’ont pas pu être enregistrés.',
  },
  publishFailedAuth: {
    en: 'The repository refused the token (401): check it, or make a new one.',
    fr: 'Le dépôt a refusé le jeton (401) : vérifiez-le ou créez-en un nouveau.',
  },
  publishFailedForbidden: {
    en: 'This token may not push to the repository (403): give it write access to the repository’s contents.',
    fr: 'Ce jeton n’est pas autorisé à pousser dans le dépôt (403) : donnez-lui l’accès en écriture au contenu du dépôt.',
  },
  publishFailedNotFound: {
    en: 'No repository at this address (or the token cannot see it).',
    fr: 'Aucun dépôt à cette adresse (ou le jeton ne peut pas le voir).',
  },
  publishFailedNoBranch: {
    en: 'The repository has no branch “$1”: type the site’s main branch.',
    fr: 'Le dépôt n’a pas de branche « $1 » : saisissez la branche principale du site.',
  },
  publishFailedRejected: {
    en: 'The repository refused the push (a protected branch?): $1. Nothing was changed there.',
    fr: 'Le dépôt a refusé l’envoi (une branche protégée ?) : $1. Rien n’y a été modifié.',
  },
  publishFailedMoved: {
    en: 'The branch changed on the server while Veille was publishing: nothing was pushed. Publish again to add the post on top of it.',
    fr: 'La branche a changé sur le serveur pendant la publication : rien n’a été envoyé. Publiez à nouveau pour ajouter le billet par-dessus.',
  },
  publishFailedNetwork: {
    en: 'The repository could not be reached: check the address and your connection.',
    fr: 'Le dépôt est injoignable : vérifiez l’adresse et votre connexion.',
  },
  publishFailedNotSite: {
    en: 'This repository holds no Hugo or Jekyll site (no hugo.toml, config.toml or _config.yml at its root): nothing was pushed.',
    fr: 'Ce dépôt ne contient pas de site Hugo ou Jekyll (ni hugo.toml, ni config.toml, ni _config.yml à sa racine) : rien n’a été envoyé.',
  },
  publishFailedUnknown: {
    en: 'Publishing failed: $1. Nothing was pushed; the post is still here.',
    fr: 'La publication a échoué : $1. Rien n’a été envoyé ; le billet est toujours là.',
  },
  publish: { en: 'Publish', fr: 'Publier' },
  publishing: { en: 'Publishing…', fr: 'Publication…' },
  publishNeedsSetup: {
    en: 'To publish into your blog’s repository, set it up in Settings → Publishing.',
    fr: 'Pour publier dans le dépôt de votre blog, configurez-le dans Réglages → Publication.',
  },
  publishedBranch: {
    en: 'Pushed branch $1 with $2.',
    fr: 'Branche $1 envoyée avec $2.',
  },
  publishedAgain: {
    en: 'Pushed a new commit to branch $1 ($2): $3 entries added, $4 removed, $5 lines changed since the last publish.',
    fr: 'Nouveau commit envoyé sur la branche $1 ($2) : $3 entrées ajoutées, $4 retirées, $5 lignes modifiées depuis la dernière publication.',
  },
  publishedUnchanged: {
    en: 'Branch $1 already holds this post ($2): nothing to push.',
    fr: 'La branche $1 contient déjà ce billet ($2) : rien à envoyer.',
  },
  openPullRequest: { en: 'Open the pull request', fr: 'Ouvrir la pull request' },
  pullRequestByHand: {
    en: 'Open a pull request from $1 into $2 on your repository’s site.',
    fr: 'Ouvrez une pull request de $1 vers $2 sur le site de votre dépôt.',
  },
  publishedTo: {
    en: 'Last published to branch $1, file $2 (commit $3), on $4.',
    fr: 'Dernière publication sur la branche $1, fichier $2 (commit $3), le $4.',
  },
  monthPublishedTo: {
    en: 'Published on $1 to branch $2 ($3).',
    fr: 'Publié le $1 sur la branche $2 ($3).',
  },
  fieldDraft: { en: 'Draft', fr: 'Brouillon' },
  draftHint: {
    en: 'Publish it as a draft for review (draft: true for Hugo, published: false for Jekyll).',
    fr: 'Le publier comme brouillon à relire (draft: true pour Hugo, published: false pour Jekyll).',
  },
  siteNoTagPages: {
    en: 'Note: this site makes no tag pages, so the post’s tags will only be in its front matter.',
    fr: 'Remarque : ce site ne fait pas de pages d’étiquettes, les étiquettes du billet resteront dans son en-tête.',
  },
  siteFutureDate: {
    en: 'Note: the post is dated $1, a day that has not come yet in the site’s time zone ($2): the site will not build it until then.',
    fr: 'Remarque : le billet est daté du $1, un jour pas encore arrivé dans le fuseau du site ($2) : le site ne le publiera pas avant.',
  },
  siteFolderHeading: { en: 'Site folder', fr: 'Dossier du site' },
  chooseSiteFolder: { en: 'Choose site folder', fr: 'Choisir le dossier du site' },
  publishToFolder: { en: 'Publish to site folder', fr: 'Publier dans le dossier du site' },
  siteFolderChosen: {
    en: 'Site folder “$1” ($2 site): posts go to $3.',
    fr: 'Dossier du site « $1 » (site $2) : les billets vont dans $3.',
  },
  siteFolderNotSite: {
    en: '“$1” holds no Hugo or Jekyll site (no hugo.toml, config.toml or _config.yml): choose the site’s own folder.',
    fr: '« $1 » ne contient pas de site Hugo ou Jekyll (ni hugo.toml, ni config.toml, ni _config.yml) : choisissez le dossier du site lui-même.',
  },
  siteFolderNoPermission: {
    en: 'Veille may not write in this folder: allow it when the browser asks, or choose the folder again.',
    fr: 'Veille n’a pas le droit d’écrire dans ce dossier : autorisez-le quand le navigateur le demande, ou choisissez à nouveau le dossier.',
  },
  siteFolderWritten: {
    en: 'Wrote $1 in the site folder.',
    fr: '$1 écrit dans le dossier du site.',
  },
  siteFolderUnchanged: {
    en: '$1 already holds this post: nothing to write.',
    fr: '$1 contient déjà ce billet : rien à écrire.',
  },
  siteFolderConflict: {
    en: '$1 already exists and differs from this post (changes below: − in the file, + in this post). Replace it?',
    fr: '$1 existe déjà et diffère de ce billet (différences ci-dessous : − dans le fichier, + dans ce billet). Le remplacer ?',
  },
  siteFolderDiff: { en: 'Changes to the file', fr: 'Modifications du fichier' },
  replaceFile: { en: 'Replace the file', fr: 'Remplacer le fichier' },
  keepFile: { en: 'Keep the file', fr: 'Garder le fichier' },
  siteFolderFailed: {
    en: 'The file could not be written ($1): nothing was changed in the folder, and the post is still here.',
    fr: 'Le fichier n’a pas pu être écrit ($1) : rien n’a changé dans le dossier, et le billet est toujours là.',
  },
  siteFolderReadOnly: {
    en: 'Veille may not write in the site folder ($1): it is read-only, or the browser withdrew access. Nothing was written; make the folder writable or choose it again.',
    fr: 'Veille ne peut pas écrire dans le dossier du site ($1) : il est en lecture seule, ou le navigateur a retiré l’accès. Rien n’a été écrit ; rendez le dossier modifiable ou choisissez-le à nouveau.',
  },
  siteFolderUnsupported: {
    en: 'This browser gives extensions no access to folders: Download saves the post with its file name, to put in the site’s posts folder.',
    fr: 'Ce navigateur ne donne pas accès aux dossiers aux extensions : Télécharger enregistre le billet avec son nom de fichier, à placer dans le dossier des billets du site.',
  },
  // (end of publishing into the blog)

  // Popup.
  // (end of popup)

  // Popup painted from the tab, refined by the page.
  alreadyCapturedWillAdd: {
    en: 'This page is already in your veille: captured on $1, for $2. What you typed is kept, and Save adds it to that entry.',
    fr: 'Cette page est déjà dans votre veille : capturée le $1, pour $2. Ce que vous avez saisi est gardé, et Enregistrer l’ajoute à cette entrée.',
  },
  // (end of popup painted from the tab, refined by the page)

  // Options views loaded on demand.
  viewLoadFailed: {
    en: 'This view could not be loaded. Reload the page to try again.',
    fr: 'Cette vue n’a pas pu être chargée. Rechargez la page pour réessayer.',
  },
  // (end of options views loaded on demand)

  // Background sync.
  syncAwaitingAccess: {
    en: 'Waiting for your answer to the browser’s request for access to this server…',
    fr: 'En attente de votre réponse au navigateur, qui demande l’accès à ce serveur…',
  },
  syncAccessUnanswered: {
    en: 'The browser’s request for access to this server got no answer: click Connect again and allow it.',
    fr: 'Le navigateur a demandé l’accès à ce serveur sans obtenir de réponse : cliquez à nouveau sur Connecter et autorisez-le.',
  },
  syncWhen: {
    en: 'Veille syncs in the background a few seconds after each change, when the browser starts and every five minutes, even with this page closed.',
    fr: 'Veille synchronise en arrière-plan quelques secondes après chaque modification, au démarrage du navigateur et toutes les cinq minutes, même cette page fermée.',
  },
  syncErrorBackground: {
    en: 'the sync in the background could not run to its end ($1). It is tried again at the next change or in a few minutes.',
    fr: 'la synchronisation en arrière-plan n’a pas pu aller à son terme ($1). Elle est retentée à la prochaine modification ou dans quelques minutes.',
  },
  // (end of background sync)
};
