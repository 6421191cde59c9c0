package org.w3id.koujing.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --store} option shared by the commands that work on a store. */
public final class StoreOption {

    public static final String DEFAULT = "output/store";

    @Option(names = "--store", paramLabel = "DIR", defaultValue = DEFAULT,
            description = "The TDB2 store folder (default: ${DEFAULT-VALUE}).")
    Path store;
}
