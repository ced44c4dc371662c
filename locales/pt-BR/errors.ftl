# O que o núcleo recusa ou não pode fazer, tal como as interfaces o mostram.

err-no-session = não há nenhuma sessão "{ $id }"
err-bad-session-id = "{ $id }" não é um identificador de sessão válido (minúsculas, dígitos e hífens)
err-session-exists = já existe uma sessão "{ $id }"
err-damaged = { $path }: danificado, não foi tocado: { $message }
err-conflict = outro programa também mudou a sessão "{ $id }" ({ $places }): nada foi salvo por cima; suas respostas ficam nesta janela e o arquivo mantém a outra versão
err-locked = a sessão "{ $id }" está aberta em outra janela ({ $holder }); pode ser vista somente para leitura
err-no-questionnaire = não há nenhum questionário "{ $id }"; conhecidos: { $known }
err-unknown-questionnaire = a sessão "{ $session }" responde ao questionário "{ $questionnaire }", que aqui não é conhecido (veja `waypost questionnaires`)
err-ambiguous-session = "{ $wanted }" é o começo de várias sessões: { $ids }; dê mais do identificador, ou seu UUID
err-different-questionnaires = as sessões respondem a questionários diferentes ({ $first } e { $second }); só são comparadas sessões de um mesmo questionário
err-no-question = não há nenhuma pergunta "{ $id }"
err-no-such-language = o questionário não está escrito em "{ $language }"
err-hidden = a pergunta "{ $id }" não é mostrada com as respostas atuais
err-needs-reason = é preciso um motivo para seguir: { $warnings }
err-nothing-shown = nenhuma pergunta é mostrada
err-po-unreadable = não é um arquivo PO legível: { $message }
err-po-bad-language = o cabeçalho Language do arquivo PO, "{ $language }", não é uma etiqueta de idioma (BCP 47, como es ou pt-BR)
err-bad-language = "{ $language }" não é uma etiqueta de idioma (BCP 47, como es ou pt-BR)
err-po-long-line = a linha { $line } tem mais de { $max } bytes, mais do que o leitor de PO aceita inteiro: divida o texto em várias linhas entre aspas, como fazem os editores de PO
err-po-no-language = o cabeçalho do arquivo PO não indica nenhum idioma ("Language: pt-BR")
err-po-source-language = "{ $language }" é o idioma em que os textos do questionário estão escritos, não uma tradução
err-po-other-questionnaire = o arquivo PO é de "{ $found }", não de "{ $expected }"
err-po-json = o JSON do questionário: { $message }
err-document-format = isto não é gravado como { $format }

# The store's refusals and damaged files; the caller names the file.
store-format = o formato de sessão { $found } não é um que este waypost leia ({ $reads })
store-not-an-id = seu id "{ $id }" não é um id de sessão (minúsculas, dígitos e hífens)
store-id-not-name = seu id "{ $id }" não coincide com o nome do arquivo
store-too-large = { $size } MB é mais do que o waypost lê de um arquivo ({ $limit } MB)
store-link = um link simbólico, e o waypost nunca grava através de um link
store-not-regular = não é um arquivo comum (uma pasta, um FIFO ou um dispositivo), então o waypost não o usa
store-shared-folder = { $folder } pertence a outro usuário e outros podem gravar nela: o waypost guarda seus dados só em pastas que são só suas (escolha outra com --data-dir)
store-export-no-folder = essa pasta não existe
store-export-no-name = não é um nome de arquivo
store-export-sessions = na pasta de sessões, onde um relatório nunca vai
store-export-not-regular = não é um arquivo comum (um dispositivo, um FIFO ou uma pasta), então não é substituído
store-lock-moving = o arquivo de bloqueio mudou enquanto o waypost o pegava; tente de novo
store-set-aside = { $file } não foi usado e foi movido para { $to }: { $why }
store-aside-link = é um link simbólico
store-aside-not-regular = não é um arquivo comum (uma pasta, um FIFO ou um dispositivo)
store-aside-not-ours = pertence a outro usuário
store-aside-others-write = outros podem gravar nele
store-json-at = linha { $line } coluna { $column }: { $problem }
store-draft-of-another = é o rascunho de outro questionário

# Uma equipe no ODK Central.
team-bad-url = "{ $url }" não é uma URL de configuração de usuário de aplicativo; o ODK Central a mostra como https://SERVIDOR/v1/key/TOKEN/projects/NÚMERO (Projeto, Usuários de Aplicativo, o código QR do usuário ou "ver configuração")
team-plain-http = "{ $url }" usa http sem criptografia: sua chave atravessaria a rede legível; use o endereço https (http sem criptografia só para um servidor neste computador)
team-file = a configuração da equipe em { $file } não pôde ser lida nem gravada: { $reason }
team-damaged = { $file } não é uma configuração de equipe como o waypost a grava ({ $reason }); fica como está: mova-a para outro lugar e entre de novo na equipe
central-timeout = o servidor não respondeu a tempo (uma rede lenta ou fora do ar?)
central-no-network = não foi possível chegar ao servidor: { $reason }
central-why-no-host = o endereço do servidor não foi encontrado (sem rede, ou um endereço errado)
central-why-refused = nada responde nesse endereço (o servidor está fora do ar, ou a porta é outra)
central-why-dropped = a conexão caiu antes de o servidor responder
central-certificate = o certificado do servidor não foi aceito, então nada foi enviado: { $reason }
central-secure = a conexão segura com o servidor falhou, então nada foi enviado: { $reason }
central-cert-unknown-issuer = não é emitido por uma autoridade em que este computador confie (um certificado autoassinado, ou uma rede que olha dentro das conexões seguras)
central-cert-expired = expirou
central-cert-not-yet = ainda não é válido (a data deste computador está certa?)
central-cert-other-name = foi feito para outro endereço (o endereço está certo?)
central-cert-revoked = foi revogado
central-not-central = algo respondeu, mas não o ODK Central: uma página web (uma página de acesso ao Wi-Fi, ou um endereço errado?)
central-server = o servidor falhou (HTTP { $status }); tente mais tarde
seal-bad-key = a chave pública do formulário não pode ser usada ({ $reason }), então nada foi enviado: um usuário web verifica a chave com que o formulário foi publicado
