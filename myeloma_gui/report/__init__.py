"""The results as one report: every wording decision, made once, for the screen, paper and data."""
