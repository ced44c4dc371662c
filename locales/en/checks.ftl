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

# What `validate` says of a questionnaire file.
val-format = unsupported format { $found }; this waypost reads format { $format }
val-questionnaire-id = "{ $id }" is not a valid id: use lower-case letters, digits and dashes
val-version-empty = the version is empty
val-language-twice = language "{ $language }" is empty or listed twice
val-name = "{ $name }" is not a valid name: use lower-case letters, digits, _ and -
val-no-sections = the questionnaire has no sections
val-text-empty = the text is empty
val-no-translation = no translation given
val-no-text-in = no text in language "{ $language }"
val-one-text = one text for every language: give it in each of { $languages }
val-no-choices = there are no choices
val-value-empty = the value is empty
val-value-twice = the value "{ $value }" is used twice
val-item-id = "{ $id }" is not a valid id: use lower-case letters, digits, _ and -
val-section-twice = the section id "{ $id }" is used twice
val-section-empty = the section is empty
val-question-twice = the question id "{ $id }" is used twice
val-misplaced = `{ $field }` applies only to { $kinds ->
    [choice] single and multi
    [number] number
    [text] text
    [multi] multi
   *[list] list
} questions; ignored
val-needs-choices = a { $kind } question needs choices
val-unknown-set = unknown choice set "{ $name }"{ $hint }
val-min-max = min { $min } is greater than max { $max }
val-max-length = max_length must be at least 1
val-min-max-selected = min_selected { $min } is greater than max_selected { $max }
val-min-selected-choices = min_selected is more than the { $n } choices
val-note-required = a note takes no answer; `required` ignored
val-note-allow = a note takes no answer; `allow` ignored
val-listed-twice = "{ $name }" is listed twice
val-flag-in-list = flags are raised on questions, not on the fields of a list item
val-not-text = "{ $id }" is not a text question{ $hint }
val-list-in-list = a list field cannot itself be a list
val-list-fields = a list question needs fields
val-min-max-items = min_items { $min } is greater than max_items { $max }
val-field-twice = the field id "{ $id }" is used twice in this list
val-scale = the scale must be above 0
val-bands-order = bands must be listed from the lowest, each max above the one before
val-bands-gap = scores above { $last } up to { $scale } fall in no band
val-actions-at-most = must be between 0 and the scale, { $scale }
val-nothing-scored = no section has scored choices, so nothing will be scored
val-not-list = "{ $id }" is not a list question{ $hint }
val-no-field = "{ $list }" has no field "{ $field }"{ $hint }
val-unknown-question = unknown question "{ $id }"{ $hint }
val-kind-not-list = "{ $id }" is a { $kind } question, not a list
val-axis = field "{ $field }" must be a single choice with at least two choices
val-axes-same = x and y must be different fields
val-carry-no-list = names no list to take items from
val-field-later = field "{ $id }" comes later in the list; a condition may only use fields before it
val-own-answer = a question cannot depend on its own answer
val-asked-later = question "{ $id }" is asked later; a condition may only use answers given before
val-note-no-answer = "{ $id }" is a note and has no answer
val-use-includes = "{ $id }" is a multi-select: test it with includes
val-use-count = "{ $id }" is a list: count its items with at_least or at_most
val-in-single = "{ $id }" is a { $kind }: `in` tests single values
val-includes-multi = includes tests a multi-select, and "{ $id }" is a { $kind } question
val-compare-numbers = { $op } compares numbers, scored choices or counts, and "{ $id }" is a { $kind } question without scores
val-not-a-choice = "{ $value }" is not a choice of "{ $id }"{ $hint }
val-choice-strings = "{ $id }" takes choice values (strings), not { $value }
val-compare-number = "{ $id }" is a number question; compare it with a number, not { $value }
val-compare-text = "{ $id }" is a text question; compare it with a string, not { $value }
val-compare-date = "{ $id }" is a date question; compare it with a date as "YYYY-MM-DD", not { $value }
val-never-section = this condition can never be true, so the section is never shown
val-never-question = this condition can never be true, so the question is never shown
val-never-any = no question of this section can ever be shown, so it is always empty
val-never-warning = this condition can never be true, so the warning never shows
val-never-field = this condition can never be true, so the field is never shown
val-unknown-field = unknown field, ignored{ $hint }
val-cannot-read = cannot read: { $error }
val-cannot-read-folder = cannot read the folder: { $error }
val-overrides = { $new } overrides { $old } (id "{ $id }")
val-built-in = built-in { $name }
val-did-you-mean = {" "}(did you mean "{ $word }"?)
val-warning-tag = warning:{" "}
