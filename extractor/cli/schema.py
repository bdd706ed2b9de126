"""``sec8k schema``: the JSON Schema of the records, generated from the models."""

from __future__ import annotations

import argparse
import json

HELP = "print the JSON Schema of sec8k records"


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "schema",
        help=HELP,
        description="Print the JSON Schema (draft 2020-12) that every record validates against.",
        epilog="example:\n  sec8k schema > sec8k.schema.json",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from sec8k.models import FilingRecord

    schema = FilingRecord.model_json_schema(mode="serialization")
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    print(json.dumps(schema, indent=2, ensure_ascii=False))
    return 0
