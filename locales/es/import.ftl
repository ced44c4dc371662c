# Importar XLSForm (`waypost import`): qué se trajo y qué no, con su lugar.

imp-place = { $sheet } fila { $row }, columna { $column }
imp-unreadable = no se puede leer el libro
imp-unreadable-because = no se puede leer el libro: { $reason }
imp-too-slow = leer el libro tardó más de { $seconds } segundos, así que se detuvo: un formulario se lee en una fracción de eso (¿está manipulado este archivo, o no es un formulario?)
imp-too-big = leer el libro necesitó más de { $megabytes } MB de memoria, así que se detuvo: un formulario necesita una fracción de eso (¿está manipulado este archivo, o no es un formulario?)
imp-built-in = el identificador del formulario es "{ $id }", el de un cuestionario incorporado: importado, ocuparía su lugar. Cambie form_id en su hoja settings, o vuelva a importar con --force para sustituir el incorporado
imp-no-survey = el libro no tiene hoja "survey": no es un XLSForm
imp-two-sheets = el libro tiene dos hojas "{ $first }" y "{ $second }": cambie el nombre de una o quítela, para que quede claro cuál vale
imp-sheet-unreadable = no se puede leer la hoja "{ $sheet }": { $reason }
imp-too-many-cells = más de { $max } celdas tienen algo: no es un formulario
imp-no-questions = la hoja survey no tiene ninguna pregunta que waypost pueda hacer
imp-source = Importado del XLSForm { $file }
imp-section = Sección { $n }
imp-other = Otro
imp-constraint-message = La regla del formulario no permite esta respuesta.
imp-choice-incomplete = una opción sin nombre de lista o sin nombre: se deja fuera
imp-column-ignored = "{ $column }" no tiene equivalente en waypost: se ignora
imp-renamed = el nombre "{ $name }" pasó a ser el id "{ $id }"
imp-not-closed = un grupo o repetición sin cerrar: se cierra al final de la hoja
imp-in-nested-repeat = dentro de una repetición dentro de otra: se deja fuera
imp-no-type = una fila sin tipo: se deja fuera
imp-unmatched-end = un fin sin su comienzo: se ignora
imp-nested-repeat = una repetición dentro de otra no puede ser una lista dentro de una lista: se deja fuera, con sus filas
imp-not-converted = no convertido: { $what }
imp-too-deep = paréntesis anidados a más de { $depth } niveles
imp-bad-language = "{ $part }" no es un código de idioma, así que se deja fuera: escriba el idioma como etiqueta BCP 47, por ejemplo Kiswahili (sw) o Português (pt-BR)
imp-loop = un bucle sobre las { $choices } opciones de "{ $list }": sus preguntas se hacen una vez por cada una, en un grupo con el título de la opción
imp-dropped-name = el texto usa ${ "{" }{ $name }{ "}" }, un { $kind } que la importación deja fuera: ahí se muestra "…"
imp-unknown-name = el texto usa ${ "{" }{ $name }{ "}" }, que no nombra ninguna pregunta del formulario: ahí se muestra "…"
imp-expression = no convertido (waypost no lee "{ $part }"): { $expression }; la pregunta se mantiene sin esto
imp-calculation = cálculo no convertido (waypost no calcula "{ $part }"): { $expression }; se omite
imp-calculation-prompt = Calculado: { $calculation }
imp-calculate-in-repeat = un calculate dentro de una repetición no se convierte: se omite
imp-filter-in-repeat = un choice_filter dentro de una repetición no se convierte: se ofrecen todas las opciones
imp-metadata = "{ $kind }" son metadatos del formulario, no una pregunta: se deja fuera
imp-no-name = una pregunta sin nombre: se deja fuera
imp-no-choice-list = no hay lista de opciones "{ $list }" en la hoja choices: se deja fuera
imp-as-text = "{ $kind }" se mantiene como pregunta de texto
imp-as-note = "{ $kind }" (multimedia) se mantiene como nota para leer
imp-unknown-type = tipo desconocido "{ $kind }": se deja fuera
imp-required-message = waypost dice qué falta con sus propias palabras: el mensaje no se mantiene
imp-converted = { $file }: { $questions ->
    [one] 1 pregunta
   *[other] { $questions } preguntas
} en { $sections ->
    [one] 1 sección
   *[other] { $sections } secciones
}; { $notes ->
    [0] se trajo todo
    [one] 1 nota (arriba)
   *[other] { $notes } notas (arriba)
}
imp-exists = { $file } ya existe: use --force para reemplazarlo, o -o para otro archivo
imp-no-label = sin etiqueta: se muestra el nombre "{ $name }" en su lugar
imp-empty-note = una nota sin etiqueta: se deja fuera
xf-attachment-label = La sesión completa, tal como la guarda waypost (la envía waypost; no se pregunta)
xf-no-views = views: XLSForm no tiene lugar para cuadrículas y tablas; no está en el formulario
xf-written = escrito { $file } ({ $notes ->
    [0] se guardó todo
    [one] 1 nota arriba
   *[other] { $notes } notas arriba
})
xf-condition = { $place }: la condición prueba algo que XLSForm no puede (el puntaje de una opción); se guarda como JSON en una columna de waypost
xf-choice-condition = { $place }: cuándo se ofrece la opción se guarda como JSON en una columna de waypost; ODK Collect y Enketo la ofrecen siempre
xf-kept = { $place }: se guarda como JSON en la columna { $column }, que las herramientas XLSForm ignoran
