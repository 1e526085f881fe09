"""Translations (fr, es, ru, ar, zh) of issue 16's interface text: Preferences > Text size, the message for a
language whose catalogue is not installed, a bundle's import summary, and the two labels of Qt's own file dialog
that Qt's catalogues lack ("&Look in:", "Files of &type:"; their older forms without the & are translated).
Inserted with tools/ts_insert.py (on main; this branch inserted them with the same rules: each entry at the end of
its context, a new context in alphabetical order, English unfinished)."""

T = {}


def add(context: str, source: str, fr: str, es: str, ru: str, ar: str, zh: str) -> None:
    T[(context, source)] = {"fr": fr, "es": es, "ru": ru, "ar": ar, "zh": zh}


C = "PreferencesDialog"
add(C, "Te&xt size:", "Taille du te&xte :", "Tamaño del te&xto:", "Размер т&екста:", "حجم ال&نص:", "文字大小(&X)：")
add(C, "Text size", "Taille du texte", "Tamaño del texto", "Размер текста", "حجم النص", "文字大小")
add(C, "%1 %", "%1 %", "%1 %", "%1 %", "%1٪", "%1%")

C = "Translations"
add(C, "The translation into %1 is not installed with this FieldDesk (%2 is missing), so the interface stays in "
       "English. Reinstall FieldDesk, or run `make translations` in a source checkout.",
    "La traduction en %1 n’est pas installée avec ce FieldDesk (%2 manque) : l’interface reste en anglais. "
    "Réinstallez FieldDesk, ou lancez `make translations` dans une copie des sources.",
    "La traducción al %1 no está instalada con este FieldDesk (falta %2), así que la interfaz sigue en inglés. "
    "Vuelva a instalar FieldDesk, o ejecute `make translations` en una copia del código fuente.",
    "Перевод на %1 не установлен с этой копией FieldDesk (нет файла %2), поэтому интерфейс остаётся на английском. "
    "Переустановите FieldDesk или выполните `make translations` в копии исходного кода.",
    "الترجمة إلى %1 غير مثبتة مع FieldDesk هذا (الملف %2 مفقود)، لذا تبقى الواجهة بالإنجليزية. أعد تثبيت "
    "FieldDesk، أو شغّل `make translations` في نسخة الشيفرة المصدرية.",
    "此 FieldDesk 未安装%1翻译（缺少 %2），因此界面仍为英文。请重新安装 FieldDesk，或在源代码副本中运行 "
    "`make translations`。")

C = "ImportSummary"
add(C, "This bundle was imported before; nothing was changed.",
    "Ce paquet a déjà été importé ; rien n’a été modifié.",
    "Este paquete ya se importó antes; no se cambió nada.",
    "Этот пакет уже был импортирован; ничего не изменено.",
    "استُورِدت هذه الحزمة من قبل؛ لم يتغير شيء.",
    "此数据包之前已导入；未做任何更改。")
add(C, "A later bundle from %1 has already brought these changes; nothing was changed.",
    "Un paquet plus récent de %1 a déjà apporté ces modifications ; rien n’a été modifié.",
    "Un paquete posterior de %1 ya trajo estos cambios; no se cambió nada.",
    "Более поздний пакет от %1 уже принёс эти изменения; ничего не изменено.",
    "حزمة لاحقة من %1 جلبت هذه التغييرات بالفعل؛ لم يتغير شيء.",
    "来自 %1 的较新数据包已带来这些更改；未做任何更改。")
add(C, "Bundle no. %1 from %2 applied.",
    "Paquet n° %1 de %2 appliqué.",
    "Paquete n.º %1 de %2 aplicado.",
    "Пакет № %1 от %2 применён.",
    "طُبِّقت الحزمة رقم %1 من %2.",
    "已应用来自 %2 的第 %1 号数据包。")
add(C, "New records: %1", "Nouveaux enregistrements : %1", "Registros nuevos: %1", "Новых записей: %1",
    "سجلات جديدة: %1", "新记录：%1")
add(C, "Updated records: %1", "Enregistrements mis à jour : %1", "Registros actualizados: %1",
    "Обновлённых записей: %1", "سجلات محدَّثة: %1", "已更新记录：%1")
add(C, "Already up to date: %1", "Déjà à jour : %1", "Ya al día: %1", "Уже актуальных: %1", "محدَّثة من قبل: %1",
    "已是最新：%1")
add(C, "Conflicts to review (Sync page, Conflicts): %1",
    "Conflits à examiner (page Synchronisation, Conflits) : %1",
    "Conflictos por revisar (página Sincronización, Conflictos): %1",
    "Конфликтов для проверки (страница «Синхронизация», «Конфликты»): %1",
    "تعارضات للمراجعة (صفحة المزامنة، التعارضات): %1",
    "待审核的冲突（“同步”页面，“冲突”）：%1")
add(C, "Changes refused and kept for review: %1",
    "Modifications refusées et gardées pour examen : %1",
    "Cambios rechazados y guardados para revisión: %1",
    "Отклонённых изменений, сохранённых для проверки: %1",
    "تغييرات مرفوضة ومحفوظة للمراجعة: %1",
    "被拒绝并留待审核的更改：%1")

C = "QFileDialog"
add(C, "&Look in:", "&Voir dans :", "&Ver en:", "&Перейти к:", "ا&عثر في:", "查找范围(&L)：")
add(C, "Files of &type:", "Fichiers de &type :", "Ficheros de &tipo:", "&Типы файлов:", "الملفّات من ال&نّوع:",
    "文件类型(&T)：")

TEXTS = T
