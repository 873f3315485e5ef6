"""Everything Qt. The core never imports this package."""
