package org.w3id.koujing.extract;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.w3id.koujing.model.Change;
import org.w3id.koujing.model.FigureKind;

/**
 * Tells what a figure states from the words between its metric and its number: a change
 * (增长5%, 同比下降0.1个百分点, 比上年末提高0.84个百分点), a level reached (降至1.5%, 为35%),
 * or a share of a whole (占出口总值的比重接近六成); and for a change, its direction and base.
 */
public final class ChangeRecognizer {

    /** What the recogniser tells about one figure. */
    public record Reading(FigureKind kind, Optional<Change> change) {
        static final Reading LEVEL = new Reading(FigureKind.LEVEL, Optional.empty());
    }

    /** How far before the number the verb may end (增长了约5%: 了约). */
    private static final int MAX_GAP = 3;
    private static final String FILLERS = "了约近超逾达共";
    private static final Pattern SAME_PERIOD = Pattern.compile("(比|较)(上年|去年)?同期|同比|按年");
    private static final Pattern PREVIOUS = Pattern.compile("(比|较)(上年|去年|上月|上季度|上年末|上月末|前一年|上一年|上期|上一个|年初|前值)");
    private static final Pattern STATED = Pattern.compile("(比|较)\\d{4}年");
    private static final PhraseTrie<String> SHARE_WORDS = PhraseTrie.of(List.of("占比", "比重", "比例", "份额", "占"));

    private final PhraseTrie<String[]> forms = new PhraseTrie<>();

    public ChangeRecognizer(List<String[]> rows) {
        rows.forEach(r -> forms.put(r[0], r));
    }

    public static ChangeRecognizer fromLexicon() {
        return new ChangeRecognizer(Lexicon.rows("changes.tsv", 3));
    }

    /**
     * Reads the words before a number.
     *
     * @param window the normalised text from the start of the figure's clause to the figure
     * @param metric the figure's metric phrase, if any
     */
    public Reading read(String window, Optional<String> metric) {
        Optional<String[]> verb = verbBefore(window, window.length());
        String m = metric.orElse("");
        if (verb.isEmpty() && !m.isEmpty() && window.endsWith(m)) {
            verb = verbBefore(window, window.length() - m.length()); // 下调存款准备金率0.5个百分点
        }
        if (verb.isPresent()) {
            String[] row = verb.get();
            if (row[1].equals("level")) {
                return Reading.LEVEL;
            }
            Change.Direction direction = row[1].equals("decrease") ? Change.Direction.DECREASE : Change.Direction.INCREASE;
            return new Reading(FigureKind.CHANGE, Optional.of(new Change(direction, base(row[2], window))));
        }
        if (SHARE_WORDS.occursIn(m) || SHARE_WORDS.occursIn(window)) {
            return new Reading(FigureKind.SHARE, Optional.empty());
        }
        return Reading.LEVEL;
    }

    /** The change word ending at {@code end}, or before a 了 or a bounding word there (增长了约). */
    private Optional<String[]> verbBefore(String window, int end) {
        for (int gap = 0; end > 0 && gap <= MAX_GAP; gap++) {
            Optional<String[]> verb = verbEndingAt(window, end);
            if (verb.isPresent() || FILLERS.indexOf(window.charAt(end - 1)) < 0) {
                return verb;
            }
            end--;
        }
        return Optional.empty();
    }

    /** The longest change word that ends exactly at {@code end}. */
    private Optional<String[]> verbEndingAt(String window, int end) {
        for (int start = Math.max(0, end - 4); start < end; start++) {
            Optional<Mention<String[]>> m = forms.longestAt(window, start, end);
            if (m.isPresent() && m.get().span().end() == end) {
                return Optional.of(m.get().value());
            }
        }
        return Optional.empty();
    }

    private static Change.Base base(String lexiconBase, String window) {
        return switch (lexiconBase) {
            case "yoy" -> Change.Base.SAME_PERIOD_LAST_YEAR;
            case "previous" -> Change.Base.PREVIOUS_PERIOD;
            case "annual" -> Change.Base.ANNUAL_AVERAGE;
            default -> {
                if (window.indexOf('比') < 0 && window.indexOf('较') < 0 && !window.contains("按年")) {
                    yield Change.Base.UNSTATED; // each pattern below needs one of them
                }
                if (SAME_PERIOD.matcher(window).find()) {
                    yield Change.Base.SAME_PERIOD_LAST_YEAR;
                }
                if (PREVIOUS.matcher(window).find()) {
                    yield Change.Base.PREVIOUS_PERIOD;
                }
                yield STATED.matcher(window).find() ? Change.Base.STATED : Change.Base.UNSTATED;
            }
        };
    }
}
