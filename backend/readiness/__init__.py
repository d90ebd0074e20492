"""Readiness and the other reads that compose a launch's plan with the apps planned around it (the timeline):
the layer above every app it reads, below config only (docs/architecture.md#layers)."""
