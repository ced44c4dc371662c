# Why an answer is refused. { $label } is what a list's item is called in the questionnaire.

inv-note-takes-no-answer = a note takes no answer
inv-choose-one = choose one of the choices
inv-select-from-choices = select from the choices
inv-not-a-choice = "{ $value }" is not one of the choices
inv-not-offered = "{ $label }" is not offered after the answers given before this question
inv-read-only = this question is read-only: it keeps the value shown
inv-not-put-to-vote = this question is not put to a vote
inv-unknown-voter = "{ $voter }" is not among the participants
inv-no-dots-left = { $voter } has no dots left (take one back to move it)
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
inv-not-a-time = enter a time of day as HH:MM, e.g. 14:30
inv-not-a-datetime = enter a date and a time as YYYY-MM-DD HH:MM, e.g. 2026-11-28 14:30
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
    [limits] number and date
    [text] text
    [multi] multi
   *[list] list
} questions; ignored
val-needs-choices = a { $kind } question needs choices
val-unknown-set = unknown choice set "{ $name }"{ $hint }
val-min-max = min { $min } is greater than max { $max }
val-max-length = max_length must be at least 1
val-choice-show-if-field = a list's field offers all of its choices: `show_if` on a choice is for questions, and is ignored here
val-calculation = the calculation cannot be worked out: waypost does not read "{ $part }"
val-calculation-missing = a calculate question needs a `calculation`
val-calculation-kind = `calculation` applies only to calculate questions; ignored
val-calculate-in-list = a calculate question cannot be a list's field
val-read-only-kind = `read_only` applies to questions that take an answer, not to notes, lists or a list's fields; ignored
val-read-only-default = a read-only question without a default shows nothing and is never answered: give it a default
val-read-only-required = a required read-only question needs a default, or the session can never be finished
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
val-scores-unused = "{ $id }" has scores on its choices, but the questionnaire has no "scoring" block: no score is computed from them (add "scoring", or take the scores away)
val-band-above-scale = band "{ $band }" goes up to { $max }, above the highest score possible ({ $top }): its top is never reached
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
val-compare-time = "{ $id }" is a time question; compare it with a time as HH:MM, not { $value }
val-compare-datetime = "{ $id }" is a date-and-time question; compare it with one as "YYYY-MM-DDTHH:MM", not { $value }
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

# Reading a questionnaire file: what is wrong with its bytes, its JSON, or the shape of its data.
val-empty-file = the file is empty
val-not-utf8 = the file is not UTF-8 text (the first byte that is not is here); save it as UTF-8
val-not-object = expected a questionnaire: an object {"{"} … {"}"} with format, id, version, title and sections
val-missing-fields = { $count ->
    [one] missing field { $fields }
   *[other] missing fields: { $fields }
}
val-json-eof-value = the file ends where a value is expected
val-json-eof-list = the file ends inside a list: a "]" is missing
val-json-eof-object = the file ends inside an object: a "{"}"}" is missing
val-json-eof-string = the file ends inside a text: its closing quote is missing
val-json-colon = expected ":" after the field name
val-json-comma-list = expected "," between the items of a list, or "]" to end it
val-json-comma-object = expected "," between the fields of an object, or "{"}"}" to end it
val-json-value = expected a value: a text in quotes, a number, true, false, null, a list or an object
val-json-ident = expected true, false or null (texts go in quotes)
val-json-key = expected a field name in quotes
val-json-trailing-comma = a comma before the closing bracket: remove it
val-json-trailing = there is more after the end of the questionnaire
val-json-escape = a backslash in a text starts an escape: write \\ for a backslash itself
val-json-number = not a number JSON can hold
val-json-deep = nested too deeply
val-json-control = a control character (a tab or line break) inside a text: write \t or \n instead
val-json-unicode = an invalid \u escape in a text
val-json-syntax = not valid JSON here
val-json-type = found { $found } where { $expected } is expected
val-json-not-allowed = { $found } is not allowed here: { $expected } is expected
val-json-length = { $found } where { $expected } is expected
val-json-variant = unknown value "{ $word }"; one of { $allowed } is expected{ $hint }
val-json-field = unknown field "{ $word }"; one of { $allowed } is expected{ $hint }
val-json-missing = missing field "{ $field }"
val-json-duplicate = the field "{ $field }" is given twice
val-json-quadrant = expected a name, or an object with "name" and "strategy"
val-json-other = this value cannot be read here
val-found-number = the number { $value }
val-found-text = the text { $value }
val-found-object = an object
val-found-list = a list
val-expect-text = a text in quotes
val-expect-count = a whole number, 0 or more
val-expect-integer = a whole number
val-expect-number = a number
val-expect-boolean = true or false
val-expect-list = a list [ … ]
val-expect-object = an object {"{"} … {"}"}
val-expect-translations = a text, or translations such as {"{"}"en": "…", "es": "…"{"}"}
val-expect-one-or-list = one value, or a list of them
val-expect-choices = the name of a choice set, or a list of choices
val-repeated = … and { $count ->
    [one] 1 more problem
   *[other] { $count } more problems
} like this
val-cond-no-test = a condition on an answer needs one test: equals, in, includes, at_least, at_most or answered
val-cond-two-tests = a condition may hold only one test; combine several with "all" or "any"
val-cond-two-groups = a condition may hold only one of all, any and not
val-cond-empty = empty condition: use {"{"}"answer": ID, "equals": V{"}"} or combine with all, any or not
val-cond-no-answer = this test needs "answer": the id of the question it tests
val-mixed-scores = { $count ->
    [one] the choice { $values } has no score while the others have one
   *[other] the choices { $values } have no score while the others have one
}: give every choice a score, or none (for "don't know", allow the answer state instead)
val-weight = the weight must be a number, 0 or more
val-weight-unscored = a weight counts only on something scored; ignored here
val-pipe-unknown = ${"{"}{ $id }{"}"} names no question or field{ $hint }
val-pipe-later = ${"{"}{ $id }{"}"}: "{ $id }" is asked later, so its answer cannot be shown here
inv-exclusive = "{ $value }" stands alone: untick it, or the other choices
val-expect-bound = a number, a date ("YYYY-MM-DD", "today", "today-30"), or {"{"}"answer": ID{"}"}
val-compare-answers = "{ $id }" and "{ $other }" cannot be compared: compare dates with dates, and numbers, scores or counts with each other
val-bound-date = "{ $value }" is not a date: write "YYYY-MM-DD", "today", or days from today as "today-30" or "today+7"
val-bound-answer = a limit is a number or a date; to compare with another answer, use a constraint
val-bound-kind = `{ $field }` takes { $kind ->
    [date] a date: "YYYY-MM-DD", "today", "today-30" or "today+7"
   *[other] a number
} here
inv-date-before = the earliest date allowed is { $date }
inv-date-after = the latest date allowed is { $date }
inv-count-from = "{ $source }" was answered { $n }: the list takes { $n ->
    [one] 1 × { $label }
   *[other] { $n } × { $label }
}
val-count-from = "{ $id }" is a { $kind } question: a list's number of items comes from a number question
val-workshop-time-date = "{ $id }" is a { $kind } question: the period whose workshops are reviewed starts and ends with date questions
inv-specify-other = say what "{ $label }" stands for
val-other-twice = one choice at most may be "other"
val-votes-single = only single-choice questions (and single-choice fields of a list) can be put to a vote
val-pattern = the pattern cannot be read: { $problem }
val-pattern-long = the pattern is longer than { $most } characters
val-matches-text = "{ $id }" is a { $kind } question; only a text answer is matched against a pattern
val-default-kind = a { $kind } question takes no default
val-default-from = a default from the session ({ $fields }) fits only a text question
val-default-from-unknown = the session has no field "{ $name }" to take a default from: { $fields }
val-default-invalid = the default is not an answer this question takes: { $problem }
val-written-instead = {": "}"{ $written }" is there instead: did you mean "{ $field }"?
val-known-sets = {" "}(the choice sets are: { $sets })
val-no-sets = {" "}(the questionnaire has no choice_sets)
val-bound-not-whole = { $field } { $value } on a question of whole numbers (integer): no answer can be exactly that; give a whole number
val-exclusive-single = "exclusive" on choice "{ $value }" of a single-choice question does nothing (only one can be chosen anyway); it is for multi questions
