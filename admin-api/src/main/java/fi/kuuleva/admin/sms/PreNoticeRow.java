package fi.kuuleva.admin.sms;

import fi.kuuleva.admin.report.figures.Cell;
import io.micronaut.serde.annotation.Serdeable;

/**
 * One group's respondents who were called, split by whether a pre-notice went to them (submitted or delivered) and
 * whether a call reached them (answered), with the group's total; each a suppressed-or-published {@link Cell}.
 */
@Serdeable
public record PreNoticeRow(String group, Cell noticedReached, Cell noticedNotReached, Cell notNoticedReached,
                           Cell notNoticedNotReached, Cell called) {
}
