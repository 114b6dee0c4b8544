package org.unlearn.model.util;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Every write a session makes, done so a crash leaves either the old file or the new one: a whole file
 * is written to a temporary sibling, forced to disk, renamed over the old one and the folder forced; a log
 * line is appended and forced. {@link #step} is called before each physical step, so a test can make any
 * one of them fail (the crash-safety test does, in turn).
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
        try (FileChannel ch = FileChannel.open(
                tmp, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
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
                file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
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
