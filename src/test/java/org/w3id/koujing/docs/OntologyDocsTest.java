package org.w3id.koujing.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.semanticweb.owlapi.apibinding.OWLManager;
import org.semanticweb.owlapi.model.OWLClassExpression;
import org.semanticweb.owlapi.model.OWLEntity;
import org.semanticweb.owlapi.model.OWLLiteral;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.vocab.OWLRDFVocabulary;
import org.w3id.koujing.rdf.KJ;

/** The documentation page and diagram, checked against the ontology as the OWL API reads it. */
class OntologyDocsTest {

    private static OWLOntology ontology;
    private static String html;
    private static String dot;

    @BeforeAll
    static void generate() throws Exception {
        ontology = OWLManager.createOWLOntologyManager().loadOntologyFromOntologyDocument(new File("ontology/koujing.ttl"));
        OntologyDocs docs = new OntologyDocs();
        html = docs.html();
        dot = docs.dot();
    }

    @Test
    void thePageDocumentsEveryOwnTermWithItsLabelsAndDefinition() {
        List<String> missing = new ArrayList<>();
        List<OWLEntity> own = ontology.signature().filter(e -> e.getIRI().toString().startsWith(KJ.NS)).toList();
        for (OWLEntity e : own) {
            String anchor = "id=\"kj-" + e.getIRI().getShortForm() + "\"";
            int at = html.indexOf(anchor);
            if (at < 0) {
                missing.add(e.getIRI().getShortForm() + ": no section");
                continue;
            }
            int end = html.indexOf("</table>", at);
            String section = html.substring(at, end);
            ontology.annotationAssertionAxioms(e.getIRI()).forEach(a -> {
                boolean labelOrDefinition = a.getProperty().getIRI().equals(OWLRDFVocabulary.RDFS_LABEL.getIRI())
                        || a.getProperty().getIRI().toString().equals(KJ.SKOS + "definition");
                String text = a.getValue().asLiteral().map(OWLLiteral::getLiteral).orElse("");
                if (labelOrDefinition && !section.contains(OntologyDocs.esc(text))) {
                    missing.add(e.getIRI().getShortForm() + ": " + text);
                }
            });
        }
        assertEquals(List.of(), missing);
        assertTrue(own.size() >= 30, "the page was checked against the whole ontology");
    }

    @Test
    void theDiagramDrawsEveryObjectPropertyFromDomainToRange() {
        List<String> missing = new ArrayList<>();
        ontology.objectPropertiesInSignature().filter(p -> p.getIRI().toString().startsWith(KJ.NS)).forEach(p -> {
            for (OWLClassExpression domain : ontology.objectPropertyDomainAxioms(p).map(a -> a.getDomain()).toList()) {
                for (OWLClassExpression range : ontology.objectPropertyRangeAxioms(p).map(a -> a.getRange()).toList()) {
                    for (var from : domain.classesInSignature().toList()) {
                        for (var to : range.classesInSignature().toList()) {
                            String edge = "\"" + prefixed(from.getIRI().toString()) + "\" -> \"" + prefixed(to.getIRI().toString())
                                    + "\" [label=\"kj:" + p.getIRI().getShortForm() + "\"]";
                            if (!dot.contains(edge)) {
                                missing.add(edge);
                            }
                        }
                    }
                }
            }
        });
        assertEquals(List.of(), missing);
        assertTrue(dot.contains("\"kj:ActionLine\" -> \"kj:Policy\" [arrowhead=empty]"), "subclasses point to their superclass");
    }

    private static String prefixed(String iri) {
        return iri.startsWith(KJ.NS) ? "kj:" + iri.substring(KJ.NS.length()) : "qudt:" + iri.substring(KJ.QUDT.length());
    }

    @Test
    void theCommittedDocsAreWrittenFromTheCurrentOntology(@TempDir Path dir) throws Exception {
        new OntologyDocs().write(dir);
        for (String file : List.of(OntologyDocs.PAGE, OntologyDocs.DIAGRAM)) {
            assertEquals(Files.readString(dir.resolve(file), StandardCharsets.UTF_8),
                    Files.readString(Path.of("docs/ontology", file), StandardCharsets.UTF_8),
                    "docs/ontology/" + file + " is out of date: run make docs");
        }
    }
}
