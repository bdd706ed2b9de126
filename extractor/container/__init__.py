"""Containers: the SGML full submission and its header, and how a file's format is told."""
