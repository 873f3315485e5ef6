"""Generated from ui/*.ui by `make forms`; never edit by hand."""
