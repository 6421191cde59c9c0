package org.w3id.koujing.model;

import java.util.List;

/** A policy Koujing knows by name (ontology/policies.tsv): its name in both scripts and in English, and the variants that mean it. */
public record PolicyName(Label name, String nameEn, List<String> variants) {

    public PolicyName {
        variants = List.copyOf(variants);
    }
}
