# Por qué se rechaza una respuesta. { $label } es el nombre que el cuestionario da a un elemento de lista.

inv-note-takes-no-answer = una nota no lleva respuesta
inv-choose-one = elija una de las opciones
inv-select-from-choices = elija entre las opciones
inv-not-a-choice = "{ $value }" no es una de las opciones
inv-not-offered = "{ $label }" no se ofrece con las respuestas dadas antes de esta pregunta
inv-read-only = esta pregunta es de solo lectura: guarda el valor que se muestra
inv-not-put-to-vote = esta pregunta no se somete a votación
inv-unknown-voter = "{ $voter }" no está entre los participantes
inv-no-dots-left = a { $voter } no le quedan votos (retire uno para moverlo)
inv-selected-twice = "{ $value }" está elegida dos veces
inv-too-few-selected = elija al menos { $n }
inv-too-many-selected = elija como máximo { $n }
inv-not-a-number = escriba un número
inv-not-a-number-text = "{ $value }" no es un número
inv-not-whole = escriba un número entero
inv-below-min = el mínimo permitido es { $min }{ $unit }
inv-above-max = el máximo permitido es { $max }{ $unit }
inv-type-an-answer = escriba una respuesta
inv-empty = la respuesta está vacía: escriba una, o elija un estado como no sabe
inv-too-long = { $len } caracteres es demasiado largo: como máximo { $max }
inv-not-a-date = escriba una fecha como AAAA-MM-DD, p. ej. 2026-11-28
inv-not-a-time = escriba una hora del día como HH:MM, p. ej. 14:30
inv-not-a-datetime = escriba una fecha y una hora como AAAA-MM-DD HH:MM, p. ej. 2026-11-28 14:30
inv-not-a-list = una respuesta de lista es una lista de elementos
inv-too-few-items = { $min ->
    [one] añada al menos 1 { $label }
   *[other] añada al menos { $min } × { $label }
}
inv-too-many-items = { $max ->
    [one] se admite como máximo 1 { $label }
   *[other] se admiten como máximo { $max } × { $label }
}
inv-not-an-item = { $label } { $number }: no es un elemento
inv-unknown-field = { $label } { $number }: campo desconocido "{ $field }"
inv-in-item = { $label } { $number }, { $field }: { $inner }
inv-missing = obligatorio
inv-required = { $field } es obligatorio
inv-state-not-allowed = esta pregunta no admite "{ $state }"
state-dont-know = No sabe
state-declined = No responde
state-not-applicable = No aplica

# Lo que `validate` dice de un archivo de cuestionario.
val-format = formato { $found } no admitido; este waypost lee el formato { $format }
val-questionnaire-id = "{ $id }" no es un identificador válido: use minúsculas, dígitos y guiones
val-version-empty = la versión está vacía
val-language-twice = el idioma "{ $language }" está vacío o aparece dos veces
val-name = "{ $name }" no es un nombre válido: use minúsculas, dígitos, _ y -
val-no-sections = el cuestionario no tiene secciones
val-text-empty = el texto está vacío
val-no-translation = no se da ninguna traducción
val-no-text-in = no hay texto en el idioma "{ $language }"
val-one-text = un solo texto para todos los idiomas: dé uno en cada uno de { $languages }
val-no-choices = no hay opciones
val-value-empty = el valor está vacío
val-value-twice = el valor "{ $value }" se usa dos veces
val-item-id = "{ $id }" no es un identificador válido: use minúsculas, dígitos, _ y -
val-section-twice = el identificador de sección "{ $id }" se usa dos veces
val-section-empty = la sección está vacía
val-question-twice = el identificador de pregunta "{ $id }" se usa dos veces
val-misplaced = `{ $field }` solo se aplica a preguntas { $kinds ->
    [choice] single y multi
    [number] number
    [limits] number y date
    [text] text
    [multi] multi
   *[list] list
}; se ignora
val-needs-choices = una pregunta { $kind } necesita opciones
val-unknown-set = conjunto de opciones desconocido "{ $name }"{ $hint }
val-min-max = min { $min } es mayor que max { $max }
val-max-length = max_length debe ser al menos 1
val-choice-show-if-field = un campo de lista ofrece todas sus opciones: `show_if` en una opción es para preguntas y aquí se ignora
val-calculation = el cálculo no puede hacerse: waypost no lee "{ $part }"
val-calculation-missing = una pregunta calculate necesita un `calculation`
val-calculation-kind = `calculation` vale solo para preguntas calculate; se ignora
val-calculate-in-list = una pregunta calculate no puede ser campo de una lista
val-read-only-kind = `read_only` vale para preguntas que se responden, no para notas, listas ni campos de una lista; se ignora
val-read-only-default = una pregunta de solo lectura sin valor predeterminado no muestra nada y nunca se responde: dele un `default`
val-read-only-required = una pregunta obligatoria de solo lectura necesita un `default`, o la sesión nunca podrá terminarse
val-min-max-selected = min_selected { $min } es mayor que max_selected { $max }
val-min-selected-choices = min_selected es mayor que las { $n } opciones
val-note-required = una nota no lleva respuesta; `required` se ignora
val-note-allow = una nota no lleva respuesta; `allow` se ignora
val-listed-twice = "{ $name }" aparece dos veces
val-flag-in-list = las alertas van en las preguntas, no en los campos de un elemento de lista
val-not-text = "{ $id }" no es una pregunta de texto{ $hint }
val-list-in-list = un campo de una lista no puede ser a su vez una lista
val-list-fields = una pregunta de lista necesita campos
val-min-max-items = min_items { $min } es mayor que max_items { $max }
val-field-twice = el identificador de campo "{ $id }" se usa dos veces en esta lista
val-scale = la escala debe ser mayor que 0
val-bands-order = los niveles van del más bajo al más alto, cada max por encima del anterior
val-bands-gap = los puntajes por encima de { $last } y hasta { $scale } no caen en ningún nivel
val-scores-unused = "{ $id }" tiene puntajes en sus opciones, pero el cuestionario no tiene un bloque "scoring": no se calcula ningún puntaje con ellos (agregue "scoring" o quite los puntajes)
val-band-above-scale = el nivel "{ $band }" llega hasta { $max }, por encima del puntaje más alto posible ({ $top }): su tope nunca se alcanza
val-actions-at-most = debe estar entre 0 y la escala, { $scale }
val-nothing-scored = ninguna sección tiene opciones con puntaje, así que no se puntuará nada
val-not-list = "{ $id }" no es una pregunta de lista{ $hint }
val-no-field = "{ $list }" no tiene ningún campo "{ $field }"{ $hint }
val-unknown-question = pregunta desconocida "{ $id }"{ $hint }
val-kind-not-list = "{ $id }" es una pregunta { $kind }, no una lista
val-axis = el campo "{ $field }" debe ser una opción única con al menos dos opciones
val-axes-same = x e y deben ser campos distintos
val-carry-no-list = no nombra ninguna lista de la que tomar elementos
val-field-later = el campo "{ $id }" viene después en la lista; una condición solo puede usar campos anteriores
val-own-answer = una pregunta no puede depender de su propia respuesta
val-asked-later = la pregunta "{ $id }" se hace después; una condición solo puede usar respuestas dadas antes
val-note-no-answer = "{ $id }" es una nota y no tiene respuesta
val-use-includes = "{ $id }" es de selección múltiple: pruébela con includes
val-use-count = "{ $id }" es una lista: cuente sus elementos con at_least o at_most
val-in-single = "{ $id }" es { $kind }: `in` prueba valores únicos
val-includes-multi = includes prueba una selección múltiple, y "{ $id }" es una pregunta { $kind }
val-compare-numbers = { $op } compara números, opciones con puntaje o cantidades, y "{ $id }" es una pregunta { $kind } sin puntajes
val-not-a-choice = "{ $value }" no es una opción de "{ $id }"{ $hint }
val-choice-strings = "{ $id }" lleva valores de opciones (textos), no { $value }
val-compare-number = "{ $id }" es una pregunta de número; compárela con un número, no con { $value }
val-compare-text = "{ $id }" es una pregunta de texto; compárela con un texto, no con { $value }
val-compare-date = "{ $id }" es una pregunta de fecha; compárela con una fecha "AAAA-MM-DD", no con { $value }
val-compare-time = "{ $id }" es una pregunta de hora; compárela con una hora como HH:MM, no con { $value }
val-compare-datetime = "{ $id }" es una pregunta de fecha y hora; compárela con una como "AAAA-MM-DDTHH:MM", no con { $value }
val-never-section = esta condición nunca se cumple, así que la sección nunca se muestra
val-never-question = esta condición nunca se cumple, así que la pregunta nunca se muestra
val-never-any = ninguna pregunta de esta sección puede mostrarse, así que siempre está vacía
val-never-warning = esta condición nunca se cumple, así que la advertencia nunca aparece
val-never-field = esta condición nunca se cumple, así que el campo nunca se muestra
val-unknown-field = campo desconocido, se ignora{ $hint }
val-cannot-read = no se puede leer: { $error }
val-cannot-read-folder = no se puede leer la carpeta: { $error }
val-overrides = { $new } reemplaza a { $old } (id "{ $id }")
val-built-in = { $name } incluido
val-did-you-mean = {" "}(¿quiso decir "{ $word }"?)
val-warning-tag = advertencia:{" "}

# Leer un archivo de cuestionario: qué falla en sus bytes, en su JSON o en la forma de sus datos.
val-empty-file = el archivo está vacío
val-not-utf8 = el archivo no es texto UTF-8 (el primer byte que no lo es está aquí); guárdelo como UTF-8
val-not-object = se esperaba un cuestionario: un objeto {"{"} … {"}"} con format, id, version, title y sections
val-missing-fields = { $count ->
    [one] falta el campo { $fields }
   *[other] faltan los campos: { $fields }
}
val-json-eof-value = el archivo termina donde se espera un valor
val-json-eof-list = el archivo termina dentro de una lista: falta un "]"
val-json-eof-object = el archivo termina dentro de un objeto: falta un "{"}"}"
val-json-eof-string = el archivo termina dentro de un texto: falta la comilla de cierre
val-json-colon = se esperaba ":" después del nombre del campo
val-json-comma-list = se esperaba "," entre los elementos de una lista, o "]" para cerrarla
val-json-comma-object = se esperaba "," entre los campos de un objeto, o "{"}"}" para cerrarlo
val-json-value = se esperaba un valor: un texto entre comillas, un número, true, false, null, una lista o un objeto
val-json-ident = se esperaba true, false o null (los textos van entre comillas)
val-json-key = se esperaba un nombre de campo entre comillas
val-json-trailing-comma = una coma antes del corchete de cierre: quítela
val-json-trailing = hay algo más después del final del cuestionario
val-json-escape = una barra invertida en un texto empieza un escape: escriba \\ para la barra misma
val-json-number = no es un número que JSON pueda guardar
val-json-deep = anidado demasiado profundo
val-json-control = un carácter de control (un tabulador o salto de línea) dentro de un texto: escriba \t o \n en su lugar
val-json-unicode = un escape \u no válido en un texto
val-json-syntax = aquí el JSON no es válido
val-json-type = se encontró { $found } donde se espera { $expected }
val-json-not-allowed = { $found } no está permitido aquí: se espera { $expected }
val-json-length = { $found } donde se espera { $expected }
val-json-variant = valor desconocido "{ $word }"; se espera uno de { $allowed }{ $hint }
val-json-field = campo desconocido "{ $word }"; se espera uno de { $allowed }{ $hint }
val-json-missing = falta el campo "{ $field }"
val-json-duplicate = el campo "{ $field }" aparece dos veces
val-json-quadrant = se esperaba un nombre, o un objeto con "name" y "strategy"
val-json-other = este valor no puede leerse aquí
val-found-number = el número { $value }
val-found-text = el texto { $value }
val-found-object = un objeto
val-found-list = una lista
val-expect-text = un texto entre comillas
val-expect-count = un número entero, 0 o más
val-expect-integer = un número entero
val-expect-number = un número
val-expect-boolean = true o false
val-expect-list = una lista [ … ]
val-expect-object = un objeto {"{"} … {"}"}
val-expect-translations = un texto, o traducciones como {"{"}"en": "…", "es": "…"{"}"}
val-expect-one-or-list = un valor, o una lista de ellos
val-expect-choices = el nombre de un conjunto de opciones, o una lista de opciones
val-repeated = … y { $count ->
    [one] 1 problema más
   *[other] { $count } problemas más
} como este
val-cond-no-test = una condición sobre una respuesta necesita una prueba: equals, in, includes, at_least, at_most o answered
val-cond-two-tests = una condición puede tener solo una prueba; combine varias con "all" o "any"
val-cond-two-groups = una condición puede tener solo uno de all, any y not
val-cond-empty = condición vacía: use {"{"}"answer": ID, "equals": V{"}"} o combine con all, any o not
val-cond-no-answer = esta prueba necesita "answer": el id de la pregunta que prueba
val-mixed-scores = { $count ->
    [one] la opción { $values } no tiene puntaje y las demás sí
   *[other] las opciones { $values } no tienen puntaje y las demás sí
}: dé un puntaje a cada opción, o a ninguna (para "no sabe", permita mejor ese estado de respuesta)
val-weight = el peso debe ser un número, 0 o más
val-weight-unscored = un peso solo cuenta en algo que se puntúa; aquí se ignora
val-pipe-unknown = ${"{"}{ $id }{"}"} no nombra ninguna pregunta ni campo{ $hint }
val-pipe-later = ${"{"}{ $id }{"}"}: "{ $id }" se pregunta después, así que su respuesta no puede mostrarse aquí
inv-exclusive = "{ $value }" va sola: desmárquela, o desmarque las demás opciones
val-expect-bound = un número, una fecha ("AAAA-MM-DD", "today", "today-30"), o {"{"}"answer": ID{"}"}
val-compare-answers = "{ $id }" y "{ $other }" no se pueden comparar: compare fechas con fechas, y números, puntajes o conteos entre sí
val-bound-date = "{ $value }" no es una fecha: escriba "AAAA-MM-DD", "today", o días desde hoy como "today-30" o "today+7"
val-bound-answer = un límite es un número o una fecha; para comparar con otra respuesta, use una restricción (constraint)
val-bound-kind = `{ $field }` aquí lleva { $kind ->
    [date] una fecha: "AAAA-MM-DD", "today", "today-30" o "today+7"
   *[other] un número
}
inv-date-before = la fecha más temprana permitida es { $date }
inv-date-after = la fecha más tardía permitida es { $date }
inv-count-from = "{ $source }" se respondió { $n }: la lista lleva { $n ->
    [one] 1 × { $label }
   *[other] { $n } × { $label }
}
val-count-from = "{ $id }" es una pregunta { $kind }: el número de elementos de una lista sale de una pregunta numérica
val-workshop-time-date = "{ $id }" es una pregunta { $kind }: el período cuyos talleres se revisan empieza y termina con preguntas de fecha
inv-specify-other = indique qué es "{ $label }"
val-other-twice = como mucho una opción puede ser "other"
val-votes-single = solo las preguntas de opción única (y los campos de opción única de una lista) pueden someterse a votación
val-pattern = no se puede leer el patrón: { $problem }
val-pattern-long = el patrón tiene más de { $most } caracteres
val-matches-text = "{ $id }" es una pregunta de tipo { $kind }; solo una respuesta de texto se compara con un patrón
val-default-kind = una pregunta de tipo { $kind } no admite un valor predeterminado
val-default-from = un valor predeterminado tomado de la sesión ({ $fields }) solo sirve en una pregunta de texto
val-default-from-unknown = la sesión no tiene ningún campo "{ $name }" del que tomar un valor predeterminado: { $fields }
val-default-invalid = el valor predeterminado no es una respuesta que esta pregunta admita: { $problem }
val-written-instead = {": "}en su lugar está "{ $written }": ¿quiso decir "{ $field }"?
val-known-sets = {" "}(los conjuntos de opciones son: { $sets })
val-no-sets = {" "}(el cuestionario no tiene choice_sets)
val-bound-not-whole = { $field } { $value } en una pregunta de números enteros (integer): ninguna respuesta puede ser exactamente eso; dé un número entero
val-exclusive-single = "exclusive" en la opción "{ $value }" de una pregunta de una sola opción no hace nada (de todos modos solo se elige una); es para preguntas multi
