"""Live updates and presence (docs/live.md): every change to a launch reaches its open views over a WebSocket,
and people see who else is looking and who is editing what. Sits above readiness: a change's message carries
what the schedule made of it, as the difference between two renderings of the launch's timeline."""
