package fi.kuuleva.telephony.agi;

import fi.kuuleva.flow.CallerHungUp;
import fi.kuuleva.flow.DigitsEntered;
import fi.kuuleva.flow.InputAwaited;
import fi.kuuleva.flow.InputTimedOut;
import fi.kuuleva.flow.RecordingCaptured;
import fi.kuuleva.flow.Resume;
import fi.kuuleva.flow.SpeechRecognized;
import fi.kuuleva.survey.Language;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.asteriskjava.fastagi.AgiChannel;
import org.asteriskjava.fastagi.AgiException;
import org.asteriskjava.fastagi.AgiHangupException;

/**
 * Runs the steps of one sprint on a call's AGI channel and returns what the caller did as the engine's resume.
 * One instance per call (it names the call's recordings); it blocks the FastAGI worker thread of that call only.
 */
final class AgiCallRunner {

    static final String ALL_KEYS = "0123456789*#";
    private static final char NONE = 0;

    private final AgiChannel channel;
    private final SpeechPort speech;
    private final RecordingNamer recordings;

    /** Names the files a call records, e.g. {@code /media/recordings/<attempt>-<n>} (without extension). */
    @FunctionalInterface
    interface RecordingNamer {
        Path next(String step);
    }

    AgiCallRunner(AgiChannel channel, SpeechPort speech, RecordingNamer recordings) {
        this.channel = channel;
        this.speech = speech;
        this.recordings = recordings;
    }

    /**
     * Runs {@code steps}; returns the caller's input for {@code awaited}, or empty after a hang-up step.
     * {@code language} is the call's language, for transcripts of spoken open answers.
     */
    Optional<Resume> run(List<AgiStep> steps, Optional<InputAwaited> awaited, Language language)
            throws AgiException {
        try {
            char pressed = NONE;
            for (AgiStep step : steps) {
                if (step instanceof AgiStep.Play play) {
                    if (pressed == NONE) {
                        pressed = play.interruptible() ? channel.streamFile(play.file(), ALL_KEYS)
                                : channel.streamFile(play.file(), "");
                    }
                } else if (step instanceof AgiStep.Hangup) {
                    channel.hangup();
                    return Optional.empty();
                } else {
                    return Optional.of(await(step, pressed, awaited.orElseThrow(), language));
                }
            }
            throw new IllegalArgumentException("steps end without an await or a hang-up: " + steps);
        } catch (AgiHangupException hungUp) {
            return Optional.of(new CallerHungUp());
        }
    }

    private Resume await(AgiStep step, char pressed, InputAwaited awaited, Language language)
            throws AgiException {
        if (step instanceof AgiStep.AwaitKey key) {
            if (pressed != NONE) {
                return new DigitsEntered(String.valueOf(pressed));
            }
            return key.listenSeconds() > 0 ? listen(key, awaited) : waitKey(key.timeoutMillis());
        }
        if (step instanceof AgiStep.AwaitDigits digits) {
            return new DigitsEntered(collect(digits, pressed));
        }
        AgiStep.Record record = (AgiStep.Record) step;
        if (pressed != NONE) {
            return new DigitsEntered(String.valueOf(pressed));
        }
        return record(record, awaited, language);
    }

    private Resume waitKey(int timeoutMillis) throws AgiException {
        char key = channel.waitForDigit(timeoutMillis);
        return key == NONE ? new InputTimedOut() : new DigitsEntered(String.valueOf(key));
    }

    /** A key or a spoken answer: records until a key, 2 s of silence or the timeout, then recognizes. */
    private Resume listen(AgiStep.AwaitKey key, InputAwaited awaited) throws AgiException {
        Path file = recordings.next(awaited.at());
        long started = System.nanoTime();
        char pressed = channel.recordFile(file.toString(), "wav", ALL_KEYS, key.timeoutMillis(), 0, false, 2);
        WavLevel.Level level = level(file);
        if (pressed != NONE) {
            delete(file);
            return new DigitsEntered(String.valueOf(pressed));
        }
        if (level.silent()) {
            delete(file);
            int left = key.timeoutMillis() - (int) ((System.nanoTime() - started) / 1_000_000);
            return left > 0 ? waitKey(left) : new InputTimedOut();
        }
        SpeechRecognized heard = speech.recognize(withExtension(file), awaited.grammar());
        delete(file);
        return heard;
    }

    private String collect(AgiStep.AwaitDigits digits, char first) throws AgiException {
        StringBuilder entered = new StringBuilder();
        char key = first != NONE ? first : channel.waitForDigit(digits.timeoutMillis());
        while (key != NONE && key != '#') {
            entered.append(key);
            if (key == '*' || entered.length() >= digits.maxDigits()) {
                break;
            }
            key = channel.waitForDigit(digits.timeoutMillis());
        }
        return entered.toString();
    }

    private Resume record(AgiStep.Record record, InputAwaited awaited, Language language) throws AgiException {
        Path file = recordings.next(awaited.at());
        char pressed = channel.recordFile(file.toString(), "wav", ALL_KEYS, record.maxSeconds() * 1000, 0, true,
                record.silenceSeconds());
        WavLevel.Level level = level(file);
        if (level.silent()) {
            delete(file);
            return pressed != NONE && pressed != '#' ? new DigitsEntered(String.valueOf(pressed)) : new InputTimedOut();
        }
        String transcript = speech.transcribe(withExtension(file), language).orElse(null);
        return new RecordingCaptured(withExtension(file).toString(), Math.round(level.seconds() * 10) / 10.0,
                transcript);
    }

    private static WavLevel.Level level(Path file) {
        try {
            return WavLevel.of(withExtension(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the recording " + file, e);
        }
    }

    private static Path withExtension(Path file) {
        return Path.of(file + ".wav");
    }

    private static void delete(Path file) {
        try {
            java.nio.file.Files.deleteIfExists(withExtension(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the recording " + file, e);
        }
    }
}
