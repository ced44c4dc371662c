# Lo que el núcleo rechaza o no puede hacer, tal como lo muestran las interfaces.

err-no-session = no hay ninguna sesión "{ $id }"
err-bad-session-id = "{ $id }" no es un identificador de sesión válido (minúsculas, dígitos y guiones)
err-session-exists = ya existe una sesión "{ $id }"
err-damaged = { $path }: dañado, no se tocó: { $message }
err-conflict = otro programa también cambió la sesión "{ $id }" ({ $places }): no se guardó nada encima; sus respuestas quedan en esta ventana y el archivo conserva la otra versión
err-locked = la sesión "{ $id }" está abierta en otra ventana ({ $holder }); se puede ver en modo de solo lectura
err-no-questionnaire = no hay ningún cuestionario "{ $id }"; conocidos: { $known }
err-unknown-questionnaire = la sesión "{ $session }" responde al cuestionario "{ $questionnaire }", que aquí no se conoce (vea `waypost questionnaires`)
err-ambiguous-session = "{ $wanted }" es el comienzo de varias sesiones: { $ids }; dé más del identificador, o su UUID
err-different-questionnaires = las sesiones responden a cuestionarios distintos ({ $first } y { $second }); solo se comparan sesiones de un mismo cuestionario
err-no-question = no hay ninguna pregunta "{ $id }"
err-no-such-language = el cuestionario no está escrito en "{ $language }"
err-hidden = la pregunta "{ $id }" no se muestra con las respuestas actuales
err-needs-reason = hace falta un motivo para seguir: { $warnings }
err-nothing-shown = no se muestra ninguna pregunta
err-po-unreadable = no es un archivo PO legible: { $message }
err-po-bad-language = la cabecera Language del archivo PO, "{ $language }", no es una etiqueta de idioma (BCP 47, como es o pt-BR)
err-bad-language = "{ $language }" no es una etiqueta de idioma (BCP 47, como es o pt-BR)
err-po-long-line = la línea { $line } tiene más de { $max } bytes, más de lo que el lector de PO toma entero: divida el texto en varias líneas entre comillas, como hacen los editores de PO
err-po-no-language = el encabezado del archivo PO no indica ningún idioma ("Language: es")
err-po-source-language = "{ $language }" es el idioma en que están escritos los textos del cuestionario, no una traducción
err-po-other-questionnaire = el archivo PO es de "{ $found }", no de "{ $expected }"
err-po-json = el JSON del cuestionario: { $message }
err-document-format = esto no se escribe como { $format }

# The store's refusals and damaged files; the caller names the file.
store-format = el formato de sesión { $found } no es uno que este waypost lea ({ $reads })
store-not-an-id = su id "{ $id }" no es un id de sesión (minúsculas, dígitos y guiones)
store-id-not-name = su id "{ $id }" no coincide con el nombre del archivo
store-too-large = { $size } MB es más de lo que waypost lee de un archivo ({ $limit } MB)
store-link = un enlace simbólico, y waypost nunca escribe a través de un enlace
store-not-regular = no es un archivo normal (una carpeta, un FIFO o un dispositivo), así que waypost no lo usa
store-shared-folder = { $folder } pertenece a otro usuario y otros pueden escribir en ella: waypost guarda sus datos solo en carpetas que son solo suyas (elija otra con --data-dir)
store-export-no-folder = no existe esa carpeta
store-export-no-name = no es un nombre de archivo
store-export-sessions = en la carpeta de sesiones, donde nunca va un informe
store-export-not-regular = no es un archivo normal (un dispositivo, un FIFO o una carpeta), así que no se reemplaza
store-lock-moving = el archivo de bloqueo cambió mientras waypost lo tomaba; inténtelo de nuevo
store-set-aside = { $file } no se usó y se movió a { $to }: { $why }
store-aside-link = es un enlace simbólico
store-aside-not-regular = no es un archivo normal (una carpeta, un FIFO o un dispositivo)
store-aside-not-ours = pertenece a otro usuario
store-aside-others-write = otros pueden escribir en él
store-json-at = línea { $line } columna { $column }: { $problem }
store-draft-of-another = es el borrador de otro cuestionario

# Un equipo en ODK Central.
team-bad-url = "{ $url }" no es una URL de configuración de usuario de aplicación; ODK Central la muestra como https://SERVIDOR/v1/key/TOKEN/projects/NÚMERO (Proyecto, Usuarios de aplicación, el código QR del usuario o "ver configuración")
team-plain-http = "{ $url }" usa http sin cifrar: su clave cruzaría la red legible; use la dirección https (http sin cifrar solo para un servidor en este equipo)
team-file = la configuración del equipo en { $file } no se pudo leer ni escribir: { $reason }
team-damaged = { $file } no es una configuración de equipo como la escribe waypost ({ $reason }); se deja como está: apártela y vuelva a unirse
central-timeout = el servidor no respondió a tiempo (¿una red lenta o caída?)
central-no-network = no se pudo llegar al servidor: { $reason }
central-why-no-host = no se encontró la dirección del servidor (sin red, o una dirección equivocada)
central-why-refused = nada responde en esa dirección (el servidor está caído, o el puerto es otro)
central-why-dropped = la conexión se cortó antes de que el servidor respondiera
central-certificate = no se aceptó el certificado del servidor, así que no se envió nada: { $reason }
central-secure = falló la conexión segura con el servidor, así que no se envió nada: { $reason }
central-cert-unknown-issuer = no lo emite una autoridad en la que confíe este equipo (un certificado autofirmado, o una red que mira dentro de las conexiones seguras)
central-cert-expired = ha caducado
central-cert-not-yet = todavía no es válido (¿está bien la fecha de este equipo?)
central-cert-other-name = está hecho para otra dirección (¿es correcta la dirección?)
central-cert-revoked = fue revocado
central-not-central = algo respondió, pero no ODK Central: una página web (¿una página de acceso al Wi-Fi, o una dirección equivocada?)
central-server = el servidor falló (HTTP { $status }); inténtelo más tarde
seal-bad-key = la clave pública del formulario no se puede usar ({ $reason }), así que no se envió nada: el personal revisa la clave con la que se publicó el formulario
