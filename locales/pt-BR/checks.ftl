# Por que uma resposta é recusada. { $label } é o nome que o questionário dá a um item de lista.

inv-note-takes-no-answer = uma nota não leva resposta
inv-choose-one = escolha uma das opções
inv-select-from-choices = escolha entre as opções
inv-not-a-choice = "{ $value }" não é uma das opções
inv-not-offered = "{ $label }" não é oferecida com as respostas dadas antes desta pergunta
inv-read-only = esta pergunta é somente leitura: registra o valor mostrado
inv-not-put-to-vote = esta pergunta não é posta em votação
inv-unknown-voter = "{ $voter }" não está entre os participantes
inv-no-dots-left = { $voter } não tem mais votos (retire um para movê-lo)
inv-selected-twice = "{ $value }" foi escolhida duas vezes
inv-too-few-selected = escolha pelo menos { $n }
inv-too-many-selected = escolha no máximo { $n }
inv-not-a-number = digite um número
inv-not-a-number-text = "{ $value }" não é um número
inv-not-whole = digite um número inteiro
inv-below-min = o mínimo permitido é { $min }{ $unit }
inv-above-max = o máximo permitido é { $max }{ $unit }
inv-type-an-answer = digite uma resposta
inv-empty = a resposta está vazia: digite uma, ou escolha uma situação como não sabe
inv-too-long = { $len } caracteres é longo demais: no máximo { $max }
inv-not-a-date = digite uma data como DD/MM/AAAA, p. ex. 28/11/2026
inv-not-a-time = digite uma hora do dia como HH:MM, p. ex. 14:30
inv-not-a-datetime = digite uma data e uma hora como DD/MM/AAAA HH:MM, p. ex. 28/11/2026 14:30
inv-not-a-list = uma resposta de lista é uma lista de itens
inv-too-few-items = { $min ->
    [one] adicione pelo menos { $min } { $label }
   *[other] adicione pelo menos { $min } × { $label }
}
inv-too-many-items = { $max ->
    [one] é aceito no máximo { $max } { $label }
   *[other] são aceitos no máximo { $max } × { $label }
}
inv-not-an-item = { $label } { $number }: não é um item
inv-unknown-field = { $label } { $number }: campo desconhecido "{ $field }"
inv-in-item = { $label } { $number }, { $field }: { $inner }
inv-missing = obrigatório
inv-required = { $field } é obrigatório
inv-state-not-allowed = esta pergunta não aceita "{ $state }"
state-dont-know = Não sabe
state-declined = Não respondeu
state-not-applicable = Não se aplica

# O que `validate` diz de um arquivo de questionário.
val-format = formato { $found } não suportado; este waypost lê o formato { $format }
val-questionnaire-id = "{ $id }" não é um identificador válido: use minúsculas, dígitos e hífens
val-version-empty = a versão está vazia
val-language-twice = o idioma "{ $language }" está vazio ou aparece duas vezes
val-name = "{ $name }" não é um nome válido: use minúsculas, dígitos, _ e -
val-no-sections = o questionário não tem seções
val-text-empty = o texto está vazio
val-no-translation = nenhuma tradução é dada
val-no-text-in = não há texto no idioma "{ $language }"
val-one-text = um só texto para todos os idiomas: dê um em cada um de { $languages }
val-no-choices = não há opções
val-value-empty = o valor está vazio
val-value-twice = o valor "{ $value }" é usado duas vezes
val-item-id = "{ $id }" não é um identificador válido: use minúsculas, dígitos, _ e -
val-section-twice = o identificador de seção "{ $id }" é usado duas vezes
val-section-empty = a seção está vazia
val-question-twice = o identificador de pergunta "{ $id }" é usado duas vezes
val-misplaced = `{ $field }` só se aplica a perguntas { $kinds ->
    [choice] single e multi
    [number] number
    [limits] number e date
    [text] text
    [multi] multi
   *[list] list
}; é ignorado
val-needs-choices = uma pergunta { $kind } precisa de opções
val-unknown-set = conjunto de opções desconhecido "{ $name }"{ $hint }
val-min-max = min { $min } é maior que max { $max }
val-max-length = max_length deve ser pelo menos 1
val-choice-show-if-field = um campo de lista oferece todas as suas opções: `show_if` em uma opção é para perguntas e aqui é ignorado
val-calculation = o cálculo não pode ser feito: o waypost não lê "{ $part }"
val-calculation-missing = uma pergunta calculate precisa de um `calculation`
val-calculation-kind = `calculation` vale só para perguntas calculate; é ignorado
val-calculate-in-list = uma pergunta calculate não pode ser campo de uma lista
val-read-only-kind = `read_only` vale para perguntas que são respondidas, não para notas, listas nem campos de uma lista; é ignorado
val-read-only-default = uma pergunta somente leitura sem valor padrão não mostra nada e nunca é respondida: dê a ela um `default`
val-read-only-required = uma pergunta obrigatória somente leitura precisa de um `default`, ou a sessão nunca poderá ser concluída
val-min-max-selected = min_selected { $min } é maior que max_selected { $max }
val-min-selected-choices = min_selected é maior que as { $n } opções
val-note-required = uma nota não leva resposta; `required` é ignorado
val-note-allow = uma nota não leva resposta; `allow` é ignorado
val-listed-twice = "{ $name }" aparece duas vezes
val-flag-in-list = os alertas ficam nas perguntas, não nos campos de um item de lista
val-not-text = "{ $id }" não é uma pergunta de texto{ $hint }
val-list-in-list = um campo de uma lista não pode ser ele mesmo uma lista
val-list-fields = uma pergunta de lista precisa de campos
val-min-max-items = min_items { $min } é maior que max_items { $max }
val-field-twice = o identificador de campo "{ $id }" é usado duas vezes nesta lista
val-scale = a escala deve ser maior que 0
val-bands-order = os níveis vão do mais baixo ao mais alto, cada max acima do anterior
val-bands-gap = as pontuações acima de { $last } e até { $scale } não caem em nenhum nível
val-scores-unused = "{ $id }" tem pontuações em suas opções, mas o questionário não tem um bloco "scoring": nenhuma pontuação é calculada com elas (adicione "scoring" ou remova as pontuações)
val-band-above-scale = o nível "{ $band }" vai até { $max }, acima da maior pontuação possível ({ $top }): seu teto nunca é alcançado
val-actions-at-most = deve estar entre 0 e a escala, { $scale }
val-nothing-scored = nenhuma seção tem opções com pontuação, então nada será pontuado
val-not-list = "{ $id }" não é uma pergunta de lista{ $hint }
val-no-field = "{ $list }" não tem nenhum campo "{ $field }"{ $hint }
val-unknown-question = pergunta desconhecida "{ $id }"{ $hint }
val-kind-not-list = "{ $id }" é uma pergunta { $kind }, não uma lista
val-axis = o campo "{ $field }" deve ser uma opção única com pelo menos duas opções
val-axes-same = x e y devem ser campos diferentes
val-carry-no-list = não nomeia nenhuma lista da qual tirar itens
val-field-later = o campo "{ $id }" vem depois na lista; uma condição só pode usar campos anteriores
val-own-answer = uma pergunta não pode depender da própria resposta
val-asked-later = a pergunta "{ $id }" é feita depois; uma condição só pode usar respostas dadas antes
val-note-no-answer = "{ $id }" é uma nota e não tem resposta
val-use-includes = "{ $id }" é de seleção múltipla: teste-a com includes
val-use-count = "{ $id }" é uma lista: conte seus itens com at_least ou at_most
val-in-single = "{ $id }" é { $kind }: `in` testa valores únicos
val-includes-multi = includes testa uma seleção múltipla, e "{ $id }" é uma pergunta { $kind }
val-compare-numbers = { $op } compara números, opções com pontuação ou quantidades, e "{ $id }" é uma pergunta { $kind } sem pontuações
val-not-a-choice = "{ $value }" não é uma opção de "{ $id }"{ $hint }
val-choice-strings = "{ $id }" leva valores de opções (textos), não { $value }
val-compare-number = "{ $id }" é uma pergunta de número; compare-a com um número, não com { $value }
val-compare-text = "{ $id }" é uma pergunta de texto; compare-a com um texto, não com { $value }
val-compare-date = "{ $id }" é uma pergunta de data; compare-a com uma data "AAAA-MM-DD", não com { $value }
val-compare-time = "{ $id }" é uma pergunta de hora; compare-a com uma hora como HH:MM, não com { $value }
val-compare-datetime = "{ $id }" é uma pergunta de data e hora; compare-a com uma como "AAAA-MM-DDTHH:MM", não com { $value }
val-never-section = esta condição nunca é satisfeita, então a seção nunca é mostrada
val-never-question = esta condição nunca é satisfeita, então a pergunta nunca é mostrada
val-never-any = nenhuma pergunta desta seção pode ser mostrada, então ela está sempre vazia
val-never-warning = esta condição nunca é satisfeita, então o aviso nunca aparece
val-never-field = esta condição nunca é satisfeita, então o campo nunca é mostrado
val-unknown-field = campo desconhecido, é ignorado{ $hint }
val-cannot-read = não é possível ler: { $error }
val-cannot-read-folder = não é possível ler a pasta: { $error }
val-overrides = { $new } substitui { $old } (id "{ $id }")
val-built-in = { $name } incluído
val-did-you-mean = {" "}(você quis dizer "{ $word }"?)
val-warning-tag = aviso:{" "}

# Ler um arquivo de questionário: o que falha em seus bytes, em seu JSON ou na forma de seus dados.
val-empty-file = o arquivo está vazio
val-not-utf8 = o arquivo não é texto UTF-8 (o primeiro byte que não é está aqui); salve-o como UTF-8
val-not-object = era esperado um questionário: um objeto {"{"} … {"}"} com format, id, version, title e sections
val-missing-fields = { $count ->
    [one] falta o campo { $fields }
   *[other] faltam os campos: { $fields }
}
val-json-eof-value = o arquivo termina onde se espera um valor
val-json-eof-list = o arquivo termina dentro de uma lista: falta um "]"
val-json-eof-object = o arquivo termina dentro de um objeto: falta um "{"}"}"
val-json-eof-string = o arquivo termina dentro de um texto: falta a aspa de fechamento
val-json-colon = era esperado ":" depois do nome do campo
val-json-comma-list = era esperado "," entre os itens de uma lista, ou "]" para fechá-la
val-json-comma-object = era esperado "," entre os campos de um objeto, ou "{"}"}" para fechá-lo
val-json-value = era esperado um valor: um texto entre aspas, um número, true, false, null, uma lista ou um objeto
val-json-ident = era esperado true, false ou null (os textos vão entre aspas)
val-json-key = era esperado um nome de campo entre aspas
val-json-trailing-comma = uma vírgula antes do colchete de fechamento: remova-a
val-json-trailing = há algo mais depois do fim do questionário
val-json-escape = uma barra invertida em um texto começa um escape: escreva \\ para a própria barra
val-json-number = não é um número que o JSON possa guardar
val-json-deep = aninhado profundo demais
val-json-control = um caractere de controle (uma tabulação ou quebra de linha) dentro de um texto: escreva \t ou \n no lugar
val-json-unicode = um escape \u inválido em um texto
val-json-syntax = aqui o JSON não é válido
val-json-type = foi encontrado { $found } onde se espera { $expected }
val-json-not-allowed = { $found } não é permitido aqui: espera-se { $expected }
val-json-length = { $found } onde se espera { $expected }
val-json-variant = valor desconhecido "{ $word }"; espera-se um de { $allowed }{ $hint }
val-json-field = campo desconhecido "{ $word }"; espera-se um de { $allowed }{ $hint }
val-json-missing = falta o campo "{ $field }"
val-json-duplicate = o campo "{ $field }" aparece duas vezes
val-json-quadrant = era esperado um nome, ou um objeto com "name" e "strategy"
val-json-other = este valor não pode ser lido aqui
val-found-number = o número { $value }
val-found-text = o texto { $value }
val-found-object = um objeto
val-found-list = uma lista
val-expect-text = um texto entre aspas
val-expect-count = um número inteiro, 0 ou mais
val-expect-integer = um número inteiro
val-expect-number = um número
val-expect-boolean = true ou false
val-expect-list = uma lista [ … ]
val-expect-object = um objeto {"{"} … {"}"}
val-expect-translations = um texto, ou traduções como {"{"}"en": "…", "pt-BR": "…"{"}"}
val-expect-one-or-list = um valor, ou uma lista deles
val-expect-choices = o nome de um conjunto de opções, ou uma lista de opções
val-repeated = … e mais { $count ->
    [one] { $count } problema
   *[other] { $count } problemas
} como este
val-cond-no-test = uma condição sobre uma resposta precisa de um teste: equals, in, includes, at_least, at_most ou answered
val-cond-two-tests = uma condição pode ter só um teste; combine vários com "all" ou "any"
val-cond-two-groups = uma condição pode ter só um de all, any e not
val-cond-empty = condição vazia: use {"{"}"answer": ID, "equals": V{"}"} ou combine com all, any ou not
val-cond-no-answer = este teste precisa de "answer": o id da pergunta que testa
val-mixed-scores = { $count ->
    [one] a opção { $values } não tem pontuação e as demais têm
   *[other] as opções { $values } não têm pontuação e as demais têm
}: dê uma pontuação a cada opção, ou a nenhuma (para "não sabe", permita antes essa situação de resposta)
val-weight = o peso deve ser um número, 0 ou mais
val-weight-unscored = um peso só conta em algo que é pontuado; aqui é ignorado
val-pipe-unknown = ${"{"}{ $id }{"}"} não nomeia nenhuma pergunta nem campo{ $hint }
val-pipe-later = ${"{"}{ $id }{"}"}: "{ $id }" é perguntada depois, então sua resposta não pode ser mostrada aqui
inv-exclusive = "{ $value }" vai sozinha: desmarque-a, ou desmarque as demais opções
val-expect-bound = um número, uma data ("AAAA-MM-DD", "today", "today-30"), ou {"{"}"answer": ID{"}"}
val-compare-answers = "{ $id }" e "{ $other }" não podem ser comparadas: compare datas com datas, e números, pontuações ou contagens entre si
val-bound-date = "{ $value }" não é uma data: escreva "AAAA-MM-DD", "today", ou dias a partir de hoje como "today-30" ou "today+7"
val-bound-answer = um limite é um número ou uma data; para comparar com outra resposta, use uma restrição (constraint)
val-bound-kind = `{ $field }` aqui leva { $kind ->
    [date] uma data: "AAAA-MM-DD", "today", "today-30" ou "today+7"
   *[other] um número
}
inv-date-before = a data mais antiga permitida é { $date }
inv-date-after = a data mais recente permitida é { $date }
inv-count-from = "{ $source }" foi respondida { $n }: a lista leva { $n ->
    [one] { $n } × { $label }
   *[other] { $n } × { $label }
}
val-count-from = "{ $id }" é uma pergunta { $kind }: o número de itens de uma lista vem de uma pergunta numérica
val-workshop-time-date = "{ $id }" é uma pergunta { $kind }: o período cujas oficinas são revisadas começa e termina com perguntas de data
inv-specify-other = indique o que é "{ $label }"
val-other-twice = no máximo uma opção pode ser "other"
val-votes-single = só as perguntas de opção única (e os campos de opção única de uma lista) podem ser postas em votação
val-pattern = não é possível ler o padrão: { $problem }
val-pattern-long = o padrão tem mais de { $most } caracteres
val-matches-text = "{ $id }" é uma pergunta do tipo { $kind }; só uma resposta de texto é comparada com um padrão
val-default-kind = uma pergunta do tipo { $kind } não aceita um valor padrão
val-default-from = um valor padrão tirado da sessão ({ $fields }) só serve em uma pergunta de texto
val-default-from-unknown = a sessão não tem nenhum campo "{ $name }" do qual tirar um valor padrão: { $fields }
val-default-invalid = o valor padrão não é uma resposta que esta pergunta aceite: { $problem }
val-written-instead = {": "}no lugar está "{ $written }": você quis dizer "{ $field }"?
val-known-sets = {" "}(os conjuntos de opções são: { $sets })
val-no-sets = {" "}(o questionário não tem choice_sets)
val-bound-not-whole = { $field } { $value } em uma pergunta de números inteiros (integer): nenhuma resposta pode ser exatamente isso; dê um número inteiro
val-exclusive-single = "exclusive" na opção "{ $value }" de uma pergunta de uma só opção não faz nada (de qualquer forma só uma é escolhida); é para perguntas multi
