package org.w3id.koujing.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3id.koujing.model.Article;

class HtmlReaderTest {

    static final String PAGE = """
            <!DOCTYPE html>
            <html><head>
            <meta charset="utf-8">
            <title>统计局：2024年GDP增长5% - 新闻网</title>
            <meta property="og:title" content="统计局：2024年GDP增长5%">
            <meta property="article:published_time" content="2025-01-17T10:30:00+08:00">
            <link rel="canonical" href="https://news.example.org/2025/01/17/gdp.html">
            <script>var tracker = "增长99%";</script><style>p { color: red }</style>
            </head><body>
            <nav><a href="/">首页</a> <a href="/economy">经济</a></nav>
            <div class="sidebar"><p>热门：某地增长88%</p></div>
            <article>
              <h1>统计局：2024年GDP增长5%</h1>
              <p>国家统计局局长康义17日介绍，2024年国内生产总值
                 比上年增长5.0%。</p>
              <p>康义说，全年经济运行总体平稳。<br>稳中有进。</p>
              <div class="share">分享到</div>
              <footer>责任编辑：某某</footer>
            </article>
            </body></html>
            """;

    static Article read(String html, String charset) {
        ReadResult r = ArticleReader.read("page.html", "page.html", "html", html.getBytes(Charset.forName(charset)), ReadLimits.standard());
        assertEquals(List.of(), r.problems());
        return r.articles().get(0);
    }

    @Test
    void takesTitleDateUrlAndTheArticleBodyWithParagraphsAsBlocks() {
        Article a = read(PAGE, "UTF-8");
        assertEquals(Optional.of("统计局：2024年GDP增长5%"), a.title());
        assertEquals(Optional.of(LocalDate.of(2025, 1, 17)), a.date());
        assertEquals(Optional.of("https://news.example.org/2025/01/17/gdp.html"), a.url());
        assertEquals("统计局：2024年GDP增长5%\n\n国家统计局局长康义17日介绍，2024年国内生产总值 比上年增长5.0%。\n\n"
                + "康义说，全年经济运行总体平稳。\n稳中有进。\n\n分享到", a.text());
    }

    @Test
    void readsAPageInTheEncodingItDeclares() {
        String gbk = PAGE.replace("<meta charset=\"utf-8\">", "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">");
        ReadResult r = ArticleReader.read("page.html", "page.html", "htm", gbk.getBytes(Charset.forName("GBK")), ReadLimits.standard());
        assertEquals("GB18030", r.encoding().orElseThrow());
        assertEquals(read(PAGE, "UTF-8").text(), r.articles().get(0).text());
    }

    @Test
    void findsTheBodyOfAPageWithoutAnArticleElement() {
        String page = "<html><head><meta name=\"PubDate\" content=\"2024-09-24 10:00\"><meta name=\"ArticleTitle\" content=\"标题\"></head><body>"
                + "<div id=\"menu\"><p>首页</p></div><div id=\"UCAP-CONTENT\"><p>人民银行行长潘功胜介绍，将降低存款准备金率0.5个百分点。</p>"
                + "<p>第二段文字，内容足够长。</p></div></body></html>";
        Article a = read(page, "UTF-8");
        assertEquals(Optional.of(LocalDate.of(2024, 9, 24)), a.date());
        assertEquals(Optional.of("标题"), a.title());
        assertEquals("人民银行行长潘功胜介绍，将降低存款准备金率0.5个百分点。\n\n第二段文字，内容足够长。", a.text());
    }

    @Test
    void aPageWithoutADateIsUndated() {
        Article a = read(PAGE.replace("article:published_time", "og:type"), "UTF-8");
        assertEquals(Optional.empty(), a.date());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-13-45", "2025-02-30T08:00:00Z"})
    void anImpossibleDateInTheMetadataIsOneLine(String date) {
        ReadResult r = ArticleReader.read("p.html", "p.html", "html",
                PAGE.replace("2025-01-17T10:30:00+08:00", date).getBytes(StandardCharsets.UTF_8), ReadLimits.standard());
        assertEquals(0, r.articles().size());
        assertEquals("p.html: impossible date \"" + date + "\" in the page's metadata (meta[property=article:published_time])",
                r.problems().get(0).toString());
    }

    @Test
    void aPageWithoutTextIsAProblem() {
        ReadResult r = ArticleReader.read("p.html", "p.html", "html",
                "<html><head><script>x()</script></head><body><nav>首页</nav></body></html>".getBytes(StandardCharsets.UTF_8), ReadLimits.standard());
        assertEquals("p.html: no article text in the page", r.problems().get(0).toString());
    }
}
