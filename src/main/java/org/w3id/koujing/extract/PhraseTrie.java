package org.w3id.koujing.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.w3id.koujing.model.Span;

/**
 * A dictionary of phrases that finds, at any position of a text, the longest phrase starting
 * there, or ending there: the lookup behind every gazetteer and word list of the extractor.
 * The phrases are kept twice, forwards and backwards, so that either lookup is one walk.
 *
 * @param <V> what each phrase stands for
 */
public final class PhraseTrie<V> {

    /**
     * A node: its children in arrays sorted by character (no boxing on lookup), and its value. A node
     * with many children (the second characters of a gazetteer's phrases, say) also keeps them in a
     * small hash table: nearly every lookup there fails, and a search among hundreds of characters
     * costs a mispredicted branch at each of its steps where a hashed slot costs one or two probes.
     */
    private static final class Node<V> {
        private static final char[] NO_KEYS = new char[0];
        /** Up to this many children, a search of the sorted arrays is about as quick as a hash. */
        private static final int SEARCHED = 8;
        char[] keys = NO_KEYS;
        Node<V>[] kids = newKids(0);
        V value;
        /** The hashed children of a node with more than {@link #SEARCHED}, or null; a null kid marks a free slot. */
        private char[] slotKeys;
        private Node<V>[] slotKids;
        private int shift;
        /** A root's children are found by rank (see {@link CharBits}), never hashed. */
        private final boolean root;

        Node(boolean root) {
            this.root = root;
        }

        Node<V> get(char c) {
            if (slotKeys == null) {
                int i = Arrays.binarySearch(keys, c);
                return i >= 0 ? kids[i] : null;
            }
            int mask = slotKeys.length - 1;
            for (int s = slot(c); ; s = (s + 1) & mask) {
                Node<V> kid = slotKids[s];
                if (kid == null || slotKeys[s] == c) {
                    return kid;
                }
            }
        }

        private int slot(char c) {
            return (c * 0x9E3779B9) >>> shift;
        }

        Node<V> getOrAdd(char c) {
            int i = Arrays.binarySearch(keys, c);
            if (i >= 0) {
                return kids[i];
            }
            int at = -i - 1;
            char[] k = new char[keys.length + 1];
            Node<V>[] n = newKids(keys.length + 1);
            System.arraycopy(keys, 0, k, 0, at);
            System.arraycopy(kids, 0, n, 0, at);
            k[at] = c;
            n[at] = new Node<>(false);
            System.arraycopy(keys, at, k, at + 1, keys.length - at);
            System.arraycopy(kids, at, n, at + 1, kids.length - at);
            keys = k;
            kids = n;
            if (keys.length > SEARCHED && !root) {
                hashChildren();
            }
            return n[at];
        }

        /** Rebuilds the hash table of the children, at most half full. */
        private void hashChildren() {
            int bits = 32 - Integer.numberOfLeadingZeros(keys.length * 2 - 1);
            slotKeys = new char[1 << bits];
            slotKids = newKids(1 << bits);
            shift = 32 - bits;
            int mask = slotKeys.length - 1;
            for (int i = 0; i < keys.length; i++) {
                int s = slot(keys[i]);
                while (slotKids[s] != null) {
                    s = (s + 1) & mask;
                }
                slotKeys[s] = keys[i];
                slotKids[s] = kids[i];
            }
        }

        @SuppressWarnings("unchecked")
        private static <V> Node<V>[] newKids(int n) {
            return (Node<V>[]) new Node<?>[n];
        }
    }

    private final Node<V> root = new Node<>(true);
    /** The phrases written backwards, for the phrases that end at a place. */
    private final Node<V> reversedRoot = new Node<>(true);
    /** The last characters of the phrases: where no phrase can end, none is looked for. */
    private final CharBits lastChars = new CharBits();
    /** The first characters of the phrases: at most places of a text no phrase starts. */
    private final CharBits firstChars = new CharBits();

    /**
     * A set of characters as one bit each: asked at nearly every place of every text, it is a plain
     * array of words, without the checks and the growing of a {@link java.util.BitSet}. It also
     * counts the characters of the set below each one, so that the children of a root, kept in
     * the order of their characters, are found by that count instead of by a search.
     */
    private static final class CharBits {
        private final long[] words = new long[(Character.MAX_VALUE + 1) / Long.SIZE];
        /**
         * How many characters of the set lie below each word of {@link #words}, counted when first
         * asked after a change: a dictionary built for one article (its officials' names) would
         * otherwise pay a pass over all the counts for each of its phrases.
         */
        private final int[] countBefore = new int[words.length];
        private boolean counted = true;

        void set(char c) {
            words[c >>> 6] |= 1L << c;
            counted = false;
        }

        boolean get(char c) {
            return (words[c >>> 6] & (1L << c)) != 0;
        }

        /** How many characters of the set lie below {@code c}. */
        int rank(char c) {
            if (!counted) {
                count();
            }
            return countBefore[c >>> 6] + Long.bitCount(words[c >>> 6] & ((1L << c) - 1));
        }

        private void count() {
            for (int w = 1; w < words.length; w++) {
                countBefore[w] = countBefore[w - 1] + Long.bitCount(words[w - 1]);
            }
            counted = true;
        }
    }

    /** A dictionary of the given phrases, each standing for itself. */
    public static PhraseTrie<String> of(Collection<String> phrases) {
        PhraseTrie<String> trie = new PhraseTrie<>();
        phrases.forEach(p -> trie.put(p, p));
        return trie;
    }

    /** Adds a phrase; a phrase added twice keeps its first value. */
    public PhraseTrie<V> put(String phrase, V value) {
        if (phrase.isEmpty()) {
            throw new IllegalArgumentException("empty phrase");
        }
        Node<V> node = root;
        for (int i = 0; i < phrase.length(); i++) {
            node = node.getOrAdd(phrase.charAt(i));
        }
        if (node.value == null) {
            node.value = value;
        }
        Node<V> reversed = reversedRoot;
        for (int i = phrase.length() - 1; i >= 0; i--) {
            reversed = reversed.getOrAdd(phrase.charAt(i));
        }
        if (reversed.value == null) {
            reversed.value = value;
        }
        lastChars.set(phrase.charAt(phrase.length() - 1));
        firstChars.set(phrase.charAt(0));
        return this;
    }

    /** The longest phrase that starts at {@code start} and ends at or before {@code limit}. */
    public Optional<Mention<V>> longestAt(CharSequence text, int start, int limit) {
        if (start >= limit || !firstChars.get(text.charAt(start))) {
            return Optional.empty();
        }
        // the root's children are its phrases' first characters in order: the rank of one is its place
        Node<V> node = root.kids[firstChars.rank(text.charAt(start))];
        Node<V> best = node.value != null ? node : null;
        int bestEnd = start + 1;
        for (int i = start + 1; i < limit; i++) {
            node = node.get(text.charAt(i));
            if (node == null) {
                break;
            }
            if (node.value != null) {
                best = node;
                bestEnd = i + 1;
            }
        }
        return best == null ? Optional.empty() : Optional.of(new Mention<>(new Span(start, bestEnd), best.value));
    }

    public Optional<Mention<V>> longestAt(CharSequence text, int start) {
        return longestAt(text, start, text.length());
    }

    /** Whether some phrase ends with {@code c}. */
    public boolean mayEndWith(char c) {
        return lastChars.get(c);
    }

    /** The longest phrase, of at most {@code maxLength} characters, that ends exactly at {@code end} and starts at or after {@code floor}. */
    public Optional<Mention<V>> longestEndingAt(CharSequence text, int end, int floor, int maxLength) {
        if (end <= floor || !lastChars.get(text.charAt(end - 1))) {
            return Optional.empty();
        }
        int lowest = Math.max(floor, end - maxLength);
        if (lowest >= end) {
            return Optional.empty();
        }
        Node<V> node = reversedRoot.kids[lastChars.rank(text.charAt(end - 1))];
        Node<V> best = node.value != null ? node : null;
        int bestStart = end - 1;
        for (int i = end - 2; i >= lowest; i--) {
            node = node.get(text.charAt(i));
            if (node == null) {
                break;
            }
            if (node.value != null) {
                best = node;
                bestStart = i;
            }
        }
        return best == null ? Optional.empty() : Optional.of(new Mention<>(new Span(bestStart, end), best.value));
    }

    /** The longest phrase that ends exactly at {@code end} and starts at or after {@code floor}. */
    public Optional<Mention<V>> longestEndingAt(CharSequence text, int end, int floor) {
        return longestEndingAt(text, end, floor, end - floor);
    }

    /** Whether some phrase occurs anywhere in {@code text}. */
    public boolean occursIn(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (longestAt(text, i).isPresent()) {
                return true;
            }
        }
        return false;
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
