# Los informes (Markdown, HTML, `show`): en el idioma de la sesión.

rep-session = Sesión
rep-questionnaire = Cuestionario
rep-facilitator = Facilitador/a
rep-participants = Participantes
rep-scores = Puntajes
rep-scores-honest = Estos puntajes son la mirada propia del grupo sobre sí mismo: no son una certificación ni se pueden comparar con las cifras de ningún benchmark (las del Global Child Forum, por ejemplo).
rep-sources = Fuentes: { $source }
rep-scores-of = Puntajes (0–{ $scale })
rep-section = Sección
rep-score-of = Puntaje (de { $scale })
rep-scores-totals = Puntajes (totales)
rep-points = { $score } de { $most }
rep-band = Nivel
rep-overall = Total
rep-suggested-actions = Acciones sugeridas
rep-flags = Alertas
rep-sections = Secciones
rep-states = No sabe: { $dont_know }, no responde: { $declined }, no aplica: { $not_applicable }
rep-skipped = Se omite con estas respuestas.
rep-note = Nota: { $note }
rep-overridden-warning = Advertencia: { $warning } — se siguió con el motivo: { $reason }
rep-overridden-title = Advertencias aceptadas, y por qué
rep-overridden = Advertencia aceptada: { $reason }
rep-quadrant = Cuadrante
rep-strategy = Estrategia
rep-who = Quiénes
rep-not-placed = Sin ubicar (falta un valor): { $names }
rep-box = Cuadro
rep-grid = Cuadrícula
rep-required-missing = Obligatorias sin respuesta: { $ids }
rep-state-line = { $status } · { $answered } de { $total } respondidas · { $id } · último cambio { $changed }
rep-in-progress = en curso
rep-completed = terminada
rep-missing-required = falta (obligatoria)
rep-not-answered = sin responder
rep-status = Estado
rep-answered-count = { $answered } de { $total } respondidas
rep-started-changed = Iniciada el { $started }, último cambio { $changed }
rep-action-score = puntaje { $score }
rep-facilitated-by = facilitada por { $name }
rep-with = con { $names }

# Comparaciones de dos sesiones, y la distribución de las respuestas de muchas.
rep-not-asked = no preguntada
rep-before = Antes
rep-after = Después
rep-change = Cambio
rep-question = Pregunta
rep-changed-answers = Respuestas que cambiaron ({ $count })
rep-added = agregado: { $item }
rep-removed = quitado: { $item }
rep-sessions-count = { $count ->
    [one] 1 sesión
   *[other] { $count } sesiones
}
rep-shown-answered = Mostrada en { $shown }, respondida en { $answered }.
rep-states-spread = No sabe { $dont_know }, no responde { $declined }, no aplica { $not_applicable }.
rep-number-spread = { $count ->
    [one] 1 respuesta
   *[other] { $count } respuestas
}, promedio { $mean }, de { $low } a { $high }
rep-axis-low = bajo: { $label }
rep-axis-high = alto: { $label }
rep-none-selected = (ninguna)
rep-item = elemento
rep-items = { $count ->
    [0] ninguno
   *[other] { $count } × { $label }
}
rep-label-session = sesión
rep-label-questionnaire = cuestionario
rep-label-organisation = organización
rep-label-facilitator = facilitador/a
rep-label-participants = participantes
rep-label-status = estado
rep-label-updated = actualizada
rep-label-origin = origen
rep-status-answered = { $status } ({ $answered } de { $total } respondidas)
rep-section-skipped = omitida
rep-origin = el equipo: enviada por { $who } el { $sent }, traída el { $pulled } ({ $versions ->
    [one] una versión
   *[other] { $versions } versiones
  } en el servidor)
rep-origin-review = ; revisión: { $state }
rep-origin-from-instance = ; solo con las respuestas del formulario
rep-origin-unread = ; sin leer: { $reason }
