package fi.kuuleva.admin.respondent.inbox;

import fi.kuuleva.admin.respondent.imports.ImportConfig;
import fi.kuuleva.admin.respondent.imports.ImportNotAllowed;
import fi.kuuleva.admin.respondent.imports.ImportReport;
import fi.kuuleva.admin.respondent.imports.RespondentImports;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports one file dropped into {@code <inbox>/<campaign id>/} with the stored import (all or nothing, idempotent,
 * audited as by {@code inbox}) and says where it goes with which report; phone numbers are taken out of the report.
 * Only a failure of the store itself (the database) is thrown, so that the file stays and is tried again. Thread-safe.
 */
@Singleton
public class RespondentInbox {

    static final String ACTOR = "inbox";
    private static final Logger LOG = LoggerFactory.getLogger(RespondentInbox.class);
    private static final Pattern CAMPAIGN_ID = Pattern.compile("[1-9]\\d{0,17}");

    private final RespondentImports imports;
    private final ImportConfig limits;
    private final JsonMapper json;

    RespondentInbox(RespondentImports imports, ImportConfig limits, JsonMapper json) {
        this.imports = imports;
        this.limits = limits;
        this.json = json;
    }

    /** Takes the file at {@code path} (its parent folder names the campaign). */
    public InboxOutcome take(String path) {
        Path file = Path.of(path);
        String folder = file.getParent().getFileName().toString();
        String name = folder + "/" + file.getFileName();
        if (!CAMPAIGN_ID.matcher(folder).matches()) {
            return refused(name, "the folder \"" + folder + "\" is not a campaign id: put the file in the folder"
                    + " named after the campaign's number, e.g. 12/" + file.getFileName());
        }
        byte[] csv;
        try {
            long size = Files.size(file);
            if (size > limits.maxBytes()) {
                return refused(name, "the file has " + size + " bytes; at most " + limits.maxBytes()
                        + " are taken: split it");
            }
            csv = Files.readAllBytes(file);
        } catch (IOException e) {
            return refused(name, "the file cannot be read (" + e.getClass().getSimpleName() + ")");
        }
        try {
            ImportReport report = imports.importFile(Long.parseLong(folder), csv, ACTOR, false);
            if (report.accepted()) {
                LOG.info("inbox {}: import {} added {} respondents ({} already in the campaign)", name,
                        report.importId(), report.imported(), report.alreadyInCampaign());
            } else {
                LOG.warn("inbox {}: import {} refused with {} errors", name, report.importId(),
                        report.errors().size());
            }
            return new InboxOutcome(report.accepted(), write(report.withoutNumbers()));
        } catch (ImportNotAllowed e) {
            return refused(name, e.getMessage());
        }
    }

    private InboxOutcome refused(String name, String message) {
        LOG.warn("inbox {}: not imported: {}", name, message);
        return new InboxOutcome(false, write(InboxRefusal.of(name, message)));
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
