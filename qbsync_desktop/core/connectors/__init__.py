"""Typed async clients for HubSpot and QuickBooks Online, with OAuth, limits and retries."""

from .endpoints import ServiceEndpoints, endpoints_for
from .errors import (
    ApiError,
    AuthError,
    HubSpotApiError,
    NeedsReconnect,
    QboFault,
    RateLimited,
    ServiceUnreachable,
    TransportFailure,
)
from .hubspot import HsBatchResult, HsObject, HsPage, HubSpotClient
from .qbo import QboBatchItem, QboBatchResult, QboClient, new_request_id
from .session import AccountInfo, Connections

__all__ = [
    "AccountInfo",
    "ApiError",
    "AuthError",
    "Connections",
    "HsBatchResult",
    "HsObject",
    "HsPage",
    "HubSpotApiError",
    "HubSpotClient",
    "NeedsReconnect",
    "QboBatchItem",
    "QboBatchResult",
    "QboClient",
    "QboFault",
    "RateLimited",
    "ServiceEndpoints",
    "ServiceUnreachable",
    "TransportFailure",
    "endpoints_for",
    "new_request_id",
]
