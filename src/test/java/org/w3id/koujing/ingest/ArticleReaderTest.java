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
}
