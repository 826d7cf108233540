package fi.kuuleva.speech.prompt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kuuleva.flow.Prompt;
import fi.kuuleva.speech.audio.LoudnessTarget;
import fi.kuuleva.speech.audio.Pcm;
import fi.kuuleva.speech.audio.PromptFormat;
import fi.kuuleva.speech.audio.WavFiles;
import fi.kuuleva.speech.support.CountingSynthesizer;
import fi.kuuleva.speech.support.Requirements;
import fi.kuuleva.speech.tts.EspeakSynthesizer;
import fi.kuuleva.speech.tts.SpeechRequest;
import fi.kuuleva.speech.tts.Synthesizer;
import fi.kuuleva.survey.Language;
import fi.kuuleva.survey.Settings.Voice;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The content-addressed prompt cache with real espeak-ng synthesis. */
class PromptCacheTest {

    private static final Prompt INTRO = new Prompt("intro", Language.FI, "Hei. Tämä on kyselypuhelu.", false);

    @TempDir
    Path dir;

    @BeforeAll
    static void espeakIsInstalled() {
        Requirements.espeakNg();
    }

    @Test
    void aCachedPromptIsTheSameFileWithoutSynthesizingAgain() throws IOException {
        CountingSynthesizer espeak = new CountingSynthesizer(EspeakSynthesizer.withDefaultVoices());
        PromptFiles files = files(espeak, new PromptCache(dir));

        PromptFile first = files.fileFor(INTRO, Voice.DEFAULTS);
        long written = Files.getLastModifiedTime(first.file()).toMillis();
        PromptFile again = files.fileFor(INTRO, Voice.DEFAULTS);

        assertEquals(first, again);
        assertEquals(1, espeak.count());
        assertEquals(written, Files.getLastModifiedTime(again.file()).toMillis());
    }

    @Test
    void everyPartOfTheKeyMakesADifferentFile() throws IOException {
        CountingSynthesizer espeak = new CountingSynthesizer(EspeakSynthesizer.withDefaultVoices());
        PromptFiles files = files(espeak, new PromptCache(dir));

        Set<Path> paths = new HashSet<>();
        paths.add(files.fileFor(INTRO, Voice.DEFAULTS).file());
        paths.add(files.fileFor(INTRO.slower(), Voice.DEFAULTS).file());
        paths.add(files.fileFor(INTRO, new Voice(4.0, 3.3, 800)).file());
        paths.add(files.fileFor(new Prompt("intro", Language.SV, INTRO.text(), false), Voice.DEFAULTS).file());
        paths.add(files.fileFor(new Prompt("intro", Language.FI, "Hei.", false), Voice.DEFAULTS).file());
        paths.add(new PromptFiles(Map.of(Language.FI, espeak), RecordedPrompts.none(), new PromptCache(dir),
                PromptFormat.WAV16, LoudnessTarget.TELEPHONE).fileFor(INTRO, Voice.DEFAULTS).file());

        assertEquals(6, paths.size());
        assertEquals(6, espeak.count());
    }

    @Test
    void threadsAskingForTheSamePromptAtOnceSynthesizeItOnce() throws Exception {
        int threads = 6;
        CountDownLatch gate = new CountDownLatch(1);
        CountingSynthesizer counting = new CountingSynthesizer(new Gated(EspeakSynthesizer.withDefaultVoices(), gate));
        PromptFiles files = files(counting, new PromptCache(dir));
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Thread> workers = new ArrayList<>();
        try {
            List<Future<PromptFile>> results = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                results.add(pool.submit(() -> {
                    synchronized (workers) {
                        workers.add(Thread.currentThread());
                    }
                    return files.fileFor(INTRO, Voice.DEFAULTS);
                }));
            }
            awaitAllButOneWaiting(workers, threads);
            gate.countDown();

            Set<PromptFile> distinct = new HashSet<>();
            for (Future<PromptFile> result : results) {
                distinct.add(result.get(30, TimeUnit.SECONDS));
            }
            assertEquals(1, distinct.size());
            assertEquals(1, counting.count());
            assertEquals(8000, WavFiles.read(distinct.iterator().next().file()).sampleRate());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void twoProcessesSharingTheFolderNeverLeaveAPartialFile() throws Exception {
        PromptFiles one = files(EspeakSynthesizer.withDefaultVoices(), new PromptCache(dir));
        PromptFiles other = files(EspeakSynthesizer.withDefaultVoices(), new PromptCache(dir));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<PromptFile>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                PromptFiles files = i % 2 == 0 ? one : other;
                Prompt prompt = new Prompt("p" + i % 4, Language.FI, "Kysymys numero " + (i % 4) + ".", false);
                results.add(pool.submit(() -> files.fileFor(prompt, Voice.DEFAULTS)));
            }
            for (Future<PromptFile> result : results) {
                Pcm audio = WavFiles.read(result.get(30, TimeUnit.SECONDS).file());
                assertTrue(audio.durationMillis() > 500);
            }
        } finally {
            pool.shutdownNow();
        }
        try (Stream<Path> all = Files.walk(dir)) {
            assertEquals(List.of(), all.filter(p -> p.toString().endsWith(".part")).toList());
        }
    }

    private static PromptFiles files(Synthesizer synthesizer, PromptCache cache) {
        return new PromptFiles(Map.of(Language.FI, synthesizer, Language.SV, synthesizer), RecordedPrompts.none(),
                cache, PromptFormat.WAV, LoudnessTarget.TELEPHONE);
    }

    /** Waits until one worker synthesizes (held at the gate) and every other one waits for its result. */
    private static void awaitAllButOneWaiting(List<Thread> workers, int threads) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            synchronized (workers) {
                long waiting = workers.stream().filter(t -> t.getState() == Thread.State.WAITING).count();
                if (workers.size() == threads && waiting == threads) {
                    return;
                }
            }
            Thread.onSpinWait();
        }
        throw new AssertionError("the workers did not all block within 20 s");
    }

    /** Holds every synthesis at a gate. */
    private record Gated(Synthesizer real, CountDownLatch gate) implements Synthesizer {
        @Override
        public String engine() {
            return real.engine();
        }

        @Override
        public String voice(Language language) {
            return real.voice(language);
        }

        @Override
        public void check(Language language) {
            real.check(language);
        }

        @Override
        public fi.kuuleva.speech.tts.RateCurve rateCurve(Language language) {
            return real.rateCurve(language);
        }

        @Override
        public Pcm synthesize(SpeechRequest request) throws IOException {
            try {
                gate.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException(e);
            }
            return real.synthesize(request);
        }
    }
}
