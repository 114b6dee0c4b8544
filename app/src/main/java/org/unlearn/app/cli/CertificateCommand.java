package org.unlearn.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.unlearn.model.session.CertificateIssue;
import org.unlearn.model.session.NamedFile;
import org.unlearn.model.session.Session;
import org.unlearn.model.util.Storage;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code certificate DIR --out FILE.html [--all]}; {@code --out FILE.pdf} (or {@code --format pdf}) writes it as PDF. */
@Command(
        name = "certificate",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Write an erasure certificate, anchored to the audit log.",
            "One printable page about the last request (or, with --all, the whole session): HTML, or PDF when FILE"
                    + " ends in .pdf or with --format pdf. Issuing it is recorded in the log."
        })
public final class CertificateCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "DIR", description = "the session folder")
    Path dir;

    @Option(names = "--out", required = true, paramLabel = "FILE.html", description = "where to write it")
    Path out;

    @Option(names = "--all", description = "every request of the session, not only the last")
    boolean all;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            description = "html or pdf (default: by the file's extension, html unless it ends in .pdf)")
    String format;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        // the format first: a refusal of what was typed comes before anything about the session
        boolean pdf = pdf();
        try (Session s = Session.open(dir, Storage.DEFAULT)) {
            long anchor = CertificateIssue.write(s, null, all, out, pdf, PdfCertificate::of);
            spec.commandLine().getOut().println("wrote " + out + " (anchored to audit log entry " + anchor + ")");
        } catch (CertificateIssue.LogDoesNotVerify e) {
            // a certificate vouches for the log; one issued over a broken chain would mislead its reader
            spec.commandLine().getErr().println("error: " + e.getMessage());
            spec.commandLine().getErr().flush();
            return LogCommand.LOG_BROKEN;
        }
        return 0;
    }

    private boolean pdf() {
        if (format == null) {
            return NamedFile.isPdf(out);
        }
        return switch (format.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "pdf" -> true;
            case "html" -> false;
            default -> throw new org.unlearn.model.BadInputException("--format " + format + ": give html or pdf");
        };
    }
}
