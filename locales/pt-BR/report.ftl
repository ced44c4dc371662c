# Os relatórios (Markdown, HTML, `show`): no idioma da sessão.

rep-session = Sessão
rep-questionnaire = Questionário
rep-facilitator = Facilitador/a
rep-participants = Participantes
rep-scores = Pontuações
rep-scores-honest = Estas pontuações são o olhar do próprio grupo sobre si mesmo: não são uma certificação nem podem ser comparadas com os números de nenhum benchmark (os do Global Child Forum, por exemplo).
rep-sources = Fontes: { $source }
rep-scores-of = Pontuações (0–{ $scale })
rep-section = Seção
rep-score-of = Pontuação (de { $scale })
rep-scores-totals = Pontuações (totais)
rep-points = { $score } de { $most }
rep-band = Nível
rep-overall = Total
rep-suggested-actions = Ações sugeridas
rep-flags = Alertas
rep-sections = Seções
rep-states = Não sabe: { $dont_know }, não respondeu: { $declined }, não se aplica: { $not_applicable }
rep-skipped = Pulada com estas respostas.
rep-note = Nota: { $note }
rep-overridden-warning = Aviso: { $warning } — seguiu-se com o motivo: { $reason }
rep-overridden-title = Avisos aceitos, e por quê
rep-overridden = Aviso aceito: { $reason }
rep-quadrant = Quadrante
rep-strategy = Estratégia
rep-who = Quem
rep-not-placed = Sem posição (falta um valor): { $names }
rep-box = Quadro
rep-grid = Grade
rep-required-missing = Obrigatórias sem resposta: { $ids }
rep-state-line = { $status } · { $answered } de { $total } respondidas · { $id } · última alteração { $changed }
rep-in-progress = em andamento
rep-completed = concluída
rep-missing-required = falta (obrigatória)
rep-not-answered = sem resposta
rep-status = Situação
rep-answered-count = { $answered } de { $total } respondidas
rep-started-changed = Iniciada em { $started }, última alteração { $changed }
rep-action-score = pontuação { $score }
rep-facilitated-by = facilitada por { $name }
rep-with = com { $names }

# Comparações de duas sessões, e a distribuição das respostas de muitas.
rep-not-asked = não perguntada
rep-before = Antes
rep-after = Depois
rep-change = Mudança
rep-question = Pergunta
rep-changed-answers = Respostas que mudaram ({ $count })
rep-added = adicionado: { $item }
rep-removed = removido: { $item }
rep-sessions-count = { $count ->
    [one] { $count } sessão
   *[other] { $count } sessões
}
rep-shown-answered = Mostrada em { $shown }, respondida em { $answered }.
rep-states-spread = Não sabe { $dont_know }, não respondeu { $declined }, não se aplica { $not_applicable }.
rep-number-spread = { $count ->
    [one] { $count } resposta
   *[other] { $count } respostas
}, média { $mean }, de { $low } a { $high }
rep-axis-low = baixo: { $label }
rep-axis-high = alto: { $label }
rep-none-selected = (nenhuma)
rep-item = item
rep-items = { $count ->
    [0] nenhum
   *[other] { $count } × { $label }
}
rep-label-session = sessão
rep-label-questionnaire = questionário
rep-label-organisation = organização
rep-label-facilitator = facilitador/a
rep-label-participants = participantes
rep-label-status = situação
rep-label-updated = atualizada
rep-label-origin = origem
rep-status-answered = { $status } ({ $answered } de { $total } respondidas)
rep-section-skipped = pulada
rep-origin = a equipe: enviada por { $who } em { $sent }, trazida em { $pulled } ({ $versions ->
    [one] { $versions } versão
   *[other] { $versions } versões
  } no servidor)
rep-origin-review = ; revisão: { $state }
rep-origin-from-instance = ; só com as respostas do formulário
rep-origin-unread = ; não lida: { $reason }
