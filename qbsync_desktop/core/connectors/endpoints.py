"""Where each service lives. Real hosts by default; a sandbox puts every path on one origin."""

from __future__ import annotations

from dataclasses import dataclass

from ..profiles import Service

QBO_SCOPES: tuple[str, ...] = ("com.intuit.quickbooks.accounting",)

# What the sync needs; missing ones are reported by name after connecting.
HUBSPOT_SCOPES: tuple[str, ...] = (
    "oauth",
    "crm.objects.contacts.read",
    "crm.objects.contacts.write",
    "crm.objects.companies.read",
    "crm.objects.companies.write",
    "crm.schemas.contacts.read",
)
# Tier-dependent scopes: asked for, but their absence does not fail the consent page.
HUBSPOT_OPTIONAL_SCOPES: tuple[str, ...] = (
    "crm.objects.deals.read",
    "crm.objects.deals.write",
    "e-commerce",
    "crm.objects.products.read",
    "crm.objects.products.write",
    "crm.objects.line_items.read",
    "crm.objects.line_items.write",
    "crm.objects.invoices.read",
    "crm.objects.invoices.write",
    "crm.objects.commercepayments.read",
    "crm.objects.commercepayments.write",
    "tax_rates.read",  # the tax-rate library, for the invoice tax mapping
)


@dataclass(frozen=True)
class ServiceEndpoints:
    service: Service
    authorize_url: str
    token_url: str
    revoke_url: str | None  # QBO revoke; HubSpot revokes via refresh_token_url + DELETE
    api_base: str
    scopes: tuple[str, ...]
    optional_scopes: tuple[str, ...] = ()
    access_token_info_url: str | None = None  # HubSpot: + "/{token}"
    refresh_token_url: str | None = None  # HubSpot: + "/{token}" (GET info, DELETE revoke)
    pkce: bool = True

    def qbo_company_base(self, realm_id: str) -> str:
        return f"{self.api_base}/v3/company/{realm_id}"


def endpoints_for(service: Service, base_url: str | None) -> ServiceEndpoints:
    """Endpoints of the real service (`base_url` None) or of a sandbox at `base_url`."""
    origin = base_url.rstrip("/") if base_url else None
    if service == "quickbooks":
        if origin is None:
            return ServiceEndpoints(
                service="quickbooks",
                authorize_url="https://appcenter.intuit.com/connect/oauth2",
                token_url="https://oauth.platform.intuit.com/oauth2/v1/tokens/bearer",
                revoke_url="https://developer.api.intuit.com/v2/oauth2/tokens/revoke",
                api_base="https://quickbooks.api.intuit.com",
                scopes=QBO_SCOPES,
            )
        return ServiceEndpoints(
            service="quickbooks",
            authorize_url=f"{origin}/connect/oauth2",
            token_url=f"{origin}/oauth2/v1/tokens/bearer",
            revoke_url=f"{origin}/v2/oauth2/tokens/revoke",
            api_base=origin,
            scopes=QBO_SCOPES,
        )
    if service == "hubspot":
        api = origin or "https://api.hubapi.com"
        return ServiceEndpoints(
            service="hubspot",
            authorize_url=f"{origin or 'https://app.hubspot.com'}/oauth/authorize",
            token_url=f"{api}/oauth/v1/token",
            revoke_url=None,
            api_base=api,
            scopes=HUBSPOT_SCOPES,
            optional_scopes=HUBSPOT_OPTIONAL_SCOPES,
            access_token_info_url=f"{api}/oauth/v1/access-tokens",
            refresh_token_url=f"{api}/oauth/v1/refresh-tokens",
        )
    raise ValueError(f"unknown service {service!r}")
