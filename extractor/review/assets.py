"""The Jinja2 environment, the page's own CSS and script, and the policy that allows only them.

Templates autoescape every value, so filing text, names and warnings reach the page as
text. The stylesheet and the script are the package's files, inlined so a page opens from
disk with nothing beside it; the Content-Security-Policy names their SHA-256 hashes, so a
browser runs that script and no other (no inline handlers, no ``javascript:`` URLs, no
fetches: ``default-src 'none'``).
"""

from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass
from functools import cache
from importlib import resources

from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup

__all__ = ["Inline", "environment", "inline"]


@dataclass(frozen=True, slots=True)
class Inline:
    """A page's stylesheet and script, ready to inline, and the policy that admits them."""

    style: Markup
    script: Markup
    policy: str


def _digest(text: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode()


def _asset(name: str) -> str:
    text = (resources.files("sec8k.review") / "templates" / name).read_text(encoding="utf-8")
    if "</" in text:  # would end the <style> or <script> element early
        raise ValueError(f"templates/{name} must not contain '</'")
    return text


@cache
def inline(style_name: str, script_name: str) -> Inline:
    style, script = _asset(style_name), _asset(script_name)
    policy = (
        f"default-src 'none'; script-src '{_digest(script)}'; style-src '{_digest(style)}'; "
        "img-src 'none'; base-uri 'none'; form-action 'none'"
    )
    # Both are package files checked above; marking them safe keeps the bytes the hash names.
    return Inline(Markup(style), Markup(script), policy)


@cache
def environment() -> Environment:
    return Environment(
        loader=PackageLoader("sec8k.review", "templates"),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
