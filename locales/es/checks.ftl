# Por qué se rechaza una respuesta. { $label } es el nombre que el cuestionario da a un elemento de lista.

inv-note-takes-no-answer = una nota no lleva respuesta
inv-choose-one = elija una de las opciones
inv-select-from-choices = elija entre las opciones
inv-not-a-choice = "{ $value }" no es una de las opciones
inv-selected-twice = "{ $value }" está elegida dos veces
inv-too-few-selected = elija al menos { $n }
inv-too-many-selected = elija como máximo { $n }
inv-not-a-number = escriba un número
inv-not-a-number-text = "{ $value }" no es un número
inv-not-whole = escriba un número entero
inv-below-min = el mínimo permitido es { $min }{ $unit }
inv-above-max = el máximo permitido es { $max }{ $unit }
inv-type-an-answer = escriba una respuesta
inv-empty = la respuesta está vacía: escriba una, o elija un estado como no sabe
inv-too-long = { $len } caracteres es demasiado largo: como máximo { $max }
inv-not-a-date = escriba una fecha como AAAA-MM-DD, p. ej. 2026-11-28
inv-not-a-list = una respuesta de lista es una lista de elementos
inv-too-few-items = { $min ->
    [one] añada al menos 1 { $label }
   *[other] añada al menos { $min } × { $label }
}
inv-too-many-items = { $max ->
    [one] se admite como máximo 1 { $label }
   *[other] se admiten como máximo { $max } × { $label }
}
inv-not-an-item = { $label } { $number }: no es un elemento
inv-unknown-field = { $label } { $number }: campo desconocido "{ $field }"
inv-in-item = { $label } { $number }, { $field }: { $inner }
inv-missing = obligatorio
inv-required = { $field } es obligatorio
inv-state-not-allowed = esta pregunta no admite "{ $state }"
state-dont-know = No sabe
state-declined = No responde
state-not-applicable = No aplica
