package org.w3id.koujing.extract;

import java.util.ArrayList;
import java.util.List;
import org.w3id.koujing.model.Ministry;
import org.w3id.koujing.text.Document;
import org.w3id.koujing.text.ScriptConverter;

/**
 * Finds the central government bodies of the gazetteer by their full names and abbreviations, in
 * either script. A name right after a place marker (省, 市, 洲 ...) is a local or foreign body of
 * the same name, not the central one.
 */
public final class MinistryRecognizer {

    private static final String LOCAL_MARKERS = "省市县区州洲旗盟";

    private final PhraseTrie<Ministry> names = new PhraseTrie<>();

    public MinistryRecognizer(List<Ministry> ministries) {
        for (Ministry ministry : ministries) {
            names.put(ministry.name().hans(), ministry);
            names.put(ScriptConverter.toSimplified(ministry.name().hant()), ministry);
            ministry.abbreviationsHans().forEach(a -> names.put(a, ministry));
            ministry.abbreviationsHant().forEach(a -> names.put(ScriptConverter.toSimplified(a), ministry));
        }
    }

    public List<Mention<Ministry>> find(Document doc) {
        List<Mention<Ministry>> found = new ArrayList<>();
        for (Mention<Ministry> m : names.findAll(doc.norm())) {
            int before = m.span().start() - 1;
            if (before < 0 || LOCAL_MARKERS.indexOf(doc.norm().charAt(before)) < 0) {
                found.add(m);
            }
        }
        return found;
    }
}
