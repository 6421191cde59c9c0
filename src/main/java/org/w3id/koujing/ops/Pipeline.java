package org.w3id.koujing.ops;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.w3id.koujing.extract.Extractor;
import org.w3id.koujing.extract.Lexicon;
import org.w3id.koujing.model.Article;
import org.w3id.koujing.model.Extraction;
import org.w3id.koujing.rdf.ArticleMapper;
import org.w3id.koujing.rdf.IriScheme;
import org.w3id.koujing.rdf.OntologyFiles;

/**
 * The whole way from an article to its graph: extraction into records, then the mapper. It also
 * fingerprints itself, so that an article is extracted again when the extraction changes.
 */
public final class Pipeline {

    /** Every data file that changes what an extraction gives. */
    private static final List<String> LEXICONS = List.of("titles.txt", "speech-cues.txt", "name-followers.txt",
            "name-stops.txt", "surnames.txt", "qualifiers.tsv", "metric-affixes.tsv", "metric-heads.txt",
            "plan-periods.tsv", "relative-years.tsv", "anaphors.txt", "changes.tsv", "continuation-openers.txt",
            "durations.tsv", "narration-cues.tsv", "not-metrics.txt", "not-policies.txt", "noun-stops.txt",
            "policy-cues.tsv", "qa-markers.tsv", "stock-heads.txt", "variants.tsv");
    private static final List<String> ONTOLOGY_FILES = List.of(OntologyFiles.ONTOLOGY, OntologyFiles.MINISTRIES, OntologyFiles.UNITS,
            OntologyFiles.POLICIES);

    private final IriScheme iris;
    private final Extractor extractor;
    private final ArticleMapper mapper;
    private final String fingerprint;

    public Pipeline(IriScheme iris) {
        this.iris = iris;
        this.extractor = standardExtractor();
        this.mapper = new ArticleMapper(iris);
        this.fingerprint = computeFingerprint();
    }

    /** An extractor with the gazetteers of the ontology folder. */
    public static Extractor standardExtractor() {
        return new Extractor(OntologyFiles.ministries(), OntologyFiles.units(), OntologyFiles.policies());
    }

    public IriScheme iris() {
        return iris;
    }

    public Extraction extract(Article article) {
        return extractor.extract(article);
    }

    public Node graphName(Article article) {
        return mapper.articleNode(article.id());
    }

    /** A digest of the article and of the pipeline that extracts it. */
    public String contentHash(Article article) {
        return sha256(String.join("\u0000", fingerprint, article.id(), article.date().map(Object::toString).orElse(""),
                article.title().orElse(""), article.url().orElse(""), article.text()));
    }

    public void map(Extraction extraction, String contentHash, StreamRDF out) {
        mapper.map(extraction, contentHash, out);
    }

    /** The graph of one article, in memory. */
    public Graph graph(Extraction extraction, String contentHash) {
        DatasetGraph dsg = DatasetGraphFactory.create();
        map(extraction, contentHash, StreamRDFLib.dataset(dsg));
        return dsg.getGraph(mapper.articleNode(extraction.article().id()));
    }

    private static String computeFingerprint() {
        StringBuilder all = new StringBuilder(Version.get());
        for (String lexicon : LEXICONS) {
            all.append('\u0000').append(String.join("\n", Lexicon.words(lexicon)));
        }
        for (String file : ONTOLOGY_FILES) {
            all.append('\u0000').append(new String(OntologyFiles.bytes(file), StandardCharsets.UTF_8));
        }
        return sha256(all.toString());
    }

    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
