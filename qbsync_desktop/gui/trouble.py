"""Connection trouble in the bookkeeper's words, decided by the error's type, never its text.

"All connection attempts failed (ConnectError)" says nothing to a bookkeeper. What they
need: which service cannot be reached, that it is probably the internet connection,
and when qbsync tries again; or that a sign-in lapsed and Reconnect fixes it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

import httpx

from qbsync_desktop.core.connectors.errors import AuthError, TransportFailure
from qbsync_desktop.core.sync.problems import ProblemCode

from .connections_page import SHORT
from .i18n import translate
from .timefmt import clock_time

TroubleKind = Literal["unreachable", "signin"]


@dataclass(frozen=True)
class Trouble:
    kind: TroubleKind
    service: str | None  # "hubspot" / "quickbooks"; None when the error does not say

    @property
    def service_name(self) -> str:
        for service, name in SHORT.items():
            if service == self.service:
                return name
        return translate("Trouble", "HubSpot or QuickBooks")

    def headline(self) -> str:
        if self.kind == "signin":
            return translate("Trouble", "Reconnect {service}").format(service=self.service_name)
        return translate("Trouble", "Can't reach {service}").format(service=self.service_name)

    def sentence(self, next_try: dt.datetime | None) -> str:
        """The banner's and the tray's sentence; `next_try` is the next automatic run."""
        if self.kind == "signin":
            return translate(
                "Trouble",
                "The {service} sign-in has expired or was revoked — press Reconnect; nothing "
                "queued is lost.",
            ).format(service=self.service_name)
        if next_try is not None:
            said = translate(
                "Trouble",
                "Can't reach {service} — check the internet connection; qbsync will try again "
                "at {time}.",
            )
            return said.format(service=self.service_name, time=clock_time(next_try))
        said = translate(
            "Trouble",
            "Can't reach {service} — check the internet connection; press Sync now to try again.",
        )
        return said.format(service=self.service_name)


def _chain(exc: BaseException) -> Iterator[BaseException]:
    """The error and what caused it (a wrapper may hide the transport error)."""
    seen: set[int] = set()
    cur: BaseException | None = exc
    while cur is not None and id(cur) not in seen:
        seen.add(id(cur))
        yield cur
        cur = cur.__cause__ or cur.__context__


def connection_trouble(exc: BaseException, service: str | None = None) -> Trouble | None:
    """The connection trouble behind `exc`, if that is what it is.

    `service`: the one being talked to, when the caller knows (a connection check).
    """
    for err in _chain(exc):
        named = getattr(err, "service", None)
        who = named if named in SHORT else service
        if isinstance(err, AuthError):  # refused or lapsed sign-in (NeedsReconnect)
            return Trouble("signin", who)
        if isinstance(err, TransportFailure | httpx.TransportError | ConnectionError):
            return Trouble("unreachable", who)
        problem = getattr(err, "problem", None)  # the engine's typed outcome, if it has one
        if getattr(problem, "code", None) is ProblemCode.NETWORK:
            return Trouble("unreachable", who)
    return None
