"""Command-line flags named like schema fields (``--title``, ``--online-possible``, ``--categories``) and the
conversion of their text into typed values (app/store/convert.py)."""

from __future__ import annotations

import argparse
from collections.abc import Iterable
from typing import Any

from app.cli.context import CliError
from app.store.convert import ConversionError, parse_value
from core.model import entity as entity_def
from core.schema import FieldType
from core.validation import validate, with_defaults

ALIASES = {"categories": ("--category",)}


def flag(name: str) -> str:
    return "--" + name.replace("_", "-")


def add_field_flags(parser: argparse.ArgumentParser, entity: str, *, exclude: Iterable[str] = ()) -> None:
    skip = set(exclude)
    for f in entity_def(entity).fields:
        if f.name in skip:
            continue
        names = (flag(f.name), *ALIASES.get(f.name, ()))
        hint = f" ({', '.join(f.choices)})" if f.choices else ""
        req = " [Pflichtfeld]" if f.required else ""
        if f.is_set:
            parser.add_argument(*names, dest=f.name, action="append", metavar="WERT",
                                help=f"{f.label}{hint}{req}; mehrfach angeben oder mit ; / , trennen")
        elif f.type is FieldType.BOOL:
            parser.add_argument(*names, dest=f.name, nargs="?", const="ja", metavar="ja|nein",
                                help=f"{f.label} (ohne Wert: ja)")
        else:
            parser.add_argument(*names, dest=f.name, metavar=f.type.value.upper(), help=f"{f.label}{hint}{req}")


def values_from_args(entity: str, args: argparse.Namespace, *, exclude: Iterable[str] = (),
                     partial: bool = False, fill: dict[str, Any] | None = None) -> dict[str, Any]:
    """The typed values of every field flag given. When a value cannot be converted, the refusal lists it
    together with every other problem the schema validation finds (``partial``: only the fields given;
    ``fill``: values the store would fill in, e.g. the owner, so they are not reported missing)."""
    skip = set(exclude)
    values: dict[str, Any] = {}
    bad: dict[str, str] = {}
    for f in entity_def(entity).fields:
        if f.name in skip:
            continue
        raw = getattr(args, f.name, None)
        if raw is None:
            continue
        try:
            values[f.name] = parse_value(f, raw)
        except ConversionError as exc:
            bad[f.name] = exc.message
    if bad:
        probe = values if partial else with_defaults(entity, {**(fill or {}), **values})
        rest = [p.message for p in validate(entity, probe, partial=partial) if p.field not in bad]
        raise CliError("Die Angaben sind nicht gültig – es wurde nichts gespeichert.",
                       details=list(bad.values()) + rest)
    return values
