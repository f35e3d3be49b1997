"""Game rules: the solo journey, profiles, settings and the shared session (pure Python, no pygame)."""
