package fi.kuuleva.speech.prompt;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Prompt files on disk, named by the hash of their {@link CacheKey}: {@code <dir>/<2 hex>/<64 hex>.<ext>}. Thread-safe:
 * in one process, threads asking for the same key at once render it once and share the file; across processes, a
 * file is written to a temporary name and renamed into place atomically, so readers never see a partial file (two
 * processes may both render, and one rename wins with identical bytes).
 */
public final class PromptCache {

    /** Renders a prompt file's bytes. */
    @FunctionalInterface
    public interface Render {
        byte[] render() throws IOException;
    }

    private final Path dir;
    private final ConcurrentMap<String, CompletableFuture<Path>> rendering = new ConcurrentHashMap<>();

    public PromptCache(Path dir) {
        this.dir = dir.toAbsolutePath().normalize();
    }

    public Path dir() {
        return dir;
    }

    /** Where the file for {@code key} is (or will be). */
    public Path path(CacheKey key) {
        String hash = key.hash();
        return dir.resolve(hash.substring(0, 2)).resolve(hash + "." + key.format().extension());
    }

    /** The file for {@code key}, rendered by {@code render} unless it exists. */
    public Path file(CacheKey key, Render render) throws IOException {
        Path target = path(key);
        if (Files.exists(target)) {
            return target;
        }
        CompletableFuture<Path> mine = new CompletableFuture<>();
        CompletableFuture<Path> running = rendering.putIfAbsent(target.toString(), mine);
        if (running != null) {
            return await(running);
        }
        try {
            if (!Files.exists(target)) {
                write(target, render.render());
            }
            mine.complete(target);
            return target;
        } catch (IOException | RuntimeException e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            rendering.remove(target.toString(), mine);
        }
    }

    private static Path await(CompletableFuture<Path> running) throws IOException {
        try {
            return running.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    private static void write(Path target, byte[] bytes) throws IOException {
        Files.createDirectories(target.getParent());
        Path temp = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".part");
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                channel.write(java.nio.ByteBuffer.wrap(bytes));
                channel.force(true);
            }
            readableByAll(temp);
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Asterisk runs as another user (in its chroot): prompt files must be world-readable, not createTempFile's 0600. */
    private static void readableByAll(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        } catch (UnsupportedOperationException notPosix) {
            // a file system without POSIX permissions has nothing to widen
        }
    }
}
