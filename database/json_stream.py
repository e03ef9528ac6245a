"""Reading one large JSON object a member at a time, and a list member an element at a time.

An exchange file holds a whole archive: read whole it took gigabytes of memory for a large post.
:func:`members` walks the top-level object and hands each list's elements over one by one,
parsed by the standard library's own (C) decoder, so memory holds one element and a buffer,
whatever the size of the file, and any JSON layout is read. Problems are told as
:class:`StreamError` with the line and column they are at, in the words ``json`` uses.
"""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Callable, Iterator
from typing import IO, Any

READ = 1 << 20  # bytes read at a time
_SPACE = re.compile(r"[ \t\n\r]*")


class StreamError(Exception):
    """The text is not valid JSON (``message`` says where), or not UTF-8."""


class Members:
    """``for key, value in Members(stream)``: each member of the top-level object; the value of
    a member whose value is a list is an iterator over its elements, to be used up before the
    next member is asked for (whatever is left of it is skipped)."""

    def __init__(self, stream: IO[bytes], *, parse_int: Callable[[str], Any] | None = None,
                 limit: int | None = None) -> None:
        self.stream = stream
        self.decoder = json.JSONDecoder(parse_int=parse_int)
        self.utf8 = codecs.getincrementaldecoder("utf-8-sig")()
        self.buf = ""
        self.pos = 0
        self.line = 1  # the line the buffer's start is on
        self.line_start = 0  # offset in the whole text of that line's start
        self.offset = 0  # offset in the whole text of the buffer's start
        self.bytes_read = 0
        self.limit = limit
        self.eof = False

    # --- the buffer ------------------------------------------------------------------------

    def _more(self) -> bool:
        if self.eof:
            return False
        raw = self.stream.read(READ)
        self.bytes_read += len(raw)
        if self.limit is not None and self.bytes_read > self.limit:
            raise StreamError(f"larger than {self.limit >> 20} MB")
        try:
            text = self.utf8.decode(raw, final=not raw)
        except UnicodeDecodeError as e:
            raise StreamError(f"not UTF-8 text (byte {self.bytes_read - len(raw) + e.start})") from e
        if not raw:
            self.eof = True
        # What is consumed is let go, so the buffer holds one element and what was read after it.
        if self.pos:
            done = self.buf[:self.pos]
            lines = done.count("\n")
            if lines:
                self.line += lines
                self.line_start = self.offset + done.rindex("\n") + 1
            self.offset += self.pos
            self.buf, self.pos = self.buf[self.pos:], 0
        self.buf += text
        return bool(raw)

    def _where(self, pos: int) -> str:
        before = self.buf[:pos]
        lines = before.count("\n")
        line = self.line + lines
        start = self.offset + before.rindex("\n") + 1 if lines else self.line_start
        return f"line {line}, column {self.offset + pos - start + 1}"

    def _fail(self, msg: str, pos: int | None = None) -> StreamError:
        return StreamError(f"not valid JSON at {self._where(self.pos if pos is None else pos)}: {msg}")

    def _skip_space(self) -> str:
        """The next character that is not white space ('' at the end of the text)."""
        while True:
            self.pos = _SPACE.match(self.buf, self.pos).end()  # type: ignore[union-attr]
            if self.pos < len(self.buf):
                return self.buf[self.pos]
            if not self._more():
                return ""

    def _expect(self, chars: str, msg: str) -> str:
        c = self._skip_space()
        if not c or c not in chars:
            raise self._fail(msg)
        self.pos += 1
        return c

    def _value(self) -> Any:
        """One JSON value from the buffer, reading more while it is cut off at the buffer's end."""
        self._skip_space()
        while True:
            try:
                value, end = self.decoder.raw_decode(self.buf, self.pos)
            except json.JSONDecodeError as e:
                cut = e.pos >= len(self.buf) - 8 or e.msg.startswith(("Unterminated string", "Invalid \\u"))
                if cut and not self.eof:
                    self._more()  # the buffer moves: decode again from the value's start
                    continue
                raise self._fail(e.msg, e.pos) from e
            except RecursionError as e:
                raise StreamError("nested too deeply") from e
            if end < len(self.buf) or self.eof:
                self.pos = end
                return value
            self._more()  # a number may go on in the next read: decode again

    # --- walking the object ----------------------------------------------------------------

    def __iter__(self) -> Iterator[tuple[str, Any]]:
        if self._skip_space() != "{":
            if self.eof and not self.buf.strip():
                raise self._fail("Expecting value")
            value = self._value()  # valid JSON, just not an object: say so; invalid: say where
            raise StreamError(f"the top level must be a JSON object, not {type(value).__name__}")
        self.pos += 1
        if self._skip_space() == "}":
            self.pos += 1
        else:
            while True:
                if self._skip_space() != '"':
                    raise self._fail("Expecting property name enclosed in double quotes")
                key = self._value()
                self._expect(":", "Expecting ':' delimiter")
                if self._skip_space() == "[":
                    self.pos += 1
                    items = self._elements()
                    yield key, items
                    for _rest in items:
                        pass
                else:
                    yield key, self._value()
                if self._expect(",}", "Expecting ',' delimiter") == "}":
                    break
        if self._skip_space():
            raise self._fail("Extra data")

    def _elements(self) -> Iterator[Any]:
        if self._skip_space() == "]":
            self.pos += 1
            return
        while True:
            yield self._value()
            if self._expect(",]", "Expecting ',' delimiter") == "]":
                return
