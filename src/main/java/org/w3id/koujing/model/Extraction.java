package org.w3id.koujing.model;

import java.util.List;

/** Everything extracted from one article, in plain records: the input of the mapper and of eval. */
public record Extraction(Article article, Script script, List<Ministry> ministries, List<Official> officials, List<Claim> claims) {

    public Extraction {
        ministries = List.copyOf(ministries);
        officials = List.copyOf(officials);
        claims = List.copyOf(claims);
    }
}
