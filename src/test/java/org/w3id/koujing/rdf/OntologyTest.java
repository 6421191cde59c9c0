package org.w3id.koujing.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.semanticweb.HermiT.Configuration;
import org.semanticweb.HermiT.Reasoner;
import org.semanticweb.owlapi.apibinding.OWLManager;
import org.semanticweb.owlapi.model.IRI;
import org.semanticweb.owlapi.model.OWLAnnotationAssertionAxiom;
import org.semanticweb.owlapi.model.OWLClass;
import org.semanticweb.owlapi.model.OWLEntity;
import org.semanticweb.owlapi.model.OWLLiteral;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.model.OWLOntologyManager;
import org.semanticweb.owlapi.profiles.OWL2DLProfile;
import org.semanticweb.owlapi.profiles.OWLProfileReport;
import org.semanticweb.owlapi.reasoner.OWLReasoner;
import org.semanticweb.owlapi.vocab.OWLRDFVocabulary;

/** The ontology as an OWL tool sees it: it loads, is OWL 2 DL, consistent, and every own term is labelled. */
class OntologyTest {

    private static final String NS = KJ.NS;
    private static final IRI DEFINITION = IRI.create("http://www.w3.org/2004/02/skos/core#definition");
    private static OWLOntology ontology;

    @BeforeAll
    static void load() throws Exception {
        OWLOntologyManager manager = OWLManager.createOWLOntologyManager();
        ontology = manager.loadOntologyFromOntologyDocument(new File("ontology/koujing.ttl"));
    }

    @Test
    void isInOwl2DlProfile() {
        OWLProfileReport report = new OWL2DLProfile().checkOntology(ontology);
        assertTrue(report.isInProfile(), () -> report.getViolations().stream().map(Object::toString).collect(Collectors.joining("\n")));
    }

    @Test
    void isConsistentWithNoUnsatisfiableClass() {
        Configuration configuration = new Configuration();
        configuration.ignoreUnsupportedDatatypes = true; // xsd:date: see the note in koujing.ttl
        OWLReasoner reasoner = new Reasoner(configuration, ontology);
        assertTrue(reasoner.isConsistent());
        Set<OWLClass> unsatisfiable = reasoner.getUnsatisfiableClasses().getEntitiesMinusBottom();
        assertTrue(unsatisfiable.isEmpty(), () -> "unsatisfiable: " + unsatisfiable);
    }

    @Test
    void everyOwnTermHasThreeLabelsAndADefinition() {
        List<String> problems = new ArrayList<>();
        List<OWLEntity> own = ontology.signature().filter(e -> e.getIRI().toString().startsWith(NS)).toList();
        assertTrue(own.size() >= 30, "the ontology declares the contract's terms: " + own.size());
        for (OWLEntity e : own) {
            List<OWLAnnotationAssertionAxiom> annotations = ontology.annotationAssertionAxioms(e.getIRI()).toList();
            for (String lang : List.of("en", "zh-hans", "zh-hant")) {
                long labels = annotations.stream()
                        .filter(a -> a.getProperty().getIRI().equals(OWLRDFVocabulary.RDFS_LABEL.getIRI()))
                        .map(a -> a.getValue().asLiteral())
                        .filter(l -> l.isPresent() && l.get().getLang().equalsIgnoreCase(lang)).count();
                if (labels != 1) {
                    problems.add(e.getIRI().getShortForm() + ": " + labels + " labels in " + lang);
                }
            }
            boolean defined = annotations.stream().anyMatch(a -> a.getProperty().getIRI().equals(DEFINITION)
                    && a.getValue().asLiteral().map(OWLLiteral::getLang).filter("en"::equalsIgnoreCase).isPresent());
            if (!defined) {
                problems.add(e.getIRI().getShortForm() + ": no English skos:definition");
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void declaresTheContractsCoreTerms() {
        Set<String> declared = ontology.signature().map(e -> e.getIRI().toString()).collect(Collectors.toSet());
        for (String term : List.of("Article", "Ministry", "Official", "Claim", "Figure", "Metric", "Policy", "memberOf", "title",
                "claimedBy", "source", "quote", "reportsFigure", "concernsPolicy", "measures", "value", "maxValue", "unit",
                "qualifier", "periodStart", "periodEnd", "Exactly", "MoreThan", "AtLeast", "LessThan", "AtMost",
                "Approximately", "Range", "PercentagePoint", "Rank", "Times")) {
            assertTrue(declared.contains(NS + term), "kj:" + term + " is declared");
        }
    }
}
