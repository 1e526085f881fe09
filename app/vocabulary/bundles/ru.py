"""Почему пакет был отклонён, по-русски."""

WORDS = {
    'problem.bundle.not_a_bundle': 'Это не пакет FieldDesk (файл не является зашифрованным пакетом).',
    'problem.bundle.header_no_end': 'Пакет повреждён или изменён: у его заголовка шифрования нет конца.',
    'problem.bundle.header_invalid': 'Пакет повреждён или изменён: его заголовок шифрования недействителен.',
    'problem.bundle.header_no_key': 'Пакет повреждён или изменён: его заголовок шифрования не содержит ключа ни для '
                                    'одного отделения.',
    'problem.bundle.header_many_recipients': 'Пакет повреждён или изменён: у него несколько получателей.',
    'problem.bundle.header_bad_key': 'Пакет повреждён или изменён: ключ в его заголовке шифрования недействителен.',
    'problem.bundle.not_for_us': 'Этот пакет адресован не этому отделению: он зашифрован для другого получателя (или '
                                 'его заголовок шифрования повреждён в пути).',
    'problem.bundle.does_not_decrypt': 'Пакет повреждён или изменён: он не расшифровывается.',
    'problem.bundle.too_large': 'Пакет больше {gb} ГБ; он не был открыт.',
    'problem.bundle.not_an_archive': 'Пакет повреждён: его содержимое не является допустимым архивом.',
    'problem.bundle.too_many_files': 'В пакете {count} файлов, больше чем {limit}.',
    'problem.bundle.bad_entry_name': 'В пакете есть элемент с недопустимым именем: {name}.',
    'problem.bundle.bad_compression': 'Элемент пакета {name} сжат способом, которого пакеты никогда не используют.',
    'problem.bundle.entry_twice': 'В пакете дважды содержится один и тот же элемент.',
    'problem.bundle.no_manifest': 'У пакета нет манифеста или подписи.',
    'problem.bundle.manifest_too_large': 'Манифест пакета слишком велик.',
    'problem.bundle.manifest_unreadable': 'Пакет повреждён: его манифест не читается.',
    'problem.bundle.manifest_malformed': 'Манифест пакета составлен неверно ({detail}).',
    'problem.bundle.unknown_format': 'Это не пакет FieldDesk (неизвестный формат манифеста).',
    'problem.bundle.too_new': 'Этот пакет использует формат пакетов {version}; обновите FieldDesk до версии '
                              '{app_version} или более поздней, чтобы его импортировать.',
    'problem.bundle.too_new_kept': 'Этот пакет использует формат пакетов {version}; обновите FieldDesk до версии '
                                   '{app_version} или более поздней, чтобы его импортировать. Файл сохранён в {kept}.',
    'problem.bundle.unlisted_files': 'В пакете есть файлы, которых нет в его манифесте: {names}.',
    'problem.bundle.missing_files': 'В пакете нет файлов, перечисленных в его манифесте: {names}.',
    'problem.bundle.wrong_size': 'Размер {name} в пакете — {size} байт, а не указанные {listed}.',
    'problem.bundle.entry_unreadable': 'Пакет повреждён: {name} не читается.',
    'problem.bundle.hash_mismatch': '{name} в пакете не совпадает со своим SHA-256: пакет был изменён.',
    'problem.bundle.no_changes_file': 'В пакете нет файла изменений.',
    'problem.bundle.unreadable_file': 'Не удаётся прочитать {path} ({reason}).',
    'problem.bundle.file_too_large': '{name} больше, чем может быть любой пакет; он не был открыт.',
    'problem.bundle.own_bundle': 'Этот пакет создан этим же профилем; импортируйте его у получателя.',
    'problem.bundle.untrusted_sender': "Пакет будто бы пришёл от отделения {office}, которому здесь не доверяют: "
                                       "сверьте отпечатки по телефону, затем выполните 'fielddesk keys trust CARD'.",
    'problem.bundle.key_replaced': 'Пакет подписан ключом, который отделение {office} заменило {date}; он отклонён. '
                                   'Попросите отделение прислать новый пакет (созданный с новым ключом).',
    'problem.bundle.key_revoked': 'Пакет подписан ключом, который отделение {office} отозвало {date}; он отклонён. '
                                  'Попросите отделение прислать новый пакет (созданный с новым ключом) и проверьте '
                                  'с ним, что было отправлено от его имени.',
    'problem.bundle.bad_signature': 'Подпись пакета не соответствует ключу, закреплённому за отделением {office}: '
                                    'пакет был изменён или создан не этим отделением.',
    'problem.bundle.office_mismatch': 'Пакет называет себя пакетом отделения {claimed}, но подписан {office}.',
    'problem.bundle.wrong_recipient': 'Этот пакет адресован отделению {recipient}, а не этому отделению ({office}).',
    'problem.bundle.changes_unusable': 'Изменения в пакете непригодны: {detail}.',
    'problem.bundle.change_count': 'Манифест объявляет {announced} изменений, а в пакете их {count}.',
    'problem.bundle.number_out_of_range': 'Манифест пакета указывает {what} = {value}, вне диапазона 0-{limit}; пакет '
                                          'повреждён или подделан, ничего не применено.',
    'problem.bundle.bad_sequence': 'Манифест присваивает пакету № {sequence} (первый в серии: № {first}); пакет '
                                   'повреждён или подделан, ничего не применено.',
    'problem.bundle.bad_range': 'Манифест пакета указывает диапазон, который заканчивается раньше, чем начинается; '
                                'пакет повреждён или подделан, ничего не применено.',
    'problem.bundle.too_many_erasures': 'Манифест пакета перечисляет больше удалений, чем делает любой узел; пакет '
                                        'повреждён или подделан, ничего не применено.',
    'problem.bundle.erasure_ids_too_long': 'Манифест пакета содержит удаление с идентификаторами длиннее, чем создаёт '
                                           'FieldDesk; пакет повреждён или подделан, ничего не применено.',
    'problem.bundle.erasure_ack_too_long': 'Манифест пакета подтверждает удаление с идентификатором длиннее, чем '
                                           'создаёт FieldDesk; пакет повреждён или подделан, ничего не применено.',
    'problem.bundle.ids_too_long': 'Манифест пакета содержит идентификаторы длиннее, чем создаёт FieldDesk; пакет '
                                   'повреждён или подделан, ничего не применено.',
    'problem.bundle.stray_attachments': 'В пакете {count} вложени(е/я), на которые не ссылается ни одна его запись '
                                        '({first}\u2026); ничего не применено.',
    'problem.bundle.creates_without': 'Пакет создаёт запись {table} ({record}) без {fields}.',
    'problem.bundle.keys_not_signed': 'Пакет несёт новые ключи отделения {office}, не подписанные закреплённым здесь '
                                      'ключом: пакет был изменён или создан не этим отделением.',
    'problem.bundle.card_other_site': 'Новая карточка идентичности, переданная для отделения {office}, называет '
                                      'другой узел ({other}, {role}); она отклонена.',
    'problem.bundle.missing_reference': 'Пакет от {office} не может быть применён: он ссылается на несуществующую '
                                        'запись ({table}). Ничего не применено.',
    'problem.bundle.sequence_jump': 'Пакет № {sequence} от {office} не может следовать за пакетом № {last_number}: ни одно '
                                    'отделение не теряет {jump} пакетов подряд. Ничего не применено; попросите это '
                                    'отделение проверить свой FieldDesk и прислать новый пакет.',
    'problem.bundle.cannot_apply': 'Пакет не может быть применён: {reason}. Ничего не применено.',
    'problem.bundle.cannot_apply_from': 'Пакет от {office} не может быть применён: {reason}. Ничего не применено.',
    'problem.bundle.newer_schema': 'Этот пакет создан более новой версией FieldDesk (схема {schema}); обновите '
                                   'FieldDesk до версии {app_version} или более поздней и импортируйте его снова.',
    'problem.bundle.newer_schema_kept': 'Этот пакет создан более новой версией FieldDesk (схема {schema}); обновите '
                                        'FieldDesk до версии {app_version} или более поздней и импортируйте его '
                                        'снова. Файл сохранён в {kept}.',
    'problem.bundle.warn_gaps': 'Пакет(ы) {numbers} от {office} сюда так и не пришли; их изменения включены в этот пакет.',
    'problem.bundle.warn_keys_replaced': 'Отделение {office} заменило свои ключи; его новым ключам (отпечаток {fingerprint}) здесь теперь доверяют, а всё, что подписано старым ключом, отклоняется.',
    'problem.bundle.warn_keys_revoked': 'Отделение {office} отозвало свой старый ключ; его новым ключам (отпечаток {fingerprint}) здесь теперь доверяют, а всё, что подписано старым ключом, отклоняется.',
    'problem.bundle.warn_restamped': "Изменения с отметкой времени в будущем ({count}) применены здесь с текущим временем. Этот пакет не подтверждён, поэтому {office} пришлёт эти изменения снова: попросите его настроить часы и выполнить 'fielddesk clock repair' перед следующим экспортом.",
    'problem.bundle.warn_refused': "Изменения отклонены и не применены ({count}): {records}. Они сохранены для проверки ('fielddesk sync review').",
    'problem.bundle.warn_refused_more': "Изменения отклонены и не применены ({count}): {records} и ещё {more}. Они сохранены для проверки ('fielddesk sync review').",
    'problem.bundle.warn_held': 'Изменения ({count}) ждут запись, которая ещё не пришла; они будут применены, когда она придёт.',
    'problem.bundle.warn_expired': "Отложенные изменения от {offices} ({count}) ждали больше {days} дней запись, которая так и не пришла, и были отброшены ('fielddesk sync status').",
    'problem.bundle.already_imported': 'Уже импортирован {date}; ничего не изменилось.',
    'problem.bundle.already_received_superseded': 'Уже получен {date}, после более нового пакета, включавшего его изменения; ничего не изменилось.',
    'problem.bundle.went_back': 'Пакет № {sequence} от {office} создан после уже импортированного пакета № {last_number}, но повторяет более ранний номер: профиль этого отделения был заменён более старой копией. Его изменения применены, а потерянное будет отправлено ему со следующим пакетом.',
    'problem.bundle.superseded': 'Пакет № {sequence} от {office} старше уже импортированного пакета № {last_number}, который включал его изменения; ничего не изменилось.',
    'problem.bundle.new_incarnation': '{office} восстановило резервную копию (с {date}): его пакет применён, а потерянное будет отправлено ему со следующим пакетом.',
    'problem.bundle.earlier_incarnation': 'Пакет № {sequence} от {office} создан до того, как это отделение восстановило резервную копию; его изменения применены и будут отправлены ему обратно, так как оно могло их потерять.',
    'problem.bundle.warn_went_back_here': 'Отправитель получил больше изменений этого профиля, чем в нём есть (была восстановлена более старая копия): начинается новое воплощение синхронизации, и другая сторона отправит обратно потерянное.',
    'problem.bundle.warn_quarantine_superseded': 'Пакет(ы) {numbers} от {office}, хранившиеся в карантине, заменены этим пакетом (он несёт их изменения) и удалены из карантина.',
    'problem.bundle.warn_erasure_not_participant': '{office} прислало удаление записи таблицы {table} (удаляются только участники); оно не применено.',
    'problem.bundle.warn_erasure_not_ours': '{office} прислало удаление записи отделения {owner}, а не этого отделения; оно не применено.',
    'problem.bundle.warn_erasure_not_allowed': '{office} прислало удаление записи отделения {owner}, которую {office} не вправе удалять; оно не применено.',
    'problem.bundle.warn_erasure_wrong_owner': '{office} прислало удаление, указывающее отделение {owner}, для записи отделения {stored}; оно не применено.',
}
