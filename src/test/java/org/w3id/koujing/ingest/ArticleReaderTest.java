package org.w3id.koujing.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3id.koujing.model.Article;

class ArticleReaderTest {

    private static final String BODY = "国家统计局局长康义表示，2024年国内生产总值比上年增长5.0%。";

    @Test
    void readsTheDateLineAndTheTextAfterIt() throws Exception {
        Article a = ArticleReader.parseText("x.txt", " date 2025-01-17 " + BODY + "\n\n第二段。");
        assertEquals(Optional.of(LocalDate.of(2025, 1, 17)), a.date());
        assertTrue(a.text().startsWith(" " + BODY));
        Article b = ArticleReader.parseText("x.txt", "date 2025-01-17\n" + BODY);
        assertEquals("\n" + BODY, b.text());
    }

    @Test
    void readsAnArticleWithoutADateLine() throws Exception {
        Article a = ArticleReader.parseText("x.txt", BODY);
        assertEquals(Optional.empty(), a.date());
        assertEquals(BODY, a.text());
    }

    @ParameterizedTest
    @ValueSource(strings = {"date 2026-13-45\n正文。", "date 2025-02-30 正文。", "date tomorrow\n正文。", "date 2025-01-17\n  \n", "", "  \n"})
    void rejectsBadDatesAndEmptyArticles(String content) {
        InputException e = assertThrows(InputException.class, () -> ArticleReader.parseText("x.txt", content));
        assertTrue(!e.getMessage().isBlank() && !e.getMessage().contains("\n"), e.getMessage());
    }

    @Test
    void readsJsonLinesAndNamesTheBadLine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("a.jsonl");
        Files.writeString(file, String.join("\n",
                "{\"id\": \"n1\", \"date\": \"2025-01-17\", \"title\": \"标题\", \"text\": \"" + BODY + "\", \"url\": \"https://example.org/n1\"}",
                "{not json",
                "{\"id\": \"n3\", \"date\": \"2025-13-01\", \"text\": \"正文。\"}",
                "{\"text\": \"没有编号的文章。\"}",
                ""), StandardCharsets.UTF_8);
        ReadResult r = ArticleReader.read(new InputFile(file, "a.jsonl"));
        assertEquals(List.of("n1", "a.jsonl#4"), r.articles().stream().map(Article::id).toList());
        assertEquals(Optional.of("标题"), r.articles().get(0).title());
        assertEquals(2, r.problems().size());
        assertTrue(r.problems().get(0).toString().startsWith(file + ":2: not valid JSON"), r.problems().get(0).toString());
        assertTrue(r.problems().get(1).toString().contains(":3: impossible date"), r.problems().get(1).toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"GB18030", "Big5", "UTF-16"})
    void detectsOtherEncodings(String encoding, @TempDir Path dir) throws Exception {
        String text = "date 2025-01-17\n" + (encoding.equals("Big5") ? "國家統計局局長康義表示，全年國內生產總值比上年增長5.0%，經濟運行總體平穩，穩中有進。"
                : BODY + "全年经济运行总体平稳，稳中有进，高质量发展扎实推进。");
        Path file = dir.resolve("a.txt");
        Files.write(file, text.getBytes(Charset.forName(encoding)));
        ReadResult r = ArticleReader.read(new InputFile(file, "a.txt"));
        assertEquals(List.of(), r.problems());
        assertEquals(text.substring("date 2025-01-17".length()), r.articles().get(0).text());
    }

    @Test
    void reportsBinaryFilesInOneLine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("b.txt");
        byte[] bytes = new byte[512];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 37 + 11);
        }
        Files.write(file, bytes);
        ReadResult r = ArticleReader.read(new InputFile(file, "b.txt"));
        assertEquals(0, r.articles().size());
        assertEquals(1, r.problems().size());
    }

    @Test
    void collectsFoldersRecursivelyInAStableOrder(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("b/c"));
        Files.writeString(dir.resolve("b/c/z.txt"), BODY);
        Files.writeString(dir.resolve("a.txt"), BODY);
        Files.writeString(dir.resolve("notes.md"), "#");
        InputCollector.Collected c = InputCollector.collect(List.of(dir, dir.resolve("missing.txt")));
        assertEquals(List.of("a.txt", "b/c/z.txt"), c.files().stream().map(InputFile::id).toList());
        assertEquals(1, c.skipped().size());
        assertEquals(1, c.problems().size());
        assertTrue(c.problems().get(0).toString().endsWith("missing.txt: no such file or folder"));
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedBeforeItIsRead(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("huge.txt");
        try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(100L * 1024 * 1024); // 100 MB on disk, sparse: nothing written
        }
        ReadResult r = ArticleReader.read(new InputFile(file, "huge.txt"));
        assertEquals(List.of(file + ": too large for one article: 100.0 MB, over the limit of 4.0 MB (--max-article-size raises it)"),
                r.problems().stream().map(Object::toString).toList());
        Path small = dir.resolve("small.txt");
        Files.writeString(small, "date 2025-01-17\n" + BODY);
        assertEquals(1, ArticleReader.read(new InputFile(small, "small.txt"), new ReadLimits(1024)).articles().size());
        assertEquals("too large for one article: " + Files.size(small) + " bytes, over the limit of 64 bytes (--max-article-size raises it)",
                ArticleReader.read(new InputFile(small, "small.txt"), new ReadLimits(64)).problems().get(0).message());
    }

    @Test
    void readsJsonLinesOneByOneWithTheirOwnLimitAndEncodingErrors(@TempDir Path dir) throws Exception {
        String good = "{\"id\": \"n1\", \"date\": \"2025-01-17\", \"text\": \"" + BODY + "\"}";
        String big = "{\"id\": \"n2\", \"text\": \"" + "很长的文章。".repeat(200) + "\"}";
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        bytes.writeBytes((good + "\r\n" + big + "\n").getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes(new byte[] {'{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xE5, (byte) 0x9B, '"', '}', '\n'});
        bytes.writeBytes(good.replace("n1", "n4").getBytes(StandardCharsets.UTF_8));
        Path file = dir.resolve("a.jsonl");
        Files.write(file, bytes.toByteArray());
        ReadResult r = ArticleReader.read(new InputFile(file, "a.jsonl"), new ReadLimits(1024));
        assertEquals(List.of("n1", "n4"), r.articles().stream().map(Article::id).toList());
        assertEquals(List.of(file + ":2: too large for one article: 3.5 KB, over the limit of 1.0 KB (--max-article-size raises it)",
                file + ":3: not valid UTF-8 (at byte 9)"), r.problems().stream().map(Object::toString).toList());
        assertEquals(Optional.of("UTF-8"), r.encoding());
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTF-16LE", "UTF-16BE"})
    void readsJsonLinesInUtf16WithAByteOrderMark(String encoding, @TempDir Path dir) throws Exception {
        String lines = "{\"id\": \"n1\", \"text\": \"" + BODY + "\"}\n\n{\"id\": \"n2\", \"text\": \"第二篇。\"}\n";
        Path file = dir.resolve("u.jsonl");
        Files.write(file, ("\uFEFF" + lines).getBytes(Charset.forName(encoding)));
        ReadResult r = ArticleReader.read(new InputFile(file, "u.jsonl"));
        assertEquals(List.of(), r.problems());
        assertEquals(List.of(BODY, "第二篇。"), r.articles().stream().map(Article::text).toList());
        assertEquals(Optional.of(encoding), r.encoding());
    }

    @Test
    void aBinaryOrEmptyJsonLinesFileIsOneProblem(@TempDir Path dir) throws Exception {
        Path empty = dir.resolve("e.jsonl");
        Files.writeString(empty, "\n \n");
        assertEquals(List.of(empty + ": empty file"), ArticleReader.read(new InputFile(empty, "e.jsonl")).problems().stream().map(Object::toString).toList());
        Path gz = dir.resolve("g.jsonl");
        Files.write(gz, new byte[] {0x1F, (byte) 0x8B, 8, 0, 0, 0, 0, 0});
        assertEquals(List.of(gz + ": binary file, not text (a gzip archive)"),
                ArticleReader.read(new InputFile(gz, "g.jsonl")).problems().stream().map(Object::toString).toList());
    }

    @Test
    void parsesSizes() {
        assertEquals(4L << 20, ReadLimits.parseSize("4MB"));
        assertEquals(512L << 10, ReadLimits.parseSize("512 kb"));
        assertEquals(1L << 30, ReadLimits.parseSize("1G"));
        assertEquals(1000, ReadLimits.parseSize("1000"));
        for (String bad : List.of("", "four", "-1", "0", "4TB", "99999999999G")) {
            assertThrows(IllegalArgumentException.class, () -> ReadLimits.parseSize(bad), bad);
        }
    }

    @Test
    void jsonThatBreaksJenasParserIsAnOrdinaryBadLine() {
        // found by FuzzTest: deep nesting overflowed the stack, a line cut after a key threw a NullPointerException
        for (String line : List.of("[".repeat(100_000), "{\"id\": \"j1\", \"title\":", "{\"text\": [[[[[[[[[[]]]]]]]]]]}")) {
            InputException e = assertThrows(InputException.class, () -> ArticleReader.parseJson("x#1", line));
            assertTrue(!e.getMessage().contains("\n") && !e.getMessage().contains("Exception"), e.getMessage());
        }
        assertEquals(3, ArticleReader.nesting("{\"a\": [{\"b\": \"[[[[\\\"\"}]}"));
    }
}
