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
