# La pantalla de entrevista de la aplicación: la pregunta, su entrada, el editor de listas, la revisión.
# { $key }, { $confirm }… son nombres de teclas como Enter o Ctrl-C.

tui-last-question = Esa fue la última pregunta. Revise las respuestas y pulse { $finish } para terminar.
language-switched = Las preguntas están ahora en { $language }; las respuestas quedan como están.
tui-first-question = Esta es la primera pregunta.
tui-item-added = Elemento añadido a la lista: pulse { $confirm } para confirmar la lista, { $add } para añadir otro.
tui-item-removed = Elemento quitado: { $undo } lo recupera; { $confirm } confirma la lista.
tui-item-back = El elemento vuelve a la lista.
tui-keep-item = ¿Conservar este elemento tal como está? { $keep } conservar · { $discard } descartar · { $back } seguir completándolo
tui-item-kept = Elemento conservado: pulse { $confirm } para confirmar la lista.
tui-list-full = { $max ->
    [one] La lista admite como máximo 1 elemento: edítelo o quítelo para cambiarla.
   *[other] La lista admite como máximo { $max } elementos: edite o quite uno para cambiarla.
}
tui-item-not-added = Elemento no añadido.
tui-read-only = Abierta solo para lectura: aquí no se puede cambiar nada.
tui-note-saved = Nota guardada.
tui-note-removed = Nota eliminada.
tui-reason-needed = Indique un motivo para seguir, o { $back } para cambiar la respuesta.
tui-reason-cancelled = No guardado: cambie la respuesta, o confirme de nuevo e indique un motivo.
tui-completed = La sesión está terminada y guardada.
tui-still-missing = Falta todavía ({ $n }): { $prompts }
tui-section-skipped = Esa sección se omite con estas respuestas.
tui-nothing-shown = Con estas respuestas no se muestra ninguna pregunta.
tui-no-help = Esta pregunta no tiene ayuda.
tui-help-line = Ayuda: { $help }
tui-given-state = Respuesta: { $state }
tui-saved-mark = Guardado ✓
tui-answered-read-only = Respondida (solo lectura)
tui-note-line = Nota: { $note }
tui-empty-list = La lista ({ $label }) está vacía: pulse { $add } para añadir el primer elemento.
tui-review-title = Revisión: { $questions ->
    [one] 1 pregunta
   *[other] { $questions } preguntas
}, { $missing } sin respuesta
tui-review-hint = { $go } va a una pregunta; { $finish } termina la sesión.
tui-item = elemento
tui-items-title = { $n ->
    [0] Ningún elemento todavía
    [one] 1 × { $label }
   *[other] { $n } × { $label }
}
tui-required = (obligatoria)
tui-fixed-mark = (solo lectura: Enter guarda el valor que se muestra)
tui-missing-required = falta (obligatoria)
tui-not-answered = sin responder
tui-answer-title = Respuesta
tui-answer-title-multiline = Respuesta ({ $newline }: nueva línea)
tui-number-title = Número
tui-number-from = desde { $min }
tui-number-up-to = hasta { $max }
tui-date-title = Fecha (AAAA-MM-DD, u hoy)
tui-time-title = Hora del día (HH:MM)
tui-datetime-title = Fecha y hora (AAAA-MM-DD HH:MM, u hoy 14:30)
# How an answer of a kind is typed, where a shell says so (plain mode, under the question).
kind-date-format = una fecha como AAAA-MM-DD, o hoy
kind-time-format = una hora del día como HH:MM (14:30)
kind-datetime-format = una fecha y una hora como AAAA-MM-DD HH:MM, u hoy 14:30
tui-note-title = Nota ({ $save } guarda, { $newline } nueva línea, { $cancel } cancela)
tui-item-specify = { $chosen }: especifique
tui-other-title = { $label }: especifique ({ $save } guarda, { $back } vuelve)
tui-reason-title = Motivo para seguir ({ $save } guarda, { $back } vuelve)
tui-help-hint = { $key }: ayuda y referencia a la guía
tui-read-only-mark = [solo lectura]
tui-completed-mark = [terminada]
tui-answered-of = { $answered } de { $total } respondidas
tui-skip = omitida
tui-sections-title = Secciones
tui-overridden = (advertencia aceptada: { $reason })
tui-draft-pending = Borrador: guardando…
tui-draft-saved = Borrador guardado: no es una respuesta hasta que pulse { $confirm }
tui-no-longer-a-choice = Ya no es una opción: { $value } (se conserva hasta que elija otra)
tui-filter-none = Filtro: { $typed }▏ · ninguna opción lo contiene (Retroceso para corregir, Esc para todas las opciones)
tui-filter = Filtro: { $typed }▏ · { $shown } de { $total } opciones
tui-more-below = ↓ { $n } más
tui-more-above = ↑ { $n } más
tui-copied-to-confirm = { $n ->
    [one] 1 respuesta copiada de la sesión anterior espera confirmación: vaya a ella, o pulse { $key } para confirmarla
   *[other] { $n } respuestas copiadas de la sesión anterior esperan confirmación: vaya a cada una, o pulse { $key } para confirmarlas todas
}
tui-copied-answer = { $text } (copiada, por confirmar)
tui-copied-none = Ninguna respuesta copiada espera confirmación.
tui-copied-confirmed = { $n ->
    [one] 1 respuesta copiada confirmada.
   *[other] { $n } respuestas copiadas confirmadas.
}
tui-to-confirm-line = Copiada de la sesión anterior: { $confirm } la confirma, o cámbiela
tui-date-read = Fecha: { $date }
tui-time-read = Hora: { $time }
tui-datetime-read = Fecha y hora: { $date }, { $time }
tui-choice-not-in-view = La opción { $key } no está en pantalla, así que no se eligió nada: ↑ ↓ la muestran, { $filter } la busca por su nombre.
tui-typed-ahead = Las teclas pulsadas antes de que apareciera este aviso no se usaron: léalo y luego responda.
# Beside the title, when the questions are not in the interface's language (a questionnaire not written in it).
tui-language-mark = [preguntas en { $language }]
