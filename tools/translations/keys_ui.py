"""Translations of the grids, the keyboard shortcuts list and the office's usual training language (fr, es, ru, ar,
zh), and one corrected mnemonic (Arabic Help, which shared File's letter). Inserted with tools/ts_insert.py."""

T = {}


def add(context: str, source: str, fr: str, es: str, ru: str, ar: str, zh: str) -> None:
    T[(context, source)] = {"fr": fr, "es": es, "ru": ru, "ar": ar, "zh": zh}


add("Grid", "Type a whole number from %1 to %2.", "Tapez un nombre entier de %1 à %2.",
    "Escriba un número entero de %1 a %2.", "Введите целое число от %1 до %2.", "اكتب عددًا صحيحًا من %1 إلى %2.",
    "请输入 %1 至 %2 之间的整数。")
add("Grid", "Type a number from %1 to %2.", "Tapez un nombre de %1 à %2.", "Escriba un número de %1 a %2.",
    "Введите число от %1 до %2.", "اكتب عددًا من %1 إلى %2.", "请输入 %1 至 %2 之间的数字。")
add("WindowActions", "&Keyboard shortcuts", "&Raccourcis clavier", "Atajos de &teclado", "&Сочетания клавиш",
    "اختصارات &لوحة المفاتيح", "键盘快捷键(&K)")
add("WindowActions", "Keyboard shortcuts", "Raccourcis clavier", "Atajos de teclado", "Сочетания клавиш",
    "اختصارات لوحة المفاتيح", "键盘快捷键")
add("ShortcutsDialog", "Keyboard shortcuts", "Raccourcis clavier", "Atajos de teclado", "Сочетания клавиш",
    "اختصارات لوحة المفاتيح", "键盘快捷键")
add("Shortcuts", "Go to the pages of the side bar, in order", "Aller aux pages de la barre latérale, dans l’ordre",
    "Ir a las páginas de la barra lateral, en orden", "Перейти к разделам боковой панели по порядку",
    "الانتقال إلى صفحات الشريط الجانبي بالترتيب", "按顺序转到侧栏中的页面")
add("Shortcuts", "Next or previous field (from a list to its editor and back)",
    "Champ suivant ou précédent (d’une liste à sa fiche et retour)",
    "Campo siguiente o anterior (de una lista a su ficha y de vuelta)",
    "Следующее или предыдущее поле (из списка в карточку и обратно)",
    "الحقل التالي أو السابق (من القائمة إلى محررها والعودة)", "下一个或上一个字段（从列表到编辑区，再返回）")
add("Shortcuts", "Close a dialog without saving; in a grid, cancel the cell being typed",
    "Fermer une boîte de dialogue sans enregistrer ; dans une grille, annuler la case en cours de saisie",
    "Cerrar un cuadro de diálogo sin guardar; en una cuadrícula, cancelar la celda que se escribe",
    "Закрыть окно без сохранения; в таблице — отменить ввод в ячейку",
    "إغلاق مربع حوار دون حفظ؛ وفي الجدول، إلغاء الخلية الجاري كتابتها",
    "关闭对话框而不保存；在表格中取消正在输入的单元格")
add("Shortcuts", "Open a date field's calendar", "Ouvrir le calendrier d’un champ de date",
    "Abrir el calendario de un campo de fecha", "Открыть календарь поля даты", "فتح تقويم حقل التاريخ",
    "打开日期字段的日历")
add("Shortcuts", "In a grid: save the cell and go to the next one",
    "Dans une grille : enregistrer la case et passer à la suivante",
    "En una cuadrícula: guardar la celda y pasar a la siguiente",
    "В таблице: сохранить ячейку и перейти к следующей", "في الجدول: حفظ الخلية والانتقال إلى التالية",
    "在表格中：保存单元格并转到下一个")
add("Shortcuts", "In a grid: clear the cell (attendance: not recorded)",
    "Dans une grille : vider la case (présence : non saisie)",
    "En una cuadrícula: vaciar la celda (asistencia: sin registrar)",
    "В таблице: очистить ячейку (посещаемость: не отмечено)",
    "في الجدول: مسح الخلية (الحضور: غير مسجل)", "在表格中：清空单元格（出勤：未记录）")
add("Shortcuts", "In the attendance grid: present, absent, next state",
    "Dans la grille des présences : présent, absent, état suivant",
    "En la cuadrícula de asistencia: presente, ausente, estado siguiente",
    "В таблице посещаемости: присутствовал, отсутствовал, следующее состояние",
    "في جدول الحضور: حاضر، غائب، الحالة التالية", "在出勤表中：出席、缺席、下一状态")
add("Shortcuts", "In a grid: paste a column copied from a spreadsheet, from the current cell down",
    "Dans une grille : coller une colonne copiée d’un tableur, à partir de la case courante vers le bas",
    "En una cuadrícula: pegar una columna copiada de una hoja de cálculo, desde la celda actual hacia abajo",
    "В таблице: вставить столбец, скопированный из электронной таблицы, начиная с текущей ячейки вниз",
    "في الجدول: لصق عمود منسوخ من جدول بيانات، من الخلية الحالية إلى الأسفل",
    "在表格中：粘贴从电子表格复制的一列，从当前单元格向下填充")
add("ScoresTab", "Scores are percentages (0 to 100); the evaluation is the participant's rating of the activity, "
    "from 1 (poor) to 5 (excellent). Type a number in a cell; Enter or Tab moves on, Esc cancels, Ctrl+V pastes a "
    "column copied from a spreadsheet.",
    "Les notes sont des pourcentages (0 à 100) ; l’évaluation est la note donnée à l’activité par le participant, "
    "de 1 (faible) à 5 (excellent). Tapez un nombre dans une case ; Entrée ou Tab passe à la suivante, Échap annule, "
    "Ctrl+V colle une colonne copiée d’un tableur.",
    "Las puntuaciones son porcentajes (0 a 100); la evaluación es la valoración de la actividad por el participante, "
    "de 1 (deficiente) a 5 (excelente). Escriba un número en una celda; Intro o Tab pasa a la siguiente, Esc "
    "cancela, Ctrl+V pega una columna copiada de una hoja de cálculo.",
    "Баллы — проценты (от 0 до 100); оценка — мнение участника о мероприятии, от 1 (плохо) до 5 (отлично). "
    "Введите число в ячейку; Enter или Tab — к следующей, Esc — отмена, Ctrl+V вставляет столбец, скопированный из "
    "электронной таблицы.",
    "الدرجات نسب مئوية (من 0 إلى 100)؛ والتقييم هو تقدير المشارك للنشاط، من 1 (ضعيف) إلى 5 (ممتاز). اكتب رقمًا في "
    "الخلية؛ Enter أو Tab للانتقال إلى التالية، وEsc للإلغاء، وCtrl+V للصق عمود منسوخ من جدول بيانات.",
    "分数为百分比（0 至 100）；评价是参与者对活动的评分，从 1（差）到 5（优）。在单元格中输入数字；按 Enter 或 Tab "
    "转到下一个，按 Esc 取消，按 Ctrl+V 粘贴从电子表格复制的一列。")
add("AttendanceTab", "Checked: present. Empty: absent. Dash: not recorded. Click a cell or press the space bar to "
    "change it, or type 1 (present) or 0 (absent); Enter or Tab moves on. Each change is saved at once.",
    "Coché : présent. Vide : absent. Tiret : non saisi. Cliquez sur une case ou appuyez sur la barre d’espace pour "
    "la modifier, ou tapez 1 (présent) ou 0 (absent) ; Entrée ou Tab passe à la suivante. Chaque modification est "
    "enregistrée aussitôt.",
    "Marcado: presente. Vacío: ausente. Guion: sin registrar. Haga clic en una celda o pulse la barra espaciadora "
    "para cambiarla, o escriba 1 (presente) o 0 (ausente); Intro o Tab pasa a la siguiente. Cada cambio se guarda "
    "al instante.",
    "Отмечено: присутствовал. Пусто: отсутствовал. Прочерк: не отмечено. Щёлкните ячейку или нажмите пробел, чтобы "
    "изменить её, или введите 1 (присутствовал) или 0 (отсутствовал); Enter или Tab — к следующей. Каждое изменение "
    "сохраняется сразу.",
    "محدد: حاضر. فارغ: غائب. شرطة: غير مسجل. انقر خلية أو اضغط مفتاح المسافة لتغييرها، أو اكتب 1 (حاضر) أو 0 (غائب)؛ "
    "Enter أو Tab للانتقال إلى التالية. يُحفظ كل تغيير فورًا.",
    "勾选：出席。空白：缺席。短横线：未记录。单击单元格或按空格键可更改，或输入 1（出席）或 0（缺席）；按 Enter 或 Tab "
    "转到下一个。每次更改都会立即保存。")
add("ReportsSection", "The office's usual training language", "Langue habituelle des formations du bureau",
    "Idioma habitual de las formaciones de la oficina", "Обычный язык обучения в отделении",
    "لغة التدريب المعتادة في المكتب", "办事处常用的培训语言")
add("ReportsSection", "Usual &language of trainings:", "&Langue habituelle des formations :",
    "&Idioma habitual de las formaciones:", "&Обычный язык обучения:", "&لغة التدريب المعتادة:",
    "培训常用语言(&L)：")

# a correction: Arabic File and Help both took "م" (and Record takes "س")
CORRECTIONS = {("MainWindow", "&Help"): {"ar": "مساع&دة"}}

TEXTS = T
