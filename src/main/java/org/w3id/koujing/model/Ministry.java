package org.w3id.koujing.model;

import java.util.List;

/**
 * A government body from the gazetteer (the State Council's bodies, and the people's governments of
 * the provinces and major cities): its stable key, its names in both scripts and in
 * English, and the abbreviations the press uses for it, in each script and in English.
 */
public record Ministry(String key, Label name, String nameEn,
                       List<String> abbreviationsHans, List<String> abbreviationsHant, List<String> abbreviationsEn) {

    private static final String LOCAL_SUFFIX = "人民政府";

    public Ministry {
        abbreviationsHans = List.copyOf(abbreviationsHans);
        abbreviationsHant = List.copyOf(abbreviationsHant);
        abbreviationsEn = List.copyOf(abbreviationsEn);
    }

    /** Whether this is a province's or a city's people's government rather than a central body. */
    public boolean isLocal() {
        return name.hans().endsWith(LOCAL_SUFFIX);
    }

    /** The place a local government governs, as written before its name (广东省, 深圳市); empty for central bodies. */
    public String place() {
        return isLocal() ? name.hans().substring(0, name.hans().length() - LOCAL_SUFFIX.length()) : "";
    }
}
