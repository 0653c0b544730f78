"""A text in Vietnamese and English, and the languages the library speaks.

Kept apart from :mod:`giamngheo._model`, which imports it back: the facts and the rules use it, and
:mod:`giamngheo._model` imports the rules.
"""

from __future__ import annotations

import attrs

from giamngheo._errors import InvalidInput

__all__ = ["LANGS", "Text", "check_lang"]

LANGS = ("vi", "en")


def check_lang(lang: str) -> str:
    """Return ``lang`` if it is a supported language (``"vi"`` or ``"en"``), else raise :class:`InvalidInput`."""
    if lang not in LANGS:
        raise InvalidInput("lang", f"unsupported language {lang!r}; use 'vi' or 'en'")
    return lang


@attrs.frozen
class Text:
    """A text in Vietnamese and English."""

    vi: str
    en: str

    def __call__(self, lang: str) -> str:
        """The text in ``lang``."""
        return self.vi if check_lang(lang) == "vi" else self.en
