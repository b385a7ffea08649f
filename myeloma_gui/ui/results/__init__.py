"""The results page: the results view, its actions and footer, the related-topic view."""
