"""The print-and-play kit: the board, dilemma and task cards, tokens, a die and the handbook as PDF (ReportLab).

Imported only by the `print` command; it never imports pygame (the board's geometry comes from core).
"""
