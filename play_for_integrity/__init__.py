"""Play for Integrity: a classroom game and curriculum kit about integrity and corruption."""

__version__ = "0.1.0"
