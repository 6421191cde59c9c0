package org.w3id.koujing.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3id.koujing.model.Script;

class ScriptConverterTest {

    @ParameterizedTest
    @CsvSource({"國務院國有資產監督管理委員會, 国务院国有资产监督管理委员会", "陰和俊, 阴和俊", "萬億元, 万亿元", "佔比, 占比", "ABC 123, ABC 123"})
    void simplifiesCharacterForCharacter(String traditional, String simplified) {
        assertEquals(simplified, ScriptConverter.toSimplified(traditional));
        assertEquals(traditional.length(), ScriptConverter.toSimplified(traditional).length());
    }

    @Test
    void convertsSimplifiedToTraditionalWithContext() {
        assertEquals("工業和信息化部", ScriptConverter.toTraditional("工业和信息化部"));
    }

    @Test
    void detectsTheScript() {
        assertEquals(Script.HANT, ScriptConverter.detect("財政部部長藍佛安表示，今年赤字率擬按4%左右安排。"));
        assertEquals(Script.HANS, ScriptConverter.detect("财政部部长蓝佛安表示，今年赤字率拟按4%左右安排。"));
        assertEquals(Script.HANS, ScriptConverter.detect("2025 GDP"));
    }
}
