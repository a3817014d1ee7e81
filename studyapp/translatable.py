"""Translatable text from code that knows no Flask: `N_` marks an English string for the catalogues, and with named
parameters makes a `Message` that keeps its msgid and parameters, so a service's error reads in English in logs and
the CLI and in the reader's language on a page (`i18n.tr`). `make translations-extract` collects every `N_("...")`."""
from __future__ import annotations

import re


class Message(str):
    """English text with its named placeholders (`%(name)s`) filled in; `msgid` and `params` let the web layer
    translate the whole and then fill the placeholders (a parameter that is a `Message` is translated too)."""

    msgid: str
    params: dict
    upper_first: bool
    plural: str | None  # with a plural, params["num"] picks the form (ngettext)

    def __new__(cls, msgid: str, params: dict | None = None, upper_first: bool = False, plural: str | None = None):
        params = dict(params or {})
        chosen = plural if plural is not None and params.get("num") != 1 else msgid
        text = chosen % {key: english(value) for key, value in params.items()} if params else chosen
        self = super().__new__(cls, text[:1].upper() + text[1:] if upper_first else text)
        self.msgid, self.params, self.upper_first, self.plural = msgid, params, upper_first, plural
        return self

    def capitalized(self) -> Message:
        """The same message starting with a capital letter (a message reused at the start of a sentence)."""
        return Message(self.msgid, self.params, upper_first=True, plural=self.plural)

    def __reduce__(self):
        return (Message, (self.msgid, self.params, self.upper_first, self.plural))


class Joined(str):
    """Messages joined by `sep` (a list of problems), each translated on its own on a page."""

    parts: list
    sep: str

    def __new__(cls, parts, sep: str = " "):
        parts = list(parts)
        self = super().__new__(cls, sep.join(str(part) for part in parts))
        self.parts, self.sep = parts, sep
        return self

    def __reduce__(self):
        return (Joined, (self.parts, self.sep))


class Grouped(int):
    """A count shown with its thousands grouped ("10,000"; "10 000" in Russian); a plain int is shown as it is."""


def english(value):
    """A parameter as the English text shows it: a `Grouped` count with commas, a float without trailing zeros."""
    if isinstance(value, Grouped):
        return f"{value:,}"
    return f"{value:g}" if isinstance(value, float) else value


def N_(text: str, **params) -> str:  # noqa: N802 (gettext's name for a no-op marker)
    """`text` unchanged (only the extractor reads the mark); with parameters, a `Message` filled with them."""
    return Message(text, params) if params else text


def NP_(singular: str, plural: str, num: int, **params) -> str:  # noqa: N802 (as N_)
    """A `Message` whose form follows the number `num` (`%(num)s` in the text): English has two, Russian three."""
    return Message(singular, {**params, "num": num}, plural=plural)


def capitalized(text: str) -> str:
    """`text` starting with a capital letter, keeping a `Message` translatable."""
    if isinstance(text, Message):
        return text.capitalized()
    return text[:1].upper() + text[1:]


def message_of(exc: BaseException) -> str:
    """The message an error was raised with, a `Message` kept as it is (str() would flatten it to English)."""
    first = exc.args[0] if len(exc.args) == 1 else None
    return first if isinstance(first, str) else str(exc)


def translatable(text: str) -> str:
    """`text` as a parameter that is translated too: a string marked with `N_` elsewhere becomes a `Message` (a
    parameter that is a plain string is the reader's own text, a name or a title, and is shown as it is)."""
    return text if isinstance(text, Message | Joined) or not isinstance(text, str) else Message(text)


def at(where: str, problem: str) -> str:
    """`problem` located at `where` ("GIFT line 4: the answer is empty."): kept apart so a list of problems that
    names the line in its own column can show `problem` alone. `where` is a `Message` or a name, kept as it is."""
    return N_("%(where)s: %(problem)s", where=where, problem=translatable(problem))


def problem_at(message: str) -> tuple[str, str] | None:
    """(where, problem) of a message made by `at`, else None."""
    if isinstance(message, Message) and message.msgid == "%(where)s: %(problem)s":
        return message.params["where"], message.params["problem"]
    return None


def reread(text: str, msgids, terms=()) -> str:
    """Stored English (a failed job's error) back as the `Message` one of `msgids` made, so a page can translate it;
    `text` itself when none made it. Counts come back grouped; a parameter found in `terms` is translated too."""
    for msgid in msgids:
        if "%(" not in msgid:
            if text == msgid:
                return Message(msgid)
            continue
        match = _pattern(msgid).fullmatch(text or "")
        if match:
            params = {name: _reread_value(value, terms) for name, value in match.groupdict().items()}
            return Message(msgid, params)
    return text


def _pattern(msgid: str) -> re.Pattern:
    """A regular expression that matches the English `msgid` makes, one named group per placeholder."""
    parts, seen, at_ = [], set(), 0
    for found in re.finditer(r"%\((\w+)\)([sr])|%%", msgid):
        parts.append(re.escape(msgid[at_:found.start()]))
        at_ = found.end()
        if found.group(0) == "%%":
            parts.append("%")
            continue
        name, kind = found.groups()
        group = f"(?P={name})" if name in seen else f"(?P<{name}>.+?)"
        parts.append(f"'{group}'" if kind == "r" else group)
        seen.add(name)
    parts.append(re.escape(msgid[at_:]))
    return re.compile("".join(parts), re.DOTALL)


def _reread_value(value: str, terms):
    """A parameter read back: '12,500' is a grouped count again; a known term becomes translatable."""
    if re.fullmatch(r"\d{1,3}(,\d{3})*", value):
        return Grouped(int(value.replace(",", "")))
    return Message(value) if value in terms else value
