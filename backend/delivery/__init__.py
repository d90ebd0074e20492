"""What every delivery (an email, a webhook post) shares: one attempt at a time claimed on its row, retries with
backoff, a sweep that resumes what is due, and the Celery plumbing around them. A leaf: Django, Celery and core
only, no models (each delivery's row lives in its own app)."""
