"""What headquarters' root key and its setting "require user-signed bundles" say (``fielddesk keys root
export|import``, ``fielddesk keys require-user-signatures``, and the refusals at an office), in the six languages."""

TRUST_WORDS = {
    "en": {
        "problem.bundle.root_signed_refused": "The bundle from headquarters {office} is signed by headquarters' root key alone, and headquarters has asked this office to accept only bundles signed by one of its certified users: it was not applied. Nothing was changed.",
        "problem.keys.user_signature_required": "Headquarters requires bundles signed by a certified user ('fielddesk keys require-user-signatures on'), and this profile folder holds no user key: no bundle was made. Ask whoever holds headquarters' root key to certify one: 'fielddesk keys user add NAME --root FILE'.",
        "problem.keys.users_required_on": "From the next bundle, each office refuses a headquarters bundle signed by the root key alone: every bundle must be signed by a certified user.",
        "problem.keys.users_required_off": "From the next bundle, offices accept headquarters bundles signed by the root key alone again.",
    },
}
