package org.w3id.koujing.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ChineseNumeralsTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
        "零, 0", "一, 1", "十, 10", "十八, 18", "二十, 20", "两千五百, 2500", "一千二百, 1200", "一千零五, 1005",
        "一百零八, 108", "三万, 30000", "三万五千, 35000", "两千五, 2500", "十亿, 1000000000", "一万亿, 1000000000000",
        "一千二百亿, 120000000000", "九十九, 99", "〇, 0",
    })
    void reads(String numeral, BigDecimal value) {
        assertEquals(Optional.of(value), ChineseNumerals.parse(numeral));
    }

    @ParameterizedTest
    @ValueSource(strings = {"十四五", "五六", "万", "亿", "万亿", "百", "千百", "", "一二三"})
    void rejectsWhatIsNotANumber(String numeral) {
        assertEquals(Optional.empty(), ChineseNumerals.parse(numeral));
    }
}
