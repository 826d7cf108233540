package fi.kuuleva.telephony.agi;

import fi.kuuleva.flow.CallerHungUp;
import fi.kuuleva.flow.DigitsEntered;
import fi.kuuleva.flow.InputAwaited;
import fi.kuuleva.flow.InputTimedOut;
import fi.kuuleva.flow.RecordingCaptured;
import fi.kuuleva.flow.Resume;
import fi.kuuleva.flow.SpeechRecognized;
import fi.kuuleva.flow.TransferEnded;
import fi.kuuleva.survey.Language;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.asteriskjava.fastagi.AgiChannel;
import org.asteriskjava.fastagi.AgiException;
import org.asteriskjava.fastagi.AgiHangupException;
import org.asteriskjava.fastagi.reply.AgiReply;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the steps of one sprint on a call's AGI channel and returns what the caller did as the engine's resume.
 * One instance per call (it names the call's recordings); it blocks the FastAGI worker thread of that call only.
 */
final class AgiCallRunner {

    private static final Logger LOG = LoggerFactory.getLogger(AgiCallRunner.class);
    static final String ALL_KEYS = "0123456789*#";
    private static final char NONE = 0;
    /** The dialplan subroutine that returns once an answering machine's greeting and beep are over. */
    static final String BEEP_CONTEXT = "kuuleva-voicemail-beep";
    /** How long a # may follow a complete number. */
    static final int TRAILING_HASH_MILLIS = 1500;

    private final AgiChannel channel;
    private final SpeechPort speech;
    private final RecordingNamer recordings;
    private final Optional<StaffLine> staff;

    /** Names the files a call records, e.g. {@code /media/recordings/<attempt>-<n>} (without extension). */
    @FunctionalInterface
    interface RecordingNamer {
        Path next(String step);
    }

    AgiCallRunner(AgiChannel channel, SpeechPort speech, RecordingNamer recordings) {
        this(channel, speech, recordings, Optional.empty());
    }

    /** {@code staff}: where a transfer to a person goes (none: nobody answers it). */
    AgiCallRunner(AgiChannel channel, SpeechPort speech, RecordingNamer recordings, Optional<StaffLine> staff) {
        this.channel = channel;
        this.speech = speech;
        this.recordings = recordings;
        this.staff = staff;
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
                        pressed = play.interruptible() ? key(channel.streamFile(play.file(), ALL_KEYS))
                                : key(channel.streamFile(play.file(), ""));
                        LOG.debug("{}: played {} -> key {}", channel.getName(), play.file(), printable(pressed));
                    }
                } else if (step instanceof AgiStep.Transfer) {
                    return Optional.of(transfer());
                } else if (step instanceof AgiStep.AwaitBeep) {
                    awaitBeep();
                } else if (step instanceof AgiStep.Hangup) {
                    return Optional.empty(); // returning from the script lets the dialplan hang up with cause 16
                } else {
                    return Optional.of(await(step, pressed, awaited.orElseThrow(), language));
                }
            }
            throw new IllegalArgumentException("steps end without an await or a hang-up: " + steps);
        } catch (AgiHangupException hungUp) {
            return Optional.of(new CallerHungUp());
        }
    }

    /**
     * Dials the staff line from this call (Asterisk's Dial bridges the two when a member of staff answers, and
     * returns when either hangs up or nobody answered in time); connected when Dial says ANSWER.
     */
    private Resume transfer() throws AgiException {
        if (staff.isEmpty()) {
            return new TransferEnded(false);
        }
        int result = channel.exec("Dial", staff.get().dialArguments());
        String status = channel.getVariable("DIALSTATUS");
        LOG.info("{}: transfer to {} -> {} ({})", channel.getName(), staff.get().dial(), status, result);
        return new TransferEnded("ANSWER".equals(status));
    }

    /** Runs the dialplan's wait for an answering machine's beep; what ended it is only logged. */
    private void awaitBeep() throws AgiException {
        long started = System.nanoTime();
        channel.gosub(BEEP_CONTEXT, "s", "1");
        LOG.info("{}: voicemail message after {} ({} ms)", channel.getName(), channel.getVariable("KUULEVA_BEEP"),
                (System.nanoTime() - started) / 1_000_000);
    }

    private Resume await(AgiStep step, char pressed, InputAwaited awaited, Language language)
            throws AgiException {
        Resume resume = awaitInput(step, pressed, awaited, language);
        LOG.debug("{}: {} at {} -> {}", channel.getName(), step, awaited.at(), resume);
        return resume;
    }

    private static String printable(char key) {
        return key == NONE ? "none" : String.valueOf(key);
    }

    private Resume awaitInput(AgiStep step, char pressed, InputAwaited awaited, Language language)
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
        char key = key(channel.waitForDigit(timeoutMillis));
        return key == NONE ? new InputTimedOut() : new DigitsEntered(String.valueOf(key));
    }

    /** A key or a spoken answer: records until a key, 2 s of silence or the timeout, then recognizes. */
    private Resume listen(AgiStep.AwaitKey key, InputAwaited awaited) throws AgiException {
        Path file = recordings.next(awaited.at());
        long started = System.nanoTime();
        char pressed = recordedKey(channel.recordFile(file.toString(), "wav", ALL_KEYS, key.timeoutMillis(), 0, false,
                2));
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

    /**
     * Digits until # or the timeout. After the most digits the answer can have, a # that follows within
     * {@link #TRAILING_HASH_MILLIS} is still taken (the prompt asks for it), so it does not leak into the next
     * question.
     */
    private String collect(AgiStep.AwaitDigits digits, char first) throws AgiException {
        StringBuilder entered = new StringBuilder();
        char key = first != NONE ? first : key(channel.waitForDigit(digits.timeoutMillis()));
        while (key != NONE && key != '#') {
            entered.append(key);
            if (key == '*') {
                break;
            }
            key = key(channel.waitForDigit(entered.length() >= digits.maxDigits() ? TRAILING_HASH_MILLIS
                    : digits.timeoutMillis()));
        }
        return entered.toString();
    }

    private Resume record(AgiStep.Record record, InputAwaited awaited, Language language) throws AgiException {
        Path file = recordings.next(awaited.at());
        char pressed = recordedKey(channel.recordFile(file.toString(), "wav", ALL_KEYS, record.maxSeconds() * 1000,
                0, true, record.silenceSeconds()));
        WavLevel.Level level = level(file);
        if (level.silent()) {
            delete(file);
            return pressed != NONE && pressed != '#' ? new DigitsEntered(String.valueOf(pressed)) : new InputTimedOut();
        }
        String transcript = speech.transcribe(withExtension(file), language).orElse(null);
        return new RecordingCaptured(withExtension(file).toString(), Math.round(level.seconds() * 10) / 10.0,
                transcript);
    }

    /**
     * The key in an AGI result, or none: RECORD FILE reports "(timeout)" with a meaningless number that Asterisk-Java
     * still turns into a char, so only real phone keys count.
     */
    static char key(char result) {
        return ALL_KEYS.indexOf(result) >= 0 ? result : NONE;
    }

    /**
     * The key that ended a RECORD FILE: only when Asterisk says "(dtmf)". On "(timeout)" its result is a meaningless
     * number, which can look like a key (42 reads as '*').
     */
    private char recordedKey(char result) {
        AgiReply reply = channel.getLastReply();
        return reply != null && "dtmf".equals(reply.getExtra()) ? key(result) : NONE;
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
