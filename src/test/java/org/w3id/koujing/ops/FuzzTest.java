package org.w3id.koujing.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;
import org.w3id.koujing.ingest.ArticleReader;
import org.w3id.koujing.ingest.InputProblem;
import org.w3id.koujing.ingest.ReadLimits;
import org.w3id.koujing.ingest.ReadResult;
import org.w3id.koujing.model.Article;
import org.w3id.koujing.model.Extraction;
import org.w3id.koujing.rdf.IriScheme;
import org.w3id.koujing.rdf.ShapeValidator;

/**
 * Thousands of generated inputs, from a fixed seed, through the whole way from bytes to quads:
 * mutated articles in every encoding and format, random bytes, random Chinese text full of the
 * words the recognisers look for, and pathological repetitions. No exception may escape, every
 * problem is one line naming its input, every graph written as N-Quads parses again, and the
 * graphs checked against the shapes have no violation.
 */
class FuzzTest {

    static final long SEED = 20_260_309L;
    static final int INPUTS = 10_000;

    /** The words the recognisers look for, and the signs that delimit what they find. */
    static final String[] TOKENS = {"国家统计局", "國家統計局", "海关总署", "人民银行", "财政部", "局长", "局長", "部长", "副部长", "行长", "发言人",
        "康义", "潘功胜", "蓝佛安", "表示", "介绍", "說", "指出", "强调", "增长", "增長", "下降", "回落", "提高", "同比", "环比", "比上年",
        "%", "％", "个百分点", "個百分點", "亿元", "万亿元", "萬億元", "兆元", "美元", "万人", "家", "吨", "公里", "倍", "左右", "以上", "超过",
        "逾", "约", "近", "不到", "至", "～", "~", "-", "—", "多", "余", "两", "零", "〇", "一", "二", "十", "百", "千", "万", "亿",
        "0", "1", "5", "9", "0.5", "5.0", "1,234", "１２", "５．０", ".", "．", "，", "、", "；", "：", "。", "！", "？", "“", "”", "「",
        "」", "『", "』", "《", "》", "（", "）", "(", ")", "【", "】", "\n", "\n\n", " ", "\u3000", "\t", "\r\n", "今年", "去年", "明年",
        "2024年", "2025年", "2026年", "上半年", "一季度", "第四季度", "1月", "12月", "1-8月", "前三季度", "截至", "年底", "末", "以来",
        "“十四五”", "十五五", "时期", "期间", "全年", "当月", "分别", "其中", "一是", "二是", "三是", "首先", "其次", "政策", "计划",
        "工程", "行动", "方案", "条例", "推进", "实施", "加快", "将", "要", "力争", "预计", "目标", "预期", "国内生产总值", "进出口",
        "社会消费品零售总额", "城镇调查失业率", "记者", "问", "答", "：“", "。”", "的", "了", "在", "和", "与", "及", "为", "达到",
        "😀", "\uD840\uDC00", "\uFEFF", "\u200B", "\u00A0", "\u0085", "\u2028", "&amp;", "<", ">", "\\", "\"", "'"};

    final Random random = new Random(SEED);
    final List<String> articles = new ArrayList<>();
    final Pipeline pipeline = new Pipeline(IriScheme.standard());
    final ShapeValidator shapes = ShapeValidator.standard();

    @Test
    void noInputMakesAnExceptionEscape() throws IOException {
        try (Stream<Path> files = Stream.concat(Files.list(Path.of("corpus/articles")), Files.list(Path.of("src/test/resources/corpus/dev/articles")))) {
            for (Path f : files.sorted().filter(p -> p.toString().endsWith(".txt")).toList()) {
                articles.add(Files.readString(f, StandardCharsets.UTF_8));
            }
        }
        List<String> failures = new ArrayList<>();
        int[] read = new int[3]; // inputs with articles, articles, problems
        long quads = 0;
        long[] nanos = new long[7];
        for (int i = 0; i < INPUTS; i++) {
            int kind = i % 7;
            long start = System.nanoTime();
            String extension = switch (kind) {
                case 4 -> "jsonl";
                case 5 -> "html";
                case 1 -> List.of("txt", "jsonl", "html").get(random.nextInt(3));
                default -> "txt";
            };
            byte[] bytes = switch (kind) {
                case 0 -> mutatedBytes();
                case 1 -> randomBytes(random.nextInt(3000));
                case 2 -> encode(randomText(random.nextInt(1500)));
                case 3 -> encode(repetition());
                case 4 -> jsonLines();
                case 5 -> html();
                default -> encode(mutatedText());
            };
            String source = "fuzz/" + i + "." + extension;
            try {
                ReadResult r = ArticleReader.read(source, i + "." + extension, extension, bytes, ReadLimits.standard());
                for (InputProblem p : r.problems()) {
                    if (!p.source().startsWith(source) || p.message().isBlank() || p.toString().contains("\n")) {
                        failures.add(i + " (kind " + kind + "): not one line naming the input: " + p);
                    }
                }
                read[0] += r.articles().isEmpty() ? 0 : 1;
                read[1] += r.articles().size();
                read[2] += r.problems().size();
                for (Article a : r.articles()) {
                    quads += extractAndCheck(a, r.encoding().orElseThrow(), i, failures);
                }
            } catch (Throwable e) {
                failures.add(i + " (kind " + kind + ", " + extension + "): " + e + " at " + where(e) + " on " + snippet(bytes));
            }
            nanos[kind] += System.nanoTime() - start;
        }
        System.out.printf("fuzz: %d inputs, %d with articles, %d articles, %d problems, %d quads; seconds by kind %s%n", INPUTS, read[0],
                read[1], read[2], quads, java.util.Arrays.stream(nanos).mapToObj(n -> String.format(java.util.Locale.ROOT, "%.1f", n / 1e9)).toList());
        // one example of each kind of failure, with how often it came
        java.util.Map<String, List<String>> byCause = new java.util.TreeMap<>();
        for (String f : failures) {
            byCause.computeIfAbsent(f.replaceAll("^\\d+ \\([^)]*\\): ", "").replaceAll(" on \".*", "").replaceAll("^\\d+: ", ""),
                    k -> new ArrayList<>()).add(f);
        }
        assertEquals(List.of(), byCause.values().stream().map(l -> l.size() + "x " + l.get(0)).toList(), failures.size() + " inputs failed");
        // the generator must reach the extraction, not only the readers' refusals
        assertTrue(read[0] > INPUTS * 2 / 5 && read[2] > INPUTS / 20 && quads > 100_000, read[0] + " inputs read, " + read[1]
                + " articles, " + read[2] + " problems, " + quads + " quads");
    }

    /** Extracts and maps one article; every 25th graph goes through N-Quads and back, every 100th through the shapes. */
    long extractAndCheck(Article a, String encoding, int i, List<String> failures) {
        Extraction e = pipeline.extract(a);
        DatasetGraph dsg = DatasetGraphFactory.create();
        pipeline.map(e, pipeline.contentHash(a, encoding), encoding, StreamRDFLib.dataset(dsg));
        if (i % 25 == 0) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            StreamRDF writer = StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS);
            writer.start();
            dsg.find().forEachRemaining(writer::quad);
            writer.finish();
            DatasetGraph back = DatasetGraphFactory.create();
            RDFParser.source(new ByteArrayInputStream(out.toByteArray())).lang(Lang.NQUADS).parse(back);
            if (back.stream().count() != dsg.stream().count()) {
                failures.add(i + ": the N-Quads of " + a.id() + " do not read back whole");
            }
        }
        if (i % 100 == 0) {
            Graph g = dsg.getGraph(pipeline.graphName(a));
            List<ShapeValidator.Violation> v = shapes.validate(g);
            if (!v.isEmpty()) {
                ByteArrayOutputStream ttl = new ByteArrayOutputStream();
                RDFDataMgr.write(ttl, g, Lang.TURTLE);
                failures.add(i + ": " + v.size() + " violations, the first " + v.get(0) + " on " + snippet(a.text().getBytes(StandardCharsets.UTF_8)));
            }
        }
        return dsg.stream().count();
    }

    byte[] mutatedBytes() {
        String text = article();
        Charset charset = List.of(StandardCharsets.UTF_8, Charset.forName("GB18030"), Charset.forName("Big5"), StandardCharsets.UTF_16LE)
                .get(random.nextInt(4));
        byte[] bytes = (charset == StandardCharsets.UTF_16LE ? "\uFEFF" + text : text).getBytes(charset);
        int mutations = 1 + random.nextInt(5);
        for (int m = 0; m < mutations && bytes.length > 2; m++) {
            int at = random.nextInt(bytes.length);
            bytes = switch (random.nextInt(6)) {
                case 0 -> { // flip a byte
                    bytes[at] ^= (byte) (1 << random.nextInt(8));
                    yield bytes;
                }
                case 1 -> splice(bytes, at, Math.min(bytes.length, at + random.nextInt(200)), new byte[0]); // delete
                case 2 -> splice(bytes, at, at, randomBytes(1 + random.nextInt(20))); // insert
                case 3 -> { // duplicate a stretch many times
                    int end = Math.min(bytes.length, at + 1 + random.nextInt(50));
                    byte[] stretch = java.util.Arrays.copyOfRange(bytes, at, end);
                    ByteArrayOutputStream copies = new ByteArrayOutputStream();
                    for (int k = random.nextInt(200); k >= 0; k--) {
                        copies.writeBytes(stretch);
                    }
                    yield splice(bytes, at, at, copies.toByteArray());
                }
                case 4 -> java.util.Arrays.copyOf(bytes, at); // truncate
                default -> splice(bytes, at, at, new byte[] {0}); // a NUL
            };
        }
        return bytes;
    }

    String mutatedText() {
        StringBuilder s = new StringBuilder(article());
        int mutations = 1 + random.nextInt(20);
        for (int m = 0; m < mutations && s.length() > 0; m++) {
            int at = random.nextInt(s.length());
            switch (random.nextInt(4)) {
                case 0 -> s.insert(at, token());
                case 1 -> s.replace(at, Math.min(s.length(), at + random.nextInt(10)), token());
                case 2 -> s.delete(at, Math.min(s.length(), at + random.nextInt(30)));
                default -> s.insert(at, s.substring(at, Math.min(s.length(), at + random.nextInt(40))).repeat(random.nextInt(20)));
            }
        }
        return (random.nextInt(3) == 0 ? "date " + List.of("2025-01-17", "2026-13-45", "0000-00-00", "2024-02-29", "x").get(random.nextInt(5)) + "\n" : "") + s;
    }

    String randomText(int length) {
        StringBuilder s = new StringBuilder();
        if (random.nextBoolean()) {
            s.append("date 2025-0").append(1 + random.nextInt(9)).append("-1").append(random.nextInt(10)).append('\n');
        }
        while (s.length() < length) {
            switch (random.nextInt(10)) {
                case 0, 1 -> s.appendCodePoint(0x4E00 + random.nextInt(0x9FFF - 0x4E00));
                case 2 -> s.append(random.nextInt(100_000));
                case 3 -> s.appendCodePoint(randomCodePoint());
                default -> s.append(token());
            }
        }
        return s.toString();
    }

    String repetition() {
        String unit = random.nextBoolean() ? token() + token() + (random.nextBoolean() ? token() : "")
                : article().substring(0, 1 + random.nextInt(40));
        int times = Math.max(1, (200 + random.nextInt(8_000)) / Math.max(1, unit.length()));
        String body = unit.repeat(times);
        return random.nextBoolean() ? "date 2025-03-06\n" + body : body;
    }

    byte[] jsonLines() {
        StringBuilder s = new StringBuilder();
        for (int line = random.nextInt(4); line >= 0; line--) {
            String text = switch (random.nextInt(4)) {
                case 0 -> article();
                case 1 -> randomText(random.nextInt(800));
                case 2 -> mutatedText();
                default -> repetition();
            };
            String json = "{\"id\": \"" + (random.nextInt(5) == 0 ? "" : "j" + random.nextInt(1000)) + "\", \"date\": \""
                    + List.of("2025-01-17", "2026-13-45", "", "2025-1-7").get(random.nextInt(4)) + "\", \"title\": \"" + escape(token()) + "\", \"text\": \""
                    + escape(text) + "\"" + (random.nextBoolean() ? ", \"url\": \"" + List.of("https://e.org/a b", "http://e.org/x", "not a url", "").get(random.nextInt(4)) + "\"" : "")
                    + "}";
            switch (random.nextInt(8)) {
                case 0 -> json = json.substring(0, random.nextInt(json.length())); // cut off
                case 1 -> json = "[".repeat(random.nextInt(20_000)) + json; // nested deep
                case 2 -> json = json.replace("\"text\": \"", "\"text\": \"\\ud800\\u0000\\udfff");
                case 3 -> json = json.replace("\"text\": \"" + escape(text) + "\"", "\"text\": " + random.nextInt());
                default -> {
                }
            }
            s.append(json).append(random.nextBoolean() ? "\n" : "\r\n");
        }
        return encode(s.toString());
    }

    byte[] html() {
        String text = mutatedText();
        StringBuilder s = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"")
                .append(List.of("utf-8", "gb2312", "big5", "nonsense").get(random.nextInt(4))).append("\">");
        s.append("<meta property=\"article:published_time\" content=\"")
                .append(List.of("2025-01-17T10:00:00Z", "2026-13-45", "yesterday", "2025年1月17日", "9999-99-99").get(random.nextInt(5))).append("\">");
        s.append("<title>").append(token()).append("</title></head><body>");
        String[] tags = {"div", "p", "span", "article", "section", "table", "tr", "td", "ul", "li", "br", "b", "script", "style", "nav", "pre"};
        int depth = random.nextInt(10) == 0 ? 5_000 : random.nextInt(20);
        for (int d = 0; d < depth; d++) {
            s.append('<').append(tags[random.nextInt(tags.length)]).append(random.nextBoolean() ? " class=\"content\"" : "").append('>');
        }
        for (String block : text.split("\n")) {
            s.append(random.nextInt(4) == 0 ? "<p>" + block : "<p>" + block.replace("&", "&amp;").replace("<", "&lt;") + "</p>");
            if (random.nextInt(10) == 0) {
                s.append(List.of("&#0;", "&#xD800;", "&#1114112;", "<!--", "<![CDATA[", "</div></div></body>", "&nbsp;&nbsp;").get(random.nextInt(7)));
            }
        }
        return encode(s.toString());
    }

    String article() {
        return articles.get(random.nextInt(articles.size()));
    }

    String token() {
        return TOKENS[random.nextInt(TOKENS.length)];
    }

    int randomCodePoint() {
        int cp = random.nextInt(0x110000);
        return Character.isSurrogate((char) cp) && cp < 0x10000 ? 0xFFFD : cp;
    }

    byte[] randomBytes(int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }

    /** A text in one of the encodings Koujing reads, most often UTF-8. */
    byte[] encode(String text) {
        return switch (random.nextInt(8)) {
            case 0 -> ("\uFEFF" + text).getBytes(StandardCharsets.UTF_16BE);
            case 1 -> text.getBytes(Charset.forName("GB18030"));
            case 2 -> ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8);
            default -> text.getBytes(StandardCharsets.UTF_8);
        };
    }

    static byte[] splice(byte[] bytes, int from, int to, byte[] insert) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(bytes, 0, from);
        out.writeBytes(insert);
        out.write(bytes, to, bytes.length - to);
        return out.toByteArray();
    }

    static String escape(String s) {
        StringBuilder out = new StringBuilder();
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return out.toString();
    }

    static String where(Throwable e) {
        for (StackTraceElement s : e.getStackTrace()) {
            if (s.getClassName().startsWith("org.w3id.koujing")) {
                return s.toString();
            }
        }
        return e.getStackTrace().length > 0 ? e.getStackTrace()[0].toString() : "?";
    }

    static String snippet(byte[] bytes) {
        String s = new String(bytes, 0, Math.min(bytes.length, 160), StandardCharsets.UTF_8).replace("\n", "\\n");
        return "\"" + s + "\"" + (bytes.length > 160 ? " ... (" + bytes.length + " bytes)" : "");
    }
}
