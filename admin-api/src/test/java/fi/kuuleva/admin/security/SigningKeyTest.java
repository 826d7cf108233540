package fi.kuuleva.admin.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fi.kuuleva.admin.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Instances starting at once on one var folder (two instances on one host) end up with one signing key. */
class SigningKeyTest {

    private static final int INSTANCES = 6;

    @Test
    void instancesStartingTogetherShareTheKeyTheFolderKeeps() throws Exception {
        ExecutorService starts = Executors.newFixedThreadPool(INSTANCES);
        try {
            for (int round = 0; round < 20; round++) {
                Path var = TestDatabase.temporaryDirectory("signing-key");
                Path file = var.resolve("var").resolve("jwt-secret");
                CyclicBarrier together = new CyclicBarrier(INSTANCES);
                List<Future<String>> keys = new ArrayList<>();
                for (int i = 0; i < INSTANCES; i++) {
                    keys.add(starts.submit(() -> {
                        together.await();
                        return SigningKey.fromFile(file);
                    }));
                }
                Set<String> distinct = keys.stream().map(SigningKeyTest::get).collect(Collectors.toSet());
                assertEquals(Set.of(Files.readString(file).trim()), distinct, "round " + round);
                assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
                try (Stream<Path> files = Files.list(file.getParent())) {
                    assertEquals(List.of("jwt-secret"), files.map(p -> p.getFileName().toString()).toList(),
                            "no temporary file left");
                }
                assertEquals(distinct.iterator().next(), SigningKey.fromFile(file), "the next start reads it");
                TestDatabase.delete(var);
            }
        } finally {
            starts.shutdownNow();
        }
    }

    private static String get(Future<String> key) {
        try {
            return key.get();
        } catch (Exception e) {
            throw new AssertionError("an instance could not start: " + e.getCause(), e);
        }
    }
}
