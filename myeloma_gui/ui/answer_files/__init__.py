"""Save answers... and Open answers... as a person uses them."""
