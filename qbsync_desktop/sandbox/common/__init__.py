"""Code both sandboxes share: settings, rate windows, OAuth grants, consent page, plumbing."""

from .app import SandboxService, build_app
from .grants import GrantError, GrantStore, is_loopback_redirect
from .ratelimit import SlidingWindow
from .settings import SandboxSettings

__all__ = [
    "GrantError",
    "GrantStore",
    "SandboxService",
    "SandboxSettings",
    "SlidingWindow",
    "build_app",
    "is_loopback_redirect",
]
