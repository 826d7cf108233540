package fi.kuuleva.admin.respondent.imports;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Respondent files as registers export them, for tests and the import benchmark. */
public final class ImportFiles {

    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final List<String> MUNICIPALITIES = List.of("Lappeenranta", "Imatra", "Luumäki", "Rautjärvi",
            "Parikkala", "Ruokolahti", "Savitaipale", "Taipalsaari", "Lemi");

    private ImportFiles() {
    }

    /** A phone number as an officer writes it ("040 0000123"); {@link #e164(int)} is the same number. */
    public static String phone(int row) {
        return String.format("040 %07d", row);
    }

    public static String e164(int row) {
        return String.format("+35840%07d", row);
    }

    /** {@code rows} residents (numbers {@code first}...), semicolons, UTF-8. */
    public static byte[] residents(int first, int rows) {
        StringBuilder csv = new StringBuilder("Puhelin;Kieli;Kunta;Syntymävuosi;Viite\r\n");
        for (int row = first; row < first + rows; row++) {
            csv.append(phone(row)).append(';').append(row % 3 == 0 ? "ruotsi" : "suomi").append(';')
                    .append(MUNICIPALITIES.get(row % 9)).append(';').append(1930 + row % 30).append(";R-")
                    .append(row).append("\r\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
