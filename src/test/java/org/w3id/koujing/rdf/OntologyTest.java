package org.w3id.koujing.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.semanticweb.HermiT.Configuration;
import org.semanticweb.HermiT.Reasoner;
import org.semanticweb.owlapi.apibinding.OWLManager;
import org.semanticweb.owlapi.model.IRI;
import org.semanticweb.owlapi.model.OWLAnnotationAssertionAxiom;
import org.semanticweb.owlapi.model.OWLClass;
import org.semanticweb.owlapi.model.OWLDataFactory;
import org.semanticweb.owlapi.model.OWLDeclarationAxiom;
import org.semanticweb.owlapi.model.OWLEntity;
import org.semanticweb.owlapi.model.OWLLiteral;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.model.OWLOntologyID;
import org.semanticweb.owlapi.model.OWLOntologyManager;
import org.semanticweb.owlapi.profiles.OWL2DLProfile;
import org.semanticweb.owlapi.profiles.OWLProfileReport;
import org.semanticweb.owlapi.reasoner.OWLReasoner;
import org.semanticweb.owlapi.util.SimpleIRIMapper;
import org.semanticweb.owlapi.vocab.OWLRDFVocabulary;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The ontology as an OWL tool sees it: it loads, is OWL 2 DL, consistent, every own term is labelled
 * and defined, every property has one domain and one range, the core classes are disjoint, and the
 * alignment module opens offline through the catalog.
 */
class OntologyTest {

    private static final String NS = KJ.NS;
    private static final IRI DEFINITION = IRI.create("http://www.w3.org/2004/02/skos/core#definition");
    private static OWLOntology ontology;

    private static OWLOntology alignment;
    private static OWLReasoner reasoner;

    @BeforeAll
    static void load() throws Exception {
        ontology = OWLManager.createOWLOntologyManager().loadOntologyFromOntologyDocument(new File("ontology/koujing.ttl"));
        reasoner = reasoner(ontology);
        // The alignment module imports the ontology by its IRI; only the catalog resolves it, offline.
        OWLOntologyManager manager = OWLManager.createOWLOntologyManager();
        catalog(new File("ontology/catalog-v001.xml")).forEach((iri, file) -> manager.getIRIMappers().add(new SimpleIRIMapper(iri, file)));
        alignment = manager.loadOntologyFromOntologyDocument(new File("ontology/koujing-align.ttl"));
    }

    /** The {@code uri} entries of an OASIS XML catalog, as Protégé reads them: name to local document. */
    static Map<IRI, IRI> catalog(File file) throws Exception {
        Map<IRI, IRI> entries = new LinkedHashMap<>();
        NodeList uris = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file).getElementsByTagName("uri");
        for (int i = 0; i < uris.getLength(); i++) {
            Element uri = (Element) uris.item(i);
            entries.put(IRI.create(uri.getAttribute("name")), IRI.create(file.getParentFile().toPath().resolve(uri.getAttribute("uri")).toUri()));
        }
        return entries;
    }

    private static OWLReasoner reasoner(OWLOntology o) {
        Configuration configuration = new Configuration();
        configuration.ignoreUnsupportedDatatypes = true; // xsd:date: see the note in koujing.ttl
        return new Reasoner(configuration, o);
    }

    @Test
    void isInOwl2DlProfile() {
        OWLProfileReport report = new OWL2DLProfile().checkOntology(ontology);
        assertTrue(report.isInProfile(), () -> report.getViolations().stream().map(Object::toString).collect(Collectors.joining("\n")));
    }

    @Test
    void isConsistentWithNoUnsatisfiableClass() {
        assertTrue(reasoner.isConsistent());
        Set<OWLClass> unsatisfiable = reasoner.getUnsatisfiableClasses().getEntitiesMinusBottom();
        assertTrue(unsatisfiable.isEmpty(), () -> "unsatisfiable: " + unsatisfiable);
    }

    @Test
    void everyPropertyHasOneDomainAndOneRange() {
        List<String> problems = new ArrayList<>();
        ontology.objectPropertiesInSignature().filter(p -> p.getIRI().toString().startsWith(NS)).forEach(p -> {
            count(problems, p, "domains", ontology.objectPropertyDomainAxioms(p).count());
            count(problems, p, "ranges", ontology.objectPropertyRangeAxioms(p).count());
        });
        ontology.dataPropertiesInSignature().filter(p -> p.getIRI().toString().startsWith(NS)).forEach(p -> {
            count(problems, p, "domains", ontology.dataPropertyDomainAxioms(p).count());
            count(problems, p, "ranges", ontology.dataPropertyRangeAxioms(p).count());
        });
        assertEquals(List.of(), problems);
        assertTrue(ontology.objectPropertiesInSignature().count() + ontology.dataPropertiesInSignature().count() >= 20,
                "the check saw the properties");
    }

    private static void count(List<String> problems, OWLEntity property, String what, long n) {
        if (n != 1) {
            problems.add(property.getIRI().getShortForm() + ": " + n + " " + what);
        }
    }

    @Test
    void coreClassesArePairwiseDisjoint() {
        OWLDataFactory df = OWLManager.getOWLDataFactory();
        List<OWLClass> core = Stream.of("Article", "Ministry", "Official", "Claim", "Figure", "Metric", "Policy")
                .map(n -> df.getOWLClass(IRI.create(NS + n))).toList();
        List<String> overlapping = new ArrayList<>();
        for (int i = 0; i < core.size(); i++) {
            for (int j = i + 1; j < core.size(); j++) {
                if (!reasoner.isEntailed(df.getOWLDisjointClassesAxiom(core.get(i), core.get(j)))) {
                    overlapping.add(core.get(i).getIRI().getShortForm() + " / " + core.get(j).getIRI().getShortForm());
                }
            }
        }
        assertEquals(List.of(), overlapping);
        // and the check can fail: a class is not disjoint with its own subclass
        assertFalse(reasoner.isEntailed(df.getOWLDisjointClassesAxiom(core.get(6), df.getOWLClass(IRI.create(NS + "ActionLine")))));
    }

    @Test
    void ontologyAndAlignmentCarryTheirMetadata() {
        for (OWLOntology o : List.of(ontology, alignment)) {
            OWLOntologyID id = o.getOntologyID();
            assertTrue(id.getVersionIRI().isPresent(), () -> id + " has an owl:versionIRI");
            Set<String> annotated = o.annotations().map(a -> a.getProperty().getIRI().toString()).collect(Collectors.toSet());
            for (String p : List.of("title", "description", "license", "creator", "created", "modified")) {
                assertTrue(annotated.contains("http://purl.org/dc/terms/" + p), () -> id + " has dcterms:" + p);
            }
            assertTrue(annotated.contains(OWLRDFVocabulary.OWL_VERSION_INFO.getIRI().toString()), () -> id + " has owl:versionInfo");
        }
    }

    @Test
    void alignmentImportsTheOntologyOfflineAndStaysInOwl2Dl() {
        assertEquals(2, alignment.importsClosure().count(), "the alignment module and the ontology it imports");
        OWLOntology imported = alignment.imports().findFirst().orElseThrow();
        IRI document = imported.getOWLOntologyManager().getOntologyDocumentIRI(imported);
        assertEquals("file", document.getScheme(), "the import came from the local file the catalog names: " + document);
        OWLProfileReport report = new OWL2DLProfile().checkOntology(alignment);
        assertTrue(report.isInProfile(), () -> report.getViolations().stream().map(Object::toString).collect(Collectors.joining("\n")));
        OWLReasoner aligned = reasoner(alignment);
        assertTrue(aligned.isConsistent());
        assertTrue(aligned.getUnsatisfiableClasses().getEntitiesMinusBottom().isEmpty());
    }

    @Test
    void alignmentRelatesOwnTermsToTheVocabulariesTheIssueNames() {
        OWLDataFactory df = OWLManager.getOWLDataFactory();
        OWLReasoner aligned = reasoner(alignment);
        Map<String, String> expected = Map.of(
                "Ministry", "http://www.w3.org/ns/org#FormalOrganization",
                "Claim", "https://schema.org/Claim",
                "Official", "https://schema.org/Person",
                "Figure", "https://schema.org/QuantitativeValue",
                "Article", "http://www.w3.org/ns/prov#Entity");
        expected.forEach((own, other) -> assertTrue(aligned.getSuperClasses(df.getOWLClass(IRI.create(NS + own)), false)
                .containsEntity(df.getOWLClass(IRI.create(other))), () -> "kj:" + own + " is a " + other));
        // Every axiom of the module, but for declarations, says something about one of Koujing's own terms.
        List<String> foreign = alignment.axioms().filter(a -> !(a instanceof OWLDeclarationAxiom))
                .filter(a -> a.signature().noneMatch(e -> e.getIRI().toString().startsWith(NS)))
                .map(Object::toString).toList();
        assertEquals(List.of(), foreign, "the module says nothing of other vocabularies' own terms");
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
