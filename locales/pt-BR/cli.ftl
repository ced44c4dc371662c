# A linha de comando: waypost list, show, export, compare, report, validate, restore.

cli-cannot-write-output = não é possível escrever a saída
cli-cannot-write-to = não é possível escrever { $file }
cli-restored = { $id } está de volta entre as sessões
cli-wrote = escrito { $file }
cli-plain-needs-command = --plain precisa de um comando: `waypost --plain new ID_QUESTIONARIO` ou `waypost --plain resume ID_SESSAO`
cli-other-version = nota: a sessão "{ $session }" foi iniciada com { $questionnaire } versão { $started }; é usada a versão { $now }
cli-reordered = nota: comparadas por data: { $earlier } é a sessão anterior
cli-damaged = arquivo de sessão danificado { $path }: { $message }
cli-no-sessions = Ainda não há sessões. Comece uma com `waypost new ID_QUESTIONARIO`.
cli-no-match = Nenhuma sessão corresponde a estes filtros.
cli-col-updated = ATUALIZADA
cli-col-status = SITUAÇÃO
cli-col-done = FEITO
cli-col-questionnaire = QUESTIONÁRIO
cli-col-organisation = ORGANIZAÇÃO
cli-col-id = ID
cli-col-version = VERSÃO
cli-col-title = TÍTULO
cli-col-from = ORIGEM
cli-file-ok = { $file }: correto
cli-checked = { $files ->
    [one] { $files } arquivo verificado
   *[other] { $files } arquivos verificados
}: { $bad } com problemas ({ $errors ->
    [one] { $errors } erro
   *[other] { $errors } erros
}, { $warnings ->
    [one] { $warnings } aviso
   *[other] { $warnings } avisos
})
cli-cannot-read = não é possível ler { $file }
cli-translate-source-language = "{ $language }" é o idioma em que o questionário está escrito: indique o idioma para o qual traduzir, por exemplo --language pt-BR
cli-translate-note = { $file }: { $place }: { $kind ->
    [untranslated] ainda sem tradução; fica como estava
    [stale] o texto original mudou desde que o arquivo foi feito; não é aplicada, traduza de novo
    [fuzzy] marcada como duvidosa (fuzzy, para revisar); não é aplicada
    [duplicate] o arquivo tem mais de uma entrada para este lugar; é aplicada a última: verifique qual vale
    [missing] não está no arquivo; fica como estava
   *[unknown] o questionário não tem um texto aqui; é ignorada
}
cli-translate-imported = { $applied ->
    [one] { $applied } tradução para { $language } aplicada
   *[other] { $applied } traduções para { $language } aplicadas
}; { $notes ->
    [0] não resta nada a fazer
    [one] { $notes } entrada para revisar (acima)
   *[other] { $notes } entradas para revisar (acima)
}
cli-error = erro: { $message }
cli-no-data-folder = nenhuma pasta de dados foi encontrada; indique uma com --data-dir PASTA
# A questionnaire file's notice (an override of a built-in, say), on standard error.
cli-catalog-note = nota: { $text }
# A questionnaire file that could not be used, and why.
cli-catalog-skipped = { $file } foi ignorado: { $problem }

# waypost team
cli-no-config-folder = nenhuma pasta de configuração foi encontrada; indique uma com WAYPOST_CONFIG_DIR
team-joined = entrou na equipe em { $url }: o servidor respondeu, com { $forms ->
    [one] um formulário
   *[other] { $forms } formulários
} para este notebook
team-no-forms = ainda nenhum formulário foi dado ao usuário de aplicativo deste notebook: um usuário web publica o formulário do questionário e dá acesso a esse usuário
team-joined-offline = entrou na equipe em { $url }, salvo neste notebook; o servidor não foi alcançado, então a chave ainda não foi verificada (entre de novo com conexão para verificá-la)
team-refused = o servidor recusou a chave de { $url } (HTTP { $status }: { $message }); nada foi salvo: peça à coordenação a URL de configuração atual deste notebook
team-not-understood = a resposta do servidor não foi entendida; nada foi salvo
team-none = este notebook não entrou em nenhuma equipe (waypost team join URL)
team-server = servidor e projeto: { $url }
team-project = projeto: { $project }
team-reached = última resposta: { $at }, com { $forms ->
    [one] um formulário
   *[other] { $forms } formulários
} para este notebook
team-never-reached = última resposta: nunca (o servidor ainda não respondeu)
team-sessions = sessões: { $waiting } aguardando envio, { $sent } enviadas, { $failed } com falha
team-left = saiu da equipe; as sessões ficam neste notebook
team-staff = usuário web: sessão iniciada como { $email } em { $server } até { $until }
team-staff-expired = usuário web: a sessão de { $email } expirou (waypost team login)
team-login-no-server = qual servidor? waypost team login --server https://SERVIDOR --email E-MAIL (ou entre antes na equipe)
team-password = Senha de { $email } (não é mostrada):{" "}
team-password-none = sem senha: digite-a em um terminal, ou defina WAYPOST_CENTRAL_PASSWORD
team-logged-in = sessão iniciada como { $email } em { $server } até { $until }; a senha não é guardada
team-logged-out = sessão encerrada; o token do usuário web foi esquecido
team-not-logged-in = não há sessão de usuário web neste notebook
staff-bad-server = "{ $server }" não é o endereço de um servidor: https://SERVIDOR
staff-wrong-password = o servidor recusou o e-mail e a senha de { $email }; nada foi salvo
staff-log-in = entre antes como usuário web, ou de novo (a sessão expira depois de um dia): waypost team login --email E-MAIL
staff-forbidden = o servidor não permite que { $email } faça isto ({ $message }): quem gerencia ou administra o projeto pode fazê-lo
staff-refused = o servidor recusou (HTTP { $status }: { $message })
staff-unreached = nada foi alterado no servidor: { $reason }
publish-which-project = qual projeto? waypost publish ID --project NÚMERO (ou entre na equipe neste servidor)
publish-bad-key = { $file } não é uma chave pública (PEM): { $reason }
publish-refused = o servidor recusou o formulário { $form }: { $message }
publish-version-taken = a versão { $version } de { $form } já foi publicada antes neste projeto (o servidor aceita cada versão uma só vez): aumente a versão do questionário e publique de novo
publish-no-app-user = o projeto { $project } não tem nenhum usuário de aplicativo chamado "{ $name }" (tem: { $known })
publish-created = publicado { $form } versão { $version } no projeto { $project }
publish-new-version = publicado { $form } versão { $version } no projeto { $project } (era { $was })
publish-current = { $form } versão { $version } já está publicado no projeto { $project }; nada a publicar
publish-not-in-form = o que só o waypost lê do questionário não está no formulário ({ $count } partes: pontuações, verificações, grades, tempos); o waypost continua a aplicá-lo nos notebooks, e cada sessão enviada leva seu arquivo completo
publish-encrypted = os envios vão cifrados com a chave dada; guarde bem a chave privada: sem ela ninguém pode lê-los
publish-given = dado aos usuários de aplicativo: { $users }
publish-had = os usuários de aplicativo que já o tinham: { $users }
publish-no-app-users = o projeto { $project } ainda não tem usuários de aplicativo: crie um por notebook no Central (Projeto, Usuários de Aplicativo) e publique de novo para dar-lhes o formulário
send-out-of-date = o servidor tem uma versão mais recente desta sessão, enviada de outro lugar (HTTP 409: { $message }); nada foi sobrescrito e a versão deste notebook é mantida: compare as duas antes de enviá-la de novo

# waypost send
list-sent-column = ENVIO
list-sent-waiting = aguardando
list-sent-at = enviada { $at }
list-sent-failed = falhou (abaixo)
send-no-team = este notebook não entrou em nenhuma equipe: waypost team join URL (a URL de configuração que o ODK Central mostra para o usuário de aplicativo deste notebook)
send-nothing = nada a enviar: nenhuma sessão concluída está aguardando
send-unreached = nada foi enviado, e nada se perde: { $reason }; tente mais tarde
send-failed = { $session } não foi enviada: { $reason }
send-failed-later = { $session } ainda não foi enviada e fica na caixa de saída (waypost send): { $reason }
send-no-form = o servidor não oferece nenhum formulário "{ $form }" a este notebook: um usuário web o publica e o dá ao usuário de aplicativo deste notebook (waypost publish { $questionnaire })
send-unknown-questionnaire = o questionário "{ $questionnaire }" não está neste notebook, então seu formulário é desconhecido
send-already = { $session }: já enviada, sem alterações desde então
send-sent = { $session }: enviada ({ $instance })
send-sent-again = { $session }: enviada de novo, como uma versão nova ({ $instance })
send-conflict = o servidor tem outra versão (HTTP 409: { $message }); nada foi sobrescrito
send-unknown-version = o servidor não conhece o formulário "{ $form }" na versão { $version } (HTTP 404): um usuário web publica esta versão (waypost publish { $questionnaire })
send-refused = o servidor recusou a chave deste notebook para este formulário (HTTP 401/403: { $message }): um usuário web dá a este usuário de aplicativo acesso ao formulário, ou uma URL de configuração nova
send-rejected = o servidor recusou o envio (HTTP { $status }: { $message })
pull-which-project = qual projeto? waypost pull --project NÚMERO (este login vê: { $known })
pull-bad-date = "{ $date }" não é um dia: escreva-o como AAAA-MM-DD (2026-12-01)
pull-bad-key = { $file } não é uma chave privada (PEM): { $reason }
pull-done = { $listed } { $listed ->
    [one] envio
   *[other] envios
  } no servidor: { $new } novos aqui, { $updated } atualizados com uma versão mais recente, { $unchanged } já estavam aqui, { $yours } enviados deste notebook
pull-from-instance = { $count } feitos só com as respostas do formulário (preenchido no ODK Collect ou no Enketo: sem notas, situações de resposta nem votos)
pull-opened = { $count } cifradas e não lidas antes, lidas agora
pull-both-kept = { $local } foi alterada aqui e no servidor: as duas são mantidas, a deste notebook como está e a do servidor como { $kept } (somente leitura); compare-as: waypost compare { $local } { $kept }
pull-unread = { $session } está cifrada e não foi lida: { $reason }; só o que o servidor diz dela é guardado
pull-passphrase = A frase secreta do projeto (não é mostrada):{" "}
pull-passphrase-none = sem frase secreta: digite-a em um terminal, ou defina WAYPOST_CENTRAL_PASSPHRASE
pull-skipped = { $instance } não foi salvo: { $reason }
pull-stopped = a busca parou antes do fim: { $reason }; o que chegou é mantido, e a próxima continua dali
pull-from-instance-reason = tal como o formulário foi preenchido (trazido do servidor da equipe)
pull-no-instance = o servidor não deu suas respostas (HTTP { $status })
pull-not-an-instance = o que o servidor deu não são as respostas de um formulário
pull-encrypted-no-key = cifrado, e não foi dada nem a chave privada da equipe (--private-key) nem a frase secreta do projeto (--passphrase)
pull-no-keys = o servidor não deu as chaves do formulário (status { $status })
pull-not-managed = cifrado com a chave própria da equipe, não com a do projeto: só o arquivo de chave privada da equipe o lê (--private-key)
pull-wrong-passphrase = a frase secreta não abre a chave do projeto: nada foi decifrado
pull-no-export = o servidor não deu a exportação decifrada (status { $status })
pull-export-unreadable = a exportação decifrada do servidor não é um zip que o waypost leia
pull-export-no-session = a exportação decifrada do servidor não tem arquivo de sessão para ele (preenchido em um celular?): só os metadados são guardados
pull-file-missing = o servidor não tem o arquivo { $file }
send-team-session = veio do servidor da equipe, que já a tem (para alterá-la, continue-a como acompanhamento)
list-from-column = ORIGEM
list-from-laptop = este notebook
list-from-team = equipe: { $who }
