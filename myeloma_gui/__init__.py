"""A step-by-step guide to the treatment options the NCI lists for relapsed or refractory myeloma."""

__version__ = "0.1.0"
