"""Reading an uploaded CSV file (the feedback and the people imports): UTF-8 text within a size cap, and its
records with the line each starts on. Problems are a ValidationError on the `file` field."""

import csv
import io
from collections.abc import Iterator
from typing import IO

from core.errors import ValidationError


def _size_text(max_bytes: int) -> str:
    mib = 1024 * 1024
    return f"{max_bytes // mib} MB" if max_bytes % mib == 0 else f"{max_bytes // 1024} KB"


def csv_file_text(file: IO[bytes], *, max_bytes: int) -> str:
    """The file's text: at most max_bytes, UTF-8 (a byte-order mark dropped), not empty."""
    raw = file.read(max_bytes + 1)
    if isinstance(raw, str):
        raw = raw.encode()
    if len(raw) > max_bytes:
        raise ValidationError(f"The file is larger than {_size_text(max_bytes)}.", field="file")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ValidationError(
            f"The file is not UTF-8 text (byte {error.start} is not valid UTF-8); save it as CSV UTF-8.", field="file"
        ) from error
    if not text.strip():
        raise ValidationError("The file is empty: it needs a header row and at least one row.", field="file")
    return text


def csv_records(text: str) -> Iterator[tuple[int, list[str]]]:
    """Each record with the line it starts on. Strict: a quote left open (which would swallow the rest of the
    file into one cell) or text after a closing quote is an error naming the record's line."""
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    while True:
        line = reader.line_num + 1
        try:
            record = next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            raise ValidationError(
                f"The file is not valid CSV at line {line}: {error} (is a quote left open?).",
                field="file",
                extra={"line": line},
            ) from error
        yield line, record
