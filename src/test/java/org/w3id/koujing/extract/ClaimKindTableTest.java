package org.w3id.koujing.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.koujing.model.Article;
import org.w3id.koujing.model.Claim;
import org.w3id.koujing.model.ClaimKind;
import org.w3id.koujing.model.Extraction;
import org.w3id.koujing.model.Figure;

/**
 * What statements do, judged in {@code claim-kinds/cases.tsv}: reports, pledges, targets and
 * assessments, with the words that look like cues and are not (主要, 将近, 需要, 超预期).
 */
class ClaimKindTableTest {

    static Stream<Arguments> cases() throws IOException {
        return Files.readAllLines(Path.of("src/test/resources/claim-kinds/cases.tsv"), StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#"))
                .map(l -> l.split("\t"))
                .map(r -> Arguments.of(r[2], LocalDate.parse(r[0]), ClaimKind.valueOf(r[1].toUpperCase(Locale.ROOT))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void judgesWhatTheStatementDoes(String marked, LocalDate date, ClaimKind expected) {
        int open = marked.indexOf('[');
        String text = marked.replace("[", "").replace("]", "");
        Extraction e = ExtractorTest.EXTRACTOR.extract(new Article("t.txt", Optional.of(date), Optional.empty(), Optional.empty(), text));
        if (open < 0) {
            assertEquals(1, e.claims().size(), () -> "claims: " + e.claims());
            assertEquals(java.util.Set.of(expected), e.claims().get(0).kinds());
            return;
        }
        String surface = marked.substring(open + 1, marked.indexOf(']'));
        Optional<Claim> claim = e.claims().stream().filter(c -> c.figures().stream().anyMatch(f -> f.surface().contains(surface))).findFirst();
        assertTrue(claim.isPresent(), () -> "no figure " + surface + " in " + e.claims());
        Figure figure = claim.get().figures().stream().filter(f -> f.surface().contains(surface)).findFirst().orElseThrow();
        assertEquals(expected, figure.claimKind(), () -> "figure " + figure.surface());
        assertTrue(claim.get().kinds().contains(expected), "the claim has the kind of its figure");
    }
}
