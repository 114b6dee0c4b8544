package org.unlearn.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.unlearn.model.session.Session;
import org.unlearn.model.util.Storage;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code export-data DIR --out FILE.csv}: the rows that remain, for the controller to replace their source with. */
@Command(
        name = "export-data",
        mixinStandardHelpOptions = true,
        description = {
            "Write the rows a session still holds to a CSV file.",
            "They are the session's copy of the data, without every forgotten row; writing them is recorded in the log."
        })
public final class ExportDataCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "DIR", description = "the session folder")
    Path dir;

    @Option(names = "--out", required = true, paramLabel = "FILE.csv", description = "where to write the rows")
    Path out;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        try (Session s = Session.openForRecords(dir, Storage.DEFAULT)) {
            s.exportData(out);
            spec.commandLine()
                    .getOut()
                    .println("wrote " + Counts.rows(s.remainingRows()) + " to " + out + " (SHA-256 " + s.dataSha256()
                            + ")");
        }
        return 0;
    }
}
