package org.w3id.koujing.ops;

import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.w3id.koujing.model.Extraction;

/** Extracts articles straight to N-Quads, without a store. */
public final class ExtractOperation {

    private ExtractOperation() {
    }

    /** @return the number of inputs that failed */
    public static int run(Pipeline pipeline, List<Path> inputs, OutputStream out, Consumer<String> report) {
        StreamRDF stream = StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS);
        stream.start();
        int failed = Inputs.read(inputs, article -> {
            Extraction e = pipeline.extract(article);
            pipeline.map(e, pipeline.contentHash(article), stream);
        }, report);
        stream.finish();
        return failed;
    }
}
