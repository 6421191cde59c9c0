package org.w3id.koujing.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import org.w3id.koujing.ops.RemoveOperation;
import org.w3id.koujing.store.KoujingStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code koujing remove}: takes articles out of the store. */
@Command(name = "remove", mixinStandardHelpOptions = true,
        description = {"Takes articles out of the store, all in one transaction: their graphs go, and with them whatever",
                       "only they said; the canonical resources other articles mention stay.",
                       "Exit code: 0 all removed, 1 some ID named no article (the others are removed), 2 usage error."})
final class RemoveCommand implements Callable<Integer> {

    @ParentCommand
    Koujing root;

    @Mixin
    StoreOption store;

    @Parameters(arity = "1..*", paramLabel = "ID",
            description = "An article's identity, as build gave it (the .jsonl id, or the path relative to the folder given), "
                    + "or the IRI of its graph.")
    List<String> ids;

    @Override
    public Integer call() {
        RemoveOperation.Result r = RemoveOperation.run(KoujingStore.open(store.store, false), ids);
        r.notFound().forEach(id -> root.err.println(id + ": no such article in " + store.store));
        new PrintStream(root.out, true, StandardCharsets.UTF_8)
                .printf("remove: %d articles removed, %d not found -> %s%n", r.removed().size(), r.notFound().size(), store.store);
        return r.notFound().isEmpty() ? Koujing.OK : Koujing.FAILED;
    }
}
