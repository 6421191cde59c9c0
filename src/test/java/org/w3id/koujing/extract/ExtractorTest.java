package org.w3id.koujing.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.w3id.koujing.model.Period;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3id.koujing.model.Article;
import org.w3id.koujing.model.Attribution;
import org.w3id.koujing.model.Claim;
import org.w3id.koujing.model.Extraction;
import org.w3id.koujing.model.Figure;
import org.w3id.koujing.model.Official;
import org.w3id.koujing.model.Script;
import org.w3id.koujing.rdf.OntologyFiles;

/** The extractor on short articles written for these tests: officials, speakers, metrics and periods. */
class ExtractorTest {

    static final Extractor EXTRACTOR = org.w3id.koujing.ops.Pipeline.standardExtractor();

    static Extraction extract(String text) {
        return EXTRACTOR.extract(new Article("t.txt", Optional.of(LocalDate.of(2025, 3, 6)), Optional.empty(), Optional.empty(), text));
    }

    static List<Figure> figures(Extraction e) {
        return e.claims().stream().flatMap(c -> c.figures().stream()).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # sentence                                                   | name   | title    | ministry
            国家统计局局长康义在发布会上介绍，全年经济运行总体平稳。        | 康义   | 局长     | nbs
            中国人民银行行长潘功胜表示，将适时降准降息。                    | 潘功胜 | 行长     | pboc
            工業和信息化部部長金壯龍稱，要推動製造業高端化。                | 金壯龍 | 部長     | miit
            海关总署副署长王令浚介绍了前两个月的进出口情况。                | 王令浚 | 副署长   | gacc
            财政部党组书记、部长蓝佛安指出，财政政策要更加积极。            | 蓝佛安 | 部长     | mof
            在国务院新闻办举行的发布会上，证监会主席吴清说，市场运行平稳。   | 吴清   | 主席     | csrc
            国家统计局新闻发言人、国民经济综合统计司司长付凌晖表示，物价温和。| 付凌晖 | 司长     | nbs
            国家发展改革委主任郑栅洁答记者问时说，投资保持增长。            | 郑栅洁 | 主任     | ndrc
            """)
    void findsOfficialsWithTheirPosts(String sentence, String name, String title, String ministry) {
        Extraction e = extract(sentence);
        assertEquals(1, e.officials().size(), () -> "officials: " + e.officials());
        Official o = e.officials().get(0);
        assertEquals(name, o.name().in(e.script()));
        assertEquals(Optional.ofNullable(title), o.title());
        assertEquals(ministry, o.ministry().orElseThrow().key());
        Claim c = e.claims().get(0);
        assertEquals(Optional.of(o), c.speaker(), "the sentence is attributed to its official");
        assertEquals(Attribution.EXPLICIT_CUE, c.attribution());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # text                                                                  | name   | title  | ministry
            财政部王东伟副部长表示，今年将继续实施减税降费政策。                      | 王东伟 | 副部长 | mof
            商务部昨日召开例行新闻发布会。新闻发言人何亚东表示，外贸总体平稳。        | 何亚东 | 新闻发言人 | mofcom
            国家统计局今天发布数据。付凌晖司长介绍，物价温和回升。                    | 付凌晖 | 司长   | nbs
            """)
    void findsOfficialsNamedBeforeTheirTitleOrAfterTheirBody(String text, String name, String title, String ministry) {
        Extraction e = extract(text);
        assertEquals(List.of(name), e.officials().stream().map(o -> o.name().hans()).toList());
        assertEquals(Optional.of(title), e.officials().get(0).title());
        assertEquals(ministry, e.officials().get(0).ministry().orElseThrow().key());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # text                                                                                  | name   | title  | body
            广东省省长王伟中在省人代会上作报告时表示，全省经济增长5%左右。                              | 王伟中 | 省长   | gov-guangdong
            廣東省長王偉中表示，外貿進出口突破9萬億元。                                                 | 王偉中 | 省長   | gov-guangdong
            广东省第十四届人民代表大会第三次会议开幕。省长王伟中表示，全省经济增长5%左右。              | 王伟中 | 省长   | gov-guangdong
            上海市人民政府新闻办举行发布会。副市长解冬介绍，全市新增就业岗位60万个。                    | 解冬   | 副市长 | gov-shanghai
            深圳市市长覃伟中说，全市地区生产总值增长5.8%。                                              | 覃伟中 | 市长   | gov-shenzhen
            广西壮族自治区主席韦韬表示，全区外贸增长5%。                                                | 韦韬   | 主席   | gov-guangxi
            商务部副部长盛秋平在广东省调研时表示，消费品以旧换新带动销售额增长。                        | 盛秋平 | 副部长 | mofcom
            """)
    void findsTheOfficialsOfProvincialAndCityGovernments(String text, String name, String title, String body) {
        Extraction e = extract(text);
        assertEquals(List.of(name), e.officials().stream().map(o -> o.name().in(e.script())).toList());
        assertEquals(Optional.of(title), e.officials().get(0).title());
        assertEquals(body, e.officials().get(0).ministry().orElseThrow().key());
    }

    @Test
    void aMayorNeedsACityAndAGovernorAProvince() {
        // 市长 with only a province named before it, and 省长 with only a city: no body to give them
        assertEquals(List.of(), extract("广东省召开经济工作会议。市长王伟表示，经济稳定增长。").officials());
        assertEquals(List.of(), extract("深圳市召开经济工作会议。省长王伟表示，经济稳定增长。").officials());
        // a province named as a place does not make its government a body of the article
        Extraction e = extract("国家统计局局长康义表示，广东省地区生产总值增长3.5%。");
        assertEquals(List.of("nbs"), e.ministries().stream().map(m -> m.key()).toList());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # text                                                                                               | names
            退役军人事务部部长裴金佳先生介绍情况，出席发布会的还有副部长徐耀先生、就业创业司负责人盛保晨先生。     | 裴金佳 徐耀 盛保晨
            国家矿山安全监察局召开发布会，综合司二级巡视员、新闻发言人刘韬当时通报，事故起数下降3.7%。            | 刘韬
            国家消防救援局举行发布会。新闻发言人、政策法规司高级指挥长刘激扬表示，火灾起数下降。                   | 刘激扬
            司法部副部长王振江和全国工商联副主席方光华出席发布会。                                               | 王振江
            商务部党组成员、副部长、中消协副会长盛秋平表示，资金规模翻了一番。                                   | 盛秋平
            """)
    void findsOfficialsListedAsPresentOrNamedWithTheirRank(String text, String names) {
        Extraction e = extract(text);
        // a post held elsewhere at the end of the chain is not the post recorded (副部长, not 副会长)
        e.officials().forEach(o -> assertTrue(o.title().filter(t -> t.contains("会长")).isEmpty(), o::toString));
        assertEquals(List.of(names.split(" ")), e.officials().stream().map(o -> o.name().hans()).toList());
        // none of them belongs to a body the gazetteer lacks (全国工商联)
        e.officials().forEach(o -> assertTrue(o.ministry().isPresent(), o::toString));
    }

    @Test
    void aSpeechVerbAfterATitleIsNotAName() {
        Extraction e = extract("国家发展改革委副主任刘苏社表示，项目进展顺利。刘副主任续指，专项债券发行率达到90%。");
        assertEquals(List.of("刘苏社"), e.officials().stream().map(Official::key).toList());
        assertEquals("刘苏社", e.claims().get(1).speaker().orElseThrow().key());
    }

    @Test
    void aNameWithNoBoundaryAfterItMustRecur() {
        Extraction once = extract("证监会主席吴清罕有地出席。吴清表示，市场运行平稳。");
        assertEquals(List.of("吴清"), once.officials().stream().map(Official::key).toList());
        Extraction twice = extract("财政部部长蓝佛安受国务院委托作报告。蓝佛安在报告中介绍，收入增长0.9%。");
        assertEquals(List.of("蓝佛安"), twice.officials().stream().map(Official::key).toList());
    }

    @Test
    void aQuotationIsAttributedToTheSpeakerNamedRightAfterIt() {
        Extraction e = extract("国家能源局局长王宏志出席会议。\n\n“今年新增装机将超过2亿千瓦。”王宏志说。");
        Claim quoted = e.claims().stream().filter(c -> !c.figures().isEmpty()).findFirst().orElseThrow();
        assertEquals(Attribution.QUOTATION, quoted.attribution());
        assertEquals("王宏志", quoted.speaker().orElseThrow().key());
    }

    @Test
    void thisOfficialAndTheOfficialInChargeReferBack() {
        Extraction e = extract("生态环境部部长黄润秋出席发布会。\n\n这位部长表示，细颗粒物平均浓度下降2.7%。\n\n该负责人称，优良天数比例为87.2%。");
        List<Claim> withFigures = e.claims().stream().filter(c -> !c.figures().isEmpty()).toList();
        assertEquals(2, withFigures.size());
        withFigures.forEach(c -> assertEquals("黄润秋", c.speaker().orElseThrow().key(), c.quote()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # sentence (no official in any)
            科技部、工信部部长及国资委主任回答记者提问。
            国家统计局有关负责人表示，数据质量总体可靠。
            “部长通道”集中采访活动在人民大会堂举行。
            财政部部长会议研究了相关事项。
            国资委主任委员会议召开。
            """)
    void findsNoOfficialWhereNoNameFollowsTheTitle(String sentence) {
        assertEquals(List.of(), extract(sentence).officials());
    }

    @Test
    void telsTwoOfficialsOfOneBodyApart() {
        Extraction e = extract("海关总署署长孙梅君表示，外贸稳中有进。海关总署副署长王令浚介绍，出口增长7.1%。");
        assertEquals(List.of("孙梅君", "王令浚"), e.officials().stream().map(o -> o.name().hans()).toList());
        assertEquals("王令浚", figures(e).isEmpty() ? "-" : e.claims().get(1).speaker().orElseThrow().name().hans());
    }

    @Test
    void aSpeakerGovernsTheRestOfTheParagraphButNotTheNext() {
        Extraction e = extract("""
                国家统计局局长康义表示，2024年国内生产总值超过134万亿元。全年城镇新增就业1256万人。

                据海关统计，去年货物贸易进出口总值43.85万亿元。
                """);
        List<Claim> claims = e.claims();
        assertEquals(3, claims.size());
        assertEquals(Attribution.EXPLICIT_CUE, claims.get(0).attribution());
        assertEquals(Attribution.CARRY_OVER, claims.get(1).attribution());
        assertEquals("康义", claims.get(1).speaker().orElseThrow().name().hans());
        assertEquals(Attribution.NONE, claims.get(2).attribution());
        assertTrue(claims.get(2).speaker().isEmpty());
    }

    @Test
    void aBodyNamedAsTheVenueIsNotTheOfficialsEmployer() {
        Extraction e = extract("海关总署13日在国务院新闻办公室举行的新闻发布会上通报情况，副署长王令浚表示，外贸稳中有进。");
        assertEquals("gacc", e.officials().get(0).ministry().orElseThrow().key());
    }

    @Test
    void aMinistersTitleMayShareTheBodysLastCharacter() {
        Extraction e = extract("財政部長藍佛安表示，將加大逆周期調節力度。");
        assertEquals(List.of("蓝佛安"), e.officials().stream().map(Official::key).toList());
        assertEquals("mof", e.officials().get(0).ministry().orElseThrow().key());
        assertEquals(Optional.of("部長"), e.officials().get(0).title());
    }

    @Test
    void pronounsAndSurnamePlusTitleNameTheOfficialMentionedLast() {
        Extraction e = extract("""
                中国人民银行行长潘功胜出席发布会。

                他表示，存款准备金率将下调0.5个百分点。

                潘行长称，政策利率将下调0.2个百分点。

                其他部门表示，将加强配合。
                """);
        List<Claim> withFigures = e.claims().stream().filter(c -> !c.figures().isEmpty()).toList();
        assertEquals(2, withFigures.size());
        withFigures.forEach(c -> assertEquals("潘功胜", c.speaker().orElseThrow().key(), c.quote()));
        assertTrue(e.claims().stream().noneMatch(c -> c.quote().startsWith("其他") && c.attribution() == Attribution.EXPLICIT_CUE),
                "其他 is not 他");
    }

    @Test
    void aSpeakerCarriesThroughTheSectionUntilNarrationOrAHeadline() {
        Extraction e = extract("""
                海关总署副署长王令浚介绍，去年货物贸易进出口总值43.85万亿元。

                其中，出口25.45万亿元，增长7.1%。数据显示，12月进口增长1.0%。

                民营企业进出口24.33万亿元，增长8.8%。据悉，有关部门将加强监测，全年目标为5%。

                数据显示，12月出口增长10.7%。

                受政策带动，上证指数上涨4%。

                外资企业

                外商投资企业进出口增长2.5%。
                """);
        // 数据显示 inside the official's paragraph cites his source; 据悉 is the outlet speaking; a paragraph
        // continues the speaker before it, unless it opens with narration; a headline starts a new section
        assertEquals(List.of(Attribution.EXPLICIT_CUE, Attribution.CARRY_OVER, Attribution.CARRY_OVER, Attribution.CARRY_OVER,
                        Attribution.NONE, Attribution.NONE, Attribution.NONE, Attribution.NONE),
                e.claims().stream().map(Claim::attribution).toList());
        assertEquals("王令浚", e.claims().get(3).speaker().orElseThrow().key());
    }

    @Test
    void aBodyThatPublishesOpensNarration() {
        Extraction e = extract("人民银行副行长邹澜宣布，再贷款利率下调0.25个百分点。\n\n人民银行同日在官网发布公告，新利率自1月19日起执行，一年期利率为1.25%。");
        assertEquals(Attribution.NONE, e.claims().get(1).attribution());
    }

    @Test
    void laterMentionsByNameAreTheSameOfficial() {
        Extraction e = extract("中国人民银行行长潘功胜出席论坛。\n\n潘功胜表示，存款准备金率将下调0.5个百分点。");
        assertEquals(1, e.officials().size());
        Claim claim = e.claims().stream().filter(c -> !c.figures().isEmpty()).findFirst().orElseThrow();
        assertEquals("潘功胜", claim.speaker().orElseThrow().key());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # sentence                                                      | surface      | metric
            2024年，全国粮食产量达到14130亿斤，社会消费品零售总额增长3.5%。       | 3.5%         | 社会消费品零售总额
            全年规模以上工业增加值比上年增长5.8%。                             | 5.8%         | 规模以上工业增加值
            其中，高技术制造业增加值增长8.9%，占规模以上工业增加值比重为16.3%。   | 8.9%         | 高技术制造业增加值
            全社会研发经费投入超过3.6万亿元，投入强度达到2.68%。                | 达到2.68%    | 全社会研发经费投入强度
            基础研究经费约2500亿元，占比为6.91%。                              | 6.91%        | 基础研究经费占比
            全年共培育了1.2万多家专精特新中小企业。                            | 1.2万多家    | 专精特新中小企业
            外贸经营主体数量超过70万家。                                      | 超过70万家   | 外贸经营主体数量
            我国创新指数排名升至全球第11位。                                   | 全球第11位   | 创新指数排名
            出口25.45万亿元，增长7.1%。                                       | 7.1%         | 出口
            7天期逆回购操作利率由1.7%降至1.5%。                                | 1.5%         | 7天期逆回购操作利率
            全国居民人均可支配收入41314元，比上年名义增长5.3%。                  | 5.3%         | 全国居民人均可支配收入
            公募基金总规模由2019年的13万亿元增至去年底的33万亿元。               | 33万亿元     | 公募基金总规模
            预计向市场提供约1万亿元的长期流动性。                               | 约1万亿元    | 长期流动性
            外汇储备规模已连续19个月稳定在3.2万亿美元以上。                      | 3.2万亿美元以上 | 外汇储备规模
            通用设备、专用设备、电气机械行业利润增速依次为4.8%、4.6%和4.2%。        | 4.6%      | 专用设备
            三类火灾分别为39.1万起和9.7万起。建构筑物火灾、交通工具火灾分别为39.1万起、9.7万起，占比依次是43.1%、10.7%。 | 10.7% | 交通工具火灾占比
            广播电视机构和网络视听服务机构的总收入分别为6798亿元和8079亿元，分别成长7.39%和3.65%。 | 3.65% | 网络视听服务机构的总收入
            出口、进口分别增长7.1%和2.3%，贸易顺差、逆差分别为9921亿美元和1000亿美元。 | 1000亿美元 | 逆差
            宽带接入业务收入2763亿元，在电信业务收入中所占比重升至15.9%。            | 15.9%     | 宽带接入业务收入在电信业务收入中所占比重
            全社会跨区域人员流动量将达23.6亿人次，平均每天大约2.95亿人次。          | 大约2.95亿人次 | 全社会跨区域人员流动量平均每天
            太阳能发电装机约8.9亿千瓦，风电装机约5.2亿千瓦，同比分别增长45.2%和18.0%。 | 18.0%     | 风电装机
            第一产业、第二产业用电量分别为170亿度、5936亿度，年增率依序为20.2%、4.7%。 | 4.7%     | 第二产业用电量年增率
            全国国内旅游出游4.74亿人次，按可比口径较2019年同期增长19.0%。             | 19.0%     | 全国国内旅游出游
            市场交易电量累计达到23.8万亿度，比“十三五”时期的10.7万亿度翻了一倍还多。   | 翻了一倍还多 | 市场交易电量
            风电和太阳能发电装机合计14.1亿千瓦，两者合计首次站上14亿千瓦。            | 站上14亿千瓦 | 风电和太阳能发电装机
            一季度国内生产总值增长5.4%，高于去年同期5.3%的水平。                      | 5.3%      | 国内生产总值
            22个省份的134处连片矿区启动了区域性普查。                                  | 22个      | 省份
            到2025年全国用水总量控制在6400亿立方米以内。                              | 6400亿立方米以内 | 全国用水总量
            一季度全国城镇调查失业率平均为5.3%。                                      | 5.3%      | 全国城镇调查失业率
            其中社会保障和就业、教育、节能环保以及文化旅游体育与传媒四项支出，分别增长10%、5.4%、8.8%和4%。 | 8.8% | 节能环保
            我国汽车产销量分别完成3128.2万辆和3143.6万辆，同比分别增长3.7%和4.5%。    | 4.5%      | 汽车产销量
            预计2024年全省地区生产总值迈上14万亿元的新台阶。                        | 迈上14万亿元 | 全省地区生产总值
            规模由2019年的13万亿元增至33万亿元。                                     | 33万亿元   | 规模
            """)
    void findsTheMetricOfAFigure(String sentence, String surface, String metric) {
        Figure f = figures(extract(sentence)).stream().filter(x -> x.surface().equals(surface)).findFirst()
                .orElseThrow(() -> new AssertionError("no figure " + surface + " in " + figures(extract(sentence))));
        assertEquals(metric, f.metric().orElseThrow(() -> new AssertionError("no metric for " + surface)).hans());
    }

    @Test
    void theSamePeriodOfAnotherYearIsThePartOfThatYearInHand() {
        Extraction e = extract("今年1至2月，出口增长3.4%。\n\n这一增速高于去年同期2.1%的水平。");
        Figure before = figures(e).stream().filter(f -> f.surface().contains("2.1%")).findFirst().orElseThrow();
        assertEquals(Optional.of(Period.between(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 2, 29))), before.period());
        // in a year's text, 去年同期 is last year
        Extraction year = extract("2024年，出口增长5.9%，高于去年同期0.6个百分点。");
        Figure points = figures(year).stream().filter(f -> f.surface().contains("0.6")).findFirst().orElseThrow();
        assertEquals(Optional.of(LocalDate.of(2024, 12, 31)), points.period().flatMap(Period::end));
    }

    @Test
    void theFirstPeriodAParagraphNamesIsTheNextParagraphsTopic() {
        Extraction e = extract("9月份CPI同比上涨0.4%。1月至9月平均，CPI比上年同期上涨0.3%。\n\n食品价格上涨0.8%。");
        Figure food = figures(e).stream().filter(f -> f.surface().equals("食品价格上涨0.8%") || f.surface().equals("0.8%")).findFirst().orElseThrow();
        assertEquals(Optional.of(Period.between(LocalDate.of(2024, 9, 1), LocalDate.of(2024, 9, 30))), food.period());
    }

    @Test
    void aRunSinceADateToldOnTheWayIsNotTheNextParagraphsTopic() {
        Extraction told = extract("前三季度全国财政收入16.39万亿元。该负责人指出，自7月份以来，地方收入增幅稳定在1.8%。\n\n税收方面，增值税收入52271亿元。");
        Figure vat = figures(told).stream().filter(f -> f.surface().equals("52271亿元")).findFirst().orElseThrow();
        assertEquals(Optional.of(Period.between(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 9, 30))), vat.period());
        // an article that opens with the run has it as its topic
        Extraction opened = extract("2024年以来，出口增长5%。\n\n进口增长3%。");
        Figure imports = figures(opened).stream().filter(f -> f.surface().equals("3%")).findFirst().orElseThrow();
        assertEquals(Optional.of(LocalDate.of(2024, 1, 1)), imports.period().flatMap(Period::start));
    }

    @Test
    void aListSharesItsMetricAndBound() {
        List<Figure> fs = figures(extract("中央企业营业收入连续跨上30万亿元、40万亿元两个台阶。"));
        Figure second = fs.stream().filter(f -> f.surface().equals("40万亿元")).findFirst().orElseThrow();
        assertEquals("中央企业营业收入", second.metric().orElseThrow().hans());
        assertEquals("MORE_THAN", second.qualifier().name());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # text                                                               | surface   | start      | end
            “十四五”时期，我国粮食产量连续稳定在1.3万亿斤以上。                       | 1.3万亿斤以上 | -     | -
            2024年，全国居民人均可支配收入41314元。                                 | 41314元   | 2024-01-01 | 2024-12-31
            去年，全国城镇调查失业率平均值为5.1%。                                  | 5.1%      | 2024-01-01 | 2024-12-31
            截至2024年末，全国就业人员73439万人。                                   | 73439万人 | -          | 2024-12-31
            2024年，研发经费超过3.6万亿元。其中，基础研究经费约2500亿元。             | 约2500亿元 | 2024-01-01 | 2024-12-31
            “十四五”时期，中央企业利润总额比上一个五年增长了40%。                     | 40%       | 2021-01-01 | 2025-12-31
            2024年一季度乘用车零售512.7万辆，其中3月份增长14.4%；新能源乘用车零售242万辆。 | 242万辆 | 2024-01-01 | 2024-03-31
            2024年一季度社会消费品零售总额124671亿元，其中3月份当月增长5.9%。全国固定资产投资增长4.2%。 | 4.2% | 2024-01-01 | 2024-03-31
            去年12月单月进出口达到4.26万亿元，同比增长4.9%。                          | 4.9%      | 2024-12-01 | 2024-12-31
            2024年，央企实现增加值10.6万亿元。截至去年底，境内总市值上升17.6%。原油产量增长1.6%。 | 1.6% | 2024-01-01 | 2024-12-31
            1月至2月工业增加值同比增长5.9%，比上年全年加快0.1个百分点；社会消费品零售总额83731亿元。 | 83731亿元 | 2025-01-01 | 2025-02-28
            去年第一季至第四季GDP年增率分別為5.4%、5.2%、4.8%和4.5%。                  | 4.8%      | 2024-07-01 | 2024-09-30
            2025年，我国完成水利建设投资12848亿元，完成投资连续4年超过万亿元。          | 超过万亿元 | 2022-01-01 | 2025-12-31
            2024年，北京市PM2.5年均浓度连续第四年稳定达标，优良天数比例为79.2%。        | 79.2%     | 2024-01-01 | 2024-12-31
            2024年，长江干流连续5年、黄河干流连续3年水质保持在Ⅱ类。                    | 3年        | 2022-01-01 | 2024-12-31
            截至2024年底，全国中医类医疗卫生机构约9.8万个，比2020年末增加2.5万余个。     | 2.5万余个  | 2021-01-01 | 2024-12-31
            截至2024年底，全国中医类医疗卫生机构约9.8万个，比2020年末增加2.5万余个。     | 约9.8万个  | -          | 2024-12-31
            2024年，全国粮食产量比2023年增加221.8亿斤。                                | 221.8亿斤  | 2024-01-01 | 2024-12-31
            1至10月，利润总额58680.4亿元，前三季度利润下降3.5%。同期营业收入约110.6万亿元。 | 约110.6万亿元 | 2024-01-01 | 2024-10-31
            1至10月，利润总额58680.4亿元，前三季度利润下降3.5%。其后营业收入约110.6万亿元。 | 约110.6万亿元 | 2024-01-01 | 2024-09-30
            2024年，汽车产销规模连续第二年超过3000万辆。                              | 超过3000万辆 | 2024-01-01 | 2024-12-31
            2024年，出口连续3个月增长5%。                                           | 5%        | 2024-01-01 | 2024-12-31
            邮政业业务收入从2020年的1.1万亿元增长到2024年的1.7万亿元，年均增长11.3%。   | 11.3%     | 2021-01-01 | 2024-12-31
            到2030年，用水量要在2025年基础上再下降10%以上。                            | 10%以上   | 2030-01-01 | 2030-12-31
            2024年，全国发电装机容量约33.5亿千瓦，同比增长14.6%。                      | 14.6%     | -          | 2024-12-31
            2024年，全国新增发电装机4.3亿千瓦，同比增长17.2%。                         | 17.2%     | 2024-01-01 | 2024-12-31
            上半年，外汇储备规模为3.3万亿美元。                                        | 3.3万亿美元 | -        | 2024-06-30
            9月份，核心CPI同比由上月下降0.1%转为上涨0.5%。                            | 0.1%      | 2024-08-01 | 2024-08-31
            9月份，核心CPI同比由上月下降0.1%转为上涨0.5%。                            | 0.5%      | 2024-09-01 | 2024-09-30
            “十四五”时期，中央企业资产总额先后跨过70万亿元和80万亿元。                 | 80万亿元  | 2021-01-01 | 2025-12-31
            2025年，用水量在2020年基础上下降了16%。                                    | 16%       | 2025-01-01 | 2025-12-31
            邮政业业务收入从2020年的1.1万亿元增长到2024年的1.7万亿元，年均增长11.3%。   | 1.1万亿元  | 2020-01-01 | 2020-12-31
            “十四五”时期，快递业务量年均增长20%左右。                                 | 20%左右   | 2021-01-01 | 2025-12-31
            从2024年开始，连续五年每年安排8000亿元专门用于化债。                       | 8000亿元  | 2024-01-01 | 2028-12-31
            1—11月，全国财政收入199210亿元，扣除上年同期缓税入库因素影响后，可比增长1.2%左右。 | 1.2%左右 | 2024-01-01 | 2024-11-30
            1—11月，财政支出246604亿元。今年预算安排的支出规模超过28.5万亿元。中央本级支出35580亿元。 | 35580亿元 | 2024-01-01 | 2024-11-30
            1—11月，财政支出246604亿元。今年预算安排的支出规模超过28.5万亿元。中央本级支出35580亿元。 | 超过28.5万亿元 | 2025-01-01 | 2025-12-31
            1—11月，居民消费价格上涨0.4%，去年同期为0.3%。                            | 0.3%      | 2024-01-01 | 2024-12-31
            """)
    void givesAFigureTheNearestPeriodBeforeIt(String text, String surface, String start, String end) {
        List<Figure> fs = figures(extract(text));
        Optional<Figure> f = fs.stream().filter(x -> x.surface().equals(surface)).findFirst();
        if (start == null && end == null) {
            assertTrue(f.isEmpty() || f.get().period().isPresent(), "a figure without a unit is not found");
            return;
        }
        Figure figure = f.orElseThrow(() -> new AssertionError("no figure " + surface + " in " + fs));
        assertEquals(Optional.ofNullable(start).map(LocalDate::parse), figure.period().orElseThrow().start());
        assertEquals(Optional.ofNullable(end).map(LocalDate::parse), figure.period().orElseThrow().end());
    }

    @Test
    void theSamePeriodOfAnotherYearIsNotWhatTheNextParagraphIsAbout() {
        Extraction e = extract("1—11月，全国财政收入199210亿元，扣除上年同期缓税入库因素影响后，可比增长1.2%左右。\n\n"
                + "分税收和非税收入看，全国税收收入160324亿元。");
        Figure tax = figures(e).stream().filter(f -> f.surface().equals("160324亿元")).findFirst().orElseThrow();
        assertEquals(Optional.of(Period.between(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 11, 30))), tax.period());
    }

    @Test
    void thePlanNotTheRunSinceAYearIsWhatTheNextParagraphIsAbout() {
        Extraction e = EXTRACTOR.extract(new Article("t.txt", Optional.of(LocalDate.of(2026, 1, 10)), Optional.empty(), Optional.empty(),
                "“十四五”期间全国完成水利建设投资5.68万亿元，2022年以来年度完成投资连续4年超过1万亿元。\n\n"
                + "五年间开工建设的重大水利工程达181项。"));
        Map<String, Optional<Period>> periods = figures(e).stream().collect(Collectors.toMap(Figure::surface, Figure::period));
        assertEquals(Optional.of(Period.years(2022, 2025)), periods.get("超过1万亿元"), "since 2022, in January 2026: to the end of 2025");
        assertEquals(Optional.of(Period.years(2021, 2025)), periods.get("达181项"), "the plan carries on");
    }

    @Test
    void aHolidayWordAloneIsTheHolidayNamedLast() {
        Extraction e = EXTRACTOR.extract(new Article("t.txt", Optional.of(LocalDate.of(2024, 10, 8)), Optional.empty(), Optional.empty(),
                "10月1日至7日国庆假期，全社会跨区域人员流动量累计20.03亿人次。\n\n"
                + "部长表示，假期全社会跨区域人员流动量达19.4亿人次。"));
        Period holiday = Period.between(LocalDate.of(2024, 10, 1), LocalDate.of(2024, 10, 7));
        Map<String, Optional<Period>> periods = figures(e).stream().collect(Collectors.toMap(Figure::surface, Figure::period));
        assertEquals(Optional.of(holiday), periods.get("20.03亿人次"));
        assertEquals(Optional.of(holiday), periods.get("达19.4亿人次"), "假期 refers back to the holiday named last");
        Extraction alone = extract("假期全社会跨区域人员流动量达19.4亿人次。");
        assertEquals(Optional.empty(), figures(alone).get(0).period(), "no holiday named, none referred to");
    }

    @Test
    void aQuarterDoesNotCarryIntoTheNextParagraphButTheYearDoes() {
        Extraction e = extract("去年国内生产总值增长5.0%，四季度增长5.4%。\n\n规模以上工业增加值增长5.8%。");
        Figure industry = figures(e).stream().filter(f -> f.surface().equals("5.8%")).findFirst().orElseThrow();
        assertEquals(Optional.of(LocalDate.of(2024, 1, 1)), industry.period().orElseThrow().start());
        Figure q4 = figures(e).stream().filter(f -> f.surface().equals("5.4%")).findFirst().orElseThrow();
        assertEquals(Optional.of(LocalDate.of(2024, 10, 1)), q4.period().orElseThrow().start());
    }

    @Test
    void headlinesAreTheOutletsWordsWithoutASpeaker() {
        Extraction e = extract("央企利润增长超5%\n\n国资委主任张玉卓表示，央企利润总额增长5.2%。");
        assertEquals(2, e.claims().size());
        Claim headline = e.claims().get(0);
        assertEquals(Attribution.NONE, headline.attribution());
        assertTrue(headline.speaker().isEmpty());
        assertEquals(List.of("超5%"), headline.figures().stream().map(Figure::surface).toList());
        assertEquals("张玉卓", e.claims().get(1).speaker().orElseThrow().key());
        assertEquals(Optional.of("央企利润增长超5%"), e.article().title());
    }

    @Test
    void detectsTheScriptAndLabelsInBoth() {
        Extraction hant = extract("財政部部長藍佛安表示，今年赤字率擬按4%左右安排。");
        assertEquals(Script.HANT, hant.script());
        Official o = hant.officials().get(0);
        assertEquals("蓝佛安", o.name().hans());
        assertEquals("藍佛安", o.name().hant());
        Extraction hans = extract("财政部部长蓝佛安表示，今年赤字率拟按4%左右安排。");
        assertEquals(Script.HANS, hans.script());
        assertEquals(o.key(), hans.officials().get(0).key(), "one official whatever the script");
        assertEquals(figures(hant).get(0).metric().orElseThrow().hans(), figures(hans).get(0).metric().orElseThrow().hans());
    }

    @Test
    void quotedNamesArePolicyCandidatesButPlansAreNot() {
        Extraction e = extract("商务部部长王文涛表示，要加力扩围实施“两新”政策，“十四五”规划目标任务即将完成。");
        assertEquals(List.of("两新"), e.claims().stream().flatMap(c -> c.policies().stream()).map(p -> p.label().hans())
                .collect(Collectors.toList()));
    }

    @Test
    void aTranscriptsSpeakerLabelGivesTheFloorToTheOfficial() {
        Extraction e = extract("国务院新闻办公室举行发布会，请农业农村部副部长张兴旺介绍情况。\n\n张兴旺：\n"
                + "各位记者朋友，大家上午好。2025年，粮食总产量达到14298亿斤。\n\n各地累计识别帮扶监测对象超过700万人。");
        for (String surface : List.of("14298亿斤", "超过700万人")) {
            Claim c = e.claims().stream().filter(x -> x.figures().stream().anyMatch(f -> f.surface().contains(surface))).findFirst().orElseThrow();
            assertEquals("张兴旺", c.speaker().orElseThrow().key(), surface);
        }
    }

    @Test
    void aSpokespersonNotNamedTakesTheFloor() {
        Extraction e = extract("国家统计局住户调查司司长张毅说，居民收入增长5.2%。\n\n国家统计局新闻发言人在答记者问中表示，三季度经济增速回落0.4个百分点。");
        Claim c = e.claims().stream().filter(x -> x.figures().stream().anyMatch(f -> f.surface().contains("0.4"))).findFirst().orElseThrow();
        assertEquals(Optional.empty(), c.speaker(), "the spokesperson is not 张毅");
    }
}
