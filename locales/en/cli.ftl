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
cli-no-match = No session matches these filters.
cli-col-updated = UPDATED
cli-col-status = STATUS
cli-col-done = DONE
cli-col-questionnaire = QUESTIONNAIRE
cli-col-organisation = ORGANISATION
cli-col-id = ID
cli-col-version = VERSION
cli-col-title = TITLE
cli-col-from = FROM
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
    [duplicate] the file has more than one entry for this place; the last one is applied: check which is meant
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

# waypost team
cli-no-config-folder = no settings folder could be found; give one with WAYPOST_CONFIG_DIR
team-joined = joined the team at { $url }: the server answered, with { $forms ->
    [one] one form
   *[other] { $forms } forms
} for this laptop
team-no-forms = no form is given to this laptop's app user yet: staff publish the questionnaire's form and give this app user access to it
team-joined-offline = joined the team at { $url }, kept on this laptop; the server was not reached, so the key is not checked yet (join again once online to check it)
team-refused = the server refused the key of { $url } (HTTP { $status }: { $message }); nothing was kept: ask staff for this laptop's current settings URL
team-not-understood = the server's answer was not understood; nothing was kept
team-none = this laptop has joined no team (waypost team join URL)
team-server = server and project: { $url }
team-project = project: { $project }
team-reached = last reached: { $at }, with { $forms ->
    [one] one form
   *[other] { $forms } forms
} for this laptop
team-never-reached = last reached: never (the server has not answered yet)
team-sessions = sessions: { $waiting } waiting to be sent, { $sent } sent, { $failed } failed
team-left = left the team; the sessions stay on this laptop
team-staff = staff: logged in as { $email } on { $server } until { $until }
team-staff-expired = staff: the login of { $email } has run out (waypost team login)
team-login-no-server = which server? waypost team login --server https://SERVER --email EMAIL (or join the team first)
team-password = Password for { $email } (not shown):{" "}
team-password-none = no password: type it in a terminal, or set WAYPOST_CENTRAL_PASSWORD
team-logged-in = logged in as { $email } on { $server } until { $until }; the password is not kept
team-logged-out = logged out; the staff token is forgotten
team-not-logged-in = no staff login on this laptop
staff-bad-server = "{ $server }" is not a server's address: https://SERVER
staff-wrong-password = the server refused the email and password of { $email }; nothing was kept
staff-log-in = log in as staff first, or again (the login runs out after a day): waypost team login --email EMAIL
staff-forbidden = the server does not let { $email } do this ({ $message }): a project manager or administrator of the project can
staff-refused = the server refused (HTTP { $status }: { $message })
staff-unreached = nothing was changed on the server: { $reason }
publish-which-project = which project? waypost publish ID --project NUMBER (or join the team on this server)
publish-bad-key = { $file } is not a public key (PEM): { $reason }
publish-refused = the server refused the form { $form }: { $message }
publish-version-taken = version { $version } of { $form } was published on this project before (the server takes each version once): raise the questionnaire's version, then publish again
publish-no-app-user = project { $project } has no app user named "{ $name }" (it has: { $known })
publish-created = published { $form } version { $version } on project { $project }
publish-new-version = published { $form } version { $version } on project { $project } (it was { $was })
publish-current = { $form } version { $version } is already published on project { $project }; nothing to publish
publish-not-in-form = what only waypost reads of the questionnaire is not in the form ({ $count } parts: scores, checks, grids, timings); waypost still applies it on the laptops, and each session sent carries its whole file
publish-encrypted = its submissions are sent encrypted to the key given; keep the private key safe, without it nobody can read them
publish-given = given to the app users: { $users }
publish-had = the app users who had it already: { $users }
publish-no-app-users = project { $project } has no app user yet: create one for each laptop in Central (Project, App Users), then publish again to give them the form
send-out-of-date = the server holds a newer version of this session, sent from elsewhere (HTTP 409: { $message }); nothing was overwritten and this laptop's version is kept: compare the two before sending it again

# waypost send
list-sent-column = SENT
list-sent-waiting = waiting
list-sent-at = sent { $at }
list-sent-failed = failed (below)
send-no-team = this laptop has joined no team: waypost team join URL (the settings URL ODK Central shows for this laptop's app user)
send-nothing = nothing to send: no finished session waits
send-unreached = nothing was sent, and nothing is lost: { $reason }; try again later
send-failed = { $session } not sent: { $reason }
send-failed-later = { $session } is not sent yet and stays in the outbox (waypost send): { $reason }
send-no-form = the server offers no form "{ $form }" to this laptop: staff publish it and give it to this laptop's app user (waypost publish { $questionnaire })
send-unknown-questionnaire = the questionnaire "{ $questionnaire }" is not on this laptop, so its form is not known
send-already = { $session }: already sent, unchanged since
send-sent = { $session }: sent ({ $instance })
send-sent-again = { $session }: sent again, as a new version ({ $instance })
send-conflict = the server holds another version (HTTP 409: { $message }); nothing was overwritten
send-unknown-version = the server does not know the form "{ $form }" at version { $version } (HTTP 404): staff publish this version (waypost publish { $questionnaire })
send-refused = the server refused this laptop's key for this form (HTTP 401/403: { $message }): staff give this app user access to the form, or a new settings URL
send-rejected = the server refused the submission (HTTP { $status }: { $message })
pull-which-project = which project? waypost pull --project NUMBER (this login sees: { $known })
pull-bad-date = "{ $date }" is not a day: give it as YYYY-MM-DD (2026-12-01)
pull-bad-key = { $file } is not a private key (PEM): { $reason }
pull-done = { $listed } { $listed ->
    [one] submission
   *[other] submissions
  } on the server: { $new } new here, { $updated } brought to a newer version, { $unchanged } already here, { $yours } sent from this laptop
pull-from-instance = { $count } made from the form's answers alone (filled in ODK Collect or Enketo: no notes, answer states or votes)
pull-opened = { $count } encrypted and unread before, read now
pull-both-kept = { $local } was changed here and on the server: both are kept, this laptop's as it is and the server's as { $kept } (read-only); compare them: waypost compare { $local } { $kept }
pull-unread = { $session } is encrypted and was not read: { $reason }; only what the server says of it is kept
pull-passphrase = The project's passphrase (not shown):{" "}
pull-passphrase-none = no passphrase: type it in a terminal, or set WAYPOST_CENTRAL_PASSPHRASE
pull-skipped = { $instance } was not kept: { $reason }
pull-stopped = the pull stopped before the end: { $reason }; what came is kept, and the next pull goes on from there
pull-from-instance-reason = as the form was filled in (pulled from the team's server)
pull-no-instance = the server did not give its answers (HTTP { $status })
pull-not-an-instance = what the server gave is not a form's answers
pull-encrypted-no-key = encrypted, and neither the team's private key (--private-key) nor the project's passphrase (--passphrase) was given
pull-no-keys = the server did not give the form's keys (status { $status })
pull-not-managed = encrypted to the team's own key, not the project's: only the team's private key file reads it (--private-key)
pull-wrong-passphrase = the passphrase does not open the project's key: nothing was decrypted
pull-no-export = the server did not give the decrypted export (status { $status })
pull-export-unreadable = the server's decrypted export is not a zip waypost reads
pull-export-no-session = the server's decrypted export holds no session file for it (filled on a phone?): only its metadata is kept
pull-file-missing = the server does not have its file { $file }
send-team-session = it was pulled from the team's server, which has it already (to change it, continue it as a follow-up)
list-from-column = FROM
list-from-laptop = this laptop
list-from-team = team: { $who }
