# Modo de texto (waypost --plain): a entrevista linha por linha.

plain-commands = Comandos: :b voltar, :s pular, :n TEXTO nota, :dk não sabe, :dec não respondeu, :na não se aplica, :h ajuda, :l próximo idioma do questionário, :r revisar, :v votos (em uma pergunta posta em votação), :p votação com pontos sobre as ações sugeridas e as pendências, :f concluir, :q sair. Linha vazia: manter a resposta e seguir. Uma resposta que começa com dois-pontos: digite-a depois de ::.
plain-ask-organisation = Organização:
plain-ask-facilitator = Facilitador/a:
plain-carried = { $n ->
    [one] { $n } pendência trazida de { $from }.
   *[other] { $n } pendências trazidas de { $from }.
}
plain-started = Sessão { $id } iniciada; cada resposta é salva na hora.
plain-locked-elsewhere = a sessão "{ $id }" está aberta em outra janela; feche-a lá primeiro
plain-resume-hint = Salvo. Para continuar: `waypost --plain resume { $id }`.
plain-saved-as = Salvo como { $id }.
plain-required = (obrigatória)
plain-fixed = (somente leitura: uma linha vazia registra o valor mostrado)
plain-multi-hint = (números separados por vírgulas)
plain-multiline-hint = (várias linhas; termine com uma linha que tenha apenas um ponto)
plain-list-hint = (s para adicionar um item depois dos que já tem, n para nenhum a mais (nenhum, em uma lista vazia); uma linha vazia deixa a lista como está)
# The words that say yes at "add an item?", separated by spaces (any language's are taken).
plain-yes-words = s sim
plain-no-words = n não nao
plain-yes-or-no = Responda s ou n.
plain-list-draft = Digitado antes e ainda não confirmado: { $items ->
    [one] { $items } item
   *[other] { $items } itens
}{ $half ->
    [yes] , e um pela metade
   *[no] {""}
}. s continua a partir daí; uma linha vazia deixa a lista como foi confirmada.
plain-list-draft-half = Um item ficou pela metade antes: s continua com ele; uma linha vazia deixa a lista como foi confirmada.
plain-text-draft = Digitado antes e ainda não confirmado (digite de novo para salvar; uma linha vazia deixa a resposta como está): { $text }
plain-list-full = { $max ->
    [one] A lista aceita no máximo { $max } item.
   *[other] A lista aceita no máximo { $max } itens.
}
plain-press-enter = (Enter para seguir)
plain-current = resposta atual: { $text }
plain-default = Enter aceita: { $text } (:s a deixa sem resposta)
plain-no-help = Sem ajuda.
plain-note-saved = Nota salva.
plain-note-removed = Nota removida.
plain-warning = Atenção: { $text }
plain-specify-other = { $label }: especifique:
plain-ask-reason = Motivo para seguir (vazio para responder de novo):
plain-first-question = Esta é a primeira pergunta.
plain-last-question = Essa foi a última pergunta.
plain-completed = A sessão está concluída.
plain-still-missing = Ainda falta: { $ids }. A sessão continua em andamento.
plain-not-utf8 = Essa linha não é texto em UTF-8; digite-a de novo.
plain-not-saved = Não salvo: { $reason }. As respostas ficam aqui; o salvamento será tentado de novo no próximo passo.
plain-quit-unsaved = não foi possível salvar as últimas alterações
plain-add-another = Adicionar outro? (s/n)
plain-one-language = Este questionário está escrito em um só idioma.
plain-votes = votos: { $spread }
plain-votes-hint = O voto de cada participante: o número ou o nome da opção; uma linha vazia o mantém, - o retira.
plain-vote-of = Voto de { $voter }:
plain-dots-hint = Votação com pontos: cada participante tem { $dots ->
    [one] { $dots } voto
   *[other] { $dots } votos
}. Digite os números das ações e das pendências, um número por voto (1 1 3 dá dois votos à primeira e um à terceira); - retira o último voto; uma linha vazia passa ao próximo participante.
plain-dots-of = { $voter } (restam { $left }):
plain-dots-all-given = { $voter } já deu todos os seus votos.
plain-dots-bad-number = "{ $word }" não é o número de uma ação ou pendência (de 1 a { $count }); nenhum voto foi dado
plain-dots-too-many = Mais números do que votos restantes ({ $left }); nenhum voto foi dado
plain-dots-done = Ordenadas por seus votos:
plain-team-session = { $id } veio do servidor da equipe (enviada por { $who }): aqui é somente leitura; para continuar a partir dela, comece um acompanhamento no aplicativo (ou waypost report { $id } para lê-la)
plain-nothing-to-answer = Isto é uma nota: aqui não há nada a responder. Pressione Enter para seguir (:b voltar, :q sair).
plain-other-language = As perguntas estão em { $language }: este questionário não está escrito em { $interface }.
