package fi.kuuleva.speech.asr;

import fi.kuuleva.speech.setup.SpeechSetupException;
import fi.kuuleva.survey.Language;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.vosk.LibVosk;
import org.vosk.LogLevel;
import org.vosk.Model;

/**
 * Which languages take spoken answers: those with a Vosk model configured. A language without a model takes keypad
 * answers only (logged as a warning, listed in {@link #warnings()}); a model that is configured but missing or broken
 * is a {@link SpeechSetupException}. {@link #languages()} is what the engine's {@code Trigger.speechLanguages} wants.
 * Thread-safe; {@link #close()} frees the models once no call uses them.
 */
public final class SpeechLanguages implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(SpeechLanguages.class.getName());

    private final Map<Language, Model> models;
    private final Map<Language, Recognizer> recognizers;
    private final List<String> warnings;

    private SpeechLanguages(Map<Language, Model> models, Map<Language, Recognizer> recognizers, List<String> warnings) {
        this.models = models;
        this.recognizers = recognizers;
        this.warnings = warnings;
    }

    /** Loads the model directory of each configured language (about 0.4 s for the small English model). */
    public static SpeechLanguages load(Map<Language, Path> modelDirs, Set<Language> wanted) {
        Map<Language, Model> models = new EnumMap<>(Language.class);
        Map<Language, Recognizer> recognizers = new EnumMap<>(Language.class);
        List<String> warnings = new ArrayList<>();
        if (!modelDirs.isEmpty()) {
            LibVosk.setLogLevel(LogLevel.WARNINGS);
        }
        for (Language language : Language.values()) {
            Path dir = modelDirs.get(language);
            if (dir == null) {
                if (wanted.contains(language)) {
                    String warning = "no speech model for '" + language + "': spoken answers are off in that "
                            + "language, keypad answers work (docs/speech.md tells how to add a Vosk model)";
                    LOG.warning(warning);
                    warnings.add(warning);
                }
                continue;
            }
            int rate = modelRate(dir);
            try {
                Set<String> decoys = Decoys.of(language, dir);
                if (decoys.isEmpty()) {
                    String warning = "no decoy phrases for '" + language + "': a non-answer such as \"hello\" may "
                            + "come back as a confident answer; put a decoys.txt in " + dir + " (docs/speech.md)";
                    LOG.warning(warning);
                    warnings.add(warning);
                }
                Model model = new Model(dir.toString());
                models.put(language, model);
                recognizers.put(language, new VoskRecognizer(model, language, rate, decoys));
            } catch (IOException | RuntimeException e) {
                models.values().forEach(Model::close);
                throw new SpeechSetupException("the Vosk model for '" + language + "' at " + dir
                        + " does not load (" + e.getMessage() + "): unpack a whole Vosk model there", e);
            }
        }
        return new SpeechLanguages(models, recognizers, List.copyOf(warnings));
    }

    /** The languages that take spoken answers. */
    public Set<Language> languages() {
        return recognizers.isEmpty() ? Set.of() : Collections.unmodifiableSet(recognizers.keySet());
    }

    public Optional<Recognizer> recognizer(Language language) {
        return Optional.ofNullable(recognizers.get(language));
    }

    public List<String> warnings() {
        return warnings;
    }

    /** The sample rate a model was trained at, from its {@code conf/mfcc.conf} (16 kHz if not stated). */
    static int modelRate(Path dir) {
        Path mfcc = dir.resolve("conf").resolve("mfcc.conf");
        if (!Files.isRegularFile(dir.resolve("am").resolve("final.mdl")) || !Files.isRegularFile(mfcc)) {
            throw new SpeechSetupException("no Vosk model at " + dir + " (am/final.mdl and conf/mfcc.conf missing):"
                    + " unpack a Vosk model there, or remove the setting to take keypad answers only");
        }
        try {
            for (String line : Files.readAllLines(mfcc)) {
                if (line.trim().startsWith("--sample-frequency=")) {
                    return (int) Double.parseDouble(line.trim().substring("--sample-frequency=".length()));
                }
            }
            return 16000;
        } catch (IOException | NumberFormatException e) {
            throw new SpeechSetupException("cannot read " + mfcc + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        models.values().forEach(Model::close);
    }
}
