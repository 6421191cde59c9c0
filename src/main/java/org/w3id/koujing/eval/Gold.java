package org.w3id.koujing.eval;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** The gold annotations of one article, as {@code gold-format.md} defines them. */
public record Gold(String doc, List<Official> officials, List<Figure> figures, List<Figure> optionalFigures,
                   List<Policy> policies, List<Policy> optionalPolicies) {

    /** An official the article names. */
    public record Official(String name, Optional<String> title, Optional<String> ministry, Optional<String> ministryShort) {
    }

    /** A figure the article states; empty optionals are not judged. */
    public record Figure(Optional<String> speaker, List<String> speakerAlt, Optional<String> metric, BigDecimal value,
                         String unit, Optional<String> qualifier, Optional<BigDecimal> valueMax, Optional<String> period,
                         Optional<String> change, String surface, Optional<BigDecimal> tolerance, List<Reading> alt) {
    }

    /** Another acceptable reading of a figure (翻一番 as 2 times or as +100%). */
    public record Reading(BigDecimal value, String unit) {
    }

    /** A policy the article names, with who named it. */
    public record Policy(Optional<String> speaker, String label) {
    }
}
