package fi.kuuleva.speech.support;

import fi.kuuleva.speech.audio.Pcm;
import fi.kuuleva.speech.tts.SpeechRequest;
import fi.kuuleva.speech.tts.Synthesizer;
import fi.kuuleva.survey.Language;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;

/** Wraps a real synthesizer and counts the syntheses. */
public final class CountingSynthesizer implements Synthesizer {

    private final Synthesizer real;
    private final AtomicInteger count = new AtomicInteger();

    public CountingSynthesizer(Synthesizer real) {
        this.real = real;
    }

    public int count() {
        return count.get();
    }

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
        count.incrementAndGet();
        return real.synthesize(request);
    }
}
