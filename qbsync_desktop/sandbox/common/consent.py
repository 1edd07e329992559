"""The consent page a person clicks in the browser (both sandboxes render it the same way)."""

from __future__ import annotations

from collections.abc import Mapping
from html import escape


def consent_page(
    service_name: str,
    account_label: str,
    scopes: list[str],
    hidden: Mapping[str, str],
    action: str,
) -> str:
    """A small HTML form posting `hidden` back to `action` with decision=allow|deny."""
    fields = "\n".join(
        f'<input type="hidden" name="{escape(k)}" value="{escape(v)}">' for k, v in hidden.items()
    )
    scope_items = "".join(f"<li><code>{escape(s)}</code></li>" for s in scopes)
    return f"""<!doctype html>
<html><head><meta charset="utf-8"><title>{escape(service_name)} sandbox: authorize qbsync</title>
<style>body{{font-family:sans-serif;max-width:36em;margin:3em auto}}
button{{font-size:1.1em;padding:.4em 1.2em;margin-right:1em}}</style></head>
<body>
<h1>{escape(service_name)} (local sandbox)</h1>
<p><strong>qbsync</strong> wants to connect to <strong>{escape(account_label)}</strong>.</p>
<p>It asks for:</p><ul>{scope_items}</ul>
<form method="post" action="{escape(action)}" id="consent">
{fields}
<button type="submit" name="decision" value="allow" id="allow">Allow</button>
<button type="submit" name="decision" value="deny" id="deny">Deny</button>
</form>
</body></html>"""
