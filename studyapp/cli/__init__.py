"""Command-line interface: `flask --app studyapp <noun> <verb>`."""
