# The command line: waypost list, show, export, compare, report, validate, restore.

cli-cannot-write-output = cannot write the output
cli-cannot-write-to = cannot write { $file }
cli-restored = { $id } is back among the sessions
cli-wrote = wrote { $file }
cli-plain-needs-command = --plain needs a command: `waypost --plain new QUESTIONNAIRE_ID` or `waypost --plain resume SESSION_ID`
cli-other-version = note: session "{ $session }" was started with { $questionnaire } version { $started }; using version { $now }
cli-reordered = note: compared in date order: { $earlier } is the earlier session
cli-damaged = damaged session file { $path }: { $message }
cli-no-sessions = No sessions yet. Start one with `waypost new QUESTIONNAIRE_ID`.
cli-file-ok = { $file }: ok
cli-checked = { $files ->
    [one] 1 file checked
   *[other] { $files } files checked
}: { $bad } with problems ({ $errors ->
    [one] 1 error
   *[other] { $errors } errors
}, { $warnings ->
    [one] 1 warning
   *[other] { $warnings } warnings
})
cli-cannot-read = cannot read { $file }
cli-translate-source-language = "{ $language }" is the language the questionnaire is written in: name the language to translate into, e.g. --language es
cli-translate-note = { $file }: { $place }: { $kind ->
    [untranslated] not translated yet; left as it was
    [stale] the source text changed since the file was made; not applied, translate it again
    [fuzzy] marked fuzzy (to be checked); not applied
    [missing] not in the file; left as it was
   *[unknown] the questionnaire has no text here; ignored
}
cli-translate-imported = { $applied ->
    [one] 1 translation into { $language } applied
   *[other] { $applied } translations into { $language } applied
}; { $notes ->
    [0] nothing left to do
    [one] 1 entry to look at (above)
   *[other] { $notes } entries to look at (above)
}
cli-error = error: { $message }
cli-no-data-folder = no data folder could be found; give one with --data-dir DIR
# A questionnaire file's notice (an override of a built-in, say), on standard error.
cli-catalog-note = note: { $text }
# A questionnaire file that could not be used, and why.
cli-catalog-skipped = skipped { $file }: { $problem }
