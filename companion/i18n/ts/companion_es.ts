<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
    <context>
        <name>BreathPacerWidget</name>
        <message>
            <source>Breathing guide</source>
            <translation>Guía de respiración</translation>
        </message>
        <message>
            <source>A circle that grows as you breathe in and shrinks as you breathe out, with the phase and the seconds left written inside.</source>
            <translation>Un círculo que crece cuando inhalas y se encoge cuando exhalas, con la fase y los segundos que quedan escritos dentro.</translation>
        </message>
    </context>
    <context>
        <name>ChangePassphraseDialog</name>
        <message>
            <source>Change passphrase</source>
            <translation>Cambiar la frase de contraseña</translation>
        </message>
        <message>
            <source>Current passphrase</source>
            <translation>Frase de contraseña actual</translation>
        </message>
        <message>
            <source>New passphrase</source>
            <translation>Nueva frase de contraseña</translation>
        </message>
        <message>
            <source>New passphrase again</source>
            <translation>La nueva frase de contraseña otra vez</translation>
        </message>
        <message>
            <source>Your entries are not rewritten; only the lock on them changes. The recovery code and this device's keychain (if you use them) keep working.</source>
            <translation>Tus entradas no se reescriben; solo cambia el cierre que las protege. El código de recuperación y el llavero de este dispositivo (si los usas) siguen funcionando.</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Mensaje</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Please choose a passphrase of at least 8 characters.</source>
            <translation>Elige una frase de contraseña de al menos 8 caracteres, por favor.</translation>
        </message>
        <message>
            <source>The two new passphrases are not the same yet.</source>
            <translation>Las dos frases nuevas todavía no coinciden.</translation>
        </message>
        <message>
            <source>Changing the passphrase…</source>
            <translation>Cambiando la frase de contraseña…</translation>
        </message>
        <message>
            <source>That is not the current passphrase.</source>
            <translation>Esa no es la frase de contraseña actual.</translation>
        </message>
        <message>
            <source>The passphrase could not be changed; nothing was changed.</source>
            <translation>No se pudo cambiar la frase de contraseña; no se ha cambiado nada.</translation>
        </message>
    </context>
    <context>
        <name>Charts</name>
        <message>
            <source>%1 times</source>
            <translation>%1 veces</translation>
        </message>
        <message>
            <source>%1: %2 before, %3 after (%4)</source>
            <translation>%1: %2 antes, %3 después (%4)</translation>
        </message>
        <message>
            <source>1 time</source>
            <translation>1 vez</translation>
        </message>
        <message>
            <source>After</source>
            <translation>Después</translation>
        </message>
        <message>
            <source>Before</source>
            <translation>Antes</translation>
        </message>
        <message>
            <source>Distress before and after exercises (average, 0–10)</source>
            <translation>Malestar antes y después de los ejercicios (media, 0–10)</translation>
        </message>
        <message>
            <source>Distress ranged from %1 to %2 out of 10.</source>
            <translation>El malestar fue de %1 a %2 sobre 10.</translation>
        </message>
        <message>
            <source>Mood ranged from “%1” to “%2”.</source>
            <translation>El ánimo fue de «%1» a «%2».</translation>
        </message>
        <message>
            <source>No check-ins in this period.</source>
            <translation>No hay registros en este periodo.</translation>
        </message>
        <message>
            <source>When you rate how you feel before and after an exercise, the averages show here. Rating is always optional.</source>
            <translation>Cuando valoras cómo te sientes antes y después de un ejercicio, las medias aparecen aquí. Valorar siempre es opcional.</translation>
        </message>
    </context>
    <context>
        <name>CheckInFormWidget</name>
        <message>
            <source>How are you, right now?</source>
            <translation>¿Cómo estás ahora mismo?</translation>
        </message>
        <message>
            <source>A few seconds is enough. Only a mood word and a number are needed; everything else is optional.</source>
            <translation>Bastan unos segundos. Solo hace falta una palabra para tu ánimo y un número; todo lo demás es opcional.</translation>
        </message>
        <message>
            <source>Mood</source>
            <translation>Ánimo</translation>
        </message>
        <message>
            <source>Distress, 0 to 10</source>
            <translation>Malestar, de 0 a 10</translation>
        </message>
        <message>
            <source>0 settled</source>
            <translation>0 en calma</translation>
        </message>
        <message>
            <source>10 the most distress</source>
            <translation>10 el mayor malestar</translation>
        </message>
        <message>
            <source>Energy (optional)</source>
            <translation>Energía (opcional)</translation>
        </message>
        <message>
            <source>Distress</source>
            <translation>Malestar</translation>
        </message>
        <message>
            <source>Energy</source>
            <translation>Energía</translation>
        </message>
        <message>
            <source>More: words for what's here, link to an entry</source>
            <translation>Más: palabras para lo que hay, enlace a una entrada</translation>
        </message>
        <message>
            <source>Show more, optional parts of the check-in</source>
            <translation>Mostrar más partes opcionales del registro</translation>
        </message>
        <message>
            <source>What is here right now? Choose any that fit, or none.</source>
            <translation>¿Qué hay en ti ahora mismo? Elige las que encajen, o ninguna.</translation>
        </message>
        <message>
            <source>Link to a journal entry</source>
            <translation>Enlazar con una entrada del diario</translation>
        </message>
        <message>
            <source>No entry</source>
            <translation>Ninguna entrada</translation>
        </message>
        <message>
            <source>Link to an entry</source>
            <translation>Enlazar con una entrada</translation>
        </message>
        <message>
            <source>Note (optional)</source>
            <translation>Nota (opcional)</translation>
        </message>
        <message>
            <source>Optional: a few words about right now</source>
            <translation>Opcional: unas palabras sobre este momento</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <source>Save check-in</source>
            <translation>Guardar registro</translation>
        </message>
        <message>
            <source>Save (Ctrl+Enter)</source>
            <translation>Guardar (Ctrl+Intro)</translation>
        </message>
        <message>
            <source>Cancel editing</source>
            <translation>Dejar de editar</translation>
        </message>
        <message>
            <source>Cancel editing this check-in</source>
            <translation>Dejar de editar este registro</translation>
        </message>
        <message>
            <source>Check-in status</source>
            <translation>Estado del registro</translation>
        </message>
        <message>
            <source>Hide the optional parts</source>
            <translation>Ocultar las partes opcionales</translation>
        </message>
        <message>
            <source>Untitled</source>
            <translation>Sin título</translation>
        </message>
        <message>
            <source>The linked entry</source>
            <translation>La entrada enlazada</translation>
        </message>
        <message>
            <source>Choose a mood word and a distress number first; the rest is optional.</source>
            <translation>Elige primero una palabra para tu ánimo y un número de malestar; lo demás es opcional.</translation>
        </message>
        <message>
            <source>Saved. Thank you for checking in.</source>
            <translation>Guardado. Gracias por tomarte este momento.</translation>
        </message>
        <message>
            <source>Changes saved.</source>
            <translation>Cambios guardados.</translation>
        </message>
        <message>
            <source>That did not work.</source>
            <translation>Eso no ha funcionado.</translation>
        </message>
        <message>
            <source>Editing the check-in from %1</source>
            <translation>Editando el registro de %1</translation>
        </message>
        <message>
            <source>Save changes</source>
            <translation>Guardar cambios</translation>
        </message>
        <message>
            <source>Save changes to this check-in</source>
            <translation>Guardar los cambios de este registro</translation>
        </message>
    </context>
    <context>
        <name>CheckInPage</name>
        <message>
            <source>Recent check-ins</source>
            <translation>Registros recientes</translation>
        </message>
        <message>
            <source>Enter edits the chosen check-in; Delete removes it.</source>
            <translation>Intro edita el registro elegido; Supr lo elimina.</translation>
        </message>
        <message>
            <source>Nothing here yet. Check-ins you make will be listed here, newest first.</source>
            <translation>Aquí no hay nada todavía. Los registros que hagas aparecerán aquí, los más recientes primero.</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>Editar</translation>
        </message>
        <message>
            <source>Edit the chosen check-in</source>
            <translation>Editar el registro elegido</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Eliminar</translation>
        </message>
        <message>
            <source>Delete the chosen check-in</source>
            <translation>Eliminar el registro elegido</translation>
        </message>
        <message>
            <source>Open linked entry</source>
            <translation>Abrir la entrada enlazada</translation>
        </message>
        <message>
            <source>Open the linked journal entry</source>
            <translation>Abrir la entrada del diario enlazada</translation>
        </message>
        <message>
            <source>Check-in deleted.</source>
            <translation>Registro eliminado.</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Deshacer</translation>
        </message>
        <message>
            <source>Undo deleting the check-in</source>
            <translation>Deshacer la eliminación del registro</translation>
        </message>
        <message>
            <source>Check-in views</source>
            <translation>Vistas de registros</translation>
        </message>
        <message>
            <source>Check in</source>
            <translation>Registrar</translation>
        </message>
        <message>
            <source>Insights</source>
            <translation>Tendencias</translation>
        </message>
        <message>
            <source>That did not work.</source>
            <translation>Eso no ha funcionado.</translation>
        </message>
    </context>
    <context>
        <name>ChoicesWidget</name>
        <message>
            <source>Choices</source>
            <translation>Preferencias</translation>
        </message>
        <message>
            <source>Everything here is optional and can be changed at any time.</source>
            <translation>Todo aquí es opcional y puedes cambiarlo cuando quieras.</translation>
        </message>
        <message>
            <source>After a hard check-in or a heavy entry, offer a grounding exercise</source>
            <translation>Tras un registro difícil o una entrada pesada, ofrecer un ejercicio de anclaje</translation>
        </message>
        <message>
            <source>Offer a grounding exercise after a hard check-in or a heavy entry</source>
            <translation>Ofrecer un ejercicio de anclaje tras un registro difícil o una entrada pesada</translation>
        </message>
        <message>
            <source>A quiet note on the page, never a pop-up.</source>
            <translation>Una nota discreta en la página, nunca una ventana emergente.</translation>
        </message>
        <message>
            <source>Offer grounding when distress is at least</source>
            <translation>Ofrecer anclaje cuando el malestar sea al menos</translation>
        </message>
        <message>
            <source> of 10</source>
            <translation> de 10</translation>
        </message>
        <message>
            <source>When distress is at least</source>
            <translation>Cuando el malestar sea al menos</translation>
        </message>
        <message>
            <source>Offer a prompt of the day</source>
            <translation>Ofrecer una sugerencia del día</translation>
        </message>
        <message>
            <source>Show insights (charts of check-ins)</source>
            <translation>Mostrar tendencias (gráficos de registros)</translation>
        </message>
        <message>
            <source>Show insights</source>
            <translation>Mostrar tendencias</translation>
        </message>
        <message>
            <source>In Insights, show entries from this day in earlier years</source>
            <translation>En Tendencias, mostrar entradas de este día en años anteriores</translation>
        </message>
        <message>
            <source>Show entries from this day in earlier years</source>
            <translation>Mostrar entradas de este día en años anteriores</translation>
        </message>
        <message>
            <source>Never entries marked never resurface; entries with a content note only when you ask.</source>
            <translation>Nunca las entradas marcadas para no volver a mostrarse; las que tienen aviso de contenido, solo si lo pides.</translation>
        </message>
    </context>
    <context>
        <name>ChooseStep</name>
        <message>
            <source>What to share</source>
            <translation>Qué compartir</translation>
        </message>
        <message>
            <source>Entries</source>
            <translation>Entradas</translation>
        </message>
        <message>
            <source>More to bring (optional)</source>
            <translation>Algo más que llevar (opcional)</translation>
        </message>
        <message>
            <source>Entries, or more to bring</source>
            <translation>Entradas, o algo más que llevar</translation>
        </message>
        <message>
            <source>Search entries to share</source>
            <translation>Buscar entradas para compartir</translation>
        </message>
        <message>
            <source>Words, "phrases", tag:name, since:2026-01-31</source>
            <translation>Palabras, "frases", tag:nombre, since:2026-01-31</translation>
        </message>
        <message>
            <source>Show entries by share state</source>
            <translation>Mostrar entradas según si se comparten</translation>
        </message>
        <message>
            <source>All, ready first</source>
            <translation>Todas, primero las listas</translation>
        </message>
        <message>
            <source>Only ready to share</source>
            <translation>Solo listas para compartir</translation>
        </message>
        <message>
            <source>Only maybe share</source>
            <translation>Solo quizá compartir</translation>
        </message>
        <message>
            <source>Only private</source>
            <translation>Solo privadas</translation>
        </message>
        <message>
            <source>Show entries with a tag</source>
            <translation>Mostrar entradas con una etiqueta</translation>
        </message>
        <message>
            <source>Entries to choose from</source>
            <translation>Entradas entre las que elegir</translation>
        </message>
        <message>
            <source>Space chooses or un-chooses an entry; Enter opens it to choose passages</source>
            <translation>Espacio elige o quita una entrada; Intro la abre para elegir fragmentos</translation>
        </message>
        <message>
            <source>Nothing chosen yet.</source>
            <translation>Todavía no has elegido nada.</translation>
        </message>
        <message>
            <source>What is chosen</source>
            <translation>Lo elegido</translation>
        </message>
        <message>
            <source>Choose an entry on the left to see its text here.</source>
            <translation>Elige una entrada a la izquierda para ver aquí su texto.</translation>
        </message>
        <message>
            <source>Share this entry</source>
            <translation>Compartir esta entrada</translation>
        </message>
        <message>
            <source>The whole entry</source>
            <translation>La entrada completa</translation>
        </message>
        <message>
            <source>Share the whole entry</source>
            <translation>Compartir la entrada completa</translation>
        </message>
        <message>
            <source>Only passages I select</source>
            <translation>Solo los fragmentos que seleccione</translation>
        </message>
        <message>
            <source>Share only passages I select</source>
            <translation>Compartir solo los fragmentos que seleccione</translation>
        </message>
        <message>
            <source>Entry text</source>
            <translation>Texto de la entrada</translation>
        </message>
        <message>
            <source>Select a passage with Shift and the arrow keys, then press Ctrl+E to add it</source>
            <translation>Selecciona un fragmento con Mayús y las flechas, y pulsa Ctrl+E para añadirlo</translation>
        </message>
        <message>
            <source>Add selected passage</source>
            <translation>Añadir el fragmento seleccionado</translation>
        </message>
        <message>
            <source>Add the selected text as a passage</source>
            <translation>Añadir el texto seleccionado como fragmento</translation>
        </message>
        <message>
            <source>Add the selected text as a passage (Ctrl+E)</source>
            <translation>Añadir el texto seleccionado como fragmento (Ctrl+E)</translation>
        </message>
        <message>
            <source>Select text with the mouse, or with Shift and the arrow keys, then add it (Ctrl+E). Passages are widened to whole words.</source>
            <translation>Selecciona texto con el ratón, o con Mayús y las flechas, y añádelo (Ctrl+E). Los fragmentos se amplían hasta palabras completas.</translation>
        </message>
        <message>
            <source>Chosen passages</source>
            <translation>Fragmentos elegidos</translation>
        </message>
        <message>
            <source>Remove passage</source>
            <translation>Quitar fragmento</translation>
        </message>
        <message>
            <source>Remove the selected passage</source>
            <translation>Quitar el fragmento seleccionado</translation>
        </message>
        <message>
            <source>Anything here is optional, and only what you tick goes out.</source>
            <translation>Todo aquí es opcional, y solo sale lo que marques.</translation>
        </message>
        <message>
            <source>A short summary of my check-ins</source>
            <translation>Un breve resumen de mis registros</translation>
        </message>
        <message>
            <source>Include a short summary of my check-ins</source>
            <translation>Incluir un breve resumen de mis registros</translation>
        </message>
        <message>
            <source>Check-in period</source>
            <translation>Periodo de los registros</translation>
        </message>
        <message>
            <source>the last 2 weeks</source>
            <translation>las últimas 2 semanas</translation>
        </message>
        <message>
            <source>the last 4 weeks</source>
            <translation>las últimas 4 semanas</translation>
        </message>
        <message>
            <source>the last 3 months</source>
            <translation>los últimos 3 meses</translation>
        </message>
        <message>
            <source>Exercises I practised, and which helped</source>
            <translation>Ejercicios que practiqué, y cuáles me ayudaron</translation>
        </message>
        <message>
            <source>Include exercises I practised</source>
            <translation>Incluir los ejercicios que practiqué</translation>
        </message>
        <message>
            <source>Exercises practised</source>
            <translation>Ejercicios practicados</translation>
        </message>
        <message>
            <source>Space ticks Include or This helped in the current column</source>
            <translation>Espacio marca Incluir o Esto me ayudó en la columna actual</translation>
        </message>
        <message>
            <source>No exercises practised yet.</source>
            <translation>Todavía no has practicado ningún ejercicio.</translation>
        </message>
        <message>
            <source>Milestones and strengths</source>
            <translation>Logros y fortalezas</translation>
        </message>
        <message>
            <source>Include milestones and strengths</source>
            <translation>Incluir logros y fortalezas</translation>
        </message>
        <message>
            <source>Milestones and strengths to include</source>
            <translation>Logros y fortalezas que incluir</translation>
        </message>
        <message>
            <source>No milestones or strengths written down yet.</source>
            <translation>Todavía no has anotado logros ni fortalezas.</translation>
        </message>
        <message>
            <source>What I'd like to bring to the group</source>
            <translation>Lo que me gustaría llevar al grupo</translation>
        </message>
        <message>
            <source>Optional</source>
            <translation>Opcional</translation>
        </message>
        <message>
            <source>Questions for the group, one per line</source>
            <translation>Preguntas para el grupo, una por línea</translation>
        </message>
        <message>
            <source>Optional; one question per line</source>
            <translation>Opcional; una pregunta por línea</translation>
        </message>
        <message>
            <source>Questions for the group</source>
            <translation>Preguntas para el grupo</translation>
        </message>
        <message>
            <source>Untitled entry</source>
            <translation>Entrada sin título</translation>
        </message>
        <message>
            <source>1 whole entry</source>
            <translation>1 entrada completa</translation>
        </message>
        <message>
            <source>%1 whole entries</source>
            <translation>%1 entradas completas</translation>
        </message>
        <message>
            <source>passages from 1 entry</source>
            <translation>fragmentos de 1 entrada</translation>
        </message>
        <message>
            <source>passages from %1 entries</source>
            <translation>fragmentos de %1 entradas</translation>
        </message>
        <message>
            <source>Chosen: %1.</source>
            <translation>Elegido: %1.</translation>
        </message>
        <message>
            <source> and </source>
            <translation> y </translation>
        </message>
        <message>
            <source>whole entry</source>
            <translation>entrada completa</translation>
        </message>
        <message>
            <source>no passage yet</source>
            <translation>ningún fragmento todavía</translation>
        </message>
        <message>
            <source>1 passage</source>
            <translation>1 fragmento</translation>
        </message>
        <message>
            <source>%1 passages</source>
            <translation>%1 fragmentos</translation>
        </message>
    </context>
    <context>
        <name>CopingPlan</name>
        <message>
            <source>My coping plan</source>
            <translation>Mi plan para momentos difíciles</translation>
        </message>
    </context>
    <context>
        <name>CopingPlanWidget</name>
        <message>
            <source>My coping plan</source>
            <translation>Mi plan para momentos difíciles</translation>
        </message>
        <message>
            <source>Print preview…</source>
            <translation>Vista previa de impresión…</translation>
        </message>
        <message>
            <source>Print preview of the coping plan</source>
            <translation>Vista previa de impresión del plan</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Imprimir…</translation>
        </message>
        <message>
            <source>Print the coping plan</source>
            <translation>Imprimir el plan</translation>
        </message>
        <message>
            <source>A plan for harder moments, made while things are calmer. One item per line; any part can stay empty. It saves as you type and prints on one page.</source>
            <translation>Un plan para los momentos más difíciles, hecho cuando las cosas están más tranquilas. Una cosa por línea; cualquier parte puede quedar vacía. Se guarda mientras escribes y se imprime en una página.</translation>
        </message>
        <message>
            <source>One item per line</source>
            <translation>Una cosa por línea</translation>
        </message>
        <message>
            <source>The Support lines tab can add a line here for you.</source>
            <translation>La pestaña Líneas de apoyo puede añadir aquí una línea por ti.</translation>
        </message>
        <message>
            <source>Coping plan status</source>
            <translation>Estado del plan</translation>
        </message>
        <message>
            <source>If you are in danger right now, please call your local emergency number.</source>
            <translation>Si ahora mismo estás en peligro, llama, por favor, al número de emergencias de tu zona.</translation>
        </message>
        <message>
            <source>Not saved yet</source>
            <translation>Sin guardar todavía</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Guardando…</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>Guardado</translation>
        </message>
        <message>
            <source>Print preview: my coping plan</source>
            <translation>Vista previa de impresión: mi plan para momentos difíciles</translation>
        </message>
        <message>
            <source>Print preview</source>
            <translation>Vista previa de impresión</translation>
        </message>
        <message>
            <source>Sent to the printer.</source>
            <translation>Enviado a la impresora.</translation>
        </message>
        <message>
            <source>That did not work.</source>
            <translation>Eso no ha funcionado.</translation>
        </message>
    </context>
    <context>
        <name>CoreMessages</name>
        <message>
            <source>The device keychain did not answer, so Companion cannot remember the journal here.</source>
            <translation>El llavero del dispositivo no ha respondido, así que Companion no puede recordar el diario aquí.</translation>
        </message>
        <message>
            <source>The device keychain is locked, so Companion cannot remember the journal right now.</source>
            <translation>El llavero del dispositivo está bloqueado, así que ahora mismo Companion no puede recordar el diario.</translation>
        </message>
        <message>
            <source>This device has no keychain Companion can use, so it will always ask for your passphrase.</source>
            <translation>Este dispositivo no tiene un llavero que Companion pueda usar, así que siempre te pedirá la frase de contraseña.</translation>
        </message>
    </context>
    <context>
        <name>DistressRatingWidget</name>
        <message>
            <source>%1 out of 10</source>
            <translation>%1 de 10</translation>
        </message>
        <message>
            <source>Optional. You can leave it blank; nothing needs a number.</source>
            <translation>Opcional. Puedes dejarlo en blanco; nada necesita un número.</translation>
        </message>
    </context>
    <context>
        <name>EnergyWords</name>
        <message>
            <source>a fair amount</source>
            <translation>bastante</translation>
        </message>
        <message>
            <source>low</source>
            <translation>poca</translation>
        </message>
        <message>
            <source>plenty</source>
            <translation>mucha</translation>
        </message>
        <message>
            <source>running on empty</source>
            <translation>sin reservas</translation>
        </message>
        <message>
            <source>some</source>
            <translation>algo</translation>
        </message>
    </context>
    <context>
        <name>EntryEditor</name>
        <message>
            <source>Entry title</source>
            <translation>Título de la entrada</translation>
        </message>
        <message>
            <source>Title (optional)</source>
            <translation>Título (opcional)</translation>
        </message>
        <message>
            <source>Entry text</source>
            <translation>Texto de la entrada</translation>
        </message>
        <message>
            <source>Markdown. Ctrl+B bold, Ctrl+I italic, Ctrl+Shift+H heading, Ctrl+Shift+L list, Ctrl+Shift+Q quote.</source>
            <translation>Markdown. Ctrl+B negrita, Ctrl+I cursiva, Ctrl+Mayús+H título, Ctrl+Mayús+L lista, Ctrl+Mayús+Q cita.</translation>
        </message>
        <message>
            <source>Write whatever you need to. It stays on this device, encrypted.</source>
            <translation>Escribe lo que necesites. Se queda en este dispositivo, cifrado.</translation>
        </message>
        <message>
            <source>Formatted preview</source>
            <translation>Vista con formato</translation>
        </message>
        <message>
            <source>Content note</source>
            <translation>Aviso de contenido</translation>
        </message>
        <message>
            <source>Show this entry</source>
            <translation>Mostrar esta entrada</translation>
        </message>
        <message>
            <source>You can open it when you feel ready, or choose another entry.</source>
            <translation>Puedes abrirla cuando te sientas con ganas, o elegir otra entrada.</translation>
        </message>
        <message>
            <source>Bold (Ctrl+B)</source>
            <translation>Negrita (Ctrl+B)</translation>
        </message>
        <message>
            <source>Italic (Ctrl+I)</source>
            <translation>Cursiva (Ctrl+I)</translation>
        </message>
        <message>
            <source>Heading (Ctrl+Shift+H)</source>
            <translation>Título (Ctrl+Mayús+H)</translation>
        </message>
        <message>
            <source>List</source>
            <translation>Lista</translation>
        </message>
        <message>
            <source>Bulleted list (Ctrl+Shift+L)</source>
            <translation>Lista con viñetas (Ctrl+Mayús+L)</translation>
        </message>
        <message>
            <source>Quote</source>
            <translation>Cita</translation>
        </message>
        <message>
            <source>Quote (Ctrl+Shift+Q)</source>
            <translation>Cita (Ctrl+Mayús+Q)</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Deshacer</translation>
        </message>
        <message>
            <source>Undo (Ctrl+Z)</source>
            <translation>Deshacer (Ctrl+Z)</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Rehacer</translation>
        </message>
        <message>
            <source>Redo (Ctrl+Shift+Z)</source>
            <translation>Rehacer (Ctrl+Mayús+Z)</translation>
        </message>
        <message>
            <source>Show formatted preview</source>
            <translation>Mostrar la vista con formato</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Vista previa</translation>
        </message>
        <message>
            <source>Formatted preview (Ctrl+Shift+P)</source>
            <translation>Vista con formato (Ctrl+Mayús+P)</translation>
        </message>
        <message>
            <source>Save status</source>
            <translation>Estado del guardado</translation>
        </message>
        <message>
            <source>Entry date</source>
            <translation>Fecha de la entrada</translation>
        </message>
        <message>
            <source>Share state</source>
            <translation>Si se comparte</translation>
        </message>
        <message>
            <source>Private</source>
            <translation>Privada</translation>
        </message>
        <message>
            <source>Maybe share</source>
            <translation>Quizá compartir</translation>
        </message>
        <message>
            <source>Ready to share</source>
            <translation>Lista para compartir</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Etiquetas</translation>
        </message>
        <message>
            <source>Separate tags with commas</source>
            <translation>Separa las etiquetas con comas</translation>
        </message>
        <message>
            <source>e.g. sleep, small wins</source>
            <translation>p. ej., sueño, pequeños logros</translation>
        </message>
        <message>
            <source>A short warning shown before this entry, for your future self</source>
            <translation>Un breve aviso que se muestra antes de esta entrada, para tu yo del futuro</translation>
        </message>
        <message>
            <source>Optional: a gentle heads-up about what this entry holds</source>
            <translation>Opcional: un aviso amable sobre lo que contiene esta entrada</translation>
        </message>
        <message>
            <source>Pinned</source>
            <translation>Fijada</translation>
        </message>
        <message>
            <source>Never resurface</source>
            <translation>No volver a mostrar</translation>
        </message>
        <message>
            <source>Keep this entry out of reminders and look-backs</source>
            <translation>Dejar esta entrada fuera de recordatorios y miradas atrás</translation>
        </message>
        <message>
            <source>Move to Recently deleted</source>
            <translation>Mover a Eliminadas recientemente</translation>
        </message>
        <message>
            <source>Delete entry</source>
            <translation>Eliminar entrada</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>Share</source>
            <translation>Compartir</translation>
        </message>
        <message>
            <source>Writing prompt</source>
            <translation>Sugerencia de escritura</translation>
        </message>
        <message>
            <source>Not saved yet</source>
            <translation>Sin guardar todavía</translation>
        </message>
        <message>
            <source>1 word</source>
            <translation>1 palabra</translation>
        </message>
        <message numerus="yes">
            <source>%n words</source>
            <translation>
                <numerusform>%n palabra</numerusform>
                <numerusform>%n palabras</numerusform>
            </translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Guardando…</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>Guardado</translation>
        </message>
        <message>
            <source>Something went wrong.</source>
            <translation>Algo ha salido mal.</translation>
        </message>
        <message>
            <source>Not saved: %1 Your words are still here.</source>
            <translation>Sin guardar: %1 Tus palabras siguen aquí.</translation>
        </message>
        <message>
            <source>Prompt: %1</source>
            <translation>Sugerencia: %1</translation>
        </message>
        <message>
            <source>That entry could not be opened.</source>
            <translation>No se pudo abrir esa entrada.</translation>
        </message>
        <message>
            <source>Content note: %1</source>
            <translation>Aviso de contenido: %1</translation>
        </message>
        <message>
            <source>Back to editing</source>
            <translation>Volver a editar</translation>
        </message>
    </context>
    <context>
        <name>EntryList</name>
        <message>
            <source>Untitled entry</source>
            <translation>Entrada sin título</translation>
        </message>
        <message>
            <source>Content note</source>
            <translation>Aviso de contenido</translation>
        </message>
        <message>
            <source>Maybe share</source>
            <translation>Quizá compartir</translation>
        </message>
        <message>
            <source>Pinned</source>
            <translation>Fijada</translation>
        </message>
        <message>
            <source>Private</source>
            <translation>Privada</translation>
        </message>
        <message>
            <source>Ready to share</source>
            <translation>Lista para compartir</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Hoy</translation>
        </message>
        <message>
            <source>Yesterday</source>
            <translation>Ayer</translation>
        </message>
        <message>
            <source>tags</source>
            <translation>etiquetas</translation>
        </message>
    </context>
    <context>
        <name>ErrorDialog</name>
        <message>
            <source>Something went wrong</source>
            <translation>Algo ha salido mal</translation>
        </message>
        <message>
            <source>Companion hit a problem it did not expect. What you had already written is saved. If you want to tell the developers, copy this report: it contains no journal text.</source>
            <translation>Companion se ha encontrado con un problema inesperado. Lo que ya habías escrito está guardado. Si quieres contárselo a quienes lo desarrollan, copia este informe: no contiene texto de tu diario.</translation>
        </message>
        <message>
            <source>Error report</source>
            <translation>Informe del error</translation>
        </message>
        <message>
            <source>Copy report</source>
            <translation>Copiar el informe</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>Copied.</source>
            <translation>Copiado.</translation>
        </message>
    </context>
    <context>
        <name>ExerciseDetailsWidget</name>
        <message>
            <source>Before you start</source>
            <translation>Antes de empezar</translation>
        </message>
        <message>
            <source>Content notes and cautions</source>
            <translation>Avisos de contenido y precauciones</translation>
        </message>
        <message>
            <source>You can pause or stop at any moment, and skip any step. Stopping is always fine.</source>
            <translation>Puedes pausar o parar en cualquier momento, y saltarte cualquier paso. Parar siempre está bien.</translation>
        </message>
        <message>
            <source>Way of doing it</source>
            <translation>Forma de hacerlo</translation>
        </message>
        <message>
            <source>If you'd like to note it: how strong does any distress feel right now?</source>
            <translation>Si quieres anotarlo: ¿con qué fuerza sientes ahora mismo el malestar, si lo hay?</translation>
        </message>
        <message>
            <source>Soft chime at each change</source>
            <translation>Un sonido suave en cada cambio</translation>
        </message>
        <message>
            <source>Spoken guidance</source>
            <translation>Guía hablada</translation>
        </message>
        <message>
            <source>Volume</source>
            <translation>Volumen</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Empezar</translation>
        </message>
        <message>
            <source>Start the exercise</source>
            <translation>Empezar el ejercicio</translation>
        </message>
        <message>
            <source>Add to favourites</source>
            <translation>Añadir a favoritos</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Editar…</translation>
        </message>
        <message>
            <source>Edit this exercise</source>
            <translation>Editar este ejercicio</translation>
        </message>
        <message>
            <source>Remove…</source>
            <translation>Quitar…</translation>
        </message>
        <message>
            <source>Remove this exercise</source>
            <translation>Quitar este ejercicio</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Mensaje</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Fuente</translation>
        </message>
        <message>
            <source>Choose an exercise to see what it involves before you start.</source>
            <translation>Elige un ejercicio para ver en qué consiste antes de empezar.</translation>
        </message>
        <message>
            <source>%1 steps</source>
            <translation>%1 pasos</translation>
        </message>
        <message>
            <source>with a breath pacer</source>
            <translation>con guía de respiración</translation>
        </message>
        <message>
            <source>Content notes</source>
            <translation>Avisos de contenido</translation>
        </message>
        <message>
            <source>Take care</source>
            <translation>Con cuidado</translation>
        </message>
        <message>
            <source>Source: %1</source>
            <translation>Fuente: %1</translation>
        </message>
        <message>
            <source>Remove from favourites</source>
            <translation>Quitar de favoritos</translation>
        </message>
        <message>
            <source>sound</source>
            <translation>sonido</translation>
        </message>
        <message>
            <source>a speech engine</source>
            <translation>un motor de voz</translation>
        </message>
        <message>
            <source>Companion can't find %1 on this computer, so the exercise will be silent. Everything else works the same.</source>
            <translation>Companion no encuentra %1 en este ordenador, así que el ejercicio será en silencio. Todo lo demás funciona igual.</translation>
        </message>
        <message>
            <source>Remove for good</source>
            <translation>Quitar para siempre</translation>
        </message>
        <message>
            <source>Remove this exercise for good</source>
            <translation>Quitar este ejercicio para siempre</translation>
        </message>
        <message>
            <source>Press “Remove for good” to remove your exercise. Your practice history stays.</source>
            <translation>Pulsa «Quitar para siempre» para quitar tu ejercicio. Tu historial de práctica se conserva.</translation>
        </message>
    </context>
    <context>
        <name>ExerciseEditorDialog</name>
        <message>
            <source>Edit your exercise</source>
            <translation>Editar tu ejercicio</translation>
        </message>
        <message>
            <source>New exercise</source>
            <translation>Nuevo ejercicio</translation>
        </message>
        <message>
            <source>Write it in your own words. Invitations tend to feel kinder than commands (“you might…”), and a way to keep your eyes open helps. Everything is plain text.</source>
            <translation>Escríbelo con tus propias palabras. Las invitaciones suelen sentirse más amables que las órdenes («si quieres, puedes…»), y ayuda ofrecer una forma de hacerlo con los ojos abiertos. Todo es texto sin formato.</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Resumen</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Typical length in minutes</source>
            <translation>Duración habitual en minutos</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>Intensity</source>
            <translation>Intensidad</translation>
        </message>
        <message>
            <source>Content notes, one per line</source>
            <translation>Avisos de contenido, uno por línea</translation>
        </message>
        <message>
            <source>Cautions, one per line</source>
            <translation>Precauciones, una por línea</translation>
        </message>
        <message>
            <source>Where it comes from</source>
            <translation>De dónde viene</translation>
        </message>
        <message>
            <source>Typical length</source>
            <translation>Duración habitual</translation>
        </message>
        <message>
            <source>Content notes</source>
            <translation>Avisos de contenido</translation>
        </message>
        <message>
            <source>Cautions</source>
            <translation>Precauciones</translation>
        </message>
        <message>
            <source>Comes from</source>
            <translation>Viene de</translation>
        </message>
        <message>
            <source>Steps</source>
            <translation>Pasos</translation>
        </message>
        <message>
            <source>Add step</source>
            <translation>Añadir paso</translation>
        </message>
        <message>
            <source>Add a step</source>
            <translation>Añadir un paso</translation>
        </message>
        <message>
            <source>Remove step</source>
            <translation>Quitar paso</translation>
        </message>
        <message>
            <source>Remove this step</source>
            <translation>Quitar este paso</translation>
        </message>
        <message>
            <source>Up</source>
            <translation>Subir</translation>
        </message>
        <message>
            <source>Move step up</source>
            <translation>Subir el paso</translation>
        </message>
        <message>
            <source>Down</source>
            <translation>Bajar</translation>
        </message>
        <message>
            <source>Move step down</source>
            <translation>Bajar el paso</translation>
        </message>
        <message>
            <source>Step text</source>
            <translation>Texto del paso</translation>
        </message>
        <message>
            <source>Timing</source>
            <translation>Tiempo</translation>
        </message>
        <message>
            <source>Waits until I choose Next</source>
            <translation>Espera hasta que elija Siguiente</translation>
        </message>
        <message>
            <source>Timed</source>
            <translation>Con tiempo</translation>
        </message>
        <message>
            <source>Paced breathing</source>
            <translation>Respiración guiada</translation>
        </message>
        <message>
            <source>Step length in seconds</source>
            <translation>Duración del paso en segundos</translation>
        </message>
        <message>
            <source> s</source>
            <translation> s</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Texto</translation>
        </message>
        <message>
            <source>%1 seconds (0 leaves it out)</source>
            <translation>%1 segundos (0 lo omite)</translation>
        </message>
        <message>
            <source>Number of breaths</source>
            <translation>Número de respiraciones</translation>
        </message>
        <message>
            <source>Breaths</source>
            <translation>Respiraciones</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Mensaje</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Save exercise</source>
            <translation>Guardar ejercicio</translation>
        </message>
        <message>
            <source>My own words</source>
            <translation>Mis propias palabras</translation>
        </message>
        <message>
            <source>Your journal is locked, so the exercise can't be saved right now.</source>
            <translation>Tu diario está bloqueado, así que ahora mismo no se puede guardar el ejercicio.</translation>
        </message>
        <message>
            <source>The exercise could not be saved; nothing was changed.</source>
            <translation>No se pudo guardar el ejercicio; no se ha cambiado nada.</translation>
        </message>
    </context>
    <context>
        <name>FeelingWords</name>
        <message>
            <source>angry</source>
            <translation>enfado</translation>
        </message>
        <message>
            <source>anxious</source>
            <translation>ansiedad</translation>
        </message>
        <message>
            <source>calm</source>
            <translation>calma</translation>
        </message>
        <message>
            <source>connected</source>
            <translation>conexión</translation>
        </message>
        <message>
            <source>far away</source>
            <translation>lejanía</translation>
        </message>
        <message>
            <source>foggy</source>
            <translation>niebla mental</translation>
        </message>
        <message>
            <source>grateful</source>
            <translation>gratitud</translation>
        </message>
        <message>
            <source>heavy</source>
            <translation>pesadez</translation>
        </message>
        <message>
            <source>hopeful</source>
            <translation>esperanza</translation>
        </message>
        <message>
            <source>irritable</source>
            <translation>irritabilidad</translation>
        </message>
        <message>
            <source>lonely</source>
            <translation>soledad</translation>
        </message>
        <message>
            <source>mixed</source>
            <translation>mezcla de cosas</translation>
        </message>
        <message>
            <source>numb</source>
            <translation>entumecimiento</translation>
        </message>
        <message>
            <source>on edge</source>
            <translation>alerta</translation>
        </message>
        <message>
            <source>overwhelmed</source>
            <translation>agobio</translation>
        </message>
        <message>
            <source>proud</source>
            <translation>orgullo</translation>
        </message>
        <message>
            <source>relieved</source>
            <translation>alivio</translation>
        </message>
        <message>
            <source>rested</source>
            <translation>descanso</translation>
        </message>
        <message>
            <source>restless</source>
            <translation>inquietud</translation>
        </message>
        <message>
            <source>sad</source>
            <translation>tristeza</translation>
        </message>
        <message>
            <source>scared</source>
            <translation>miedo</translation>
        </message>
        <message>
            <source>steady</source>
            <translation>estabilidad</translation>
        </message>
        <message>
            <source>tender</source>
            <translation>sensibilidad</translation>
        </message>
        <message>
            <source>tense</source>
            <translation>tensión</translation>
        </message>
        <message>
            <source>tired</source>
            <translation>cansancio</translation>
        </message>
        <message>
            <source>unsure</source>
            <translation>incertidumbre</translation>
        </message>
    </context>
    <context>
        <name>FirstRunPage</name>
        <message>
            <source>Welcome</source>
            <translation>Te damos la bienvenida</translation>
        </message>
        <message>
            <source>Companion is a private place to write and to steady yourself. Everything stays on this device, locked with a passphrase that only you know. There is no account, and nothing is ever sent anywhere.</source>
            <translation>Companion es un lugar privado para escribir y para recuperar la calma. Todo se queda en este dispositivo, cerrado con una frase de contraseña que solo tú conoces. No hay cuenta, y nunca se envía nada a ningún sitio.</translation>
        </message>
        <message>
            <source>What it protects</source>
            <translation>Qué protege</translation>
        </message>
        <message>
            <source>Without your passphrase, nobody who opens, copies or takes the journal files can read them. It locks itself when you step away, and Quick exit (the button at the top, or Shift pressed three times) hides it at once.</source>
            <translation>Sin tu frase de contraseña, nadie que abra, copie o se lleve los archivos del diario puede leerlos. Se bloquea solo cuando te alejas, y Salida rápida (el botón de arriba, o pulsar Mayús tres veces) lo oculta al instante.</translation>
        </message>
        <message>
            <source>What it cannot protect against</source>
            <translation>De qué no puede protegerte</translation>
        </message>
        <message>
            <source>Someone watching you type or looking at the screen while the journal is open; software on this device that records keys or the screen; or someone who knows your passphrase or makes you tell it. If you think this device may be watched, a device they cannot reach is safer.</source>
            <translation>De alguien que te mire mientras escribes o vea la pantalla con el diario abierto; de programas en este dispositivo que registren las teclas o la pantalla; o de alguien que conozca tu frase de contraseña o te obligue a decirla. Si crees que este dispositivo puede estar vigilado, es más seguro uno al que no tengan acceso.</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>Continuar</translation>
        </message>
        <message>
            <source>Choose a passphrase</source>
            <translation>Elige una frase de contraseña</translation>
        </message>
        <message>
            <source>It locks your journal. Nobody else can reset it for you, so pick something you will remember: a few unrelated words work well. The next step offers a recovery code, just in case.</source>
            <translation>Cierra tu diario. Nadie más puede restablecerla por ti, así que elige algo que vayas a recordar: unas cuantas palabras sin relación entre sí funcionan bien. El siguiente paso te ofrece un código de recuperación, por si acaso.</translation>
        </message>
        <message>
            <source>New passphrase</source>
            <translation>Nueva frase de contraseña</translation>
        </message>
        <message>
            <source>New passphrase again</source>
            <translation>La nueva frase de contraseña otra vez</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Frase de contraseña</translation>
        </message>
        <message>
            <source>The same passphrase again</source>
            <translation>La misma frase de contraseña otra vez</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Atrás</translation>
        </message>
        <message>
            <source>Create my journal</source>
            <translation>Crear mi diario</translation>
        </message>
        <message>
            <source>A recovery code, if you want one</source>
            <translation>Un código de recuperación, si quieres</translation>
        </message>
        <message>
            <source>A recovery code opens your journal if you ever forget the passphrase. It is shown once. Keep it somewhere only you can reach. You can also skip this and make one later in Settings.</source>
            <translation>Un código de recuperación abre tu diario si algún día olvidas la frase de contraseña. Se muestra una sola vez. Guárdalo donde solo tú puedas llegar. También puedes saltarte esto y crearlo más tarde en Ajustes.</translation>
        </message>
        <message>
            <source>Skip for now</source>
            <translation>Saltar por ahora</translation>
        </message>
        <message>
            <source>Create a recovery code</source>
            <translation>Crear un código de recuperación</translation>
        </message>
        <message>
            <source>Open without the passphrase on this device?</source>
            <translation>¿Abrir sin la frase de contraseña en este dispositivo?</translation>
        </message>
        <message>
            <source>If you choose this, this device's keychain keeps a key, and Companion opens without asking for your passphrase while you are signed in to this computer. That also means anyone who can use your signed-in account could open the journal. Your passphrase keeps working either way.</source>
            <translation>Si eliges esto, el llavero de este dispositivo guarda una clave y Companion se abre sin pedirte la frase de contraseña mientras tengas la sesión iniciada en este ordenador. Eso también significa que cualquiera que pueda usar tu sesión podría abrir el diario. Tu frase de contraseña sigue funcionando en cualquier caso.</translation>
        </message>
        <message>
            <source>Not now</source>
            <translation>Ahora no</translation>
        </message>
        <message>
            <source>Remember on this device</source>
            <translation>Recordar en este dispositivo</translation>
        </message>
        <message>
            <source>Your journal is ready</source>
            <translation>Tu diario está listo</translation>
        </message>
        <message>
            <source>Write as much or as little as you like; every word is saved as you type. Ctrl+L locks the journal. Shift pressed three times, or the Quick exit button, hides Companion immediately.</source>
            <translation>Escribe tanto o tan poco como quieras; cada palabra se guarda mientras escribes. Ctrl+L bloquea el diario. Pulsar Mayús tres veces, o el botón Salida rápida, oculta Companion al instante.</translation>
        </message>
        <message>
            <source>Start writing</source>
            <translation>Empezar a escribir</translation>
        </message>
        <message>
            <source>Step %1 of %2</source>
            <translation>Paso %1 de %2</translation>
        </message>
        <message>
            <source>They match.</source>
            <translation>Coinciden.</translation>
        </message>
        <message>
            <source>They are not the same yet.</source>
            <translation>Todavía no coinciden.</translation>
        </message>
        <message>
            <source>Please choose a passphrase of at least 8 characters.</source>
            <translation>Elige una frase de contraseña de al menos 8 caracteres, por favor.</translation>
        </message>
        <message>
            <source>The two passphrases are not the same yet.</source>
            <translation>Las dos frases todavía no coinciden.</translation>
        </message>
        <message>
            <source>Setting up your journal… this takes a moment.</source>
            <translation>Preparando tu diario… tarda un momento.</translation>
        </message>
        <message>
            <source>The journal could not be created.</source>
            <translation>No se pudo crear el diario.</translation>
        </message>
        <message>
            <source>Making a recovery code…</source>
            <translation>Creando un código de recuperación…</translation>
        </message>
        <message>
            <source>A recovery code could not be made.</source>
            <translation>No se pudo crear un código de recuperación.</translation>
        </message>
        <message>
            <source>Asking the keychain…</source>
            <translation>Consultando el llavero…</translation>
        </message>
        <message>
            <source>The keychain did not accept the key.</source>
            <translation>El llavero no aceptó la clave.</translation>
        </message>
    </context>
    <context>
        <name>GroundNowPage</name>
        <message>
            <source>Ground me now</source>
            <translation>Anclarme ahora</translation>
        </message>
        <message>
            <source>Nothing here is saved or noted anywhere. Your journal stays locked.</source>
            <translation>Nada de esto se guarda ni se anota en ningún sitio. Tu diario sigue bloqueado.</translation>
        </message>
        <message>
            <source>Or another:</source>
            <translation>U otro:</translation>
        </message>
        <message>
            <source>Start %1</source>
            <translation>Empezar %1</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Atrás</translation>
        </message>
        <message>
            <source>Back to where I was</source>
            <translation>Volver a donde estaba</translation>
        </message>
    </context>
    <context>
        <name>Grounding</name>
        <message>
            <source>%1 (counts ×%2)</source>
            <translation>%1 (cuentas ×%2)</translation>
        </message>
        <message>
            <source>%1 s</source>
            <translation>%1 s</translation>
        </message>
        <message>
            <source>0: none at all</source>
            <translation>0: nada en absoluto</translation>
        </message>
        <message>
            <source>10: the most there could be</source>
            <translation>10: lo máximo posible</translation>
        </message>
        <message>
            <source>Body</source>
            <translation>Cuerpo</translation>
        </message>
        <message>
            <source>Breathing</source>
            <translation>Respiración</translation>
        </message>
        <message>
            <source>Breathing in</source>
            <translation>Inhalando</translation>
        </message>
        <message>
            <source>Breathing out</source>
            <translation>Exhalando</translation>
        </message>
        <message>
            <source>Hold</source>
            <translation>Sostén</translation>
        </message>
        <message>
            <source>Holding</source>
            <translation>Sosteniendo</translation>
        </message>
        <message>
            <source>Imagery</source>
            <translation>Imaginación</translation>
        </message>
        <message>
            <source>In</source>
            <translation>Inhala</translation>
        </message>
        <message>
            <source>Movement</source>
            <translation>Movimiento</translation>
        </message>
        <message>
            <source>Out</source>
            <translation>Exhala</translation>
        </message>
        <message>
            <source>Rest</source>
            <translation>Descansa</translation>
        </message>
        <message>
            <source>Resting</source>
            <translation>Descansando</translation>
        </message>
        <message>
            <source>Senses</source>
            <translation>Sentidos</translation>
        </message>
        <message>
            <source>Stopped when I chose</source>
            <translation>Parado cuando quise</translation>
        </message>
        <message>
            <source>Stopping is always fine. Take whatever time you need.</source>
            <translation>Parar siempre está bien. Tómate el tiempo que necesites.</translation>
        </message>
        <message>
            <source>Take whatever time you need before moving on.</source>
            <translation>Tómate el tiempo que necesites antes de seguir.</translation>
        </message>
        <message>
            <source>Temperature</source>
            <translation>Temperatura</translation>
        </message>
        <message>
            <source>That's the end of this exercise.</source>
            <translation>Aquí termina este ejercicio.</translation>
        </message>
        <message>
            <source>Thinking</source>
            <translation>Pensamiento</translation>
        </message>
        <message>
            <source>To the end</source>
            <translation>Hasta el final</translation>
        </message>
        <message>
            <source>You can come back any time.</source>
            <translation>Puedes volver cuando quieras.</translation>
        </message>
        <message>
            <source>Your own rhythm</source>
            <translation>Tu propio ritmo</translation>
        </message>
        <message>
            <source>about %1 min</source>
            <translation>unos %1 min</translation>
        </message>
        <message>
            <source>as written</source>
            <translation>tal como está</translation>
        </message>
        <message>
            <source>faster</source>
            <translation>más rápido</translation>
        </message>
        <message>
            <source>gentle</source>
            <translation>suave</translation>
        </message>
        <message>
            <source>moderate</source>
            <translation>moderado</translation>
        </message>
        <message>
            <source>much faster</source>
            <translation>mucho más rápido</translation>
        </message>
        <message>
            <source>much slower</source>
            <translation>mucho más lento</translation>
        </message>
        <message>
            <source>slower</source>
            <translation>más lento</translation>
        </message>
        <message>
            <source>strong</source>
            <translation>intenso</translation>
        </message>
    </context>
    <context>
        <name>GroundingPage</name>
        <message>
            <source>Grounding</source>
            <translation>Anclaje</translation>
        </message>
        <message>
            <source>Exercises</source>
            <translation>Ejercicios</translation>
        </message>
        <message>
            <source>Practice history</source>
            <translation>Historial de práctica</translation>
        </message>
        <message>
            <source>Grounding views</source>
            <translation>Vistas de anclaje</translation>
        </message>
        <message>
            <source>Grounding status</source>
            <translation>Estado del anclaje</translation>
        </message>
        <message>
            <source>Your own exercises could not be read just now.</source>
            <translation>Ahora mismo no se han podido leer tus propios ejercicios.</translation>
        </message>
        <message>
            <source>The history could not be read just now.</source>
            <translation>Ahora mismo no se ha podido leer el historial.</translation>
        </message>
        <message>
            <source>This practice could not be noted in your history; the exercise itself is not affected.</source>
            <translation>Esta práctica no se pudo anotar en tu historial; el ejercicio en sí no se ve afectado.</translation>
        </message>
        <message>
            <source>Saved “%1”.</source>
            <translation>Guardado «%1».</translation>
        </message>
        <message>
            <source>Removed “%1”. Your practice history stays.</source>
            <translation>Se quitó «%1». Tu historial de práctica se conserva.</translation>
        </message>
        <message>
            <source>That exercise could not be removed.</source>
            <translation>No se pudo quitar ese ejercicio.</translation>
        </message>
        <message>
            <source>Import a pack</source>
            <translation>Importar un paquete</translation>
        </message>
        <message>
            <source>That file could not be read as a pack; nothing was changed.</source>
            <translation>Ese archivo no se pudo leer como paquete; no se ha cambiado nada.</translation>
        </message>
    </context>
    <context>
        <name>HeatMapWidget</name>
        <message>
            <source>Calendar of check-ins</source>
            <translation>Calendario de registros</translation>
        </message>
        <message>
            <source>Check-ins on %1 of the %2 days shown.</source>
            <translation>Registros en %1 de los %2 días mostrados.</translation>
        </message>
        <message>
            <source>%1: 1 check-in</source>
            <translation>%1: 1 registro</translation>
        </message>
        <message>
            <source>%1: %2 check-ins</source>
            <translation>%1: %2 registros</translation>
        </message>
        <message>
            <source>, distress averaged %1 of 10</source>
            <translation>, malestar medio de %1 sobre 10</translation>
        </message>
    </context>
    <context>
        <name>HistoryPage</name>
        <message>
            <source>What has helped me</source>
            <translation>Lo que me ha ayudado</translation>
        </message>
        <message>
            <source>Averages of your own ratings before and after exercises you went through to the end, when you gave both. They describe, they don't judge: any number is okay, and one day says little. Times you stopped early are counted, not averaged.</source>
            <translation>Medias de tus propias valoraciones antes y después de los ejercicios que hiciste hasta el final, cuando diste las dos. Describen, no juzgan: cualquier número está bien, y un solo día dice poco. Las veces que paraste antes se cuentan, pero no entran en la media.</translation>
        </message>
        <message>
            <source>Practices</source>
            <translation>Prácticas</translation>
        </message>
        <message>
            <source>History status</source>
            <translation>Estado del historial</translation>
        </message>
        <message>
            <source>Nothing here yet. Exercises you do while your journal is unlocked are noted here, with any ratings you chose to give.</source>
            <translation>Aquí no hay nada todavía. Los ejercicios que hagas con el diario desbloqueado se anotan aquí, con las valoraciones que hayas querido dar.</translation>
        </message>
    </context>
    <context>
        <name>InsightsPage</name>
        <message>
            <source>Insights are hidden</source>
            <translation>Las tendencias están ocultas</translation>
        </message>
        <message>
            <source>Nothing is worked out or shown while they are hidden. Your check-ins are still kept, and you can look whenever you want to, or never.</source>
            <translation>Mientras están ocultas no se calcula ni se muestra nada. Tus registros se siguen guardando, y puedes mirarlos cuando quieras, o nunca.</translation>
        </message>
        <message>
            <source>Show insights</source>
            <translation>Mostrar tendencias</translation>
        </message>
        <message>
            <source>Healing isn't a straight line</source>
            <translation>Sanar no es una línea recta</translation>
        </message>
        <message>
            <source>Period shown</source>
            <translation>Periodo mostrado</translation>
        </message>
        <message>
            <source>Past week</source>
            <translation>Última semana</translation>
        </message>
        <message>
            <source>Past month</source>
            <translation>Último mes</translation>
        </message>
        <message>
            <source>Past year</source>
            <translation>Último año</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Mostrar</translation>
        </message>
        <message>
            <source>Hide insights</source>
            <translation>Ocultar tendencias</translation>
        </message>
        <message>
            <source>Hide insights entirely</source>
            <translation>Ocultar las tendencias por completo</translation>
        </message>
        <message>
            <source>Ups and downs are part of it, and a hard week says nothing about how far you've come. These are patterns, not grades; empty days are simply empty.</source>
            <translation>Los altibajos forman parte del camino, y una semana difícil no dice nada de todo lo que has avanzado. Son patrones, no notas; los días vacíos simplemente están vacíos.</translation>
        </message>
        <message>
            <source>Mood over time</source>
            <translation>Ánimo a lo largo del tiempo</translation>
        </message>
        <message>
            <source>Distress over time</source>
            <translation>Malestar a lo largo del tiempo</translation>
        </message>
        <message>
            <source>Summary of the period</source>
            <translation>Resumen del periodo</translation>
        </message>
        <message>
            <source>Days with check-ins</source>
            <translation>Días con registros</translation>
        </message>
        <message>
            <source>The last %1 weeks, Monday at the top. Shading and the number in a day both show how many check-ins it had; an empty day is simply empty.</source>
            <translation>Las últimas %1 semanas, con el lunes arriba. El sombreado y el número de cada día muestran cuántos registros tuvo; un día vacío simplemente está vacío.</translation>
        </message>
        <message>
            <source>Distress before and after exercises</source>
            <translation>Malestar antes y después de los ejercicios</translation>
        </message>
        <message>
            <source>On this day</source>
            <translation>En este día</translation>
        </message>
        <message>
            <source>Show entries from this day in earlier years</source>
            <translation>Mostrar entradas de este día en años anteriores</translation>
        </message>
        <message>
            <source>Entries marked never resurface are never shown.</source>
            <translation>Las entradas marcadas para no volver a mostrarse nunca aparecen.</translation>
        </message>
        <message>
            <source>Include entries with a content note this time</source>
            <translation>Incluir esta vez las entradas con aviso de contenido</translation>
        </message>
        <message>
            <source>Entries from this day in earlier years</source>
            <translation>Entradas de este día en años anteriores</translation>
        </message>
        <message>
            <source>Open in the journal</source>
            <translation>Abrir en el diario</translation>
        </message>
        <message>
            <source>Open the chosen entry in the journal</source>
            <translation>Abrir en el diario la entrada elegida</translation>
        </message>
        <message>
            <source>Insights could not be worked out just now.</source>
            <translation>Ahora mismo no se han podido calcular las tendencias.</translation>
        </message>
        <message>
            <source>Mood</source>
            <translation>Ánimo</translation>
        </message>
        <message>
            <source>Distress (0–10)</source>
            <translation>Malestar (0–10)</translation>
        </message>
        <message>
            <source>Nothing from this day in earlier years.</source>
            <translation>No hay nada de este día en años anteriores.</translation>
        </message>
        <message>
            <source>From this day in earlier years, most recent first.</source>
            <translation>De este día en años anteriores, lo más reciente primero.</translation>
        </message>
        <message>
            <source>No check-ins in this period. That's fine; there is nothing to catch up on.</source>
            <translation>No hay registros en este periodo. Está bien; no hay nada que recuperar.</translation>
        </message>
        <message>
            <source>1 check-in on 1 day.</source>
            <translation>1 registro en 1 día.</translation>
        </message>
        <message>
            <source>%1 check-ins on %2 days.</source>
            <translation>%1 registros en %2 días.</translation>
        </message>
        <message>
            <source>Mood was between “%1” and “%2”.</source>
            <translation>El ánimo estuvo entre «%1» y «%2».</translation>
        </message>
        <message>
            <source>Distress averaged %1 out of 10 (lowest %2, highest %3).</source>
            <translation>El malestar medio fue de %1 sobre 10 (mínimo %2, máximo %3).</translation>
        </message>
        <message>
            <source>Distress averaged %1 in the first half of the period and %2 in the second.</source>
            <translation>El malestar medio fue de %1 en la primera mitad del periodo y de %2 en la segunda.</translation>
        </message>
    </context>
    <context>
        <name>InvitationWidget</name>
        <message>
            <source>Invitation to try grounding</source>
            <translation>Invitación a probar el anclaje</translation>
        </message>
        <message>
            <source>Invitation</source>
            <translation>Invitación</translation>
        </message>
        <message>
            <source>Try a grounding exercise</source>
            <translation>Probar un ejercicio de anclaje</translation>
        </message>
        <message>
            <source>Not now</source>
            <translation>Ahora no</translation>
        </message>
        <message>
            <source>Not now: hide this invitation</source>
            <translation>Ahora no: ocultar esta invitación</translation>
        </message>
        <message>
            <source>Don't offer this again</source>
            <translation>No volver a ofrecerlo</translation>
        </message>
        <message>
            <source>Don't offer grounding again</source>
            <translation>No volver a ofrecer anclaje</translation>
        </message>
        <message>
            <source>That entry carries a content note. If it would help to come back to the room for a moment, a grounding exercise is here. Or carry on; whatever feels right.</source>
            <translation>Esa entrada lleva un aviso de contenido. Si te ayudaría volver un momento a la habitación, aquí tienes un ejercicio de anclaje. O sigue; lo que sientas que te va bien.</translation>
        </message>
        <message>
            <source>That sounds like a lot right now. If you'd like, a short grounding exercise might help you feel more here. It's your choice, and it's fine to skip it.</source>
            <translation>Parece que ahora mismo es mucho. Si quieres, un ejercicio de anclaje corto podría ayudarte a sentirte más aquí. Tú decides, y está bien saltárselo.</translation>
        </message>
    </context>
    <context>
        <name>JournalPage</name>
        <message>
            <source>Search entries</source>
            <translation>Buscar entradas</translation>
        </message>
        <message>
            <source>Words, "phrases", tag:name, since:2026-01-31, state:ready</source>
            <translation>Palabras, "frases", tag:nombre, since:2026-01-31, state:ready</translation>
        </message>
        <message>
            <source>Filters</source>
            <translation>Filtros</translation>
        </message>
        <message>
            <source>Show filters</source>
            <translation>Mostrar filtros</translation>
        </message>
        <message>
            <source>Filter by tag</source>
            <translation>Filtrar por etiqueta</translation>
        </message>
        <message>
            <source>Filter by share state</source>
            <translation>Filtrar según si se comparte</translation>
        </message>
        <message>
            <source>Any share state</source>
            <translation>Compartidas o no</translation>
        </message>
        <message>
            <source>Private</source>
            <translation>Privada</translation>
        </message>
        <message>
            <source>Maybe share</source>
            <translation>Quizá compartir</translation>
        </message>
        <message>
            <source>Ready to share</source>
            <translation>Lista para compartir</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Desde</translation>
        </message>
        <message>
            <source>Limit to entries from a date</source>
            <translation>Limitar a entradas desde una fecha</translation>
        </message>
        <message>
            <source>From date</source>
            <translation>Fecha de inicio</translation>
        </message>
        <message>
            <source>Until</source>
            <translation>Hasta</translation>
        </message>
        <message>
            <source>Limit to entries until a date</source>
            <translation>Limitar a entradas hasta una fecha</translation>
        </message>
        <message>
            <source>Until date</source>
            <translation>Fecha de fin</translation>
        </message>
        <message>
            <source>Tag</source>
            <translation>Etiqueta</translation>
        </message>
        <message>
            <source>Share</source>
            <translation>Compartir</translation>
        </message>
        <message>
            <source>Search results</source>
            <translation>Resultados de la búsqueda</translation>
        </message>
        <message>
            <source>Entries</source>
            <translation>Entradas</translation>
        </message>
        <message>
            <source>New entry</source>
            <translation>Nueva entrada</translation>
        </message>
        <message>
            <source>Start a new entry (Ctrl+N)</source>
            <translation>Empezar una entrada nueva (Ctrl+N)</translation>
        </message>
        <message>
            <source>Recently deleted…</source>
            <translation>Eliminadas recientemente…</translation>
        </message>
        <message>
            <source>Recently deleted entries</source>
            <translation>Entradas eliminadas recientemente</translation>
        </message>
        <message>
            <source>Moved to Recently deleted.</source>
            <translation>Movida a Eliminadas recientemente.</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Deshacer</translation>
        </message>
        <message>
            <source>Undo delete</source>
            <translation>Deshacer la eliminación</translation>
        </message>
        <message>
            <source>Hide filters</source>
            <translation>Ocultar filtros</translation>
        </message>
        <message>
            <source>Nothing matches that yet. Fewer words or other filters may help.</source>
            <translation>Nada coincide todavía. Quizá ayuden menos palabras u otros filtros.</translation>
        </message>
        <message>
            <source>1 entry matches, best match first.</source>
            <translation>Coincide 1 entrada.</translation>
        </message>
        <message>
            <source>%1 entries match, best matches first.</source>
            <translation>Coinciden %1 entradas, las más parecidas primero.</translation>
        </message>
        <message>
            <source>That search did not work.</source>
            <translation>Esa búsqueda no ha funcionado.</translation>
        </message>
    </context>
    <context>
        <name>LibraryPage</name>
        <message>
            <source>Search exercises</source>
            <translation>Buscar ejercicios</translation>
        </message>
        <message>
            <source>Kind of exercise</source>
            <translation>Tipo de ejercicio</translation>
        </message>
        <message>
            <source>All kinds</source>
            <translation>Todos los tipos</translation>
        </message>
        <message>
            <source>Length</source>
            <translation>Duración</translation>
        </message>
        <message>
            <source>Any length</source>
            <translation>Cualquier duración</translation>
        </message>
        <message>
            <source>Up to %1 minutes</source>
            <translation>Hasta %1 minutos</translation>
        </message>
        <message>
            <source>Favourites only</source>
            <translation>Solo favoritos</translation>
        </message>
        <message>
            <source>Show favourites only</source>
            <translation>Mostrar solo favoritos</translation>
        </message>
        <message>
            <source>Exercises</source>
            <translation>Ejercicios</translation>
        </message>
        <message>
            <source>Search results</source>
            <translation>Resultados de la búsqueda</translation>
        </message>
        <message>
            <source>New exercise…</source>
            <translation>Nuevo ejercicio…</translation>
        </message>
        <message>
            <source>Write a new exercise</source>
            <translation>Escribir un ejercicio nuevo</translation>
        </message>
        <message>
            <source>Import pack…</source>
            <translation>Importar paquete…</translation>
        </message>
        <message>
            <source>Import an exercise pack</source>
            <translation>Importar un paquete de ejercicios</translation>
        </message>
        <message>
            <source>Export pack…</source>
            <translation>Exportar paquete…</translation>
        </message>
        <message>
            <source>Export exercises to a pack</source>
            <translation>Exportar ejercicios a un paquete</translation>
        </message>
        <message>
            <source>Nothing matches. Fewer words or another kind may help.</source>
            <translation>Nada coincide. Quizá ayuden menos palabras u otro tipo.</translation>
        </message>
        <message>
            <source>%1 of %2 exercises</source>
            <translation>%1 de %2 ejercicios</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Quick exit hint</source>
            <translation>Aviso de salida rápida</translation>
        </message>
        <message>
            <source>Lock</source>
            <translation>Bloquear</translation>
        </message>
        <message>
            <source>Lock the journal</source>
            <translation>Bloquear el diario</translation>
        </message>
        <message>
            <source>Lock now (Ctrl+L)</source>
            <translation>Bloquear ahora (Ctrl+L)</translation>
        </message>
        <message>
            <source>Quick exit</source>
            <translation>Salida rápida</translation>
        </message>
        <message>
            <source>Hide Companion at once (Shift pressed three times)</source>
            <translation>Ocultar Companion al instante (pulsar Mayús tres veces)</translation>
        </message>
        <message>
            <source>Saves, hides every window immediately and locks. Shortcut: press Shift three times.</source>
            <translation>Guarda, oculta todas las ventanas al instante y bloquea. Atajo: pulsa Mayús tres veces.</translation>
        </message>
        <message>
            <source>Ground me now</source>
            <translation>Anclarme ahora</translation>
        </message>
        <message>
            <source>A short grounding exercise, right now (Ctrl+G)</source>
            <translation>Un ejercicio de anclaje corto, ahora mismo (Ctrl+G)</translation>
        </message>
        <message>
            <source>Sections</source>
            <translation>Secciones</translation>
        </message>
        <message>
            <source>Journal</source>
            <translation>Diario</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Ajustes</translation>
        </message>
        <message>
            <source>Grounding</source>
            <translation>Anclaje</translation>
        </message>
        <message>
            <source>Check-ins</source>
            <translation>Registros</translation>
        </message>
        <message>
            <source>Toolkit</source>
            <translation>Recursos</translation>
        </message>
        <message>
            <source>Share</source>
            <translation>Compartir</translation>
        </message>
        <message>
            <source>Locked after a quiet while. Your writing was saved.</source>
            <translation>Se bloqueó tras un rato sin actividad. Lo que escribiste está guardado.</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <source>Tasks</source>
            <translation>Tareas</translation>
        </message>
        <message>
            <source>Hide Companion at once</source>
            <translation>Ocultar Companion al instante</translation>
        </message>
        <message>
            <source> (Shift pressed three times)</source>
            <translation> (pulsar Mayús tres veces)</translation>
        </message>
        <message>
            <source>Press Shift once more for quick exit</source>
            <translation>Pulsa Mayús una vez más para la salida rápida</translation>
        </message>
        <message>
            <source>Press Shift 2 more times for quick exit</source>
            <translation>Pulsa Mayús 2 veces más para la salida rápida</translation>
        </message>
    </context>
    <context>
        <name>MarkdownEdit</name>
        <message>
            <source>Bold</source>
            <translation>Negrita</translation>
        </message>
        <message>
            <source>Italic</source>
            <translation>Cursiva</translation>
        </message>
        <message>
            <source>Heading</source>
            <translation>Título</translation>
        </message>
        <message>
            <source>Bulleted list</source>
            <translation>Lista con viñetas</translation>
        </message>
        <message>
            <source>Quote</source>
            <translation>Cita</translation>
        </message>
    </context>
    <context>
        <name>MoodWords</name>
        <message>
            <source>fairly good</source>
            <translation>bastante bien</translation>
        </message>
        <message>
            <source>good</source>
            <translation>bien</translation>
        </message>
        <message>
            <source>low</source>
            <translation>bajo</translation>
        </message>
        <message>
            <source>okay-ish</source>
            <translation>más o menos</translation>
        </message>
        <message>
            <source>really hard</source>
            <translation>muy difícil</translation>
        </message>
    </context>
    <context>
        <name>NeutralWindow</name>
        <message>
            <source>Untitled – Notes</source>
            <translation>Sin título – Notas</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Nota</translation>
        </message>
    </context>
    <context>
        <name>OutputStep</name>
        <message>
            <source>How would you like to bring it?</source>
            <translation>¿Cómo te gustaría llevarlo?</translation>
        </message>
        <message>
            <source>Print it</source>
            <translation>Imprimirlo</translation>
        </message>
        <message>
            <source>Print with the system's print dialog</source>
            <translation>Imprimir con el diálogo de impresión del sistema</translation>
        </message>
        <message>
            <source>Save as PDF</source>
            <translation>Guardar como PDF</translation>
        </message>
        <message>
            <source>Save as PDF: the pages exactly as previewed</source>
            <translation>Guardar como PDF: las páginas tal como se ven en la vista previa</translation>
        </message>
        <message>
            <source>Save as Markdown</source>
            <translation>Guardar como Markdown</translation>
        </message>
        <message>
            <source>Save as Markdown text</source>
            <translation>Guardar como texto Markdown</translation>
        </message>
        <message>
            <source>Save as HTML</source>
            <translation>Guardar como HTML</translation>
        </message>
        <message>
            <source>Save as a self-contained HTML page</source>
            <translation>Guardar como una página HTML independiente</translation>
        </message>
        <message>
            <source>Save as plain text</source>
            <translation>Guardar como texto sin formato</translation>
        </message>
        <message>
            <source>File to save</source>
            <translation>Archivo que guardar</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Elegir…</translation>
        </message>
        <message>
            <source>Choose where to save</source>
            <translation>Elegir dónde guardar</translation>
        </message>
        <message>
            <source>Save to</source>
            <translation>Guardar en</translation>
        </message>
        <message>
            <source>Keep this file out of the system's list of recent files</source>
            <translation>Dejar este archivo fuera de la lista de archivos recientes del sistema</translation>
        </message>
        <message>
            <source>Uses Companion's own file dialog instead of the system's</source>
            <translation>Usa el selector de archivos de Companion en lugar del del sistema</translation>
        </message>
        <message>
            <source>About this folder</source>
            <translation>Sobre esta carpeta</translation>
        </message>
        <message>
            <source>Note this in my share log (kept inside the locked journal)</source>
            <translation>Anotarlo en mi registro de lo compartido (se guarda dentro del diario bloqueado)</translation>
        </message>
        <message>
            <source>Note this share in my share log</source>
            <translation>Anotar esto en mi registro de lo compartido</translation>
        </message>
        <message>
            <source>The log keeps when and what was shared, never where the file went.</source>
            <translation>El registro guarda cuándo y qué se compartió, nunca adónde fue el archivo.</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Guardar</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Parar</translation>
        </message>
        <message>
            <source>Stop writing the file</source>
            <translation>Dejar de escribir el archivo</translation>
        </message>
        <message>
            <source>Pages written</source>
            <translation>Páginas escritas</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Resultado</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Imprimir…</translation>
        </message>
        <message>
            <source>Save PDF</source>
            <translation>Guardar PDF</translation>
        </message>
        <message>
            <source>Save Markdown</source>
            <translation>Guardar Markdown</translation>
        </message>
        <message>
            <source>Save HTML</source>
            <translation>Guardar HTML</translation>
        </message>
        <message>
            <source>Save text</source>
            <translation>Guardar texto</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Markdown (*.md)</source>
            <translation>Markdown (*.md)</translation>
        </message>
        <message>
            <source>HTML (*.html)</source>
            <translation>HTML (*.html)</translation>
        </message>
        <message>
            <source>Plain text (*.txt)</source>
            <translation>Texto sin formato (*.txt)</translation>
        </message>
        <message>
            <source>Save the share as</source>
            <translation>Guardar lo que compartes como</translation>
        </message>
        <message>
            <source>This folder looks like it is synced by %1, so the file may be copied off this device. Choosing a folder that is not synced keeps it here.</source>
            <translation>Parece que %1 sincroniza esta carpeta, así que el archivo podría copiarse fuera de este dispositivo. Si eliges una carpeta que no se sincroniza, se queda aquí.</translation>
        </message>
        <message>
            <source>A file with this name is already there; saving replaces it.</source>
            <translation>Ya hay un archivo con este nombre; al guardar se sustituye.</translation>
        </message>
        <message>
            <source>Please choose where to save the file.</source>
            <translation>Elige dónde guardar el archivo, por favor.</translation>
        </message>
        <message>
            <source>Writing the PDF…</source>
            <translation>Escribiendo el PDF…</translation>
        </message>
        <message>
            <source>%1 of %2 pages</source>
            <translation>%1 de %2 páginas</translation>
        </message>
        <message>
            <source>1 page</source>
            <translation>1 página</translation>
        </message>
        <message>
            <source>%1 pages</source>
            <translation>%1 páginas</translation>
        </message>
        <message>
            <source>Saved %1 to %2.</source>
            <translation>Se guardó %1 en %2.</translation>
        </message>
        <message>
            <source>Writing the file…</source>
            <translation>Escribiendo el archivo…</translation>
        </message>
        <message>
            <source>Saved to %1.</source>
            <translation>Guardado en %1.</translation>
        </message>
        <message>
            <source>Stopped. No file was written.</source>
            <translation>Parado. No se ha escrito ningún archivo.</translation>
        </message>
        <message>
            <source>The file could not be written there; nothing was saved.</source>
            <translation>No se pudo escribir el archivo ahí; no se ha guardado nada.</translation>
        </message>
        <message>
            <source>Something went wrong while writing; nothing was saved.</source>
            <translation>Algo salió mal al escribir; no se ha guardado nada.</translation>
        </message>
        <message>
            <source>Stopping…</source>
            <translation>Parando…</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>Imprimir</translation>
        </message>
        <message>
            <source>Sending the pages to the printer…</source>
            <translation>Enviando las páginas a la impresora…</translation>
        </message>
        <message>
            <source>Sent 1 page to the printer.</source>
            <translation>Se envió 1 página a la impresora.</translation>
        </message>
        <message>
            <source>Sent %1 pages to the printer.</source>
            <translation>Se enviaron %1 páginas a la impresora.</translation>
        </message>
    </context>
    <context>
        <name>PackExportDialog</name>
        <message>
            <source>Export a pack</source>
            <translation>Exportar un paquete</translation>
        </message>
        <message>
            <source>Choose exercises to put in a pack file you can give to others, for example a group you practise with. A pack holds only the exercises' text: nothing from your journal, and no history.</source>
            <translation>Elige ejercicios para ponerlos en un archivo de paquete que puedas dar a otras personas, por ejemplo a un grupo con el que practicas. Un paquete solo contiene el texto de los ejercicios: nada de tu diario, y ningún historial.</translation>
        </message>
        <message>
            <source>Exercises to include</source>
            <translation>Ejercicios que incluir</translation>
        </message>
        <message>
            <source>Our grounding exercises</source>
            <translation>Nuestros ejercicios de anclaje</translation>
        </message>
        <message>
            <source>Pack title</source>
            <translation>Título del paquete</translation>
        </message>
        <message>
            <source>Made by (optional)</source>
            <translation>Hecho por (opcional)</translation>
        </message>
        <message>
            <source>For example, the Tuesday group</source>
            <translation>Por ejemplo, el grupo de los martes</translation>
        </message>
        <message>
            <source>Pack version</source>
            <translation>Versión del paquete</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <source>Made by</source>
            <translation>Hecho por</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Versión</translation>
        </message>
        <message>
            <source>Raise the version when you change an exercise, so people who import it again are offered the update.</source>
            <translation>Sube la versión cuando cambies un ejercicio, para que a quien lo importe de nuevo se le ofrezca la actualización.</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Mensaje</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>Save pack…</source>
            <translation>Guardar paquete…</translation>
        </message>
        <message>
            <source>Save the pack to a file</source>
            <translation>Guardar el paquete en un archivo</translation>
        </message>
        <message>
            <source>Choose at least one exercise first.</source>
            <translation>Elige primero al menos un ejercicio.</translation>
        </message>
        <message>
            <source>Please give the pack a title.</source>
            <translation>Ponle un título al paquete, por favor.</translation>
        </message>
        <message>
            <source>Save the pack</source>
            <translation>Guardar el paquete</translation>
        </message>
        <message>
            <source>Saved a pack with %1 to %2.</source>
            <translation>Se guardó un paquete con %1 en %2.</translation>
        </message>
        <message>
            <source>The pack could not be saved there. Another folder may work.</source>
            <translation>No se pudo guardar el paquete ahí. Quizá funcione otra carpeta.</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Guardando…</translation>
        </message>
    </context>
    <context>
        <name>PackImportDialog</name>
        <message>
            <source>Import a pack</source>
            <translation>Importar un paquete</translation>
        </message>
        <message>
            <source>This is everything in “%1”. Nothing is added until you choose Import. A pack is only text: nothing in it can run, and its author's name is as written in the file, not checked.</source>
            <translation>Esto es todo lo que hay en «%1». No se añade nada hasta que elijas Importar. Un paquete es solo texto: nada en él puede ejecutarse, y el nombre de quien lo hizo es el que pone el archivo, sin comprobar.</translation>
        </message>
        <message>
            <source>What the pack holds</source>
            <translation>Lo que contiene el paquete</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Mensaje</translation>
        </message>
        <message>
            <source>Not now</source>
            <translation>Ahora no</translation>
        </message>
        <message>
            <source>Do not import</source>
            <translation>No importar</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Importar</translation>
        </message>
        <message>
            <source>Import this pack</source>
            <translation>Importar este paquete</translation>
        </message>
        <message>
            <source>The pack could not be imported; nothing was changed.</source>
            <translation>No se pudo importar el paquete; no se ha cambiado nada.</translation>
        </message>
    </context>
    <context>
        <name>PassphraseField</name>
        <message>
            <source>Show</source>
            <translation>Mostrar</translation>
        </message>
        <message>
            <source>Show passphrase</source>
            <translation>Mostrar la frase de contraseña</translation>
        </message>
        <message>
            <source>Hide</source>
            <translation>Ocultar</translation>
        </message>
        <message>
            <source>Hide passphrase</source>
            <translation>Ocultar la frase de contraseña</translation>
        </message>
    </context>
    <context>
        <name>PeopleWidget</name>
        <message>
            <source>My people</source>
            <translation>Mi gente</translation>
        </message>
        <message>
            <source>People and places that help. Typed in by you; Companion never reads your contacts and never calls or messages anyone.</source>
            <translation>Personas y lugares que ayudan. Los escribes tú; Companion nunca lee tus contactos ni llama o escribe a nadie.</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>Editar</translation>
        </message>
        <message>
            <source>Edit the chosen person</source>
            <translation>Editar la persona elegida</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <source>Remove the chosen person</source>
            <translation>Quitar la persona elegida</translation>
        </message>
        <message>
            <source>Add someone</source>
            <translation>Añadir a alguien</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>e.g. Sam, or the Tuesday group</source>
            <translation>p. ej., Sam, o el grupo de los martes</translation>
        </message>
        <message>
            <source>How to reach them</source>
            <translation>Cómo contactar</translation>
        </message>
        <message>
            <source>e.g. a number, or “after 6 most days”</source>
            <translation>p. ej., un número, o «a partir de las 6 casi todos los días»</translation>
        </message>
        <message>
            <source>Note (optional)</source>
            <translation>Nota (opcional)</translation>
        </message>
        <message>
            <source>Optional: what they help with</source>
            <translation>Opcional: en qué te ayuda</translation>
        </message>
        <message>
            <source>How to reach</source>
            <translation>Cómo contactar</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Añadir</translation>
        </message>
        <message>
            <source>Add this person</source>
            <translation>Añadir esta persona</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Cancel editing</source>
            <translation>Dejar de editar</translation>
        </message>
        <message>
            <source>People status</source>
            <translation>Estado de Mi gente</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Guardado.</translation>
        </message>
        <message>
            <source>Editing %1</source>
            <translation>Editando %1</translation>
        </message>
        <message>
            <source>Save changes</source>
            <translation>Guardar cambios</translation>
        </message>
        <message>
            <source>Save changes to this person</source>
            <translation>Guardar los cambios de esta persona</translation>
        </message>
        <message>
            <source>Removed.</source>
            <translation>Quitado.</translation>
        </message>
        <message>
            <source>That did not work.</source>
            <translation>Eso no ha funcionado.</translation>
        </message>
    </context>
    <context>
        <name>PlayerWidget</name>
        <message>
            <source>Progress through the exercise</source>
            <translation>Avance del ejercicio</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>Paso</translation>
        </message>
        <message>
            <source>Invitation to notice</source>
            <translation>Invitación a notar</translation>
        </message>
        <message>
            <source>Breathing phase</source>
            <translation>Fase de la respiración</translation>
        </message>
        <message>
            <source>Progress through this phase</source>
            <translation>Avance de esta fase</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Tiempo</translation>
        </message>
        <message>
            <source>Slower</source>
            <translation>Más lento</translation>
        </message>
        <message>
            <source>Slower breathing</source>
            <translation>Respiración más lenta</translation>
        </message>
        <message>
            <source>Make each count longer (minus key)</source>
            <translation>Alargar cada cuenta (tecla menos)</translation>
        </message>
        <message>
            <source>Faster</source>
            <translation>Más rápido</translation>
        </message>
        <message>
            <source>Faster breathing</source>
            <translation>Respiración más rápida</translation>
        </message>
        <message>
            <source>Make each count shorter (plus key)</source>
            <translation>Acortar cada cuenta (tecla más)</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Pausa</translation>
        </message>
        <message>
            <source>Pause or resume (Space)</source>
            <translation>Pausar o seguir (Espacio)</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Siguiente</translation>
        </message>
        <message>
            <source>Next step</source>
            <translation>Paso siguiente</translation>
        </message>
        <message>
            <source>Go on when you're ready (Right arrow)</source>
            <translation>Sigue cuando quieras (flecha derecha)</translation>
        </message>
        <message>
            <source>Skip this step</source>
            <translation>Saltar este paso</translation>
        </message>
        <message>
            <source>Move past this step (Right arrow)</source>
            <translation>Pasar este paso (flecha derecha)</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Parar</translation>
        </message>
        <message>
            <source>Stop the exercise</source>
            <translation>Parar el ejercicio</translation>
        </message>
        <message>
            <source>End here; that's always fine (Esc)</source>
            <translation>Terminar aquí; siempre está bien (Esc)</translation>
        </message>
        <message>
            <source>If you'd like to note it: how strong does any distress feel now?</source>
            <translation>Si quieres anotarlo: ¿con qué fuerza sientes ahora el malestar, si lo hay?</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Hecho</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Atrás</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>En pausa</translation>
        </message>
        <message>
            <source>Pace: %1</source>
            <translation>Ritmo: %1</translation>
        </message>
        <message>
            <source>Step %1 of %2</source>
            <translation>Paso %1 de %2</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>Seguir</translation>
        </message>
        <message>
            <source>Paused. Resume whenever you're ready (Space).</source>
            <translation>En pausa. Sigue cuando quieras (Espacio).</translation>
        </message>
        <message>
            <source>Take your time. Choose Next when you're ready.</source>
            <translation>Tómate tu tiempo. Elige Siguiente cuando quieras.</translation>
        </message>
        <message>
            <source>Breath %1 of %2 · %3 left in this step</source>
            <translation>Respiración %1 de %2 · quedan %3 en este paso</translation>
        </message>
        <message>
            <source>%1 left in this step</source>
            <translation>Quedan %1 en este paso</translation>
        </message>
        <message>
            <source>Finish</source>
            <translation>Terminar</translation>
        </message>
        <message>
            <source>Finish the exercise</source>
            <translation>Terminar el ejercicio</translation>
        </message>
        <message>
            <source>Step %1 of %2.</source>
            <translation>Paso %1 de %2.</translation>
        </message>
        <message>
            <source>Pace: %1 · %2</source>
            <translation>Ritmo: %1 · %2</translation>
        </message>
    </context>
    <context>
        <name>PreviewStep</name>
        <message>
            <source>Preview of the pages</source>
            <translation>Vista previa de las páginas</translation>
        </message>
        <message>
            <source>Pages</source>
            <translation>Páginas</translation>
        </message>
        <message>
            <source>Arrow keys and Page Up/Down scroll; Ctrl+plus and Ctrl+minus zoom</source>
            <translation>Las flechas y Re Pág/Av Pág desplazan; Ctrl+más y Ctrl+menos cambian el zoom</translation>
        </message>
        <message>
            <source>Page count</source>
            <translation>Número de páginas</translation>
        </message>
        <message>
            <source>Previous page</source>
            <translation>Página anterior</translation>
        </message>
        <message>
            <source>Previous page (Ctrl+Page Up)</source>
            <translation>Página anterior (Ctrl+Re Pág)</translation>
        </message>
        <message>
            <source>Next page</source>
            <translation>Página siguiente</translation>
        </message>
        <message>
            <source>Next page (Ctrl+Page Down)</source>
            <translation>Página siguiente (Ctrl+Av Pág)</translation>
        </message>
        <message>
            <source>Smaller</source>
            <translation>Más pequeño</translation>
        </message>
        <message>
            <source>Zoom out</source>
            <translation>Alejar</translation>
        </message>
        <message>
            <source>Zoom out (Ctrl+minus)</source>
            <translation>Alejar (Ctrl+menos)</translation>
        </message>
        <message>
            <source>Larger</source>
            <translation>Más grande</translation>
        </message>
        <message>
            <source>Zoom in</source>
            <translation>Acercar</translation>
        </message>
        <message>
            <source>Zoom in (Ctrl+plus)</source>
            <translation>Acercar (Ctrl+más)</translation>
        </message>
        <message>
            <source>Fit width</source>
            <translation>Ajustar al ancho</translation>
        </message>
        <message>
            <source>Fit the page to the width</source>
            <translation>Ajustar la página al ancho</translation>
        </message>
        <message>
            <source>Whole page</source>
            <translation>Página completa</translation>
        </message>
        <message>
            <source>Show the whole page</source>
            <translation>Mostrar la página completa</translation>
        </message>
        <message>
            <source>These are the exact pages that will be printed or saved as PDF. Markdown, HTML and plain text hold the same words without the page layout.</source>
            <translation>Estas son exactamente las páginas que se imprimirán o se guardarán como PDF. Markdown, HTML y texto sin formato contienen las mismas palabras sin la maquetación.</translation>
        </message>
        <message>
            <source>Laying out the pages…</source>
            <translation>Maquetando las páginas…</translation>
        </message>
        <message>
            <source>No pages yet</source>
            <translation>Todavía no hay páginas</translation>
        </message>
        <message>
            <source>1 page</source>
            <translation>1 página</translation>
        </message>
        <message>
            <source>%1 pages</source>
            <translation>%1 páginas</translation>
        </message>
        <message>
            <source>showing page %1 of %2</source>
            <translation>mostrando la página %1 de %2</translation>
        </message>
    </context>
    <context>
        <name>PrivacySection</name>
        <message>
            <source>Privacy</source>
            <translation>Privacidad</translation>
        </message>
        <message>
            <source>Everything you write here is encrypted on this computer and never sent anywhere: Companion does not use the internet at all. Without your passphrase (or recovery code), your journal, its backups and its search index cannot be read.</source>
            <translation>Todo lo que escribes aquí se cifra en este ordenador y nunca se envía a ningún sitio: Companion no usa internet en absoluto. Sin tu frase de contraseña (o tu código de recuperación), nadie puede leer tu diario, sus copias de seguridad ni su índice de búsqueda.</translation>
        </message>
        <message>
            <source>What it cannot protect against: someone using this computer while Companion is unlocked, spyware or a keylogger, someone who makes you unlock it, and files you export or print. With “remember on this device” on, anyone who can use your computer account can open it. Someone looking at this computer can still see that Companion is installed.</source>
            <translation>De qué no puede protegerte: de alguien que use este ordenador mientras Companion está desbloqueado, de programas espía o que registren el teclado, de alguien que te obligue a desbloquearlo, ni de los archivos que exportes o imprimas. Con «Recordar en este dispositivo» activado, cualquiera que pueda usar tu cuenta del ordenador puede abrirlo. Quien mire este ordenador puede seguir viendo que Companion está instalado.</translation>
        </message>
        <message>
            <source>Delete everything</source>
            <translation>Borrarlo todo</translation>
        </message>
        <message>
            <source>This erases the journal, its backups, its settings and logs, and the keychain item, then closes Companion. It cannot be undone. Copies made outside Companion (exports, your own backups, cloud sync) are not reached. On SSDs some old blocks can linger, but without the erased key file they cannot be read.</source>
            <translation>Esto borra el diario, sus copias de seguridad, sus ajustes y registros, y la entrada del llavero, y después cierra Companion. No se puede deshacer. No llega a las copias hechas fuera de Companion (exportaciones, tus propias copias, sincronización en la nube). En discos SSD pueden quedar algunos bloques antiguos, pero sin el archivo de clave borrado no se pueden leer.</translation>
        </message>
        <message>
            <source>Your passphrase, to confirm</source>
            <translation>Tu frase de contraseña, para confirmar</translation>
        </message>
        <message>
            <source>Your passphrase</source>
            <translation>Tu frase de contraseña</translation>
        </message>
        <message>
            <source>Type: delete everything</source>
            <translation>Escribe: borrar todo</translation>
        </message>
        <message>
            <source>Delete everything…</source>
            <translation>Borrarlo todo…</translation>
        </message>
        <message>
            <source>delete everything</source>
            <translation>borrar todo</translation>
        </message>
        <message>
            <source>Nothing was deleted. To erase everything, type: delete everything</source>
            <translation>No se ha borrado nada. Para borrarlo todo, escribe: borrar todo</translation>
        </message>
        <message>
            <source>That passphrase is not right; nothing was deleted.</source>
            <translation>Esa frase de contraseña no es correcta; no se ha borrado nada.</translation>
        </message>
    </context>
    <context>
        <name>PromptOfTheDayWidget</name>
        <message>
            <source>A prompt for today</source>
            <translation>Una sugerencia para hoy</translation>
        </message>
        <message>
            <source>Prompt choices</source>
            <translation>Preferencias de sugerencias</translation>
        </message>
        <message>
            <source>Show prompt choices</source>
            <translation>Mostrar las preferencias de sugerencias</translation>
        </message>
        <message>
            <source>Only if you want one. Skipping is always fine.</source>
            <translation>Solo si te apetece. Saltarla siempre está bien.</translation>
        </message>
        <message>
            <source>Content note for this prompt</source>
            <translation>Aviso de contenido de esta sugerencia</translation>
        </message>
        <message>
            <source>Show the prompt</source>
            <translation>Mostrar la sugerencia</translation>
        </message>
        <message>
            <source>Prompt of the day</source>
            <translation>Sugerencia del día</translation>
        </message>
        <message>
            <source>Prompt status</source>
            <translation>Estado de la sugerencia</translation>
        </message>
        <message>
            <source>Write with this prompt</source>
            <translation>Escribir con esta sugerencia</translation>
        </message>
        <message>
            <source>Write a journal entry with this prompt</source>
            <translation>Escribir una entrada del diario con esta sugerencia</translation>
        </message>
        <message>
            <source>Another prompt</source>
            <translation>Otra sugerencia</translation>
        </message>
        <message>
            <source>Skip: show another prompt</source>
            <translation>Saltar: mostrar otra sugerencia</translation>
        </message>
        <message>
            <source>Offer a prompt of the day</source>
            <translation>Ofrecer una sugerencia del día</translation>
        </message>
        <message>
            <source>Include prompts that carry a content note</source>
            <translation>Incluir sugerencias con aviso de contenido</translation>
        </message>
        <message>
            <source>Their note is always shown first, and the prompt only when you ask.</source>
            <translation>Su aviso siempre se muestra primero, y la sugerencia solo cuando la pidas.</translation>
        </message>
        <message>
            <source>Offer prompts about:</source>
            <translation>Ofrecer sugerencias sobre:</translation>
        </message>
        <message>
            <source>Offer prompts about %1</source>
            <translation>Ofrecer sugerencias sobre %1</translation>
        </message>
        <message>
            <source>The prompt of the day is turned off. You can turn it on again under Prompt choices.</source>
            <translation>La sugerencia del día está desactivada. Puedes volver a activarla en Preferencias de sugerencias.</translation>
        </message>
        <message>
            <source>No more prompts today. You can always write without one, or come back tomorrow.</source>
            <translation>No hay más sugerencias hoy. Siempre puedes escribir sin ninguna, o volver mañana.</translation>
        </message>
        <message>
            <source>Prompts could not be loaded.</source>
            <translation>No se pudieron cargar las sugerencias.</translation>
        </message>
        <message>
            <source>Content note: %1</source>
            <translation>Aviso de contenido: %1</translation>
        </message>
        <message>
            <source>%1 · one of your own</source>
            <translation>%1 · una tuya</translation>
        </message>
        <message>
            <source>Hide prompt choices</source>
            <translation>Ocultar las preferencias de sugerencias</translation>
        </message>
    </context>
    <context>
        <name>PromptsWidget</name>
        <message>
            <source>Prompts</source>
            <translation>Sugerencias</translation>
        </message>
        <message>
            <source>Any of these can start an entry. Prompts with a content note say so first.</source>
            <translation>Cualquiera de estas puede dar pie a una entrada. Las que llevan aviso de contenido lo dicen primero.</translation>
        </message>
        <message>
            <source>Show prompts about</source>
            <translation>Mostrar sugerencias sobre</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Mostrar</translation>
        </message>
        <message>
            <source>Write with this prompt</source>
            <translation>Escribir con esta sugerencia</translation>
        </message>
        <message>
            <source>Write with the chosen prompt</source>
            <translation>Escribir con la sugerencia elegida</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>Editar</translation>
        </message>
        <message>
            <source>Edit this prompt of yours</source>
            <translation>Editar esta sugerencia tuya</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <source>Remove this prompt of yours</source>
            <translation>Quitar esta sugerencia tuya</translation>
        </message>
        <message>
            <source>A prompt of your own</source>
            <translation>Una sugerencia tuya</translation>
        </message>
        <message>
            <source>Your prompts stay in your journal and can come up as the prompt of the day.</source>
            <translation>Tus sugerencias se quedan en tu diario y pueden aparecer como sugerencia del día.</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Categoría</translation>
        </message>
        <message>
            <source>Prompt text</source>
            <translation>Texto de la sugerencia</translation>
        </message>
        <message>
            <source>e.g. What is one thing I did today that took courage?</source>
            <translation>p. ej., ¿Qué hice hoy que me pidiera valor?</translation>
        </message>
        <message>
            <source>Content note (optional)</source>
            <translation>Aviso de contenido (opcional)</translation>
        </message>
        <message>
            <source>Optional: a heads-up shown before the prompt</source>
            <translation>Opcional: un aviso que se muestra antes de la sugerencia</translation>
        </message>
        <message>
            <source>Prompt</source>
            <translation>Sugerencia</translation>
        </message>
        <message>
            <source>Content note</source>
            <translation>Aviso de contenido</translation>
        </message>
        <message>
            <source>Save prompt</source>
            <translation>Guardar sugerencia</translation>
        </message>
        <message>
            <source>Save this prompt</source>
            <translation>Guardar esta sugerencia</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Cancel editing this prompt</source>
            <translation>Dejar de editar esta sugerencia</translation>
        </message>
        <message>
            <source>Prompt status</source>
            <translation>Estado de la sugerencia</translation>
        </message>
        <message>
            <source>Prompts could not be loaded.</source>
            <translation>No se pudieron cargar las sugerencias.</translation>
        </message>
        <message>
            <source>Everything</source>
            <translation>Todo</translation>
        </message>
        <message>
            <source>My own prompts</source>
            <translation>Mis propias sugerencias</translation>
        </message>
        <message>
            <source>Editing a prompt of yours</source>
            <translation>Editando una sugerencia tuya</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Guardado.</translation>
        </message>
        <message>
            <source>That prompt could not be saved.</source>
            <translation>No se pudo guardar esa sugerencia.</translation>
        </message>
        <message>
            <source>Removed.</source>
            <translation>Quitado.</translation>
        </message>
        <message>
            <source>That did not work.</source>
            <translation>Eso no ha funcionado.</translation>
        </message>
    </context>
    <context>
        <name>ProtectStep</name>
        <message>
            <source>Words to hide</source>
            <translation>Palabras que ocultar</translation>
        </message>
        <message>
            <source>Names, places or any words. Each is replaced wherever it appears as a whole word, in any case: titles, text and every section.</source>
            <translation>Nombres, lugares o cualquier palabra. Cada una se sustituye allí donde aparezca como palabra completa, en mayúsculas o minúsculas: títulos, texto y todas las secciones.</translation>
        </message>
        <message>
            <source>Word or name to hide</source>
            <translation>Palabra o nombre que ocultar</translation>
        </message>
        <message>
            <source>A name, place or word</source>
            <translation>Un nombre, un lugar o una palabra</translation>
        </message>
        <message>
            <source>Printed instead</source>
            <translation>Lo que se imprime en su lugar</translation>
        </message>
        <message>
            <source>Hide it</source>
            <translation>Ocultarla</translation>
        </message>
        <message>
            <source>Add to the words to hide</source>
            <translation>Añadir a las palabras que ocultar</translation>
        </message>
        <message>
            <source>Hide</source>
            <translation>Ocultar</translation>
        </message>
        <message>
            <source>print</source>
            <translation>imprimir</translation>
        </message>
        <message>
            <source>Words to hide and what is printed instead</source>
            <translation>Palabras que ocultar y lo que se imprime en su lugar</translation>
        </message>
        <message>
            <source>F2 edits a cell; Delete removes the row</source>
            <translation>F2 edita una celda; Supr quita la fila</translation>
        </message>
        <message>
            <source>Stop hiding the selected word</source>
            <translation>Dejar de ocultar la palabra seleccionada</translation>
        </message>
        <message>
            <source>Remove the selected word</source>
            <translation>Quitar la palabra seleccionada</translation>
        </message>
        <message>
            <source>From My people</source>
            <translation>De Mi gente</translation>
        </message>
        <message>
            <source>Names from My people you may want to hide</source>
            <translation>Nombres de Mi gente que quizá quieras ocultar</translation>
        </message>
        <message>
            <source>Hide this name</source>
            <translation>Ocultar este nombre</translation>
        </message>
        <message>
            <source>Hide the selected name from My people</source>
            <translation>Ocultar el nombre seleccionado de Mi gente</translation>
        </message>
        <message>
            <source>Names you add to My people will be offered here.</source>
            <translation>Aquí se te ofrecerán los nombres que añadas a Mi gente.</translation>
        </message>
        <message>
            <source>Everyone from My people is on the list.</source>
            <translation>Todas las personas de Mi gente están en la lista.</translation>
        </message>
        <message>
            <source>Words to hide: message</source>
            <translation>Palabras que ocultar: mensaje</translation>
        </message>
        <message>
            <source>How it looks</source>
            <translation>Cómo se ve</translation>
        </message>
        <message>
            <source>Saved recipe</source>
            <translation>Receta guardada</translation>
        </message>
        <message>
            <source>No recipes yet</source>
            <translation>Todavía no hay recetas</translation>
        </message>
        <message>
            <source>Use</source>
            <translation>Usar</translation>
        </message>
        <message>
            <source>Use the chosen recipe</source>
            <translation>Usar la receta elegida</translation>
        </message>
        <message>
            <source>Template</source>
            <translation>Plantilla</translation>
        </message>
        <message>
            <source>Group-safe</source>
            <translation>Segura para el grupo</translation>
        </message>
        <message>
            <source>Personal copy</source>
            <translation>Copia personal</translation>
        </message>
        <message>
            <source>Dates</source>
            <translation>Fechas</translation>
        </message>
        <message>
            <source>No dates</source>
            <translation>Sin fechas</translation>
        </message>
        <message>
            <source>Month only</source>
            <translation>Solo el mes</translation>
        </message>
        <message>
            <source>Week only</source>
            <translation>Solo la semana</translation>
        </message>
        <message>
            <source>Exact day and time</source>
            <translation>Día y hora exactos</translation>
        </message>
        <message>
            <source>Keep tags</source>
            <translation>Conservar las etiquetas</translation>
        </message>
        <message>
            <source>Keep each entry's tags</source>
            <translation>Conservar las etiquetas de cada entrada</translation>
        </message>
        <message>
            <source>Keep content notes</source>
            <translation>Conservar los avisos de contenido</translation>
        </message>
        <message>
            <source>Paper size</source>
            <translation>Tamaño del papel</translation>
        </message>
        <message>
            <source>A4</source>
            <translation>A4</translation>
        </message>
        <message>
            <source>Letter</source>
            <translation>Carta</translation>
        </message>
        <message>
            <source>Text size in points</source>
            <translation>Tamaño del texto en puntos</translation>
        </message>
        <message>
            <source> pt</source>
            <translation> pt</translation>
        </message>
        <message>
            <source>Recipe</source>
            <translation>Receta</translation>
        </message>
        <message>
            <source>Paper</source>
            <translation>Papel</translation>
        </message>
        <message>
            <source>Text size</source>
            <translation>Tamaño del texto</translation>
        </message>
        <message>
            <source>Tags and content notes are left out unless you keep them.</source>
            <translation>Las etiquetas y los avisos de contenido se dejan fuera salvo que los conserves.</translation>
        </message>
        <message>
            <source>Name for a new recipe</source>
            <translation>Nombre para una receta nueva</translation>
        </message>
        <message>
            <source>e.g. Tuesday group</source>
            <translation>p. ej., grupo de los martes</translation>
        </message>
        <message>
            <source>Save as recipe</source>
            <translation>Guardar como receta</translation>
        </message>
        <message>
            <source>Save these choices as a recipe</source>
            <translation>Guardar estas elecciones como receta</translation>
        </message>
        <message>
            <source>Keep the words to hide, dates, template and look for next time:</source>
            <translation>Guardar las palabras que ocultar, las fechas, la plantilla y el aspecto para la próxima vez:</translation>
        </message>
        <message>
            <source>Type a word or name to hide first.</source>
            <translation>Escribe primero una palabra o un nombre que ocultar.</translation>
        </message>
        <message>
            <source>Large type, a neutral header, no dates.</source>
            <translation>Letra grande, un encabezado neutro, sin fechas.</translation>
        </message>
        <message>
            <source>Normal type, exact dates: a copy for yourself.</source>
            <translation>Letra normal, fechas exactas: una copia para ti.</translation>
        </message>
        <message>
            <source>Using “%1”.</source>
            <translation>Usando «%1».</translation>
        </message>
        <message>
            <source>Please give the recipe a name.</source>
            <translation>Ponle un nombre a la receta, por favor.</translation>
        </message>
        <message>
            <source>Saved as “%1”.</source>
            <translation>Guardada como «%1».</translation>
        </message>
    </context>
    <context>
        <name>RecentlyDeletedDialog</name>
        <message>
            <source>Recently deleted</source>
            <translation>Eliminadas recientemente</translation>
        </message>
        <message>
            <source>Deleted entries wait here for %1 days, then are removed for good. You can bring one back, or remove it now.</source>
            <translation>Las entradas eliminadas esperan aquí %1 días y después se borran para siempre. Puedes recuperar una, o borrarla ya.</translation>
        </message>
        <message>
            <source>Deleted entries</source>
            <translation>Entradas eliminadas</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Recuperar</translation>
        </message>
        <message>
            <source>Restore selected entry</source>
            <translation>Recuperar la entrada seleccionada</translation>
        </message>
        <message>
            <source>Delete for good</source>
            <translation>Borrar para siempre</translation>
        </message>
        <message>
            <source>Delete selected entry for good</source>
            <translation>Borrar para siempre la entrada seleccionada</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>Choose an entry first.</source>
            <translation>Elige primero una entrada.</translation>
        </message>
        <message>
            <source>Restored. It is back in your journal.</source>
            <translation>Recuperada. Vuelve a estar en tu diario.</translation>
        </message>
        <message>
            <source>Press “Delete for good” again to remove it permanently.</source>
            <translation>Pulsa otra vez «Borrar para siempre» para borrarla definitivamente.</translation>
        </message>
        <message>
            <source>Removed for good.</source>
            <translation>Borrada para siempre.</translation>
        </message>
    </context>
    <context>
        <name>RecoveryCodeDialog</name>
        <message>
            <source>Your new recovery code</source>
            <translation>Tu nuevo código de recuperación</translation>
        </message>
        <message>
            <source>This code opens your journal if you forget your passphrase. It is shown only this once. Keep it somewhere only you can reach, away from this device if you can. Any earlier recovery code no longer works.</source>
            <translation>Este código abre tu diario si olvidas tu frase de contraseña. Solo se muestra esta vez. Guárdalo donde solo tú puedas llegar, lejos de este dispositivo si puedes. Cualquier código de recuperación anterior deja de funcionar.</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Hecho</translation>
        </message>
    </context>
    <context>
        <name>RecoveryCodeView</name>
        <message>
            <source>Recovery code</source>
            <translation>Código de recuperación</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Copiar</translation>
        </message>
        <message>
            <source>Copy recovery code</source>
            <translation>Copiar el código de recuperación</translation>
        </message>
        <message>
            <source>I have written it down or stored it somewhere safe</source>
            <translation>Lo he apuntado o guardado en un lugar seguro</translation>
        </message>
        <message>
            <source>I have saved the recovery code</source>
            <translation>He guardado el código de recuperación</translation>
        </message>
        <message>
            <source>Copied. Companion clears it from the clipboard when it locks.</source>
            <translation>Copiado. Companion lo borra del portapapeles cuando se bloquea.</translation>
        </message>
    </context>
    <context>
        <name>Reflection</name>
        <message>
            <source>%1 · mood: %2 · distress %3 of 10</source>
            <translation>%1 · ánimo: %2 · malestar %3 de 10</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Hoy</translation>
        </message>
        <message>
            <source>Untitled</source>
            <translation>Sin título</translation>
        </message>
        <message>
            <source>Yesterday</source>
            <translation>Ayer</translation>
        </message>
        <message>
            <source>added by you</source>
            <translation>añadida por ti</translation>
        </message>
        <message>
            <source>call</source>
            <translation>llamada</translation>
        </message>
        <message>
            <source>call or text</source>
            <translation>llamada o mensaje</translation>
        </message>
        <message>
            <source>content note</source>
            <translation>aviso de contenido</translation>
        </message>
        <message>
            <source>content note: %1</source>
            <translation>aviso de contenido: %1</translation>
        </message>
        <message>
            <source>energy: %1</source>
            <translation>energía: %1</translation>
        </message>
        <message>
            <source>linked to an entry</source>
            <translation>enlazado a una entrada</translation>
        </message>
        <message>
            <source>source: %1, checked %2</source>
            <translation>fuente: %1, comprobado en %2</translation>
        </message>
        <message>
            <source>text</source>
            <translation>mensaje</translation>
        </message>
    </context>
    <context>
        <name>RestoreDialog</name>
        <message>
            <source>Restore from a backup</source>
            <translation>Restaurar desde una copia de seguridad</translation>
        </message>
        <message>
            <source>Restoring replaces the journal you have now with the backup. The current journal is not deleted: it is kept aside in the journal folder. Companion locks, restores, then opens the backup.</source>
            <translation>Restaurar sustituye el diario que tienes ahora por la copia de seguridad. El diario actual no se borra: se guarda aparte en la carpeta del diario. Companion se bloquea, restaura y después abre la copia.</translation>
        </message>
        <message>
            <source>Backup folder</source>
            <translation>Carpeta de la copia</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Elegir…</translation>
        </message>
        <message>
            <source>Choose backup folder</source>
            <translation>Elegir la carpeta de la copia</translation>
        </message>
        <message>
            <source>Passphrase of the backup</source>
            <translation>Frase de contraseña de la copia</translation>
        </message>
        <message>
            <source>Passphrase that opens the backup</source>
            <translation>Frase de contraseña que abre la copia</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Recuperar</translation>
        </message>
        <message>
            <source>Choose a backup folder</source>
            <translation>Elige una carpeta de copia de seguridad</translation>
        </message>
        <message>
            <source>That folder does not hold a Companion backup (vault.db and vault.key).</source>
            <translation>Esa carpeta no contiene una copia de seguridad de Companion (vault.db y vault.key).</translation>
        </message>
        <message>
            <source>Please enter the passphrase that opens the backup.</source>
            <translation>Escribe la frase de contraseña que abre la copia, por favor.</translation>
        </message>
    </context>
    <context>
        <name>ScaleWidget</name>
        <message>
            <source>%1, %2 of %3</source>
            <translation>%1, %2 de %3</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%1 de %2</translation>
        </message>
        <message>
            <source>not chosen</source>
            <translation>sin elegir</translation>
        </message>
        <message>
            <source>not chosen (optional)</source>
            <translation>sin elegir (opcional)</translation>
        </message>
        <message>
            <source>Arrow keys or %1 to %2</source>
            <translation>Flechas o de %1 a %2</translation>
        </message>
        <message>
            <source>; Delete clears</source>
            <translation>; Supr borra</translation>
        </message>
    </context>
    <context>
        <name>SearchBar</name>
        <message>
            <source>Any tag</source>
            <translation>Cualquier etiqueta</translation>
        </message>
        <message>
            <source>Search (Ctrl+F)</source>
            <translation>Buscar (Ctrl+F)</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <source>Settings</source>
            <translation>Ajustes</translation>
        </message>
        <message>
            <source>Locking</source>
            <translation>Bloqueo</translation>
        </message>
        <message>
            <source>Lock after minutes without use</source>
            <translation>Bloquear tras unos minutos sin uso</translation>
        </message>
        <message>
            <source>Never</source>
            <translation>Nunca</translation>
        </message>
        <message>
            <source> minutes</source>
            <translation> minutos</translation>
        </message>
        <message>
            <source>Lock after</source>
            <translation>Bloquear tras</translation>
        </message>
        <message>
            <source>Minutes without typing or moving the mouse.</source>
            <translation>Minutos sin escribir ni mover el ratón.</translation>
        </message>
        <message>
            <source>Lock when Companion is minimised</source>
            <translation>Bloquear al minimizar Companion</translation>
        </message>
        <message>
            <source>Lock when the screen locks</source>
            <translation>Bloquear cuando se bloquee la pantalla</translation>
        </message>
        <message>
            <source>Not available here</source>
            <translation>No disponible aquí</translation>
        </message>
        <message>
            <source>This system does not tell Companion when the screen locks, so this option is not available. Locking after a few idle minutes covers the same moment.</source>
            <translation>Este sistema no avisa a Companion cuando se bloquea la pantalla, así que esta opción no está disponible. Bloquear tras unos minutos sin actividad cubre ese mismo momento.</translation>
        </message>
        <message>
            <source>Quick exit</source>
            <translation>Salida rápida</translation>
        </message>
        <message>
            <source>Quick exit saves what you were writing, hides every Companion window at once and locks. These choices are kept outside the journal so they also work on the unlock screen.</source>
            <translation>Salida rápida guarda lo que estabas escribiendo, oculta al instante todas las ventanas de Companion y bloquea. Estas opciones se guardan fuera del diario para que también funcionen en la pantalla de desbloqueo.</translation>
        </message>
        <message>
            <source>After quick exit</source>
            <translation>Tras la salida rápida</translation>
        </message>
        <message>
            <source>Close Companion</source>
            <translation>Cerrar Companion</translation>
        </message>
        <message>
            <source>Minimise, locked</source>
            <translation>Minimizar, bloqueado</translation>
        </message>
        <message>
            <source>Show a plain, empty notes window</source>
            <translation>Mostrar una ventana de notas sencilla y vacía</translation>
        </message>
        <message>
            <source>Afterwards</source>
            <translation>Después</translation>
        </message>
        <message>
            <source>Shift pressed three times</source>
            <translation>Pulsar Mayús tres veces</translation>
        </message>
        <message>
            <source>Quick exit with Shift pressed three times</source>
            <translation>Salida rápida al pulsar Mayús tres veces</translation>
        </message>
        <message>
            <source>Extra quick exit key</source>
            <translation>Tecla adicional de salida rápida</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Ninguna</translation>
        </message>
        <message>
            <source>Extra key</source>
            <translation>Tecla adicional</translation>
        </message>
        <message>
            <source>Appearance</source>
            <translation>Apariencia</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>Tema</translation>
        </message>
        <message>
            <source>Follow the system</source>
            <translation>Seguir al sistema</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Claro</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Oscuro</translation>
        </message>
        <message>
            <source>High contrast</source>
            <translation>Alto contraste</translation>
        </message>
        <message>
            <source>Text size</source>
            <translation>Tamaño del texto</translation>
        </message>
        <message>
            <source>Small</source>
            <translation>Pequeño</translation>
        </message>
        <message>
            <source>Normal</source>
            <translation>Normal</translation>
        </message>
        <message>
            <source>Large</source>
            <translation>Grande</translation>
        </message>
        <message>
            <source>Larger</source>
            <translation>Más grande</translation>
        </message>
        <message>
            <source>Very large</source>
            <translation>Muy grande</translation>
        </message>
        <message>
            <source>Extra large</source>
            <translation>Enorme</translation>
        </message>
        <message>
            <source>Largest</source>
            <translation>El más grande</translation>
        </message>
        <message>
            <source>%1 (%2%)</source>
            <translation>%1 (%2 %)</translation>
        </message>
        <message>
            <source>Motion</source>
            <translation>Movimiento</translation>
        </message>
        <message>
            <source>Reduce motion</source>
            <translation>Reducir el movimiento</translation>
        </message>
        <message>
            <source>Allow motion</source>
            <translation>Permitir el movimiento</translation>
        </message>
        <message>
            <source>Window name and icon</source>
            <translation>Nombre e icono de la ventana</translation>
        </message>
        <message>
            <source>Companion</source>
            <translation>Companion</translation>
        </message>
        <message>
            <source>Notes (neutral)</source>
            <translation>Notas (neutro)</translation>
        </message>
        <message>
            <source>Tasks (neutral)</source>
            <translation>Tareas (neutro)</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <source>Changes to motion apply the next time Companion starts.</source>
            <translation>Los cambios de movimiento se aplican la próxima vez que se abra Companion.</translation>
        </message>
        <message>
            <source>Changes to the language apply the next time Companion starts.</source>
            <translation>Los cambios de idioma se aplican la próxima vez que se abra Companion.</translation>
        </message>
        <message>
            <source>Window name</source>
            <translation>Nombre de la ventana</translation>
        </message>
        <message>
            <source>A neutral name and plain icon for the window and taskbar; an app-menu entry made here follows it. Some desktops group the window under its new name only after a restart.</source>
            <translation>Un nombre neutro y un icono sencillo para la ventana y la barra de tareas; la entrada del menú de aplicaciones creada aquí los sigue. Algunos escritorios agrupan la ventana con su nuevo nombre solo tras reiniciar.</translation>
        </message>
        <message>
            <source>Add to the app menu</source>
            <translation>Añadir al menú de aplicaciones</translation>
        </message>
        <message>
            <source>Keyboard shortcuts…</source>
            <translation>Atajos de teclado…</translation>
        </message>
        <message>
            <source>Every shortcut (F1)</source>
            <translation>Todos los atajos (F1)</translation>
        </message>
        <message>
            <source>Unlocking</source>
            <translation>Desbloqueo</translation>
        </message>
        <message>
            <source>Remember on this device</source>
            <translation>Recordar en este dispositivo</translation>
        </message>
        <message>
            <source>Change passphrase…</source>
            <translation>Cambiar la frase de contraseña…</translation>
        </message>
        <message>
            <source>Create a new recovery code…</source>
            <translation>Crear un código de recuperación nuevo…</translation>
        </message>
        <message>
            <source>Remove recovery code</source>
            <translation>Quitar el código de recuperación</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>Copias de seguridad</translation>
        </message>
        <message>
            <source>Backups are encrypted copies; they open with the passphrase in use when they were made.</source>
            <translation>Las copias de seguridad están cifradas; se abren con la frase de contraseña que se usaba cuando se hicieron.</translation>
        </message>
        <message>
            <source>Keep automatic daily backups</source>
            <translation>Hacer copias de seguridad diarias automáticas</translation>
        </message>
        <message>
            <source>Kept beside the journal: the last 7 days and 4 weeks.</source>
            <translation>Se guardan junto al diario: los últimos 7 días y 4 semanas.</translation>
        </message>
        <message>
            <source>Folder for backups you make</source>
            <translation>Carpeta para las copias que hagas</translation>
        </message>
        <message>
            <source>Beside the journal</source>
            <translation>Junto al diario</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Elegir…</translation>
        </message>
        <message>
            <source>Choose backup folder</source>
            <translation>Elegir la carpeta de la copia</translation>
        </message>
        <message>
            <source>Backup folder</source>
            <translation>Carpeta de la copia</translation>
        </message>
        <message>
            <source>Back up now</source>
            <translation>Hacer una copia ahora</translation>
        </message>
        <message>
            <source>Restore from a backup…</source>
            <translation>Restaurar desde una copia…</translation>
        </message>
        <message>
            <source>About</source>
            <translation>Acerca de</translation>
        </message>
        <message>
            <source>Journal folder</source>
            <translation>Carpeta del diario</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Versión</translation>
        </message>
        <message>
            <source>Companion never connects to the internet and shows no notifications. Encryption protects the files at rest; it cannot protect against someone watching the screen or software that records this device.</source>
            <translation>Companion nunca se conecta a internet ni muestra notificaciones. El cifrado protege los archivos guardados; no puede protegerte de alguien que mire la pantalla ni de programas que graben este dispositivo.</translation>
        </message>
        <message>
            <source>Checking the keychain…</source>
            <translation>Comprobando el llavero…</translation>
        </message>
        <message>
            <source>Opens without your passphrase while you are signed in to this computer, so anyone who can use your signed-in account could open it too. Your passphrase always keeps working.</source>
            <translation>Se abre sin tu frase de contraseña mientras tengas la sesión iniciada en este ordenador, así que cualquiera que pueda usar tu sesión también podría abrirlo. Tu frase de contraseña siempre sigue funcionando.</translation>
        </message>
        <message>
            <source>A recovery code is set up.</source>
            <translation>Hay un código de recuperación preparado.</translation>
        </message>
        <message>
            <source>No recovery code yet.</source>
            <translation>Todavía no hay código de recuperación.</translation>
        </message>
        <message>
            <source>Remove from the app menu</source>
            <translation>Quitar del menú de aplicaciones</translation>
        </message>
        <message>
            <source>Removed from the app menu.</source>
            <translation>Quitado del menú de aplicaciones.</translation>
        </message>
        <message>
            <source>The app menu shows it as “%1”.</source>
            <translation>El menú de aplicaciones lo muestra como «%1».</translation>
        </message>
        <message>
            <source>The app menu entry could not be changed.</source>
            <translation>No se pudo cambiar la entrada del menú de aplicaciones.</translation>
        </message>
        <message>
            <source>This device will open the journal without the passphrase.</source>
            <translation>Este dispositivo abrirá el diario sin la frase de contraseña.</translation>
        </message>
        <message>
            <source>This device no longer keeps a key; the passphrase is needed.</source>
            <translation>Este dispositivo ya no guarda ninguna clave; hace falta la frase de contraseña.</translation>
        </message>
        <message>
            <source>The keychain did not answer.</source>
            <translation>El llavero no ha respondido.</translation>
        </message>
        <message>
            <source>Your passphrase has been changed.</source>
            <translation>Tu frase de contraseña ha cambiado.</translation>
        </message>
        <message>
            <source>Making a recovery code…</source>
            <translation>Creando un código de recuperación…</translation>
        </message>
        <message>
            <source>A recovery code could not be made.</source>
            <translation>No se pudo crear un código de recuperación.</translation>
        </message>
        <message>
            <source>Press “Remove recovery code” again to stop the code from working.</source>
            <translation>Pulsa otra vez «Quitar el código de recuperación» para que el código deje de funcionar.</translation>
        </message>
        <message>
            <source>The recovery code no longer opens the journal.</source>
            <translation>El código de recuperación ya no abre el diario.</translation>
        </message>
        <message>
            <source>Choose a folder for backups</source>
            <translation>Elige una carpeta para las copias de seguridad</translation>
        </message>
        <message>
            <source>Writing an encrypted backup…</source>
            <translation>Escribiendo una copia de seguridad cifrada…</translation>
        </message>
        <message>
            <source>Saved an encrypted backup in %1.</source>
            <translation>Se guardó una copia de seguridad cifrada en %1.</translation>
        </message>
        <message>
            <source>The backup could not be written.</source>
            <translation>No se pudo escribir la copia de seguridad.</translation>
        </message>
    </context>
    <context>
        <name>ShareDocument</name>
        <message>
            <source>1 check-in</source>
            <translation>1 registro</translation>
        </message>
        <message>
            <source>1 day</source>
            <translation>1 día</translation>
        </message>
        <message>
            <source>A reflection I chose to share</source>
            <translation>Una reflexión que elegí compartir</translation>
        </message>
        <message>
            <source>Check-ins</source>
            <translation>Registros</translation>
        </message>
        <message>
            <source>Content note: {note}</source>
            <translation>Aviso de contenido: {note}</translation>
        </message>
        <message>
            <source>Distress (average)</source>
            <translation>Malestar (media)</translation>
        </message>
        <message>
            <source>Distress averaged {first} in the first half of the period and {second} in the second half.</source>
            <translation>El malestar medio fue de {first} en la primera mitad del periodo y de {second} en la segunda.</translation>
        </message>
        <message>
            <source>Distress averaged {mean} out of 10 (lowest {low}, highest {high}).</source>
            <translation>El malestar medio fue de {mean} sobre 10 (mínimo {low}, máximo {high}).</translation>
        </message>
        <message>
            <source>Excerpts from this entry</source>
            <translation>Fragmentos de esta entrada</translation>
        </message>
        <message>
            <source>Exercises I practised</source>
            <translation>Ejercicios que practiqué</translation>
        </message>
        <message>
            <source>How my check-ins looked</source>
            <translation>Cómo fueron mis registros</translation>
        </message>
        <message>
            <source>Milestones</source>
            <translation>Logros</translation>
        </message>
        <message>
            <source>Milestones and strengths</source>
            <translation>Logros y fortalezas</translation>
        </message>
        <message>
            <source>Mood (average)</source>
            <translation>Ánimo (media)</translation>
        </message>
        <message>
            <source>Mood averaged {first} in the first half of the period and {second} in the second half.</source>
            <translation>El ánimo medio fue de {first} en la primera mitad del periodo y de {second} en la segunda.</translation>
        </message>
        <message>
            <source>Mood averaged {mean} out of 5 (lowest {low}, highest {high}).</source>
            <translation>El ánimo medio fue de {mean} sobre 5 (mínimo {low}, máximo {high}).</translation>
        </message>
        <message>
            <source>My reflection</source>
            <translation>Mi reflexión</translation>
        </message>
        <message>
            <source>No check-ins in this period.</source>
            <translation>No hay registros en este periodo.</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Periodo</translation>
        </message>
        <message>
            <source>Prompt: {prompt}</source>
            <translation>Sugerencia: {prompt}</translation>
        </message>
        <message>
            <source>Questions for the group</source>
            <translation>Preguntas para el grupo</translation>
        </message>
        <message>
            <source>Strengths</source>
            <translation>Fortalezas</translation>
        </message>
        <message>
            <source>Tags: {tags}</source>
            <translation>Etiquetas: {tags}</translation>
        </message>
        <message>
            <source>Week of {date}</source>
            <translation>Semana del {date}</translation>
        </message>
        <message>
            <source>What I'd like to bring to the group</source>
            <translation>Lo que me gustaría llevar al grupo</translation>
        </message>
        <message>
            <source>[…]</source>
            <translation>[…]</translation>
        </message>
        <message>
            <source>distress {before} before and {after} after, on average</source>
            <translation>malestar de {before} antes y {after} después, de media</translation>
        </message>
        <message>
            <source>practised once</source>
            <translation>practicado una vez</translation>
        </message>
        <message>
            <source>practised {n} times</source>
            <translation>practicado {n} veces</translation>
        </message>
        <message>
            <source>the week of {date}</source>
            <translation>la semana del {date}</translation>
        </message>
        <message>
            <source>this did not help this time</source>
            <translation>esta vez no ayudó</translation>
        </message>
        <message>
            <source>this helped</source>
            <translation>esto ayudó</translation>
        </message>
        <message>
            <source>{count} on {days} between {start} and {end}.</source>
            <translation>{count} en {days} entre {start} y {end}.</translation>
        </message>
        <message>
            <source>{count} on {days}.</source>
            <translation>{count} en {days}.</translation>
        </message>
        <message>
            <source>{date}, {time}</source>
            <translation>{date}, {time}</translation>
        </message>
        <message>
            <source>{n} check-ins</source>
            <translation>{n} registros</translation>
        </message>
        <message>
            <source>{n} days</source>
            <translation>{n} días</translation>
        </message>
    </context>
    <context>
        <name>ShareModels</name>
        <message>
            <source>%1 words hidden</source>
            <translation>%1 palabras ocultas</translation>
        </message>
        <message>
            <source>(%1 passages)</source>
            <translation>(%1 fragmentos)</translation>
        </message>
        <message>
            <source>(1 passage)</source>
            <translation>(1 fragmento)</translation>
        </message>
        <message>
            <source>1 word hidden</source>
            <translation>1 palabra oculta</translation>
        </message>
        <message>
            <source>Chosen: %1</source>
            <translation>Elegido: %1</translation>
        </message>
        <message>
            <source>Group-safe</source>
            <translation>Segura para el grupo</translation>
        </message>
        <message>
            <source>Helped</source>
            <translation>Ayudó</translation>
        </message>
        <message>
            <source>Include</source>
            <translation>Incluir</translation>
        </message>
        <message>
            <source>Milestone, %1: %2</source>
            <translation>Logro, %1: %2</translation>
        </message>
        <message>
            <source>Not said</source>
            <translation>Sin decir</translation>
        </message>
        <message>
            <source>Not said whether this helped</source>
            <translation>Sin decir si ayudó</translation>
        </message>
        <message>
            <source>Passage %1: “%2”</source>
            <translation>Fragmento %1: «%2»</translation>
        </message>
        <message>
            <source>Personal copy</source>
            <translation>Copia personal</translation>
        </message>
        <message>
            <source>Plain text</source>
            <translation>Texto sin formato</translation>
        </message>
        <message>
            <source>Practised %1 times</source>
            <translation>Practicado %1 veces</translation>
        </message>
        <message>
            <source>Printed</source>
            <translation>Impreso</translation>
        </message>
        <message>
            <source>Printed instead</source>
            <translation>Lo que se imprime en su lugar</translation>
        </message>
        <message>
            <source>Shared on %1</source>
            <translation>Compartido el %1</translation>
        </message>
        <message>
            <source>Strength: %1</source>
            <translation>Fortaleza: %1</translation>
        </message>
        <message>
            <source>This helped</source>
            <translation>Esto me ayudó</translation>
        </message>
        <message>
            <source>Times practised</source>
            <translation>Veces practicado</translation>
        </message>
        <message>
            <source>Untitled entry</source>
            <translation>Entrada sin título</translation>
        </message>
        <message>
            <source>Word or name to hide</source>
            <translation>Palabra o nombre que ocultar</translation>
        </message>
        <message>
            <source>check-in trend</source>
            <translation>tendencia de los registros</translation>
        </message>
        <message>
            <source>dates by month</source>
            <translation>fechas por mes</translation>
        </message>
        <message>
            <source>dates by week</source>
            <translation>fechas por semana</translation>
        </message>
        <message>
            <source>exact dates</source>
            <translation>fechas exactas</translation>
        </message>
        <message>
            <source>exercises</source>
            <translation>ejercicios</translation>
        </message>
        <message>
            <source>included</source>
            <translation>incluido</translation>
        </message>
        <message>
            <source>milestones and strengths</source>
            <translation>logros y fortalezas</translation>
        </message>
        <message>
            <source>no dates</source>
            <translation>sin fechas</translation>
        </message>
        <message>
            <source>not included</source>
            <translation>no incluido</translation>
        </message>
        <message>
            <source>questions</source>
            <translation>preguntas</translation>
        </message>
        <message>
            <source>recipe “%1”</source>
            <translation>receta «%1»</translation>
        </message>
        <message>
            <source>the template's dates</source>
            <translation>las fechas de la plantilla</translation>
        </message>
        <message>
            <source>what I'd like to bring</source>
            <translation>lo que me gustaría llevar</translation>
        </message>
        <message>
            <source>“%1” is printed as “%2”</source>
            <translation>«%1» se imprime como «%2»</translation>
        </message>
    </context>
    <context>
        <name>SharePage</name>
        <message>
            <source>Share with a group</source>
            <translation>Compartir con un grupo</translation>
        </message>
        <message>
            <source>Bring a reflection to a group, on paper or as a file. You choose the entries — or only some passages — hide names and places, and see every page before anything is made. Nothing leaves your journal until the last step, and you can stop at any moment.</source>
            <translation>Lleva una reflexión a un grupo, en papel o como archivo. Tú eliges las entradas —o solo algunos fragmentos—, ocultas nombres y lugares, y ves cada página antes de que se cree nada. Nada sale de tu diario hasta el último paso, y puedes parar en cualquier momento.</translation>
        </message>
        <message>
            <source>Start sharing…</source>
            <translation>Empezar a compartir…</translation>
        </message>
        <message>
            <source>Start sharing</source>
            <translation>Empezar a compartir</translation>
        </message>
        <message>
            <source>Saved recipes</source>
            <translation>Recetas guardadas</translation>
        </message>
        <message>
            <source>A recipe keeps the words to hide, the dates, the template and the look for a recurring group. Save one in the wizard's Protect step.</source>
            <translation>Una receta guarda las palabras que ocultar, las fechas, la plantilla y el aspecto para un grupo al que vas a menudo. Guarda una en el paso Proteger del asistente.</translation>
        </message>
        <message>
            <source>Start with this recipe</source>
            <translation>Empezar con esta receta</translation>
        </message>
        <message>
            <source>Start sharing with the selected recipe</source>
            <translation>Empezar a compartir con la receta seleccionada</translation>
        </message>
        <message>
            <source>Delete recipe</source>
            <translation>Eliminar receta</translation>
        </message>
        <message>
            <source>Delete the selected recipe</source>
            <translation>Eliminar la receta seleccionada</translation>
        </message>
        <message>
            <source>No recipes yet.</source>
            <translation>Todavía no hay recetas.</translation>
        </message>
        <message>
            <source>What I have shared</source>
            <translation>Lo que he compartido</translation>
        </message>
        <message>
            <source>When and what went out, kept inside your locked journal. Where a file was saved is never kept.</source>
            <translation>Cuándo y qué salió, guardado dentro de tu diario bloqueado. Nunca se guarda dónde se guardó un archivo.</translation>
        </message>
        <message>
            <source>Share log, newest first</source>
            <translation>Registro de lo compartido, lo más reciente primero</translation>
        </message>
        <message>
            <source>Remove from the log</source>
            <translation>Quitar del registro</translation>
        </message>
        <message>
            <source>Remove the selected share from the log</source>
            <translation>Quitar del registro lo compartido seleccionado</translation>
        </message>
        <message>
            <source>Nothing shared yet.</source>
            <translation>Todavía no has compartido nada.</translation>
        </message>
        <message>
            <source>Share: message</source>
            <translation>Compartir: mensaje</translation>
        </message>
        <message>
            <source>Deleted the recipe “%1”.</source>
            <translation>Se eliminó la receta «%1».</translation>
        </message>
        <message>
            <source>Removed from the log.</source>
            <translation>Quitado del registro.</translation>
        </message>
        <message>
            <source>Something could not be read from your journal.</source>
            <translation>No se pudo leer algo de tu diario.</translation>
        </message>
    </context>
    <context>
        <name>ShareWizard</name>
        <message>
            <source>Share with a group</source>
            <translation>Compartir con un grupo</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>Paso</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Mensaje</translation>
        </message>
        <message>
            <source>Stop sharing</source>
            <translation>Dejar de compartir</translation>
        </message>
        <message>
            <source>Stop sharing and forget these choices</source>
            <translation>Dejar de compartir y olvidar estas elecciones</translation>
        </message>
        <message>
            <source>Nothing is written until the last step (Escape)</source>
            <translation>No se escribe nada hasta el último paso (Esc)</translation>
        </message>
        <message>
            <source>&amp;Back</source>
            <translation>&amp;Atrás</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Atrás</translation>
        </message>
        <message>
            <source>Back (Alt+B)</source>
            <translation>Atrás (Alt+A)</translation>
        </message>
        <message>
            <source>&amp;Next</source>
            <translation>&amp;Siguiente</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Siguiente</translation>
        </message>
        <message>
            <source>Next (Alt+N)</source>
            <translation>Siguiente (Alt+S)</translation>
        </message>
        <message>
            <source>Ready to share</source>
            <translation>Lista para compartir</translation>
        </message>
        <message>
            <source>Entries</source>
            <translation>Entradas</translation>
        </message>
        <message>
            <source>Other entries</source>
            <translation>Otras entradas</translation>
        </message>
        <message>
            <source>The entries could not be read.</source>
            <translation>No se pudieron leer las entradas.</translation>
        </message>
        <message>
            <source>No entries match. Fewer words or other filters may help.</source>
            <translation>Ninguna entrada coincide. Quizá ayuden menos palabras u otros filtros.</translation>
        </message>
        <message>
            <source>Choose</source>
            <translation>Elegir</translation>
        </message>
        <message>
            <source>Protect</source>
            <translation>Proteger</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Vista previa</translation>
        </message>
        <message>
            <source>Bring it</source>
            <translation>Llevarlo</translation>
        </message>
        <message>
            <source>Step %1 of 4: %2</source>
            <translation>Paso %1 de 4: %2</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Hecho</translation>
        </message>
        <message>
            <source>Done, back to Share</source>
            <translation>Hecho, volver a Compartir</translation>
        </message>
        <message>
            <source>Choose at least one entry, or something under “More to bring”.</source>
            <translation>Elige al menos una entrada, o algo en «Algo más que llevar».</translation>
        </message>
        <message>
            <source>an entry</source>
            <translation>una entrada</translation>
        </message>
        <message>
            <source>“%1” is set to passages, but none is selected yet.</source>
            <translation>«%1» está en modo fragmentos, pero todavía no hay ninguno seleccionado.</translation>
        </message>
        <message>
            <source>The pages could not be made; nothing was written.</source>
            <translation>No se pudieron crear las páginas; no se ha escrito nada.</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Parar</translation>
        </message>
        <message>
            <source>The recipe could not be saved.</source>
            <translation>No se pudo guardar la receta.</translation>
        </message>
        <message>
            <source>Something could not be read from your journal.</source>
            <translation>No se pudo leer algo de tu diario.</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <source>Lock the journal</source>
            <translation>Bloquear el diario</translation>
        </message>
        <message>
            <source>Ground me now: a short grounding exercise</source>
            <translation>Anclarme ahora: un ejercicio de anclaje corto</translation>
        </message>
        <message>
            <source>Show these keyboard shortcuts</source>
            <translation>Mostrar estos atajos de teclado</translation>
        </message>
        <message>
            <source>Search your entries</source>
            <translation>Buscar en tus entradas</translation>
        </message>
        <message>
            <source>Write a new entry</source>
            <translation>Escribir una entrada nueva</translation>
        </message>
        <message>
            <source>Save now (Companion also saves as you write)</source>
            <translation>Guardar ahora (Companion también guarda mientras escribes)</translation>
        </message>
        <message>
            <source>Switch between writing and preview</source>
            <translation>Cambiar entre escritura y vista previa</translation>
        </message>
        <message>
            <source>Search the exercises</source>
            <translation>Buscar en los ejercicios</translation>
        </message>
        <message>
            <source>Pause or resume the exercise</source>
            <translation>Pausar o seguir el ejercicio</translation>
        </message>
        <message>
            <source>Stop the exercise, at any moment</source>
            <translation>Parar el ejercicio, en cualquier momento</translation>
        </message>
        <message>
            <source>Go on to the next step</source>
            <translation>Seguir al paso siguiente</translation>
        </message>
        <message>
            <source>Slower breathing</source>
            <translation>Respiración más lenta</translation>
        </message>
        <message>
            <source>Faster breathing</source>
            <translation>Respiración más rápida</translation>
        </message>
        <message>
            <source>Start a check-in</source>
            <translation>Empezar un registro</translation>
        </message>
        <message>
            <source>Save the check-in</source>
            <translation>Guardar el registro</translation>
        </message>
        <message>
            <source>Add the selected passage</source>
            <translation>Añadir el fragmento seleccionado</translation>
        </message>
        <message>
            <source>Zoom in</source>
            <translation>Acercar</translation>
        </message>
        <message>
            <source>Zoom out</source>
            <translation>Alejar</translation>
        </message>
        <message>
            <source>Next page</source>
            <translation>Página siguiente</translation>
        </message>
        <message>
            <source>Previous page</source>
            <translation>Página anterior</translation>
        </message>
        <message>
            <source>Leave sharing (nothing is written)</source>
            <translation>Salir de compartir (no se escribe nada)</translation>
        </message>
        <message>
            <source>During an exercise</source>
            <translation>Durante un ejercicio</translation>
        </message>
        <message>
            <source>Move to the next control</source>
            <translation>Ir al siguiente control</translation>
        </message>
        <message>
            <source>Move to the previous control</source>
            <translation>Ir al control anterior</translation>
        </message>
        <message>
            <source>Press the focused button or tick the focused box</source>
            <translation>Pulsar el botón con el foco o marcar la casilla con el foco</translation>
        </message>
        <message>
            <source>Open the chosen entry or exercise; press the main button of a dialog</source>
            <translation>Abrir la entrada o el ejercicio elegido; pulsar el botón principal de un diálogo</translation>
        </message>
        <message>
            <source>Close a dialog without changing anything; clear a search box</source>
            <translation>Cerrar un diálogo sin cambiar nada; vaciar un cuadro de búsqueda</translation>
        </message>
        <message>
            <source>Arrow keys</source>
            <translation>Flechas</translation>
        </message>
        <message>
            <source>Move within lists, scales, choices and tabs</source>
            <translation>Moverse por listas, escalas, opciones y pestañas</translation>
        </message>
        <message>
            <source>From a search box, move into its results</source>
            <translation>Desde un cuadro de búsqueda, ir a sus resultados</translation>
        </message>
        <message>
            <source>Next tab, where a page has tabs</source>
            <translation>Pestaña siguiente, donde una página tiene pestañas</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Atajos de teclado</translation>
        </message>
        <message>
            <source>Everything in Companion can be done with the keyboard. Shortcuts that belong to a page work while that page is open.</source>
            <translation>Todo en Companion se puede hacer con el teclado. Los atajos de una página funcionan mientras esa página está abierta.</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>Teclas</translation>
        </message>
        <message>
            <source>What it does</source>
            <translation>Qué hace</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>Anywhere</source>
            <translation>En cualquier lugar</translation>
        </message>
        <message>
            <source>Go to %1</source>
            <translation>Ir a %1</translation>
        </message>
        <message>
            <source>Moving around</source>
            <translation>Moverse</translation>
        </message>
        <message>
            <source>Quick exit: hide Companion at once</source>
            <translation>Salida rápida: ocultar Companion al instante</translation>
        </message>
        <message>
            <source>Shift, three times</source>
            <translation>Mayús, tres veces</translation>
        </message>
    </context>
    <context>
        <name>StrengthMeter</name>
        <message>
            <source>At least 8 characters, please. A few unrelated words work well.</source>
            <translation>Al menos 8 caracteres, por favor. Unas cuantas palabras sin relación entre sí funcionan bien.</translation>
        </message>
        <message>
            <source>Weak: easy to guess. Try adding a few more words.</source>
            <translation>Débil: fácil de adivinar. Prueba a añadir algunas palabras más.</translation>
        </message>
        <message>
            <source>Fair. A longer phrase would be stronger.</source>
            <translation>Aceptable. Una frase más larga sería más fuerte.</translation>
        </message>
        <message>
            <source>Strong.</source>
            <translation>Fuerte.</translation>
        </message>
        <message>
            <source>Very strong.</source>
            <translation>Muy fuerte.</translation>
        </message>
        <message>
            <source>A few unrelated words are easy to remember and hard to guess.</source>
            <translation>Unas cuantas palabras sin relación entre sí son fáciles de recordar y difíciles de adivinar.</translation>
        </message>
        <message>
            <source>Passphrase strength</source>
            <translation>Fuerza de la frase de contraseña</translation>
        </message>
    </context>
    <context>
        <name>StrengthsWidget</name>
        <message>
            <source>My strengths</source>
            <translation>Mis fortalezas</translation>
        </message>
        <message>
            <source>Things you're good at, and qualities that have carried you. Add one whenever it comes to mind.</source>
            <translation>Cosas que se te dan bien y cualidades que te han sostenido. Añade una cuando te venga a la mente.</translation>
        </message>
        <message>
            <source>A strength</source>
            <translation>Una fortaleza</translation>
        </message>
        <message>
            <source>e.g. I keep going, even when it's slow</source>
            <translation>p. ej., sigo adelante, aunque sea despacio</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Añadir</translation>
        </message>
        <message>
            <source>Add this strength</source>
            <translation>Añadir esta fortaleza</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <source>Remove the chosen strength</source>
            <translation>Quitar la fortaleza elegida</translation>
        </message>
        <message>
            <source>Small wins</source>
            <translation>Pequeños logros</translation>
        </message>
        <message>
            <source>Look back</source>
            <translation>Mirar atrás</translation>
        </message>
        <message>
            <source>Look back over small wins</source>
            <translation>Mirar atrás a los pequeños logros</translation>
        </message>
        <message>
            <source>One line and a date. Small counts.</source>
            <translation>Una línea y una fecha. Lo pequeño cuenta.</translation>
        </message>
        <message>
            <source>A small win</source>
            <translation>Un pequeño logro</translation>
        </message>
        <message>
            <source>e.g. Went to the shop and stayed as long as I needed</source>
            <translation>p. ej., fui a la tienda y me quedé el tiempo que necesité</translation>
        </message>
        <message>
            <source>Date of the small win</source>
            <translation>Fecha del pequeño logro</translation>
        </message>
        <message>
            <source>Add this small win</source>
            <translation>Añadir este pequeño logro</translation>
        </message>
        <message>
            <source>Looking back over small wins</source>
            <translation>Mirando atrás a los pequeños logros</translation>
        </message>
        <message>
            <source>Remove the chosen small win</source>
            <translation>Quitar el pequeño logro elegido</translation>
        </message>
        <message>
            <source>Strengths status</source>
            <translation>Estado de las fortalezas</translation>
        </message>
        <message>
            <source>Added.</source>
            <translation>Añadido.</translation>
        </message>
        <message>
            <source>Choose one in the list first.</source>
            <translation>Elige primero uno de la lista.</translation>
        </message>
        <message>
            <source>Removed.</source>
            <translation>Quitado.</translation>
        </message>
        <message>
            <source>Back to the list</source>
            <translation>Volver a la lista</translation>
        </message>
        <message>
            <source>Back to the list of small wins</source>
            <translation>Volver a la lista de pequeños logros</translation>
        </message>
        <message>
            <source>That did not work.</source>
            <translation>Eso no ha funcionado.</translation>
        </message>
    </context>
    <context>
        <name>SupportLinesWidget</name>
        <message>
            <source>Check the number where you live.</source>
            <translation>Comprueba el número donde vives.</translation>
        </message>
        <message>
            <source>Numbers and services change. Companion only lists these numbers: it never dials them, opens a website or checks them online.</source>
            <translation>Los números y los servicios cambian. Companion solo muestra estos números: nunca los marca, ni abre una web, ni los comprueba en internet.</translation>
        </message>
        <message>
            <source>Support lines</source>
            <translation>Líneas de apoyo</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>País</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Dónde</translation>
        </message>
        <message>
            <source>Add to my coping plan</source>
            <translation>Añadir a mi plan</translation>
        </message>
        <message>
            <source>Add the chosen line to my coping plan</source>
            <translation>Añadir la línea elegida a mi plan para momentos difíciles</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <source>Remove the chosen line that you added</source>
            <translation>Quitar la línea elegida que añadiste</translation>
        </message>
        <message>
            <source>Add a line you use</source>
            <translation>Añadir una línea que uses</translation>
        </message>
        <message>
            <source>For a local service, or a number that has changed. Kept in your journal.</source>
            <translation>Para un servicio local, o un número que ha cambiado. Se guarda en tu diario.</translation>
        </message>
        <message>
            <source>Name of the line</source>
            <translation>Nombre de la línea</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Número</translation>
        </message>
        <message>
            <source>What it is for (optional)</source>
            <translation>Para qué es (opcional)</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>For</source>
            <translation>Para</translation>
        </message>
        <message>
            <source>Add line</source>
            <translation>Añadir línea</translation>
        </message>
        <message>
            <source>Add this support line</source>
            <translation>Añadir esta línea de apoyo</translation>
        </message>
        <message>
            <source>Support lines status</source>
            <translation>Estado de las líneas de apoyo</translation>
        </message>
        <message>
            <source>Numbers and services change; this list was last checked in %1. Companion only lists these numbers: it never dials them, opens a website or checks them online.</source>
            <translation>Los números y los servicios cambian; esta lista se comprobó por última vez en %1. Companion solo muestra estos números: nunca los marca, ni abre una web, ni los comprueba en internet.</translation>
        </message>
        <message>
            <source>Only lines I added</source>
            <translation>Solo las líneas que añadí</translation>
        </message>
        <message>
            <source>A name and a number are enough.</source>
            <translation>Bastan un nombre y un número.</translation>
        </message>
        <message>
            <source>Please write the line as text; links are not kept.</source>
            <translation>Escribe la línea como texto, por favor; los enlaces no se guardan.</translation>
        </message>
        <message>
            <source>That is as many lines as the list keeps.</source>
            <translation>La lista no guarda más líneas.</translation>
        </message>
        <message>
            <source>Added.</source>
            <translation>Añadido.</translation>
        </message>
        <message>
            <source>Removed.</source>
            <translation>Quitado.</translation>
        </message>
        <message>
            <source>Added to your coping plan.</source>
            <translation>Añadida a tu plan para momentos difíciles.</translation>
        </message>
        <message>
            <source>The support line list could not be read.</source>
            <translation>No se pudo leer la lista de líneas de apoyo.</translation>
        </message>
    </context>
    <context>
        <name>ToolkitPage</name>
        <message>
            <source>Toolkit parts</source>
            <translation>Partes de Recursos</translation>
        </message>
        <message>
            <source>Trigger log</source>
            <translation>Registro de detonantes</translation>
        </message>
        <message>
            <source>Strengths and wins</source>
            <translation>Fortalezas y logros</translation>
        </message>
        <message>
            <source>My people</source>
            <translation>Mi gente</translation>
        </message>
        <message>
            <source>Coping plan</source>
            <translation>Plan para momentos difíciles</translation>
        </message>
        <message>
            <source>Support lines</source>
            <translation>Líneas de apoyo</translation>
        </message>
        <message>
            <source>Prompts</source>
            <translation>Sugerencias</translation>
        </message>
        <message>
            <source>Choices</source>
            <translation>Preferencias</translation>
        </message>
    </context>
    <context>
        <name>TriggerLog</name>
        <message>
            <source>A few words are enough.</source>
            <translation>Bastan unas palabras.</translation>
        </message>
        <message>
            <source>Anything counts, including getting through it.</source>
            <translation>Todo cuenta, también haberlo atravesado.</translation>
        </message>
        <message>
            <source>Even a little.</source>
            <translation>Aunque sea un poco.</translation>
        </message>
        <message>
            <source>Only if something comes to mind.</source>
            <translation>Solo si se te ocurre algo.</translation>
        </message>
        <message>
            <source>What I did</source>
            <translation>Lo que hice</translation>
        </message>
        <message>
            <source>What I might try next time</source>
            <translation>Lo que podría probar la próxima vez</translation>
        </message>
        <message>
            <source>What I noticed in my body</source>
            <translation>Lo que noté en el cuerpo</translation>
        </message>
        <message>
            <source>What I noticed in my mind</source>
            <translation>Lo que noté en la mente</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>Lo que pasó</translation>
        </message>
        <message>
            <source>What helped</source>
            <translation>Lo que ayudó</translation>
        </message>
        <message>
            <source>e.g. racing thoughts, a memory, going blank</source>
            <translation>p. ej., pensamientos acelerados, un recuerdo, quedarme en blanco</translation>
        </message>
        <message>
            <source>e.g. tight chest, shaky hands, far away</source>
            <translation>p. ej., el pecho apretado, las manos temblorosas, sensación de lejanía</translation>
        </message>
    </context>
    <context>
        <name>TriggerLogWidget</name>
        <message>
            <source>Trigger and coping log</source>
            <translation>Registro de detonantes y afrontamiento</translation>
        </message>
        <message>
            <source>Write only the parts you want to. It is kept in your journal, tagged “trigger log”, so search finds it with everything else.</source>
            <translation>Escribe solo las partes que quieras. Se guarda en tu diario con la etiqueta «trigger log», así la búsqueda lo encuentra junto con todo lo demás.</translation>
        </message>
        <message>
            <source>When it happened</source>
            <translation>Cuándo pasó</translation>
        </message>
        <message>
            <source>Intensity, 0 to 10 (optional)</source>
            <translation>Intensidad, de 0 a 10 (opcional)</translation>
        </message>
        <message>
            <source>0 barely</source>
            <translation>0 apenas</translation>
        </message>
        <message>
            <source>10 overwhelming</source>
            <translation>10 abrumadora</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Cuándo</translation>
        </message>
        <message>
            <source>Intensity</source>
            <translation>Intensidad</translation>
        </message>
        <message>
            <source>Save log</source>
            <translation>Guardar registro</translation>
        </message>
        <message>
            <source>Save this log</source>
            <translation>Guardar este registro</translation>
        </message>
        <message>
            <source>Start a new log</source>
            <translation>Empezar un registro nuevo</translation>
        </message>
        <message>
            <source>Stop editing and start a new log</source>
            <translation>Dejar de editar y empezar un registro nuevo</translation>
        </message>
        <message>
            <source>Log status</source>
            <translation>Estado del registro</translation>
        </message>
        <message>
            <source>Earlier logs</source>
            <translation>Registros anteriores</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>Editar</translation>
        </message>
        <message>
            <source>Edit the chosen log</source>
            <translation>Editar el registro elegido</translation>
        </message>
        <message>
            <source>Open in the journal</source>
            <translation>Abrir en el diario</translation>
        </message>
        <message>
            <source>Open the chosen log in the journal</source>
            <translation>Abrir en el diario el registro elegido</translation>
        </message>
        <message>
            <source>Saved in your journal.</source>
            <translation>Guardado en tu diario.</translation>
        </message>
        <message>
            <source>Changes saved.</source>
            <translation>Cambios guardados.</translation>
        </message>
        <message>
            <source>Editing a log</source>
            <translation>Editando un registro</translation>
        </message>
        <message>
            <source>Save changes</source>
            <translation>Guardar cambios</translation>
        </message>
        <message>
            <source>That did not work.</source>
            <translation>Eso no ha funcionado.</translation>
        </message>
    </context>
    <context>
        <name>UnlockPage</name>
        <message>
            <source>Enter your passphrase to open your journal.</source>
            <translation>Escribe tu frase de contraseña para abrir tu diario.</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Frase de contraseña</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Mensaje</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>Desbloquear</translation>
        </message>
        <message>
            <source>Open with this device's keychain</source>
            <translation>Abrir con el llavero de este dispositivo</translation>
        </message>
        <message>
            <source>Use recovery code instead</source>
            <translation>Usar el código de recuperación</translation>
        </message>
        <message>
            <source>Enter your recovery code. Dashes and spaces do not matter.</source>
            <translation>Escribe tu código de recuperación. Los guiones y los espacios no importan.</translation>
        </message>
        <message>
            <source>Recovery code</source>
            <translation>Código de recuperación</translation>
        </message>
        <message>
            <source>Use passphrase instead</source>
            <translation>Usar la frase de contraseña</translation>
        </message>
        <message>
            <source>Please enter your recovery code.</source>
            <translation>Escribe tu código de recuperación, por favor.</translation>
        </message>
        <message>
            <source>Please enter your passphrase.</source>
            <translation>Escribe tu frase de contraseña, por favor.</translation>
        </message>
        <message>
            <source>Unlocking…</source>
            <translation>Desbloqueando…</translation>
        </message>
        <message>
            <source>The journal could not be opened.</source>
            <translation>No se pudo abrir el diario.</translation>
        </message>
    </context>
    <context>
        <name>YourDataSection</name>
        <message>
            <source>Your data</source>
            <translation>Tus datos</translation>
        </message>
        <message>
            <source>Your journal is yours: take all of it elsewhere, or bring in the journal you kept before.</source>
            <translation>Tu diario es tuyo: llévatelo entero a otro sitio, o trae el diario que llevabas antes.</translation>
        </message>
        <message>
            <source>Export everything</source>
            <translation>Exportarlo todo</translation>
        </message>
        <message>
            <source>This makes a copy of every entry that is NOT encrypted. Anyone who can open the file or folder can read all of it, and a synced folder may copy it off this device. Keep it somewhere only you can reach, and delete it when you no longer need it.</source>
            <translation>Esto crea una copia de todas las entradas que NO está cifrada. Cualquiera que pueda abrir el archivo o la carpeta puede leerlo todo, y una carpeta sincronizada podría copiarlo fuera de este dispositivo. Guárdala donde solo tú puedas llegar, y bórrala cuando ya no la necesites.</translation>
        </message>
        <message>
            <source>Export format</source>
            <translation>Formato de exportación</translation>
        </message>
        <message>
            <source>One JSON file (Companion can read it back)</source>
            <translation>Un archivo JSON (Companion puede volver a leerlo)</translation>
        </message>
        <message>
            <source>A folder of Markdown files, one per entry</source>
            <translation>Una carpeta de archivos Markdown, uno por entrada</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>Formato</translation>
        </message>
        <message>
            <source>Where to write the export</source>
            <translation>Dónde escribir la exportación</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Elegir…</translation>
        </message>
        <message>
            <source>Choose where to write the export</source>
            <translation>Elegir dónde escribir la exportación</translation>
        </message>
        <message>
            <source>Save to</source>
            <translation>Guardar en</translation>
        </message>
        <message>
            <source>Keep it out of the system's list of recent files</source>
            <translation>Dejarla fuera de la lista de archivos recientes del sistema</translation>
        </message>
        <message>
            <source>Keep the export out of the system's list of recent files</source>
            <translation>Dejar la exportación fuera de la lista de archivos recientes del sistema</translation>
        </message>
        <message>
            <source>Uses Companion's own file dialog instead of the system's</source>
            <translation>Usa el selector de archivos de Companion en lugar del del sistema</translation>
        </message>
        <message>
            <source>I understand this copy is not encrypted</source>
            <translation>Entiendo que esta copia no está cifrada</translation>
        </message>
        <message>
            <source>Export everything, unencrypted</source>
            <translation>Exportarlo todo, sin cifrar</translation>
        </message>
        <message>
            <source>Export: result</source>
            <translation>Exportar: resultado</translation>
        </message>
        <message>
            <source>Bring in another journal</source>
            <translation>Traer otro diario</translation>
        </message>
        <message>
            <source>Everything comes in, or nothing does: a damaged file changes nothing. Entries already in your journal are skipped.</source>
            <translation>Entra todo o no entra nada: un archivo dañado no cambia nada. Las entradas que ya están en tu diario se saltan.</translation>
        </message>
        <message>
            <source>Import from</source>
            <translation>Importar desde</translation>
        </message>
        <message>
            <source>jrnl (its text journal, or its JSON export)</source>
            <translation>jrnl (su diario de texto, o su exportación JSON)</translation>
        </message>
        <message>
            <source>Day One (its JSON export, zip or .json)</source>
            <translation>Day One (su exportación JSON, zip o .json)</translation>
        </message>
        <message>
            <source>A folder of Markdown files</source>
            <translation>Una carpeta de archivos Markdown</translation>
        </message>
        <message>
            <source>A Companion JSON export</source>
            <translation>Una exportación JSON de Companion</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Desde</translation>
        </message>
        <message>
            <source>File or folder to import</source>
            <translation>Archivo o carpeta que importar</translation>
        </message>
        <message>
            <source>Choose what to import</source>
            <translation>Elegir qué importar</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Archivo</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Importar</translation>
        </message>
        <message>
            <source>Import into my journal</source>
            <translation>Importar a mi diario</translation>
        </message>
        <message>
            <source>Import: result</source>
            <translation>Importar: resultado</translation>
        </message>
        <message>
            <source>What was not imported, and why</source>
            <translation>Lo que no se importó, y por qué</translation>
        </message>
        <message>
            <source>Export everything to</source>
            <translation>Exportarlo todo a</translation>
        </message>
        <message>
            <source>JSON (*.json)</source>
            <translation>JSON (*.json)</translation>
        </message>
        <message>
            <source>This folder looks like it is synced by %1, so the unencrypted copy may be copied off this device.</source>
            <translation>Parece que %1 sincroniza esta carpeta, así que la copia sin cifrar podría copiarse fuera de este dispositivo.</translation>
        </message>
        <message>
            <source>Please tick “I understand this copy is not encrypted” first.</source>
            <translation>Marca primero «Entiendo que esta copia no está cifrada», por favor.</translation>
        </message>
        <message>
            <source>Please choose where to write the export.</source>
            <translation>Elige dónde escribir la exportación, por favor.</translation>
        </message>
        <message>
            <source>Writing the export…</source>
            <translation>Escribiendo la exportación…</translation>
        </message>
        <message>
            <source>Wrote %1 entries, unencrypted, to %2. Keep it somewhere safe.</source>
            <translation>Se escribieron %1 entradas, sin cifrar, en %2. Guárdalas en un lugar seguro.</translation>
        </message>
        <message>
            <source>The export could not be written; nothing was saved.</source>
            <translation>No se pudo escribir la exportación; no se ha guardado nada.</translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>Importando…</translation>
        </message>
        <message>
            <source>That could not be imported; nothing was added.</source>
            <translation>Eso no se pudo importar; no se ha añadido nada.</translation>
        </message>
        <message>
            <source>Imported 1 entry.</source>
            <translation>Se importó 1 entrada.</translation>
        </message>
        <message>
            <source>Imported %1 entries.</source>
            <translation>Se importaron %1 entradas.</translation>
        </message>
        <message>
            <source>1 was already in your journal and was skipped.</source>
            <translation>1 ya estaba en tu diario y se saltó.</translation>
        </message>
        <message>
            <source>%1 were already in your journal and were skipped.</source>
            <translation>%1 ya estaban en tu diario y se saltaron.</translation>
        </message>
        <message>
            <source>Some things were not imported; they are listed below.</source>
            <translation>Algunas cosas no se importaron; aparecen abajo.</translation>
        </message>
    </context>
</TS>
