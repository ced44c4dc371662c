# The full-screen app's interview screen: the question, its input, the list editor, the review.
# { $key }, { $confirm }… are key names such as Enter or Ctrl-C.

tui-last-question = That was the last question. Check the answers, then press { $finish } to finish.
tui-first-question = This is the first question.
language-switched = The questions are now in { $language }; the answers stay as they are.
tui-item-added = Item added to the list: press { $confirm } to confirm the list, { $add } to add another.
tui-item-removed = Item removed: { $undo } brings it back; { $confirm } confirms the list.
tui-item-back = Item back in the list.
tui-keep-item = Keep this item as it is? { $keep } keep · { $discard } discard · { $back } go on entering it
tui-item-kept = Item kept: press { $confirm } to confirm the list.
tui-list-full = { $max ->
    [one] The list holds at most 1 item: edit or remove it to change it.
   *[other] The list holds at most { $max } items: edit or remove one to change it.
}
tui-item-not-added = Item not added.
tui-read-only = Opened read-only: nothing can be changed here.
tui-note-saved = Note saved.
tui-note-removed = Note removed.
tui-reason-needed = Give a reason to go on, or { $back } to change the answer.
tui-reason-cancelled = Not saved: change the answer, or confirm again and give a reason.
tui-completed = The session is completed and saved.
tui-still-missing = Still missing ({ $n }): { $prompts }
tui-section-skipped = That section is skipped for these answers.
tui-nothing-shown = No question is shown for these answers.
tui-no-help = No help for this question.
tui-help-line = Help: { $help }
tui-given-state = Given: { $state }
tui-saved-mark = Saved ✓
tui-answered-read-only = Answered (read-only)
tui-note-line = Note: { $note }
tui-empty-list = No { $label } yet: press { $add } to add one.
tui-review-title = Review: { $questions ->
    [one] 1 question
   *[other] { $questions } questions
}, { $missing } without an answer
tui-review-hint = { $go } goes to a question; { $finish } finishes the session.
tui-item = item
tui-items-title = { $n ->
    [0] None yet
    [one] 1 × { $label }
   *[other] { $n } × { $label }
}
tui-required = (required)
tui-fixed-mark = (read-only: Enter keeps the value shown)
tui-missing-required = missing (required)
tui-not-answered = not answered
tui-answer-title = Answer
tui-answer-title-multiline = Answer ({ $newline }: new line)
tui-number-title = Number
tui-number-from = from { $min }
tui-number-up-to = up to { $max }
tui-date-title = Date (YYYY-MM-DD, or today)
tui-time-title = Time of day (HH:MM)
tui-datetime-title = Date and time (YYYY-MM-DD HH:MM, or today 14:30)
# How an answer of a kind is typed, where a shell says so (plain mode, under the question).
kind-date-format = a date as YYYY-MM-DD, or today
kind-time-format = a time of day as HH:MM (14:30)
kind-datetime-format = a date and a time as YYYY-MM-DD HH:MM, or today 14:30
tui-note-title = Note ({ $save } saves, { $newline } new line, { $cancel } cancels)
tui-item-specify = { $chosen }: please specify
tui-other-title = { $label }: please specify ({ $save } saves, { $back } goes back)
tui-reason-title = Reason to go on ({ $save } saves, { $back } goes back)
tui-help-hint = { $key }: help and guidance reference
tui-read-only-mark = [read-only]
tui-completed-mark = [completed]
tui-answered-of = { $answered } of { $total } answered
tui-skip = skip
tui-sections-title = Sections
tui-overridden = (warning overridden: { $reason })
tui-draft-pending = Draft: saving…
tui-draft-saved = Draft saved: not an answer until you press { $confirm }
tui-no-longer-a-choice = No longer a choice: { $value } (kept until you pick another)
tui-filter-none = Filter: { $typed }▏ · no choice holds it (Backspace to correct, Esc for every choice)
tui-filter = Filter: { $typed }▏ · { $shown } of { $total } choices
tui-more-below = ↓ { $n } more
tui-more-above = ↑ { $n } more
tui-copied-to-confirm = { $n ->
    [one] 1 answer copied from the last session waits to be confirmed: go to it, or press { $key } to confirm it
   *[other] { $n } answers copied from the last session wait to be confirmed: go to each, or press { $key } to confirm them all
}
tui-copied-answer = { $text } (copied, to confirm)
tui-copied-none = No copied answer is waiting to be confirmed.
tui-copied-confirmed = { $n ->
    [one] 1 copied answer confirmed.
   *[other] { $n } copied answers confirmed.
}
tui-to-confirm-line = Copied from the last session: { $confirm } confirms it, or change it
tui-date-read = Date: { $date }
tui-time-read = Time: { $time }
tui-datetime-read = Date and time: { $date }, { $time }
tui-choice-not-in-view = Choice { $key } is not on screen, so nothing was picked: ↑ ↓ bring it into view, { $filter } finds it by name.
tui-typed-ahead = Keys typed before this warning showed were not used: read it, then answer.
# Beside the title, when the questions are not in the interface's language (a questionnaire not written in it).
tui-language-mark = [questions in { $language }]
