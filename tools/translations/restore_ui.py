"""Translations of what a restore means for sync (the Shell's message after a backup is restored)."""

T = {}


def add(context: str, source: str, fr: str, es: str, ru: str, ar: str, zh: str) -> None:
    T[(context, source)] = {"fr": fr, "es": es, "ru": ru, "ar": ar, "zh": zh}


C = "Shell"
add(C, "Sync: this profile starts a new sync incarnation, so its next bundle is not mistaken for one sent before.",
    "Synchronisation : ce profil commence une nouvelle incarnation de synchronisation ; son prochain lot ne sera pas "
    "confondu avec un lot envoyé auparavant.",
    "Sincronización: este perfil inicia una nueva encarnación de sincronización, para que su próximo paquete no se "
    "confunda con uno enviado antes.",
    "Синхронизация: этот профиль начинает новое воплощение синхронизации, чтобы его следующий пакет не был принят за "
    "отправленный ранее.",
    "المزامنة: يبدأ هذا الملف الشخصي تجسّدًا جديدًا للمزامنة، حتى لا تُعدّ حزمته التالية حزمةً أُرسلت من قبل.",
    "同步：此配置文件开始新的同步化身，因此其下一个数据包不会被误认为以前发送过的数据包。")
add(C, "Changes made here after this backup that headquarters had already received: %1. They come back with the next "
       "bundle from headquarters.",
    "Modifications faites ici après cette sauvegarde et déjà reçues par le siège : %1. Elles reviendront avec le "
    "prochain lot du siège.",
    "Cambios hechos aquí después de esta copia que la sede ya había recibido: %1. Volverán con el próximo paquete de "
    "la sede.",
    "Изменения, сделанные здесь после этой резервной копии и уже полученные штаб-квартирой: %1. Они вернутся со "
    "следующим пакетом из штаб-квартиры.",
    "التغييرات التي أُجريت هنا بعد هذه النسخة الاحتياطية وكان المقر قد استلمها: %1. ستعود مع الحزمة التالية من المقر.",
    "此备份之后在此处所做、总部已收到的更改：%1。它们将随总部的下一个数据包返回。")
add(C, "Changes made here after this backup that headquarters had not acknowledged: %1. They are kept in the backup "
       "made before the restore, and come back if a bundle that carries them still reaches headquarters.",
    "Modifications faites ici après cette sauvegarde et non confirmées par le siège : %1. Elles sont conservées dans "
    "la sauvegarde faite avant la restauration, et reviendront si un lot qui les contient parvient encore au siège.",
    "Cambios hechos aquí después de esta copia que la sede no había confirmado: %1. Se conservan en la copia hecha "
    "antes de la restauración y volverán si un paquete que los contiene todavía llega a la sede.",
    "Изменения, сделанные здесь после этой резервной копии и не подтверждённые штаб-квартирой: %1. Они сохранены в "
    "резервной копии, сделанной перед восстановлением, и вернутся, если пакет с ними всё же дойдёт до штаб-квартиры.",
    "التغييرات التي أُجريت هنا بعد هذه النسخة الاحتياطية ولم يؤكد المقر استلامها: %1. إنها محفوظة في النسخة "
    "الاحتياطية التي أُنشئت قبل الاستعادة، وستعود إذا وصلت إلى المقر حزمةٌ تحملها.",
    "此备份之后在此处所做、总部尚未确认的更改：%1。它们保存在恢复前所做的备份中；如果载有它们的数据包仍送达总部，它们将会返回。")
add(C, "Changes in this backup not yet acknowledged, sent with the next bundle: %1.",
    "Modifications de cette sauvegarde pas encore confirmées, envoyées avec le prochain lot : %1.",
    "Cambios de esta copia aún no confirmados, que se enviarán con el próximo paquete: %1.",
    "Изменения в этой резервной копии, ещё не подтверждённые и отправляемые со следующим пакетом: %1.",
    "تغييرات في هذه النسخة الاحتياطية لم يُؤكَّد استلامها بعد، وستُرسل مع الحزمة التالية: %1.",
    "此备份中尚未确认、将随下一个数据包发送的更改：%1。")

TEXTS = T
