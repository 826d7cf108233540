package fi.kuuleva.speech.support;

import fi.kuuleva.flow.SpeechGrammar;
import fi.kuuleva.speech.audio.Pcm;
import fi.kuuleva.speech.audio.Resampler;
import fi.kuuleva.speech.tts.EspeakSynthesizer;
import fi.kuuleva.speech.tts.SpeechRequest;
import fi.kuuleva.survey.Language;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Spoken English answers and non-answers made with several espeak-ng voices and rates, put through a telephone line
 * (8 kHz, 300-3400 Hz) with the half second of silence a recording has around an answer.
 */
public final class SpokenCorpus {

    public static final List<String> VOICES = List.of("en-gb", "en-us", "en-gb-scotland", "en-gb-x-rp", "en-us+f3");
    public static final List<Integer> RATES = List.of(120, 160);

    public static final SpeechGrammar YES_NO = new SpeechGrammar(Language.EN, Map.of(
            "yes", List.of("yes", "yeah", "yes please"), "no", List.of("no", "no thank you")));
    public static final SpeechGrammar SCALE = new SpeechGrammar(Language.EN, Map.of(
            "1", List.of("one"), "2", List.of("two"), "3", List.of("three"), "4", List.of("four"),
            "5", List.of("five")));

    /** What was said, to which question, and the answer value it should give (empty for a non-answer). */
    public record Utterance(String text, SpeechGrammar grammar, Optional<String> value, String voice, int rate,
                            Pcm spoken, Pcm audio) {
        public String label() {
            return "\"" + text + "\" (" + voice + ", " + rate + " wpm)";
        }
    }

    private SpokenCorpus() {
    }

    public static List<Utterance> answers() throws IOException {
        Map<String, SpeechGrammar> said = new LinkedHashMap<>();
        for (String text : List.of("yes", "no", "yeah", "yes please", "no thank you")) {
            said.put(text, YES_NO);
        }
        for (String text : List.of("one", "two", "three", "four", "five")) {
            said.put(text, SCALE);
        }
        return make(said, true);
    }

    public static List<Utterance> nonAnswers() throws IOException {
        Map<String, SpeechGrammar> said = new LinkedHashMap<>();
        said.put("hello", YES_NO);
        said.put("I don't know", YES_NO);
        said.put("what", SCALE);
        said.put("pardon me", YES_NO);
        List<Utterance> corpus = new ArrayList<>(make(said, false));
        corpus.add(new Utterance("(silence)", YES_NO, Optional.empty(), "-", 0, Pcm.silence(1200, 22050),
                Pcm.silence(2000, 8000)));
        return corpus;
    }

    private static List<Utterance> make(Map<String, SpeechGrammar> said, boolean answers) throws IOException {
        List<Utterance> corpus = new ArrayList<>();
        for (String voice : VOICES) {
            EspeakSynthesizer espeak = new EspeakSynthesizer("espeak-ng", Map.of(Language.EN, voice));
            for (int rate : RATES) {
                for (Map.Entry<String, SpeechGrammar> entry : said.entrySet()) {
                    Pcm spoken = espeak.synthesize(new SpeechRequest(entry.getKey(), Language.EN, rate, 300));
                    Optional<String> value = answers ? entry.getValue().match(entry.getKey()) : Optional.empty();
                    corpus.add(new Utterance(entry.getKey(), entry.getValue(), value, voice, rate, spoken,
                            onPhone(spoken)));
                }
            }
        }
        return corpus;
    }

    /** Telephone band, with 500 ms of silence before and 300 ms after, as a recording of an answer has. */
    public static Pcm onPhone(Pcm spoken) {
        return padded(TelephoneLine.of(spoken));
    }

    /** Only downsampled to 8 kHz (no 300-3400 Hz band-pass), padded like {@link #onPhone}. */
    public static Pcm downsampled(Pcm spoken) {
        return padded(Resampler.convert(spoken, 8000));
    }

    /** 16 kHz wideband, padded like {@link #onPhone}. */
    public static Pcm wideband(Pcm spoken) {
        return padded(Resampler.convert(spoken, 16000));
    }

    private static Pcm padded(Pcm audio) {
        int rate = audio.sampleRate();
        return Pcm.silence(500, rate).append(audio).append(Pcm.silence(300, rate));
    }
}
