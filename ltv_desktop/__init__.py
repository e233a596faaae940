"""LTV Desktop: what a customer is worth, for the owner of a small business."""

__version__ = "0.1.0"
