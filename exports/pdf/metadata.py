"""What a PDF says about itself beyond its pages: the document language in the catalog (/Lang,
which a screen reader uses to pick its voice) and an XMP metadata packet with the title and
subject in both languages, the committee as author and both languages named, so a library or a
document system shows them in the reader's language."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from xml.sax.saxutils import escape

# BCP 47 tags: Chinese here is always Simplified.
LANGUAGE_TAGS = {"en": "en", "ko": "ko", "zh": "zh-Hans", "ja": "ja"}


@dataclass(frozen=True)
class DocumentInfo:
    """The metadata of one document, each text per language."""

    languages: Sequence[str]
    titles: Mapping[str, str]
    subjects: Mapping[str, str]
    author: str
    created: datetime


def language_tag(language: str) -> str:
    return LANGUAGE_TAGS.get(language, language)


def _alternatives(texts: Mapping[str, str], languages: Sequence[str]) -> str:
    """An rdf:Alt of the texts, the first language as the default (x-default)."""
    items = [(("x-default"), texts[languages[0]])]
    items += [(language_tag(language), texts[language]) for language in languages]
    lines = "".join(
        f'<rdf:li xml:lang="{tag}">{escape(text)}</rdf:li>' for tag, text in items if text
    )
    return f"<rdf:Alt>{lines}</rdf:Alt>"


def xmp_packet(info: DocumentInfo, producer: str = "ReportLab") -> str:
    """The XMP packet (Dublin Core, XMP basic and PDF schemas) of the document."""
    when = info.created.astimezone().isoformat(timespec="seconds")
    languages = "".join(f"<rdf:li>{language_tag(code)}</rdf:li>" for code in info.languages)
    return (
        '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>'
        '<x:xmpmeta xmlns:x="adobe:ns:meta/">'
        '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
        '<rdf:Description rdf:about=""'
        ' xmlns:dc="http://purl.org/dc/elements/1.1/"'
        ' xmlns:xmp="http://ns.adobe.com/xap/1.0/"'
        ' xmlns:pdf="http://ns.adobe.com/pdf/1.3/">'
        "<dc:format>application/pdf</dc:format>"
        f"<dc:title>{_alternatives(info.titles, info.languages)}</dc:title>"
        f"<dc:description>{_alternatives(info.subjects, info.languages)}</dc:description>"
        f"<dc:creator><rdf:Seq><rdf:li>{escape(info.author)}</rdf:li></rdf:Seq></dc:creator>"
        f"<dc:language><rdf:Bag>{languages}</rdf:Bag></dc:language>"
        f"<xmp:CreateDate>{when}</xmp:CreateDate>"
        f"<xmp:ModifyDate>{when}</xmp:ModifyDate>"
        "<xmp:CreatorTool>Secretariat</xmp:CreatorTool>"
        f"<pdf:Producer>{escape(producer)}</pdf:Producer>"
        "</rdf:Description></rdf:RDF></x:xmpmeta>"
        '<?xpacket end="w"?>'
    )


def attach(canvas: Any, info: DocumentInfo) -> None:
    """Put the packet in the document's catalog (read by every PDF viewer and indexer)."""
    from reportlab.pdfbase.pdfdoc import XMP

    # The same producer as the document's information dictionary says.
    producer = str(getattr(canvas._doc.info, "producer", "ReportLab"))
    packet = xmp_packet(info, producer).encode("utf-8")
    canvas._doc.Catalog.Metadata = XMP(creator=lambda _doc: packet)  # XMP is UTF-8
