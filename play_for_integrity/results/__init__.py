"""Class results: the SQLite store, analysis for the teacher view, exports (XLSX/CSV/JSON) and merging."""
