# The reports (Markdown, HTML, `show`): in the session's language.

rep-session = Session
rep-questionnaire = Questionnaire
rep-facilitator = Facilitator
rep-participants = Participants
rep-scores = Scores
rep-scores-of = Scores (0–{ $scale })
rep-section = Section
rep-score-of = Score (of { $scale })
rep-band = Band
rep-overall = Overall
rep-suggested-actions = Suggested actions
rep-flags = Flags
rep-sections = Sections
rep-states = Don't know: { $dont_know }, declined: { $declined }, N/A: { $not_applicable }
rep-skipped = Skipped for these answers.
rep-note = Note: { $note }
rep-overridden = Warning overridden: { $reason }
rep-quadrant = Quadrant
rep-strategy = Strategy
rep-who = Who
rep-not-placed = Not placed (a value is missing): { $names }
rep-box = Box
rep-grid = Grid
rep-required-missing = Required and missing: { $ids }
