"""Staff admin (mounted at /admin): edit the knowledge as a draft, publish, Excel round trip, audit, review."""
