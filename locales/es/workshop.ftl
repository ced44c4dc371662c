## La agenda de un taller
agenda-title = Agenda: { $title }
agenda-section = Sección
agenda-starts = Empieza
agenda-planned = Previsto
agenda-spent = Dedicado
agenda-difference = Diferencia
agenda-total = Total
agenda-minutes = { $minutes } min
agenda-on-time = a tiempo
agenda-over = +{ $minutes } min
agenda-under = −{ $minutes } min
agenda-skipped = omitida

## Votos y la vista para la sala
tui-room-divided = { $votes } votos: la sala está dividida, conversarlo primero
tui-votes-given = { $votes ->
    [one] 1 voto
   *[other] { $votes } votos
}
tui-present-waiting = Esperando la sesión…
tui-present-completed = La sesión está completa. Gracias.
tui-present-progress = { $answered } de { $total } respondidas
tui-present-agreed = Acordado — { $question }: { $answer }
mode-present = la vista para la sala
mode-vote = votos
workshop-no-voters = No hay participantes para votar: agréguelos a la sesión (son quienes votan)
tui-vote-of = Voto de { $voter } ({ $n } de { $of }): pulse la tecla de la opción
tui-votes-done = Votos registrados. { $confirm } acuerda "{ $label }", o elija la respuesta acordada
tui-votes-done-tie = Votos registrados. Ninguna opción va adelante: elija la respuesta acordada
tui-notes-hidden = Notas y ayuda ocultas para la pantalla compartida ({ $key } las vuelve a mostrar)
tui-notes-shown = Notas y ayuda visibles otra vez
tui-shared-screen = [pantalla compartida]
tui-time-up = Se acabó el tiempo previsto para "{ $section }" ({ $minutes } min)
tui-time-of = { $spent }/{ $plan } min
tui-time-spent = { $spent } min
tui-time-line = sección { $section } · sesión { $total }

## Votos en los informes
rep-votes = Votos
rep-votes-spread = { $bars } ({ $votes ->
    [one] 1 voto
   *[other] { $votes } votos
})
rep-votes-divided = ; la sala estaba dividida
rep-votes-agreed = acordado: { $answer }
rep-time = Tiempo frente a la agenda
rep-time-spent = Tiempo dedicado
rep-room-divided = La sala estaba dividida: la respuesta más común tuvo menos de dos tercios de los votos.
agenda-sentence = { $section }: previsto { $planned }
agenda-sentence-spent = { $section }: previsto { $planned }, dedicado { $spent } ({ $difference })
agenda-sentence-unplanned = { $section }: dedicado { $spent }
rep-vote-for = votos por { $label }
rep-action-dots = { $score }; { $dots ->
    [one] 1 voto
   *[other] { $dots } votos
}
mode-dot-vote = votación con puntos
workshop-no-dot-targets = Aún no hay nada que votar: las acciones sugeridas salen de las respuestas con puntaje, los pendientes de las tablas del cuestionario
tui-dot-vote-title = Votación con puntos: a { $voter } { $left ->
    [one] le queda 1 voto
   *[other] le quedan { $left } votos
}
tui-dot-vote-hint = La tecla junto a una acción o un pendiente (de 1 a 9, luego de a a z) le da un voto; se ordenan por sus votos en el resumen y los informes.
tui-dot-vote-done = Votación terminada: las acciones se ordenan por sus votos en el resumen y los informes
agenda-unknown = no hay ningún cuestionario ni sesión "{ $id }" (véase `waypost questionnaires` y `waypost list`)
agenda-nothing = "{ $id }" no prevé minutos ni ha dedicado ninguno: una sección prevé su tiempo con "minutes" en el cuestionario
rep-since = Desde { $session } ({ $date })
rep-dots = Votos
rep-priorities = Prioridades (votación con puntos)
rep-dots-count = { $dots ->
    [one] 1 voto
   *[other] { $dots } votos
}
rep-dots-for = votos para { $label }

## A learning review's look at the workshops in the period reviewed
rep-workshops = Tiempo de los talleres de esta organización en el período revisado
rep-workshop = { $date } · { $title } ({ $session }): { $spent } dedicados de { $planned } previstos ({ $difference })
rep-workshop-unplanned = { $date } · { $title } ({ $session }): { $spent } dedicados, sin tiempo previsto
rep-workshop-over = ; por encima de lo previsto: { $sections }
