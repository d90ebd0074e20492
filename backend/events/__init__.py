"""The leaf every write goes through: a write says what changed as one typed event (events.kinds), and
events.bus.emit runs what follows it, as config/followers.py lists: inside the transaction (the audit trail,
the plan version, the outbox) and once after commit (calendar entries, conflict checks, and room for more).

Imports nothing of the project but core, and no model: any app may emit, and no app needs another to do it."""
