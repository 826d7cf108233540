package fi.kuuleva.admin.respondent.imports;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * Respondent imports ({@code kuuleva.import}).
 *
 * @param maxBytes larger files are refused before they are read (keep {@code micronaut.server.multipart
 *                 .max-file-size} the same)
 */
@ConfigurationProperties("kuuleva.import")
public record ImportConfig(@Bindable(defaultValue = "20971520") long maxBytes) {
}
