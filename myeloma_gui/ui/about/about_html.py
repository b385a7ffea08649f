"""About this guide as HTML: the whole page for the screen, and the lines the summary prints.

Every string from the content file is escaped here.
"""

from __future__ import annotations

from html import escape

from myeloma_gui.content.models import Content
from myeloma_gui.report.about_words import fill_about


def about_html(content: Content) -> str:
    about = content.about
    out = [f"<h1>{escape(about.heading)}</h1>"]
    for section in about.sections:
        out.append(f"<h2>{escape(section.heading)}</h2>")
        out += [f"<p>{escape(fill_about(p, content))}</p>" for p in section.paragraphs]
        if section.citation:
            out.append(f"<p><i>{escape(section.citation.text)}</i></p>")
    out.append(f"<p><b>{escape(content.metadata.disclaimer)}</b></p>")
    return "\n".join(out)
