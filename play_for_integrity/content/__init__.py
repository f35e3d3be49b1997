"""Scenario content: the model, YAML loading and validation (pure Python, no pygame)."""
