"""أسباب رفض الحزمة، بالعربية."""

WORDS = {
    'problem.bundle.not_a_bundle': 'هذه ليست حزمة FieldDesk (الملف ليس حزمة مشفّرة).',
    'problem.bundle.header_no_end': 'الحزمة تالفة أو جرى تعديلها: ترويسة التشفير فيها لا نهاية لها.',
    'problem.bundle.header_invalid': 'الحزمة تالفة أو جرى تعديلها: ترويسة التشفير فيها غير صالحة.',
    'problem.bundle.header_no_key': 'الحزمة تالفة أو جرى تعديلها: ترويسة التشفير فيها لا تحمل مفتاحًا لأي مكتب.',
    'problem.bundle.header_many_recipients': 'الحزمة تالفة أو جرى تعديلها: لها عدة مستلمين.',
    'problem.bundle.header_bad_key': 'الحزمة تالفة أو جرى تعديلها: مفتاح ترويسة التشفير فيها غير صالح.',
    'problem.bundle.not_for_us': 'هذه الحزمة ليست موجّهة إلى هذا المكتب: شُفّرت لمستلم آخر (أو تلفت ترويسة تشفيرها '
                                 'في الطريق).',
    'problem.bundle.does_not_decrypt': 'الحزمة تالفة أو جرى تعديلها: يتعذّر فك تشفيرها.',
    'problem.bundle.too_large': 'حجم الحزمة يتجاوز {gb} غيغابايت؛ لم تُفتح.',
    'problem.bundle.not_an_archive': 'الحزمة تالفة: محتواها ليس أرشيفًا صالحًا.',
    'problem.bundle.too_many_files': 'تحتوي الحزمة على {count} ملفًا، أكثر من {limit}.',
    'problem.bundle.bad_entry_name': 'تحتوي الحزمة على عنصر باسم غير مسموح به: {name}.',
    'problem.bundle.bad_compression': 'العنصر {name} في الحزمة مضغوط بطريقة لا تستخدمها الحزم أبدًا.',
    'problem.bundle.entry_twice': 'تحتوي الحزمة على العنصر نفسه مرتين.',
    'problem.bundle.no_manifest': 'لا بيان للحزمة أو لا توقيع لها.',
    'problem.bundle.manifest_too_large': 'بيان الحزمة كبير جدًا.',
    'problem.bundle.manifest_unreadable': 'الحزمة تالفة: تتعذّر قراءة بيانها.',
    'problem.bundle.manifest_malformed': 'بيان الحزمة غير سليم البنية ({detail}).',
    'problem.bundle.unknown_format': 'هذه ليست حزمة FieldDesk (صيغة بيان غير معروفة).',
    'problem.bundle.too_new': 'تستخدم هذه الحزمة صيغة الحزم {version}؛ حدّث FieldDesk إلى الإصدار {app_version} أو '
                              'أحدث لاستيرادها.',
    'problem.bundle.too_new_kept': 'تستخدم هذه الحزمة صيغة الحزم {version}؛ حدّث FieldDesk إلى الإصدار {app_version} '
                                   'أو أحدث لاستيرادها. حُفظ الملف في {kept}.',
    'problem.bundle.unlisted_files': 'تحتوي الحزمة على ملفات لا يذكرها بيانها: {names}.',
    'problem.bundle.missing_files': 'تنقص الحزمة ملفات يذكرها بيانها: {names}.',
    'problem.bundle.wrong_size': 'حجم {name} في الحزمة {size} بايت، لا {listed} كما هو مذكور.',
    'problem.bundle.entry_unreadable': 'الحزمة تالفة: تتعذّر قراءة {name}.',
    'problem.bundle.hash_mismatch': '{name} في الحزمة لا يطابق بصمة SHA-256 الخاصة به: جرى تعديل الحزمة.',
    'problem.bundle.no_changes_file': 'لا ملف تغييرات في الحزمة.',
    'problem.bundle.unreadable_file': 'تتعذّر قراءة {path} ({reason}).',
    'problem.bundle.file_too_large': '{name} أكبر مما يمكن أن تكون عليه أي حزمة؛ لم يُفتح.',
    'problem.bundle.own_bundle': 'أنشأ هذا الملف الشخصي نفسه هذه الحزمة؛ استوردها لدى المستلم.',
    'problem.bundle.untrusted_sender': "تقول الحزمة إنها من المكتب {office}، وهو غير موثوق هنا: قارن البصمات "
                                       "بالهاتف، ثم 'fielddesk keys trust CARD'.",
    'problem.bundle.key_replaced': 'الحزمة موقّعة بمفتاح استبدله المكتب {office} في {date}؛ رُفضت. اطلب من المكتب حزمة '
                                   'جديدة (منشأة بمفتاحه الجديد).',
    'problem.bundle.key_revoked': 'الحزمة موقّعة بمفتاح ألغاه المكتب {office} في {date}؛ رُفضت. اطلب من المكتب حزمة '
                                  'جديدة (منشأة بمفتاحه الجديد)، وتحقّق معه مما أُرسل باسمه.',
    'problem.bundle.bad_signature': 'توقيع الحزمة لا يطابق المفتاح المثبّت للمكتب {office}: جرى تعديلها أو لم ينشئها '
                                    'ذلك المكتب.',
    'problem.bundle.office_mismatch': 'تدّعي الحزمة أنها من المكتب {claimed} لكن {office} هو من وقّعها.',
    'problem.bundle.wrong_recipient': 'هذه الحزمة موجّهة إلى المكتب {recipient}، لا إلى هذا المكتب ({office}).',
    'problem.bundle.changes_unusable': 'تغييرات الحزمة غير قابلة للاستخدام: {detail}.',
    'problem.bundle.change_count': 'يعلن البيان {announced} تغييرًا لكن الحزمة تحتوي على {count}.',
    'problem.bundle.number_out_of_range': 'يذكر بيان الحزمة {what} = {value}، خارج النطاق 0-{limit}؛ الحزمة تالفة أو '
                                          'مزوّرة، ولم يُطبَّق شيء.',
    'problem.bundle.bad_sequence': 'يعطي بيان الحزمة لها الرقم {sequence} (أول سلسلتها: {first})؛ الحزمة تالفة أو '
                                   'مزوّرة، ولم يُطبَّق شيء.',
    'problem.bundle.bad_range': 'يذكر بيان الحزمة نطاقًا ينتهي قبل أن يبدأ؛ الحزمة تالفة أو مزوّرة، ولم يُطبَّق شيء.',
    'problem.bundle.too_many_erasures': 'يسرد بيان الحزمة عمليات محو أكثر مما يجريه أي موقع؛ الحزمة تالفة أو مزوّرة، '
                                        'ولم يُطبَّق شيء.',
    'problem.bundle.erasure_ids_too_long': 'يحتوي بيان الحزمة على عملية محو بمعرّفات أطول من أي معرّف ينشئه '
                                           'FieldDesk؛ الحزمة تالفة أو مزوّرة، ولم يُطبَّق شيء.',
    'problem.bundle.erasure_ack_too_long': 'يقرّ بيان الحزمة باستلام عملية محو بمعرّف أطول من أي معرّف ينشئه '
                                           'FieldDesk؛ الحزمة تالفة أو مزوّرة، ولم يُطبَّق شيء.',
    'problem.bundle.ids_too_long': 'يحتوي بيان الحزمة على معرّفات أطول من أي معرّف ينشئه FieldDesk؛ الحزمة تالفة أو '
                                   'مزوّرة، ولم يُطبَّق شيء.',
    'problem.bundle.stray_attachments': 'تحتوي الحزمة على {count} من الملفات المرفقة لا يشير إليها أي سجل فيها '
                                        '({first}\u2026)؛ لم يُطبَّق شيء.',
    'problem.bundle.creates_without': 'تنشئ الحزمة سجلًا من {table} ({record}) دون {fields}.',
    'problem.bundle.keys_not_signed': 'تحمل الحزمة مفاتيح جديدة للمكتب {office} لم يوقّعها المفتاح المثبّت هنا: جرى '
                                      'تعديلها أو لم ينشئها ذلك المكتب.',
    'problem.bundle.card_other_site': 'بطاقة الهوية الجديدة المحمولة للمكتب {office} تسمّي موقعًا آخر ({other}، '
                                      '{role})؛ رُفضت.',
    'problem.bundle.missing_reference': 'يتعذّر تطبيق الحزمة الواردة من {office}: تشير إلى سجل غير موجود ({table}). '
                                        'لم يُطبَّق شيء.',
    'problem.bundle.sequence_jump': 'لا يمكن أن تلي الحزمة رقم {sequence} من {office} الحزمة رقم {last_number}: لا يوجد مكتب '
                                    'يضيع له {jump} حزمة كلها. لم يُطبَّق شيء؛ اطلب من ذلك المكتب فحص FieldDesk لديه '
                                    'وإرسال حزمة جديدة.',
    'problem.bundle.cannot_apply': 'يتعذّر تطبيق الحزمة: {reason}. لم يُطبَّق شيء.',
    'problem.bundle.cannot_apply_from': 'يتعذّر تطبيق الحزمة الواردة من {office}: {reason}. لم يُطبَّق شيء.',
    'problem.bundle.newer_schema': 'هذه الحزمة من إصدار أحدث من FieldDesk (المخطط {schema})؛ حدّث FieldDesk إلى '
                                   'الإصدار {app_version} أو أحدث، ثم استوردها مرة أخرى.',
    'problem.bundle.newer_schema_kept': 'هذه الحزمة من إصدار أحدث من FieldDesk (المخطط {schema})؛ حدّث FieldDesk إلى '
                                        'الإصدار {app_version} أو أحدث، ثم استوردها مرة أخرى. حُفظ الملف في {kept}.',
    'problem.bundle.warn_gaps': 'لم تصل الحزمة (الحزم) {numbers} من {office} إلى هنا أبدًا؛ تغييراتها مضمّنة في هذه الحزمة.',
    'problem.bundle.warn_keys_replaced': 'استبدل المكتب {office} مفاتيحه؛ مفاتيحه الجديدة (البصمة {fingerprint}) موثوقة هنا من الآن فصاعدًا، ويُرفض كل ما وُقّع بالمفتاح القديم.',
    'problem.bundle.warn_keys_revoked': 'ألغى المكتب {office} مفتاحه القديم؛ مفاتيحه الجديدة (البصمة {fingerprint}) موثوقة هنا من الآن فصاعدًا، ويُرفض كل ما وُقّع بالمفتاح القديم.',
    'problem.bundle.warn_restamped': "طُبّق هنا {count} من التغييرات المختومة بتاريخ في المستقبل بالوقت الحالي. لم يُقرّ باستلام هذه الحزمة، لذا سيعيد {office} إرسال هذه التغييرات: اطلب منه ضبط ساعته وتشغيل 'fielddesk clock repair' قبل تصديره التالي.",
    'problem.bundle.warn_refused': "رُفض {count} من التغييرات ولم تُطبَّق: {records}. وهي محفوظة للمراجعة ('fielddesk sync review').",
    'problem.bundle.warn_refused_more': "رُفض {count} من التغييرات ولم تُطبَّق: {records} و{more} غيرها. وهي محفوظة للمراجعة ('fielddesk sync review').",
    'problem.bundle.warn_held': 'ينتظر {count} من التغييرات سجلًا لم يصل بعد؛ ستُطبَّق عند وصوله.',
    'problem.bundle.warn_expired': "انتظر {count} من التغييرات المعلّقة من {offices} أكثر من {days} يومًا سجلًا لم يصل أبدًا وأُسقطت ('fielddesk sync status').",
    'problem.bundle.already_imported': 'استُورد من قبل في {date}؛ لم يتغيّر شيء.',
    'problem.bundle.already_received_superseded': 'استُلم من قبل في {date}، بعد حزمة أحدث تضمّنت تغييراته؛ لم يتغيّر شيء.',
    'problem.bundle.went_back': 'الحزمة رقم {sequence} من {office} أُعدّت بعد الحزمة رقم {last_number} المستوردة من قبل، لكنها تعيد استخدام رقم سابق: أُعيد ملف ذلك المكتب إلى نسخة أقدم. طُبّقت تغييراتها، وسيُعاد إليه ما فقده مع الحزمة التالية.',
    'problem.bundle.superseded': 'الحزمة رقم {sequence} من {office} أقدم من الحزمة رقم {last_number} المستوردة من قبل، والتي تضمّنت تغييراتها؛ لم يتغيّر شيء.',
    'problem.bundle.new_incarnation': 'استعاد {office} نسخة احتياطية (منذ {date}): طُبّقت حزمته، وسيُعاد إليه ما فقده مع الحزمة التالية.',
    'problem.bundle.earlier_incarnation': 'الحزمة رقم {sequence} من {office} أُعدّت قبل أن يستعيد ذلك المكتب نسخة احتياطية؛ طُبّقت تغييراتها وستُعاد إليه، إذ ربما فقدها.',
    'problem.bundle.warn_went_back_here': 'تلقّى المرسِل من تغييرات هذا الملف أكثر مما يحويه هذا الملف (وُضعت نسخة أقدم منه مكانه): تبدأ دورة مزامنة جديدة، وسيعيد الطرف الآخر ما فُقد.',
    'problem.bundle.warn_quarantine_superseded': 'الحزم {numbers} من {office}، المحتجزة في الحجر، حلّت محلّها هذه الحزمة (التي تحمل تغييراتها) وأُزيلت من الحجر.',
    'problem.bundle.warn_erasure_not_participant': 'أرسل {office} محوًا لسجل من {table} (لا يُمحى إلا المشاركون)؛ لم يُطبَّق.',
    'problem.bundle.warn_erasure_not_ours': 'أرسل {office} محوًا لسجل تابع للمكتب {owner}، لا لهذا المكتب؛ لم يُطبَّق.',
    'problem.bundle.warn_erasure_not_allowed': 'أرسل {office} محوًا لسجل تابع للمكتب {owner}، لا يحق لـ {office} محوه؛ لم يُطبَّق.',
    'problem.bundle.warn_erasure_wrong_owner': 'أرسل {office} محوًا يسمّي المكتب {owner} لسجل تابع للمكتب {stored}؛ لم يُطبَّق.',
    'problem.bundle.signer_revoked': 'الحزمة موقّعة بمفتاح مستخدم في المقر أبطله {office}: لم تُطبَّق. لم يتغيّر شيء.',
    'problem.bundle.signer_not_certified': 'الحزمة موقّعة بمفتاح لم يصادق عليه المقر {office} لأيٍّ من مستخدميه: لم تُطبَّق. لم يتغيّر شيء.',
    'problem.bundle.warn_names_not_back': 'عاد {count} من المشاركين المسجَّلين هنا بعد النسخة الاحتياطية المستعادة من المقر بأسمائهم المستعارة: {names}. لم يوافقوا على أن تغادر أسماؤهم هذا المكتب، لذا لا يحتفظ بها أي موقع آخر: اكتب أسماءهم مجددًا في سجلاتهم.',
}
