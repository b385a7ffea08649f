"""Building blocks every part of the interface uses: text labels, dialogs, scrolling, links, focus,
contrast."""
