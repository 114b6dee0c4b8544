package org.unlearn.model.util;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Every write a session makes, done so a crash leaves either the old file or the new one: a whole file
 * is written to a temporary sibling, forced to disk, renamed over the old one and the folder forced; a log
 * line is appended and forced. {@link #step} is called before each physical step, so a test can make any
 * one of them fail (the crash-safety test does, in turn). Every file it creates is readable by its owner only
 * where the file system has POSIX permissions: sessions hold personal data and the key that digests it.
 */
public class Storage {
    /** The storage every session uses outside tests. */
    public static final Storage DEFAULT = new Storage();

    /** Called before each physical step; a test overrides it to throw, simulating a crash there. */
    protected void step(String what) throws IOException {}

    /** Replaces a file's content atomically. */
    public void writeAtomically(Path file, byte[] bytes) throws IOException {
        Path tmp = temporary(file);
        step("create " + tmp.getFileName());
        Files.deleteIfExists(tmp);
        try (FileChannel ch = FileChannel.open(
                tmp,
                java.util.Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
                ownerOnlyAttributes(tmp))) {
            int half = bytes.length / 2;
            writeFully(ch, ByteBuffer.wrap(bytes, 0, half));
            step("write " + tmp.getFileName());
            writeFully(ch, ByteBuffer.wrap(bytes, half, bytes.length - half));
            step("force " + tmp.getFileName());
            ch.force(true);
        }
        step("rename " + tmp.getFileName());
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        step("force folder of " + file.getFileName());
        forceFolder(file.getParent());
    }

    /** Appends bytes to a file and forces them to disk before returning. */
    public void append(Path file, byte[] bytes) throws IOException {
        step("open " + file.getFileName());
        try (FileChannel ch = FileChannel.open(
                file,
                java.util.Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND),
                ownerOnlyAttributes(file))) {
            int half = bytes.length / 2;
            writeFully(ch, ByteBuffer.wrap(bytes, 0, half));
            step("append to " + file.getFileName());
            writeFully(ch, ByteBuffer.wrap(bytes, half, bytes.length - half));
            step("force " + file.getFileName());
            ch.force(true);
        }
        forceFolder(file.getParent());
    }

    /** Cuts a file back to a length (dropping a torn last line after a crash), forced. */
    public void truncate(Path file, long length) throws IOException {
        step("truncate " + file.getFileName());
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.truncate(length);
            ch.force(true);
        }
    }

    /** Deletes a file if it is there, then forces the folder. */
    public void delete(Path file) throws IOException {
        step("delete " + file.getFileName());
        Files.deleteIfExists(file);
        forceFolder(file.getParent());
    }

    /** The temporary sibling a file is written to before its rename. */
    public static Path temporary(Path file) {
        return file.resolveSibling(file.getFileName() + ".tmp");
    }

    /** Owner-only permissions for a file about to be created, where the file system has them (not on Windows). */
    public static FileAttribute<?>[] ownerOnlyAttributes(Path file) {
        return posix(file)
                ? new FileAttribute<?>[] {
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))
                }
                : new FileAttribute<?>[0];
    }

    /** Restricts a folder the app created to its owner, where the file system has POSIX permissions. */
    public static void restrictFolder(Path folder) throws IOException {
        if (posix(folder)) {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
        }
    }

    /**
     * Why a write failed, in plain words naming no temporary file: the exception's own message names the
     * file it failed on, which may be the temporary sibling rather than the file the user asked for.
     */
    public static String reason(IOException e) {
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static boolean posix(Path file) {
        return file.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    private static void writeFully(FileChannel ch, ByteBuffer buffer) throws IOException {
        while (buffer.hasRemaining()) {
            ch.write(buffer);
        }
    }

    /** Forces a folder's entries (the rename) to disk; not every platform can open a folder, so it may be a no-op. */
    static void forceFolder(Path folder) {
        if (folder == null) {
            return;
        }
        try (FileChannel ch = FileChannel.open(folder, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Windows cannot open a folder as a channel; its rename is durable by itself there.
        }
    }
}
