package org.w3id.koujing.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.w3id.koujing.ops.ValidateOperation;
import org.w3id.koujing.store.KoujingStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/** {@code koujing validate}: SHACL validation of the store. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Checks the data of the store against ontology/shapes.ttl.", "Exit code 1 on any violation."})
final class ValidateCommand implements Callable<Integer> {

    @ParentCommand
    Koujing root;

    @Mixin
    StoreOption store;

    @Override
    public Integer call() {
        ValidateOperation.Result r = ValidateOperation.run(KoujingStore.open(store.store, false));
        PrintStream out = new PrintStream(root.out, true, StandardCharsets.UTF_8);
        r.violations().forEach(out::println);
        out.printf("validate: %d articles, %d triples: %s%n", r.articles(), r.triples(),
                r.violations().isEmpty() ? "no violations" : r.violations().size() + " violations");
        return r.violations().isEmpty() ? Koujing.OK : Koujing.FAILED;
    }
}
