"""Table models over SQL, one per table, with their proxies."""
