"""The per-filing record: header data, Items, exhibits and what was extracted."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from sec8k.models.agreements import Agreement, OfficerChange
from sec8k.models.base import Frozen
from sec8k.models.deals import Acquisition

__all__ = [
    "SCHEMA_VERSION",
    "Address",
    "DocumentInfo",
    "Exhibit",
    "FilingInfo",
    "FilingRecord",
    "Item",
    "SourceInfo",
]

#: Bump the minor part for added optional fields, the major part for any change
#: that removes, renames or retypes a field (see docs/schema.md).
SCHEMA_VERSION = "2.0"

SourceFormat = Literal[
    "sgml-txt",  # full submission with <SEC-HEADER>
    "sgml-nc",  # EDGAR feed/dissemination format (<SUBMISSION>)
    "index-headers",  # -index-headers.html page
    "html",  # one HTML document
    "ixbrl",  # one inline-XBRL document
    "text",  # plain text document
    "markdown",  # text/Markdown rendering
    "folder",  # a folder of one filing's documents (the chosen file decides)
]


class SourceInfo(Frozen):
    path: str
    sha256: str
    size: int = Field(ge=0)
    format: SourceFormat
    file: str | None = Field(default=None, description="For a folder: the file that was read")
    file_format: SourceFormat | None = Field(
        default=None, description="For a folder: the format of the file that was read"
    )


class Address(Frozen):
    street1: str | None = None
    street2: str | None = None
    city: str | None = None
    state: str | None = None
    zip: str | None = None
    phone: str | None = None


class FilingInfo(Frozen):
    accession_number: str | None = None
    form_type: str | None = None
    company_name: str | None = None
    cik: str | None = Field(default=None, description="Digits without leading zeros")
    ticker: str | None = Field(
        default=None, description="Trading symbol the inline-XBRL cover tags (dei:TradingSymbol)"
    )
    sic: str | None = None
    state_of_incorporation: str | None = None
    business_address: Address | None = None
    mail_address: Address | None = None
    filed_date: str | None = Field(default=None, description="ISO date")
    report_date: str | None = Field(default=None, description="ISO date (period of report)")
    items_declared: list[str] = Field(
        default_factory=list, description="Item numbers the SGML header declares"
    )
    items_declared_untitled: int = Field(
        default=0,
        ge=0,
        description="Items the SGML header declares without a title (blank ITEM INFORMATION"
        " lines, common in headers of 1996-2004), so without saying which",
    )


class DocumentInfo(Frozen):
    """One <DOCUMENT> of the submission (or the single file read)."""

    name: str = Field(description="FILENAME, or 'seq-N'; evidence refers to documents by it")
    sequence: int | None = None
    type: str | None = None
    filename: str | None = None
    description: str | None = None
    format: Literal["html", "ixbrl", "text", "markdown", "xml", "binary", "empty"]
    size: int = Field(ge=0, description="Characters of the raw document body")
    text_length: int = Field(ge=0, description="Characters of normalised text (0 if skipped)")
    skipped: str | None = Field(default=None, description="Why no text was read, if none was")


class Item(Frozen):
    number: str = Field(description="As the filing numbers it: '2.01', or '2' before Aug 2004")
    modern: list[str] = Field(
        default_factory=list, description="The current-numbering equivalents of an old item"
    )
    title: str = Field(description="The catalogue title of the item")
    heading: str = Field(description="The heading as written in the filing")
    document: str
    start: int = Field(ge=0, description="Offset of the heading in the document's text")
    end: int = Field(ge=0)
    text: str = Field(description="The item's text, heading included")
    empty: bool = Field(default=False, description="The item says only 'None'/'Not applicable'")


class Exhibit(Frozen):
    number: str = Field(description="Exhibit number: '10.2', '99.1'")
    description: str | None = None
    document_type: str | None = Field(default=None, description="TYPE of the linked document")
    filename: str | None = None
    document: str | None = Field(default=None, description="Name of the linked document")
    listed: bool = Field(description="Named in the Item 9.01 (or old Item 7) exhibit index")
    incorporated_by_reference: bool = False
    reference: str | None = Field(
        default=None, description="The filing it is incorporated from, as written"
    )
    text: str | None = Field(default=None, description="Normalised text of the linked document")
    start: int | None = Field(
        default=None,
        ge=0,
        description="Offset of ``text`` in the document's text (0 unless bound in)",
    )


class FilingRecord(Frozen):
    """One 8-K filing as sec8k reads it: the record ``sec8k extract`` prints as JSON.

    ``source`` says what was read, ``filing`` who filed what and when, ``documents`` every
    document of the submission, ``items`` and ``exhibits`` the text split as the filing
    numbers it, and ``acquisitions``, ``agreements`` and ``officer_changes`` what the rules
    read from it, each value with its evidence (document name and offsets into that
    document's normalised text). ``model_dump_json()`` gives the JSON; docs/schema.md
    describes every field.
    """

    schema_version: str = SCHEMA_VERSION
    source: SourceInfo
    filing: FilingInfo
    documents: list[DocumentInfo] = Field(default_factory=list)
    items: list[Item] = Field(default_factory=list)
    exhibits: list[Exhibit] = Field(default_factory=list)
    acquisitions: list[Acquisition] = Field(default_factory=list)
    agreements: list[Agreement] = Field(
        default_factory=list, description="Agreement exhibits, or the document when it is one"
    )
    officer_changes: list[OfficerChange] = Field(
        default_factory=list, description="People an Item 5.02 (old Item 6) reports on"
    )
    warnings: list[str] = Field(default_factory=list)
