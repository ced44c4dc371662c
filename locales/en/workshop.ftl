## The agenda of a workshop
agenda-title = Agenda: { $title }
agenda-section = Section
agenda-starts = Starts
agenda-planned = Planned
agenda-spent = Spent
agenda-difference = Difference
agenda-total = Total
agenda-minutes = { $minutes } min
agenda-on-time = on time
agenda-over = +{ $minutes } min
agenda-under = −{ $minutes } min
agenda-skipped = skipped

## Votes and the audience view
tui-room-divided = { $votes } votes: the room is divided — discuss first
tui-votes-given = { $votes ->
    [one] 1 vote
   *[other] { $votes } votes
}
tui-present-waiting = Waiting for the session…
tui-present-completed = The session is completed. Thank you.
tui-present-progress = { $answered } of { $total } answered
tui-present-agreed = Agreed — { $question }: { $answer }
mode-present = the audience view
mode-vote = votes
workshop-no-voters = No participants to vote: add them to the session (they are the voters)
tui-vote-of = Vote of { $voter } ({ $n } of { $of }): press the key of the choice
tui-votes-done = Votes in. { $confirm } agrees on "{ $label }", or choose the agreed answer
tui-votes-done-tie = Votes in. No choice leads: choose the agreed answer
tui-notes-hidden = Notes and help hidden for the shared screen ({ $key } shows them again)
tui-notes-shown = Notes and help shown again
tui-shared-screen = [shared screen]
tui-time-up = The time planned for "{ $section }" ({ $minutes } min) is up
tui-time-of = { $spent }/{ $plan } min
tui-time-spent = { $spent } min
tui-time-line = section { $section } · session { $total }

## Votes in reports
rep-votes = Votes
rep-votes-spread = { $bars } ({ $votes ->
    [one] 1 vote
   *[other] { $votes } votes
})
rep-votes-divided = ; the room was divided
rep-votes-agreed = agreed: { $answer }
rep-time = Time against the agenda
rep-time-spent = Time spent
rep-room-divided = The room was divided: the most common answer had under two thirds of the votes.
agenda-sentence = { $section }: planned { $planned }
agenda-sentence-spent = { $section }: planned { $planned }, spent { $spent } ({ $difference })
agenda-sentence-unplanned = { $section }: spent { $spent }
rep-vote-for = votes for { $label }
rep-action-dots = { $score }; { $dots ->
    [one] 1 dot
   *[other] { $dots } dots
}
mode-dot-vote = dot vote
workshop-no-dot-targets = Nothing to vote on yet: suggested actions come from scored answers, open items from the questionnaire's tables
tui-dot-vote-title = Dot vote: { $voter } has { $left ->
    [one] 1 dot
   *[other] { $left } dots
} left
tui-dot-vote-hint = The key beside an action or an open item (1 to 9, then a to z) gives it a dot; they are ranked by their dots in the summary and reports.
tui-dot-vote-done = Dot vote done: the actions are ranked by their dots in the summary and reports
agenda-unknown = no questionnaire or session "{ $id }" (see `waypost questionnaires` and `waypost list`)
agenda-nothing = "{ $id }" plans no minutes and has spent none: a section plans its time with "minutes" in the questionnaire
rep-since = Since { $session } ({ $date })
rep-dots = Dots
rep-priorities = Priorities (dot votes)
rep-dots-count = { $dots ->
    [one] 1 dot
   *[other] { $dots } dots
}
rep-dots-for = dots for { $label }

## A learning review's look at the workshops in the period reviewed
rep-workshops = Time kept in this organisation's workshops in the period reviewed
rep-workshop = { $date } · { $title } ({ $session }): { $spent } spent of { $planned } planned ({ $difference })
rep-workshop-unplanned = { $date } · { $title } ({ $session }): { $spent } spent, no time planned
rep-workshop-over = ; over the plan: { $sections }
