"""The pygame front end: window, scenes, widgets, text, fonts and sounds."""
