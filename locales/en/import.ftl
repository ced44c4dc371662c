# XLSForm import (`waypost import`): what was and was not carried over, with its place.

imp-place = { $sheet } row { $row }, column { $column }
imp-unreadable = the workbook cannot be read
imp-unreadable-because = the workbook cannot be read: { $reason }
imp-too-slow = reading the workbook took longer than { $seconds } seconds, so it was stopped: a form is read in a fraction of that (is this file crafted, or not a form?)
imp-too-big = reading the workbook needed more than { $megabytes } MB of memory, so it was stopped: a form needs a fraction of that (is this file crafted, or not a form?)
imp-built-in = the form's id is "{ $id }", a built-in questionnaire's: imported, it would take the built-in's place. Change form_id in its settings sheet, or import again with --force to replace the built-in
imp-no-survey = the workbook has no "survey" sheet: it is not an XLSForm
imp-two-sheets = the workbook has two sheets "{ $first }" and "{ $second }": rename or remove one, so it is clear which is meant
imp-sheet-unreadable = the sheet "{ $sheet }" cannot be read: { $reason }
imp-too-many-cells = more than { $max } cells hold something: not a form
imp-no-questions = the survey sheet holds no question waypost can ask
imp-source = Imported from the XLSForm { $file }
imp-section = Section { $n }
imp-other = Other
imp-constraint-message = This answer is not allowed by the form's rule.
imp-choice-incomplete = a choice without a list name or a name: left out
imp-column-ignored = "{ $column }" has no counterpart in waypost: ignored
imp-renamed = the name "{ $name }" became the id "{ $id }"
imp-not-closed = a group or repeat is not closed: closed at the end of the sheet
imp-in-nested-repeat = inside a repeat within a repeat: left out
imp-no-type = a row without a type: left out
imp-unmatched-end = an end without its begin: ignored
imp-nested-repeat = a repeat inside a repeat cannot be a list inside a list: left out, with its rows
imp-not-converted = not converted: { $what }
imp-too-deep = parentheses nested more than { $depth } deep
imp-bad-language = "{ $part }" is not a language code, so it is left out: write the language as a BCP 47 tag, e.g. Kiswahili (sw) or Português (pt-BR)
imp-loop = a loop over the { $choices } choices of "{ $list }": its questions are asked once for each, in a group titled with the choice
imp-dropped-name = the text uses ${ "{" }{ $name }{ "}" }, a { $kind } the import leaves out: it shows "…" there
imp-unknown-name = the text uses ${ "{" }{ $name }{ "}" }, which names no question of the form: it shows "…" there
imp-expression = not converted (waypost does not read "{ $part }"): { $expression }; the question is kept without it
imp-calculation = calculation not converted (waypost does not work out "{ $part }"): { $expression }; left out
imp-calculation-prompt = Worked out: { $calculation }
imp-calculate-in-repeat = a calculate inside a repeat is not converted: left out
imp-filter-in-repeat = a choice_filter inside a repeat is not converted: every choice is offered
imp-metadata = "{ $kind }" is the form's metadata, not a question: left out
imp-no-name = a question without a name: left out
imp-no-choice-list = no choice list "{ $list }" on the choices sheet: left out
imp-as-text = "{ $kind }" is kept as a text question
imp-as-note = "{ $kind }" (media) is kept as a note to read out
imp-unknown-type = unknown type "{ $kind }": left out
imp-required-message = waypost says what is missing in its own words: the message is not kept
imp-converted = { $file }: { $questions ->
    [one] 1 question
   *[other] { $questions } questions
} in { $sections ->
    [one] 1 section
   *[other] { $sections } sections
}; { $notes ->
    [0] everything carried over
    [one] 1 note (above)
   *[other] { $notes } notes (above)
}
imp-exists = { $file } exists: give --force to replace it, or -o for another file
imp-no-label = no label: the name "{ $name }" is shown instead
imp-empty-note = a note without a label: left out
xf-attachment-label = The whole session, as waypost keeps it (sent by waypost; not asked)
xf-no-views = views: XLSForm has no place for grids and tables; not in the form
xf-written = wrote { $file } ({ $notes ->
    [0] everything kept
    [one] 1 note above
   *[other] { $notes } notes above
})
xf-condition = { $place }: the condition tests what XLSForm cannot (a choice's score); kept as JSON in a waypost column
xf-choice-condition = { $place }: when the choice is offered is kept as JSON in a waypost column; ODK Collect and Enketo offer it always
xf-kept = { $place }: kept as JSON in the column { $column }, which XLSForm tools ignore
