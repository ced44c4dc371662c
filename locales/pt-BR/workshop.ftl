## A agenda de uma oficina
agenda-title = Agenda: { $title }
agenda-section = Seção
agenda-starts = Começa
agenda-planned = Previsto
agenda-spent = Gasto
agenda-difference = Diferença
agenda-total = Total
agenda-minutes = { $minutes } min
agenda-on-time = no tempo
agenda-over = +{ $minutes } min
agenda-under = −{ $minutes } min
agenda-skipped = pulada

## Votos e a visão para a sala
tui-room-divided = { $votes } votos: a sala está dividida, conversem primeiro
tui-votes-given = { $votes ->
    [one] { $votes } voto
   *[other] { $votes } votos
}
tui-present-waiting = Aguardando a sessão…
tui-present-completed = A sessão está completa. Obrigado.
tui-present-progress = { $answered } de { $total } respondidas
tui-present-agreed = Acordado — { $question }: { $answer }
mode-present = a visão para a sala
mode-vote = votos
workshop-no-voters = Não há participantes para votar: adicione-os à sessão (são eles que votam)
tui-vote-of = Voto de { $voter } ({ $n } de { $of }): pressione a tecla da opção
tui-votes-done = Votos registrados. { $confirm } acorda "{ $label }", ou escolha a resposta acordada
tui-votes-done-tie = Votos registrados. Nenhuma opção está à frente: escolha a resposta acordada
tui-notes-hidden = Notas e ajuda ocultas para a tela compartilhada ({ $key } as mostra de novo)
tui-notes-shown = Notas e ajuda visíveis de novo
tui-shared-screen = [tela compartilhada]
tui-time-up = Acabou o tempo previsto para "{ $section }" ({ $minutes } min)
tui-time-of = { $spent }/{ $plan } min
tui-time-spent = { $spent } min
tui-time-line = seção { $section } · sessão { $total }

## Votos nos relatórios
rep-votes = Votos
rep-votes-spread = { $bars } ({ $votes ->
    [one] { $votes } voto
   *[other] { $votes } votos
})
rep-votes-divided = ; a sala estava dividida
rep-votes-agreed = acordado: { $answer }
rep-time = Tempo frente à agenda
rep-time-spent = Tempo gasto
rep-room-divided = A sala estava dividida: a resposta mais comum teve menos de dois terços dos votos.
agenda-sentence = { $section }: previsto { $planned }
agenda-sentence-spent = { $section }: previsto { $planned }, gasto { $spent } ({ $difference })
agenda-sentence-unplanned = { $section }: gasto { $spent }
rep-vote-for = votos em { $label }
rep-action-dots = { $score }; { $dots ->
    [one] { $dots } voto
   *[other] { $dots } votos
}
mode-dot-vote = votação com pontos
workshop-no-dot-targets = Ainda não há nada para votar: as ações sugeridas vêm das respostas com pontuação, as pendências das tabelas do questionário
tui-dot-vote-title = Votação com pontos: { $voter } { $left ->
    [one] tem { $left } voto
   *[other] tem { $left } votos
}
tui-dot-vote-hint = A tecla ao lado de uma ação ou pendência (de 1 a 9, depois de a a z) dá a ela um voto; elas são ordenadas por seus votos no resumo e nos relatórios.
tui-dot-vote-done = Votação concluída: as ações são ordenadas por seus votos no resumo e nos relatórios
agenda-unknown = não há nenhum questionário nem sessão "{ $id }" (veja `waypost questionnaires` e `waypost list`)
agenda-nothing = "{ $id }" não prevê minutos nem gastou nenhum: uma seção prevê seu tempo com "minutes" no questionário
rep-since = Desde { $session } ({ $date })
rep-dots = Votos
rep-priorities = Prioridades (votação com pontos)
rep-dots-count = { $dots ->
    [one] { $dots } voto
   *[other] { $dots } votos
}
rep-dots-for = votos para { $label }

## A learning review's look at the workshops in the period reviewed
rep-workshops = Tempo das oficinas desta organização no período revisado
rep-workshop = { $date } · { $title } ({ $session }): { $spent } gastos de { $planned } previstos ({ $difference })
rep-workshop-unplanned = { $date } · { $title } ({ $session }): { $spent } gastos, sem tempo previsto
rep-workshop-over = ; acima do previsto: { $sections }
