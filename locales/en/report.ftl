# The reports (Markdown, HTML, `show`): in the session's language.

rep-session = Session
rep-questionnaire = Questionnaire
rep-facilitator = Facilitator
rep-participants = Participants
rep-scores = Scores
rep-scores-honest = These scores are the group's own view of itself: not a certification, and not comparable with any benchmark's figures (Global Child Forum's, for one).
rep-sources = Sources: { $source }
rep-scores-of = Scores (0–{ $scale })
rep-section = Section
rep-score-of = Score (of { $scale })
rep-scores-totals = Scores (totals)
rep-points = { $score } of { $most }
rep-band = Band
rep-overall = Overall
rep-suggested-actions = Suggested actions
rep-flags = Flags
rep-sections = Sections
rep-states = Don't know: { $dont_know }, declined: { $declined }, N/A: { $not_applicable }
rep-skipped = Skipped for these answers.
rep-note = Note: { $note }
rep-overridden-warning = Warning: { $warning } — gone past with the reason: { $reason }
rep-overridden-title = Warnings overridden, and why
rep-overridden = Warning overridden: { $reason }
rep-quadrant = Quadrant
rep-strategy = Strategy
rep-who = Who
rep-not-placed = Not placed (a value is missing): { $names }
rep-box = Box
rep-grid = Grid
rep-required-missing = Required and missing: { $ids }
rep-state-line = { $status } · { $answered } of { $total } answered · { $id } · last change { $changed }
rep-in-progress = in progress
rep-completed = completed
rep-missing-required = missing (required)
rep-not-answered = not answered
rep-status = Status
rep-answered-count = { $answered } of { $total } answered
rep-started-changed = Started { $started }, last changed { $changed }
rep-action-score = score { $score }
rep-facilitated-by = facilitated by { $name }
rep-with = with { $names }

# Comparisons of two sessions, and the spread of answers over many.
rep-not-asked = not asked
rep-before = Before
rep-after = After
rep-change = Change
rep-question = Question
rep-changed-answers = Changed answers ({ $count })
rep-added = added: { $item }
rep-removed = removed: { $item }
rep-sessions-count = { $count ->
    [one] 1 session
   *[other] { $count } sessions
}
rep-shown-answered = Shown in { $shown }, answered in { $answered }.
rep-states-spread = Don't know { $dont_know }, declined { $declined }, N/A { $not_applicable }.
rep-number-spread = { $count ->
    [one] 1 answer
   *[other] { $count } answers
}, mean { $mean }, from { $low } to { $high }
rep-axis-low = low: { $label }
rep-axis-high = high: { $label }
rep-none-selected = (none)
rep-item = item
rep-items = { $count ->
    [0] none
   *[other] { $count } × { $label }
}
rep-label-session = session
rep-label-questionnaire = questionnaire
rep-label-organisation = organisation
rep-label-facilitator = facilitator
rep-label-participants = participants
rep-label-status = status
rep-label-updated = updated
rep-label-origin = from
rep-status-answered = { $status } ({ $answered } of { $total } answered)
rep-section-skipped = skipped
rep-origin = the team: sent by { $who } on { $sent }, pulled { $pulled } ({ $versions ->
    [one] one version
   *[other] { $versions } versions
  } on the server)
rep-origin-review = ; review: { $state }
rep-origin-from-instance = ; from the form's answers alone
rep-origin-unread = ; not read: { $reason }
