# Las demás pantallas de la aplicación: inicio, el formulario de nueva sesión, el navegador, resumen, cuadrícula, comparación.

scr-home-title = waypost — entrevistas de evaluación guiadas
scr-home-hint = Inicie una sesión nueva desde un cuestionario, o continúe una.
scr-form-organisation = Organización
scr-form-facilitator = Facilitador/a
scr-form-participants = Participantes (separados por comas)
scr-form-title = Nueva sesión: { $title }
scr-form-hint = ¿Con quién es esta entrevista? { $next } pasa al campo siguiente; en el último, la inicia.
scr-organisation-needed = Indique el nombre de la organización.
scr-form-restored = Se recuperó lo escrito aquí a las { $at }: la sesión todavía no ha empezado.
scr-form-draft-unreadable = El borrador de este formulario no se puede leer y se deja como está; lo que escriba ahora no se guarda como borrador: { $reason }
scr-questionnaires-scrolled = Cuestionarios ({ $at } de { $of })
scr-questionnaires = Cuestionarios
scr-no-description = Sin descripción.
scr-browser-filters = Cuestionario ({ $kq }): { $questionnaire } · estado ({ $ks }): { $status } · organización ({ $ko }): { $organisation } · { $shown } de { $all } sesiones
scr-filter-all = todos
scr-search-prompt = Escriba para filtrar por organización, facilitador/a o id; { $key } busca también en respuestas y notas (sin distinguir acentos ni mayúsculas):
scr-col-last-change = Último cambio
scr-col-started = Iniciada
scr-col-status = Estado
scr-col-done = Hecho
scr-col-questionnaire = Cuestionario
scr-col-organisation = Organización
scr-col-facilitator = Facilitador/a
scr-sending-later = Equipo: se envía al terminarla
scr-sending-waiting = Equipo: esperando el envío (↑); se envía cuando responda el servidor
scr-sending-sent = Equipo: enviada { $at } (✓)
scr-sending-failed = Equipo: no enviada (!): { $reason }
scr-no-match = Ninguna sesión coincide con los filtros.
scr-no-sessions = Todavía no hay sesiones.
scr-trash-question = ¿Mover { $id } a la papelera?
scr-trash-explained = Se mueve, no se borra: queda en <carpeta de datos>/trash.
scr-mark-first = Marque una sesión con { $mark }, luego resalte otra y pulse { $compare }.
scr-no-grid = Este cuestionario no tiene vista de cuadrícula.
scr-no-grid-summary = Este cuestionario no tiene vista de cuadrícula: se muestra el resumen.
scr-suggested-actions = Acciones sugeridas
scr-not-scored = Este cuestionario no tiene puntaje.
scr-flags = Alertas
scr-notes = Notas
scr-state-counts = No sabe: { $dont_know } · no responde: { $declined } · no aplica: { $not_applicable }
scr-compare-scores = Puntajes: antes → después
scr-changed-answers = Respuestas cambiadas ({ $n })
scr-grid-hidden = La lista de esta cuadrícula no se muestra con estas respuestas.
scr-grid-title = Cuadrícula
scr-not-placed = Sin ubicar: { $names }
scr-nobody = (nadie)
scr-quadrants = Cuadrantes
scr-origin-built-in = incluido
scr-origin-file = su archivo
scr-home-no-sessions = Todavía no hay sesiones: elija un cuestionario y pulse { $key }.
scr-no-organisation = (sin organización)
scr-recent = Sesiones recientes ({ $shown } de { $all }; { $key }: todas)
scr-damaged-files = { $n ->
    [one] 1 archivo de sesión dañado, sin tocar: { $names }
   *[other] { $n } archivos de sesión dañados, sin tocar: { $names }
}
scr-sessions = Sesiones
scr-search-in-force = búsqueda: "{ $needle }" ({ $key } la quita)
scr-marked = marcada: { $id }
scr-search-title = Buscar
scr-damaged-count = { $n ->
    [one] 1 archivo dañado, sin tocar:
   *[other] { $n } archivos dañados, sin tocar:
}
scr-trash-choices = { $yes }: moverla · { $back }: conservarla
scr-trash-title = Papelera
scr-overall = Total

# The language's own name, as shown when a questionnaire switches to it.
language-name = Español
# Another language's name in this one, by its primary code (en, es, pt); other codes as written.
language-called = { $code ->
    [en] inglés
    [es] español
    [pt] portugués
   *[other] { $code }
}
scr-grid-axis = { $arrow } { $low } … { $high }: { $title }
scr-picker-questionnaire = Solo sesiones del cuestionario
scr-picker-status = Solo sesiones que estén
scr-picker-organisation = Solo sesiones de la organización
scr-picker-option = { $value } ({ $sessions })
scr-picker-origin = Solo sesiones de
scr-origin-team = ⇣ Del equipo (enviada por { $who }): solo lectura · { $follow_up } seguimiento · { $origin } origen
scr-origin-laptop = Empezada en este portátil · { $origin } origen
scr-origin-choice-team = el equipo: { $who }
scr-origin-choice-laptop = este portátil
scr-origin-in-force = origen ({ $key }): { $origin }
