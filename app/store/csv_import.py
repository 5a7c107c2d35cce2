"""CSV import of organisations and offers (``ehrenamt import organisations|offers FILE.csv``).

Policy (documented in app/store/README.md):
- The header names schema fields (``title``, ``categories``...) or their German labels (``Titel``); any case.
  An unknown or repeated column refuses the whole file (nothing imported).
- Separator ``,`` ``;`` or tab (detected from the header); UTF-8, with or without BOM. Set fields list their
  items separated by ``;`` or ``,``; booleans ja/nein/true/false/1/0; dates 26.11.2026 or 2026-11-26.
- Each row is converted, validated (core.validation, all problems) and permission-checked as a local edit of the
  session user. Every good row is written in ONE transaction (row + versions + outbox entry each); every bad row
  is reported with its line number and German reasons and not written. With ``dry_run`` nothing is written.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from app.store.convert import ConversionError, parse_value
from app.store.errors import PermissionDenied, StoreError, ValidationFailed
from core.model import entity as entity_def
from core.schema import Entity

if TYPE_CHECKING:
    from app.store.replica import Replica

IMPORTABLE = {"organisations": "organisation", "offers": "offer", "organisation": "organisation", "offer": "offer"}


class CsvFormatError(StoreError):
    """The file as a whole cannot be imported (header, encoding); nothing was written."""


@dataclass
class RowError:
    line: int
    messages: list[str]

    def __str__(self) -> str:
        return f"Zeile {self.line}: " + " ".join(self.messages)


@dataclass
class ImportReport:
    entity: str
    imported: list[str] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    dry_run: bool = False

    @property
    def ok(self) -> bool:
        return not self.errors


def _delimiter(header_line: str) -> str:
    counts = {d: header_line.count(d) for d in (";", ",", "\t")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def _columns(entity: str, header: list[str]) -> list[str]:
    ent = entity_def(entity)
    by_name: dict[str, str] = {"id": "id"}
    for f in ent.fields:
        by_name[f.name.casefold()] = f.name
        by_name.setdefault(f.label.casefold(), f.name)
    columns: list[str] = []
    problems: list[str] = []
    for raw in header:
        name = by_name.get(raw.strip().casefold())
        if name is None:
            problems.append(f"Unbekannte Spalte „{raw.strip()}“.")
        elif name in columns:
            problems.append(f"Spalte „{raw.strip()}“ kommt doppelt vor.")
        columns.append(name or "")
    if problems:
        allowed = ", ".join(ent.field_names)
        raise CsvFormatError(" ".join(problems) + f" Erlaubte Spalten ({ent.label}): id, {allowed}. "
                             "Es wurde nichts importiert.")
    return columns


def import_csv(replica: Replica, kind: str, text: str, *, dry_run: bool = False) -> ImportReport:
    """Import CSV ``text`` as ``kind`` (organisations/offers). See the module docstring for the policy."""
    entity = IMPORTABLE.get(kind)
    if entity is None:
        raise CsvFormatError(f"Import von „{kind}“ ist nicht möglich (möglich: organisations, offers).")
    text = text.lstrip("\ufeff")
    if not text.strip():
        raise CsvFormatError("Die Datei ist leer. Es wurde nichts importiert.")
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text.splitlines()[0]))
    ent = entity_def(entity)
    report = ImportReport(entity, dry_run=dry_run)
    with replica._write():  # rows are checked and written under one write lock, in one transaction
        _import_rows(replica, entity, ent, reader, report)
    return report


def _import_rows(replica: Replica, entity: str, ent: Entity, reader: Any, report: ImportReport) -> None:
    try:
        header = next(reader)
        columns = _columns(entity, header)
        prepared = []
        seen_ids: set[str] = set()
        last_line = reader.line_num
        for cells in reader:
            line, last_line = last_line + 1, reader.line_num
            if not any(c.strip() for c in cells):
                continue
            if len(cells) > len(columns):
                report.errors.append(RowError(line, [f"{len(cells)} Werte, aber nur {len(columns)} Spalten."]))
                continue
            values: dict[str, object] = {}
            unreadable: dict[str, str] = {}  # field -> why its text could not be read
            for name, cell in zip(columns, cells, strict=False):
                if name == "id":
                    if cell.strip():
                        values["id"] = cell.strip()
                    continue
                try:
                    value = parse_value(ent.field(name), cell)  # type: ignore[arg-type]
                except ConversionError as exc:
                    unreadable[name] = exc.message
                    continue
                if value is not None and value != []:
                    values[name] = value
            messages = list(unreadable.values())
            if values.get("id") in seen_ids:
                messages.append("Diese id kommt in der Datei schon vor.")
            try:  # also checked when some cells were unreadable, so the row's every problem is listed at once
                checked = replica._prepare_create(entity, values)
            except ValidationFailed as exc:
                messages.extend(p.message for p in exc.problems if p.field not in unreadable)
            except PermissionDenied as exc:
                messages.append(exc.message)
            else:
                if not messages:
                    prepared.append(checked)
                    if "id" in values:
                        seen_ids.add(str(values["id"]))
            if messages:
                report.errors.append(RowError(line, messages))
    except csv.Error as exc:
        raise CsvFormatError(f"Die CSV-Datei ist fehlerhaft (Zeile {reader.line_num}): {exc}. "
                             "Es wurde nichts importiert.") from exc
    if report.dry_run:
        report.imported = [p.id for p in prepared]
    elif prepared:
        report.imported = replica._stamp_creates(prepared, outbox=True)
