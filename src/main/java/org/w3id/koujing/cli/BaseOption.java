package org.w3id.koujing.cli;

import org.w3id.koujing.rdf.IriScheme;
import picocli.CommandLine.Option;

/** The {@code --base} option: the namespace the data's IRIs are minted in. */
public final class BaseOption {

    @Option(names = "--base", paramLabel = "IRI", defaultValue = IriScheme.DEFAULT_BASE,
            description = "Base IRI of the data (default: ${DEFAULT-VALUE}); it must end with / or #.")
    String base;

    /** The base, checked: an absolute http(s) IRI ending with a slash or a hash. */
    IriScheme iris() {
        if (!base.matches("https?://[^\\s<>\"{}|\\\\^`]+[/#]")) {
            throw new UserException("--base: \"" + base + "\" is not an absolute http(s) IRI ending with / or #", 2);
        }
        return new IriScheme(base);
    }
}
