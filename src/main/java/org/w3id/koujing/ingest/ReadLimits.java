package org.w3id.koujing.ingest;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How much Koujing reads as one article: a .txt or .html file, or one line of a .jsonl file,
 * larger than this is reported in one line and not read at all, so that a stray dump or a runaway
 * line costs neither memory nor time. A .jsonl file as a whole may be of any size.
 */
public record ReadLimits(long maxArticleBytes) {

    /**
     * Four megabytes: a news report, even a government work report in full, has well under 100 KB,
     * so this is far beyond any real article and still small enough to extract in seconds.
     */
    public static final long DEFAULT_MAX_ARTICLE_BYTES = 4L * 1024 * 1024;

    private static final Pattern SIZE = Pattern.compile("(\\d{1,12})\\s*([kmg]i?b?|b)?");

    public ReadLimits {
        if (maxArticleBytes < 1) {
            throw new IllegalArgumentException("the size limit must be positive");
        }
    }

    public static ReadLimits standard() {
        return new ReadLimits(DEFAULT_MAX_ARTICLE_BYTES);
    }

    /** Parses a size such as {@code 4MB}, {@code 512KB}, {@code 1G} or {@code 100000} (bytes); K, M and G are powers of 1024. */
    public static long parseSize(String text) {
        Matcher m = SIZE.matcher(text.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException("\"" + text + "\" is not a size (e.g. 4MB, 512KB, 100000)");
        }
        long n = Long.parseLong(m.group(1));
        String unit = m.group(2) == null ? "b" : m.group(2);
        int shift = switch (unit.charAt(0)) {
            case 'k' -> 10;
            case 'm' -> 20;
            case 'g' -> 30;
            default -> 0;
        };
        if (n < 1 || Long.numberOfLeadingZeros(n) <= shift) {
            throw new IllegalArgumentException("\"" + text + "\" is not a usable size");
        }
        return n << shift;
    }

    /** A size for people: {@code 812 bytes}, {@code 5.0 MB}. */
    public static String format(long bytes) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }

    /** The problem of an input of {@code bytes} bytes over the limit, for the user. */
    String tooLarge(long bytes) {
        return "too large for one article: " + format(bytes) + ", over the limit of " + format(maxArticleBytes)
                + " (--max-article-size raises it)";
    }
}
