"""The application shell: start-up, the display check, preferences, text size, window place, keys,
crash report."""
