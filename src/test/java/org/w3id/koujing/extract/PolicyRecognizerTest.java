package org.w3id.koujing.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3id.koujing.model.PolicyMention;
import org.w3id.koujing.model.PolicyName;
import org.w3id.koujing.model.Span;
import org.w3id.koujing.rdf.OntologyFiles;
import org.w3id.koujing.text.ScriptConverter;
import org.w3id.koujing.text.TextNormalizer;

/** Named policies, slogans and action lines in sentences written for these tests, and what is not one. */
class PolicyRecognizerTest {

    static final List<PolicyName> KNOWN = OntologyFiles.policies();
    static final PolicyRecognizer RECOGNIZER = PolicyRecognizer.fromLexicon(KNOWN);

    /** What the recogniser finds in a sentence: each policy as written, or its canonical name where it is known. */
    static List<String> found(String sentence) {
        String norm = TextNormalizer.normalize(sentence);
        return RECOGNIZER.find(norm, new Span(0, norm.length())).stream()
                .map(f -> f.known().map(k -> k.name().hans()).orElse(norm.substring(f.span().start(), f.span().end())))
                .toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # sentence                                                        | policies, separated by /
            商务部将继续加力扩围实施“两新”政策。                                  | 两新
            他表示，要巩固深化前期「反內捲」成果。                                 | 反内卷
            工信部将培育壮大「專精特新」中小企業。                                 | 专精特新
            交通运输部推动大宗货物中长距离运输「公转铁」「公转水」。                 | 公转铁/公转水
            我们将持续推进“人工智能+”行动。                                      | 人工智能+
            海关将推进“智慧海关”建设。                                           | 智慧海关
            """)
    void quotedNamesThatReadAsPolicies(String sentence, String expected) {
        assertEquals(Arrays.asList(expected.split("/")), found(sentence));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # sentence: quoted metaphors, idioms and descriptions
            消费是经济增长的“压舱石”。
            我们将打好政策「組合拳」。
            今年春节「年味濃」，消费旺。
            科技创新是发展的「關鍵變量」。
            郑栅洁认为这“是一个重大利好”。
            深圳工业增加值连续4年保持全国城市“双第一”。
            """)
    void quotedFiguresOfSpeechAreNot(String sentence) {
        assertEquals(List.of(), found(sentence));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # sentence                                                        | canonical policy
            要推动大规模设备更新和消费品以旧换新。                                 | 两新
            今年将实施更加積極的財政政策和適度寬鬆的貨幣政策。                      | 更加积极的财政政策/适度宽松的货币政策
            围绕全国统一大市场建设，加强产能治理。                                 | 全国统一大市场
            实施好新一轮十大重点行业稳增长。                                       | 十大重点行业稳增长
            他说，要坚持“两个毫不动摇”。                                          | 两个毫不动摇
            """)
    void knownPoliciesByAnyOfTheirNames(String sentence, String expected) {
        assertEquals(Arrays.asList(expected.split("/")), found(sentence));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # sentence                                                        | names
            人民银行新设服务消费与养老再贷款，额度为5000亿元。                     | 服务消费与养老再贷款
            碳減排支持工具按季操作。                                              | 碳减排支持工具
            工信部深入实施制造业数字化转型行动。                                  | 制造业数字化转型行动
            國家綜合貨運樞紐補鏈強鏈工程已支持37個城市。                            | 国家综合货运枢纽补链强链工程
            人社部正在编制“十五五”就业专项规划。                                  | “十五五”就业专项规划
            国家能源局将加快规划建设新型能源体系。                                | 新型能源体系
            各地继续深入打好碧水保卫战。                                          | 碧水保卫战
            要推进县中振兴。                                                      | 县中振兴
            """)
    void unquotedNamesEndingWithAPolicyWord(String sentence, String expected) {
        assertEquals(Arrays.asList(expected.split("/")), found(sentence));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # sentence: policy words that end no name here
            人民银行宣布了两方面政策。
            这些配套政策将陆续出台。
            可按售价的15%获得补贴，每件最多补贴500元。
            水利部计划在年内开工一批项目。
            海关运用数量型工具和价格型工具。
            他毕业于新加坡国立大学李光耀公共政策学院。
            全国已完成规划目标任务的99%。
            工程师们正在调试设备。
            """)
    void policyWordsThatNameNothing(String sentence) {
        assertEquals(List.of(), found(sentence));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # sentence                                                        | policy
            工信部等部门印发《建材行业稳增长工作方案》。                            | 建材行业稳增长工作方案
            国务院公布《保障中小企业款项支付条例》。                                | 保障中小企业款项支付条例
            """)
    void documentsThatSetPoliciesAreTheirOwnPolicies(String sentence, String expected) {
        assertEquals(List.of(expected), found(sentence), "a title holding a known name is not that name");
        assertEquals(List.of(), found("他在《人民日报》发表文章。"), "a newspaper is no policy");
    }

    @Test
    void actionLinesOfAnEnumeration() {
        String norm = "一要强化高质量科技供给，抓紧部署实施一批国家重大科技项目；二要强化企业科技创新的主体地位。";
        List<PolicyRecognizer.Found> found = RECOGNIZER.find(norm, new Span(0, norm.length()));
        List<String> lines = found.stream().filter(f -> f.kind() == PolicyMention.Kind.ACTION_LINE)
                .map(f -> norm.substring(f.span().start(), f.span().end())).toList();
        assertEquals(List.of("强化高质量科技供给", "强化企业科技创新的主体地位"), lines, "every item of the sentence");
        String firstly = "首先防范汇率超调，其次防范异常跨境资金流动风险。";
        assertEquals(List.of("防范汇率超调", "防范异常跨境资金流动风险"), RECOGNIZER.find(firstly, new Span(0, firstly.length())).stream()
                .map(f -> firstly.substring(f.span().start(), f.span().end())).toList());
        List<String> names = found.stream().filter(f -> f.kind() == PolicyMention.Kind.NAME)
                .map(f -> f.known().map(k -> k.name().hans()).orElse(norm.substring(f.span().start(), f.span().end()))).toList();
        assertEquals(List.of("国家重大科技项目"), names);
        assertEquals(List.of(), found("统一是前提，加快推进是关键。"), "一是 inside a word is no enumeration");
    }

    @Test
    void everyKnownPolicyHasBothScriptsAndEnglish() {
        for (PolicyName p : KNOWN) {
            assertEquals(p.name().hans(), ScriptConverter.toSimplified(p.name().hant()), p.name().hans());
            assertEquals(false, p.nameEn().isBlank(), p.name().hans());
        }
    }
}
