"""Country names in the interface language, from pycountry's own translations (the ISO 3166 gettext catalogues)."""

from __future__ import annotations

import gettext
from functools import lru_cache

PYCOUNTRY_LOCALE = {"zh": "zh_CN"}


@lru_cache(maxsize=8)
def _catalogue(language: str) -> gettext.NullTranslations:
    import pycountry

    try:
        return gettext.translation("iso3166-1", pycountry.LOCALES_DIR,
                                   languages=[PYCOUNTRY_LOCALE.get(language, language)])
    except OSError:
        return gettext.NullTranslations()


def country_name(english_name: str, language: str) -> str:
    """``english_name`` is the name seeded from pycountry, which is also the catalogue's message id."""
    if not english_name or language == "en":
        return english_name
    return _catalogue(language).gettext(english_name)


def all_countries(language: str) -> list[tuple[str, str]]:
    """(alpha-2 code, name in ``language``) for every ISO 3166 country, before any profile exists (first start)."""
    import pycountry

    return [(c.alpha_2, country_name(c.name, language)) for c in pycountry.countries]
