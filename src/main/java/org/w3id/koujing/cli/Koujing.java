package org.w3id.koujing.cli;

import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.w3id.koujing.ingest.InputException;
import org.w3id.koujing.ops.Report;
import org.w3id.koujing.ops.Version;
import org.w3id.koujing.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The {@code koujing} command line: one subcommand per verb, one clear line for every error. */
@Command(name = "koujing", mixinStandardHelpOptions = true, versionProvider = Koujing.VersionProvider.class,
        description = "Turns Chinese news reports of what officials say into an RDF knowledge graph.",
        subcommands = {BuildCommand.class, RemoveCommand.class, ExportCommand.class, QueryCommand.class, ValidateCommand.class,
                       ExtractCommand.class, EvalCommand.class, ServeCommand.class, DocsCommand.class, CommandLine.HelpCommand.class})
public final class Koujing implements Runnable {

    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;

    @Option(names = "--verbose", scope = ScopeType.INHERIT, description = "Show stack traces and more detail.")
    boolean verbose;

    final OutputStream out;
    final PrintStream err;

    Koujing(OutputStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** Where the commands that read inputs report on them: standard error, with details under --verbose. */
    Report report() {
        return new Report(err::println, verbose);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(new CommandLine(this), "a command is required");
    }

    public static void main(String[] args) {
        System.exit(execute(System.out, System.err, args));
    }

    /** Runs the command line with the given streams and returns its exit code. */
    public static int execute(OutputStream out, PrintStream err, String... args) {
        Koujing root = new Koujing(out, err);
        CommandLine cli = new CommandLine(root).setCaseInsensitiveEnumValuesAllowed(true);
        cli.setOut(new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), true));
        cli.setErr(new PrintWriter(new java.io.OutputStreamWriter(err, StandardCharsets.UTF_8), true));
        cli.setParameterExceptionHandler((ex, argv) -> {
            CommandLine c = ex.getCommandLine();
            c.getErr().println(c.getCommandName().equals("koujing") ? "koujing: " + ex.getMessage()
                    : "koujing " + c.getCommandName() + ": " + ex.getMessage() + " (see 'koujing " + c.getCommandName() + " --help')");
            return USAGE;
        });
        cli.setExecutionExceptionHandler((ex, c, parsed) -> {
            PrintWriter e = c.getErr();
            if (ex instanceof UserException u) {
                e.println("koujing " + c.getCommandName() + ": " + u.getMessage());
                return u.exitCode();
            }
            if (ex instanceof StoreException || ex instanceof InputException) {
                e.println("koujing " + c.getCommandName() + ": " + ex.getMessage());
            } else {
                e.println("koujing " + c.getCommandName() + ": internal error: " + ex + (root.verbose ? "" : " (--verbose shows where)"));
            }
            if (root.verbose) {
                ex.printStackTrace(e);
            }
            return FAILED;
        });
        return cli.execute(args);
    }

    /** Reports the version from the build. */
    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"koujing " + Version.get()};
        }
    }
}
