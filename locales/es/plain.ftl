# Modo de texto (waypost --plain): la entrevista línea por línea.

plain-commands = Comandos: :b atrás, :s saltar, :n TEXTO nota, :dk no sabe, :dec no responde, :na no aplica, :h ayuda, :l siguiente idioma del cuestionario, :r revisar, :v votos (en una pregunta sometida a votación), :p votación con puntos sobre las acciones sugeridas y los pendientes, :f terminar, :q salir. Línea vacía: mantener la respuesta y seguir. Una respuesta que empieza con dos puntos: escríbala después de ::.
plain-ask-organisation = Organización:
plain-ask-facilitator = Facilitador/a:
plain-carried = { $n ->
    [one] 1 pendiente traído de { $from }.
   *[other] { $n } pendientes traídos de { $from }.
}
plain-started = Sesión { $id } iniciada; cada respuesta se guarda al instante.
plain-locked-elsewhere = la sesión "{ $id }" está abierta en otra ventana; ciérrela allí primero
plain-resume-hint = Guardado. Para continuar: `waypost --plain resume { $id }`.
plain-saved-as = Guardado como { $id }.
plain-required = (obligatoria)
plain-fixed = (solo lectura: una línea vacía guarda el valor que se muestra)
plain-multi-hint = (números separados por comas)
plain-multiline-hint = (varias líneas; termine con una línea que tenga solo un punto)
plain-list-hint = (s para añadir un elemento tras los que tiene, n para ninguno más (ninguno, en una lista vacía); una línea vacía deja la lista como está)
# The words that say yes at "add an item?", separated by spaces (any language's are taken).
plain-yes-words = s si sí
plain-no-words = n no
plain-yes-or-no = Responda s o n.
plain-list-draft = Ingresado antes y aún sin confirmar: { $items ->
    [one] 1 elemento
   *[other] { $items } elementos
}{ $half ->
    [yes] , y uno a medias
   *[no] {""}
}. s sigue desde ahí; una línea vacía deja la lista como se confirmó.
plain-list-draft-half = Un elemento quedó a medias antes: s sigue con él; una línea vacía deja la lista como se confirmó.
plain-text-draft = Escrito antes y aún sin confirmar (escríbalo de nuevo para guardarlo; una línea vacía deja la respuesta como está): { $text }
plain-list-full = { $max ->
    [one] La lista admite como máximo 1 elemento.
   *[other] La lista admite como máximo { $max } elementos.
}
plain-press-enter = (Enter para seguir)
plain-current = respuesta actual: { $text }
plain-default = Enter acepta: { $text } (:s la deja sin responder)
plain-no-help = Sin ayuda.
plain-note-saved = Nota guardada.
plain-note-removed = Nota eliminada.
plain-warning = Atención: { $text }
plain-specify-other = { $label }: especifique:
plain-ask-reason = Motivo para seguir (vacío para responder de nuevo):
plain-first-question = Esta es la primera pregunta.
plain-last-question = Esa fue la última pregunta.
plain-completed = La sesión está terminada.
plain-still-missing = Falta todavía: { $ids }. La sesión sigue en curso.
plain-not-utf8 = Esa línea no es texto en UTF-8; escríbala de nuevo.
plain-not-saved = No guardado: { $reason }. Las respuestas se conservan aquí; se intentará guardar de nuevo en el siguiente paso.
plain-quit-unsaved = no se pudieron guardar los últimos cambios
plain-add-another = ¿Añadir otro? (s/n)
plain-one-language = Este cuestionario está escrito en un solo idioma.
plain-votes = votos: { $spread }
plain-votes-hint = El voto de cada participante: el número o el nombre de la opción; una línea vacía lo mantiene, - lo retira.
plain-vote-of = Voto de { $voter }:
plain-dots-hint = Votación con puntos: cada participante tiene { $dots ->
    [one] 1 voto
   *[other] { $dots } votos
}. Escriba los números de las acciones y los pendientes, un número por voto (1 1 3 da dos votos a la primera y uno a la tercera); - retira el último voto; una línea vacía pasa al siguiente participante.
plain-dots-of = { $voter } (le quedan { $left }):
plain-dots-all-given = { $voter } ya dio todos sus votos.
plain-dots-bad-number = "{ $word }" no es el número de una acción o pendiente (de 1 a { $count }); no se dio ningún voto
plain-dots-too-many = Más números que votos restantes ({ $left }); no se dio ningún voto
plain-dots-done = Ordenadas por sus votos:
plain-team-session = { $id } se trajo del servidor del equipo (enviada por { $who }): aquí es de solo lectura; para seguir a partir de ella, empiece un seguimiento en la aplicación (o waypost report { $id } para leerla)
plain-nothing-to-answer = Esto es una nota: aquí no hay nada que responder. Pulse Enter para seguir (:b atrás, :q salir).
plain-other-language = Las preguntas están en { $language }: este cuestionario no está escrito en { $interface }.
