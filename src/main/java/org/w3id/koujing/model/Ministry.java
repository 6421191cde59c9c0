package org.w3id.koujing.model;

import java.util.List;

/**
 * A central government body from the gazetteer: its stable key, its names in both scripts and in
 * English, and the abbreviations the press uses for it, in each script and in English.
 */
public record Ministry(String key, Label name, String nameEn,
                       List<String> abbreviationsHans, List<String> abbreviationsHant, List<String> abbreviationsEn) {

    public Ministry {
        abbreviationsHans = List.copyOf(abbreviationsHans);
        abbreviationsHant = List.copyOf(abbreviationsHant);
        abbreviationsEn = List.copyOf(abbreviationsEn);
    }
}
