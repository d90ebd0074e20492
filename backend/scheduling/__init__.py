"""The pure schedule engine (engine.py) and the calendar a plan lives in (plan.py): plain Python, no Django."""
