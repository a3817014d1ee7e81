"""Running generation jobs outside the request: in a thread of the web process, or from the CLI."""
