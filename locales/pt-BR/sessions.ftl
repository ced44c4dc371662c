# O aplicativo: sessões abertas, iniciadas, salvas, exportadas; o terminal; janelas sobrepostas.

ses-started = Sessão { $id } iniciada
ses-started-carried = Sessão { $id } iniciada; { $n ->
    [one] { $n } pendência trazida de { $from }
   *[other] { $n } pendências trazidas de { $from }
}
ses-resumed = Sessão { $id } retomada
ses-opened-elsewhere = A sessão { $id } está aberta em outra janela: foi aberta somente para leitura.
ses-viewing = Vendo { $id } somente para leitura.
ses-follow-up-started = Acompanhamento de { $of } iniciado como { $id }: revise cada resposta.
ses-not-saved = Não salvo: { $reason }. Suas respostas ficam aqui e o salvamento é tentado de novo.
ses-not-saved-mark = NÃO SALVO
ses-cannot-list = Não foi possível listar as sessões: { $reason }
ses-trashed = { $id } foi movida para { $to } ({ $undo } a recupera; { $trash } mostra a lixeira)
ses-stray-key = { $key } não faz nada aqui; { $help } mostra as teclas.
ses-finished-report = A sessão está concluída e salva. Este é o relatório dela ({ $export } o grava na pasta de exportações).
ses-completed-read-only = { $id } está concluída: é mostrada somente para leitura; { $reopen } a reabre para mudar respostas.
ses-reopened = Reaberta: as respostas podem ser mudadas; conclua de novo a partir da revisão.
ses-trash-view-title = Lixeira
ses-trash-view-info = { $n ->
    [one] { $n } sessão
   *[other] { $n } sessões
} na lixeira · { $confirm }: recuperar a destacada · { $back }: voltar às sessões
ses-trash-empty = A lixeira está vazia.
ses-restored = { $id } está de volta entre as sessões.
ses-restored-already = { $id } já está de volta entre as sessões (outro programa a trouxe).
ses-exported = { $name }.md e { $name }.html foram gravados em { $dir }
ses-exported-csv = { $name }.md, { $name }.html e { $name }.csv (também para o Excel) foram gravados em { $dir }
ses-export-failed = Não foi possível exportar para { $dir }: { $reason }
ses-no-exports-folder = Não há pasta de exportações.
ses-overrides = { $n ->
    [one] { $n } dos seus questionários substitui um incluído (veja `waypost questionnaires`).
   *[other] { $n } dos seus questionários substituem outros incluídos (veja `waypost questionnaires`).
}
ses-unusable = { $n ->
    [one] { $n } arquivo de questionário não pôde ser usado: execute `waypost validate`.
   *[other] { $n } arquivos de questionário não puderam ser usados: execute `waypost validate`.
}
ses-help-close = { $key } fecha esta ajuda.
ses-too-small = Terminal pequeno demais
ses-too-small-size = o waypost precisa de { $w }x{ $h }; este tem { $nw }x{ $nh }.
ses-too-small-hint = Aumente a janela. { $quit } salva e sai.
ses-unsaved-quit = Não foi possível salvar as últimas alterações:
ses-quit-title = Sair sem salvar?
ses-quit-choices = { $quit }: sair mesmo assim e perdê-las · { $back }: ficar e continuar tentando
ses-help-title = Teclas: { $mode }
mode-home = início
mode-form = digitando
mode-command = pergunta
mode-picker = escolhendo um filtro
mode-filter = filtrando as opções
mode-typing = digitando uma resposta
mode-list = lista
mode-confirm-item = manter o item?
mode-review = revisão
mode-help = ajuda
mode-confirm-quit = sair
mode-browser = sessões
mode-confirm-trash = mover para a lixeira?
mode-trash = lixeira
mode-summary = resumo
mode-grid = grade
mode-compare = comparação
ses-needs-terminal = a entrevista precisa de um terminal; use --plain para responder linha por linha
ses-cannot-open-terminal = não é possível abrir o terminal
ses-cannot-watch-signals = não é possível vigiar os sinais, de que o aplicativo precisa para salvar antes de parar
ses-terminal-error = erro do terminal
ses-quit-unsaved = sair com alterações que não puderam ser salvas
ses-help-close-scroll = { $key } fecha esta ajuda · ↑↓ rolar
# What a save did (every shell): lifecycle::Saved.
save-again = Salvo de novo: todas as respostas estão no disco.
save-merged = Salvo, junto com as alterações que outro programa fez nesta sessão enquanto isso.
save-as-copy = Outro programa mudou as mesmas respostas de { $id } ({ $places }): sua versão é salva como cópia, { $copy }, e você continua nela; { $id } mantém a outra versão.
ses-team-read-only = { $id } é da equipe, enviada por { $who } e trazida do servidor: é mostrada somente para leitura; { $follow_up } no navegador a continua como acompanhamento.
