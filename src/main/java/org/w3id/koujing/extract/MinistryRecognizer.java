package org.w3id.koujing.extract;

import java.util.ArrayList;
import java.util.List;
import org.w3id.koujing.model.Ministry;
import org.w3id.koujing.text.Document;
import org.w3id.koujing.text.ScriptConverter;

/**
 * Finds the government bodies of the gazetteer by their full names and abbreviations, in either
 * script. A central body's name right after a place marker (省, 市, 洲 ...) is a local or foreign
 * body of the same name, not the central one.
 */
public final class MinistryRecognizer {

    private static final String LOCAL_MARKERS = "省市县区州洲旗盟";
    /** 该部, 该委, 该局, 该署, 该行, 该办 (not 本部门, 该部门: a department of anything). */
    private static final String BACK_REFERENCE_NOUNS = "部委局署行办";

    private final PhraseTrie<Ministry> names = new PhraseTrie<>();
    /** The places of the local governments (广东省, 深圳市), each standing for its government. */
    private final PhraseTrie<Ministry> places = new PhraseTrie<>();

    public MinistryRecognizer(List<Ministry> ministries) {
        for (Ministry ministry : ministries) {
            names.put(ministry.name().hans(), ministry);
            names.put(ScriptConverter.toSimplified(ministry.name().hant()), ministry);
            ministry.abbreviationsHans().forEach(a -> names.put(a, ministry));
            ministry.abbreviationsHant().forEach(a -> names.put(ScriptConverter.toSimplified(a), ministry));
            if (ministry.isLocal()) {
                places.put(ministry.place(), ministry);
            }
        }
    }

    public List<Mention<Ministry>> find(Document doc) {
        String norm = doc.norm();
        List<Mention<Ministry>> found = new ArrayList<>();
        for (Mention<Ministry> m : names.findAll(norm)) {
            int before = m.span().start() - 1;
            if (before < 0 || LOCAL_MARKERS.indexOf(norm.charAt(before)) < 0 || m.value().isLocal()) {
                found.add(m);
            }
        }
        return withBackReferences(norm, found);
    }

    /**
     * The provinces and cities of the gazetteer's local governments, wherever the text names them
     * (广东省第十四届人民代表大会…… 省长王伟中): not bodies, but what a 省长 or 市长 governs.
     */
    public List<Mention<Ministry>> places(Document doc) {
        String norm = doc.norm();
        // only a 省长, a 市长 or a region's 主席 needs them: most articles name none, and are not searched
        boolean headsAPlace = norm.contains("省长") || norm.contains("市长") || norm.contains("主席");
        return headsAPlace ? places.findAll(norm) : List.of();
    }

    /** 该部, 该局, 本部 ...: the body named last before them. */
    private static List<Mention<Ministry>> withBackReferences(String norm, List<Mention<Ministry>> named) {
        List<Mention<Ministry>> all = new ArrayList<>();
        int next = 0;
        Ministry last = null;
        for (int i = 0; i + 1 < norm.length(); i++) {
            char c = norm.charAt(i);
            if (c != '该' && c != '本') {
                continue; // the bodies named so far matter only where a back reference (该部, 本局) may start
            }
            while (next < named.size() && named.get(next).span().start() <= i) {
                last = named.get(next).value();
                all.add(named.get(next++));
            }
            if (last != null && BACK_REFERENCE_NOUNS.indexOf(norm.charAt(i + 1)) >= 0
                    && (i + 2 >= norm.length() || norm.charAt(i + 2) != '门')) {
                all.add(new Mention<>(new org.w3id.koujing.model.Span(i, i + 2), last));
            }
        }
        while (next < named.size()) {
            all.add(named.get(next++));
        }
        return all;
    }
}
