package org.w3id.koujing.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.w3id.koujing.ops.EvalOperation;
import org.w3id.koujing.ops.Pipeline;
import org.w3id.koujing.rdf.IriScheme;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code koujing eval}: precision, recall and F1 against gold files. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Scores the extraction of the given articles against gold files (<stem>.gold.json or <stem>.json),",
                       "as the gold format defines: officials, figures (and strictly: speaker, metric, qualifier, period), policies."})
final class EvalCommand implements Callable<Integer> {

    @ParentCommand
    Koujing root;

    @Option(names = "--gold", paramLabel = "DIR", required = true, description = "The folder of the gold files.")
    Path gold;

    @Mixin
    InputOptions input;

    @Option(names = "--details", description = "List every miss, false find and wrong attribute.")
    boolean details;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Article files (.txt, .jsonl, .html, .htm) or folders.")
    List<Path> inputs;

    @Override
    public Integer call() {
        if (!Files.isDirectory(gold)) {
            throw new UserException("--gold: no such folder " + gold, Koujing.USAGE);
        }
        EvalOperation.Result r = EvalOperation.run(new Pipeline(IriScheme.standard()), gold, inputs, input.limits(), root.report());
        PrintStream out = new PrintStream(root.out, true, StandardCharsets.UTF_8);
        for (int i = 0; i < r.articles().size(); i++) {
            out.println(r.articles().get(i));
            out.print(r.scores().get(i).format());
            if (details) {
                r.scores().get(i).details().forEach(d -> out.println("    - " + d));
            }
        }
        if (r.articles().size() != 1) {
            out.println("all " + r.articles().size() + " articles");
            out.print(r.total().format());
        }
        return r.failed() > 0 ? Koujing.FAILED : Koujing.OK;
    }
}
