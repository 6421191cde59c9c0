package org.w3id.koujing.model;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * One number stated in a claim, with everything that makes it mean what its sentence means: the
 * exact value, its unit (and measure word for counts), how it bounds the true value, whether it is
 * a level, a change or a share, the period, the metric, and whether it reports a result, pledges,
 * sets a target or assesses.
 */
public record Figure(
        Span span,
        String surface,
        BigDecimal value,
        Optional<BigDecimal> maxValue,
        Unit unit,
        Optional<String> measureWord,
        Qualifier qualifier,
        FigureKind kind,
        Optional<Change> change,
        Optional<Period> period,
        Optional<Label> metric,
        ClaimKind claimKind) {
}
