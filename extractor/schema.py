"""The published JSON Schema, generated from the pydantic models.

python -m extractor.schema            # rewrite schemas/claims.schema.json
python -m extractor.schema --check    # exit 1 if the checked-in file is stale
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from extractor.models import ClaimsDocument

SCHEMA_PATH = Path(__file__).resolve().parent.parent / "schemas" / "claims.schema.json"


def schema_text() -> str:
    schema = ClaimsDocument.model_json_schema(mode="validation")
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = "https://example.org/sports-claims/claims.schema.json"
    return json.dumps(schema, indent=2, ensure_ascii=False, sort_keys=True) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m extractor.schema")
    parser.add_argument("--check", action="store_true", help="fail if the file is stale")
    parser.add_argument("--path", type=Path, default=SCHEMA_PATH)
    ns = parser.parse_args(argv)
    text = schema_text()
    if ns.check:
        current = ns.path.read_text("utf-8") if ns.path.exists() else ""
        if current != text:
            print(f"{ns.path} is stale: run python -m extractor.schema", file=sys.stderr)
            return 1
        return 0
    ns.path.parent.mkdir(parents=True, exist_ok=True)
    ns.path.write_text(text, "utf-8")
    print(f"wrote {ns.path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
