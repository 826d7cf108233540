package fi.kuuleva.speech.asr;

import com.fasterxml.jackson.databind.ObjectMapper;
import fi.kuuleva.flow.SpeechGrammar;
import fi.kuuleva.flow.SpeechRecognized;
import fi.kuuleva.speech.audio.Resampler;
import fi.kuuleva.survey.Language;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.vosk.Model;

/**
 * Vosk (Kaldi) recognition of a spoken answer, one model per language, in two passes over the same audio:
 * <ol>
 *   <li>the question's grammar plus {@code [unk]}: gives the text and its confidence ({@link VoskResults});</li>
 *   <li>the same grammar with the language's {@link Decoys} ("hello", "I don't know") competing: if it does not
 *       hear the same answer, the caller probably said something else, and the confidence is at most
 *       {@value #UNSURE}, so the engine confirms instead of taking the answer.</li>
 * </ol>
 * Pass 1 alone hears "hello" as a confident "no"; decoys in pass 1 would cost correct answers ("what" takes "one").
 * Telephone audio is resampled here to the model's rate (8 to 16 kHz for the small English model) with a band-limited
 * filter, which recognized slightly better than Vosk's own upsampling. The {@link Model} is shared and thread-safe;
 * each {@link Recognition} has its own Vosk recognizers.
 */
public final class VoskRecognizer implements Recognizer {

    /** The highest confidence of an answer the decoy pass did not confirm. */
    public static final double UNSURE = 0.5;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Model model;
    private final Language language;
    private final int modelRate;
    private final Set<String> decoys;

    public VoskRecognizer(Model model, Language language, int modelRate, Set<String> decoys) {
        this.model = model;
        this.language = language;
        this.modelRate = modelRate;
        this.decoys = Set.copyOf(decoys);
    }

    @Override
    public Language language() {
        return language;
    }

    @Override
    public Recognition open(SpeechGrammar grammar, int sampleRate) throws IOException {
        if (grammar.language() != language) {
            throw new IllegalArgumentException("a " + grammar.language() + " grammar given to the " + language
                    + " recognizer");
        }
        List<String> phrases = phrases(grammar);
        List<String> withDecoys = new ArrayList<>(phrases);
        decoys.stream().filter(decoy -> !phrases.contains(decoy)).sorted().forEach(withDecoys::add);
        List<Pass> passes = new ArrayList<>();
        passes.add(new Pass(recognizer(phrases)));
        if (withDecoys.size() > phrases.size()) {
            passes.add(new Pass(recognizer(withDecoys)));
        }
        return new VoskRecognition(grammar, words(phrases), passes,
                sampleRate == modelRate ? null : new Resampler(sampleRate, modelRate).stream());
    }

    private org.vosk.Recognizer recognizer(List<String> phrases) throws IOException {
        List<String> grammar = new ArrayList<>(phrases);
        grammar.add(VoskResults.UNKNOWN);
        org.vosk.Recognizer recognizer = new org.vosk.Recognizer(model, modelRate, JSON.writeValueAsString(grammar));
        recognizer.setWords(true);
        return recognizer;
    }

    /** The grammar's phrases as Vosk wants them: lower case, words separated by single spaces. */
    static List<String> phrases(SpeechGrammar grammar) {
        Set<String> phrases = new LinkedHashSet<>();
        for (String phrase : grammar.phrases()) {
            String normalized = phrase.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}']+", " ").trim();
            if (!normalized.isEmpty()) {
                phrases.add(normalized);
            }
        }
        return new ArrayList<>(phrases);
    }

    static Set<String> words(List<String> phrases) {
        Set<String> words = new LinkedHashSet<>();
        phrases.forEach(phrase -> words.addAll(Arrays.asList(phrase.split(" "))));
        return words;
    }

    /** One Vosk recognizer and the segments it has finished (Vosk splits an utterance at pauses). */
    private static final class Pass {
        private final org.vosk.Recognizer recognizer;
        private final List<String> segments = new ArrayList<>();

        Pass(org.vosk.Recognizer recognizer) {
            this.recognizer = recognizer;
        }

        boolean feed(short[] samples) {
            boolean endpoint = recognizer.acceptWaveForm(samples, samples.length);
            if (endpoint) {
                segments.add(recognizer.getResult());
            }
            return endpoint;
        }

        /** All segments' words as one result: an answer is one utterance, however many pauses it has. */
        String finish() throws IOException {
            segments.add(recognizer.getFinalResult());
            List<String> words = new ArrayList<>();
            for (String json : segments) {
                JSON.readTree(json).path("result").forEach(word -> words.add(word.toString()));
            }
            return "{\"result\":[" + String.join(",", words) + "]}";
        }
    }

    private static final class VoskRecognition implements Recognition {
        private final SpeechGrammar grammar;
        private final Set<String> grammarWords;
        private final List<Pass> passes;
        private final Resampler.Stream resampler;

        VoskRecognition(SpeechGrammar grammar, Set<String> grammarWords, List<Pass> passes,
                        Resampler.Stream resampler) {
            this.grammar = grammar;
            this.grammarWords = grammarWords;
            this.passes = passes;
            this.resampler = resampler;
        }

        @Override
        public boolean accept(short[] samples) {
            return feed(resampler == null ? samples : resampler.accept(samples));
        }

        private boolean feed(short[] samples) {
            boolean endpoint = false;
            if (samples.length > 0) {
                for (Pass pass : passes) {
                    endpoint |= pass.feed(samples);
                }
            }
            return endpoint;
        }

        @Override
        public SpeechRecognized finish() throws IOException {
            if (resampler != null) {
                feed(resampler.finish());
            }
            SpeechRecognized answer = VoskResults.parse(passes.get(0).finish(), grammarWords);
            if (passes.size() == 1 || answer.text().isEmpty()) {
                return answer;
            }
            SpeechRecognized check = VoskResults.parse(passes.get(1).finish(), grammarWords);
            boolean same = grammar.match(answer.text()).isPresent()
                    ? grammar.match(answer.text()).equals(grammar.match(check.text()))
                    : answer.text().equals(check.text());
            double confidence = same ? Math.min(answer.confidence(), check.confidence())
                    : Math.min(answer.confidence(), UNSURE);
            return new SpeechRecognized(answer.text(), confidence);
        }

        @Override
        public void close() {
            passes.forEach(pass -> pass.recognizer.close());
        }
    }
}
