package org.unlearn.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.unlearn.model.data.Column;
import org.unlearn.model.data.ColumnRoles;
import org.unlearn.model.data.CsvReader;
import org.unlearn.model.data.Dataset;
import org.unlearn.model.data.LabelClasses;
import org.unlearn.model.util.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code inspect FILE [--label COL] [--json]}: what the app reads from a file. */
@Command(
        name = "inspect",
        mixinStandardHelpOptions = true,
        description =
                "Read a CSV/TSV/semicolon file (.gz too) and show its rows, columns, types, roles and missing cells.")
public final class InspectCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "the data file")
    Path file;

    @Option(names = "--label", paramLabel = "COL", description = "the label column (default: one named like a label)")
    String label;

    @Option(names = "--json", description = "print one JSON object")
    boolean json;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Dataset data = CsvReader.read(file);
        ColumnRoles roles = ColumnRoles.infer(data, label);
        Map<String, Object> report = report(data, roles);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.write(report));
        } else {
            printTable(out, data, roles, report);
        }
        out.flush();
        return 0;
    }

    private Map<String, Object> report(Dataset data, ColumnRoles roles) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("file", file.toString());
        out.put("rows", data.rowCount());
        List<Object> columns = new ArrayList<>();
        for (Column c : data.columns()) {
            Map<String, Object> col = new LinkedHashMap<>();
            col.put("name", c.name());
            col.put("type", c.type().label());
            col.put("role", roles.role(c.name()).label());
            col.put("missing", c.missingCount());
            col.put("distinct", c.distinctCount());
            col.put("why", roles.assignment(c.name()).reason());
            if (c.readingNote() != null) {
                col.put("note", c.readingNote());
            }
            columns.add(col);
        }
        out.put("columns", columns);
        out.put("label", roles.label().map(l -> labelReport(data, l)).orElse(null));
        out.put("delimiter", String.valueOf(data.dialect().delimiter()));
        out.put("quote", String.valueOf(data.dialect().quote()));
        return out;
    }

    private static Map<String, Object> labelReport(Dataset data, Column label) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("name", label.name());
        Map<String, Integer> counts = LabelClasses.counts(data.name(), label);
        out.put("kind", counts == null ? "numeric" : "classes");
        out.put("classes", counts);
        return out;
    }

    @SuppressWarnings("unchecked")
    private static void printTable(PrintWriter out, Dataset data, ColumnRoles roles, Map<String, Object> report) {
        out.printf(
                "%s: %d rows x %d columns (%s)%n",
                data.name(), data.rowCount(), data.columnCount(), data.dialect().describe());
        int width = Math.max(
                6, data.columnNames().stream().mapToInt(String::length).max().orElse(6));
        out.printf(
                "  %-" + width + "s  %-11s  %-10s  %7s  %8s  %s%n",
                "column",
                "type",
                "role",
                "missing",
                "distinct",
                "why");
        for (Column c : data.columns()) {
            out.printf(
                    "  %-" + width + "s  %-11s  %-10s  %7d  %8d  %s%n",
                    c.name(),
                    c.type().label(),
                    roles.role(c.name()).label(),
                    c.missingCount(),
                    c.distinctCount(),
                    roles.assignment(c.name()).reason() + (c.readingNote() == null ? "" : "; " + c.readingNote()));
        }
        Map<String, Object> label = (Map<String, Object>) report.get("label");
        if (label == null) {
            out.println("label: none (give one with --label COLUMN)");
        } else if (label.get("classes") == null) {
            out.println("label: " + label.get("name") + " (numeric)");
        } else {
            out.println("label: " + label.get("name") + ", classes " + label.get("classes"));
        }
    }
}
