"""Segmentation: documents inside a compilation, their sections, their sentences."""
