package org.w3id.koujing.extract;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.w3id.koujing.model.ClaimKind;
import org.w3id.koujing.model.Figure;
import org.w3id.koujing.model.Period;
import org.w3id.koujing.model.Qualifier;
import org.w3id.koujing.model.Span;
import org.w3id.koujing.text.CharClass;

/**
 * Tells what a statement does: reports a result, pledges, sets a target or assesses.
 * <ul>
 * <li>A figure that a target follows (5%左右的预期目标) is a target.</li>
 * <li>Otherwise the nearest cue before it decides (已实现, 将, 预期目标, 预计); a modal before a verb
 * of result (要达到, 力争实现) is the cue, not the verb.</li>
 * <li>A pledge of a figure that is not exact (要控制在5.5%左右, 力争超过12%), or of a result in a
 * year to come (到2030年要建成), is a target.</li>
 * <li>Without a cue, a figure for a year to come, or about (左右) this year, is a target; any other,
 * a report.</li>
 * <li>A statement without figures pledges where a modal or an action verb leads it and nothing
 * marks the past, reports where something does, and assesses otherwise.</li>
 * </ul>
 */
public final class ClaimKinds {

    private static final CharClass SENTENCE_ENDS = CharClass.of("。！？!?");
    private static final CharClass CLAUSE_ENDS = CharClass.of("，,；;。！？!?");
    /** How far after a figure its target may be named (5%左右的预期目标). */
    private static final int TARGET_AFTER = 8;
    /** How far before a verb of result its modal may stand (要努力达到). */
    private static final int MODAL_GAP = 2;

    private final PhraseTrie<ClaimKind> cues = new PhraseTrie<>();
    private final PhraseTrie<Boolean> actions = new PhraseTrie<>();
    private final PhraseTrie<Boolean> notCues = new PhraseTrie<>();

    public ClaimKinds(List<String[]> rows) {
        for (String[] r : rows) {
            switch (r[0]) {
                case "report" -> cues.put(r[1], ClaimKind.REPORT);
                case "pledge" -> cues.put(r[1], ClaimKind.PLEDGE);
                case "target" -> cues.put(r[1], ClaimKind.TARGET);
                case "assessment" -> cues.put(r[1], ClaimKind.ASSESSMENT);
                case "action" -> actions.put(r[1], true);
                case "not" -> notCues.put(r[1], true);
                default -> throw new IllegalStateException("claim kind cue of unknown kind: " + r[0]);
            }
        }
    }

    public static ClaimKinds fromLexicon() {
        return new ClaimKinds(Lexicon.rows("claim-kinds.tsv", 2));
    }

    /** The kind of the figure at {@code figure} in {@code sentence}, given its period and the article's date. */
    public ClaimKind ofFigure(String norm, Span sentence, Span figure, Optional<Period> period, Qualifier qualifier,
            Optional<LocalDate> published) {
        if (targetRightAfter(norm, figure.end(), sentence.end())) {
            return ClaimKind.TARGET;
        }
        Optional<Cue> cue = nearestCueBefore(norm, sentence.start(), figure.start());
        boolean future = period.map(p -> future(p, published)).orElse(false);
        if (cue.isEmpty()) {
            boolean ahead = period.map(p -> notPast(p, published)).orElse(false);
            return future || ahead && qualifier == Qualifier.APPROXIMATELY ? ClaimKind.TARGET : ClaimKind.REPORT;
        }
        if (cue.get().kind() == ClaimKind.PLEDGE && (qualifier != Qualifier.EXACTLY || cue.get().result() && future)) {
            return ClaimKind.TARGET; // 要控制在5.5%左右, 到2030年要建成2800万个: a goal, not an act
        }
        return cue.get().kind();
    }

    /** The kinds of a claim: those of its figures, or, without figures, that of its sentence. */
    public Set<ClaimKind> ofClaim(String norm, Span sentence, List<Figure> figures, boolean pastInSentence) {
        Set<ClaimKind> kinds = EnumSet.noneOf(ClaimKind.class);
        figures.forEach(f -> kinds.add(f.claimKind()));
        if (kinds.isEmpty()) {
            kinds.add(ofSentence(norm, sentence, pastInSentence));
        }
        return kinds;
    }

    private ClaimKind ofSentence(String norm, Span sentence, boolean pastInSentence) {
        ClaimKind first = null;
        boolean action = false;
        for (int i = sentence.start(); i < sentence.end() && (first == null || !action); i++) {
            if (first == null) {
                first = cueAt(norm, i, sentence.end()).orElse(null);
            }
            if (!action) {
                action = actions.longestAt(norm, i, sentence.end()).isPresent();
            }
        }
        if (first == ClaimKind.PLEDGE || first == ClaimKind.TARGET || first == ClaimKind.ASSESSMENT) {
            return first;
        }
        if (first == ClaimKind.REPORT || pastInSentence) {
            return ClaimKind.REPORT;
        }
        return action ? ClaimKind.PLEDGE : ClaimKind.ASSESSMENT;
    }

    /** A target named right after the figure: 实现全年经济增长5%左右的预期目标. */
    private boolean targetRightAfter(String norm, int from, int limit) {
        int end = Math.min(limit, from + TARGET_AFTER);
        for (int i = from; i < end && !CLAUSE_ENDS.contains(norm.charAt(i)); i++) {
            if (cueAt(norm, i, end).filter(k -> k == ClaimKind.TARGET).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /** A cue's kind, and whether a modal governs a verb of result (要达到, 力争实现, 将建成). */
    private record Cue(ClaimKind kind, boolean result) {
    }

    /** The cue nearest before {@code to}, within the sentence; a modal right before a verb of result wins. */
    private Optional<Cue> nearestCueBefore(String norm, int from, int to) {
        for (int end = to; end > from; end--) {
            if (SENTENCE_ENDS.contains(norm.charAt(end - 1))) {
                break;
            }
            Optional<Mention<ClaimKind>> cue = cues.longestEndingAt(norm, end, from, 6);
            if (cue.isEmpty() || shadowed(norm, cue.get().span(), from, to)) {
                continue;
            }
            if (cue.get().value() == ClaimKind.REPORT) {
                int before = cue.get().span().start();
                for (int gap = 0; gap <= MODAL_GAP && before - gap > from; gap++) {
                    Optional<Mention<ClaimKind>> modal = cues.longestEndingAt(norm, before - gap, from, 4);
                    if (modal.isPresent() && modal.get().value() == ClaimKind.PLEDGE && !shadowed(norm, modal.get().span(), from, to)) {
                        return Optional.of(new Cue(ClaimKind.PLEDGE, true));
                    }
                }
            }
            return Optional.of(new Cue(cue.get().value(), false));
        }
        return Optional.empty();
    }

    private Optional<ClaimKind> cueAt(String norm, int at, int limit) {
        Optional<Mention<ClaimKind>> cue = cues.longestAt(norm, at, limit);
        if (cue.isEmpty() || shadowed(norm, cue.get().span(), Math.max(0, at - 4), limit)) {
            return Optional.empty();
        }
        return Optional.of(cue.get().value());
    }

    /** Whether the cue is part of a longer word that is no cue: 要 in 主要, 将 in 将近. */
    private boolean shadowed(String norm, Span cue, int floor, int limit) {
        for (int start = Math.max(floor, cue.start() - 4); start <= cue.start(); start++) {
            Optional<Mention<Boolean>> word = notCues.longestAt(norm, start, limit);
            if (word.isPresent() && word.get().span().overlaps(cue) && word.get().span().end() >= cue.end()) {
                return true;
            }
        }
        return false;
    }

    /** A period that ends after the article appeared: this year's, or later. */
    private static boolean notPast(Period p, Optional<LocalDate> published) {
        return published.isPresent() && p.end().filter(e -> e.isAfter(published.get())).isPresent();
    }

    /** A period that starts after the year of publication: 到2030年, 明年. */
    private static boolean future(Period p, Optional<LocalDate> published) {
        return published.isPresent() && p.start().or(p::end).filter(s -> s.getYear() > published.get().getYear()).isPresent();
    }
}
