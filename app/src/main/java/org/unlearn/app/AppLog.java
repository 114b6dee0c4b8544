package org.unlearn.app;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashSet;
import java.util.Set;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Sends every log record (ours and the libraries', through slf4j-jdk14) to a file, never to the
 * console: a user sees one-line errors, the log keeps the stack traces of our own failures. The folder
 * is readable by the user only (700, its files 600): a log may say which file was opened. No message
 * logged quotes a cell's value.
 *
 * <p>A second instance running at once gets its own file (java.util.logging names it
 * {@code unlearn0.log.1}); {@link #location()} names the file this instance actually writes. Lock files
 * left by an instance that was killed are removed at start, and this instance's own at exit.
 */
public final class AppLog {
    private static final String PATTERN = "unlearn%g.log";
    private static final Set<PosixFilePermission> USER_ONLY_DIR = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> USER_ONLY_FILE = PosixFilePermissions.fromString("rw-------");
    private static Path file;
    private static Handler handler;
    private static boolean closesAtExit;

    private AppLog() {}

    /** The folder for settings and logs: {@code -Dunlearn.home}, or ~/.unlearn-explorer. */
    public static Path home() {
        String configured = System.getProperty("unlearn.home");
        return configured != null ? Path.of(configured) : Path.of(System.getProperty("user.home"), ".unlearn-explorer");
    }

    /** The log folder: {@code -Dunlearn.logs}, or logs/ in {@link #home()}. */
    public static Path folder() {
        String configured = System.getProperty("unlearn.logs");
        return configured != null ? Path.of(configured) : home().resolve("logs");
    }

    public static synchronized void install() {
        if (handler == null) {
            install(folder());
        }
    }

    /** Logs to a folder, replacing any earlier log file of this process (tests use a folder of their own). */
    public static synchronized void install(Path dir) {
        close();
        System.setProperty("java.util.logging.SimpleFormatter.format", "%1$tF %1$tT %4$s %3$s: %5$s%6$s%n");
        LogManager.getLogManager().reset();
        Logger root = Logger.getLogger("");
        root.setLevel(Level.INFO);
        try {
            Files.createDirectories(dir);
            restrict(dir, USER_ONLY_DIR);
            removeStaleLocks(dir);
            Set<Path> locksBefore = locks(dir);
            FileHandler h = new FileHandler(dir.resolve(PATTERN).toString(), 2_000_000, 3, true);
            h.setFormatter(new SimpleFormatter());
            root.addHandler(h);
            handler = h;
            file = fileOf(dir, locksBefore);
            try (DirectoryStream<Path> logs = Files.newDirectoryStream(dir, "unlearn*")) {
                for (Path p : logs) {
                    restrict(p, USER_ONLY_FILE);
                }
            }
            if (!closesAtExit) {
                Runtime.getRuntime().addShutdownHook(new Thread(AppLog::close, "close the log"));
                closesAtExit = true;
            }
        } catch (IOException | RuntimeException e) {
            file = null;
        }
    }

    /** Closes the log file, which removes its lock file. */
    public static synchronized void close() {
        if (handler != null) {
            Logger.getLogger("").removeHandler(handler);
            handler.close();
            handler = null;
        }
    }

    /** Where the log is written, for messages that point at it ("details in ..."). */
    public static String location() {
        return file == null ? "(no log file)" : file.toString();
    }

    public static Logger logger(Class<?> owner) {
        return Logger.getLogger(owner.getName());
    }

    /**
     * The file the new handler writes: the one whose lock file appeared when it opened (FileHandler adds
     * ".1", ".2", ... to the name when another process holds the plain one).
     */
    private static Path fileOf(Path dir, Set<Path> locksBefore) throws IOException {
        Set<Path> mine = locks(dir);
        mine.removeAll(locksBefore);
        if (mine.size() == 1) {
            String lock = mine.iterator().next().getFileName().toString();
            return dir.resolve(lock.substring(0, lock.length() - ".lck".length()));
        }
        return dir.resolve("unlearn0.log");
    }

    private static Set<Path> locks(Path dir) throws IOException {
        Set<Path> out = new HashSet<>();
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir, "unlearn*.lck")) {
            s.forEach(out::add);
        }
        return out;
    }

    /** A lock file nobody holds was left by an instance that was killed; it only confuses the next one. */
    private static void removeStaleLocks(Path dir) throws IOException {
        for (Path lock : locks(dir)) {
            try (FileChannel channel = FileChannel.open(lock, StandardOpenOption.WRITE)) {
                FileLock held = channel.tryLock();
                if (held != null) {
                    held.release();
                    Files.deleteIfExists(lock);
                }
            } catch (OverlappingFileLockException | IOException e) {
                // Held by this process or unreadable: not stale, or not ours to remove.
            }
        }
    }

    private static void restrict(Path p, Set<PosixFilePermission> permissions) throws IOException {
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(p, permissions);
        }
    }
}
