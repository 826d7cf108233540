package fi.kuuleva.admin.sms;

import fi.kuuleva.campaign.PhoneNumber;
import fi.kuuleva.survey.Language;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The text_messages table and its state machine ({@link TextState}), each change one guarded statement in the
 * caller's transaction, over plain JDBC (claims are {@code UPDATE ... RETURNING}, which Micronaut Data cannot map).
 * Thread-safe; concurrent claims skip each other's rows.
 */
@Singleton
@Transactional
public class TextMessageStore {

    /** Outcomes of attempts that did not reach the resident: nobody answered, busy, a machine, or not placed. */
    static final String NOT_REACHED = "('NO_ANSWER', 'BUSY', 'MACHINE', 'FAILED')";

    private final JdbcOperations jdbc;

    TextMessageStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** Queues a text unless the respondent has one of this kind already; true when queued. */
    public boolean queue(long campaignId, long respondentId, TextKind kind, String body, Instant due, Instant now) {
        return update("INSERT INTO text_messages (campaign_id, respondent_id, kind, body, state, due_at, created_at)"
                + " VALUES (?, ?, ?, ?, 'QUEUED', ?, ?) ON CONFLICT (respondent_id, kind) DO NOTHING",
                campaignId, respondentId, kind.name(), body, due, now) == 1;
    }

    /** Respondents not yet called nor texted before, with a number not on the do-not-call list. */
    public List<Recipient> preNoticeCandidates(long campaignId) {
        return recipients("SELECT r.id, r.phone_e164, r.language FROM respondents r WHERE r.campaign_id = ?"
                + " AND r.status = 'PENDING' AND r.attempts = 0 AND r.phone_e164 IS NOT NULL"
                + " AND NOT EXISTS (SELECT 1 FROM text_messages t WHERE t.respondent_id = r.id AND t.kind = 'PRE_NOTICE')"
                + " AND NOT EXISTS (SELECT 1 FROM do_not_call d WHERE d.phone_e164 = r.phone_e164) ORDER BY r.id",
                campaignId);
    }

    /**
     * Respondents not in a call whose ended attempts include at least {@code after} that did not reach them and
     * none that did, with no follow-up yet and a number not on the do-not-call list.
     */
    public List<Recipient> followUpCandidates(long campaignId, int after) {
        return recipients("SELECT r.id, r.phone_e164, r.language FROM respondents r WHERE r.campaign_id = ?"
                + " AND r.status <> 'IN_CALL' AND r.phone_e164 IS NOT NULL"
                + " AND (SELECT count(*) FILTER (WHERE a.outcome IN " + NOT_REACHED + ") >= " + after
                + "  AND count(*) FILTER (WHERE a.outcome NOT IN " + NOT_REACHED + ") = 0"
                + "  FROM call_attempts a WHERE a.respondent_id = r.id AND a.outcome IS NOT NULL)"
                + " AND NOT EXISTS (SELECT 1 FROM text_messages t WHERE t.respondent_id = r.id AND t.kind = 'FOLLOW_UP')"
                + " AND NOT EXISTS (SELECT 1 FROM do_not_call d WHERE d.phone_e164 = r.phone_e164) ORDER BY r.id",
                campaignId);
    }

    /** Moves a respondent's first call to {@code callAt} at the earliest, if they are still waiting for it. */
    public boolean delayFirstCall(long respondentId, Instant callAt) {
        return update("UPDATE respondents SET next_attempt_at = greatest(next_attempt_at, ?) WHERE id = ?"
                + " AND status = 'PENDING' AND attempts = 0", callAt, respondentId) == 1;
    }

    /** Campaigns with a queued text due at {@code now}. */
    public List<Long> campaignsWithDue(Instant now) {
        return jdbc.prepareStatement("SELECT DISTINCT campaign_id FROM text_messages WHERE state = 'QUEUED'"
                + " AND due_at <= ? ORDER BY campaign_id", statement -> {
                    statement.setTimestamp(1, Timestamp.from(now));
                    List<Long> ids = new ArrayList<>();
                    try (ResultSet rows = statement.executeQuery()) {
                        while (rows.next()) {
                            ids.add(rows.getLong(1));
                        }
                    }
                    return ids;
                });
    }

    /**
     * Cancels the campaign's queued texts that must not go: the number erased or listed, a pre-notice to someone
     * already called, and the kinds whose campaign is over ({@code preNoticesOver}, {@code followUpsOver}).
     */
    public int cancelUnsendable(long campaignId, boolean preNoticesOver, boolean followUpsOver) {
        return update("UPDATE text_messages t SET state = 'CANCELLED', detail = CASE"
                + " WHEN (t.kind = 'PRE_NOTICE' AND ?) OR (t.kind = 'FOLLOW_UP' AND ?) THEN 'the campaign is over'"
                + " WHEN r.phone_e164 IS NULL THEN 'the number was erased'"
                + " WHEN t.kind = 'PRE_NOTICE' AND r.attempts > 0 THEN 'the resident was called before it could go'"
                + " ELSE 'the number is on the do-not-call list' END"
                + " FROM respondents r WHERE r.id = t.respondent_id AND t.campaign_id = ? AND t.state = 'QUEUED'"
                + " AND ((t.kind = 'PRE_NOTICE' AND ?) OR (t.kind = 'FOLLOW_UP' AND ?) OR r.phone_e164 IS NULL"
                + " OR (t.kind = 'PRE_NOTICE' AND r.attempts > 0)"
                + " OR EXISTS (SELECT 1 FROM do_not_call d WHERE d.phone_e164 = r.phone_e164))",
                preNoticesOver, followUpsOver, campaignId, preNoticesOver, followUpsOver);
    }

    /** Claims up to {@code limit} due texts of the campaign: SENDING, tries counted, by {@code instance}. */
    public List<ClaimedText> claim(long campaignId, boolean followUpsOnly, Instant now, int limit, String instance) {
        String sql = """
                WITH due AS (
                    SELECT t.id FROM text_messages t
                    WHERE t.campaign_id = ? AND t.state = 'QUEUED' AND t.due_at <= ? AND (NOT ? OR t.kind = 'FOLLOW_UP')
                    ORDER BY t.due_at, t.id LIMIT ? FOR UPDATE SKIP LOCKED)
                UPDATE text_messages t SET state = 'SENDING', tries = t.tries + 1, claimed_by = ?, claimed_at = ?
                FROM due, respondents r WHERE t.id = due.id AND r.id = t.respondent_id AND r.phone_e164 IS NOT NULL
                RETURNING t.id, t.campaign_id, t.respondent_id, t.kind, t.body, t.tries, r.phone_e164""";
        return jdbc.prepareStatement(sql, statement -> {
            bind(statement, campaignId, now, followUpsOnly, limit, instance, now);
            List<ClaimedText> claimed = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    claimed.add(new ClaimedText(rows.getLong("id"), rows.getLong("campaign_id"),
                            rows.getLong("respondent_id"), TextKind.valueOf(rows.getString("kind")),
                            rows.getString("body"), rows.getInt("tries"), new PhoneNumber(rows.getString("phone_e164"))));
                }
            }
            return claimed;
        });
    }

    /** Texts left SENDING since before {@code staleBefore} (their instance stopped mid-submit) become UNCERTAIN. */
    public int markUncertain(Instant staleBefore) {
        return update("UPDATE text_messages SET state = 'UNCERTAIN', detail = 'the service stopped while sending it;"
                + " it may have gone, so it is not sent again' WHERE state = 'SENDING' AND claimed_at < ?", staleBefore);
    }

    public void submitted(long id, String smscId, Instant at) {
        update("UPDATE text_messages SET state = 'SUBMITTED', smsc_id = ?, submitted_at = ?, detail = NULL"
                + " WHERE id = ? AND state = 'SENDING'", smscId, at, id);
    }

    /** A SENDING or UNDELIVERED text back in the queue, due at {@code due}. */
    public void requeue(long id, Instant due, String detail) {
        update("UPDATE text_messages SET state = 'QUEUED', due_at = ?, detail = ? WHERE id = ?"
                + " AND state IN ('SENDING', 'UNDELIVERED')", due, detail, id);
    }

    /** Ends a SENDING or UNDELIVERED text in {@code state} (FAILED, UNDELIVERED or UNCERTAIN). */
    public void end(long id, TextState state, String detail) {
        update("UPDATE text_messages SET state = ?, detail = ? WHERE id = ? AND state IN ('SENDING', 'UNDELIVERED')",
                state.name(), detail, id);
    }

    /** Stores a receipt on the submitted text with this SMSC id; the text's id and tries, if one matched. */
    public Optional<long[]> receipt(String smscId, boolean delivered, String detail, Instant at) {
        return jdbc.prepareStatement("UPDATE text_messages SET state = ?, receipt_at = ?, detail = ?"
                + " WHERE smsc_id = ? AND state = 'SUBMITTED' RETURNING id, tries", statement -> {
                    bind(statement, delivered ? "DELIVERED" : "UNDELIVERED", at, detail, smscId);
                    try (ResultSet row = statement.executeQuery()) {
                        return row.next() ? Optional.of(new long[] {row.getLong(1), row.getLong(2)})
                                : Optional.empty();
                    }
                });
    }

    /** Whether some text is being submitted right now (its receipt may come before its id is stored). */
    public boolean anySending() {
        return jdbc.prepareStatement("SELECT EXISTS (SELECT 1 FROM text_messages WHERE state = 'SENDING')",
                statement -> {
                    try (ResultSet row = statement.executeQuery()) {
                        return row.next() && row.getBoolean(1);
                    }
                });
    }

    /** The campaign's texts, newest first, at most {@code limit}. */
    public List<TextMessageView> list(long campaignId, int limit) {
        return jdbc.prepareStatement("SELECT t.*, r.phone_e164 FROM text_messages t JOIN respondents r"
                + " ON r.id = t.respondent_id WHERE t.campaign_id = ? ORDER BY t.id DESC LIMIT ?", statement -> {
                    bind(statement, campaignId, limit);
                    List<TextMessageView> views = new ArrayList<>();
                    try (ResultSet rows = statement.executeQuery()) {
                        while (rows.next()) {
                            TextState state = TextState.valueOf(rows.getString("state"));
                            String phone = rows.getString("phone_e164");
                            views.add(new TextMessageView(rows.getLong("id"), rows.getLong("respondent_id"),
                                    phone,
                                    TextKind.valueOf(rows.getString("kind")), rows.getString("body"), state,
                                    state.needsAttention(), rows.getInt("tries"), instant(rows, "due_at"),
                                    instant(rows, "submitted_at"), instant(rows, "receipt_at"),
                                    rows.getString("detail")));
                        }
                    }
                    return views;
                });
    }

    private List<Recipient> recipients(String sql, long campaignId) {
        return jdbc.prepareStatement(sql, statement -> {
            statement.setLong(1, campaignId);
            List<Recipient> found = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    found.add(new Recipient(rows.getLong(1), new PhoneNumber(rows.getString(2)),
                            Language.fromCode(rows.getString(3)).orElse(null)));
                }
            }
            return found;
        });
    }

    private int update(String sql, Object... values) {
        return jdbc.prepareStatement(sql, statement -> {
            bind(statement, values);
            return statement.executeUpdate();
        });
    }

    private static void bind(PreparedStatement statement, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            Object value = values[i];
            statement.setObject(i + 1, value instanceof Instant instant ? Timestamp.from(instant) : value);
        }
    }

    private static Instant instant(ResultSet rows, String column) throws SQLException {
        Timestamp at = rows.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }
}
