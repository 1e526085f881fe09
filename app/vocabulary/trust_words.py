"""What headquarters' root key and its setting "require user-signed bundles" say (``fielddesk keys root
export|import``, ``fielddesk keys require-user-signatures``, and the refusals at an office), in the six languages."""

TRUST_WORDS = {
    "en": {
        "problem.bundle.root_signed_refused": "The bundle from headquarters {office} is signed by headquarters' root key alone, and headquarters has asked this office to accept only bundles signed by one of its certified users: it was not applied. Nothing was changed.",
        "problem.keys.user_signature_required": "Headquarters requires bundles signed by a certified user ('fielddesk keys require-user-signatures on'), and this profile folder holds no user key: no bundle was made. Ask whoever holds headquarters' root key to certify one: 'fielddesk keys user add NAME --root FILE'.",
        "problem.keys.users_required_on": "From the next bundle, each office refuses a headquarters bundle signed by the root key alone: every bundle must be signed by a certified user.",
        "problem.keys.users_required_off": "From the next bundle, offices accept headquarters bundles signed by the root key alone again.",
        "problem.keys.root_absent": "This profile folder does not hold headquarters' root key (it is kept offline: 'fielddesk keys root export'), and only the root key can do this. Nothing was changed. Give it for this command with --root FILE, or bring it back with 'fielddesk keys root import FILE'.",
        "problem.keys.no_signing_key": "This profile folder holds no certified user key, and headquarters' root key is kept offline: no bundle was made. Ask whoever holds the root key to certify a key for you in this folder: 'fielddesk keys user add NAME --root FILE'.",
        "problem.keys.root_hq_only": "Only headquarters has a root key; a field office signs with the office's key.",
        "problem.keys.root_file_is_folder": "{path} is a folder; give a file name for the root key.",
        "problem.keys.root_file_unreadable": "{path} is not a root key file written by 'fielddesk keys root export', or it is damaged. Nothing was changed.",
        "problem.keys.root_passphrase_wrong": "The passphrase does not open the root key in {path}. Nothing was changed.",
        "problem.keys.root_other_site": "The root key in {path} is not this headquarters' root key. Nothing was changed.",
        "problem.keys.root_exported": "Headquarters' root key is in {path}, encrypted with its passphrase, and no longer in this profile folder (fingerprint {fingerprint}). Keep the file and its passphrase apart, offline; bring the file for 'keys user add|revoke', 'keys rotate' and 'keys require-user-signatures' (--root FILE).",
        "problem.keys.root_exported_kept": "Headquarters' root key is in {path}, encrypted with its passphrase, and still in this profile folder (fingerprint {fingerprint}).",
        "problem.keys.root_imported": "Headquarters' root key is in this profile folder again (encrypted like the other keys). Take it offline when you are done: 'fielddesk keys root export FILE'.",
        "problem.keys.root_removed": "Headquarters' root key is no longer in this profile folder; its public key stays, to check bundles and cards.",
        "problem.keys.root_new_in_folder": "The new root key is in this profile folder: take it offline now with 'fielddesk keys root export FILE'.",
    },
}
