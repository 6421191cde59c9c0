package org.w3id.koujing.rdf;

import java.util.Comparator;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.validation.ReportEntry;

/** Checks data against the SHACL shapes of the ontology folder. */
public final class ShapeValidator {

    /** One violation, ready to print. */
    public record Violation(String severity, String focus, String path, String message) {

        @Override
        public String toString() {
            return severity + ": " + focus + (path.isEmpty() ? "" : " " + path) + ": " + message;
        }
    }

    private final Shapes shapes;

    public ShapeValidator(Shapes shapes) {
        this.shapes = shapes;
    }

    public static ShapeValidator standard() {
        return new ShapeValidator(Shapes.parse(OntologyFiles.graph(OntologyFiles.SHAPES, IriScheme.DEFAULT_BASE)));
    }

    /** The violations of a graph, sorted. */
    public List<Violation> validate(Graph data) {
        return ShaclValidator.get().validate(shapes, data).getEntries().stream()
                .map(ShapeValidator::violation)
                .sorted(Comparator.comparing(Violation::focus).thenComparing(Violation::path).thenComparing(Violation::message))
                .toList();
    }

    private static Violation violation(ReportEntry e) {
        String severity = e.severity().level().getLocalName();
        String path = e.resultPath() == null ? "" : e.resultPath().toString();
        return new Violation(severity, NodeFmtLib.strNT(e.focusNode()), path, e.message());
    }
}
