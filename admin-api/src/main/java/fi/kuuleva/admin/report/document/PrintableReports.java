package fi.kuuleva.admin.report.document;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import fi.kuuleva.admin.report.versions.ReportQuestion;
import fi.kuuleva.admin.report.ReportSurveys;
import fi.kuuleva.admin.report.export.ReportExport;
import fi.kuuleva.admin.report.export.ReportExports;
import fi.kuuleva.admin.report.figures.Breakdown;
import fi.kuuleva.admin.report.quality.ResponseQuality;
import fi.kuuleva.survey.Language;
import fi.kuuleva.survey.Survey;
import jakarta.inject.Singleton;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The printable report of a survey version (a round) as HTML or as a tagged PDF (PDF/UA, fonts embedded), built
 * from the same suppressed figures as the exports. Thread-safe.
 */
@Singleton
public class PrintableReports {

    private static final File FONT = new File("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
    private static final File BOLD = new File("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf");

    private final ReportExports exports;
    private final ResponseQuality quality;
    private final FieldworkQuery fieldwork;
    private final ReportSurveys surveys;
    private final String style;

    PrintableReports(ReportExports exports, ResponseQuality quality, FieldworkQuery fieldwork, ReportSurveys surveys) {
        this.exports = exports;
        this.quality = quality;
        this.fieldwork = fieldwork;
        this.surveys = surveys;
        String sheet = "/public" + ReportDocument.STYLE_SHEET;
        try (InputStream css = PrintableReports.class.getResourceAsStream(sheet)) {
            if (css == null) {
                throw new IllegalStateException("the report's style sheet " + sheet + " is not on the class path");
            }
            this.style = new String(css.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("the report's style sheet " + sheet + " cannot be read", e);
        }
    }

    /** The report for the browser, its style sheet linked. */
    public String html(long versionId, Language language) {
        return html(versionId, language, null);
    }

    /** The report as a tagged PDF. */
    public byte[] pdf(long versionId, Language language) {
        return pdf(html(versionId, language, style));
    }

    private String html(long versionId, Language language, String inlineStyle) {
        Survey survey = surveys.survey(versionId);
        Language labels = survey.languages().contains(language) ? language : survey.languages().get(0);
        List<ReportQuestion> questions = survey.questions().stream().map(q -> ReportQuestion.of(q, labels)).toList();
        ReportExport export = exports.export(versionId);
        return ReportDocument.html(export, quality.report(versionId, Breakdown.NONE), fieldwork.fieldwork(versionId),
                questions, new Words(language), inlineStyle);
    }

    static byte[] pdf(String html) {
        if (!FONT.canRead() || !BOLD.canRead()) {
            throw new IllegalStateException("the report's font is missing: " + FONT
                    + " (Debian package fonts-dejavu-core; ./ivr setup installs it)");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new PdfRendererBuilder().useFastMode().usePdfUaAccessbility(true)
                    .useFont(FONT, "DejaVu Sans", 400, PdfRendererBuilder.FontStyle.NORMAL, true)
                    .useFont(BOLD, "DejaVu Sans", 700, PdfRendererBuilder.FontStyle.NORMAL, true)
                    .withHtmlContent(html, null).toStream(out).run();
        } catch (IOException e) {
            throw new UncheckedIOException("the report could not be written as PDF", e);
        }
        return out.toByteArray();
    }
}
