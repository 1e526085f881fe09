"""The sync's clock warnings and the bundle import's outcome line, in the six languages (``problem.bundle.clock_*``,
``problem.bundle.applied*``). A gap between clocks is a parameter in milliseconds (``gap``), written as a duration in
the reader's language by Babel (``app.vocabulary.problems.duration_text``); ``whose`` is another problem, rendered
in the same language. Timestamps (``made_at``, ``now_at``, ``seen_at``, ``clock_at``) are ISO 8601, as the command
line has always printed them."""

from app.vocabulary.plurals import plural

CLOCK_WORDS = {
    "en": {
        "problem.bundle.stamped_ahead": "Bundle #{sequence} from {office} is stamped {hours_ahead} ahead of this computer's clock (bundle: {bundle_at}, this computer: {now_at}); nothing was applied and this computer's clock was not changed.",
        "problem.bundle.quarantined": "Quarantined: {reason} If this computer's clock is right and the bundle should be applied anyway, run 'fielddesk bundle accept {short}' (its future stamps are brought back to the present); better, ask {office} to set its clock, run 'fielddesk clock repair' and export again.",
        "problem.bundle.clock_office_ahead": "{office}'s clock seems about {gap} ahead of this computer's: ask {office} "
                                             "to set the date, time and time zone of that computer, then to run "
                                             "'fielddesk clock repair'.",
        "problem.bundle.clock_office_behind": "{office}'s clock seems about {gap} behind this computer's: ask {office} "
                                              "to set the date, time and time zone of that computer, then to run "
                                              "'fielddesk clock check'.",
        "problem.bundle.clock_here_ahead": "This computer's clock seems about {gap} ahead of headquarters': set the "
                                           "date, time and time zone of this computer, then run 'fielddesk clock "
                                           "repair'.",
        "problem.bundle.clock_here_behind": "This computer's clock seems about {gap} behind headquarters': set the "
                                            "date, time and time zone of this computer, then run 'fielddesk clock "
                                            "check'.",
        "problem.bundle.clock_made_later": "{office} made this bundle at {made_at}, later than this computer's time "
                                           "({now_at}). {whose}",
        "problem.bundle.clock_made_before_seen": "{office} made this bundle at {made_at}, before changes from here it "
                                                 "had already received ({seen_at}). {whose}",
        "problem.bundle.clock_made_long_ago": "{office}'s bundle says it was made {gap} ago ({made_at}). If it was "
                                              "not: {whose}",
        "problem.bundle.clock_sync_ahead": "This site's sync clock is {gap} ahead of this computer's time ({clock_at}, "
                                           "now {now_at}): this computer's clock was probably wrong earlier. If the "
                                           "time shown now is right, run 'fielddesk clock repair' so that new changes "
                                           "are stamped with the present time and headquarters accepts them.",
        "problem.bundle.clock_behind_hq": "This computer's clock seems about {gap} behind headquarters': it has "
                                          "received changes from headquarters stamped {seen_at}, later than its time "
                                          "now ({now_at}). Set the date, time and time zone of this computer; changes "
                                          "made here meanwhile count as older than they are.",
        "problem.bundle.applied": plural('updated', one='Applied bundle #{sequence} from {office}: {created} new and {updated} updated record, {skipped} already up to date{conflicts}{refused}{erasures}{withdrawn}{files}.', other='Applied bundle #{sequence} from {office}: {created} new and {updated} updated records, {skipped} already up to date{conflicts}{refused}{erasures}{withdrawn}{files}.'),
        "problem.bundle.would_apply": plural('updated', one='Would apply bundle #{sequence} from {office}: {created} new and {updated} updated record, {skipped} already up to date{conflicts}{refused}{erasures}{withdrawn}{files}.', other='Would apply bundle #{sequence} from {office}: {created} new and {updated} updated records, {skipped} already up to date{conflicts}{refused}{erasures}{withdrawn}{files}.'),
        "problem.bundle.applied_conflicts": plural(one=", {count} conflict to review ('fielddesk conflicts list')", other=", {count} conflicts to review ('fielddesk conflicts list')"),
        "problem.bundle.applied_refused": plural(one=", {count} change refused and kept for review ('fielddesk sync review')", other=", {count} changes refused and kept for review ('fielddesk sync review')"),
        "problem.bundle.applied_erasures": plural(one=", {count} person's personal data erased", other=", {count} people's personal data erased"),
        "problem.bundle.applied_withdrawn": plural(one=", {count} participant's name held here replaced by their pseudonym (consent to share withdrawn, or headquarters' policy)", other=", {count} participants' names held here replaced by their pseudonyms (consent to share withdrawn, or headquarters' policy)"),
        "problem.bundle.applied_withheld_files": plural(one=", {count} file of participants who may not be named here removed", other=", {count} files of participants who may not be named here removed"),
    },
    "fr": {
        "problem.bundle.stamped_ahead": "Le lot n° {sequence} de {office} est daté de {hours_ahead} en avance sur l’horloge de cet ordinateur (lot : {bundle_at}, cet ordinateur : {now_at}) ; rien n’a été appliqué et l’horloge de cet ordinateur n’a pas été modifiée.",
        "problem.bundle.quarantined": "Mis en quarantaine : {reason} Si l’horloge de cet ordinateur est juste et que le lot doit quand même être appliqué, lancez « fielddesk bundle accept {short} » (ses dates futures sont ramenées au présent) ; mieux, demandez à {office} de régler son horloge, de lancer « fielddesk clock repair » et d’exporter à nouveau.",
        "problem.bundle.clock_office_ahead": "L’horloge de {office} semble avancer d’environ {gap} sur celle de cet "
                                             "ordinateur : demandez à {office} de régler la date, l’heure et le fuseau "
                                             "horaire de cet ordinateur-là, puis de lancer « fielddesk clock repair ».",
        "problem.bundle.clock_office_behind": "L’horloge de {office} semble retarder d’environ {gap} sur celle de cet "
                                              "ordinateur : demandez à {office} de régler la date, l’heure et le "
                                              "fuseau horaire de cet ordinateur-là, puis de lancer « fielddesk clock "
                                              "check ».",
        "problem.bundle.clock_here_ahead": "L’horloge de cet ordinateur semble avancer d’environ {gap} sur celle du "
                                           "siège : réglez la date, l’heure et le fuseau horaire de cet ordinateur, "
                                           "puis lancez « fielddesk clock repair ».",
        "problem.bundle.clock_here_behind": "L’horloge de cet ordinateur semble retarder d’environ {gap} sur celle du "
                                            "siège : réglez la date, l’heure et le fuseau horaire de cet ordinateur, "
                                            "puis lancez « fielddesk clock check ».",
        "problem.bundle.clock_made_later": "{office} a fait ce lot le {made_at}, plus tard que l’heure de cet "
                                           "ordinateur ({now_at}). {whose}",
        "problem.bundle.clock_made_before_seen": "{office} a fait ce lot le {made_at}, avant des modifications d’ici "
                                                 "qu’il avait déjà reçues ({seen_at}). {whose}",
        "problem.bundle.clock_made_long_ago": "Le lot de {office} indique qu’il a été fait il y a {gap} ({made_at}). "
                                              "Si ce n’est pas le cas : {whose}",
        "problem.bundle.clock_sync_ahead": "L’horloge de synchronisation de ce site avance de {gap} sur l’heure de cet "
                                           "ordinateur ({clock_at}, maintenant {now_at}) : l’horloge de cet "
                                           "ordinateur était sans doute fausse auparavant. Si l’heure affichée "
                                           "maintenant est juste, lancez « fielddesk clock repair » pour que les "
                                           "nouvelles modifications portent l’heure présente et que le siège les "
                                           "accepte.",
        "problem.bundle.clock_behind_hq": "L’horloge de cet ordinateur semble retarder d’environ {gap} sur celle du "
                                          "siège : il a reçu du siège des modifications datées du {seen_at}, plus tard "
                                          "que son heure actuelle ({now_at}). Réglez la date, l’heure et le fuseau "
                                          "horaire de cet ordinateur ; les modifications faites ici entre-temps "
                                          "passent pour plus anciennes qu’elles ne sont.",
        "problem.bundle.applied": plural('updated', one='Lot n° {sequence} de {office} appliqué : enregistrements nouveaux : {created}, mis à jour : {updated}, déjà à jour : {skipped}{conflicts}{refused}{erasures}{withdrawn}{files}.', other='Lot n° {sequence} de {office} appliqué : enregistrements nouveaux : {created}, mis à jour : {updated}, déjà à jour : {skipped}{conflicts}{refused}{erasures}{withdrawn}{files}.'),
        "problem.bundle.would_apply": plural('updated', one='Le lot n° {sequence} de {office} appliquerait : enregistrements nouveaux : {created}, mis à jour : {updated}, déjà à jour : {skipped}{conflicts}{refused}{erasures}{withdrawn}{files}.', other='Le lot n° {sequence} de {office} appliquerait : enregistrements nouveaux : {created}, mis à jour : {updated}, déjà à jour : {skipped}{conflicts}{refused}{erasures}{withdrawn}{files}.'),
        "problem.bundle.applied_conflicts": plural(one=', {count} conflit à examiner (« fielddesk conflicts list »)', other=', {count} conflits à examiner (« fielddesk conflicts list »)'),
        "problem.bundle.applied_refused": plural(one=', {count} modification refusée et gardée pour examen (« fielddesk sync review »)', other=', {count} modifications refusées et gardées pour examen (« fielddesk sync review »)'),
        "problem.bundle.applied_erasures": plural(one=', données personnelles de {count} personne effacées', other=', données personnelles de {count} personnes effacées'),
        "problem.bundle.applied_withdrawn": plural(one=', nom de {count} participant détenu ici remplacé par son pseudonyme (consentement au partage retiré, ou règle du siège)', other=', noms de {count} participants détenus ici remplacés par leur pseudonyme (consentement au partage retiré, ou règle du siège)'),
        "problem.bundle.applied_withheld_files": plural(one=", {count} fichier de participants qui ne peuvent pas être nommés ici supprimé", other=", {count} fichiers de participants qui ne peuvent pas être nommés ici supprimés"),
    },
    "es": {
        "problem.bundle.stamped_ahead": "El paquete n.º {sequence} de {office} lleva una fecha {hours_ahead} por delante del reloj de este equipo (paquete: {bundle_at}, este equipo: {now_at}); no se aplicó nada y el reloj de este equipo no se cambió.",
        "problem.bundle.quarantined": "En cuarentena: {reason} Si el reloj de este equipo es correcto y el paquete debe aplicarse de todos modos, ejecute «fielddesk bundle accept {short}» (sus fechas futuras se llevan al presente); mejor aún, pida a {office} que ajuste su reloj, ejecute «fielddesk clock repair» y exporte de nuevo.",
        "problem.bundle.clock_office_ahead": "El reloj de {office} parece ir adelantado aproximadamente {gap} respecto al de este "
                                             "equipo: pida a {office} que ajuste la fecha, la hora y la zona horaria "
                                             "de ese equipo y que luego ejecute «fielddesk clock repair».",
        "problem.bundle.clock_office_behind": "El reloj de {office} parece ir atrasado aproximadamente {gap} respecto al de este "
                                              "equipo: pida a {office} que ajuste la fecha, la hora y la zona horaria "
                                              "de ese equipo y que luego ejecute «fielddesk clock check».",
        "problem.bundle.clock_here_ahead": "El reloj de este equipo parece ir adelantado aproximadamente {gap} respecto al de la "
                                           "sede: ajuste la fecha, la hora y la zona horaria de este equipo y luego "
                                           "ejecute «fielddesk clock repair».",
        "problem.bundle.clock_here_behind": "El reloj de este equipo parece ir atrasado aproximadamente {gap} respecto al de la "
                                            "sede: ajuste la fecha, la hora y la zona horaria de este equipo y luego "
                                            "ejecute «fielddesk clock check».",
        "problem.bundle.clock_made_later": "{office} hizo este paquete el {made_at}, más tarde que la hora de este "
                                           "equipo ({now_at}). {whose}",
        "problem.bundle.clock_made_before_seen": "{office} hizo este paquete el {made_at}, antes de cambios de aquí "
                                                 "que ya había recibido ({seen_at}). {whose}",
        "problem.bundle.clock_made_long_ago": "El paquete de {office} dice que se hizo hace {gap} ({made_at}). Si no "
                                              "fue así: {whose}",
        "problem.bundle.clock_sync_ahead": "El reloj de sincronización de este sitio va {gap} por delante de la hora de "
                                           "este equipo ({clock_at}, ahora {now_at}): el reloj de este equipo "
                                           "probablemente estuvo mal antes. Si la hora que se muestra ahora es "
                                           "correcta, ejecute «fielddesk clock repair» para que los cambios nuevos "
                                           "lleven la hora actual y la sede los acepte.",
        "problem.bundle.clock_behind_hq": "El reloj de este equipo parece ir atrasado aproximadamente {gap} respecto al de la "
                                          "sede: ha recibido cambios de la sede con fecha {seen_at}, posterior a su "
                                          "hora actual ({now_at}). Ajuste la fecha, la hora y la zona horaria de este "
                                          "equipo; los cambios hechos aquí mientras tanto cuentan como más antiguos "
                                          "de lo que son.",
        "problem.bundle.applied": plural('updated', one='Paquete n.º {sequence} de {office} aplicado: registros nuevos: {created}, actualizados: {updated}, ya al día: {skipped}{conflicts}{refused}{erasures}{withdrawn}{files}.', other='Paquete n.º {sequence} de {office} aplicado: registros nuevos: {created}, actualizados: {updated}, ya al día: {skipped}{conflicts}{refused}{erasures}{withdrawn}{files}.'),
        "problem.bundle.would_apply": plural('updated', one='El paquete n.º {sequence} de {office} aplicaría: registros nuevos: {created}, actualizados: {updated}, ya al día: {skipped}{conflicts}{refused}{erasures}{withdrawn}{files}.', other='El paquete n.º {sequence} de {office} aplicaría: registros nuevos: {created}, actualizados: {updated}, ya al día: {skipped}{conflicts}{refused}{erasures}{withdrawn}{files}.'),
        "problem.bundle.applied_conflicts": plural(one=', {count} conflicto por revisar («fielddesk conflicts list»)', other=', {count} conflictos por revisar («fielddesk conflicts list»)'),
        "problem.bundle.applied_refused": plural(one=', {count} cambio rechazado y guardado para revisión («fielddesk sync review»)', other=', {count} cambios rechazados y guardados para revisión («fielddesk sync review»)'),
        "problem.bundle.applied_erasures": plural(one=', datos personales de {count} persona borrados', other=', datos personales de {count} personas borrados'),
        "problem.bundle.applied_withdrawn": plural(one=', nombre de {count} participante guardado aquí sustituido por su seudónimo (consentimiento para compartir retirado, o norma de la sede)', other=', nombres de {count} participantes guardados aquí sustituidos por su seudónimo (consentimiento para compartir retirado, o norma de la sede)'),
        "problem.bundle.applied_withheld_files": plural(one=", {count} archivo de participantes que no pueden ser nombrados aquí eliminado", other=", {count} archivos de participantes que no pueden ser nombrados aquí eliminados"),
    },
    "ru": {
        "problem.bundle.stamped_ahead": "Пакет № {sequence} от {office} помечен временем на {hours_ahead} впереди часов этого компьютера (пакет: {bundle_at}, этот компьютер: {now_at}); ничего не применено, и часы этого компьютера не изменены.",
        "problem.bundle.quarantined": "Помещён в карантин: {reason} Если часы этого компьютера верны и пакет всё же нужно применить, выполните «fielddesk bundle accept {short}» (его будущие отметки времени будут приведены к текущему времени); лучше попросите {office} установить часы, выполнить «fielddesk clock repair» и экспортировать снова.",
        "problem.bundle.clock_office_ahead": "Часы {office}, по-видимому, спешат примерно на {gap} относительно часов "
                                             "этого компьютера: попросите {office} установить дату, время и часовой "
                                             "пояс того компьютера, а затем выполнить «fielddesk clock repair».",
        "problem.bundle.clock_office_behind": "Часы {office}, по-видимому, отстают примерно на {gap} от часов этого "
                                              "компьютера: попросите {office} установить дату, время и часовой пояс "
                                              "того компьютера, а затем выполнить «fielddesk clock check».",
        "problem.bundle.clock_here_ahead": "Часы этого компьютера, по-видимому, спешат примерно на {gap} относительно "
                                           "часов штаб-квартиры: установите дату, время и часовой пояс этого "
                                           "компьютера, а затем выполните «fielddesk clock repair».",
        "problem.bundle.clock_here_behind": "Часы этого компьютера, по-видимому, отстают примерно на {gap} от часов "
                                            "штаб-квартиры: установите дату, время и часовой пояс этого компьютера, "
                                            "а затем выполните «fielddesk clock check».",
        "problem.bundle.clock_made_later": "{office} создал этот пакет {made_at}, позже текущего времени этого "
                                           "компьютера ({now_at}). {whose}",
        "problem.bundle.clock_made_before_seen": "{office} создал этот пакет {made_at}, раньше изменений отсюда, "
                                                 "которые он уже получил ({seen_at}). {whose}",
        "problem.bundle.clock_made_long_ago": "Судя по пакету {office}, он создан {gap} назад ({made_at}). Если это "
                                              "не так: {whose}",
        "problem.bundle.clock_sync_ahead": "Часы синхронизации этого узла опережают время этого компьютера на {gap} "
                                           "({clock_at}, сейчас {now_at}): вероятно, раньше часы этого компьютера "
                                           "были неверны. Если показанное сейчас время верно, выполните «fielddesk "
                                           "clock repair», чтобы новые изменения получали текущее время и "
                                           "штаб-квартира их принимала.",
        "problem.bundle.clock_behind_hq": "Часы этого компьютера, по-видимому, отстают примерно на {gap} от часов "
                                          "штаб-квартиры: он получил от штаб-квартиры изменения с отметкой {seen_at}, "
                                          "позже его текущего времени ({now_at}). Установите дату, время и часовой "
                                          "пояс этого компьютера; изменения, сделанные здесь за это время, считаются "
                                          "более старыми, чем они есть.",
        "problem.bundle.applied": "Пакет № {sequence} от {office} применён: новых записей — {created}, обновлённых — "
                                  "{updated}, уже актуальных — {skipped}{conflicts}{refused}{erasures}{withdrawn}{files}.",
        "problem.bundle.would_apply": "Пакет № {sequence} от {office} будет применён так: новых записей — {created}, "
                                      "обновлённых — {updated}, уже актуальных — {skipped}"
                                      "{conflicts}{refused}{erasures}{withdrawn}{files}.",
        "problem.bundle.applied_conflicts": ", конфликтов для рассмотрения — {count} («fielddesk conflicts list»)",
        "problem.bundle.applied_refused": ", отклонённых и сохранённых для рассмотрения изменений — {count} "
                                          "(«fielddesk sync review»)",
        "problem.bundle.applied_erasures": ", удалены персональные данные людей: {count}",
        "problem.bundle.applied_withdrawn": ', имена участников, хранившиеся здесь, заменены псевдонимами: {count} (согласие на передачу отозвано или действует правило штаб-квартиры)',
        "problem.bundle.applied_withheld_files": ', удалены файлы участников, которых здесь нельзя называть: {count}',
    },
    "ar": {
        "problem.bundle.stamped_ahead": "الحزمة رقم {sequence} من {office} مؤرخة بوقت يسبق ساعة هذا الحاسوب بمقدار {hours_ahead} (الحزمة: {bundle_at}، هذا الحاسوب: {now_at})؛ لم يُطبَّق شيء ولم تُغيَّر ساعة هذا الحاسوب.",
        "problem.bundle.quarantined": "وُضعت في الحجر: {reason} إذا كانت ساعة هذا الحاسوب صحيحة وكان يجب تطبيق الحزمة رغم ذلك، فشغّل 'fielddesk bundle accept {short}' (تُعاد طوابعها الزمنية المستقبلية إلى الحاضر)؛ والأفضل أن تطلب من {office} ضبط ساعته وتشغيل 'fielddesk clock repair' ثم التصدير مجددًا.",
        "problem.bundle.clock_office_ahead": "يبدو أن ساعة {office} متقدمة بنحو {gap} على ساعة هذا الحاسوب: اطلب من "
                                             "{office} ضبط التاريخ والوقت والمنطقة الزمنية لذلك الحاسوب، ثم تشغيل "
                                             "'fielddesk clock repair'.",
        "problem.bundle.clock_office_behind": "يبدو أن ساعة {office} متأخرة بنحو {gap} عن ساعة هذا الحاسوب: اطلب من "
                                              "{office} ضبط التاريخ والوقت والمنطقة الزمنية لذلك الحاسوب، ثم تشغيل "
                                              "'fielddesk clock check'.",
        "problem.bundle.clock_here_ahead": "يبدو أن ساعة هذا الحاسوب متقدمة بنحو {gap} على ساعة المقر: اضبط التاريخ "
                                           "والوقت والمنطقة الزمنية لهذا الحاسوب، ثم شغّل 'fielddesk clock repair'.",
        "problem.bundle.clock_here_behind": "يبدو أن ساعة هذا الحاسوب متأخرة بنحو {gap} عن ساعة المقر: اضبط التاريخ "
                                            "والوقت والمنطقة الزمنية لهذا الحاسوب، ثم شغّل 'fielddesk clock check'.",
        "problem.bundle.clock_made_later": "أعدّ {office} هذه الحزمة في {made_at}، أي بعد الوقت الحالي لهذا الحاسوب "
                                           "({now_at}). {whose}",
        "problem.bundle.clock_made_before_seen": "أعدّ {office} هذه الحزمة في {made_at}، أي قبل تغييرات من هنا كان قد "
                                                 "استلمها بالفعل ({seen_at}). {whose}",
        "problem.bundle.clock_made_long_ago": "تفيد حزمة {office} بأنها أُعدّت قبل {gap} ({made_at}). إن لم يكن "
                                              "الأمر كذلك: {whose}",
        "problem.bundle.clock_sync_ahead": "ساعة المزامنة في هذا الموقع متقدمة بمقدار {gap} على وقت هذا الحاسوب "
                                           "({clock_at}، والآن {now_at}): ربما كانت ساعة هذا الحاسوب خاطئة من قبل. إذا "
                                           "كان الوقت المعروض الآن صحيحًا، فشغّل 'fielddesk clock repair' لكي تحمل "
                                           "التغييرات الجديدة الوقت الحالي ويقبلها المقر.",
        "problem.bundle.clock_behind_hq": "يبدو أن ساعة هذا الحاسوب متأخرة بنحو {gap} عن ساعة المقر: فقد استلم من "
                                          "المقر تغييرات مؤرخة {seen_at}، أي بعد وقته الحالي ({now_at}). اضبط التاريخ "
                                          "والوقت والمنطقة الزمنية لهذا الحاسوب؛ فالتغييرات التي أُجريت هنا في "
                                          "الأثناء تُعدّ أقدم مما هي عليه.",
        "problem.bundle.applied": "طُبّقت الحزمة رقم {sequence} من {office}: سجلات جديدة: {created}، ومحدّثة: "
                                  "{updated}، ومحدّثة من قبل: {skipped}{conflicts}{refused}{erasures}{withdrawn}{files}.",
        "problem.bundle.would_apply": "ستُطبَّق الحزمة رقم {sequence} من {office} هكذا: سجلات جديدة: {created}، "
                                      "ومحدّثة: {updated}، ومحدّثة من قبل: {skipped}{conflicts}{refused}{erasures}{withdrawn}{files}.",
        "problem.bundle.applied_conflicts": "، وتعارضات للمراجعة: {count} ('fielddesk conflicts list')",
        "problem.bundle.applied_refused": "، وتغييرات مرفوضة ومحفوظة للمراجعة: {count} ('fielddesk sync review')",
        "problem.bundle.applied_erasures": "، ومُحيت البيانات الشخصية لعدد {count} من الأشخاص",
        "problem.bundle.applied_withdrawn": '، واستُبدلت أسماء {count} من المشاركين المحفوظة هنا بأسمائهم المستعارة (سُحبت الموافقة على المشاركة، أو بموجب سياسة المقر)',
        "problem.bundle.applied_withheld_files": '، وحُذفت ملفات {count} من المشاركين الذين لا يجوز ذكر أسمائهم هنا',
    },
    "zh": {
        "problem.bundle.stamped_ahead": "来自 {office} 的第 {sequence} 号数据包的时间戳比本机时钟超前 {hours_ahead}（数据包：{bundle_at}，本机：{now_at}）；未应用任何内容，本机时钟也未更改。",
        "problem.bundle.quarantined": "已隔离：{reason} 如果本机时钟正确且仍需应用该数据包，请运行“fielddesk bundle accept {short}”（其未来的时间戳会被调回当前）；更好的做法是请 {office} 校准时钟、运行“fielddesk clock repair”并重新导出。",
        "problem.bundle.clock_office_ahead": "{office} 的时钟似乎比本机快约 {gap}：请 {office} 设置那台计算机的日期、"
                                             "时间和时区，然后运行“fielddesk clock repair”。",
        "problem.bundle.clock_office_behind": "{office} 的时钟似乎比本机慢约 {gap}：请 {office} 设置那台计算机的日期、"
                                              "时间和时区，然后运行“fielddesk clock check”。",
        "problem.bundle.clock_here_ahead": "本机时钟似乎比总部快约 {gap}：请设置本机的日期、时间和时区，然后运行"
                                           "“fielddesk clock repair”。",
        "problem.bundle.clock_here_behind": "本机时钟似乎比总部慢约 {gap}：请设置本机的日期、时间和时区，然后运行"
                                            "“fielddesk clock check”。",
        "problem.bundle.clock_made_later": "{office} 于 {made_at} 制作了此数据包，晚于本机当前时间（{now_at}）。{whose}",
        "problem.bundle.clock_made_before_seen": "{office} 于 {made_at} 制作了此数据包，早于它已收到的本处更改"
                                                 "（{seen_at}）。{whose}",
        "problem.bundle.clock_made_long_ago": "{office} 的数据包显示它制作于 {gap} 前（{made_at}）。如果并非如此：{whose}",
        "problem.bundle.clock_sync_ahead": "本站点的同步时钟比本机时间快 {gap}（{clock_at}，现在 {now_at}）：本机时钟"
                                           "此前可能有误。如果现在显示的时间正确，请运行“fielddesk clock repair”，"
                                           "使新的更改带上当前时间并被总部接受。",
        "problem.bundle.clock_behind_hq": "本机时钟似乎比总部慢约 {gap}：它已收到总部标记为 {seen_at} 的更改，晚于其"
                                          "当前时间（{now_at}）。请设置本机的日期、时间和时区；在此期间于此处所做的"
                                          "更改会被视为比实际更早。",
        "problem.bundle.applied": "已应用来自 {office} 的第 {sequence} 号数据包：新记录 {created} 条，更新 {updated} "
                                  "条，{skipped} 条已是最新{conflicts}{refused}{erasures}{withdrawn}{files}。",
        "problem.bundle.would_apply": "将应用来自 {office} 的第 {sequence} 号数据包：新记录 {created} 条，更新 "
                                      "{updated} 条，{skipped} 条已是最新{conflicts}{refused}{erasures}{withdrawn}{files}。",
        "problem.bundle.applied_conflicts": "，{count} 处冲突待审查（“fielddesk conflicts list”）",
        "problem.bundle.applied_refused": "，{count} 项更改被拒绝并留待审查（“fielddesk sync review”）",
        "problem.bundle.applied_erasures": "，已删除 {count} 人的个人数据",
        "problem.bundle.applied_withdrawn": '，此处保存的 {count} 名参与者的姓名已替换为其化名（已撤回共享同意，或依据总部政策）',
        "problem.bundle.applied_withheld_files": '，已删除此处不得显示姓名的参与者的文件 {count} 个',
    },
}
