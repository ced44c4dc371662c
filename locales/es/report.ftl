# Los informes (Markdown, HTML, `show`): en el idioma de la sesión.

rep-session = Sesión
rep-questionnaire = Cuestionario
rep-facilitator = Facilitador/a
rep-participants = Participantes
rep-scores = Puntajes
rep-scores-of = Puntajes (0–{ $scale })
rep-section = Sección
rep-score-of = Puntaje (de { $scale })
rep-band = Nivel
rep-overall = Total
rep-suggested-actions = Acciones sugeridas
rep-flags = Alertas
rep-sections = Secciones
rep-states = No sabe: { $dont_know }, no responde: { $declined }, no aplica: { $not_applicable }
rep-skipped = Se omite con estas respuestas.
rep-note = Nota: { $note }
rep-overridden = Advertencia aceptada: { $reason }
rep-quadrant = Cuadrante
rep-strategy = Estrategia
rep-who = Quiénes
rep-not-placed = Sin ubicar (falta un valor): { $names }
rep-box = Cuadro
rep-grid = Cuadrícula
rep-required-missing = Obligatorias sin respuesta: { $ids }
