package org.w3id.koujing.extract;

import java.util.List;
import java.util.Optional;
import org.w3id.koujing.model.Official;
import org.w3id.koujing.model.Span;

/**
 * Finds a speech verb whose subject is an official: the official's mention, then within a few
 * characters of the same clause (a title, 在…时, 今天) a verb such as 表示, 指出 or 称, or a colon.
 */
public final class SpeechCues {

    /** How far after a name the verb may stand (康义17日在国务院新闻办公室举行的新闻发布会上介绍). */
    static final int MAX_GAP = 30;
    private static final String CLAUSE_BREAKS = "，,；;。！？!?";

    private final PhraseTrie<String> cues = new PhraseTrie<>();

    public SpeechCues(List<String> verbs) {
        verbs.forEach(v -> cues.put(v, v));
    }

    public static SpeechCues fromLexicon() {
        return new SpeechCues(Lexicon.words("speech-cues.txt"));
    }

    /** An official mention in {@code sentence} with its speech verb: the official and where the verb ends. */
    public record Cue(Official official, Span mention, int verbEnd) {
    }

    /** The first cue of the sentence, if any. */
    public Optional<Cue> find(String norm, Span sentence, List<Mention<Official>> mentions) {
        for (Mention<Official> m : mentions) {
            if (!sentence.contains(m.span())) {
                continue;
            }
            int limit = Math.min(sentence.end(), m.span().end() + MAX_GAP);
            for (int j = m.span().end(); j < limit; j++) {
                char c = norm.charAt(j);
                if (c == '：' || c == ':') {
                    // 张兴旺从三个维度作了拆解：…… a colon after the official opens what they say
                    return Optional.of(new Cue(m.value(), m.span(), j + 1));
                }
                if (CLAUSE_BREAKS.indexOf(c) >= 0) {
                    break;
                }
                Optional<Mention<String>> verb = cues.longestAt(norm, j, sentence.end());
                if (verb.isPresent()) {
                    return Optional.of(new Cue(m.value(), m.span(), verb.get().span().end()));
                }
            }
        }
        return Optional.empty();
    }
}
