# What the core refuses or cannot do, as the shells show it.

err-no-session = no session "{ $id }"
err-bad-session-id = "{ $id }" is not a valid session id (lower-case letters, digits and dashes)
err-session-exists = a session "{ $id }" exists already
err-damaged = { $path }: damaged, left untouched: { $message }
err-conflict = session "{ $id }" was changed by another program too ({ $places }): nothing was saved over it; your answers stay in this window, the file keeps the other version
err-locked = session "{ $id }" is open in another window ({ $holder }); it can be viewed read-only
err-no-questionnaire = no questionnaire "{ $id }"; known: { $known }
err-unknown-questionnaire = session "{ $session }" answers questionnaire "{ $questionnaire }", which is not known here (see `waypost questionnaires`)
err-ambiguous-session = "{ $wanted }" is the start of several sessions: { $ids }; give more of the id, or its UUID
err-different-questionnaires = sessions answer different questionnaires ({ $first } and { $second }); only sessions of one questionnaire can be compared
err-no-question = no question "{ $id }"
err-no-such-language = the questionnaire is not written in "{ $language }"
err-hidden = question "{ $id }" is not shown for the current answers
err-needs-reason = needs a reason to go on: { $warnings }
err-nothing-shown = no question is shown
err-po-unreadable = not a readable PO file: { $message }
err-po-bad-language = the PO file's Language header "{ $language }" is not a language tag (BCP 47, such as es or pt-BR)
err-bad-language = "{ $language }" is not a language tag (BCP 47, such as es or pt-BR)
err-po-long-line = line { $line } is longer than { $max } bytes, more than the PO reader takes whole: split the text into several quoted lines, as PO editors do
err-po-no-language = the PO file's header names no language ("Language: es")
err-po-source-language = "{ $language }" is the language the questionnaire's texts are written in, not a translation
err-po-other-questionnaire = the PO file is for "{ $found }", not "{ $expected }"
err-po-json = the questionnaire's JSON: { $message }
err-document-format = this is not written as { $format }

# The store's refusals and damaged files; the caller names the file.
store-format = session format { $found } is not one this waypost reads ({ $reads })
store-not-an-id = its id "{ $id }" is not a session id (lower-case letters, digits and dashes)
store-id-not-name = its id "{ $id }" does not match its file name
store-too-large = { $size } MB is more than waypost reads from one file ({ $limit } MB)
store-link = a symbolic link, and waypost never writes through a link
store-not-regular = not a regular file (a folder, FIFO or device), so waypost does not use it
store-shared-folder = { $folder } belongs to another user and others can write to it: waypost keeps its data only in folders that are yours alone (choose another with --data-dir)
store-export-no-folder = no such folder
store-export-no-name = not a file name
store-export-sessions = in the sessions folder, where a report never goes
store-export-not-regular = not a regular file (a device, FIFO or folder), so it is not replaced
store-lock-moving = the lock file kept changing while waypost took it; try again
store-set-aside = { $file } was not used and was moved to { $to }: { $why }
store-aside-link = it is a symbolic link
store-aside-not-regular = it is not a regular file (a folder, FIFO or device)
store-aside-not-ours = it belongs to another user
store-aside-others-write = others can write to it
store-json-at = line { $line } column { $column }: { $problem }
store-draft-of-another = it is the draft of another questionnaire

# A team on ODK Central.
team-bad-url = "{ $url }" is not an app user's settings URL; ODK Central shows it as https://SERVER/v1/key/TOKEN/projects/NUMBER (Project, App Users, the user's QR code or "see settings")
team-plain-http = "{ $url }" uses plain http: its key would cross the network readable; use the https address (plain http only for a server on this computer)
team-file = the team's settings in { $file } could not be read or written: { $reason }
team-damaged = { $file } is not a team's settings as waypost writes them ({ $reason }); it is left as it is: move it away, then join again
central-timeout = the server did not answer in time (a slow or dead network?)
central-no-network = the server could not be reached: { $reason }
central-why-no-host = the server's address was not found (no network, or a wrong address)
central-why-refused = nothing answers at that address (the server is down, or the port is wrong)
central-why-dropped = the connection broke before the server answered
central-certificate = the server's certificate was not accepted, so nothing was sent: { $reason }
central-secure = the secure connection to the server failed, so nothing was sent: { $reason }
central-cert-unknown-issuer = it is not issued by an authority this computer trusts (a self-signed certificate, or a network that looks into secure connections)
central-cert-expired = it has expired
central-cert-not-yet = it is not valid yet (is this computer's date right?)
central-cert-other-name = it is made for another address (is the address right?)
central-cert-revoked = it was revoked
central-not-central = something answered, but not ODK Central: a web page (a Wi-Fi login page, or a wrong address?)
central-server = the server failed (HTTP { $status }); try again later
seal-bad-key = the form's public key cannot be used ({ $reason }), so nothing was sent: staff check the key the form was published with
