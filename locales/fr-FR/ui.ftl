### Spearhead: ui.ftl in fr-FR, translated from en-US.
### Each message not translated yet is a comment block ending in `# untranslated: ID`:
### replace that line with `ID = your translation` and keep the comments above it
### (`# source:` is the text you translate, `# source-hash:` tells `spearhead locale
### status` which version of it you translated). `spearhead locale update fr-FR`
### brings in the story's changes.

## Title screen

# source-hash: 5c97f14e
# source: New Game
title-new-game = Nouvelle partie

# source-hash: d882786b
# source: Continue
title-continue = Continuer

# source-hash: f835cc69
# source: Load
title-load = Charger

# source-hash: 69b41ca3
# source: Settings
title-settings = Options

# source-hash: 5a1e84df
# source: Gallery
title-gallery = Galerie

# source-hash: c9bffc53
# source: Quit
title-quit = Quitter

# $version: the engine's version, such as 0.1.0
# source-hash: fedddbc1
# source: Version { $version }
title-version = Version { $version }

## Quick menu, shown under the text box

# source-hash: 8d47f7ac
# source: Back
quick-back = Retour

# source-hash: eef018b0
# source: History
quick-history = Historique

# source-hash: b8d924d0
# source: Skip
quick-skip = Passer

# source-hash: b8c84f7c
# source: Auto
quick-auto = Auto

# source-hash: beafd7e0
# source: Save
quick-save = Sauver

# source-hash: b2f83c06
# source: Load
quick-load = Charger

# source-hash: 6e4b56df
# source: Q.Save
quick-quick-save = Sauv. rapide

# source-hash: f55d4a61
# source: Q.Load
quick-quick-load = Charg. rapide

# source-hash: 87d602d8
# source: Settings
quick-settings = Options

# source-hash: 24301d5a
# source: Hide
quick-hide = Masquer

# source-hash: 776af31c
# source: Menu
quick-menu = Menu

## Game menu (opened with Escape or a right click)

# source-hash: 319ca619
# source: Menu
menu-title = Menu

# source-hash: 96db8846
# source: Return to the Story
menu-resume = Reprendre l’histoire

# source-hash: 47d1c9d8
# source: Save Game
menu-save = Sauvegarder

# source-hash: 27cbd42e
# source: Load Game
menu-load = Charger une partie

# source-hash: 3fbac2d6
# source: History
menu-history = Historique

# source-hash: 014d919e
# source: Settings
menu-settings = Options

# source-hash: 01988e8f
# source: Title Screen
menu-title-screen = Écran titre

# source-hash: b48b42fe
# source: Quit
menu-quit = Quitter

## Save and load

# source-hash: b122bf09
# source: Save
save-heading = Sauvegarder

# source-hash: c606e63b
# source: Load
load-heading = Charger

# $page: the page number, from 1
# source-hash: 2437ebc7
# source: Page { $page }
save-page = Page { $page }

# source-hash: fe33c004
# source: Auto
save-page-auto = Auto

# source-hash: 2a4b44f8
# source: Quick
save-page-quick = Rapide

# source-hash: e4eb3b7f
# source: Empty slot
save-empty-slot = Emplacement libre

# source-hash: d1087c3c
# source: Damaged
save-damaged = Endommagée

# Why a damaged slot cannot be loaded, shown under its date
# source-hash: b59881d8
# source: The file cannot be read.
save-damaged-unreadable = Le fichier est illisible.

# source-hash: 1216a3fc
# source: The file is too large.
save-damaged-too-large = Le fichier est trop volumineux.

# source-hash: 73d3f9fe
# source: Not a readable save.
save-damaged-corrupt = Ce n’est pas une sauvegarde lisible.

# source-hash: 069be955
# source: Made by a newer version.
save-damaged-newer = Faite avec une version plus récente.

# source-hash: 381862a5
# source: Made by an older version.
save-damaged-older = Faite avec une version plus ancienne.

# source-hash: 197cf5de
# source: Made by another story.
save-damaged-other-story = Faite avec une autre histoire.

# source-hash: 4d62ef8a
# source: The story has changed.
save-damaged-story-changed = L’histoire a changé depuis.

# $page: the page number, from 1; $pages: how many pages there are
# source-hash: 08069fe4
# source: Page { $page } of { $pages }
save-page-of = Page { $page } sur { $pages }

# $slot: the slot number
# source-hash: 9e4a0a08
# source: Slot { $slot }
save-slot = Emplacement { $slot }

# $date: when the game was saved, already formatted for the locale
# source-hash: 1fcf531b
# source: { $date }
save-slot-date = { $date }

# $chapter: the chapter title; $scene: the scene title
# source-hash: e3561734
# source: { $chapter } · { $scene }
save-slot-place = { $chapter } · { $scene }

# $count: how many saves there are
# source-hash: 794a454a
# source: 
# source:     { $count ->
# source:         [0] No saves yet
# source:         [one] One save
# source:        *[other] { $count } saves
# source:     }
save-count = { $count ->
    [0] Aucune sauvegarde
    [one] Une sauvegarde
   *[other] { $count } sauvegardes
}

# source-hash: 4557aaf5
# source: Game saved.
save-done = Partie sauvegardée.

# source-hash: 1de78d2b
# source: Quick save made.
save-quick-done = Sauvegarde rapide faite.

# source-hash: cae077b6
# source: The game could not be saved.
save-failed = La partie n’a pas pu être sauvegardée.

# source-hash: 6146eca1
# source: This save could not be loaded.
load-failed = Cette sauvegarde n’a pas pu être chargée.

# $version: the version of the story the save was made with
# source-hash: a150f38d
# source: This save was made with an older version of the story ({ $version }). Some text may have changed.
load-old-version = Cette sauvegarde a été faite avec une version plus ancienne de l’histoire ({ $version }). Certains textes ont pu changer.

# source-hash: f52fcdc7
# source: There is no quick save yet.
load-no-quick-save = Il n’y a pas encore de sauvegarde rapide.

## History (backlog)

# source-hash: 170ddfe7
# source: History
history-heading = Historique

# source-hash: 55224800
# source: Nothing has been said yet.
history-empty = Rien n’a encore été dit.

# source-hash: e8c776f9
# source: Narration
history-narration = Narration

# source-hash: 11b98152
# source: Jump back here
history-jump = Revenir ici

# source-hash: 131e6c89
# source: Close
history-close = Fermer

## Choices

# source-hash: 085c8f96
# source: Not available
choice-unavailable = Indisponible

# $condition: why the option is greyed out, such as "Bond with Shin 3 or more"
# source-hash: b527c411
# source: Requires: { $condition }
choice-requires = Condition : { $condition }

## Settings

# source-hash: 0fbadf91
# source: Settings
settings-heading = Options

# source-hash: 5f335284
# source: Display
settings-display = Affichage

# source-hash: c8c956c9
# source: Window mode
settings-window-mode = Mode d’affichage

# source-hash: c76a917c
# source: Fullscreen
settings-fullscreen = Plein écran

# source-hash: 405c717c
# source: Windowed
settings-windowed = Fenêtré

# source-hash: 57e1f694
# source: Text
settings-text = Texte

# source-hash: 4f04a82f
# source: Text speed
settings-text-speed = Vitesse du texte

# source-hash: 81a9d5fe
# source: Instant
settings-text-speed-instant = Instantané

# $speed: letters a second, a whole number
# source-hash: 383e6693
# source: { $speed } letters/s
settings-text-speed-value = { $speed } lettres/s

# source-hash: 43d63e9b
# source: Auto-forward delay
settings-auto-delay = Délai de l’avance auto

# $seconds: a number of seconds, such as 1.5
# source-hash: cc4dbc99
# source: { $seconds } s
settings-seconds = { $seconds } s

# source-hash: 29969efb
# source: Auto-forward speed
settings-auto-speed = Vitesse de l’avance auto

# source-hash: f110f060
# source: Text box opacity
settings-text-box-opacity = Opacité de la boîte de texte

# source-hash: 70f7bfcb
# source: Text size
settings-font-size = Taille du texte

# source-hash: 73bb4ba4
# source: Skip
settings-skip = Passer

# source-hash: 35509416
# source: Skip unread text
settings-skip-unread = Passer le texte non lu

# source-hash: f31cd68d
# source: All lines
settings-skip-all = Toutes les répliques

# source-hash: e4a44712
# source: Lines read before
settings-skip-read = Répliques déjà lues

# source-hash: 20b267ff
# source: Keep skipping after choices
settings-skip-after-choices = Continuer à passer après un choix

# source-hash: 752b04fc
# source: Sound
settings-sound = Son

# source-hash: edb10dfd
# source: Master volume
settings-master-volume = Volume général

# source-hash: 92a23e13
# source: Music volume
settings-music-volume = Volume de la musique

# source-hash: e6346efd
# source: Sound effects volume
settings-sound-volume = Volume des effets sonores

# source-hash: b2c17629
# source: Voice volume
settings-voice-volume = Volume des voix

# source-hash: af7007dc
# source: Mute
settings-mute = Couper le son

# source-hash: 39b43682
# source: Language
settings-language = Langue

# source-hash: e197a6ab
# source: The language changes at once; the story goes on where it is.
settings-language-note = La langue change aussitôt ; l’histoire reprend là où elle en est.

# source-hash: 28f70504
# source: Accessibility
settings-accessibility = Accessibilité

# source-hash: 10b1da70
# source: Reduce screen shake and flashes
settings-reduce-motion = Atténuer les secousses et les éclairs

# source-hash: 536e31d8
# source: Easier-to-read font
settings-dyslexic-font = Police plus lisible

# source-hash: b875ffc4
# source: On
settings-on = Activé

# source-hash: 1c0896a4
# source: Off
settings-off = Désactivé

# source-hash: 4e3067ff
# source: Mute all
settings-mute-all = Tout couper

# source-hash: b3281ed0
# source: Transitions
settings-transitions = Transitions

# The settings row that opens the accessibility page, and its key
# source-hash: 2f9d32d8
# source: Open (Shift+A)
settings-accessibility-open = Ouvrir (Maj+A)

# source-hash: 30174a2d
# source: Line spacing
settings-line-spacing = Interligne

# source-hash: 29987286
# source: High-contrast text box
settings-high-contrast = Boîte de texte à fort contraste

# source-hash: 101ef7d2
# source: Self-voicing
settings-self-voicing = Lecture à voix haute

# Shown instead of On or Off when the system has no speech service to read aloud with
# source-hash: 070f22bb
# source: Not available: no speech service
settings-self-voicing-unavailable = Indisponible : aucun service vocal

# source-hash: 10ef811c
# source: Restore defaults
settings-defaults = Rétablir les valeurs par défaut

# source-hash: 8c7f8900
# source: Back
settings-back = Retour

# The keys of the settings screen, at its foot
# source-hash: 822cb444
# source: ↑↓ choose   ←→ change   Esc back
settings-hint = ↑↓ choisir   ←→ modifier   Échap retour

# $percent: a whole number from 0 to 100
# source-hash: 5ae528f3
# source: { $percent }%
settings-percent = { $percent } %

## Language names, each written in its own language

# source-hash: e9fa0f63
# source: English
language-en-US = English

# source-hash: db83ab2f
# source: 日本語
language-ja-JP = 日本語

# source-hash: 770a4bf8
# source: Français
language-fr-FR = Français

# source-hash: 0e320fee
# source: Pseudo-locale
language-pseudo = Pseudo-langue

## Confirmations

# source-hash: 62b5b389
# source: Yes
confirm-yes = Oui

# source-hash: d6af7821
# source: No
confirm-no = Non

# source-hash: be7bc69f
# source: OK
confirm-ok = OK

# source-hash: f56d01bf
# source: Cancel
confirm-cancel = Annuler

# source-hash: 4d3e7475
# source: Quit the game? Progress since your last save will be lost.
confirm-quit = Quitter le jeu ? Ce qui s’est passé depuis votre dernière sauvegarde sera perdu.

# source-hash: fffff0f7
# source: Return to the title screen? Progress since your last save will be lost.
confirm-title-screen = Revenir à l’écran titre ? Ce qui s’est passé depuis votre dernière sauvegarde sera perdu.

# $slot: the slot number
# source-hash: aef49501
# source: Overwrite the save in slot { $slot }?
confirm-overwrite = Remplacer la sauvegarde de l’emplacement { $slot } ?

# $slot: the slot number
# source-hash: 2bdefa81
# source: Delete the save in slot { $slot }?
confirm-delete = Supprimer la sauvegarde de l’emplacement { $slot } ?

# Deleting the autosave or the quick save, which have no slot number
# source-hash: 0553d4b9
# source: Delete this save?
confirm-delete-save = Supprimer cette sauvegarde ?

# source-hash: 2d2817ef
# source: Load this save? Progress since your last save will be lost.
confirm-load = Charger cette sauvegarde ? Ce qui s’est passé depuis votre dernière sauvegarde sera perdu.

# source-hash: f18c79a9
# source: Restore every setting to its default?
confirm-defaults = Rétablir toutes les options par défaut ?

## Endings and the end of the story

# source-hash: 9a04352e
# source: The End
ending-reached = Fin

# $title: the ending's title
# source-hash: 3c648f31
# source: Ending: { $title }
ending-title = Fin : { $title }

# $seen: endings seen; $total: endings in the story
# source-hash: e9c5eca2
# source: Endings seen: { $seen } / { $total }
ending-progress = Fins découvertes : { $seen } / { $total }

# source-hash: 2c13bf13
# source: ???
ending-locked = ???

# source-hash: 80888fbc
# source: Return to the Title Screen
ending-return = Revenir à l’écran titre

# source-hash: 00334057
# source: Endings
endings-heading = Fins

# source-hash: 423593c3
# source: — not reached yet —
ending-not-reached = — pas encore atteinte —

# The gallery's second page: the story's illustrations (CGs)
# source-hash: 09f3a4f2
# source: Illustrations
gallery-cgs-heading = Illustrations

# $seen: illustrations seen; $total: illustrations in the story
# source-hash: 88432faa
# source: Illustrations seen: { $seen } / { $total }
gallery-cgs-progress = Illustrations vues : { $seen } / { $total }

# source-hash: d10e2f3c
# source: — not seen yet —
gallery-cg-locked = — pas encore vue —

# The gallery's third page: the story's music, to play again
# source-hash: 333f554c
# source: Music Room
music-room-heading = Salle de musique

# $heard: tracks heard; $total: tracks in the story
# source-hash: 9ab59726
# source: Tracks heard: { $heard } / { $total }
music-room-progress = Morceaux entendus : { $heard } / { $total }

# source-hash: cc865b9d
# source: — not heard yet —
music-locked = — pas encore entendu —

# Beside the track the music room is playing
# source-hash: f03ab71c
# source: Playing
music-playing = En lecture

## Notices and errors

# source-hash: ff4dfee7
# source: Skipping
notice-skip-on = Avance rapide

# source-hash: ca3cdd07
# source: Auto-forward
notice-auto-on = Avance auto

# source-hash: d734e0e8
# source: You cannot go back any further.
notice-rollback-limit = Impossible de revenir plus loin en arrière.

# source-hash: ca1c0a19
# source: The story could not be loaded. Run `spearhead check` for details.
error-story = L’histoire n’a pas pu être chargée. Lancez `spearhead check` pour en savoir plus.

# $message: what went wrong, in English (from the engine)
# source-hash: 60631252
# source: The story stopped: { $message }
error-story-stopped = L’histoire s’est arrêtée : { $message }

# $path: the file that is missing
# source-hash: 5380dcd8
# source: A file is missing: { $path }
error-missing-asset = Un fichier manque : { $path }

# $locale: the language's code
# source-hash: eab427e7
# source: No translation is installed for { $locale }; showing English.
error-missing-language = Aucune traduction n’est installée pour { $locale } ; affichage en anglais.

## Live reload (spearhead play while a writer edits the story)

# source-hash: f46a5cb2
# source: The edited story has errors
reload-errors-heading = L’histoire modifiée contient des erreurs

# source-hash: 4916a8d8
# source: Fix them and save: the story goes on from where it was.
reload-errors-hint = Corrigez-les puis enregistrez : l’histoire reprendra là où elle en était.

