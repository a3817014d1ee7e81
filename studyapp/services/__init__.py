"""Domain operations: take models and plain data, flush but never commit, never touch the request."""
