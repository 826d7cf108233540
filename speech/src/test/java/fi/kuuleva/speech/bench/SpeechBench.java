package fi.kuuleva.speech.bench;

import fi.kuuleva.flow.Prompt;
import fi.kuuleva.flow.SpeechRecognized;
import fi.kuuleva.speech.asr.Decoys;
import fi.kuuleva.speech.asr.Recognition;
import fi.kuuleva.speech.asr.Recognizer;
import fi.kuuleva.speech.asr.VoskRecognizer;
import fi.kuuleva.speech.audio.LoudnessTarget;
import fi.kuuleva.speech.audio.Pcm;
import fi.kuuleva.speech.audio.PromptFormat;
import fi.kuuleva.speech.audio.Resampler;
import fi.kuuleva.speech.prompt.PromptCache;
import fi.kuuleva.speech.prompt.PromptFiles;
import fi.kuuleva.speech.prompt.PromptManifest;
import fi.kuuleva.speech.prompt.PromptPreparer;
import fi.kuuleva.speech.prompt.PromptRecordings;
import fi.kuuleva.speech.prompt.RecordedAudio;
import fi.kuuleva.speech.prompt.RecordedPrompts;
import fi.kuuleva.speech.recording.RecordingCheck;
import fi.kuuleva.speech.recording.RefusedRecording;
import fi.kuuleva.speech.recording.SoxDecoder;
import fi.kuuleva.speech.support.Requirements;
import fi.kuuleva.speech.support.SpokenCorpus;
import fi.kuuleva.speech.support.SpokenCorpus.Utterance;
import fi.kuuleva.speech.support.TestSurvey;
import fi.kuuleva.speech.tts.EspeakSynthesizer;
import fi.kuuleva.speech.tts.FreeTtsSynthesizer;
import fi.kuuleva.speech.tts.SpeechRequest;
import fi.kuuleva.speech.tts.Synthesizer;
import fi.kuuleva.survey.Language;
import fi.kuuleva.survey.Settings.Voice;
import fi.kuuleva.survey.Survey;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.vosk.LibVosk;
import org.vosk.LogLevel;
import org.vosk.Model;

/**
 * The speech figures of docs/benchmarks.md, measured side by side in one JVM: {@code mvn -o -q -pl speech -am
 * -P bench -DskipTests test}. Every timing is a median (with p90) over repeated runs after warm-up; nothing here is
 * asserted, the unit tests guard behaviour.
 */
public final class SpeechBench {

    private static final String FI_TWO = "Hyvää päivää. Tämä on Etelä-Karjalan hyvinvointialueen kyselypuhelu.";
    private static final String EN_TWO = "Good day. This is an automated survey call from the wellbeing county.";
    private final StringBuilder report = new StringBuilder();
    private final Path work;

    private SpeechBench(Path work) {
        this.work = work;
    }

    public static void main(String[] args) throws Exception {
        Requirements.espeakNg();
        Path work = Files.createTempDirectory("speech-bench");
        SpeechBench bench = new SpeechBench(work);
        bench.line("Machine: " + Runtime.getRuntime().availableProcessors() + " cores, Java "
                + System.getProperty("java.version") + ", " + System.getProperty("os.name") + " "
                + System.getProperty("os.arch"));
        bench.synthesis();
        bench.preparation();
        bench.recognition();
        Path out = Path.of(args.length > 0 ? args[0] : "target/bench/speech.md");
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, bench.report);
        System.out.println("written to " + out.toAbsolutePath());
    }

    private void synthesis() throws IOException {
        EspeakSynthesizer espeak = EspeakSynthesizer.withDefaultVoices();
        FreeTtsSynthesizer freeTts = new FreeTtsSynthesizer();
        line("");
        line("| prompt synthesis (" + espeak.engine() + ", " + freeTts.engine() + ") | median ms | p90 ms | n |");
        line("|---|---:|---:|---:|");
        for (Object[] c : new Object[][] {{"espeak-ng fi", espeak, Language.FI, FI_TWO},
                {"espeak-ng en", espeak, Language.EN, EN_TWO}, {"FreeTTS en", freeTts, Language.EN, EN_TWO}}) {
            Synthesizer synthesizer = (Synthesizer) c[1];
            Language language = (Language) c[2];
            String text = (String) c[3];
            SpeechRequest request = new SpeechRequest(text, language, 140, 400);
            row(c[0] + ": engine only, two sentences", time(30, () -> synthesizer.synthesize(request)));
            int[] fresh = {0};
            row(c[0] + ": fresh prompt file (engine, trim, 8 kHz, loudness, atomic write)", time(30, () -> {
                PromptFiles files = files(synthesizer, work.resolve("fresh-" + fresh[0]++));
                files.fileFor(new Prompt("intro", language, text, false), Voice.DEFAULTS);
            }));
        }
        PromptFiles files = files(espeak, work.resolve("cached"));
        Prompt prompt = new Prompt("intro", Language.FI, FI_TWO, false);
        files.fileFor(prompt, Voice.DEFAULTS);
        row("espeak-ng fi: cached prompt found (key hash + file exists), per lookup",
                timeBatched(2000, () -> files.fileFor(prompt, Voice.DEFAULTS)));
    }

    private void preparation() throws IOException {
        Survey survey = TestSurvey.survey();
        EspeakSynthesizer espeak = EspeakSynthesizer.withDefaultVoices();
        int[] run = {0};
        int[] count = {0};
        line("");
        line("| prepare all prompts of `wellbeing-test.yaml` (fi, sv, en; both rates), empty cache | median ms "
                + "| p90 ms | n |");
        line("|---|---:|---:|---:|");
        for (int threads : new int[] {1, 2}) {
            Timing timing = time(5, () -> {
                PromptManifest manifest = new PromptPreparer(files(espeak, work.resolve("prep-" + run[0]++)), threads)
                        .prepare(survey);
                count[0] = manifest.files().size();
            });
            row(count[0] + " prompts, " + threads + " thread" + (threads > 1 ? "s" : ""), timing);
        }
        PromptFiles warm = files(espeak, work.resolve("prep-0"));
        row("the same, everything cached", time(5, () -> new PromptPreparer(warm, 2).prepare(survey)));
        recordedPreparation(survey, espeak);
    }

    /**
     * The same survey with every prompt recorded: the recordings are 16 kHz WAV in memory, as the service keeps them
     * (its database read, one indexed row per prompt, is left out), so preparing decodes, trims, resamples and
     * normalizes each instead of running espeak-ng. Also the upload's own cost: sox decoding and the checks.
     */
    private void recordedPreparation(Survey survey, EspeakSynthesizer espeak) throws IOException {
        Map<String, byte[]> recorded = new java.util.HashMap<>();
        for (Language language : survey.languages()) {
            for (Prompt prompt : new fi.kuuleva.flow.PromptBook(survey, language,
                    fi.kuuleva.script.BuiltInPhrases.phrases()).all()) {
                String key = language.code() + "|" + prompt.id();
                if (!prompt.slow() && !recorded.containsKey(key)) {
                    recorded.put(key, fi.kuuleva.speech.audio.WavFiles.encode(Resampler.convert(espeak.synthesize(
                            new SpeechRequest(prompt.text(), language, 150, 400)), 16000)));
                }
            }
        }
        PromptRecordings store = (surveyId, prompt) -> java.util.Optional.ofNullable(
                recorded.get(prompt.language().code() + "|" + prompt.id())).map(wav -> new RecordedAudio(
                        "bench " + prompt.language().code() + "|" + prompt.id(),
                        () -> fi.kuuleva.speech.audio.WavFiles.decode(wav)));
        int[] run = {0};
        int[] count = {0};
        for (int threads : new int[] {1, 2}) {
            Timing timing = time(5, () -> {
                PromptFiles files = new PromptFiles(Map.of(Language.FI, espeak, Language.SV, espeak, Language.EN,
                        espeak), store, new PromptCache(work.resolve("recorded-" + run[0]++)), PromptFormat.WAV,
                        LoudnessTarget.TELEPHONE);
                count[0] = new PromptPreparer(files, threads).prepare(survey).files().size();
            });
            row(count[0] + " prompts, every one recorded (" + recorded.size() + " recordings), " + threads
                    + " thread" + (threads > 1 ? "s" : ""), timing);
        }
        byte[] intro = recorded.get("fi|intro");
        SoxDecoder sox = new SoxDecoder();
        row("uploading one recording (fi intro, " + fi.kuuleva.speech.audio.WavFiles.decode(intro).durationMillis()
                + " ms of 16 kHz WAV): sox decoding and the checks", time(20, () -> {
                    try {
                        RecordingCheck.check(sox.decode(intro), survey.intro().in(Language.FI), Language.FI);
                    } catch (RefusedRecording refused) {
                        throw new IllegalStateException(refused);
                    }
                }));
    }

    private void recognition() throws IOException {
        LibVosk.setLogLevel(LogLevel.WARNINGS);
        Path modelDir = Requirements.englishModel();
        long start = System.nanoTime();
        Model model = new Model(modelDir.toString());
        double loadMs = (System.nanoTime() - start) / 1e6;
        Recognizer twoPass = new VoskRecognizer(model, Language.EN, 16000, Decoys.of(Language.EN));
        Recognizer onePass = new VoskRecognizer(model, Language.EN, 16000, Set.of());
        List<Utterance> answers = SpokenCorpus.answers();
        List<Utterance> nonAnswers = SpokenCorpus.nonAnswers();
        line("");
        line("Vosk model `vosk-model-small-en-us-0.15` loaded in " + Math.round(loadMs) + " ms. Corpus: "
                + answers.size() + " answers and " + nonAnswers.size() + " non-answers, " + SpokenCorpus.VOICES.size()
                + " espeak-ng voices x " + SpokenCorpus.RATES + " wpm.");
        line("");
        line("| recognition | answers right | non-answers taken (conf >= 0.75) | RTF | file: result after "
                + "recording ends, median / p90 ms | stream: result after last chunk, median / p90 ms |");
        line("|---|---:|---:|---:|---:|---:|");
        Map<String, Function<Utterance, Pcm>> lines = new java.util.LinkedHashMap<>();
        lines.put("phone line: 8 kHz, 300-3400 Hz", Utterance::audio);
        lines.put("8 kHz, downsampled only", u -> u.text().startsWith("(") ? u.audio()
                : SpokenCorpus.downsampled(u.spoken()));
        lines.put("16 kHz wideband", u -> u.text().startsWith("(") ? Resampler.convert(u.audio(), 16000)
                : SpokenCorpus.wideband(u.spoken()));
        for (Map.Entry<String, Function<Utterance, Pcm>> line : lines.entrySet()) {
            recognize("two passes, " + line.getKey(), twoPass, answers, nonAnswers, line.getValue());
        }
        recognize("answers-only pass (no decoy check), phone line", onePass, answers, nonAnswers, Utterance::audio);
    }

    private void recognize(String name, Recognizer recognizer, List<Utterance> answers, List<Utterance> nonAnswers,
                           Function<Utterance, Pcm> line) throws IOException {
        for (Utterance warm : answers.subList(0, 10)) {
            recognizer.recognize(line.apply(warm), warm.grammar());
        }
        int right = 0;
        double audioSeconds = 0;
        List<Double> fileMs = new ArrayList<>();
        List<Double> streamMs = new ArrayList<>();
        for (Utterance utterance : answers) {
            Pcm audio = line.apply(utterance);
            long start = System.nanoTime();
            SpeechRecognized result = recognizer.recognize(audio, utterance.grammar());
            fileMs.add((System.nanoTime() - start) / 1e6);
            audioSeconds += audio.durationMillis() / 1000.0;
            if (utterance.grammar().match(result.text()).equals(utterance.value())) {
                right++;
            }
            streamMs.add(streamed(recognizer, utterance, audio));
        }
        int taken = 0;
        for (Utterance utterance : nonAnswers) {
            SpeechRecognized result = recognizer.recognize(line.apply(utterance), utterance.grammar());
            if (utterance.grammar().match(result.text()).isPresent() && result.confidence() >= 0.75) {
                taken++;
            }
        }
        double totalSeconds = fileMs.stream().mapToDouble(Double::doubleValue).sum() / 1000;
        Timing file = Timing.of(fileMs);
        Timing stream = Timing.of(streamMs);
        line(String.format("| %s | %d/%d (%.0f%%) | %d/%d | %.3f | %.0f / %.0f | %.1f / %.1f |", name, right,
                answers.size(), 100.0 * right / answers.size(), taken, nonAnswers.size(), totalSeconds / audioSeconds,
                file.median, file.p90, stream.median, stream.p90));
    }

    /** Feeds 20 ms chunks as a live call would; times only what remains after the last chunk arrives. */
    private static double streamed(Recognizer recognizer, Utterance utterance, Pcm audio) throws IOException {
        int chunk = audio.sampleRate() / 50;
        try (Recognition recognition = recognizer.open(utterance.grammar(), audio.sampleRate())) {
            for (int at = 0; at < audio.length(); at += chunk) {
                int end = Math.min(audio.length(), at + chunk);
                long start = System.nanoTime();
                recognition.accept(Arrays.copyOfRange(audio.samples(), at, end));
                if (end == audio.length()) {
                    recognition.finish();
                    return (System.nanoTime() - start) / 1e6;
                }
            }
            return 0;
        }
    }

    private PromptFiles files(Synthesizer synthesizer, Path cache) {
        return new PromptFiles(Map.of(Language.FI, synthesizer, Language.SV, synthesizer, Language.EN, synthesizer),
                RecordedPrompts.none(), new PromptCache(cache), PromptFormat.WAV, LoudnessTarget.TELEPHONE);
    }

    private interface Action {
        void run() throws IOException;
    }

    private record Timing(double median, double p90, int n) {
        static Timing of(List<Double> millis) {
            double[] sorted = millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            return new Timing(sorted[sorted.length / 2], sorted[(int) Math.ceil(sorted.length * 0.9) - 1],
                    sorted.length);
        }
    }

    private static Timing time(int n, Action action) throws IOException {
        for (int i = 0; i < Math.max(2, n / 5); i++) {
            action.run();
        }
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            long start = System.nanoTime();
            action.run();
            millis.add((System.nanoTime() - start) / 1e6);
        }
        return Timing.of(millis);
    }

    /** Per-call time of a fast action: 30 batches of {@code batch} calls. */
    private static Timing timeBatched(int batch, Action action) throws IOException {
        for (int i = 0; i < batch * 5; i++) {
            action.run();
        }
        List<Double> millis = new ArrayList<>();
        for (int b = 0; b < 30; b++) {
            long start = System.nanoTime();
            for (int i = 0; i < batch; i++) {
                action.run();
            }
            millis.add((System.nanoTime() - start) / 1e6 / batch);
        }
        return Timing.of(millis);
    }

    private void row(String name, Timing timing) {
        line(String.format("| %s | %s | %s | %d |", name, format(timing.median), format(timing.p90), timing.n));
    }

    private static String format(double millis) {
        return millis < 1 ? String.format("%.4f", millis) : String.format("%.0f", millis);
    }

    private void line(String text) {
        System.out.println(text);
        report.append(text).append('\n');
    }
}
