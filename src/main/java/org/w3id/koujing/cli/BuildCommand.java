package org.w3id.koujing.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.w3id.koujing.ingest.ReadLimits;
import org.w3id.koujing.ops.BuildOperation;
import org.w3id.koujing.ops.Pipeline;
import org.w3id.koujing.ops.Report;
import org.w3id.koujing.store.BulkLoad;
import org.w3id.koujing.store.KoujingStore;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code koujing build}: adds articles to the store. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = {"Adds each article to the store as one named graph, in one transaction.",
                       "Unchanged articles are skipped; a changed article replaces its own graph only.",
                       "A new or empty store is filled by Jena's bulk loader, switched over to once the load is whole.",
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

    @ArgGroup(exclusive = true)
    ModeOption mode = new ModeOption();

    static final class ModeOption {
        @Option(names = "--bulk", description = "Load through Jena's bulk loader (the default for a new or empty store; only for one).")
        boolean bulk;

        @Option(names = "--incremental", description = "Write each article in a transaction of its own, even into a new store.")
        boolean incremental;
    }

    @Option(names = "--loader", paramLabel = "LOADER", defaultValue = "parallel",
            description = "Jena's bulk loader: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    BulkLoad.Loader loader;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Article files (.txt, .jsonl, .html, .htm) or folders, read recursively.")
    List<Path> inputs;

    @Override
    public Integer call() {
        Pipeline pipeline = new Pipeline(base.iris());
        ReadLimits limits = input.limits();
        KoujingStore s = KoujingStore.open(store.store, true);
        BuildOperation.Mode m = mode.bulk ? BuildOperation.Mode.BULK : mode.incremental ? BuildOperation.Mode.INCREMENTAL : BuildOperation.Mode.AUTO;
        // the bar only where a person watches: on a terminal, not in a pipe, a log or a test
        ProgressBar bar = System.console() != null ? new ProgressBar(root.err) : null;
        BuildOperation.Summary summary;
        try {
            Report report = new Report(line -> {
                if (bar != null) {
                    bar.clear();
                }
                root.err.println(line);
            }, root.verbose);
            summary = new BuildOperation(pipeline).run(s, inputs, limits, report,
                    new BuildOperation.Options(m, loader, bar != null ? bar : BuildOperation.Progress.NONE));
        } finally {
            if (bar != null) {
                bar.clear();
            }
        }
        PrintStream out = new PrintStream(root.out, true, StandardCharsets.UTF_8);
        out.println("build: " + summary + " -> " + store.store);
        return summary.failed() > 0 ? Koujing.FAILED : Koujing.OK;
    }
}
