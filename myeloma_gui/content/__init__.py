"""The content layer: the models of the bundled content file and how it is read. No Qt here."""
