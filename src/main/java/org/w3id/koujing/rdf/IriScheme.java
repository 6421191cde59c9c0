package org.w3id.koujing.rdf;

import com.ibm.icu.text.Transliterator;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Mints the IRIs of the data. They depend only on what they denote: a readable slug (pinyin for
 * Chinese keys) and a short hash of the key, e.g. {@code id/official/li-le-cheng-3fa2}. Keys of
 * officials, metrics and policies are their Simplified names; ministries have gazetteer keys;
 * articles are keyed on their source identity.
 */
public final class IriScheme {

    public static final String DEFAULT_BASE = "https://w3id.org/koujing/id/";
    private static final int MAX_SLUG = 48;
    private static final Transliterator TO_ASCII = Transliterator.getInstance("Han-Latin; Latin-ASCII; Lower");
    private static final Map<String, String> SLUGS = new ConcurrentHashMap<>();

    private final String base;

    public IriScheme(String base) {
        this.base = base;
    }

    public static IriScheme standard() {
        return new IriScheme(DEFAULT_BASE);
    }

    public String base() {
        return base;
    }

    public String article(String id) {
        String name = id.replaceFirst("\\.(txt|jsonl)$", "");
        return base + "article/" + slug(name) + "-" + hash(id);
    }

    public String claim(String article, int index) {
        return article + "/claim/" + index;
    }

    public String figure(String claim, int index) {
        return claim + "/figure/" + index;
    }

    public String ministry(String key) {
        return base + "ministry/" + key;
    }

    public String official(String key) {
        return keyed("official/", key);
    }

    public String metric(String key) {
        return keyed("metric/", key);
    }

    public String policy(String key) {
        return keyed("policy/", key);
    }

    private String keyed(String kind, String key) {
        return base + kind + slug(key) + "-" + hash(key);
    }

    static String slug(String key) {
        return SLUGS.computeIfAbsent(key, IriScheme::computeSlug);
    }

    private static String computeSlug(String key) {
        String latin;
        synchronized (TO_ASCII) {
            latin = TO_ASCII.transliterate(key);
        }
        String slug = latin.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > MAX_SLUG) {
            int cut = slug.lastIndexOf('-', MAX_SLUG);
            slug = slug.substring(0, cut > 0 ? cut : MAX_SLUG);
        }
        return slug.isEmpty() ? "x" : slug;
    }

    static String hash(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 2);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
