# As demais telas do aplicativo: início, o formulário de nova sessão, o navegador, resumo, grade, comparação.

scr-home-title = waypost — entrevistas de avaliação guiadas
scr-home-hint = Comece uma sessão nova a partir de um questionário, ou continue uma.
scr-form-organisation = Organização
scr-form-facilitator = Facilitador/a
scr-form-participants = Participantes (separados por vírgulas)
scr-form-title = Nova sessão: { $title }
scr-form-hint = Com quem é esta entrevista? { $next } passa ao próximo campo; no último, a inicia.
scr-organisation-needed = Indique o nome da organização.
scr-form-restored = O que foi digitado aqui às { $at } foi recuperado: a sessão ainda não começou.
scr-form-draft-unreadable = O rascunho deste formulário não pode ser lido e fica como está; o que você digitar agora não é salvo como rascunho: { $reason }
scr-questionnaires-scrolled = Questionários ({ $at } de { $of })
scr-questionnaires = Questionários
scr-no-description = Sem descrição.
scr-browser-filters = Questionário ({ $kq }): { $questionnaire } · situação ({ $ks }): { $status } · organização ({ $ko }): { $organisation } · { $shown } de { $all } sessões
scr-filter-all = todos
scr-search-prompt = Digite para filtrar por organização, facilitador/a ou id; { $key } busca também em respostas e notas (sem distinguir acentos nem maiúsculas):
scr-col-last-change = Última alteração
scr-col-started = Iniciada
scr-col-status = Situação
scr-col-done = Feito
scr-col-questionnaire = Questionário
scr-col-organisation = Organização
scr-col-facilitator = Facilitador/a
scr-sending-later = Equipe: é enviada ao ser concluída
scr-sending-waiting = Equipe: aguardando envio (↑); é enviada quando o servidor responder
scr-sending-sent = Equipe: enviada { $at } (✓)
scr-sending-failed = Equipe: não enviada (!): { $reason }
scr-no-match = Nenhuma sessão corresponde aos filtros.
scr-no-sessions = Ainda não há sessões.
scr-trash-question = Mover { $id } para a lixeira?
scr-trash-explained = É movida, não apagada: fica em <pasta de dados>/trash.
scr-mark-first = Marque uma sessão com { $mark }, depois destaque outra e pressione { $compare }.
scr-no-grid = Este questionário não tem visão de grade.
scr-no-grid-summary = Este questionário não tem visão de grade: é mostrado o resumo.
scr-suggested-actions = Ações sugeridas
scr-not-scored = Este questionário não tem pontuação.
scr-flags = Alertas
scr-notes = Notas
scr-state-counts = Não sabe: { $dont_know } · não respondeu: { $declined } · não se aplica: { $not_applicable }
scr-compare-scores = Pontuações: antes → depois
scr-changed-answers = Respostas alteradas ({ $n })
scr-grid-hidden = A lista desta grade não é mostrada com estas respostas.
scr-grid-title = Grade
scr-not-placed = Sem posição: { $names }
scr-nobody = (ninguém)
scr-quadrants = Quadrantes
scr-origin-built-in = incluído
scr-origin-file = seu arquivo
scr-home-no-sessions = Ainda não há sessões: escolha um questionário e pressione { $key }.
scr-no-organisation = (sem organização)
scr-recent = Sessões recentes ({ $shown } de { $all }; { $key }: todas)
scr-damaged-files = { $n ->
    [one] { $n } arquivo de sessão danificado, intocado: { $names }
   *[other] { $n } arquivos de sessão danificados, intocados: { $names }
}
scr-sessions = Sessões
scr-search-in-force = busca: "{ $needle }" ({ $key } a remove)
scr-marked = marcada: { $id }
scr-search-title = Buscar
scr-damaged-count = { $n ->
    [one] { $n } arquivo danificado, intocado:
   *[other] { $n } arquivos danificados, intocados:
}
scr-trash-choices = { $yes }: movê-la · { $back }: mantê-la
scr-trash-title = Lixeira
scr-overall = Total

# The language's own name, as shown when a questionnaire switches to it.
language-name = Português
# Another language's name in this one, by its primary code (en, es, pt); other codes as written.
language-called = { $code ->
    [en] inglês
    [es] espanhol
    [pt] português
   *[other] { $code }
}
scr-grid-axis = { $arrow } { $low } … { $high }: { $title }
scr-picker-questionnaire = Só sessões do questionário
scr-picker-status = Só sessões que estejam
scr-picker-organisation = Só sessões da organização
scr-picker-option = { $value } ({ $sessions })
scr-picker-origin = Só sessões de
scr-origin-team = ⇣ Da equipe (enviada por { $who }): somente leitura · { $follow_up } acompanhamento · { $origin } origem
scr-origin-laptop = Começada neste notebook · { $origin } origem
scr-origin-choice-team = a equipe: { $who }
scr-origin-choice-laptop = este notebook
scr-origin-in-force = origem ({ $key }): { $origin }
