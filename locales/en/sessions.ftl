# The full-screen app: sessions opened, started, saved, exported; the terminal; overlays.

ses-started = Started session { $id }
ses-started-carried = Started session { $id }; { $n ->
    [one] 1 open item carried over from { $from }
   *[other] { $n } open items carried over from { $from }
}
ses-resumed = Resumed session { $id }
ses-opened-elsewhere = Session { $id } is open in another window: opened read-only.
ses-viewing = Viewing { $id } read-only.
ses-follow-up-started = Follow-up of { $of } started as { $id }: check each answer.
ses-not-saved = Not saved: { $reason }. Your answers are kept here and saving is retried.
ses-not-saved-mark = NOT SAVED
ses-cannot-list = Could not list the sessions: { $reason }
ses-trashed = Moved { $id } to { $to } ({ $undo } brings it back; { $trash } shows the trash)
ses-stray-key = { $key } does nothing here; { $help } shows the keys.
ses-finished-report = The session is completed and saved. Here is its report ({ $export } writes it to the exports folder).
ses-completed-read-only = { $id } is completed: shown read-only; { $reopen } reopens it to change answers.
ses-reopened = Reopened: answers can be changed; finish again from the review.
ses-trash-view-title = Trash
ses-trash-view-info = { $n ->
    [one] 1 session
   *[other] { $n } sessions
} in the trash · { $confirm }: bring the highlighted one back · { $back }: back to the sessions
ses-trash-empty = The trash is empty.
ses-restored = { $id } is back among the sessions.
ses-restored-already = { $id } is back among the sessions already (something else brought it back).
ses-exported = Wrote { $name }.md and { $name }.html in { $dir }
ses-exported-csv = Wrote { $name }.md, { $name }.html and { $name }.csv (for Excel too) in { $dir }
ses-export-failed = Could not export to { $dir }: { $reason }
ses-no-exports-folder = No exports folder is set.
ses-overrides = { $n ->
    [one] 1 of your questionnaires overrides a built-in (see `waypost questionnaires`).
   *[other] { $n } of your questionnaires override built-ins (see `waypost questionnaires`).
}
ses-unusable = { $n ->
    [one] 1 questionnaire file could not be used: run `waypost validate`.
   *[other] { $n } questionnaire files could not be used: run `waypost validate`.
}
ses-help-close = { $key } closes this help.
ses-too-small = Terminal too small
ses-too-small-size = waypost needs { $w }x{ $h }; this is { $nw }x{ $nh }.
ses-too-small-hint = Enlarge the window. { $quit } saves and quits.
ses-unsaved-quit = The latest changes could not be saved:
ses-quit-title = Quit without saving?
ses-quit-choices = { $quit }: quit anyway and lose them · { $back }: stay and keep trying
ses-help-title = Keys: { $mode }
mode-home = home
mode-form = typing
mode-command = question
mode-picker = choosing a filter
mode-filter = filtering the choices
mode-typing = typing an answer
mode-list = list
mode-confirm-item = keep the item?
mode-review = review
mode-help = help
mode-confirm-quit = quit
mode-browser = sessions
mode-confirm-trash = move to the trash?
mode-trash = trash
mode-summary = summary
mode-grid = grid
mode-compare = comparison
ses-needs-terminal = the interview needs a terminal; use --plain to answer line by line
ses-cannot-open-terminal = cannot open the terminal
ses-cannot-watch-signals = cannot watch for signals, which the app needs to save before it is stopped
ses-terminal-error = terminal error
ses-quit-unsaved = quit with changes that could not be saved
ses-help-close-scroll = { $key } closes this help · ↑↓ scroll
# What a save did (every shell): lifecycle::Saved.
save-again = Saved again: every answer is on disk.
save-merged = Saved, together with changes another program made to this session meanwhile.
save-as-copy = Another program changed the same answers of { $id } ({ $places }): your version is saved as a copy, { $copy }, and you go on in it; { $id } keeps the other version.
ses-team-read-only = { $id } is the team's, sent by { $who } and pulled from the server: shown read-only; { $follow_up } in the browser continues it as a follow-up.
