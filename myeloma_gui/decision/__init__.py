"""The decision logic: answers in, results out. Pure Python; no Qt here."""
