package org.w3id.koujing.ops;

import com.ibm.icu.util.VersionInfo;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.w3id.koujing.extract.Extractor;
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

    /**
     * Where, in Koujing's classes and resources, everything that makes an article's graph lives: the
     * reading, the text, the recognisers, the records and the mapper, the word lists and the ontology
     * files the extraction loads (not the shapes, which only check, the competency queries, the
     * alignment module or the catalog).
     */
    private static final List<String> RULES = List.of("org/w3id/koujing/ingest/", "org/w3id/koujing/text/",
            "org/w3id/koujing/extract/", "org/w3id/koujing/model/", "org/w3id/koujing/rdf/", "lexicon/",
            "ontology/" + OntologyFiles.ONTOLOGY, "ontology/" + OntologyFiles.MINISTRIES, "ontology/" + OntologyFiles.UNITS,
            "ontology/" + OntologyFiles.POLICIES);

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

    /** A digest of the article, the encoding its file was read in (which its graph records) and the pipeline. */
    public String contentHash(Article article, String encoding) {
        return sha256(contentHash(article) + "\u0000" + encoding);
    }

    public void map(Extraction extraction, String contentHash, StreamRDF out) {
        mapper.map(extraction, contentHash, out);
    }

    /** Maps an extraction and records the encoding its source file was read in. */
    public void map(Extraction extraction, String contentHash, String encoding, StreamRDF out) {
        mapper.map(extraction, contentHash, Optional.of(encoding), out);
    }

    /** The graph of one article, in memory. */
    public Graph graph(Extraction extraction, String contentHash) {
        DatasetGraph dsg = DatasetGraphFactory.create();
        map(extraction, contentHash, StreamRDFLib.dataset(dsg));
        return dsg.getGraph(mapper.articleNode(extraction.article().id()));
    }

    /** The graph of one article read from a file in {@code encoding}, in memory. */
    public Graph graph(Extraction extraction, String contentHash, String encoding) {
        DatasetGraph dsg = DatasetGraphFactory.create();
        map(extraction, contentHash, encoding, StreamRDFLib.dataset(dsg));
        return dsg.getGraph(mapper.articleNode(extraction.article().id()));
    }

    /**
     * A digest of the version, ICU's version and everything that makes an extraction what it is:
     * the classes, word lists and ontology files of {@link #RULES}, as the jar or the classes folder
     * holds them. Any change to them extracts every article again; no file needs listing by hand.
     * A classes folder with files its sources no longer have gives a digest of its own: build clean.
     */
    private static String computeFingerprint() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            // ICU's dictionary decides word breaks, so its version is part of the rules
            digest.update((Version.get() + "\u0000" + VersionInfo.ICU_VERSION).getBytes(StandardCharsets.UTF_8));
            Path location = Path.of(Pipeline.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(location)) {
                List<Path> files;
                try (Stream<Path> walk = Files.walk(location)) {
                    files = walk.filter(Files::isRegularFile).filter(f -> isRule(location.relativize(f).toString().replace('\\', '/')))
                            .sorted().toList();
                }
                for (Path f : files) {
                    digest.update(location.relativize(f).toString().replace('\\', '/').getBytes(StandardCharsets.UTF_8));
                    digest.update(Files.readAllBytes(f));
                }
            } else {
                try (JarFile jar = new JarFile(location.toFile())) {
                    List<JarEntry> entries = jar.stream().filter(e -> !e.isDirectory() && isRule(e.getName()))
                            .sorted(Comparator.comparing(JarEntry::getName)).toList();
                    for (JarEntry e : entries) {
                        digest.update(e.getName().getBytes(StandardCharsets.UTF_8));
                        try (InputStream in = jar.getInputStream(e)) {
                            digest.update(in.readAllBytes());
                        }
                    }
                }
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("cannot read Koujing's own classes to fingerprint the extraction: " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    private static boolean isRule(String path) {
        return RULES.stream().anyMatch(path::startsWith);
    }

    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
