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

    /** Takes the file at {@code path}, named {@code name} in the inbox (its folder names the campaign). */
    public InboxOutcome take(String path, String name) {
        try {
            long campaignId = campaignOf(Path.of(name));
            ImportReport report = imports.importFile(campaignId, read(Path.of(path)), ACTOR, false);
            if (report.accepted()) {
                LOG.info("inbox {}: import {} added {} respondents ({} already in the campaign)", name,
                        report.importId(), report.imported(), report.alreadyInCampaign());
            } else {
                LOG.warn("inbox {}: import {} refused with {} errors", name, report.importId(),
                        report.errors().size());
            }
            return new InboxOutcome(report.accepted(), write(report.withoutNumbers()));
        } catch (NotTaken | ImportNotAllowed e) {
            return refused(name, e.getMessage());
        }
    }

    private static long campaignOf(Path name) throws NotTaken {
        if (name.getNameCount() == 2 && CAMPAIGN_ID.matcher(name.getName(0).toString()).matches()) {
            return Long.parseLong(name.getName(0).toString());
        }
        throw new NotTaken((name.getNameCount() < 2 ? "the file is not in a campaign's folder"
                : "the folder \"" + name.getName(0) + "\" is not a campaign id")
                + ": put it in the folder named after the campaign's number, e.g. 12/" + name.getFileName());
    }

    private byte[] read(Path file) throws NotTaken {
        try {
            long size = Files.size(file);
            if (size > limits.maxBytes()) {
                throw new NotTaken("the file has " + size + " bytes; at most " + limits.maxBytes()
                        + " are taken: split it");
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new NotTaken("the file cannot be read (" + e.getClass().getSimpleName() + ")");
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

    /** Why a file is not even offered to the import. */
    private static final class NotTaken extends Exception {
        NotTaken(String message) {
            super(message, null, false, false);
        }
    }
}
