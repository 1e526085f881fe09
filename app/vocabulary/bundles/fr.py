"""Pourquoi un lot a été refusé, en français."""

from app.vocabulary.plurals import plural

WORDS = {
    'problem.bundle.not_a_bundle': "Ce n'est pas un lot FieldDesk (le fichier n'est pas un lot chiffré).",
    'problem.bundle.header_no_end': "Le lot est endommagé ou a été modifié : son en-tête de chiffrement n'a pas de fin.",
    'problem.bundle.header_invalid': "Le lot est endommagé ou a été modifié : son en-tête de chiffrement n'est pas "
                                     "valide.",
    'problem.bundle.header_no_key': "Le lot est endommagé ou a été modifié : son en-tête de chiffrement ne contient "
                                    "de clé pour aucun bureau.",
    'problem.bundle.header_many_recipients': 'Le lot est endommagé ou a été modifié : il a plusieurs destinataires.',
    'problem.bundle.header_bad_key': "Le lot est endommagé ou a été modifié : la clé de son en-tête de chiffrement "
                                     "n'est pas valide.",
    'problem.bundle.not_for_us': "Ce lot n'est pas adressé à ce bureau : il a été chiffré pour un autre destinataire "
                                 "(ou son en-tête de chiffrement a été endommagé en chemin).",
    'problem.bundle.does_not_decrypt': 'Le lot est endommagé ou a été modifié : il ne se déchiffre pas.',
    'problem.bundle.too_large': "Le lot dépasse {gb} Go ; il n'a pas été ouvert.",
    'problem.bundle.not_an_archive': "Le lot est endommagé : son contenu n'est pas une archive valide.",
    'problem.bundle.too_many_files': 'Le lot contient {count} fichiers, plus de {limit}.',
    'problem.bundle.bad_entry_name': "Le lot contient une entrée dont le nom n'est pas autorisé : {name}.",
    'problem.bundle.bad_compression': "L'entrée {name} du lot est compressée d'une manière que les lots n'utilisent "
                                      "jamais.",
    'problem.bundle.entry_twice': 'Le lot contient deux fois la même entrée.',
    'problem.bundle.no_manifest': "Le lot n'a pas de manifeste ou pas de signature.",
    'problem.bundle.manifest_too_large': 'Le manifeste du lot est trop volumineux.',
    'problem.bundle.manifest_unreadable': 'Le lot est endommagé : son manifeste ne peut pas être lu.',
    'problem.bundle.manifest_malformed': 'Le manifeste du lot est mal formé ({detail}).',
    'problem.bundle.unknown_format': "Ce n'est pas un lot FieldDesk (format de manifeste inconnu).",
    'problem.bundle.too_new': 'Ce lot utilise le format de lot {version} ; mettez FieldDesk à jour vers la version '
                              '{app_version} ou ultérieure pour l\u2019importer.',
    'problem.bundle.too_new_kept': 'Ce lot utilise le format de lot {version} ; mettez FieldDesk à jour vers la '
                                   'version {app_version} ou ultérieure pour l\u2019importer. Le fichier a été conservé '
                                   'dans {kept}.',
    'problem.bundle.unlisted_files': 'Le lot contient des fichiers que son manifeste ne mentionne pas : {names}.',
    'problem.bundle.missing_files': 'Il manque au lot des fichiers que son manifeste mentionne : {names}.',
    'problem.bundle.wrong_size': '{name} dans le lot fait {size} octets, et non les {listed} annoncés.',
    'problem.bundle.entry_unreadable': 'Le lot est endommagé : {name} ne peut pas être lu.',
    'problem.bundle.hash_mismatch': '{name} dans le lot ne correspond pas à son SHA-256 : le lot a été modifié.',
    'problem.bundle.no_changes_file': "Le lot n'a pas de fichier de modifications.",
    'problem.bundle.unreadable_file': '{path} ne peut pas être lu ({reason}).',
    'problem.bundle.file_too_large': "{name} est plus gros qu'aucun lot ne peut l'être ; il n'a pas été ouvert.",
    'problem.bundle.own_bundle': 'Ce lot a été créé par ce profil lui-même ; importez-le chez le destinataire.',
    'problem.bundle.untrusted_sender': "Le lot dit venir du bureau {office}, qui n'est pas approuvé ici : comparez les "
                                       "empreintes par téléphone, puis 'fielddesk keys trust CARD'.",
    'problem.bundle.key_replaced': 'Le lot est signé avec une clé que le bureau {office} a remplacée le {date} ; il a '
                                   'été refusé. Demandez au bureau un nouveau lot (créé avec sa nouvelle clé).',
    'problem.bundle.key_revoked': 'Le lot est signé avec une clé que le bureau {office} a révoquée le {date} ; il a '
                                  'été refusé. Demandez au bureau un nouveau lot (créé avec sa nouvelle clé) et vérifiez '
                                  'avec lui ce qui a été envoyé en son nom.',
    'problem.bundle.bad_signature': 'La signature du lot ne correspond pas à la clé enregistrée pour le bureau '
                                    '{office} : il a été modifié ou ne vient pas de ce bureau.',
    'problem.bundle.office_mismatch': 'Le lot se dit du bureau {claimed} mais il est signé par {office}.',
    'problem.bundle.wrong_recipient': "Ce lot est adressé au bureau {recipient}, et non à ce bureau ({office}).",
    'problem.bundle.changes_unusable': 'Les modifications du lot sont inutilisables : {detail}.',
    'problem.bundle.change_count': 'Le manifeste annonce {announced} modifications mais le lot en contient {count}.',
    'problem.bundle.number_out_of_range': "Le manifeste du lot donne {what} = {value}, hors de 0-{limit} ; il est "
                                          "endommagé ou falsifié, et rien n'a été appliqué.",
    'problem.bundle.bad_sequence': "Le manifeste du lot lui donne le n° {sequence} (premier de sa série : "
                                   "n° {first}) ; il est endommagé ou falsifié, et rien n'a été appliqué.",
    'problem.bundle.bad_range': "Le manifeste du lot donne une plage qui finit avant de commencer ; il est endommagé "
                                "ou falsifié, et rien n'a été appliqué.",
    'problem.bundle.too_many_erasures': "Le manifeste du lot énumère plus d'effacements qu'aucun site n'en fait ; il "
                                        "est endommagé ou falsifié, et rien n'a été appliqué.",
    'problem.bundle.erasure_ids_too_long': "Le manifeste du lot contient un effacement aux identifiants plus longs "
                                           "que ceux de FieldDesk ; il est endommagé ou falsifié, et rien n'a été "
                                           "appliqué.",
    'problem.bundle.erasure_ack_too_long': "Le manifeste du lot accuse réception d'un effacement à l'identifiant plus "
                                           "long que ceux de FieldDesk ; il est endommagé ou falsifié, et rien n'a "
                                           "été appliqué.",
    'problem.bundle.ids_too_long': "Le manifeste du lot contient des identifiants plus longs que ceux de FieldDesk ; "
                                   "il est endommagé ou falsifié, et rien n'a été appliqué.",
    'problem.bundle.stray_attachments': plural(one="Le lot contient {count} pièce jointe qu'aucun de ses enregistrements ne mentionne ({first}…) ; rien n'a été appliqué.", other="Le lot contient {count} pièces jointes qu'aucun de ses enregistrements ne mentionne ({first}…) ; rien n'a été appliqué."),
    'problem.bundle.creates_without': 'Le lot crée un enregistrement de {table} ({record}) sans {fields}.',
    'problem.bundle.keys_not_signed': "Le lot apporte de nouvelles clés pour le bureau {office} que la clé "
                                      "enregistrée ici n'a pas signées : il a été modifié ou ne vient pas de ce bureau.",
    'problem.bundle.card_other_site': "La nouvelle carte d'identité apportée pour le bureau {office} désigne un autre "
                                      "site ({other}, {role}) ; elle a été refusée.",
    'problem.bundle.missing_reference': "Le lot du bureau {office} ne peut pas être appliqué : il renvoie à un "
                                        "enregistrement qui n'existe pas ({table}). Rien n'a été appliqué.",
    'problem.bundle.sequence_jump': "Le lot n° {sequence} de {office} ne peut pas suivre le lot n° {last_number} : aucun "
                                    "bureau ne produit {jump} lots qui se perdent tous. Rien n'a été appliqué ; "
                                    "demandez à ce bureau de vérifier son FieldDesk et d'envoyer un nouveau lot.",
    'problem.bundle.cannot_apply': "Le lot ne peut pas être appliqué : {reason}. Rien n'a été appliqué.",
    'problem.bundle.cannot_apply_from': "Le lot de {office} ne peut pas être appliqué : {reason}. Rien n'a été "
                                        "appliqué.",
    'problem.bundle.newer_schema': 'Ce lot vient d\u2019un FieldDesk plus récent (schéma {schema}) ; mettez FieldDesk '
                                   'à jour vers la version {app_version} ou ultérieure, puis importez-le à nouveau.',
    'problem.bundle.newer_schema_kept': 'Ce lot vient d\u2019un FieldDesk plus récent (schéma {schema}) ; mettez '
                                        'FieldDesk à jour vers la version {app_version} ou ultérieure, puis '
                                        'importez-le à nouveau. Le fichier a été conservé dans {kept}.',
    'problem.bundle.warn_gaps': plural(one="Le lot {numbers} de {office} n'est jamais arrivé ici ; ses modifications sont incluses dans celui-ci.", other='Les lots {numbers} de {office} ne sont jamais arrivés ici ; leurs modifications sont incluses dans celui-ci.'),
    'problem.bundle.warn_keys_replaced': "Le bureau {office} a remplacé ses clés ; ses nouvelles clés (empreinte {fingerprint}) sont désormais approuvées ici, et tout ce qui est signé avec l'ancienne clé est refusé.",
    'problem.bundle.warn_keys_revoked': "Le bureau {office} a révoqué son ancienne clé ; ses nouvelles clés (empreinte {fingerprint}) sont désormais approuvées ici, et tout ce qui est signé avec l'ancienne clé est refusé.",
    'problem.bundle.warn_restamped': plural(one="{count} modification datée dans le futur a été appliquée ici avec l'heure actuelle. Ce lot n'est pas acquitté, donc {office} renverra cette modification : demandez-lui de régler son horloge et d'exécuter 'fielddesk clock repair' avant sa prochaine exportation.", other="{count} modifications datées dans le futur ont été appliquées ici avec l'heure actuelle. Ce lot n'est pas acquitté, donc {office} renverra ces modifications : demandez-lui de régler son horloge et d'exécuter 'fielddesk clock repair' avant sa prochaine exportation."),
    'problem.bundle.warn_refused': plural(one="{count} modification a été refusée et non appliquée : {records}. Elle est conservée pour examen ('fielddesk sync review').", other="{count} modifications ont été refusées et non appliquées : {records}. Elles sont conservées pour examen ('fielddesk sync review')."),
    'problem.bundle.warn_refused_more': plural(one="{count} modification a été refusée et non appliquée : {records} et {more} de plus. Elle est conservée pour examen ('fielddesk sync review').", other="{count} modifications ont été refusées et non appliquées : {records} et {more} de plus. Elles sont conservées pour examen ('fielddesk sync review')."),
    'problem.bundle.warn_held': plural(one="{count} modification attend un enregistrement qui n'est pas encore arrivé ; elle sera appliquée à son arrivée.", other="{count} modifications attendent un enregistrement qui n'est pas encore arrivé ; elles seront appliquées à son arrivée."),
    'problem.bundle.warn_expired': plural(one="{count} modification en attente de {offices} a attendu plus de {days} jours un enregistrement qui n'est jamais arrivé et a été abandonnée ('fielddesk sync status').", other="{count} modifications en attente de {offices} ont attendu plus de {days} jours un enregistrement qui n'est jamais arrivé et ont été abandonnées ('fielddesk sync status')."),
    'problem.bundle.already_imported': 'Déjà importé le {date} ; rien n’a changé.',
    'problem.bundle.already_received_superseded': 'Déjà reçu le {date}, après un lot plus récent qui incluait ses modifications ; rien n’a changé.',
    'problem.bundle.went_back': 'Le lot n° {sequence} de {office} a été fait après le lot n° {last_number}, déjà importé, mais reprend un numéro antérieur : le profil de ce bureau a été remplacé par une copie plus ancienne. Ses modifications ont été appliquées, et ce qu’il a perdu lui sera renvoyé avec le prochain lot.',
    'problem.bundle.superseded': 'Le lot n° {sequence} de {office} est plus ancien que le lot n° {last_number}, déjà importé, qui incluait ses modifications ; rien n’a changé.',
    'problem.bundle.new_incarnation': '{office} a restauré une sauvegarde (depuis le {date}) : son lot a été appliqué, et ce qu’il a perdu lui sera renvoyé avec le prochain lot.',
    'problem.bundle.earlier_incarnation': 'Le lot n° {sequence} de {office} a été fait avant que ce bureau ne restaure une sauvegarde ; ses modifications ont été appliquées et lui seront renvoyées, car il a pu les perdre.',
    'problem.bundle.warn_went_back_here': 'L’expéditeur a reçu plus de modifications de ce profil que ce profil n’en contient (une copie plus ancienne a été remise en place) : une nouvelle incarnation de synchronisation commence, et l’autre partie renverra ce qui a été perdu.',
    'problem.bundle.warn_quarantine_superseded': plural(one='Le lot {numbers} de {office}, gardé en quarantaine, est remplacé par celui-ci (qui porte ses modifications) et a été retiré de la quarantaine.', other='Les lots {numbers} de {office}, gardés en quarantaine, sont remplacés par celui-ci (qui porte leurs modifications) et ont été retirés de la quarantaine.'),
    'problem.bundle.warn_erasure_not_participant': '{office} a envoyé l’effacement d’un enregistrement de {table} (seuls les participants sont effacés) ; il n’a pas été appliqué.',
    'problem.bundle.warn_erasure_not_ours': '{office} a envoyé l’effacement d’un enregistrement du bureau {owner}, pas de ce bureau ; il n’a pas été appliqué.',
    'problem.bundle.warn_erasure_not_allowed': '{office} a envoyé l’effacement d’un enregistrement du bureau {owner}, que {office} ne peut pas effacer ; il n’a pas été appliqué.',
    'problem.bundle.warn_erasure_wrong_owner': '{office} a envoyé un effacement désignant le bureau {owner} pour un enregistrement du bureau {stored} ; il n’a pas été appliqué.',
    'problem.bundle.signer_revoked': "Le lot est signé par la clé d'un utilisateur du siège que {office} a révoquée : il n'a pas été appliqué. Rien n'a été modifié.",
    'problem.bundle.signer_not_certified': "Le lot est signé par une clé que le siège {office} n'a certifiée pour aucun de ses utilisateurs : il n'a pas été appliqué. Rien n'a été modifié.",
    'problem.bundle.warn_names_not_back': plural(one="{count} participant enregistré ici après la sauvegarde restaurée est revenu du siège sous son pseudonyme : {names}. Cette personne n'a pas consenti à ce que son nom quitte ce bureau, aucun autre site ne le détient donc : saisissez à nouveau son nom dans sa fiche.", other="{count} participants enregistrés ici après la sauvegarde restaurée sont revenus du siège sous leur pseudonyme : {names}. Ces personnes n'ont pas consenti à ce que leur nom quitte ce bureau, aucun autre site ne le détient donc : saisissez à nouveau leur nom dans leur fiche."),
}
