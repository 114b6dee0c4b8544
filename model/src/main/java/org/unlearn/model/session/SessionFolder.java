package org.unlearn.model.session;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HexFormat;
import java.util.Map;
import org.unlearn.model.BadInputException;
import org.unlearn.model.util.Json;

/**
 * The files of a session folder and its lock: one process at a time (a second is refused in one line,
 * not allowed to interleave its writes).
 */
final class SessionFolder implements AutoCloseable {
    static final String MANIFEST = "session.json";
    static final String LOG = "audit.jsonl";
    static final String KEY = "key";
    static final String LOCK = ".lock";

    final Path dir;
    private final FileChannel lockChannel;
    private final FileLock lock;

    private SessionFolder(Path dir, FileChannel lockChannel, FileLock lock) {
        this.dir = dir;
        this.lockChannel = lockChannel;
        this.lock = lock;
    }

    /** Takes the folder's lock, or refuses when another process (or this one) holds it. */
    static SessionFolder lock(Path dir) {
        FileChannel ch = null;
        try {
            Path lockFile = dir.resolve(LOCK);
            ch = FileChannel.open(
                    lockFile,
                    java.util.Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE),
                    org.unlearn.model.util.Storage.ownerOnlyAttributes(lockFile));
            FileLock lock = ch.tryLock();
            if (lock == null) {
                throw inUse(dir);
            }
            return new SessionFolder(dir, ch, lock);
        } catch (OverlappingFileLockException e) {
            closeQuietly(ch);
            throw inUse(dir);
        } catch (BadInputException e) {
            closeQuietly(ch);
            throw e;
        } catch (IOException e) {
            closeQuietly(ch);
            throw new BadInputException(dir + ": cannot lock the session (" + e.getMessage() + ")", e);
        }
    }

    /** The folder's files to read only, without its lock (its records while another process holds it). */
    static SessionFolder unlocked(Path dir) {
        return new SessionFolder(dir, null, null);
    }

    Path manifest() {
        return dir.resolve(MANIFEST);
    }

    Path log() {
        return dir.resolve(LOG);
    }

    Path file(String name) {
        return dir.resolve(name);
    }

    Map<String, Object> readManifest() {
        try {
            return Json.object(Files.readString(manifest(), StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            throw damaged("session.json cannot be read");
        }
    }

    byte[] readKey() {
        try {
            byte[] key = HexFormat.of()
                    .parseHex(Files.readString(dir.resolve(KEY), StandardCharsets.US_ASCII)
                            .strip());
            if (key.length != 32) {
                throw damaged("its key is not 32 bytes");
            }
            return key;
        } catch (IOException | IllegalArgumentException e) {
            throw damaged("its key file is missing or unreadable");
        }
    }

    BadInputException damaged(String why) {
        return new BadInputException(dir + ": the session is damaged or not a session folder (" + why + ")");
    }

    private static BadInputException inUse(Path dir) {
        return new SessionInUseException(dir + ": the session is open in another process; close it there first");
    }

    @Override
    public void close() {
        if (lock == null) {
            return;
        }
        try {
            lock.release();
        } catch (IOException e) {
            // closing the channel below releases it as well
        }
        closeQuietly(lockChannel);
    }

    private static void closeQuietly(FileChannel ch) {
        if (ch != null) {
            try {
                ch.close();
            } catch (IOException e) {
                // nothing more to release
            }
        }
    }

    /** A creation that failed before its commit leaves no file behind (the folder as it was given: empty). */
    static void abandon(SessionFolder folder) {
        folder.close();
        if (Files.exists(folder.manifest())) {
            return;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder.dir)) {
            for (Path f : files) {
                Files.deleteIfExists(f);
            }
        } catch (IOException e) {
            // what cannot be deleted is named by the next create's "not empty" refusal
        }
    }

    static boolean isEmpty(Path dir) {
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
            return !s.iterator().hasNext();
        } catch (IOException e) {
            return false;
        }
    }
}
