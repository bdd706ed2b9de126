"""Exhibits: the Item 9.01 index, and each listed exhibit linked to its document or bound-in text."""
