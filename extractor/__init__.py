"""sec8k: SEC Form 8-K filings -> clean, verifiable, structured data."""

from extractor.errors import Sec8kError
from extractor.extract import extract_path
from extractor.pipeline import ParsedFiling, parse_files, parse_filing

__all__ = ["ParsedFiling", "Sec8kError", "extract_path", "parse_files", "parse_filing"]
__version__ = "0.1.0"
