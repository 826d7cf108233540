package fi.kuuleva.campaign.respondents;

import fi.kuuleva.campaign.DoNotCallList;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads an officer's respondent file (CSV, comma or semicolon, UTF-8 or Windows-1252) all or nothing: every
 * respondent, or a refusal listing every error with its line and column. Numbers on the do-not-call list are left
 * out with a warning; a number twice in the file is an error naming both lines. Age bands are reckoned on the
 * import date (the injected clock, Helsinki). Stateless and thread-safe if the do-not-call list is.
 */
public final class RespondentImport {
    /** Larger files are refused rather than read into memory (about a million rows). */
    public static final int MAX_BYTES = 100 * 1024 * 1024;
    private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");
    private static final Pattern SEPARATOR_HINT = Pattern.compile("sep=([,;])", Pattern.CASE_INSENSITIVE);
    private static final Pattern LIBRARY_LINE = Pattern.compile("(?:startline |line: )(\\d+)");

    private final DoNotCallList doNotCall;
    private final Clock clock;
    private final Municipalities municipalities;

    public RespondentImport(DoNotCallList doNotCall, Clock clock) {
        this(doNotCall, clock, Municipalities.finnish());
    }

    public RespondentImport(DoNotCallList doNotCall, Clock clock, Municipalities municipalities) {
        this.doNotCall = doNotCall;
        this.clock = clock;
        this.municipalities = municipalities;
    }

    public ImportResult read(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            return new Refused(List.of(ImportProblem.inFile("the file is larger than " + (MAX_BYTES >> 20)
                    + " MB; split it")), List.of());
        }
        return read(bytes);
    }

    public ImportResult read(byte[] bytes) {
        Report report = new Report();
        if (Encodings.isUtf16(bytes)) {
            report.error(ImportProblem.inFile("the file is UTF-16 (Excel \"Unicode text\"); save it as CSV"));
            return report.refused();
        }
        DecodedText decoded = Encodings.decode(bytes);
        String text = decoded.text();
        if (text.isBlank()) {
            report.error(ImportProblem.inFile("the file is empty"));
            return report.refused();
        }
        LineIndex lines = LineIndex.of(text);
        int nul = text.indexOf('\0');
        if (nul >= 0) {
            report.error(nulAt(text, nul, lines));
            return report.refused();
        }
        int firstLineStart = firstNonBlank(text);
        String firstLine = text.substring(firstLineStart).lines().findFirst().orElse("");
        Matcher hint = SEPARATOR_HINT.matcher(firstLine.strip());
        boolean hinted = hint.matches();
        Optional<Character> delimiter = hinted ? Optional.of(hint.group(1).charAt(0))
                : Delimiters.detect(firstLine, lines.lineOf(firstLineStart), report);
        if (delimiter.isEmpty()) {
            return report.refused();
        }
        return parse(text, lines, delimiter.get(), hinted, report, decoded.encoding());
    }

    /** A NUL character, which no name or number has and PostgreSQL cannot store, by its line and column. */
    private static ImportProblem nulAt(String text, int position, LineIndex lines) {
        int lineStart = text.lastIndexOf('\n', position) + 1;
        String before = text.substring(lineStart, position);
        int delimiters = 0;
        for (char c : before.toCharArray()) {
            delimiters += c == ';' || c == ',' || c == '\t' ? 1 : 0;
        }
        return ImportProblem.at(lines.lineOf(position), "column " + (delimiters + 1), "a NUL character (byte 0) is in"
                + " this value; no name or number has one: is the file a spreadsheet or UTF-16 text? Save it as CSV");
    }

    private ImportResult parse(String text, LineIndex lines, char delimiter, boolean skipHint, Report report,
                               String encoding) {
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false)
                .setIgnoreSurroundingSpaces(true).setTrim(true).get();
        ImportRows rows = new ImportRows(report, doNotCall, LocalDate.now(clock.withZone(HELSINKI)),
                municipalities);
        try (CSVParser parser = format.parse(new StringReader(text))) {
            Iterator<CSVRecord> records = parser.iterator();
            boolean skip = skipHint;
            while (next(records, parser, report)) {
                CSVRecord record = records.next();
                if (record.stream().allMatch(String::isBlank)) {
                    continue;
                }
                if (skip) {
                    skip = false;
                    continue;
                }
                rows.accept(record, lines.lineOf(record.getCharacterPosition()));
                if (rows.headerRefused()) {
                    return report.refused();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows.finish(encoding, delimiter);
    }

    /** Reads ahead; broken quoting ends the file with an error at the line the parser names. */
    private static boolean next(Iterator<CSVRecord> records, CSVParser parser, Report report) {
        try {
            return records.hasNext();
        } catch (UncheckedIOException broken) {
            String message = String.valueOf(broken.getCause().getMessage());
            Matcher at = LIBRARY_LINE.matcher(message);
            int line = at.find() ? Integer.parseInt(at.group(1)) : (int) parser.getCurrentLineNumber() + 1;
            String why = message.contains("EOF") ? "a quoted value is not closed before the end of the file"
                    : message.contains("encapsulated token and delimiter")
                    ? "text follows a closing quote; a quote inside a quoted value must be doubled (\"\")"
                    : "the file cannot be read as CSV here (" + message + ")";
            report.error(ImportProblem.at(line, "broken quoting: " + why + "; nothing after this line was read"));
            return false;
        }
    }

    /** Where the first line with something on it starts (the text is not blank). */
    private static int firstNonBlank(String text) {
        int first = 0;
        while (Character.isWhitespace(text.charAt(first))) {
            first++;
        }
        return Math.max(text.lastIndexOf('\n', first), text.lastIndexOf('\r', first)) + 1;
    }
}
