# La aplicación: sesiones abiertas, iniciadas, guardadas, exportadas; la terminal; ventanas superpuestas.

ses-started = Sesión { $id } iniciada
ses-started-carried = Sesión { $id } iniciada; { $n ->
    [one] 1 pendiente traído de { $from }
   *[other] { $n } pendientes traídos de { $from }
}
ses-resumed = Sesión { $id } retomada
ses-opened-elsewhere = La sesión { $id } está abierta en otra ventana: se abrió solo para lectura.
ses-viewing = Viendo { $id } solo para lectura.
ses-follow-up-started = Seguimiento de { $of } iniciado como { $id }: revise cada respuesta.
ses-not-saved = No guardado: { $reason }. Sus respuestas se conservan aquí y se vuelve a intentar guardar.
ses-not-saved-mark = SIN GUARDAR
ses-cannot-list = No se pudieron listar las sesiones: { $reason }
ses-trashed = { $id } se movió a { $to } ({ $undo } la recupera; { $trash } muestra la papelera)
ses-stray-key = { $key } no hace nada aquí; { $help } muestra las teclas.
ses-finished-report = La sesión está terminada y guardada. Este es su informe ({ $export } lo escribe en la carpeta de exportaciones).
ses-completed-read-only = { $id } está terminada: se muestra solo para lectura; { $reopen } la reabre para cambiar respuestas.
ses-reopened = Reabierta: se pueden cambiar las respuestas; termine de nuevo desde la revisión.
ses-trash-view-title = Papelera
ses-trash-view-info = { $n ->
    [one] 1 sesión
   *[other] { $n } sesiones
} en la papelera · { $confirm }: recuperar la resaltada · { $back }: volver a las sesiones
ses-trash-empty = La papelera está vacía.
ses-restored = { $id } está de vuelta entre las sesiones.
ses-restored-already = { $id } ya está de vuelta entre las sesiones (otro programa la trajo).
ses-exported = Se escribieron { $name }.md y { $name }.html en { $dir }
ses-exported-csv = Se escribieron { $name }.md, { $name }.html y { $name }.csv (también para Excel) en { $dir }
ses-export-failed = No se pudo exportar a { $dir }: { $reason }
ses-no-exports-folder = No hay carpeta de exportaciones.
ses-overrides = { $n ->
    [one] 1 de sus cuestionarios reemplaza a uno incluido (vea `waypost questionnaires`).
   *[other] { $n } de sus cuestionarios reemplazan a otros incluidos (vea `waypost questionnaires`).
}
ses-unusable = { $n ->
    [one] 1 archivo de cuestionario no se pudo usar: ejecute `waypost validate`.
   *[other] { $n } archivos de cuestionario no se pudieron usar: ejecute `waypost validate`.
}
ses-help-close = { $key } cierra esta ayuda.
ses-too-small = Terminal demasiado pequeña
ses-too-small-size = waypost necesita { $w }x{ $h }; esta es de { $nw }x{ $nh }.
ses-too-small-hint = Agrande la ventana. { $quit } guarda y sale.
ses-unsaved-quit = No se pudieron guardar los últimos cambios:
ses-quit-title = ¿Salir sin guardar?
ses-quit-choices = { $quit }: salir igual y perderlos · { $back }: quedarse y seguir intentando
ses-help-title = Teclas: { $mode }
mode-home = inicio
mode-form = escribiendo
mode-command = pregunta
mode-picker = eligiendo un filtro
mode-filter = filtrando las opciones
mode-typing = escribiendo una respuesta
mode-list = lista
mode-confirm-item = ¿conservar el elemento?
mode-review = revisión
mode-help = ayuda
mode-confirm-quit = salir
mode-browser = sesiones
mode-confirm-trash = ¿mover a la papelera?
mode-trash = papelera
mode-summary = resumen
mode-grid = cuadrícula
mode-compare = comparación
ses-needs-terminal = la entrevista necesita una terminal; use --plain para responder línea por línea
ses-cannot-open-terminal = no se puede abrir la terminal
ses-cannot-watch-signals = no se pueden vigilar las señales, que la aplicación necesita para guardar antes de detenerse
ses-terminal-error = error de la terminal
ses-quit-unsaved = salir con cambios que no se pudieron guardar
ses-help-close-scroll = { $key } cierra esta ayuda · ↑↓ desplazar
# What a save did (every shell): lifecycle::Saved.
save-again = Guardado de nuevo: todas las respuestas están en el disco.
save-merged = Guardado, junto con los cambios que otro programa hizo mientras tanto en esta sesión.
save-as-copy = Otro programa cambió las mismas respuestas de { $id } ({ $places }): su versión se guarda como copia, { $copy }, y usted sigue en ella; { $id } conserva la otra versión.
ses-team-read-only = { $id } es del equipo, enviada por { $who } y traída del servidor: se muestra solo para lectura; { $follow_up } en el navegador la continúa como seguimiento.
