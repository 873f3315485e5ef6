"""APScheduler jobs of a running client. They only trigger services; the database decides."""
