"""sec8k: SEC Form 8-K filings -> clean, verifiable, structured data."""

from sec8k.errors import Sec8kError
from sec8k.extract import extract_path
from sec8k.pipeline import ParsedFiling, parse_files, parse_filing

__all__ = ["ParsedFiling", "Sec8kError", "extract_path", "parse_files", "parse_filing"]
__version__ = "0.1.0"
