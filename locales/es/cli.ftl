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
