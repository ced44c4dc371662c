# Plain mode (waypost --plain): the line-by-line interview.

plain-commands = Commands: :b back, :s skip, :n TEXT note, :dk don't know, :dec declined, :na not applicable, :h help, :l next language of the questionnaire, :r review, :v votes (on a question put to a vote), :p dot vote on the suggested actions and open items, :f finish, :q quit. Empty line: keep the answer and go on. An answer that starts with a colon: type it after ::.
plain-ask-organisation = Organisation:
plain-ask-facilitator = Facilitator:
plain-carried = { $n ->
    [one] 1 open item carried over from { $from }.
   *[other] { $n } open items carried over from { $from }.
}
plain-started = Session { $id } started; every answer is saved at once.
plain-locked-elsewhere = session "{ $id }" is open in another window; close it there first
plain-resume-hint = Saved. Resume with `waypost --plain resume { $id }`.
plain-saved-as = Saved as { $id }.
plain-required = (required)
plain-fixed = (read-only: an empty line keeps the value shown)
plain-multi-hint = (numbers separated by commas)
plain-multiline-hint = (several lines; end with a line holding only a dot)
plain-list-hint = (y to add an item after those it has, n for no more (none, on an empty list); an empty line keeps the list as it is)
# The words that say yes at "add an item?", separated by spaces (any language's are taken).
plain-yes-words = y yes
plain-no-words = n no
plain-yes-or-no = Answer y or n.
plain-list-draft = Entered before and not yet confirmed: { $items ->
    [one] 1 item
   *[other] { $items } items
}{ $half ->
    [yes] , and one half entered
   *[no] {""}
}. y goes on from there; an empty line keeps the list as it was confirmed.
plain-list-draft-half = An item was half entered before: y goes on with it; an empty line keeps the list as it was confirmed.
plain-text-draft = Typed before and not yet confirmed (type it again to keep it; an empty line leaves the answer as it is): { $text }
plain-list-full = { $max ->
    [one] The list holds at most 1 item.
   *[other] The list holds at most { $max } items.
}
plain-press-enter = (Enter to go on)
plain-current = current answer: { $text }
plain-default = Enter takes: { $text } (:s leaves it unanswered)
plain-no-help = No help.
plain-note-saved = Note saved.
plain-note-removed = Note removed.
plain-warning = Warning: { $text }
plain-specify-other = { $label }: please specify:
plain-ask-reason = Reason to go on (empty to answer again):
plain-first-question = This is the first question.
plain-last-question = That was the last question.
plain-completed = The session is completed.
plain-still-missing = Still missing: { $ids }. The session stays in progress.
plain-not-utf8 = That line is not text in UTF-8; type it again.
plain-not-saved = Not saved: { $reason }. The answers are kept here; saving is tried again at the next step.
plain-quit-unsaved = the latest changes could not be saved
plain-add-another = Add another? (y/n)
plain-one-language = This questionnaire is written in one language only.
plain-votes = votes: { $spread }
plain-votes-hint = Each participant's vote: the choice's number or label; an empty line keeps it, - takes it back.
plain-vote-of = Vote of { $voter }:
plain-dots-hint = Dot vote: each participant has { $dots ->
    [one] 1 dot
   *[other] { $dots } dots
}. Type the numbers of the actions and items, one number a dot (1 1 3 gives two dots to the first and one to the third); - takes back the last dot; an empty line goes on to the next participant.
plain-dots-of = { $voter } ({ $left } left):
plain-dots-all-given = { $voter } has given every dot.
plain-dots-bad-number = "{ $word }" is not the number of an action or item (1 to { $count }); nothing was given
plain-dots-too-many = More numbers than dots left ({ $left }); nothing was given
plain-dots-done = Ranked by their dots:
plain-team-session = { $id } was pulled from the team's server (sent by { $who }): it is read-only here; to go on from it, start a follow-up in the app (or waypost report { $id } to read it)
plain-nothing-to-answer = This is a note: nothing to answer here. Press Enter to go on (:b back, :q quit).
plain-other-language = The questions are in { $language }: this questionnaire is not written in { $interface }.
