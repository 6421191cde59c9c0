package org.w3id.koujing.model;

/**
 * How a figure that is a change moves, and against what: 同比增长 is an increase over the same
 * period a year before, 比上年末下降 a decrease from the previous period's end.
 */
public record Change(Direction direction, Base base) {

    /** Up or down. The figure's value is the size of the change, as stated. */
    public enum Direction { INCREASE, DECREASE }

    /** What the change is measured against. */
    public enum Base {
        /** 同比: the same period one year before. */
        SAME_PERIOD_LAST_YEAR,
        /** 比上年, 环比, 比上年末: the period just before. */
        PREVIOUS_PERIOD,
        /** 年均: an average per year over the period. */
        ANNUAL_AVERAGE,
        /** 比2020年: a base the text names. */
        STATED,
        /** 增长 with no base in the text. */
        UNSTATED
    }
}
