# The full-screen app's other screens: home, the new-session form, the browser, summary, grid, comparison.

scr-home-title = waypost — guided assessment interviews
scr-home-hint = Start a new session from a questionnaire, or resume one.
scr-form-organisation = Organisation
scr-form-facilitator = Facilitator
scr-form-participants = Participants (separated by commas)
scr-form-title = New session: { $title }
scr-form-hint = Who is this interview with? { $next } moves to the next field; on the last, it starts.
scr-organisation-needed = Give the organisation's name.
scr-form-restored = Restored what was typed here at { $at }: the session has not started yet.
scr-form-draft-unreadable = The draft of this form cannot be read and is left as it is; what you type now is not kept as a draft: { $reason }
scr-questionnaires-scrolled = Questionnaires ({ $at } of { $of })
scr-questionnaires = Questionnaires
scr-no-description = No description.
scr-browser-filters = Questionnaire ({ $kq }): { $questionnaire } · status ({ $ks }): { $status } · organisation ({ $ko }): { $organisation } · { $shown } of { $all } sessions
scr-filter-all = all
scr-search-prompt = Type to narrow by organisation, facilitator or id; { $key } searches answers and notes too (accents and case aside):
scr-col-last-change = Last change
scr-col-started = Started
scr-col-status = Status
scr-col-done = Done
scr-col-questionnaire = Questionnaire
scr-col-organisation = Organisation
scr-col-facilitator = Facilitator
scr-sending-later = Team: sent once finished
scr-sending-waiting = Team: waiting to be sent (↑); it goes when the server answers
scr-sending-sent = Team: sent { $at } (✓)
scr-sending-failed = Team: not sent (!): { $reason }
scr-no-match = No session matches the filters.
scr-no-sessions = No sessions yet.
scr-trash-question = Move { $id } to the trash folder?
scr-trash-explained = It is moved, not deleted: it stays in <data dir>/trash.
scr-mark-first = Mark one session with { $mark }, then highlight another and press { $compare }.
scr-no-grid = This questionnaire has no grid view.
scr-no-grid-summary = This questionnaire has no grid view: showing the summary.
scr-suggested-actions = Suggested actions
scr-not-scored = This questionnaire is not scored.
scr-flags = Flags
scr-notes = Notes
scr-state-counts = Don't know: { $dont_know } · declined: { $declined } · N/A: { $not_applicable }
scr-compare-scores = Scores: before → after
scr-changed-answers = Changed answers ({ $n })
scr-grid-hidden = The list of this grid is not shown for these answers.
scr-grid-title = Grid
scr-not-placed = Not placed: { $names }
scr-nobody = (nobody)
scr-quadrants = Quadrants
scr-origin-built-in = built-in
scr-origin-file = your file
scr-home-no-sessions = No sessions yet: pick a questionnaire and press { $key }.
scr-no-organisation = (no organisation)
scr-recent = Recent sessions ({ $shown } of { $all }; { $key }: all)
scr-damaged-files = { $n ->
    [one] 1 damaged session file, left untouched: { $names }
   *[other] { $n } damaged session files, left untouched: { $names }
}
scr-sessions = Sessions
scr-search-in-force = search: "{ $needle }" ({ $key } clears)
scr-marked = marked: { $id }
scr-search-title = Search
scr-damaged-count = { $n ->
    [one] 1 damaged file, left untouched:
   *[other] { $n } damaged files, left untouched:
}
scr-trash-choices = { $yes }: move it · { $back }: keep it
scr-trash-title = Trash
scr-overall = Overall

# The language's own name, as shown when a questionnaire switches to it.
language-name = English
# Another language's name in this one, by its primary code (en, es, pt); other codes as written.
language-called = { $code ->
    [en] English
    [es] Spanish
    [pt] Portuguese
   *[other] { $code }
}
scr-grid-axis = { $arrow } { $low } … { $high }: { $title }
scr-picker-questionnaire = Only sessions of the questionnaire
scr-picker-status = Only sessions that are
scr-picker-organisation = Only sessions of the organisation
scr-picker-option = { $value } ({ $sessions })
scr-picker-origin = Only sessions from
scr-origin-team = ⇣ From the team (sent by { $who }): read-only · { $follow_up } follow-up · { $origin } origin
scr-origin-laptop = Started on this laptop · { $origin } origin
scr-origin-choice-team = the team: { $who }
scr-origin-choice-laptop = this laptop
scr-origin-in-force = from ({ $key }): { $origin }
