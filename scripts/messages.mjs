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
  // (end of bookmarks import)

  // Library search.
  // (end of library search)

  // Bulk curation; the tags and categories managers.
  // (end of bulk curation; the tags and categories managers)

  // Durability: storage persistence and usage.
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
  // (end of publishing into the blog)

  // Popup.
  // (end of popup)
};
