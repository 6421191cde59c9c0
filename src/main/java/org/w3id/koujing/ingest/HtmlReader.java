package org.w3id.koujing.ingest;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.w3id.koujing.model.Article;

/**
 * Reads a news page with jsoup: the title and the date from the page's metadata (Open Graph,
 * schema.org, the meta tags of Chinese government sites), and the text of the article body, one
 * paragraph a block, blocks separated by blank lines as in a .txt file.
 */
final class HtmlReader {

    /** Where pages state their date of publication, most specific first. */
    private static final List<String> DATE_SOURCES = List.of(
            "meta[property=article:published_time]", "meta[name=article:published_time]",
            "meta[itemprop=datePublished]", "meta[name=PubDate]", "meta[name=pubdate]", "meta[name=publishdate]",
            "meta[name=publish_date]", "meta[name=dcterms.date]", "meta[name=DC.date]", "meta[name=date]",
            "[itemprop=datePublished][datetime]", "time[pubdate][datetime]", "time[datetime]");

    /** The element that holds the article, by the names pages give it, most specific first. */
    private static final List<String> BODY_SOURCES = List.of(
            "[itemprop=articleBody]", "article", "#UCAP-CONTENT", ".TRS_Editor", ".trs_editor_view", "#zoom",
            ".pages_content", ".article-content", ".article_content", "#article", ".article", "#content", ".content",
            "#detail", "main", "[role=main]");

    /** What is never article text. */
    private static final String NOT_TEXT = "script, style, noscript, template, iframe, object, embed, svg, canvas, "
            + "button, select, textarea, nav, aside, footer";

    private static final Set<String> BLOCKS = Set.of("address", "article", "aside", "blockquote", "caption", "center", "dd",
            "details", "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4",
            "h5", "h6", "header", "hgroup", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody",
            "td", "tfoot", "th", "thead", "tr", "ul");

    /** A date at the start of a value: 2025-01-17, 2025-01-17T10:00:00+08:00, 2025/1/17, 2025年1月17日. */
    private static final Pattern DATE = Pattern.compile("\\A\\s*(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})(?!\\d)");
    private static final Pattern CHARSET = Pattern.compile("(?i)<meta[^>]*?charset\\s*=\\s*[\"']?\\s*([\\w.:-]+)|<\\?xml[^>]*encoding\\s*=\\s*[\"']([\\w.:-]+)");
    /** A block of text a reader would see as one, with the widths of space HTML collapses. */
    private static final Pattern SPACES = Pattern.compile("[ \\t\\r\\n\\f]+");
    /** Shorter than this, a candidate for the article body is a caption or a stub, not the article. */
    private static final int MIN_BODY = 30;

    private HtmlReader() {
    }

    /** The charset a page declares in its first kilobytes, if it declares one. */
    static Optional<String> declaredCharset(byte[] bytes) {
        Matcher m = CHARSET.matcher(new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1));
        if (!m.find()) {
            return Optional.empty();
        }
        return Optional.of(m.group(1) != null ? m.group(1) : m.group(2));
    }

    static Article parse(String id, String html) throws InputException {
        Document page = Jsoup.parse(html);
        Optional<LocalDate> date = date(page);
        Optional<String> title = first(page, "meta[property=og:title]", "content")
                .or(() -> first(page, "meta[name=ArticleTitle]", "content"))
                .or(() -> Optional.ofNullable(page.selectFirst("h1")).map(Element::text))
                .or(() -> Optional.of(page.title()))
                .map(String::strip).filter(t -> !t.isEmpty());
        Optional<String> url = first(page, "link[rel=canonical]", "href").or(() -> first(page, "meta[property=og:url]", "content"))
                .map(String::strip).filter(u -> u.matches("https?://\\S+"));
        page.select(NOT_TEXT).remove();
        String text = String.join("\n\n", paragraphs(body(page)));
        if (text.isBlank()) {
            throw new InputException("no article text in the page");
        }
        return new Article(id, date, title, url, text);
    }

    private static Optional<String> first(Document page, String selector, String attribute) {
        Element e = page.selectFirst(selector);
        return e == null || e.attr(attribute).isBlank() ? Optional.empty() : Optional.of(e.attr(attribute));
    }

    /**
     * The date of the first metadata that gives one. A value that does not start with a date (a
     * time of day, a relative "3小时前") is passed over; a date that cannot be is an error, as in
     * a .txt file's date line.
     */
    private static Optional<LocalDate> date(Document page) throws InputException {
        for (String selector : DATE_SOURCES) {
            for (Element e : page.select(selector)) {
                String value = e.hasAttr("content") ? e.attr("content") : e.attr("datetime");
                Matcher m = DATE.matcher(value);
                if (!m.find()) {
                    continue;
                }
                try {
                    return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
                } catch (DateTimeException impossible) {
                    throw new InputException("impossible date \"" + value.strip() + "\" in the page's metadata (" + selector + ")");
                }
            }
        }
        return Optional.empty();
    }

    /** The element that holds the article: a named one, else the one with the most paragraph text, else the whole body. */
    private static Element body(Document page) {
        for (String selector : BODY_SOURCES) {
            Element best = null;
            int bestLength = 0;
            for (Element e : page.select(selector)) {
                int length = e.text().length();
                if (best == null || length > bestLength) {
                    best = e;
                    bestLength = length;
                }
            }
            if (best != null && bestLength >= MIN_BODY) {
                return best;
            }
        }
        Map<Element, Integer> paragraphText = new IdentityHashMap<>();
        for (Element p : page.select("p")) {
            if (p.parent() != null) {
                paragraphText.merge(p.parent(), p.text().length(), Integer::sum);
            }
        }
        return paragraphText.entrySet().stream().filter(e -> e.getValue() >= MIN_BODY).max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey).orElse(page.body() != null ? page.body() : page);
    }

    /** The text of an element as paragraphs: a block element ends one, a line break ends a line within it. */
    private static List<String> paragraphs(Element root) {
        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        Runnable close = () -> {
            List<String> lines = new ArrayList<>();
            for (String line : current.toString().split("\n")) {
                String l = SPACES.matcher(line).replaceAll(" ").strip();
                if (!l.isEmpty()) {
                    lines.add(l);
                }
            }
            if (!lines.isEmpty()) {
                paragraphs.add(String.join("\n", lines));
            }
            current.setLength(0);
        };
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    current.append(t.getWholeText().replace('\n', ' '));
                } else if (node instanceof Element e) {
                    if (e.nameIs("br")) {
                        current.append('\n');
                    } else if (BLOCKS.contains(e.normalName())) {
                        close.run();
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    close.run();
                }
            }
        }, root);
        close.run();
        return paragraphs;
    }
}
