# Why an answer is refused. { $label } is what a list's item is called in the questionnaire.

inv-note-takes-no-answer = a note takes no answer
inv-choose-one = choose one of the choices
inv-select-from-choices = select from the choices
inv-not-a-choice = "{ $value }" is not one of the choices
inv-selected-twice = "{ $value }" is selected twice
inv-too-few-selected = select at least { $n }
inv-too-many-selected = select at most { $n }
inv-not-a-number = enter a number
inv-not-a-number-text = "{ $value }" is not a number
inv-not-whole = enter a whole number
inv-below-min = the smallest allowed is { $min }{ $unit }
inv-above-max = the largest allowed is { $max }{ $unit }
inv-type-an-answer = type an answer
inv-empty = the answer is empty: type one, or choose a state such as don't know
inv-too-long = { $len } characters is too long: at most { $max }
inv-not-a-date = enter a date as YYYY-MM-DD, e.g. 2026-11-28
inv-not-a-list = a list answer is a list of items
inv-too-few-items = { $min ->
    [one] add at least 1 { $label }
   *[other] add at least { $min } × { $label }
}
inv-too-many-items = { $max ->
    [one] at most 1 { $label } allowed
   *[other] at most { $max } × { $label } allowed
}
inv-not-an-item = { $label } { $number }: not an item
inv-unknown-field = { $label } { $number }: unknown field "{ $field }"
inv-in-item = { $label } { $number }, { $field }: { $inner }
inv-missing = required
inv-required = { $field } is required
inv-state-not-allowed = this question does not allow "{ $state }"
state-dont-know = Don't know
state-declined = Declined
state-not-applicable = N/A
