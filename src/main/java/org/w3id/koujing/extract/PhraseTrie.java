package org.w3id.koujing.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.w3id.koujing.model.Span;

/**
 * A dictionary of phrases that finds, at any position of a text, the longest phrase starting
 * there: the lookup behind every gazetteer and word list of the extractor.
 *
 * @param <V> what each phrase stands for
 */
public final class PhraseTrie<V> {

    private static final class Node<V> {
        final Map<Character, Node<V>> next = new HashMap<>(4);
        V value;
    }

    private final Node<V> root = new Node<>();

    /** Adds a phrase; a phrase added twice keeps its first value. */
    public PhraseTrie<V> put(String phrase, V value) {
        if (phrase.isEmpty()) {
            throw new IllegalArgumentException("empty phrase");
        }
        Node<V> node = root;
        for (int i = 0; i < phrase.length(); i++) {
            node = node.next.computeIfAbsent(phrase.charAt(i), c -> new Node<>());
        }
        if (node.value == null) {
            node.value = value;
        }
        return this;
    }

    /** The longest phrase that starts at {@code start} and ends at or before {@code limit}. */
    public Optional<Mention<V>> longestAt(CharSequence text, int start, int limit) {
        Node<V> node = root;
        Mention<V> best = null;
        for (int i = start; i < limit; i++) {
            node = node.next.get(text.charAt(i));
            if (node == null) {
                break;
            }
            if (node.value != null) {
                best = new Mention<>(new Span(start, i + 1), node.value);
            }
        }
        return Optional.ofNullable(best);
    }

    public Optional<Mention<V>> longestAt(CharSequence text, int start) {
        return longestAt(text, start, text.length());
    }

    /** The longest phrase that ends exactly at {@code end} and starts at or after {@code floor}. */
    public Optional<Mention<V>> longestEndingAt(CharSequence text, int end, int floor, int maxLength) {
        for (int start = Math.max(floor, end - maxLength); start < end; start++) {
            Optional<Mention<V>> m = longestAt(text, start, end);
            if (m.isPresent() && m.get().span().end() == end) {
                return m;
            }
        }
        return Optional.empty();
    }

    /** Leftmost-longest, non-overlapping matches in {@code [from, to)}. */
    public List<Mention<V>> findAll(CharSequence text, int from, int to) {
        List<Mention<V>> matches = new ArrayList<>();
        int i = from;
        while (i < to) {
            Optional<Mention<V>> m = longestAt(text, i, to);
            if (m.isPresent()) {
                matches.add(m.get());
                i = m.get().span().end();
            } else {
                i++;
            }
        }
        return matches;
    }

    public List<Mention<V>> findAll(CharSequence text) {
        return findAll(text, 0, text.length());
    }

    public boolean contains(String phrase) {
        Optional<Mention<V>> m = longestAt(phrase, 0);
        return m.isPresent() && m.get().span().end() == phrase.length();
    }
}
