"""French typography for rendered text.

Non-breaking spaces keep punctuation with its word: a narrow one before ; ! ?,
a normal one before : and inside « ». Straight apostrophes between letters become
’ and balanced straight double quotes become « ». The source text is not changed,
only its rendering.
"""

from __future__ import annotations

import re

NBSP = "\u00a0"
NNBSP = "\u202f"

_APOSTROPHE = re.compile(r"(?<=\w)'(?=\w)")
_DOUBLE_QUOTES = re.compile(r'"([^"\n]+)"')
_SPACE_BEFORE_TALL = re.compile(r"[ \t]+([;!?])")
_SPACE_BEFORE_COLON = re.compile(r"[ \t]+:")
_AFTER_OPEN_GUILLEMET = re.compile(r"«[ \t\u00a0\u202f]*")
_BEFORE_CLOSE_GUILLEMET = re.compile(r"[ \t\u00a0\u202f]*»")


def french_typography(text: str) -> str:
    """Apply French spacing and quote rules to a run of prose."""
    text = _APOSTROPHE.sub("’", text)
    text = _DOUBLE_QUOTES.sub(lambda m: f"«{m.group(1).strip()}»", text)
    text = _SPACE_BEFORE_TALL.sub(NNBSP + r"\1", text)
    text = _SPACE_BEFORE_COLON.sub(NBSP + ":", text)
    text = _AFTER_OPEN_GUILLEMET.sub("«" + NBSP, text)
    return _BEFORE_CLOSE_GUILLEMET.sub(NBSP + "»", text)
