"""Por qué se rechazó un paquete, en español."""

from app.vocabulary.plurals import plural

WORDS = {
    'problem.bundle.not_a_bundle': 'Esto no es un paquete de FieldDesk (el archivo no es un paquete cifrado).',
    'problem.bundle.header_no_end': 'El paquete está dañado o fue alterado: su encabezado de cifrado no tiene final.',
    'problem.bundle.header_invalid': 'El paquete está dañado o fue alterado: su encabezado de cifrado no es válido.',
    'problem.bundle.header_no_key': 'El paquete está dañado o fue alterado: su encabezado de cifrado no contiene clave '
                                    'para ninguna oficina.',
    'problem.bundle.header_many_recipients': 'El paquete está dañado o fue alterado: tiene varios destinatarios.',
    'problem.bundle.header_bad_key': 'El paquete está dañado o fue alterado: la clave de su encabezado de cifrado no '
                                     'es válida.',
    'problem.bundle.not_for_us': 'Este paquete no está dirigido a esta oficina: se cifró para otro destinatario (o su '
                                 'encabezado de cifrado se dañó en el camino).',
    'problem.bundle.does_not_decrypt': 'El paquete está dañado o fue alterado: no se puede descifrar.',
    'problem.bundle.too_large': 'El paquete supera los {gb} GB; no se abrió.',
    'problem.bundle.not_an_archive': 'El paquete está dañado: su contenido no es un archivo comprimido válido.',
    'problem.bundle.too_many_files': 'El paquete contiene {count} archivos, más de {limit}.',
    'problem.bundle.bad_entry_name': 'El paquete contiene una entrada con un nombre no permitido: {name}.',
    'problem.bundle.bad_compression': 'La entrada {name} del paquete está comprimida de una forma que los paquetes '
                                      'nunca usan.',
    'problem.bundle.entry_twice': 'El paquete contiene dos veces la misma entrada.',
    'problem.bundle.no_manifest': 'El paquete no tiene manifiesto o no tiene firma.',
    'problem.bundle.manifest_too_large': 'El manifiesto del paquete es demasiado grande.',
    'problem.bundle.manifest_unreadable': 'El paquete está dañado: su manifiesto no se puede leer.',
    'problem.bundle.manifest_malformed': 'El manifiesto del paquete está mal formado ({detail}).',
    'problem.bundle.unknown_format': 'Esto no es un paquete de FieldDesk (formato de manifiesto desconocido).',
    'problem.bundle.too_new': 'Este paquete usa el formato de paquete {version}; actualice FieldDesk a la versión '
                              '{app_version} o posterior para importarlo.',
    'problem.bundle.too_new_kept': 'Este paquete usa el formato de paquete {version}; actualice FieldDesk a la versión '
                                   '{app_version} o posterior para importarlo. El archivo se guardó en {kept}.',
    'problem.bundle.unlisted_files': 'El paquete contiene archivos que su manifiesto no enumera: {names}.',
    'problem.bundle.missing_files': 'Al paquete le faltan archivos que su manifiesto enumera: {names}.',
    'problem.bundle.wrong_size': '{name} en el paquete tiene {size} bytes, no los {listed} indicados.',
    'problem.bundle.entry_unreadable': 'El paquete está dañado: {name} no se puede leer.',
    'problem.bundle.hash_mismatch': '{name} en el paquete no coincide con su SHA-256: el paquete fue alterado.',
    'problem.bundle.no_changes_file': 'El paquete no tiene archivo de cambios.',
    'problem.bundle.unreadable_file': 'No se puede leer {path} ({reason}).',
    'problem.bundle.file_too_large': '{name} es más grande de lo que puede ser un paquete; no se abrió.',
    'problem.bundle.own_bundle': 'Este paquete lo creó este mismo perfil; impórtelo en el destinatario.',
    'problem.bundle.untrusted_sender': "El paquete dice venir de la oficina {office}, que no es de confianza aquí: "
                                       "compare las huellas por teléfono y luego 'fielddesk keys trust CARD'.",
    'problem.bundle.key_replaced': 'El paquete está firmado con una clave que la oficina {office} sustituyó el {date}; '
                                   'fue rechazado. Pida a la oficina un paquete nuevo (hecho con su nueva clave).',
    'problem.bundle.key_revoked': 'El paquete está firmado con una clave que la oficina {office} revocó el {date}; fue '
                                  'rechazado. Pida a la oficina un paquete nuevo (hecho con su nueva clave) y verifique '
                                  'con ella lo que se envió en su nombre.',
    'problem.bundle.bad_signature': 'La firma del paquete no coincide con la clave registrada para la oficina '
                                    '{office}: fue alterado o no lo hizo esa oficina.',
    'problem.bundle.office_mismatch': 'El paquete dice ser de la oficina {claimed} pero lo firma {office}.',
    'problem.bundle.wrong_recipient': 'Este paquete está dirigido a la oficina {recipient}, no a esta oficina '
                                      '({office}).',
    'problem.bundle.changes_unusable': 'Los cambios del paquete no se pueden usar: {detail}.',
    'problem.bundle.change_count': 'El manifiesto anuncia {announced} cambios pero el paquete contiene {count}.',
    'problem.bundle.number_out_of_range': 'El manifiesto del paquete da {what} = {value}, fuera de 0-{limit}; está '
                                          'dañado o falsificado, y no se aplicó nada.',
    'problem.bundle.bad_sequence': 'El manifiesto del paquete le da el n.º {sequence} (primero de su serie: '
                                   'n.º {first}); está dañado o falsificado, y no se aplicó nada.',
    'problem.bundle.bad_range': 'El manifiesto del paquete da un intervalo que termina antes de empezar; está dañado o '
                                'falsificado, y no se aplicó nada.',
    'problem.bundle.too_many_erasures': 'El manifiesto del paquete enumera más supresiones de las que hace cualquier '
                                        'sitio; está dañado o falsificado, y no se aplicó nada.',
    'problem.bundle.erasure_ids_too_long': 'El manifiesto del paquete contiene una supresión con identificadores más '
                                           'largos que los de FieldDesk; está dañado o falsificado, y no se aplicó '
                                           'nada.',
    'problem.bundle.erasure_ack_too_long': 'El manifiesto del paquete acusa recibo de una supresión con un '
                                           'identificador más largo que los de FieldDesk; está dañado o falsificado, y '
                                           'no se aplicó nada.',
    'problem.bundle.ids_too_long': 'El manifiesto del paquete contiene identificadores más largos que los de '
                                   'FieldDesk; está dañado o falsificado, y no se aplicó nada.',
    'problem.bundle.stray_attachments': plural(one='El paquete contiene {count} archivo adjunto que ningún registro suyo menciona ({first}…); no se aplicó nada.', other='El paquete contiene {count} archivos adjuntos que ningún registro suyo menciona ({first}…); no se aplicó nada.'),
    'problem.bundle.creates_without': 'El paquete crea un registro de {table} ({record}) sin {fields}.',
    'problem.bundle.keys_not_signed': 'El paquete trae claves nuevas para la oficina {office} que la clave registrada '
                                      'aquí no firmó: fue alterado o no lo hizo esa oficina.',
    'problem.bundle.card_other_site': 'La nueva tarjeta de identidad traída para la oficina {office} nombra otro sitio '
                                      '({other}, {role}); fue rechazada.',
    'problem.bundle.missing_reference': 'El paquete de {office} no se puede aplicar: remite a un registro que no existe '
                                        '({table}). No se aplicó nada.',
    'problem.bundle.sequence_jump': 'El paquete n.º {sequence} de {office} no puede seguir al paquete n.º {last_number}: '
                                    'ninguna oficina hace {jump} paquetes que se pierdan todos. No se aplicó nada; pida '
                                    'a esa oficina que revise su FieldDesk y envíe un paquete nuevo.',
    'problem.bundle.cannot_apply': 'El paquete no se puede aplicar: {reason}. No se aplicó nada.',
    'problem.bundle.cannot_apply_from': 'El paquete de {office} no se puede aplicar: {reason}. No se aplicó nada.',
    'problem.bundle.newer_schema': 'Este paquete viene de un FieldDesk más reciente (esquema {schema}); actualice '
                                   'FieldDesk a la versión {app_version} o posterior y vuelva a importarlo.',
    'problem.bundle.newer_schema_kept': 'Este paquete viene de un FieldDesk más reciente (esquema {schema}); actualice '
                                        'FieldDesk a la versión {app_version} o posterior y vuelva a importarlo. El '
                                        'archivo se guardó en {kept}.',
    'problem.bundle.warn_gaps': plural(one='El paquete {numbers} de {office} nunca llegó aquí; sus cambios están incluidos en este.', other='Los paquetes {numbers} de {office} nunca llegaron aquí; sus cambios están incluidos en este.'),
    'problem.bundle.warn_keys_replaced': 'La oficina {office} sustituyó sus claves; sus nuevas claves (huella {fingerprint}) son de confianza aquí a partir de ahora, y todo lo firmado con la clave antigua se rechaza.',
    'problem.bundle.warn_keys_revoked': 'La oficina {office} revocó su clave antigua; sus nuevas claves (huella {fingerprint}) son de confianza aquí a partir de ahora, y todo lo firmado con la clave antigua se rechaza.',
    'problem.bundle.warn_restamped': plural(one="{count} cambio con fecha en el futuro se aplicó aquí con la hora actual. Este paquete no se confirma, así que {office} volverá a enviar ese cambio: pídale que ajuste su reloj y ejecute 'fielddesk clock repair' antes de su próxima exportación.", other="{count} cambios con fecha en el futuro se aplicaron aquí con la hora actual. Este paquete no se confirma, así que {office} volverá a enviar esos cambios: pídale que ajuste su reloj y ejecute 'fielddesk clock repair' antes de su próxima exportación."),
    'problem.bundle.warn_refused': plural(one="{count} cambio fue rechazado y no se aplicó: {records}. Se guarda para revisión ('fielddesk sync review').", other="{count} cambios fueron rechazados y no se aplicaron: {records}. Se guardan para revisión ('fielddesk sync review')."),
    'problem.bundle.warn_refused_more': plural(one="{count} cambio fue rechazado y no se aplicó: {records} y {more} más. Se guarda para revisión ('fielddesk sync review').", other="{count} cambios fueron rechazados y no se aplicaron: {records} y {more} más. Se guardan para revisión ('fielddesk sync review')."),
    'problem.bundle.warn_held': plural(one='{count} cambio espera un registro que aún no ha llegado; se aplicará cuando llegue.', other='{count} cambios esperan un registro que aún no ha llegado; se aplicarán cuando llegue.'),
    'problem.bundle.warn_expired': plural(one="{count} cambio retenido de {offices} esperó más de {days} días un registro que nunca llegó y se descartó ('fielddesk sync status').", other="{count} cambios retenidos de {offices} esperaron más de {days} días un registro que nunca llegó y se descartaron ('fielddesk sync status')."),
    'problem.bundle.already_imported': 'Ya importado el {date}; no cambió nada.',
    'problem.bundle.already_received_superseded': 'Ya recibido el {date}, después de un paquete más reciente que incluía sus cambios; no cambió nada.',
    'problem.bundle.went_back': 'El paquete n.º {sequence} de {office} se hizo después del paquete n.º {last_number}, ya importado, pero reutiliza un número anterior: el perfil de esa oficina se sustituyó por una copia más antigua. Sus cambios se aplicaron, y lo que perdió se le devolverá con el próximo paquete.',
    'problem.bundle.superseded': 'El paquete n.º {sequence} de {office} es anterior al paquete n.º {last_number}, ya importado, que incluía sus cambios; no cambió nada.',
    'problem.bundle.new_incarnation': '{office} restauró una copia de seguridad (desde el {date}): su paquete se aplicó, y lo que perdió se le devolverá con el próximo paquete.',
    'problem.bundle.earlier_incarnation': 'El paquete n.º {sequence} de {office} se hizo antes de que esa oficina restaurara una copia de seguridad; sus cambios se aplicaron y se le devolverán, ya que pudo haberlos perdido.',
    'problem.bundle.warn_went_back_here': 'El remitente ha recibido más cambios de este perfil de los que este perfil contiene (se puso en su lugar una copia más antigua): comienza una nueva encarnación de sincronización, y la otra parte devolverá lo que se perdió.',
    'problem.bundle.warn_quarantine_superseded': 'Los paquetes {numbers} de {office}, retenidos en cuarentena, quedan sustituidos por este (que trae sus cambios) y se retiraron de la cuarentena.',
    'problem.bundle.warn_erasure_not_participant': '{office} envió el borrado de un registro de {table} (solo se borran participantes); no se aplicó.',
    'problem.bundle.warn_erasure_not_ours': '{office} envió el borrado de un registro de la oficina {owner}, no de esta oficina; no se aplicó.',
    'problem.bundle.warn_erasure_not_allowed': '{office} envió el borrado de un registro de la oficina {owner}, que {office} no puede borrar; no se aplicó.',
    'problem.bundle.warn_erasure_wrong_owner': '{office} envió un borrado que nombra la oficina {owner} para un registro de la oficina {stored}; no se aplicó.',
    'problem.bundle.signer_revoked': 'El paquete está firmado con la clave de un usuario de la sede que {office} revocó: no se aplicó. No se cambió nada.',
    'problem.bundle.signer_not_certified': 'El paquete está firmado con una clave que la sede {office} no ha certificado para ninguno de sus usuarios: no se aplicó. No se cambió nada.',
    'problem.bundle.warn_names_not_back': plural(one='{count} participante registrado aquí después de la copia de seguridad restaurada volvió de la sede con su seudónimo: {names}. No consintió que su nombre saliera de esta oficina, así que ningún otro sitio lo tiene: vuelva a escribir su nombre en su ficha.', other='{count} participantes registrados aquí después de la copia de seguridad restaurada volvieron de la sede con su seudónimo: {names}. No consintieron que su nombre saliera de esta oficina, así que ningún otro sitio lo tiene: vuelva a escribir sus nombres en sus fichas.'),
}
