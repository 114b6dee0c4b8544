package org.unlearn.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.unlearn.model.session.ErasureRequest;
import org.unlearn.model.session.Session;
import org.unlearn.model.util.Progress;
import org.unlearn.model.util.Storage;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code forget DIR (--rows ID,ID,... | --where EXPR) [--method exact|approximate|queue] [--reason T] [--subject R]}. */
@Command(
        name = "forget",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Carry out an erasure request in a session.",
            "Remove the rows from its data copy and its model, check the result against a retrain from scratch,"
                    + " and record it in the audit log."
        })
public final class ForgetCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "DIR", description = "the session folder")
    Path dir;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Rows rows;

    static final class Rows {
        @Option(
                names = "--rows",
                paramLabel = "ID,ID,...",
                description = "row ids (1 = the first data row; 40-45 for a range)")
        String ids;

        @Option(
                names = "--where",
                paramLabel = "EXPR",
                description =
                        "a filter over the file's columns, e.g. 'name == \"Allen, Miss. Elisabeth Walton\" or age > 70'")
        String where;
    }

    @Option(
            names = "--method",
            paramLabel = "M",
            defaultValue = "exact",
            description = "exact, approximate (measured, then consolidated) or queue (default ${DEFAULT-VALUE})")
    String method;

    @Option(names = "--reason", paramLabel = "TEXT", description = "why (e.g. \"GDPR art. 17\")")
    String reason;

    @Option(
            names = "--subject",
            paramLabel = "REF",
            description = "a reference to the person (a case number), never their data")
    String subject;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        ErasureRequest.Method how = ErasureRequest.Method.of(method);
        int[] ids = rows.ids == null ? null : ErasureRequest.rows(rows.ids);
        ErasureRequest request = new ErasureRequest(subject, ids, rows.where, reason, Instant.now(), how);
        try (Session s = Session.open(dir, Storage.DEFAULT)) {
            if (rows.where != null) {
                warnWhenBroad(s.rowsMatching(rows.where).length, s.remainingRows());
            }
            Map<String, Object> r = s.forget(request, Progress.NONE);
            PrintWriter out = spec.commandLine().getOut();
            List<?> forgotten = (List<?>) r.get("rows");
            if ("queued".equals(r.get("status"))) {
                out.println(r.get("id") + ": queued " + Counts.rows(forgotten.size()) + "; "
                        + (forgotten.size() == 1 ? "it is" : "they are") + " erased with the next request");
            } else {
                List<?> with = (List<?>) r.get("carried_out_with");
                String queued = with == null || with.isEmpty()
                        ? ""
                        : ", and the rows queued by "
                                + String.join(
                                        ", ", with.stream().map(String::valueOf).toList());
                out.println(r.get("id") + ": removed " + Counts.rows(((Number) r.get("removed")).longValue()) + " ("
                        + abbreviate(forgotten) + queued + "); "
                        + r.get("how") + "; "
                        + (Boolean.TRUE.equals(r.get("exact"))
                                ? "identical to a retrain from scratch"
                                : "approximate, measured against a retrain from scratch" + " and consolidated")
                        + "; " + Counts.rows(s.remainingRows()) + (s.remainingRows() == 1 ? " remains" : " remain")
                        + "; audit log: " + Counts.entries(s.head().count()));
            }
            out.flush();
        }
        return 0;
    }

    /** One person's request rarely holds most of a table: a filter that broad is more likely a mistake. */
    private void warnWhenBroad(int matching, int remaining) {
        if (matching > 1 && matching * 2L > remaining) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("note: the filter matches " + Counts.rows(matching) + " of " + Counts.number(remaining)
                    + ", more than half the data; check that it selects only this request's rows");
            err.flush();
        }
    }

    private static String abbreviate(List<?> ids) {
        List<?> shown = ids.size() <= 10 ? ids : ids.subList(0, 8);
        String list = String.join(", ", shown.stream().map(String::valueOf).toList());
        return ids.size() <= 10 ? list : list + ", ... " + (ids.size() - 8) + " more";
    }
}
