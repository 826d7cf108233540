package fi.kuuleva.campaign.respondents;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Finland's municipalities by their Finnish and Swedish names ({@code municipalities.csv} beside this class). A name
 * as typed is matched ignoring case and extra whitespace (and a trailing "kunta", "kaupunki", "kommun" or "stad"),
 * and stands for the list's spelling in the same language, so "TAMPERE", " tampere " and "Tampere" are one report
 * group (and "NÄRPES" is "Närpes", as a Swedish-speaking register writes it). Immutable and thread-safe.
 */
public final class Municipalities {

    private static final String RESOURCE = "municipalities.csv";
    private static final String[] SUFFIXES = {" kaupunki", " kunta", " stad", " kommun"};

    private final Map<String, String> byKey;

    private Municipalities(Map<String, String> byKey) {
        this.byKey = Map.copyOf(byKey);
    }

    /** The list shipped with this class. */
    public static Municipalities finnish() {
        try (InputStream in = Municipalities.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing beside " + Municipalities.class.getName());
            }
            Map<String, String> byKey = new HashMap<>();
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split(";");
                byKey.put(key(fields[1]), fields[1]);
                byKey.put(key(fields[2]), fields[2]);
            }
            return new Municipalities(byKey);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** The list's spelling of {@code typed}, or empty when it is not a Finnish municipality. */
    public Optional<String> find(String typed) {
        String key = key(typed);
        String name = byKey.get(key);
        for (int i = 0; name == null && i < SUFFIXES.length; i++) {
            if (key.endsWith(SUFFIXES[i])) {
                name = byKey.get(key.substring(0, key.length() - SUFFIXES[i].length()));
            }
        }
        return Optional.ofNullable(name);
    }

    /**
     * How a name that is not on the list is stored: whitespace collapsed and, so that case makes no second group,
     * the first letter of each word capitalized and the rest in lower case ("TAMPEREEN  KAUPUNKI" becomes
     * "Tampereen Kaupunki").
     */
    public static String tidy(String typed) {
        String collapsed = collapse(typed);
        StringBuilder out = new StringBuilder(collapsed.length());
        boolean start = true;
        for (int i = 0; i < collapsed.length(); ) {
            int c = collapsed.codePointAt(i);
            out.appendCodePoint(start ? Character.toTitleCase(c) : Character.toLowerCase(c));
            start = c == ' ' || c == '-';
            i += Character.charCount(c);
        }
        return out.toString();
    }

    private static String key(String text) {
        return collapse(text).toLowerCase(Locale.ROOT);
    }

    private static String collapse(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC).replaceAll("[\\s\\u00A0\\u202F]+", " ").strip();
    }
}
