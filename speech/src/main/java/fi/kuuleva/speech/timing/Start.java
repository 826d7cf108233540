package fi.kuuleva.speech.timing;

/** How a measured call starts: the register gives the resident's language, or the resident must choose it. */
public enum Start {
    /** The register gives the language ({@code Trigger.knownLanguage} set). */
    KNOWN_LANGUAGE("language known"),
    /** The language is unknown; the resident chooses it by key in the menu. */
    CHOSEN_LANGUAGE("language chosen");

    private final String label;

    Start(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
