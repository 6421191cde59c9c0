package org.w3id.koujing.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.w3id.koujing.ops.ExtractOperation;
import org.w3id.koujing.ops.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code koujing extract}: N-Quads of articles, without a store. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Writes the N-Quads of the given articles to standard output, without a store.",
                       "Exit code: 0 all extracted, 1 some inputs failed, 2 usage error."})
final class ExtractCommand implements Callable<Integer> {

    @ParentCommand
    Koujing root;

    @Mixin
    BaseOption base;

    @Mixin
    InputOptions input;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Article files (.txt, .jsonl, .html, .htm) or folders, read recursively.")
    List<Path> inputs;

    @Override
    public Integer call() {
        int failed = ExtractOperation.run(new Pipeline(base.iris()), inputs, input.limits(), root.out, root.report());
        return failed > 0 ? Koujing.FAILED : Koujing.OK;
    }
}
