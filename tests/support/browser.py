"""The test plays the person at the browser: open the authorize URL, click Allow/Deny.

Works with both sandboxes' consent pages (a form with id="consent" that posts its
hidden fields back with decision=allow|deny) and follows the redirect to the
app's loopback receiver, exactly as a browser would.
"""

from __future__ import annotations

from html.parser import HTMLParser
from urllib.parse import urljoin

import httpx


class _FormParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.action: str | None = None
        self.fields: dict[str, str] = {}
        self._in_form = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag == "form" and a.get("id") == "consent":
            self._in_form = True
            self.action = a.get("action", "")
        elif tag == "input" and self._in_form and a.get("type") == "hidden":
            self.fields[a["name"]] = a.get("value", "")

    def handle_endtag(self, tag: str) -> None:
        if tag == "form":
            self._in_form = False


def consent_form(html: str) -> tuple[str, dict[str, str]]:
    parser = _FormParser()
    parser.feed(html)
    if parser.action is None:
        raise AssertionError("no consent form on the authorize page")
    return parser.action, parser.fields


def play_browser(authorize_url: str, allow: bool = True, timeout: float = 10.0) -> httpx.Response:
    """Submit the consent form; returns the loopback receiver's response (or the deny page)."""
    with httpx.Client(follow_redirects=False, timeout=timeout) as client:
        page = client.get(authorize_url)
        page.raise_for_status()
        action, fields = consent_form(page.text)
        answer = client.post(
            urljoin(str(page.url), action),
            data={**fields, "decision": "allow" if allow else "deny"},
        )
        if answer.status_code in (301, 302, 303, 307, 308):
            return client.get(answer.headers["location"])
        return answer
