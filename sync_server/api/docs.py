"""``/docs``: the OpenAPI description as one self-contained HTML page (no scripts, no CDN: works offline)."""

from __future__ import annotations

import json
from html import escape
from typing import Any

_STYLE = """
body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.45;color:#1a1a1a}
h2{margin-top:2.2rem;border-bottom:1px solid #ccc}
.op{border:1px solid #bbb;border-radius:6px;padding:.6rem 1rem;margin:1rem 0}
.m{display:inline-block;min-width:4.5rem;font-weight:bold;color:#fff;background:#205080;border-radius:4px;
   padding:0 .4rem;text-align:center}
.m.post{background:#1d6b35}
code,pre{background:#f3f3f3;border-radius:4px}
pre{padding:.6rem;overflow-x:auto;font-size:.85rem}
table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.2rem .5rem;text-align:left}
"""


def _ref_name(ref: str) -> str:
    return ref.rsplit("/", 1)[-1]


def _schema_text(schema: dict[str, Any]) -> str:
    if "$ref" in schema:
        name = _ref_name(schema["$ref"])
        return f'<a href="#schema-{escape(name)}">{escape(name)}</a>'
    return f"<code>{escape(json.dumps(schema, ensure_ascii=False))}</code>"


def render_docs(spec: dict[str, Any]) -> str:
    info = spec.get("info", {})
    out = [f'<!doctype html><html lang="en"><head><meta charset="utf-8">'
           f'<meta name="viewport" content="width=device-width, initial-scale=1">'
           f"<title>{escape(info.get('title', 'API'))} – API</title><style>{_STYLE}</style></head><body><main>",
           f"<h1>{escape(info.get('title', 'API'))} <small>{escape(str(info.get('version', '')))}</small></h1>",
           f"<p>{escape(info.get('description', ''))}</p>",
           '<p>Machine-readable: <a href="/openapi.json">/openapi.json</a>.</p>', "<h2>Endpoints</h2>"]
    for path, methods in spec.get("paths", {}).items():
        for method, op in methods.items():
            out.append(f'<section class="op"><h3><span class="m {escape(method)}">{escape(method.upper())}</span> '
                       f"<code>{escape(path)}</code></h3>")
            if op.get("summary"):
                out.append(f"<p><strong>{escape(op['summary'])}</strong></p>")
            if op.get("description"):
                out.append(f"<p>{escape(op['description'])}</p>")
            if op.get("security"):
                out.append("<p>Authorization: <code>Bearer &lt;access token&gt;</code></p>")
            params = op.get("parameters") or []
            if params:
                out.append("<table><tr><th>parameter</th><th>in</th><th>required</th><th>schema</th></tr>")
                for p in params:
                    out.append(f"<tr><td><code>{escape(p['name'])}</code></td><td>{escape(p['in'])}</td>"
                               f"<td>{'yes' if p.get('required') else 'no'}</td>"
                               f"<td>{_schema_text(p.get('schema', {}))}</td></tr>")
                out.append("</table>")
            body = (op.get("requestBody") or {}).get("content", {}).get("application/json")
            if body:
                out.append(f"<p>Request body: {_schema_text(body.get('schema', {}))}</p>")
            out.append("<table><tr><th>status</th><th>meaning</th><th>body</th></tr>")
            for status, response in (op.get("responses") or {}).items():
                schema = (response.get("content") or {}).get("application/json", {}).get("schema", {})
                out.append(f"<tr><td>{escape(status)}</td><td>{escape(response.get('description', ''))}</td>"
                           f"<td>{_schema_text(schema) if schema else ''}</td></tr>")
            out.append("</table></section>")
    out.append("<h2>Schemas</h2>")
    for name, schema in spec.get("components", {}).get("schemas", {}).items():
        out.append(f'<section id="schema-{escape(name)}"><h3>{escape(name)}</h3>'
                   f"<pre>{escape(json.dumps(schema, indent=2, ensure_ascii=False))}</pre></section>")
    out.append("</main></body></html>")
    return "".join(out)
