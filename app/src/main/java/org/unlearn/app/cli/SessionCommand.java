package org.unlearn.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.unlearn.model.family.Families;
import org.unlearn.model.family.FamilyDescriptor;
import org.unlearn.model.family.Options;
import org.unlearn.model.session.Session;
import org.unlearn.model.util.Progress;
import org.unlearn.model.util.Storage;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code session create DIR --data FILE --label COL --model MODEL [model options]}; {@code session rebuild DIR}. */
@Command(
        name = "session",
        mixinStandardHelpOptions = true,
        description = {
            "Create or rebuild a compliance session.",
            "A session is a folder with its own copy of the data, the model's recipe, the erasure requests and a"
                    + " tamper-evident audit log."
        },
        subcommands = {SessionCommand.Create.class, SessionCommand.Rebuild.class})
public final class SessionCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "give a subcommand (create, rebuild)");
    }

    /** Creates a session folder and trains its model. */
    @Command(
            name = "create",
            mixinStandardHelpOptions = true,
            sortOptions = false,
            description = {
                "Create a session and train its model.",
                "DIR is a new or empty folder: the data is copied into it, the model trained and its audit log"
                        + " started."
            })
    static final class Create implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "DIR", description = "the session folder (new, or empty)")
        Path dir;

        @Option(names = "--data", required = true, paramLabel = "FILE", description = "the data file")
        Path data;

        @Option(names = "--label", paramLabel = "COL", description = "the label column (required for classifiers)")
        String label;

        @Option(
                names = "--model",
                required = true,
                paramLabel = "MODEL",
                description = "the model family: ${COMPLETION-CANDIDATES}",
                completionCandidates = ModelCodes.class)
        String model;

        @Option(
                names = "--seed",
                paramLabel = "S",
                defaultValue = "42",
                description = "seed of every random choice (default ${DEFAULT-VALUE})")
        long seed;

        @Option(
                names = "--test-fraction",
                paramLabel = "F",
                defaultValue = "0.2",
                description = "share of rows held out to score classifiers (default ${DEFAULT-VALUE})")
        double testFraction;

        @Mixin
        ModelOptions options;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            if (!java.nio.file.Files.exists(data)) {
                throw new org.unlearn.model.BadInputException(data + ": the file does not exist");
            }
            UsageErrors.checkTestFraction(testFraction);
            FamilyDescriptor<?> family = Families.byCode(model);
            Options read = ModelFlags.read(family, options.namedFlags(), options.extra);
            Map<String, String> given = new LinkedHashMap<>();
            read.given().forEach(name -> given.put(name, read.text(name)));
            try (Session s = Session.create(
                    dir, data, label, family.code(), given, seed, testFraction, Storage.DEFAULT, Progress.NONE)) {
                PrintWriter out = spec.commandLine().getOut();
                out.println("created session " + dir + ": " + model + " on "
                        + s.recipe().source() + " ("
                        + Counts.rows(s.remainingRows()) + ", seed " + seed + "); model "
                        + s.modelHash().substring(0, 12)
                        + "; audit log: " + Counts.entries(s.head().count()));
                out.flush();
            }
            return 0;
        }
    }

    /** Retrains a session's model from its data copy when its stored model is missing or damaged. */
    @Command(
            name = "rebuild",
            mixinStandardHelpOptions = true,
            description = {
                "Rebuild a session's model from its copy of the data.",
                "When its stored model is missing or damaged: train it again on the session's copy of the data with"
                        + " the recipe's seed, store it and log the rebuild."
            })
    static final class Rebuild implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "DIR", description = "the session folder")
        Path dir;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            try (Session s = Session.rebuild(dir, Storage.DEFAULT)) {
                PrintWriter out = spec.commandLine().getOut();
                out.println("rebuilt the model of session " + dir + " from its data copy: model "
                        + s.modelHash().substring(0, 12) + "; audit log: "
                        + Counts.entries(s.head().count()));
                out.flush();
            }
            return 0;
        }
    }
}
