"""Why a bundle was refused, in English (the text the command line and the logs print)."""

from app.vocabulary.plurals import plural

WORDS = {
    'problem.bundle.not_a_bundle': 'This is not a FieldDesk bundle (the file is not an encrypted bundle).',
    'problem.bundle.header_no_end': 'The bundle is damaged or was altered: its encryption header has no end.',
    'problem.bundle.header_invalid': 'The bundle is damaged or was altered: its encryption header is not valid.',
    'problem.bundle.header_no_key': 'The bundle is damaged or was altered: its encryption header holds no key for any '
                                    'office.',
    'problem.bundle.header_many_recipients': 'The bundle is damaged or was altered: it has several recipients.',
    'problem.bundle.header_bad_key': "The bundle is damaged or was altered: its encryption header's key is not valid.",
    'problem.bundle.not_for_us': 'This bundle is not addressed to this office: it was encrypted for another recipient '
                                 '(or its encryption header was damaged on the way).',
    'problem.bundle.does_not_decrypt': 'The bundle is damaged or was altered: it does not decrypt.',
    'problem.bundle.too_large': 'The bundle is larger than {gb} GB; it was not opened.',
    'problem.bundle.not_an_archive': 'The bundle is damaged: its contents are not a valid archive.',
    'problem.bundle.too_many_files': 'The bundle holds {count} files, more than {limit}.',
    'problem.bundle.bad_entry_name': 'The bundle holds an entry with a name that is not allowed: {name}.',
    'problem.bundle.bad_compression': 'The bundle entry {name} is compressed in a way bundles never are.',
    'problem.bundle.entry_twice': 'The bundle holds the same entry twice.',
    'problem.bundle.no_manifest': 'The bundle has no manifest or no signature.',
    'problem.bundle.manifest_too_large': "The bundle's manifest is too large.",
    'problem.bundle.manifest_unreadable': 'The bundle is damaged: its manifest cannot be read.',
    'problem.bundle.manifest_malformed': "The bundle's manifest is malformed ({detail}).",
    'problem.bundle.unknown_format': 'This is not a FieldDesk bundle (unknown manifest format).',
    'problem.bundle.too_new': 'This bundle uses bundle format {version}; update FieldDesk to version {app_version} or '
                              'later to import it.',
    'problem.bundle.too_new_kept': 'This bundle uses bundle format {version}; update FieldDesk to version '
                                   '{app_version} or later to import it. The file was kept in {kept}.',
    'problem.bundle.unlisted_files': 'The bundle holds files its manifest does not list: {names}.',
    'problem.bundle.missing_files': 'The bundle lacks files its manifest lists: {names}.',
    'problem.bundle.wrong_size': '{name} in the bundle is {size} bytes, not the {listed} listed.',
    'problem.bundle.entry_unreadable': 'The bundle is damaged: {name} cannot be read.',
    'problem.bundle.hash_mismatch': '{name} in the bundle does not match its SHA-256: the bundle was altered.',
    'problem.bundle.no_changes_file': 'The bundle has no changes file.',
    'problem.bundle.unreadable_file': '{path} cannot be read ({reason}).',
    'problem.bundle.file_too_large': '{name} is larger than any bundle may be; it was not opened.',
    'problem.bundle.own_bundle': 'This bundle was made by this profile itself; import it at the recipient.',
    'problem.bundle.untrusted_sender': "The bundle says it comes from office {office}, which is not trusted here: "
                                       "compare fingerprints by phone, then 'fielddesk keys trust CARD'.",
    'problem.bundle.key_replaced': 'The bundle is signed with a key that office {office} replaced on {date}; it was '
                                   'refused. Ask the office for a new bundle (made with its new key).',
    'problem.bundle.key_revoked': 'The bundle is signed with a key that office {office} revoked on {date}; it was '
                                  'refused. Ask the office for a new bundle (made with its new key), and check with it '
                                  'what was sent in its name.',
    'problem.bundle.bad_signature': "The bundle's signature does not match the key pinned for office {office}: it was "
                                    "altered or not made by that office.",
    'problem.bundle.office_mismatch': 'The bundle claims office {claimed} but is signed by {office}.',
    'problem.bundle.wrong_recipient': 'This bundle is addressed to office {recipient}, not to this office ({office}).',
    'problem.bundle.changes_unusable': "The bundle's changes are not usable: {detail}.",
    'problem.bundle.change_count': 'The manifest announces {announced} changes but the bundle holds {count}.',
    'problem.bundle.number_out_of_range': "The bundle's manifest gives {what} as {value}, outside 0-{limit}; it is "
                                          "damaged or forged, and nothing was applied.",
    'problem.bundle.bad_sequence': "The bundle's manifest numbers it #{sequence} (first of its series: #{first}); it "
                                   "is damaged or forged, and nothing was applied.",
    'problem.bundle.bad_range': "The bundle's manifest gives a range that ends before it starts; it is damaged or "
                                "forged, and nothing was applied.",
    'problem.bundle.too_many_erasures': "The bundle's manifest lists more erasures than any site makes; it is damaged "
                                        "or forged, and nothing was applied.",
    'problem.bundle.erasure_ids_too_long': "The bundle's manifest holds an erasure with identifiers longer than any "
                                           "FieldDesk makes; it is damaged or forged, and nothing was applied.",
    'problem.bundle.erasure_ack_too_long': "The bundle's manifest acknowledges an erasure with an identifier longer "
                                           "than any FieldDesk makes; it is damaged or forged, and nothing was "
                                           "applied.",
    'problem.bundle.ids_too_long': "The bundle's manifest holds identifiers longer than any FieldDesk makes; it is "
                                   "damaged or forged, and nothing was applied.",
    'problem.bundle.stray_attachments': plural(one='The bundle holds {count} attachment file that no record in it refers to ({first}…); nothing was applied.', other='The bundle holds {count} attachment files that no record in it refers to ({first}…); nothing was applied.'),
    'problem.bundle.creates_without': 'The bundle creates a record of {table} ({record}) without {fields}.',
    'problem.bundle.keys_not_signed': 'The bundle carries new keys for office {office} that the key pinned here did '
                                      'not sign: it was altered or not made by that office.',
    'problem.bundle.card_other_site': 'The new identity card carried for office {office} names another site '
                                      '({other}, {role}); it was refused.',
    'problem.bundle.missing_reference': 'The bundle from {office} cannot be applied: it refers to a record that does '
                                        'not exist ({table}). Nothing was applied.',
    'problem.bundle.sequence_jump': 'Bundle #{sequence} from {office} cannot follow bundle #{last_number}: no office makes '
                                    '{jump} bundles that all get lost. Nothing was applied; ask that office to check '
                                    'its FieldDesk and send a new bundle.',
    'problem.bundle.cannot_apply': 'The bundle cannot be applied: {reason}. Nothing was applied.',
    'problem.bundle.cannot_apply_from': 'The bundle from {office} cannot be applied: {reason}. Nothing was applied.',
    'problem.bundle.newer_schema': 'This bundle comes from a newer FieldDesk (schema {schema}); update FieldDesk to '
                                   'version {app_version} or later, then import it again.',
    'problem.bundle.newer_schema_kept': 'This bundle comes from a newer FieldDesk (schema {schema}); update FieldDesk '
                                        'to version {app_version} or later, then import it again. The file was kept '
                                        'in {kept}.',
    'problem.bundle.warn_gaps': plural(one='Bundle {numbers} from {office} never arrived here; its changes are included in this one.', other='Bundles {numbers} from {office} never arrived here; their changes are included in this one.'),
    'problem.bundle.warn_keys_replaced': 'Office {office} replaced its keys; its new keys (fingerprint {fingerprint}) are trusted here from now on, and anything signed with the old key is refused.',
    'problem.bundle.warn_keys_revoked': 'Office {office} revoked its old key; its new keys (fingerprint {fingerprint}) are trusted here from now on, and anything signed with the old key is refused.',
    'problem.bundle.warn_restamped': plural(one="{count} change stamped in the future was applied with the present time here. This bundle is not acknowledged, so {office} sends this change again: ask it to set its clock and run 'fielddesk clock repair' before its next export.", other="{count} changes stamped in the future were applied with the present time here. This bundle is not acknowledged, so {office} sends these changes again: ask it to set its clock and run 'fielddesk clock repair' before its next export."),
    'problem.bundle.warn_refused': plural(one="{count} change was refused and not applied: {records}. It is kept for review ('fielddesk sync review').", other="{count} changes were refused and not applied: {records}. They are kept for review ('fielddesk sync review')."),
    'problem.bundle.warn_refused_more': plural(one="{count} change was refused and not applied: {records} and {more} more. It is kept for review ('fielddesk sync review').", other="{count} changes were refused and not applied: {records} and {more} more. They are kept for review ('fielddesk sync review')."),
    'problem.bundle.warn_held': plural(one='{count} change waits for a record that has not arrived yet; it will be applied when the record does.', other='{count} changes wait for a record that has not arrived yet; they will be applied when it does.'),
    'problem.bundle.warn_expired': plural(one="{count} held change from {offices} waited more than {days} days for a record that never arrived and was dropped ('fielddesk sync status').", other="{count} held changes from {offices} waited more than {days} days for a record that never arrived and were dropped ('fielddesk sync status')."),
    'problem.bundle.already_imported': 'Already imported on {date}; nothing changed.',
    'problem.bundle.already_received_superseded': 'Already received on {date}, after a newer bundle that included its changes; nothing changed.',
    'problem.bundle.went_back': "Bundle #{sequence} from {office} was made after bundle #{last_number}, already imported, yet reuses an earlier number: that office's profile was put back to an older copy. Its changes were applied, and what it lost will be sent back to it with the next bundle.",
    'problem.bundle.superseded': 'Bundle #{sequence} from {office} is older than bundle #{last_number}, already imported, which included its changes; nothing changed.',
    'problem.bundle.new_incarnation': '{office} restored a backup (since {date}): its bundle was applied, and what it lost will be sent back to it with the next bundle.',
    'problem.bundle.earlier_incarnation': 'Bundle #{sequence} from {office} was made before that office restored a backup; its changes were applied and will be sent back to it, since it may have lost them.',
    'problem.bundle.warn_went_back_here': "The sender has received more of this profile's changes than this profile holds (an older copy of it was put in place): it starts a new sync incarnation, and the other side will send back what it lost.",
    'problem.bundle.warn_quarantine_superseded': plural(one='Bundle {numbers} from {office}, kept in quarantine, is superseded by this one (it carries its changes) and was removed from quarantine.', other='Bundles {numbers} from {office}, kept in quarantine, are superseded by this one (it carries their changes) and were removed from quarantine.'),
    'problem.bundle.warn_erasure_not_participant': '{office} sent an erasure of a {table} record (only participants are erased); it was not applied.',
    'problem.bundle.warn_erasure_not_ours': '{office} sent an erasure of a record of office {owner}, not of this office; it was not applied.',
    'problem.bundle.warn_erasure_not_allowed': '{office} sent an erasure of a record of office {owner}, which {office} may not erase; it was not applied.',
    'problem.bundle.warn_erasure_wrong_owner': '{office} sent an erasure naming office {owner} for a record of office {stored}; it was not applied.',
    'problem.bundle.signer_revoked': "The bundle is signed by a headquarters user's key that {office} revoked: it was not applied. Nothing was changed.",
    'problem.bundle.signer_not_certified': 'The bundle is signed by a key that headquarters {office} has not certified for any of its users: it was not applied. Nothing was changed.',
    'problem.bundle.warn_names_not_back': plural(one='{count} participant recorded here after the restored backup came back from headquarters under their pseudonym: {names}. They did not consent to their name leaving this office, so no other site holds it: type their name again in their record.', other='{count} participants recorded here after the restored backup came back from headquarters under their pseudonym: {names}. They did not consent to their name leaving this office, so no other site holds it: type their names again in their records.'),
}
