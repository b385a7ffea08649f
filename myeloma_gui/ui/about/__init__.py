"""About this guide: its window and its text."""
