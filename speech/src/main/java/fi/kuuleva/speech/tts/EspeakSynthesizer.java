package fi.kuuleva.speech.tts;

import fi.kuuleva.speech.audio.Pcm;
import fi.kuuleva.speech.audio.WavFiles;
import fi.kuuleva.speech.setup.SpeechSetupException;
import fi.kuuleva.survey.Language;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Speaks Finnish, Swedish and English with the espeak-ng program (Debian package {@code espeak-ng}), one process per
 * prompt. The text goes in as SSML on standard input with a {@code <break>} of the requested length between
 * sentences (replacing espeak-ng's own sentence pause); 22 050 Hz WAV comes back on standard output. Thread-safe.
 */
public final class EspeakSynthesizer implements Synthesizer {

    /** The voices used unless configured otherwise: espeak-ng's Finnish, Swedish and British English. */
    public static final Map<Language, String> DEFAULT_VOICES = Map.of(Language.FI, "fi", Language.SV, "sv",
            Language.EN, "en-gb");
    /**
     * Measured with {@code fi.kuuleva.speech.rate.Calibration} (espeak-ng 1.51, default voices; syllables/s from the
     * first to the last sound, sentences joined). Another voice of the language is assumed to speak at its speed.
     */
    static final Map<Language, RateCurve> RATE_CURVES = Map.of(
            Language.FI, RateCurve.of(80, 2.65, 100, 3.13, 120, 3.76, 140, 4.40, 160, 5.05, 180, 5.71, 200, 6.33,
                    230, 7.30, 260, 8.26),
            Language.SV, RateCurve.of(80, 2.26, 100, 2.68, 120, 3.20, 140, 3.75, 160, 4.27, 180, 4.83, 200, 5.33,
                    230, 6.13, 260, 6.88),
            Language.EN, RateCurve.of(80, 2.36, 100, 2.80, 120, 3.36, 140, 3.95, 160, 4.50, 180, 5.07, 200, 5.64,
                    230, 6.48, 260, 7.27));
    private static final long TIMEOUT_SECONDS = 30;

    private final String executable;
    private final Map<Language, String> voices;
    private final String engine;

    /**
     * @param executable the program, {@code espeak-ng} to look it up on the PATH
     * @param voices     the espeak-ng voice per language (e.g. {@code fi}, {@code fi+f3}); languages not listed
     *                   cannot be spoken by this engine
     * @throws SpeechSetupException if the program cannot be run
     */
    public EspeakSynthesizer(String executable, Map<Language, String> voices) {
        this.executable = executable;
        this.voices = voices.isEmpty() ? Map.of() : new EnumMap<>(voices);
        this.engine = "espeak-ng " + version(executable);
    }

    public static EspeakSynthesizer withDefaultVoices() {
        return new EspeakSynthesizer("espeak-ng", DEFAULT_VOICES);
    }

    @Override
    public String engine() {
        return engine;
    }

    @Override
    public String voice(Language language) {
        String voice = voices.get(language);
        if (voice == null) {
            throw new SpeechSetupException("no espeak-ng voice is configured for language '" + language
                    + "': set one (espeak-ng --voices lists them, e.g. fi, sv, en-gb)");
        }
        return voice;
    }

    @Override
    public RateCurve rateCurve(Language language) {
        return RATE_CURVES.get(language);
    }

    @Override
    public void check(Language language) {
        String voice = voice(language);
        Result result = run(List.of(executable, "-q", "-v", voice, "."), "");
        if (result.exit != 0) {
            throw new SpeechSetupException("espeak-ng has no voice '" + voice + "' for language '" + language
                    + "' (" + result.error.trim() + "): espeak-ng --voices lists the installed voices; "
                    + "the Debian package espeak-ng-data holds them");
        }
    }

    @Override
    public Pcm synthesize(SpeechRequest request) throws IOException {
        String voice = voice(request.language());
        List<String> command = List.of(executable, "-m", "-v", voice, "-s", Integer.toString(request.wordsPerMinute()),
                "--stdout");
        Result result = run(command, ssml(request));
        if (result.exit != 0 || result.output.length < 44) {
            throw new IOException("espeak-ng failed for voice '" + voice + "' (exit " + result.exit + "): "
                    + result.error.trim());
        }
        return WavFiles.decode(result.output);
    }

    static String ssml(SpeechRequest request) {
        List<String> sentences = new ArrayList<>();
        for (String sentence : Sentences.of(request.text())) {
            sentences.add(escape(sentence));
        }
        String pause = "<break time=\"" + request.sentencePauseMillis() + "ms\"/> ";
        return "<speak>" + String.join(pause, sentences) + "</speak>";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String version(String executable) {
        Result result = run(List.of(executable, "--version"), "");
        if (result.exit != 0) {
            throw new SpeechSetupException("espeak-ng does not run (" + result.error.trim() + "): "
                    + "apt-get install espeak-ng");
        }
        String[] words = new String(result.output, StandardCharsets.UTF_8).split("\\s+");
        for (int i = 0; i + 1 < words.length; i++) {
            if (words[i].equals("text-to-speech:")) {
                return words[i + 1];
            }
        }
        return "unknown";
    }

    private record Result(int exit, byte[] output, String error) {
    }

    /**
     * Runs the program on the calling thread: the input (a prompt's text) and anything espeak-ng writes to standard
     * error fit in a pipe's buffer, so standard output can be read to its end first without a reader thread.
     */
    private static Result run(List<String> command, String input) {
        Process process;
        try {
            process = new ProcessBuilder(command).start();
        } catch (IOException e) {
            throw new SpeechSetupException(command.get(0) + " not found: apt-get install espeak-ng", e);
        }
        try {
            try (OutputStream stdin = process.getOutputStream()) {
                stdin.write(input.getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                // The process ended before reading its input; its exit code and standard error tell why.
            }
            byte[] output = readAll(process.getInputStream());
            String error = new String(readAll(process.getErrorStream()), StandardCharsets.UTF_8);
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return new Result(-1, new byte[0], "timed out after " + TIMEOUT_SECONDS + " s");
            }
            return new Result(process.exitValue(), output, error);
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            return new Result(-1, new byte[0], "interrupted");
        } catch (IOException e) {
            process.destroyForcibly();
            return new Result(-1, new byte[0], e.getMessage());
        }
    }

    private static byte[] readAll(InputStream stream) throws IOException {
        try (stream; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            stream.transferTo(out);
            return out.toByteArray();
        }
    }
}
