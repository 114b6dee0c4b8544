package org.unlearn.app.cli;

import java.io.PrintWriter;
import java.util.logging.Level;
import org.unlearn.app.AppLog;
import org.unlearn.model.BadInputException;
import org.unlearn.model.family.BadOptionException;
import org.unlearn.model.util.CancelledException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command line: the same engine as the window, for scripts and benchmarks. */
@Command(
        name = "unlearn",
        mixinStandardHelpOptions = true,
        versionProvider = UnlearnCommand.Version.class,
        description = "Unlearn Explorer: train models that can forget, forget rows, and measure what it cost.%n"
                + "Run without a subcommand to open the window.",
        subcommands = {
            InspectCommand.class,
            BenchCommand.class,
            ReadBenchCommand.class,
            PlaneBenchCommand.class,
            DeletionTableCommand.class,
            SessionCommand.class,
            ForgetCommand.class,
            CertificateCommand.class,
            LogCommand.class,
            ExportDataCommand.class,
            CommandLine.HelpCommand.class
        })
public final class UnlearnCommand implements Runnable {
    /** Exit code for input we refuse (a bad file, an unknown column, an option out of range). */
    public static final int BAD_INPUT = 2;
    /** Exit code for a failure of ours. */
    public static final int INTERNAL_ERROR = 1;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "give a subcommand (inspect, bench)");
    }

    /** Runs the command line and returns its exit code. */
    public static int execute(String... args) {
        return execute(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new UnlearnCommand());
        cli.getSubcommands().get("bench").getCommandSpec().usageMessage().footer(ModelFlags.help());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> handle(e, commandLine.getErr()));
        cli.setParameterExceptionHandler((e, a) -> {
            e.getCommandLine().getErr().println("error: " + UsageErrors.line(e));
            return BAD_INPUT;
        });
        try {
            return cli.execute(args);
        } catch (OutOfMemoryError e) {
            err.println("error: out of memory; give Java more with -Xmx (e.g. java -Xmx4g -jar unlearn.jar ...)");
            return INTERNAL_ERROR;
        }
    }

    private static int handle(Exception e, PrintWriter err) {
        if (e instanceof BadOptionException b) {
            // A refusal is the user's input, not our fault: one line, no stack trace.
            AppLog.logger(UnlearnCommand.class)
                    .log(Level.INFO, "refused option {0}: {1}", new Object[] {b.option(), b.getMessage()});
            err.println("error: " + b.getMessage() + " (" + ModelFlags.flagOf(b.option()) + ")");
            return BAD_INPUT;
        }
        if (e instanceof org.unlearn.model.session.ModelMismatchException) {
            AppLog.logger(UnlearnCommand.class).log(Level.INFO, "refused input: {0}", e.getMessage());
            err.println("error: " + e.getMessage() + "; to rebuild it, run: unlearn session rebuild "
                    + ((org.unlearn.model.session.ModelMismatchException) e).folder());
            return BAD_INPUT;
        }
        if (e instanceof BadInputException) {
            // A refusal is the user's input, not our fault: one line, no stack trace (messages say where, never a
            // value).
            AppLog.logger(UnlearnCommand.class).log(Level.INFO, "refused input: {0}", e.getMessage());
            err.println("error: " + e.getMessage());
            return BAD_INPUT;
        }
        if (e instanceof CancelledException) {
            err.println("cancelled");
            return INTERNAL_ERROR;
        }
        AppLog.logger(UnlearnCommand.class).log(Level.SEVERE, "command failed", e);
        err.println("error: internal error: " + e + " (details in " + AppLog.location() + ")");
        return INTERNAL_ERROR;
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = UnlearnCommand.class.getPackage().getImplementationVersion();
            return new String[] {
                "Unlearn Explorer " + (v == null ? "(development build)" : v),
                "Java " + System.getProperty("java.version")
            };
        }
    }
}
