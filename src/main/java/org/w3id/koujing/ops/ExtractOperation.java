package org.w3id.koujing.ops;

import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.w3id.koujing.ingest.ReadLimits;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.w3id.koujing.model.Extraction;

/** Extracts articles straight to N-Quads, without a store. */
public final class ExtractOperation {

    private ExtractOperation() {
    }

    /** @return the number of inputs that failed */
    public static int run(Pipeline pipeline, List<Path> inputs, OutputStream out, Consumer<String> report) {
        return run(pipeline, inputs, ReadLimits.standard(), out, Report.to(report));
    }

    /**
     * Each article's quads are written only once the whole article is mapped, so an article that
     * fails leaves nothing of itself in the output.
     *
     * @return the number of inputs that failed
     */
    public static int run(Pipeline pipeline, List<Path> inputs, ReadLimits limits, OutputStream out, Report report) {
        StreamRDF stream = StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS);
        stream.start();
        int failed = Inputs.read(inputs, limits, (article, encoding) -> {
            Extraction e = pipeline.extract(article);
            List<Quad> quads = new ArrayList<>();
            pipeline.map(e, pipeline.contentHash(article, encoding), encoding, new StreamRDFBase() {
                @Override
                public void quad(Quad quad) {
                    quads.add(quad);
                }
            });
            quads.forEach(stream::quad);
        }, report).failed();
        stream.finish();
        return failed;
    }
}
