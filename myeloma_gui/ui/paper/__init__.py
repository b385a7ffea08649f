"""The printed summary: the document, its pages, print preview and PDF, with or without a window."""
