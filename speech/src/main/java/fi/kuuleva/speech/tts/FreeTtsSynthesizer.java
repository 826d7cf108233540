package fi.kuuleva.speech.tts;

import com.sun.speech.freetts.Voice;
import com.sun.speech.freetts.en.us.cmu_us_kal.KevinVoiceDirectory;
import fi.kuuleva.speech.audio.Pcm;
import fi.kuuleva.speech.audio.Silence;
import fi.kuuleva.speech.setup.SpeechSetupException;
import fi.kuuleva.survey.Language;
import java.io.IOException;
import java.util.Arrays;

/**
 * Speaks English with FreeTTS's 16 kHz diphone voice {@code kevin16}, in-process. FreeTTS has English voices only:
 * asking it for Finnish or Swedish is a {@link SpeechSetupException}, never English read in their place. Each sentence
 * is synthesized on its own and joined with the requested pause. One FreeTTS voice is not thread-safe, so calls are
 * serialized on it.
 */
public final class FreeTtsSynthesizer implements Synthesizer {

    public static final String VOICE = "kevin16";
    /** Measured with {@code fi.kuuleva.speech.rate.Calibration} (FreeTTS 1.2.2, kevin16), as espeak-ng's curves. */
    static final RateCurve RATE_CURVE = RateCurve.of(80, 2.53, 100, 3.16, 120, 3.80, 140, 4.43, 160, 5.06, 180, 5.70,
            200, 6.33, 230, 7.29, 260, 8.26);

    private final Voice voice;

    /** Loads and allocates the voice (about a second). */
    public FreeTtsSynthesizer() {
        this.voice = Arrays.stream(new KevinVoiceDirectory().getVoices())
                .filter(v -> v.getName().equals(VOICE)).findFirst()
                .orElseThrow(() -> new SpeechSetupException("FreeTTS voice " + VOICE + " is missing from the "
                        + "freetts jar: use net.sf.sociaal:freetts 1.2.2"));
        voice.allocate();
    }

    @Override
    public String engine() {
        return "freetts 1.2.2";
    }

    @Override
    public String voice(Language language) {
        if (language != Language.EN) {
            throw new SpeechSetupException("FreeTTS speaks English only and cannot speak '" + language
                    + "': use espeak-ng for fi and sv (engine espeak-ng)");
        }
        return VOICE;
    }

    @Override
    public RateCurve rateCurve(Language language) {
        voice(language);
        return RATE_CURVE;
    }

    @Override
    public void check(Language language) {
        voice(language);
    }

    @Override
    public Pcm synthesize(SpeechRequest request) throws IOException {
        voice(request.language());
        Pcm speech = null;
        synchronized (voice) {
            voice.setRate(request.wordsPerMinute());
            for (String sentence : Sentences.of(request.text())) {
                Pcm spoken = Silence.trim(say(sentence), 0, 0);
                speech = speech == null ? spoken
                        : speech.append(Pcm.silence(request.sentencePauseMillis(), spoken.sampleRate())).append(spoken);
            }
        }
        return speech;
    }

    private Pcm say(String sentence) throws IOException {
        CollectingAudioPlayer player = new CollectingAudioPlayer();
        voice.setAudioPlayer(player);
        if (!voice.speak(sentence)) {
            throw new IOException("FreeTTS could not speak: " + sentence);
        }
        return player.pcm();
    }
}
