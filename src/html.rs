//! HTML pages saved to disk: the article's text without tags, scripts, styles and entities,
//! with navigation, headers, footers and asides (page chrome) left out.

use scraper::{ElementRef, Html, Node};

/// Elements whose content is never article text.
const SKIPPED: &[&str] = &[
    "script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form", "button", "select",
    "iframe", "svg", "head",
];
/// Elements that end a line of text.
const BLOCKS: &[&str] = &[
    "p",
    "div",
    "br",
    "li",
    "ul",
    "ol",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "tr",
    "table",
    "section",
    "article",
    "blockquote",
    "pre",
    "dd",
    "dt",
    "figcaption",
    "title",
];
/// Class or id words that mark page chrome.
const CHROME_MARKS: &[&str] =
    &["nav", "menu", "footer", "header", "breadcrumb", "sidebar", "copyright", "share", "toolbar"];

/// The text of an HTML document, one line per block element.
pub fn to_text(html: &str) -> String {
    let document = Html::parse_document(html);
    let mut out = String::new();
    walk(document.root_element(), &mut out);
    // One line per block: trimmed, empty ones dropped.
    let mut text = String::with_capacity(out.len());
    for line in out.lines().map(str::trim).filter(|l| !l.is_empty()) {
        text.push_str(line);
        text.push('\n');
    }
    text
}

fn walk(element: ElementRef<'_>, out: &mut String) {
    let name = element.value().name();
    if SKIPPED.contains(&name) || is_chrome(element) {
        return;
    }
    let block = BLOCKS.contains(&name);
    if block {
        out.push('\n');
    }
    for child in element.children() {
        match child.value() {
            Node::Text(text) => {
                // White space inside a line collapses to one space, as browsers show it.
                let mut last_space = out.ends_with([' ', '\n']);
                for c in text.chars() {
                    if c.is_whitespace() && c != '\u{3000}' {
                        if !last_space {
                            out.push(' ');
                            last_space = true;
                        }
                    } else {
                        out.push(c);
                        last_space = false;
                    }
                }
            }
            Node::Element(_) => {
                if let Some(child) = ElementRef::wrap(child) {
                    walk(child, out);
                }
            }
            _ => {}
        }
    }
    if block {
        out.push('\n');
    }
}

/// True for an element whose class or id says it is navigation, a footer or the like.
fn is_chrome(element: ElementRef<'_>) -> bool {
    let value = element.value();
    let marks = value.attr("class").unwrap_or("").to_ascii_lowercase()
        + " "
        + &value.attr("id").unwrap_or("").to_ascii_lowercase();
    marks.split(|c: char| !c.is_ascii_alphanumeric()).any(|w| CHROME_MARKS.contains(&w))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_article_text_and_drops_chrome() {
        let html = r#"<html><head><title>标题</title><style>p{}</style></head><body>
            <nav>首页 | 新闻</nav><div class="main-menu">菜单</div>
            <article><h1>织里镇新闻</h1><p>湖州市&nbsp;吴兴区<b>织里镇</b>&amp;八里店镇。</p>
            <script>var x = "湖州";</script><p>第二段</p></article>
            <footer>版权所有</footer></body></html>"#;
        assert_eq!(to_text(html), "织里镇新闻\n湖州市 吴兴区织里镇&八里店镇。\n第二段\n");
    }
}
