"""Scenario content: each type declared once (declaration.py), the model, YAML loading and validation (no pygame)."""
