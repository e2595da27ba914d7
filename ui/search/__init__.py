"""The one search (Ctrl+K): a dialog over core.search, and its field in the toolbar."""
