# Importar XLSForm (`waypost import`): o que foi trazido e o que não, com seu lugar.

imp-place = { $sheet } linha { $row }, coluna { $column }
imp-unreadable = não é possível ler a pasta de trabalho
imp-unreadable-because = não é possível ler a pasta de trabalho: { $reason }
imp-too-slow = ler a pasta de trabalho levou mais de { $seconds } segundos, então parou: um formulário é lido em uma fração disso (este arquivo foi manipulado, ou não é um formulário?)
imp-too-big = ler a pasta de trabalho precisou de mais de { $megabytes } MB de memória, então parou: um formulário precisa de uma fração disso (este arquivo foi manipulado, ou não é um formulário?)
imp-built-in = o identificador do formulário é "{ $id }", o de um questionário incluído: importado, tomaria o lugar dele. Mude form_id na planilha settings, ou importe de novo com --force para substituir o incluído
imp-no-survey = a pasta de trabalho não tem planilha "survey": não é um XLSForm
imp-two-sheets = a pasta de trabalho tem duas planilhas "{ $first }" e "{ $second }": renomeie ou remova uma, para que fique claro qual vale
imp-sheet-unreadable = não é possível ler a planilha "{ $sheet }": { $reason }
imp-too-many-cells = mais de { $max } células têm algo: não é um formulário
imp-no-questions = a planilha survey não tem nenhuma pergunta que o waypost possa fazer
imp-source = Importado do XLSForm { $file }
imp-section = Seção { $n }
imp-other = Outro
imp-constraint-message = A regra do formulário não permite esta resposta.
imp-choice-incomplete = uma opção sem nome de lista ou sem nome: fica de fora
imp-column-ignored = "{ $column }" não tem equivalente no waypost: é ignorada
imp-renamed = o nome "{ $name }" passou a ser o id "{ $id }"
imp-not-closed = um grupo ou repetição sem fechar: é fechado no fim da planilha
imp-in-nested-repeat = dentro de uma repetição dentro de outra: fica de fora
imp-no-type = uma linha sem tipo: fica de fora
imp-unmatched-end = um fim sem seu começo: é ignorado
imp-nested-repeat = uma repetição dentro de outra não pode ser uma lista dentro de uma lista: fica de fora, com suas linhas
imp-not-converted = não convertido: { $what }
imp-too-deep = parênteses aninhados a mais de { $depth } níveis
imp-bad-language = "{ $part }" não é um código de idioma, então fica de fora: escreva o idioma como etiqueta BCP 47, por exemplo Kiswahili (sw) ou Português (pt-BR)
imp-loop = um laço sobre as { $choices } opções de "{ $list }": suas perguntas são feitas uma vez para cada uma, em um grupo com o título da opção
imp-dropped-name = o texto usa ${ "{" }{ $name }{ "}" }, um { $kind } que a importação deixa de fora: ali é mostrado "…"
imp-unknown-name = o texto usa ${ "{" }{ $name }{ "}" }, que não nomeia nenhuma pergunta do formulário: ali é mostrado "…"
imp-expression = não convertido (o waypost não lê "{ $part }"): { $expression }; a pergunta é mantida sem isso
imp-calculation = cálculo não convertido (o waypost não calcula "{ $part }"): { $expression }; fica de fora
imp-calculation-prompt = Calculado: { $calculation }
imp-calculate-in-repeat = um calculate dentro de uma repetição não é convertido: fica de fora
imp-filter-in-repeat = um choice_filter dentro de uma repetição não é convertido: todas as opções são oferecidas
imp-metadata = "{ $kind }" são metadados do formulário, não uma pergunta: fica de fora
imp-no-name = uma pergunta sem nome: fica de fora
imp-no-choice-list = não há lista de opções "{ $list }" na planilha choices: fica de fora
imp-as-text = "{ $kind }" é mantido como pergunta de texto
imp-as-note = "{ $kind }" (multimídia) é mantido como nota para ler
imp-unknown-type = tipo desconhecido "{ $kind }": fica de fora
imp-required-message = o waypost diz o que falta com suas próprias palavras: a mensagem não é mantida
imp-converted = { $file }: { $questions ->
    [one] { $questions } pergunta
   *[other] { $questions } perguntas
} em { $sections ->
    [one] { $sections } seção
   *[other] { $sections } seções
}; { $notes ->
    [0] tudo foi trazido
    [one] { $notes } nota (acima)
   *[other] { $notes } notas (acima)
}
imp-exists = { $file } já existe: use --force para substituí-lo, ou -o para outro arquivo
imp-no-label = sem rótulo: é mostrado o nome "{ $name }" no lugar
imp-empty-note = uma nota sem rótulo: fica de fora
xf-attachment-label = A sessão completa, tal como o waypost a guarda (o waypost a envia; não é perguntada)
xf-no-views = views: o XLSForm não tem lugar para grades e tabelas; não está no formulário
xf-written = gravado { $file } ({ $notes ->
    [0] tudo foi mantido
    [one] { $notes } nota acima
   *[other] { $notes } notas acima
})
xf-condition = { $place }: a condição testa algo que o XLSForm não pode (a pontuação de uma opção); é guardada como JSON em uma coluna do waypost
xf-choice-condition = { $place }: quando a opção é oferecida fica guardado como JSON em uma coluna do waypost; o ODK Collect e o Enketo a oferecem sempre
xf-kept = { $place }: é guardado como JSON na coluna { $column }, que as ferramentas XLSForm ignoram
