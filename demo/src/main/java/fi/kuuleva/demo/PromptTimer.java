package fi.kuuleva.demo;

import fi.kuuleva.flow.DigitsEntered;
import fi.kuuleva.flow.FlowEngine;
import fi.kuuleva.flow.Prompt;
import fi.kuuleva.flow.PromptPlayed;
import fi.kuuleva.flow.Resume;
import fi.kuuleva.flow.Sprint;
import fi.kuuleva.flow.Trigger;
import fi.kuuleva.speech.audio.WavFiles;
import fi.kuuleva.speech.prompt.PromptFiles;
import fi.kuuleva.survey.Language;
import fi.kuuleva.survey.Settings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.Set;

/**
 * DEMO ONLY: how long the prompts a call plays after some keys last (the same engine and prompt files the call uses),
 * so that a simulated resident starts speaking after them, and English sentences synthesized as a resident's voice.
 */
public final class PromptTimer {

    private final FlowEngine engine;
    private final PromptFiles files;
    private final Set<Language> speechLanguages;

    public PromptTimer(FlowEngine engine, PromptFiles files, Set<Language> speechLanguages) {
        this.engine = engine;
        this.files = files;
        this.speechLanguages = Set.copyOf(speechLanguages);
    }

    /** Seconds of the prompts played after the last of {@code keys}, on a first call in {@code language}. */
    public double secondsAfter(Language language, String... keys) {
        Sprint sprint = engine.start(Trigger.firstCall(Optional.of(language), speechLanguages));
        for (String key : keys) {
            Resume input = new DigitsEntered(key);
            sprint = engine.resume(sprint.state(), input);
        }
        long millis = 0;
        for (var event : sprint.events()) {
            if (event instanceof PromptPlayed played) {
                millis += millis(played.prompt());
            }
        }
        return millis / 1000.0;
    }

    /** A sentence in English by the prompt voice, as a path without extension for the resident to play. */
    public String spoken(String text) {
        try {
            return files.fileFor(new Prompt("resident", Language.EN, text, false), Settings.Voice.DEFAULTS)
                    .asteriskPath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private long millis(Prompt prompt) {
        try {
            return WavFiles.read(files.fileFor(prompt, Settings.Voice.DEFAULTS).file()).durationMillis();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
