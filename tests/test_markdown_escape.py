"""``--format md`` never passes the article's own HTML through: Markdown renderers would run it."""

from __future__ import annotations

from html.parser import HTMLParser

from sayso.model import Article, Attribution, Marker, Report, Source, Span
from sayso.report import to_markdown

TEXT = 'The mayor <img src=x onerror=alert(1)> said <script>alert(2)</script> & "<b>hi</b>" | ok.'


class Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []

    def handle_starttag(self, tag, attrs) -> None:
        self.tags.append(tag)


def test_markdown_escapes_article_html() -> None:
    i = TEXT.index
    report = Report(
        Article(TEXT, title="<iframe src=evil>"),
        sources=(Source("S1", "The mayor <img src=x onerror=alert(1)>", "person",
                        (Span.of(TEXT, 0, i(" said")),)),),
        attributions=(Attribution("A1", "indirect", Span.of(TEXT, i("<script>"), len(TEXT)),
                                  Span.of(TEXT, i("said"), i("said") + 4), source="S1"),),
        markers=(Marker("M1", "scare_quote", "<b>hi</b>", Span.of(TEXT, i("<b>"), i("</b>") + 4)),),
        warnings=("a <svg onload=alert(3)> warning",),
    )
    md = to_markdown(report, name="<i>x</i>.txt")
    parsed = Tags()
    parsed.feed(md)
    assert parsed.tags == [], parsed.tags
    assert "&lt;img src=x onerror=alert(1)&gt;" in md
    assert "&lt;script&gt;alert(2)&lt;/script&gt; &amp;" in md
    assert "&lt;iframe src=evil&gt;" in md and "&lt;svg onload=alert(3)&gt;" in md
    assert "\\| ok." in md  # pipes still escaped for the table
