# La línea de comandos: waypost list, show, export, compare, report, validate, restore.

cli-cannot-write-output = no se puede escribir la salida
cli-cannot-write-to = no se puede escribir { $file }
cli-restored = { $id } está de vuelta entre las sesiones
cli-wrote = escrito { $file }
cli-plain-needs-command = --plain necesita un comando: `waypost --plain new ID_CUESTIONARIO` o `waypost --plain resume ID_SESION`
cli-other-version = nota: la sesión "{ $session }" se inició con { $questionnaire } versión { $started }; se usa la versión { $now }
cli-reordered = nota: comparadas por fecha: { $earlier } es la sesión anterior
cli-damaged = archivo de sesión dañado { $path }: { $message }
cli-no-sessions = Todavía no hay sesiones. Empiece una con `waypost new ID_CUESTIONARIO`.
cli-no-match = Ninguna sesión coincide con estos filtros.
cli-col-updated = ACTUALIZADA
cli-col-status = ESTADO
cli-col-done = HECHO
cli-col-questionnaire = CUESTIONARIO
cli-col-organisation = ORGANIZACIÓN
cli-col-id = ID
cli-col-version = VERSIÓN
cli-col-title = TÍTULO
cli-col-from = ORIGEN
cli-file-ok = { $file }: correcto
cli-checked = { $files ->
    [one] 1 archivo revisado
   *[other] { $files } archivos revisados
}: { $bad } con problemas ({ $errors ->
    [one] 1 error
   *[other] { $errors } errores
}, { $warnings ->
    [one] 1 advertencia
   *[other] { $warnings } advertencias
})
cli-cannot-read = no se puede leer { $file }
cli-translate-source-language = "{ $language }" es el idioma en que está escrito el cuestionario: indique el idioma al que se traduce, por ejemplo --language es
cli-translate-note = { $file }: { $place }: { $kind ->
    [untranslated] todavía sin traducir; queda como estaba
    [stale] el texto original cambió desde que se hizo el archivo; no se aplica, tradúzcalo de nuevo
    [fuzzy] marcada como dudosa (fuzzy, para revisar); no se aplica
    [duplicate] el archivo tiene más de una entrada para este lugar; se aplica la última: compruebe cuál vale
    [missing] no está en el archivo; queda como estaba
   *[unknown] el cuestionario no tiene un texto aquí; se ignora
}
cli-translate-imported = { $applied ->
    [one] 1 traducción al { $language } aplicada
   *[other] { $applied } traducciones al { $language } aplicadas
}; { $notes ->
    [0] no queda nada por hacer
    [one] 1 entrada para revisar (arriba)
   *[other] { $notes } entradas para revisar (arriba)
}
cli-error = error: { $message }
cli-no-data-folder = no se encontró ninguna carpeta de datos; indique una con --data-dir CARPETA
# A questionnaire file's notice (an override of a built-in, say), on standard error.
cli-catalog-note = nota: { $text }
# A questionnaire file that could not be used, and why.
cli-catalog-skipped = se omitió { $file }: { $problem }

# waypost team
cli-no-config-folder = no se encontró ninguna carpeta de configuración; indique una con WAYPOST_CONFIG_DIR
team-joined = se unió al equipo en { $url }: el servidor respondió, con { $forms ->
    [one] un formulario
   *[other] { $forms } formularios
} para este portátil
team-no-forms = todavía no se ha dado ningún formulario al usuario de aplicación de este portátil: el personal publica el formulario del cuestionario y le da acceso a este usuario
team-joined-offline = se unió al equipo en { $url }, guardado en este portátil; no se llegó al servidor, así que la clave aún no está comprobada (vuelva a unirse con conexión para comprobarla)
team-refused = el servidor rechazó la clave de { $url } (HTTP { $status }: { $message }); no se guardó nada: pida al personal la URL de configuración actual de este portátil
team-not-understood = no se entendió la respuesta del servidor; no se guardó nada
team-none = este portátil no se ha unido a ningún equipo (waypost team join URL)
team-server = servidor y proyecto: { $url }
team-project = proyecto: { $project }
team-reached = última respuesta: { $at }, con { $forms ->
    [one] un formulario
   *[other] { $forms } formularios
} para este portátil
team-never-reached = última respuesta: nunca (el servidor todavía no ha respondido)
team-sessions = sesiones: { $waiting } esperando el envío, { $sent } enviadas, { $failed } fallidas
team-left = dejó el equipo; las sesiones se quedan en este portátil
team-staff = personal: sesión iniciada como { $email } en { $server } hasta { $until }
team-staff-expired = personal: la sesión de { $email } ha caducado (waypost team login)
team-login-no-server = ¿qué servidor? waypost team login --server https://SERVIDOR --email CORREO (o únase antes al equipo)
team-password = Contraseña de { $email } (no se muestra):{" "}
team-password-none = sin contraseña: escríbala en una terminal, o defina WAYPOST_CENTRAL_PASSWORD
team-logged-in = sesión iniciada como { $email } en { $server } hasta { $until }; la contraseña no se guarda
team-logged-out = sesión cerrada; se olvidó el token del personal
team-not-logged-in = no hay sesión de personal en este portátil
staff-bad-server = "{ $server }" no es la dirección de un servidor: https://SERVIDOR
staff-wrong-password = el servidor rechazó el correo y la contraseña de { $email }; no se guardó nada
staff-log-in = inicie antes sesión como personal, o de nuevo (la sesión caduca al cabo de un día): waypost team login --email CORREO
staff-forbidden = el servidor no permite hacer esto a { $email } ({ $message }): puede hacerlo quien gestiona o administra el proyecto
staff-refused = el servidor se negó (HTTP { $status }: { $message })
staff-unreached = no se cambió nada en el servidor: { $reason }
publish-which-project = ¿qué proyecto? waypost publish ID --project NÚMERO (o únase al equipo en este servidor)
publish-bad-key = { $file } no es una clave pública (PEM): { $reason }
publish-refused = el servidor rechazó el formulario { $form }: { $message }
publish-version-taken = la versión { $version } de { $form } ya se publicó antes en este proyecto (el servidor acepta cada versión una sola vez): suba la versión del cuestionario y vuelva a publicar
publish-no-app-user = el proyecto { $project } no tiene ningún usuario de aplicación llamado "{ $name }" (tiene: { $known })
publish-created = publicado { $form } versión { $version } en el proyecto { $project }
publish-new-version = publicado { $form } versión { $version } en el proyecto { $project } (era { $was })
publish-current = { $form } versión { $version } ya está publicado en el proyecto { $project }; nada que publicar
publish-not-in-form = lo que solo lee waypost del cuestionario no está en el formulario ({ $count } partes: puntajes, comprobaciones, cuadrículas, tiempos); waypost lo sigue aplicando en los portátiles, y cada sesión enviada lleva su archivo completo
publish-encrypted = sus envíos van cifrados con la clave dada; guarde bien la clave privada: sin ella nadie puede leerlos
publish-given = dado a los usuarios de aplicación: { $users }
publish-had = los usuarios de aplicación que ya lo tenían: { $users }
publish-no-app-users = el proyecto { $project } todavía no tiene usuarios de aplicación: cree uno por portátil en Central (Proyecto, Usuarios de aplicación) y vuelva a publicar para darles el formulario
send-out-of-date = el servidor tiene una versión más reciente de esta sesión, enviada desde otro lugar (HTTP 409: { $message }); no se sobrescribió nada y se guarda la versión de este portátil: compare las dos antes de volver a enviarla

# waypost send
list-sent-column = ENVÍO
list-sent-waiting = esperando
list-sent-at = enviada { $at }
list-sent-failed = fallido (abajo)
send-no-team = este portátil no se ha unido a ningún equipo: waypost team join URL (la URL de configuración que muestra ODK Central para el usuario de aplicación de este portátil)
send-nothing = nada que enviar: no espera ninguna sesión terminada
send-unreached = no se envió nada, y no se pierde nada: { $reason }; inténtelo más tarde
send-failed = { $session } no se envió: { $reason }
send-failed-later = { $session } todavía no se envió y queda en la bandeja de salida (waypost send): { $reason }
send-no-form = el servidor no ofrece ningún formulario "{ $form }" a este portátil: el personal lo publica y se lo da al usuario de aplicación de este portátil (waypost publish { $questionnaire })
send-unknown-questionnaire = el cuestionario "{ $questionnaire }" no está en este portátil, así que no se conoce su formulario
send-already = { $session }: ya enviada, sin cambios desde entonces
send-sent = { $session }: enviada ({ $instance })
send-sent-again = { $session }: enviada de nuevo, como una versión nueva ({ $instance })
send-conflict = el servidor tiene otra versión (HTTP 409: { $message }); no se sobrescribió nada
send-unknown-version = el servidor no conoce el formulario "{ $form }" en la versión { $version } (HTTP 404): el personal publica esta versión (waypost publish { $questionnaire })
send-refused = el servidor rechazó la clave de este portátil para este formulario (HTTP 401/403: { $message }): el personal da a este usuario de aplicación acceso al formulario, o una URL de configuración nueva
send-rejected = el servidor rechazó el envío (HTTP { $status }: { $message })
pull-which-project = ¿qué proyecto? waypost pull --project NÚMERO (este inicio de sesión ve: { $known })
pull-bad-date = "{ $date }" no es un día: escríbalo como AAAA-MM-DD (2026-12-01)
pull-bad-key = { $file } no es una clave privada (PEM): { $reason }
pull-done = { $listed } { $listed ->
    [one] envío
   *[other] envíos
  } en el servidor: { $new } nuevos aquí, { $updated } puestos al día con una versión más reciente, { $unchanged } ya estaban aquí, { $yours } enviados desde este portátil
pull-from-instance = { $count } hechos solo con las respuestas del formulario (llenado en ODK Collect o Enketo: sin notas, estados de respuesta ni votos)
pull-opened = { $count } cifradas y sin leer antes, leídas ahora
pull-both-kept = { $local } se cambió aquí y en el servidor: se guardan los dos, el de este portátil tal como está y el del servidor como { $kept } (solo lectura); compárelos: waypost compare { $local } { $kept }
pull-unread = { $session } está cifrada y no se leyó: { $reason }; solo se guarda lo que el servidor dice de ella
pull-passphrase = La frase de contraseña del proyecto (no se muestra):{" "}
pull-passphrase-none = sin frase de contraseña: escríbala en una terminal, o defina WAYPOST_CENTRAL_PASSPHRASE
pull-skipped = { $instance } no se guardó: { $reason }
pull-stopped = la descarga se detuvo antes del final: { $reason }; lo que llegó se guarda, y la próxima sigue desde ahí
pull-from-instance-reason = tal como se llenó el formulario (traído del servidor del equipo)
pull-no-instance = el servidor no dio sus respuestas (HTTP { $status })
pull-not-an-instance = lo que dio el servidor no son las respuestas de un formulario
pull-encrypted-no-key = cifrado, y no se dio ni la clave privada del equipo (--private-key) ni la frase de contraseña del proyecto (--passphrase)
pull-no-keys = el servidor no dio las claves del formulario (estado { $status })
pull-not-managed = cifrado con la clave propia del equipo, no con la del proyecto: solo el archivo de clave privada del equipo lo lee (--private-key)
pull-wrong-passphrase = la frase de contraseña no abre la clave del proyecto: no se descifró nada
pull-no-export = el servidor no dio la exportación descifrada (estado { $status })
pull-export-unreadable = la exportación descifrada del servidor no es un zip que waypost lea
pull-export-no-session = la exportación descifrada del servidor no tiene archivo de sesión para él (¿llenado en un teléfono?): solo se guardan sus metadatos
pull-file-missing = el servidor no tiene su archivo { $file }
send-team-session = se trajo del servidor del equipo, que ya lo tiene (para cambiarla, continúela como seguimiento)
list-from-column = ORIGEN
list-from-laptop = este portátil
list-from-team = equipo: { $who }
