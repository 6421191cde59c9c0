package org.w3id.koujing.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.koujing.eval.Scorer;
import org.w3id.koujing.model.Article;
import org.w3id.koujing.model.Extraction;
import org.w3id.koujing.model.Figure;
import org.w3id.koujing.model.Period;

/**
 * The quantity specification in src/test/resources/quantities, written independently of the
 * extractor: each row a short text in either script, the one figure it states, and its value,
 * upper end, unit, qualifier, period (for an article of 2025-03-06) and change.
 */
class QuantityTableTest {

    private static final Path FIGURES = Path.of("src/test/resources/quantities/figures.tsv");
    private static final Path NOT_FIGURES = Path.of("src/test/resources/quantities/not-figures.tsv");
    private static final LocalDate DATE = LocalDate.of(2025, 3, 6);

    static Extraction extract(String text) {
        return ExtractorTest.EXTRACTOR.extract(new Article("row.txt", Optional.of(DATE), Optional.empty(), Optional.empty(), text + "。"));
    }

    static Stream<Arguments> figures() throws IOException {
        List<Arguments> rows = new ArrayList<>();
        for (String line : Files.readAllLines(FIGURES, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            rows.add(Arguments.of((Object[]) line.split("\t", -1)));
        }
        return rows.stream();
    }

    @Test
    void theTableIsLargeEnough() throws IOException {
        assertTrue(figures().count() >= 300);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("figures")
    void readsTheFigure(String text, String surface, String value, String max, String unit, String qualifier, String period, String change) {
        List<Figure> found = extract(text).claims().stream().flatMap(c -> c.figures().stream()).toList();
        assertEquals(1, found.size(), () -> "one figure in " + text + ": " + found.stream().map(Figure::surface).toList());
        Figure f = found.get(0);
        assertEquals(surface, f.surface(), () -> text + ": surface");
        assertEquals(0, new BigDecimal(value).compareTo(f.value()), () -> text + ": value " + f.value().toPlainString());
        assertEquals(max.equals("-") ? null : new BigDecimal(max).stripTrailingZeros(), f.maxValue().map(BigDecimal::stripTrailingZeros).orElse(null),
                () -> text + ": upper end");
        assertEquals(unit, f.unit().code(), () -> text + ": unit");
        assertEquals(qualifier, Scorer.qualifierCode(f.qualifier()), () -> text + ": qualifier");
        if (!period.equals("-")) {
            assertTrue(f.period().filter(p -> Scorer.samePeriod(p, period)).isPresent(),
                    () -> text + ": period " + f.period().map(Period::toString).orElse("-") + " for " + period);
        }
        assertEquals(change, Scorer.changeCode(f), () -> text + ": change");
    }

    static Stream<String> notFigures() throws IOException {
        return Files.readAllLines(NOT_FIGURES, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank() && !l.startsWith("#"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notFigures")
    void findsNoFigureIn(String text) {
        assertEquals(List.of(), extract(text).claims().stream().flatMap(c -> c.figures().stream()).map(Figure::surface).toList(), text);
    }
}
