"""The teacher's handbook: every scenario of a band as a teacher prepares it, and a plan for the school year."""
