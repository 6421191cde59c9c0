package org.w3id.koujing.cli;

import java.nio.file.Path;
import org.w3id.koujing.store.KoujingStore;

/** A second process for the tests: opens the store given, says so, and holds it until its standard input closes. */
public final class StoreHolder {

    private StoreHolder() {
    }

    public static void main(String[] args) throws Exception {
        try (KoujingStore store = KoujingStore.open(Path.of(args[0]), true)) {
            System.out.println("holding " + store.location());
            System.out.flush();
            while (System.in.read() >= 0) {
                // hold until the test lets go
            }
        }
    }
}
