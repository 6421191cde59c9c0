package org.w3id.koujing.extract;

import java.util.Map;
import org.w3id.koujing.model.Unit;

/**
 * The units the extractor knows: each by its code, and the written forms that stand for it after a
 * number (元, 美元, %, 个百分点, and the measure words of counts).
 */
public record UnitCatalog(Map<String, Unit> byCode, Map<String, Unit> byWrittenForm) {

    public static final String COUNT = "count";
    public static final String RANK = "rank";
    public static final String PERCENT = "percent";
    public static final String PERCENTAGE_POINT = "percentage_point";

    public UnitCatalog {
        byCode = Map.copyOf(byCode);
        byWrittenForm = Map.copyOf(byWrittenForm);
        for (String required : new String[] {COUNT, RANK, PERCENT}) {
            if (!byCode.containsKey(required)) {
                throw new IllegalArgumentException("the unit catalogue has no unit with code " + required);
            }
        }
    }

    public Unit code(String code) {
        Unit unit = byCode.get(code);
        if (unit == null) {
            throw new IllegalArgumentException("no unit with code " + code);
        }
        return unit;
    }

    public boolean isCount(Unit unit) {
        return unit.code().equals(COUNT);
    }
}
