"""What ``fielddesk clock repair`` says, in the six languages (``problem.clock.repair*``). How far the sync clock ran
ahead is a parameter in milliseconds (``gap``), written as a duration in the reader's language by Babel
(``app.vocabulary.problems.duration_text``); ``kept`` is another problem (or nothing), rendered in the same
language. Clock readings (``clock``, ``clock_before``, ``clock_after``) are ISO 8601, as the command line has always
printed them."""

from app.vocabulary.plurals import plural

REPAIR_WORDS = {
    "en": {
        "problem.clock.repair_nothing": "This site's sync clock ({clock}) is not ahead of this computer's time; nothing to repair.",
        "problem.clock.repaired": plural(one='The sync clock was {gap} ahead ({clock_before}). Re-stamped {count} unsent change with the present time and set the clock to {clock_after}.{kept}', other='The sync clock was {gap} ahead ({clock_before}). Re-stamped {count} unsent changes with the present time, in their order, and set the clock to {clock_after}.{kept}'),
        "problem.clock.would_repair": plural(one='The sync clock was {gap} ahead ({clock_before}). Would re-stamp {count} unsent change with the present time and would set the clock to {clock_after}.{kept}', other='The sync clock was {gap} ahead ({clock_before}). Would re-stamp {count} unsent changes with the present time, in their order, and would set the clock to {clock_after}.{kept}'),
        "problem.clock.repair_kept": plural(one=' {count} change already acknowledged by a peer keeps its stamp (other sites hold it so); later edits of that record are stamped after it.', other=' {count} changes already acknowledged by a peer keep their stamps (other sites hold them so); later edits of those records are stamped after them.'),
    },
    "fr": {
        "problem.clock.repair_nothing": "L’horloge de synchronisation de ce site ({clock}) n’est pas en avance sur l’heure de cet ordinateur ; rien à réparer.",
        "problem.clock.repaired": plural(one='L’horloge de synchronisation avançait de {gap} ({clock_before}). {count} modification non envoyée a reçu l’heure présente, et l’horloge a été mise à {clock_after}.{kept}', other='L’horloge de synchronisation avançait de {gap} ({clock_before}). {count} modifications non envoyées ont reçu l’heure présente, dans leur ordre, et l’horloge a été mise à {clock_after}.{kept}'),
        "problem.clock.would_repair": plural(one='L’horloge de synchronisation avance de {gap} ({clock_before}). {count} modification non envoyée recevrait l’heure présente, et l’horloge serait mise à {clock_after}.{kept}', other='L’horloge de synchronisation avance de {gap} ({clock_before}). {count} modifications non envoyées recevraient l’heure présente, dans leur ordre, et l’horloge serait mise à {clock_after}.{kept}'),
        "problem.clock.repair_kept": plural(one=' {count} modification déjà reçue par un pair garde son horodatage (d’autres sites la détiennent ainsi) ; les modifications ultérieures de cet enregistrement sont datées après elle.', other=' {count} modifications déjà reçues par un pair gardent leur horodatage (d’autres sites les détiennent ainsi) ; les modifications ultérieures de ces enregistrements sont datées après elles.'),
    },
    "es": {
        "problem.clock.repair_nothing": "El reloj de sincronización de este sitio ({clock}) no va adelantado respecto a la hora de este ordenador; no hay nada que reparar.",
        "problem.clock.repaired": plural(one='El reloj de sincronización iba {gap} adelantado ({clock_before}). Se volvió a fechar {count} cambio no enviado con la hora actual y el reloj se puso en {clock_after}.{kept}', other='El reloj de sincronización iba {gap} adelantado ({clock_before}). Se volvieron a fechar {count} cambios no enviados con la hora actual, en su orden, y el reloj se puso en {clock_after}.{kept}'),
        "problem.clock.would_repair": plural(one='El reloj de sincronización va {gap} adelantado ({clock_before}). Se volvería a fechar {count} cambio no enviado con la hora actual y el reloj se pondría en {clock_after}.{kept}', other='El reloj de sincronización va {gap} adelantado ({clock_before}). Se volverían a fechar {count} cambios no enviados con la hora actual, en su orden, y el reloj se pondría en {clock_after}.{kept}'),
        "problem.clock.repair_kept": plural(one=' {count} cambio ya confirmado por otro sitio conserva su marca de tiempo (otros sitios lo tienen así); las ediciones posteriores de ese registro se fechan después de él.', other=' {count} cambios ya confirmados por otro sitio conservan su marca de tiempo (otros sitios los tienen así); las ediciones posteriores de esos registros se fechan después de ellos.'),
    },
    "ru": {
        "problem.clock.repair_nothing": "Часы синхронизации этого узла ({clock}) не опережают время этого компьютера; исправлять нечего.",
        "problem.clock.repaired": "Часы синхронизации опережали время на {gap} ({clock_before}). Неотправленным изменениям ({count}) присвоено текущее время с сохранением порядка, часы установлены на {clock_after}.{kept}",
        "problem.clock.would_repair": "Часы синхронизации опережают время на {gap} ({clock_before}). Неотправленным изменениям ({count}) было бы присвоено текущее время с сохранением порядка, часы были бы установлены на {clock_after}.{kept}",
        "problem.clock.repair_kept": " Изменения, уже подтверждённые другим узлом ({count}), сохраняют свои отметки времени (так они хранятся на других узлах); последующие правки этих записей получают более поздние отметки.",
    },
    "ar": {
        "problem.clock.repair_nothing": "ساعة المزامنة في هذا الموقع ({clock}) ليست متقدمة على وقت هذا الحاسوب؛ لا شيء يحتاج إلى إصلاح.",
        "problem.clock.repaired": "كانت ساعة المزامنة متقدمة بمقدار {gap} ({clock_before}). أُعيد ختم التغييرات غير المرسلة ({count}) بالوقت الحالي، بترتيبها، وضُبطت الساعة على {clock_after}.{kept}",
        "problem.clock.would_repair": "ساعة المزامنة متقدمة بمقدار {gap} ({clock_before}). سيُعاد ختم التغييرات غير المرسلة ({count}) بالوقت الحالي، بترتيبها، وستُضبط الساعة على {clock_after}.{kept}",
        "problem.clock.repair_kept": " التغييرات التي أكدها موقع آخر ({count}) تحتفظ بأختامها الزمنية (كذلك تحفظها المواقع الأخرى)؛ وتُختم التعديلات اللاحقة على تلك السجلات بعدها.",
    },
    "zh": {
        "problem.clock.repair_nothing": "本站点的同步时钟（{clock}）没有快于这台电脑的时间；无需修复。",
        "problem.clock.repaired": "同步时钟曾快了 {gap}（{clock_before}）。已按原顺序用当前时间重新标记 {count} 项未发送的更改，并将时钟设为 {clock_after}。{kept}",
        "problem.clock.would_repair": "同步时钟快了 {gap}（{clock_before}）。将按原顺序用当前时间重新标记 {count} 项未发送的更改，并将时钟设为 {clock_after}。{kept}",
        "problem.clock.repair_kept": "{count} 项已被其他站点确认的更改保留其时间戳（其他站点以此保存）；这些记录此后的编辑将标记在其之后。",
    },
}
