package org.w3id.koujing.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.w3id.koujing.model.Ministry;
import org.w3id.koujing.rdf.OntologyFiles;
import org.w3id.koujing.text.ScriptConverter;

/**
 * Writes N synthetic press-conference articles as one .jsonl file, from templates of the genre: a
 * body from the gazetteer (ontology/ministries.ttl), officials with names drawn from the surname word
 * list, figures with their metrics, units, bounds and periods, and a policy or two; about one article
 * in five is in Traditional script. The same N and seed always give the same bytes. For benchmarks and
 * tests that need many articles: the extraction is not scored on them.
 */
public final class SyntheticCorpus {

    private static final String GIVEN = "建国文华明军伟强磊洋勇艳杰娟涛超秀英斌玉兰春海燕鹏宇峰丽敏静志刚晓辉立新红卫东平波凯林";

    /** A metric with its unit as written, its usual size, and the number of decimals it is stated with. */
    private record Metric(String name, String unit, double low, double high, int decimals) {
    }

    private static final List<Metric> METRICS = List.of(
            new Metric("社会消费品零售总额", "亿元", 30_000, 500_000, 0),
            new Metric("货物贸易进出口总值", "万亿元", 10, 45, 2),
            new Metric("一般公共预算收入", "亿元", 50_000, 220_000, 0),
            new Metric("城镇新增就业", "万人", 300, 1_300, 0),
            new Metric("全国粮食产量", "亿斤", 9_000, 14_200, 1),
            new Metric("新能源汽车产量", "万辆", 100, 1_300, 1),
            new Metric("快递业务量", "亿件", 300, 1_800, 1),
            new Metric("居民人均可支配收入", "元", 10_000, 45_000, 0),
            new Metric("固定资产投资", "亿元", 100_000, 520_000, 0),
            new Metric("外商直接投资", "亿美元", 300, 1_800, 1),
            new Metric("专项债券发行规模", "亿元", 5_000, 45_000, 0),
            new Metric("高新技术企业数量", "万家", 10, 50, 1));

    private static final List<String> GROWTH = List.of("规模以上工业增加值", "国内生产总值", "服务业生产指数", "出口", "进口",
            "网上零售额", "制造业投资", "基础设施投资", "研发经费投入", "居民消费价格");

    private static final List<String> POLICIES = List.of("“两新”政策", "大规模设备更新", "消费品以旧换新", "就业优先政策",
            "“人工智能+”行动", "适度宽松的货币政策", "更加积极的财政政策", "稳外贸政策", "“千万工程”", "中小企业发展专项资金");

    private static final List<String> VENUES = List.of("国务院新闻办公室举行的新闻发布会上", "国新办新闻发布会上", "例行新闻发布会上",
            "新闻发布会上");

    private final Random random;
    private final List<Ministry> ministries;
    private final List<String> surnames;

    public SyntheticCorpus(long seed) {
        this.random = new Random(seed);
        this.ministries = OntologyFiles.ministries().stream().filter(m -> title(m.name().hans()) != null).toList();
        this.surnames = surnames();
    }

    /** Writes {@code n} articles to {@code file}, one JSON object a line. */
    public static Path write(Path file, int n, long seed) {
        SyntheticCorpus corpus = new SyntheticCorpus(seed);
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 1; i <= n; i++) {
                w.write(corpus.article(i));
                w.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** The article numbered {@code i}, as a line of JSON. */
    String article(int i) {
        int year = 2019 + random.nextInt(7);
        int month = 1 + random.nextInt(12);
        int day = 1 + random.nextInt(28);
        Ministry ministry = pick(ministries);
        String body = ministry.name().hans();
        String chief = name();
        String deputy = name();
        String chiefTitle = title(body);
        String period = period(year);
        List<String> paragraphs = new ArrayList<>();
        Metric m1 = pick(METRICS);
        paragraphs.add(String.format(Locale.ROOT, "%s%s%s%d日在%s介绍，%s，%s达到%s%s，同比增长%s%%，规模再创新高。",
                body, chiefTitle, chief, day, pick(VENUES), period, m1.name(), amount(m1), m1.unit(), percent(1, 12)));
        for (int k = 0, extra = 3 + random.nextInt(5); k < extra; k++) {
            paragraphs.add(paragraph(body, chief, deputy, year));
        }
        paragraphs.add(String.format(Locale.ROOT, "%s表示，下一步将继续实施%s，加快推进%s，力争%d年%s增长%s%%左右。",
                chief, pick(POLICIES), pick(POLICIES), year + 1, pick(GROWTH), percent(3, 6)));
        String text = String.join("\n\n", paragraphs);
        String title = String.format(Locale.ROOT, "%s：%s%s增长%s%%", body, period, pick(GROWTH), percent(1, 9));
        if (random.nextInt(5) == 0) {
            text = ScriptConverter.toTraditional(text);
            title = ScriptConverter.toTraditional(title);
        }
        return String.format(Locale.ROOT, "{\"id\": \"synthetic-%06d\", \"date\": \"%d-%02d-%02d\", \"title\": %s, \"text\": %s}",
                i, year + (month == 1 ? 1 : 0), month, day, json(title), json(text));
    }

    private String paragraph(String body, String chief, String deputy, int year) {
        Metric m = pick(METRICS);
        String growth = pick(GROWTH);
        return switch (random.nextInt(7)) {
            case 0 -> String.format(Locale.ROOT, "%s副%s%s表示，%s，%s为%s%s，比上年同期下降%s个百分点。",
                    body, title(body).replaceFirst("^副", ""), deputy, period(year), m.name(), amount(m), m.unit(), percent(0, 3));
            case 1 -> String.format(Locale.ROOT, "%s说，截至%d年底，全国%s超过%s%s。", chief, year, m.name(), amount(m), m.unit());
            case 2 -> String.format(Locale.ROOT, "从季度看，一季度%s增长%s%%，二季度增长%s%%，三季度增长%s%%。",
                    growth, percent(2, 8), percent(2, 8), percent(2, 8));
            case 3 -> String.format(Locale.ROOT, "%s指出，%d年%s预计将达到%s%s左右，比上年增加%s%s。",
                    deputy, year + 1, m.name(), amount(m), m.unit(), amount(m.low() / 20, m.high() / 20, m.decimals()), m.unit());
            case 4 -> String.format(Locale.ROOT, "“%s运行总体平稳、稳中有进。”%s说，%s%s同比增长%s%%，增速比上半年加快%s个百分点。",
                    growth, chief, period(year), growth, percent(1, 10), percent(0, 2));
            case 5 -> String.format(Locale.ROOT, "据介绍，%s，%s累计安排%s中央预算内投资%s亿元，支持项目%d个。",
                    period(year), body, pick(POLICIES), amount(100, 5_000, 0), 100 + random.nextInt(9_000));
            default -> String.format(Locale.ROOT, "%s表示，%s%s在%s至%s%s之间，占全国的%s%%。",
                    deputy, period(year), m.name(), amount(m.low(), (m.low() + m.high()) / 2, m.decimals()),
                    amount((m.low() + m.high()) / 2, m.high(), m.decimals()), m.unit(), percent(10, 60));
        };
    }

    private String period(int year) {
        return switch (random.nextInt(6)) {
            case 0 -> year + "年";
            case 1 -> year + "年上半年";
            case 2 -> year + "年前三季度";
            case 3 -> year + "年" + (1 + random.nextInt(12)) + "月份";
            case 4 -> year + "年1至" + (2 + random.nextInt(10)) + "月";
            default -> "“十四五”时期";
        };
    }

    private String name() {
        String surname = pick(surnames);
        int length = random.nextInt(3) == 0 ? 1 : 2;
        StringBuilder name = new StringBuilder(surname);
        for (int k = 0; k < length; k++) {
            name.append(GIVEN.charAt(random.nextInt(GIVEN.length())));
        }
        return name.toString();
    }

    /** The head's post for a body, from the kind of body its name says it is; null for a kind without one here. */
    private static String title(String body) {
        if (body.endsWith("银行")) {
            return "行长";
        }
        if (body.endsWith("委员会")) {
            return "主任";
        }
        if (body.endsWith("总署")) {
            return "署长";
        }
        if (body.endsWith("局")) {
            return "局长";
        }
        if (body.endsWith("部")) {
            return "部长";
        }
        return null;
    }

    private String amount(Metric m) {
        return amount(m.low(), m.high(), m.decimals());
    }

    private String amount(double low, double high, int decimals) {
        double v = low + random.nextDouble() * (high - low);
        return String.format(Locale.ROOT, "%." + decimals + "f", v);
    }

    private String percent(double low, double high) {
        return amount(low, high, 1);
    }

    private <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    private static List<String> surnames() {
        try (InputStream in = SyntheticCorpus.class.getResourceAsStream("/lexicon/surnames.txt")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            // the single-character surnames: the common case, and what the recogniser expects
            return text.lines().filter(l -> !l.startsWith("#")).flatMap(l -> Arrays.stream(l.trim().split("\\s+")))
                    .filter(s -> s.length() == 1).distinct().limit(200).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String json(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }

    /** {@code SyntheticCorpus FILE N}: writes N articles to FILE. */
    public static void main(String[] args) {
        write(Path.of(args[0]), Integer.parseInt(args[1]), 2026);
    }
}
