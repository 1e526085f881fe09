"""数据包被拒绝的原因（中文）。"""

WORDS = {
    'problem.bundle.not_a_bundle': '这不是 FieldDesk 数据包（该文件不是加密数据包）。',
    'problem.bundle.header_no_end': '数据包已损坏或被篡改：其加密标头没有结尾。',
    'problem.bundle.header_invalid': '数据包已损坏或被篡改：其加密标头无效。',
    'problem.bundle.header_no_key': '数据包已损坏或被篡改：其加密标头不含任何办事处的密钥。',
    'problem.bundle.header_many_recipients': '数据包已损坏或被篡改：它有多个收件方。',
    'problem.bundle.header_bad_key': '数据包已损坏或被篡改：其加密标头中的密钥无效。',
    'problem.bundle.not_for_us': '此数据包不是发给本办事处的：它是为另一个收件方加密的（或其加密标头在传送途中损坏）。',
    'problem.bundle.does_not_decrypt': '数据包已损坏或被篡改：无法解密。',
    'problem.bundle.too_large': '数据包大于 {gb} GB；未打开。',
    'problem.bundle.not_an_archive': '数据包已损坏：其内容不是有效的归档文件。',
    'problem.bundle.too_many_files': '数据包含有 {count} 个文件，超过 {limit} 个。',
    'problem.bundle.bad_entry_name': '数据包含有名称不允许的条目：{name}。',
    'problem.bundle.bad_compression': '数据包条目 {name} 的压缩方式是数据包从不使用的。',
    'problem.bundle.entry_twice': '数据包两次含有同一条目。',
    'problem.bundle.no_manifest': '数据包没有清单或没有签名。',
    'problem.bundle.manifest_too_large': '数据包的清单过大。',
    'problem.bundle.manifest_unreadable': '数据包已损坏：无法读取其清单。',
    'problem.bundle.manifest_malformed': '数据包的清单格式错误（{detail}）。',
    'problem.bundle.unknown_format': '这不是 FieldDesk 数据包（清单格式未知）。',
    'problem.bundle.too_new': '此数据包使用数据包格式 {version}；请将 FieldDesk 更新到 {app_version} 或更高版本后再导入。',
    'problem.bundle.too_new_kept': '此数据包使用数据包格式 {version}；请将 FieldDesk 更新到 {app_version} 或更高版本后再'
                                   '导入。文件已保存在 {kept}。',
    'problem.bundle.unlisted_files': '数据包含有清单未列出的文件：{names}。',
    'problem.bundle.missing_files': '数据包缺少清单列出的文件：{names}。',
    'problem.bundle.wrong_size': '数据包中的 {name} 为 {size} 字节，而不是所列的 {listed} 字节。',
    'problem.bundle.entry_unreadable': '数据包已损坏：无法读取 {name}。',
    'problem.bundle.hash_mismatch': '数据包中的 {name} 与其 SHA-256 不符：数据包已被篡改。',
    'problem.bundle.no_changes_file': '数据包没有更改文件。',
    'problem.bundle.unreadable_file': '无法读取 {path}（{reason}）。',
    'problem.bundle.file_too_large': '{name} 比任何数据包可能的大小都大；未打开。',
    'problem.bundle.own_bundle': '此数据包由本配置文件自己创建；请在收件方导入。',
    'problem.bundle.untrusted_sender': "数据包声称来自办事处 {office}，但该办事处在此不受信任：请通过电话核对指纹，然后运行"
                                       "'fielddesk keys trust CARD'。",
    'problem.bundle.key_replaced': '数据包使用办事处 {office} 已于 {date} 替换的密钥签名；已被拒绝。请向该办事处索取新的数据包'
                                   '（用其新密钥创建）。',
    'problem.bundle.key_revoked': '数据包使用办事处 {office} 已于 {date} 吊销的密钥签名；已被拒绝。请向该办事处索取新的数据包'
                                  '（用其新密钥创建），并与其核实以其名义发送了什么。',
    'problem.bundle.bad_signature': '数据包的签名与为办事处 {office} 固定的密钥不符：它已被篡改或并非由该办事处创建。',
    'problem.bundle.office_mismatch': '数据包声称来自办事处 {claimed}，但由 {office} 签名。',
    'problem.bundle.wrong_recipient': '此数据包发给办事处 {recipient}，而不是本办事处（{office}）。',
    'problem.bundle.changes_unusable': '数据包的更改无法使用：{detail}。',
    'problem.bundle.change_count': '清单声明有 {announced} 项更改，但数据包含有 {count} 项。',
    'problem.bundle.number_out_of_range': '数据包清单给出的 {what} 为 {value}，超出 0-{limit}；数据包已损坏或被伪造，'
                                          '未应用任何内容。',
    'problem.bundle.bad_sequence': '数据包清单将其编号为 #{sequence}（其系列的第一个：#{first}）；数据包已损坏或被伪造，'
                                   '未应用任何内容。',
    'problem.bundle.bad_range': '数据包清单给出的范围在开始之前就结束了；数据包已损坏或被伪造，未应用任何内容。',
    'problem.bundle.too_many_erasures': '数据包清单列出的删除记录多于任何站点会产生的数量；数据包已损坏或被伪造，未应用任何'
                                        '内容。',
    'problem.bundle.erasure_ids_too_long': '数据包清单含有一项删除记录，其标识符比 FieldDesk 生成的任何标识符都长；数据包已'
                                           '损坏或被伪造，未应用任何内容。',
    'problem.bundle.erasure_ack_too_long': '数据包清单确认了一项删除记录，其标识符比 FieldDesk 生成的任何标识符都长；数据包'
                                           '已损坏或被伪造，未应用任何内容。',
    'problem.bundle.ids_too_long': '数据包清单含有比 FieldDesk 生成的任何标识符都长的标识符；数据包已损坏或被伪造，未应用'
                                   '任何内容。',
    'problem.bundle.stray_attachments': '数据包含有 {count} 个没有任何记录引用的附件文件（{first}\u2026）；未应用任何内容。',
    'problem.bundle.creates_without': '数据包创建了一条 {table} 记录（{record}），但缺少 {fields}。',
    'problem.bundle.keys_not_signed': '数据包携带了办事处 {office} 的新密钥，但这些密钥未经此处固定的密钥签名：它已被篡改'
                                      '或并非由该办事处创建。',
    'problem.bundle.card_other_site': '为办事处 {office} 携带的新身份卡指向另一个站点（{other}，{role}）；已被拒绝。',
    'problem.bundle.missing_reference': '来自 {office} 的数据包无法应用：它引用了一条不存在的记录（{table}）。未应用任何内容。',
    'problem.bundle.sequence_jump': '来自 {office} 的数据包 #{sequence} 不能接在数据包 #{last_number} 之后：没有哪个办事处会制作 '
                                    '{jump} 个全部丢失的数据包。未应用任何内容；请该办事处检查其 FieldDesk 并发送新的数据包。',
    'problem.bundle.cannot_apply': '数据包无法应用：{reason}。未应用任何内容。',
    'problem.bundle.cannot_apply_from': '来自 {office} 的数据包无法应用：{reason}。未应用任何内容。',
    'problem.bundle.newer_schema': '此数据包来自较新版本的 FieldDesk（架构 {schema}）；请将 FieldDesk 更新到 {app_version} '
                                   '或更高版本，然后重新导入。',
    'problem.bundle.newer_schema_kept': '此数据包来自较新版本的 FieldDesk（架构 {schema}）；请将 FieldDesk 更新到 '
                                        '{app_version} 或更高版本，然后重新导入。文件已保存在 {kept}。',
    'problem.bundle.warn_gaps': '来自 {office} 的数据包 {numbers} 从未到达此处；其更改已包含在本数据包中。',
    'problem.bundle.warn_keys_replaced': '办事处 {office} 已替换其密钥；其新密钥（指纹 {fingerprint}）从现在起在此受信任，任何用旧密钥签名的内容都将被拒绝。',
    'problem.bundle.warn_keys_revoked': '办事处 {office} 已吊销其旧密钥；其新密钥（指纹 {fingerprint}）从现在起在此受信任，任何用旧密钥签名的内容都将被拒绝。',
    'problem.bundle.warn_restamped': "{count} 项时间戳在未来的更改已在此按当前时间应用。本数据包未被确认，因此 {office} 会再次发送这些更改：请其校准时钟，并在下次导出前运行 'fielddesk clock repair'。",
    'problem.bundle.warn_refused': "{count} 项更改被拒绝且未应用：{records}。它们已保留待审（'fielddesk sync review'）。",
    'problem.bundle.warn_refused_more': "{count} 项更改被拒绝且未应用：{records} 及另外 {more} 项。它们已保留待审（'fielddesk sync review'）。",
    'problem.bundle.warn_held': '{count} 项更改正在等待尚未到达的记录；记录到达后即会应用。',
    'problem.bundle.warn_expired': "来自 {offices} 的 {count} 项暂挂更改等待从未到达的记录超过 {days} 天，已被丢弃（'fielddesk sync status'）。",
    'problem.bundle.already_imported': '已于 {date} 导入；未作任何更改。',
    'problem.bundle.already_received_superseded': '已于 {date} 收到，此前一个较新的数据包已包含其更改；未作任何更改。',
    'problem.bundle.went_back': '来自 {office} 的第 {sequence} 号数据包制作于已导入的第 {last_number} 号之后，却沿用了较早的编号：该办事处的配置文件被换回了较旧的副本。其更改已应用，其丢失的内容将随下一个数据包发回给它。',
    'problem.bundle.superseded': '来自 {office} 的第 {sequence} 号数据包早于已导入的第 {last_number} 号，后者已包含其更改；未作任何更改。',
    'problem.bundle.new_incarnation': '{office} 恢复了备份（自 {date} 起）：其数据包已应用，其丢失的内容将随下一个数据包发回给它。',
    'problem.bundle.earlier_incarnation': '来自 {office} 的第 {sequence} 号数据包制作于该办事处恢复备份之前；其更改已应用，并将发回给它，因为它可能已丢失这些更改。',
    'problem.bundle.warn_went_back_here': '发送方收到的本配置文件的更改多于本配置文件现有的更改（换上了较旧的副本）：开始新的同步周期，另一方将发回丢失的内容。',
    'problem.bundle.warn_quarantine_superseded': '来自 {office} 的隔离中的数据包 {numbers} 已被本数据包取代（本数据包带有其更改），并已移出隔离区。',
    'problem.bundle.warn_erasure_not_participant': '{office} 发送了对 {table} 记录的删除（只删除参与者）；未予应用。',
    'problem.bundle.warn_erasure_not_ours': '{office} 发送了对办事处 {owner} 的记录的删除，而非本办事处的记录；未予应用。',
    'problem.bundle.warn_erasure_not_allowed': '{office} 发送了对办事处 {owner} 的记录的删除，{office} 无权删除该记录；未予应用。',
    'problem.bundle.warn_erasure_wrong_owner': '{office} 发送的删除为办事处 {stored} 的记录指定了办事处 {owner}；未予应用。',
}
