"""The wizard and its pages: welcome, one page per question, What matters to you, review."""
