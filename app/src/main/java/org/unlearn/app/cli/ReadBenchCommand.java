package org.unlearn.app.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.unlearn.model.BadInputException;
import org.unlearn.model.data.ColumnRoles;
import org.unlearn.model.data.CsvReader;
import org.unlearn.model.data.Dataset;
import org.unlearn.model.data.Encoding;
import org.unlearn.model.data.TablesawBridge;
import org.unlearn.model.data.TrainingSet;
import org.unlearn.model.util.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tech.tablesaw.api.Table;

/**
 * {@code bench-read FILE [--label COL]}: how long reading a file into the encoded matrix takes, and the
 * heap it peaked at. Compare with docs/benchmarks/pandas_read.py on the same file.
 */
@Command(
        name = "bench-read",
        mixinStandardHelpOptions = true,
        description =
                "Time reading FILE into the encoded numeric matrix (read, then encode) and report peak heap, as JSON.")
public final class ReadBenchCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "the data file")
    Path file;

    @Option(names = "--label", paramLabel = "COL", description = "the label column")
    String label;

    @Option(
            names = "--reader",
            paramLabel = "R",
            defaultValue = "unlearn",
            description = "unlearn (ours, default) or tablesaw (Tablesaw's CSV reader, reading only)")
    String reader;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (reader.equals("tablesaw")) {
            return readWithTablesaw();
        }
        if (!reader.equals("unlearn")) {
            throw new BadInputException("--reader " + reader + ": use unlearn or tablesaw");
        }
        HeapHighWater heap = new HeapHighWater();
        long t0 = System.nanoTime();
        Dataset data = CsvReader.read(file);
        long t1 = System.nanoTime();
        Encoding encoding = Encoding.fit(ColumnRoles.infer(data, label));
        TrainingSet rows = encoding.encode(data);
        long t2 = System.nanoTime();
        long highWater = heap.megabytes();
        heap.close();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("file", file.toString());
        out.put("rows", rows.size());
        out.put("features", rows.dimension());
        out.put("read_ms", (t1 - t0) / 1_000_000);
        out.put("encode_ms", (t2 - t1) / 1_000_000);
        out.put("total_ms", (t2 - t0) / 1_000_000);
        out.put("heap_high_water_mb", highWater);
        out.put("peak_heap_mb", peakHeapMb());
        out.put("max_heap_mb", Runtime.getRuntime().maxMemory() / (1 << 20));
        PrintWriter w = spec.commandLine().getOut();
        w.println(Json.write(out));
        w.flush();
        return 0;
    }

    private int readWithTablesaw() {
        if (!tablesawPresent()) {
            throw new BadInputException("--reader tablesaw: Tablesaw is not in this package (it only serves this"
                    + " comparison); use --reader unlearn, or a build from the sources");
        }
        long t0 = System.nanoTime();
        Table table = TablesawBridge.read(file);
        long t1 = System.nanoTime();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("file", file.toString());
        out.put("reader", "tablesaw");
        out.put("rows", table.rowCount());
        out.put("columns", table.columnCount());
        out.put("read_ms", (t1 - t0) / 1_000_000);
        PrintWriter w = spec.commandLine().getOut();
        w.println(Json.write(out));
        w.flush();
        return 0;
    }

    /** The installed package leaves Tablesaw out (see the README's Install section). */
    private static boolean tablesawPresent() {
        try {
            Class.forName("tech.tablesaw.api.Table", false, ReadBenchCommand.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /** Each heap pool's own peak, summed: an upper bound, as the pools peak at different moments. */
    private static long peakHeapMb() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak / (1 << 20);
    }
}
