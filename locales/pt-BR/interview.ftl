# A tela de entrevista do aplicativo: a pergunta, sua entrada, o editor de listas, a revisão.
# { $key }, { $confirm }… são nomes de teclas como Enter ou Ctrl-C.

tui-last-question = Essa foi a última pergunta. Revise as respostas e pressione { $finish } para concluir.
language-switched = As perguntas agora estão em { $language }; as respostas ficam como estão.
tui-first-question = Esta é a primeira pergunta.
tui-item-added = Item adicionado à lista: pressione { $confirm } para confirmar a lista, { $add } para adicionar outro.
tui-item-removed = Item removido: { $undo } o recupera; { $confirm } confirma a lista.
tui-item-back = O item volta à lista.
tui-keep-item = Manter este item como está? { $keep } manter · { $discard } descartar · { $back } continuar preenchendo
tui-item-kept = Item mantido: pressione { $confirm } para confirmar a lista.
tui-list-full = { $max ->
    [one] A lista aceita no máximo { $max } item: edite-o ou remova-o para mudá-la.
   *[other] A lista aceita no máximo { $max } itens: edite ou remova um para mudá-la.
}
tui-item-not-added = Item não adicionado.
tui-read-only = Aberta somente para leitura: aqui nada pode ser alterado.
tui-note-saved = Nota salva.
tui-note-removed = Nota removida.
tui-reason-needed = Indique um motivo para seguir, ou { $back } para mudar a resposta.
tui-reason-cancelled = Não salvo: mude a resposta, ou confirme de novo e indique um motivo.
tui-completed = A sessão está concluída e salva.
tui-still-missing = Ainda falta ({ $n }): { $prompts }
tui-section-skipped = Essa seção é pulada com estas respostas.
tui-nothing-shown = Com estas respostas nenhuma pergunta é mostrada.
tui-no-help = Esta pergunta não tem ajuda.
tui-help-line = Ajuda: { $help }
tui-given-state = Resposta: { $state }
tui-saved-mark = Salvo ✓
tui-answered-read-only = Respondida (somente leitura)
tui-note-line = Nota: { $note }
tui-empty-list = A lista ({ $label }) está vazia: pressione { $add } para adicionar o primeiro item.
tui-review-title = Revisão: { $questions ->
    [one] { $questions } pergunta
   *[other] { $questions } perguntas
}, { $missing } sem resposta
tui-review-hint = { $go } vai a uma pergunta; { $finish } conclui a sessão.
tui-item = item
tui-items-title = { $n ->
    [0] Nenhum item ainda
    [one] { $n } × { $label }
   *[other] { $n } × { $label }
}
tui-required = (obrigatória)
tui-fixed-mark = (somente leitura: Enter registra o valor mostrado)
tui-missing-required = falta (obrigatória)
tui-not-answered = sem resposta
tui-answer-title = Resposta
tui-answer-title-multiline = Resposta ({ $newline }: nova linha)
tui-number-title = Número
tui-number-from = a partir de { $min }
tui-number-up-to = até { $max }
tui-date-title = Data (DD/MM/AAAA, ou hoje)
tui-time-title = Hora do dia (HH:MM)
tui-datetime-title = Data e hora (DD/MM/AAAA HH:MM, ou hoje 14:30)
# How an answer of a kind is typed, where a shell says so (plain mode, under the question).
kind-date-format = uma data como DD/MM/AAAA, ou hoje
kind-time-format = uma hora do dia como HH:MM (14:30)
kind-datetime-format = uma data e uma hora como DD/MM/AAAA HH:MM, ou hoje 14:30
tui-note-title = Nota ({ $save } salva, { $newline } nova linha, { $cancel } cancela)
tui-item-specify = { $chosen }: especifique
tui-other-title = { $label }: especifique ({ $save } salva, { $back } volta)
tui-reason-title = Motivo para seguir ({ $save } salva, { $back } volta)
tui-help-hint = { $key }: ajuda e referência ao guia
tui-read-only-mark = [somente leitura]
tui-completed-mark = [concluída]
tui-answered-of = { $answered } de { $total } respondidas
tui-skip = pulada
tui-sections-title = Seções
tui-overridden = (aviso aceito: { $reason })
tui-draft-pending = Rascunho: salvando…
tui-draft-saved = Rascunho salvo: não é uma resposta até você pressionar { $confirm }
tui-no-longer-a-choice = Não é mais uma opção: { $value } (mantida até você escolher outra)
tui-filter-none = Filtro: { $typed }▏ · nenhuma opção o contém (Backspace para corrigir, Esc para todas as opções)
tui-filter = Filtro: { $typed }▏ · { $shown } de { $total } opções
tui-more-below = ↓ mais { $n }
tui-more-above = ↑ mais { $n }
tui-copied-to-confirm = { $n ->
    [one] { $n } resposta copiada da sessão anterior aguarda confirmação: vá até ela, ou pressione { $key } para confirmá-la
   *[other] { $n } respostas copiadas da sessão anterior aguardam confirmação: vá até cada uma, ou pressione { $key } para confirmar todas
}
tui-copied-answer = { $text } (copiada, a confirmar)
tui-copied-none = Nenhuma resposta copiada aguarda confirmação.
tui-copied-confirmed = { $n ->
    [one] { $n } resposta copiada confirmada.
   *[other] { $n } respostas copiadas confirmadas.
}
tui-to-confirm-line = Copiada da sessão anterior: { $confirm } a confirma, ou mude-a
tui-date-read = Data: { $date }
tui-time-read = Hora: { $time }
tui-datetime-read = Data e hora: { $date }, { $time }
tui-choice-not-in-view = A opção { $key } não está na tela, então nada foi escolhido: ↑ ↓ a mostram, { $filter } a busca pelo nome.
tui-typed-ahead = As teclas pressionadas antes de este aviso aparecer não foram usadas: leia-o e depois responda.
# Beside the title, when the questions are not in the interface's language (a questionnaire not written in it).
tui-language-mark = [perguntas em { $language }]
