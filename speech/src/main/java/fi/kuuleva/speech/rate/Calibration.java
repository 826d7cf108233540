package fi.kuuleva.speech.rate;

import fi.kuuleva.speech.rate.RateMeter.MeasuredRate;
import fi.kuuleva.speech.tts.EspeakSynthesizer;
import fi.kuuleva.speech.tts.FreeTtsSynthesizer;
import fi.kuuleva.speech.tts.Synthesizer;
import fi.kuuleva.survey.Language;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

/**
 * Measures the rate curves of espeak-ng (fi, sv, en with the default voices) and FreeTTS (en) on the
 * {@link RateCorpus}: the rate is syllables per second from the first to the last sound of each prompt spoken with no
 * pause between its sentences (pauses at commas and inside sentences stay in; the pause between sentences is the
 * survey's {@code sentencePauseMillis}, set apart). Prints them as a Markdown table and as the {@code RateCurve.of(...)} lines the synthesizers
 * carry. Run it again after an engine upgrade:
 * {@code java -cp <speech classpath> fi.kuuleva.speech.rate.Calibration}.
 */
public final class Calibration {

    /** The engine settings measured: espeak-ng's lowest speed is 80. */
    public static final List<Integer> SETTINGS = List.of(80, 100, 120, 140, 160, 180, 200, 230, 260);

    private Calibration() {
    }

    public static void main(String[] args) throws IOException {
        System.out.println("| engine | lang | setting | syllables/s of speech | the rate (sentences joined) "
                + "| with 400 ms between sentences |");
        System.out.println("|---|---|---:|---:|---:|---:|");
        EspeakSynthesizer espeak = EspeakSynthesizer.withDefaultVoices();
        StringBuilder code = new StringBuilder();
        for (Language language : Language.values()) {
            code.append(curve(espeak, language)).append('\n');
        }
        code.append(curve(new FreeTtsSynthesizer(), Language.EN)).append('\n');
        System.out.println();
        System.out.print(code);
    }

    private static String curve(Synthesizer synthesizer, Language language) throws IOException {
        RateMeter meter = new RateMeter(synthesizer);
        StringBuilder points = new StringBuilder();
        for (int setting : SETTINGS) {
            MeasuredRate rate = meter.measure(language, RateCorpus.prompts(language), setting, 0);
            MeasuredRate paused = meter.measure(language, RateCorpus.prompts(language), setting, 400);
            System.out.printf(Locale.ROOT, "| %s %s | %s | %d | %.2f | %.2f | %.2f |%n", synthesizer.engine(),
                    synthesizer.voice(language), language.code(), setting, rate.articulation(), rate.speaking(),
                    paused.speaking());
            points.append(points.length() == 0 ? "" : ", ")
                    .append(String.format(Locale.ROOT, "%d, %.2f", setting, rate.speaking()));
        }
        return language + " (" + synthesizer.engine() + "): RateCurve.of(" + points + ")";
    }
}
