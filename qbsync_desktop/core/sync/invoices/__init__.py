"""Invoice sync both ways (issue 16): its own run (`run.run_invoices`), outbound HubSpot ->
QuickBooks, inbound QuickBooks -> HubSpot, and what they keep in the store (`store`)."""
