"""One search over everything in the council file (FTS5 indexes kept in step by triggers)."""
