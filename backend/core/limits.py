"""The input limits docs/api.md ("Limits") promises: text fields and what the timeline carries."""

# Names and titles (CharField(max_length=NAME_MAX_LENGTH) in the models).
NAME_MAX_LENGTH = 200
# Descriptions and notes of launches, workstreams, tasks, milestones, gates, departments and playbooks.
DESCRIPTION_MAX_LENGTH = 10_000
# Comments on tasks and on gate and communication decisions.
COMMENT_MAX_LENGTH = 5_000
# A communication's body (a press release, a blog post).
BODY_MAX_LENGTH = 20_000

# Request bodies are capped in settings (API_MAX_BODY_BYTES, API_MAX_UPLOAD_BODY_BYTES; core/http.py).

# Each timeline lane carries the first characters of its workstream's notes (and a flag when there is more);
# the whole notes are on the workstream.
TIMELINE_NOTES_MAX_LENGTH = 500
