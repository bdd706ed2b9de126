"""Normalised text: HTML, inline XBRL, plain and Markdown renderings to one text with tables as rows."""
