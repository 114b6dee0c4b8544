package org.unlearn.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.unlearn.model.audit.AuditLog;
import org.unlearn.model.session.Session;
import org.unlearn.model.session.SessionInUseException;
import org.unlearn.model.session.SessionRecords;
import org.unlearn.model.util.Storage;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code log DIR [--verify]}: lists the audit log; with --verify, exits 0 only when its chain holds. */
@Command(
        name = "log",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "List a session's audit log, one entry a line.",
            "With --verify, check its keyed chain and its end against the head the session recorded: exit 0 when"
                    + " it holds, 3 naming the first bad entry otherwise. Reading the log needs neither the model"
                    + " nor the session's lock: it works while the window has the session open."
        })
public final class LogCommand implements Callable<Integer> {
    /** Exit code when the log does not verify. */
    public static final int LOG_BROKEN = 3;

    @Parameters(index = "0", paramLabel = "DIR", description = "the session folder")
    Path dir;

    @Option(
            names = "--verify",
            description = "check the chain; exit 3 naming the first bad entry when it does not hold")
    boolean verify;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Session s;
        try {
            s = Session.openForRecords(dir, Storage.DEFAULT);
        } catch (SessionInUseException inUse) {
            // the holder repairs and writes; reading needs no lock
            SessionRecords records = SessionRecords.read(dir);
            return report(records.entries(), verify ? records.verify() : null, records.head());
        }
        try (s) {
            if (s.restoredLastEntry()) {
                PrintWriter err = spec.commandLine().getErr();
                err.println("note: " + dir + ": the audit log's last entry was missing (a write cut short, or the"
                        + " file cut); it was restored from session.json, where its commit had sealed it");
                err.flush();
            }
            return report(s.logEntries(), verify ? s.verifyLog() : null, s.head());
        }
    }

    /** Lists the entries, or (given a verification) says whether the chain holds. */
    private int report(List<Map<String, Object>> entries, AuditLog.Verification v, AuditLog.Head head) {
        PrintWriter out = spec.commandLine().getOut();
        if (v == null) {
            for (Map<String, Object> e : entries) {
                out.println(line(e));
            }
            out.flush();
            return 0;
        }
        if (v.intact()) {
            out.println(
                    "the audit log holds: " + Counts.entries(head.count()) + ", the last sealed with " + head.hash());
            out.flush();
            return 0;
        }
        PrintWriter err = spec.commandLine().getErr();
        err.println("error: " + dir + ": the audit log does not verify: " + v.problem());
        err.flush();
        return LOG_BROKEN;
    }

    private static String line(Map<String, Object> e) {
        StringBuilder s = new StringBuilder();
        s.append(e.get("entry")).append("  ").append(e.get("time")).append("  ").append(e.get("action"));
        if (e.get("id") != null) {
            s.append(' ').append(e.get("id"));
        }
        if (e.get("subject") != null) {
            s.append("  subject ").append(e.get("subject"));
        }
        if (e.get("rows") instanceof List<?> rows) {
            s.append("  ").append(Counts.rows(rows.size()));
        } else if (e.get("rows") instanceof Number n) {
            s.append("  ").append(Counts.rows(n.longValue()));
        }
        if (e.get("method") != null) {
            s.append("  asked ").append(e.get("method"));
        }
        if (e.get("exact") != null) {
            s.append(Boolean.TRUE.equals(e.get("exact")) ? "  identical to a retrain" : "  differs from a retrain");
        }
        if ("verify".equals(e.get("action")) && e.get("passed") != null) {
            s.append(Boolean.TRUE.equals(e.get("passed")) ? "  passed" : "  failed");
            s.append(failedChecks(e));
        }
        if (e.get("certificate") != null) {
            s.append("  ").append(e.get("certificate"));
        }
        if (e.get("status") != null && !"done".equals(e.get("status"))) {
            s.append("  ").append(e.get("status"));
        }
        if (e.get("model_kept") != null) {
            s.append("  model ").append(String.valueOf(e.get("model_kept")), 0, 12);
        } else if (e.get("model") != null) {
            s.append("  model ").append(String.valueOf(e.get("model")), 0, 12);
        }
        return s.toString();
    }

    /** The checks of a failed verification that did not pass, in plain words. */
    private static String failedChecks(Map<String, Object> e) {
        Map<String, String> checks = new java.util.LinkedHashMap<>();
        checks.put("ids_absent", "a forgotten row id is in the data copy");
        checks.put("contents_absent", "a forgotten row's content is in the data copy");
        checks.put("model_as_recorded", "the model is not the one recorded");
        checks.put("model_equals_retrain", "the model differs from a retrain from scratch");
        List<String> failed = checks.entrySet().stream()
                .filter(c -> Boolean.FALSE.equals(e.get(c.getKey())))
                .map(Map.Entry::getValue)
                .toList();
        return failed.isEmpty() ? "" : " (" + String.join("; ", failed) + ")";
    }
}
