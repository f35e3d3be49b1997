"""Answer cards for the class vote: printed ArUco markers turned to A-D, and the webcam scanner that reads them.

Nothing here imports pygame; OpenCV and numpy (the `camera` extra) and ReportLab (the `print` extra) are imported
only inside the functions that need them, so the rest of the game runs without either.
"""
