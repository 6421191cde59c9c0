package org.w3id.koujing.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.w3id.koujing.ingest.ReadLimits;
import org.w3id.koujing.ops.BuildOperation;
import org.w3id.koujing.ops.Pipeline;
import org.w3id.koujing.store.KoujingStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code koujing build}: adds articles to the store. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = {"Adds each article to the store as one named graph, in one transaction.",
                       "Unchanged articles are skipped; a changed article replaces its own graph only.",
                       "Exit code: 0 all stored, 1 some inputs failed (the others are stored), 2 usage error."})
final class BuildCommand implements Callable<Integer> {

    @ParentCommand
    Koujing root;

    @Mixin
    StoreOption store;

    @Mixin
    BaseOption base;

    @Mixin
    InputOptions input;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Article files (.txt, .jsonl, .html, .htm) or folders, read recursively.")
    List<Path> inputs;

    @Override
    public Integer call() {
        Pipeline pipeline = new Pipeline(base.iris());
        ReadLimits limits = input.limits();
        KoujingStore s = KoujingStore.open(store.store, true);
        BuildOperation.Summary summary = new BuildOperation(pipeline).run(s, inputs, limits, root.report());
        PrintStream out = new PrintStream(root.out, true, StandardCharsets.UTF_8);
        out.println("build: " + summary + " -> " + store.store);
        return summary.failed() > 0 ? Koujing.FAILED : Koujing.OK;
    }
}
