### Spearhead's interface strings in English (en-US), the source locale.
### Every string the player shows outside the story comes from here. Translations copy this file
### to locales/<locale>/ui.ftl; `spearhead locale status` checks them against it.
### Arguments are given by the player and named in the comment above each message.

## Title screen

title-new-game = New Game
title-continue = Continue
title-load = Load
title-settings = Settings
title-gallery = Gallery
title-quit = Quit
# $version: the engine's version, such as 0.1.0
title-version = Version { $version }

## Quick menu, shown under the text box

quick-back = Back
quick-history = History
quick-skip = Skip
quick-auto = Auto
quick-save = Save
quick-load = Load
quick-quick-save = Q.Save
quick-quick-load = Q.Load
quick-settings = Settings
quick-hide = Hide
quick-menu = Menu

## Game menu (opened with Escape or a right click)

menu-title = Menu
menu-resume = Return to the Story
menu-save = Save Game
menu-load = Load Game
menu-history = History
menu-settings = Settings
menu-title-screen = Title Screen
menu-quit = Quit

## Save and load

save-heading = Save
load-heading = Load
# $page: the page number, from 1
save-page = Page { $page }
save-page-auto = Auto
save-page-quick = Quick
save-empty-slot = Empty slot
save-damaged = Damaged
# Why a damaged slot cannot be loaded, shown under its date
save-damaged-unreadable = The file cannot be read.
save-damaged-too-large = The file is too large.
save-damaged-corrupt = Not a readable save.
save-damaged-newer = Made by a newer version.
save-damaged-older = Made by an older version.
save-damaged-other-story = Made by another story.
save-damaged-story-changed = The story has changed.
# $page: the page number, from 1; $pages: how many pages there are
save-page-of = Page { $page } of { $pages }
# $slot: the slot number
save-slot = Slot { $slot }
# $date: when the game was saved, already formatted for the locale
save-slot-date = { $date }
# $chapter: the chapter title; $scene: the scene title
save-slot-place = { $chapter } · { $scene }
# $count: how many saves there are
save-count = { $count ->
    [0] No saves yet
    [one] One save
   *[other] { $count } saves
}
save-done = Game saved.
save-quick-done = Quick save made.
save-failed = The game could not be saved.
load-failed = This save could not be loaded.
# $version: the version of the story the save was made with
load-old-version = This save was made with an older version of the story ({ $version }). Some text may have changed.
load-no-quick-save = There is no quick save yet.

## History (backlog)

history-heading = History
history-empty = Nothing has been said yet.
history-narration = Narration
history-jump = Jump back here
history-close = Close

## Choices

choice-unavailable = Not available
# $condition: why the option is greyed out, such as "Bond with Shin 3 or more"
choice-requires = Requires: { $condition }

## Settings

settings-heading = Settings
settings-display = Display
settings-window-mode = Window mode
settings-fullscreen = Fullscreen
settings-windowed = Windowed
settings-text = Text
settings-text-speed = Text speed
settings-text-speed-instant = Instant
# $speed: letters a second, a whole number
settings-text-speed-value = { $speed } letters/s
settings-auto-delay = Auto-forward delay
# $seconds: a number of seconds, such as 1.5
settings-seconds = { $seconds } s
settings-auto-speed = Auto-forward speed
settings-text-box-opacity = Text box opacity
settings-font-size = Text size
settings-skip = Skip
settings-skip-unread = Skip unread text
settings-skip-all = All lines
settings-skip-read = Lines read before
settings-skip-after-choices = Keep skipping after choices
settings-sound = Sound
settings-master-volume = Master volume
settings-music-volume = Music volume
settings-sound-volume = Sound effects volume
settings-voice-volume = Voice volume
settings-mute = Mute
settings-language = Language
settings-language-note = The language changes at once; the story goes on where it is.
settings-accessibility = Accessibility
settings-reduce-motion = Reduce screen shake and flashes
settings-dyslexic-font = Easier-to-read font
settings-on = On
settings-off = Off
settings-mute-all = Mute all
settings-transitions = Transitions
# The settings row that opens the accessibility page, and its key
settings-accessibility-open = Open (Shift+A)
settings-line-spacing = Line spacing
settings-high-contrast = High-contrast text box
settings-self-voicing = Self-voicing
# Shown instead of On or Off when the system has no speech service to read aloud with
settings-self-voicing-unavailable = Not available: no speech service
settings-defaults = Restore defaults
settings-back = Back
# The keys of the settings screen, at its foot
settings-hint = ↑↓ choose   ←→ change   Esc back
# $percent: a whole number from 0 to 100
settings-percent = { $percent }%

## Language names, each written in its own language

language-en-US = English
language-ja-JP = 日本語
language-fr-FR = Français
language-pseudo = Pseudo-locale

## Confirmations

confirm-yes = Yes
confirm-no = No
confirm-ok = OK
confirm-cancel = Cancel
confirm-quit = Quit the game? Progress since your last save will be lost.
confirm-title-screen = Return to the title screen? Progress since your last save will be lost.
# $slot: the slot number
confirm-overwrite = Overwrite the save in slot { $slot }?
# $slot: the slot number
confirm-delete = Delete the save in slot { $slot }?
# Deleting the autosave or the quick save, which have no slot number
confirm-delete-save = Delete this save?
confirm-load = Load this save? Progress since your last save will be lost.
confirm-defaults = Restore every setting to its default?

## Endings and the end of the story

ending-reached = The End
# $title: the ending's title
ending-title = Ending: { $title }
# $seen: endings seen; $total: endings in the story
ending-progress = Endings seen: { $seen } / { $total }
ending-locked = ???
ending-return = Return to the Title Screen
endings-heading = Endings
ending-not-reached = — not reached yet —
# The gallery's second page: the story's illustrations (CGs)
gallery-cgs-heading = Illustrations
# $seen: illustrations seen; $total: illustrations in the story
gallery-cgs-progress = Illustrations seen: { $seen } / { $total }
gallery-cg-locked = — not seen yet —
# The gallery's third page: the story's music, to play again
music-room-heading = Music Room
# $heard: tracks heard; $total: tracks in the story
music-room-progress = Tracks heard: { $heard } / { $total }
music-locked = — not heard yet —
# Beside the track the music room is playing
music-playing = Playing

## Notices and errors

notice-skip-on = Skipping
notice-auto-on = Auto-forward
notice-rollback-limit = You cannot go back any further.
error-story = The story could not be loaded. Run `spearhead check` for details.
# $message: what went wrong, in English (from the engine)
error-story-stopped = The story stopped: { $message }
# $path: the file that is missing
error-missing-asset = A file is missing: { $path }
# $locale: the language's code
error-missing-language = No translation is installed for { $locale }; showing English.

## Live reload (spearhead play while a writer edits the story)

reload-errors-heading = The edited story has errors
reload-errors-hint = Fix them and save: the story goes on from where it was.
