package fi.kuuleva.demo;

import fi.kuuleva.admin.sms.CampaignTexts;
import fi.kuuleva.admin.sms.CampaignTextsBody;
import fi.kuuleva.admin.sms.CampaignTextsForm;
import fi.kuuleva.admin.sms.CampaignTextsStore;
import fi.kuuleva.admin.sms.encoding.SmsEncoding;
import fi.kuuleva.smsc.SmscSimulator;
import fi.kuuleva.smsc.TextDecoder;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * DEMO ONLY: the demo campaign's texts, a pre-notice (fi/sv/en) and a follow-up after two calls that did not reach
 * the resident, sent through the service's own SMS routes to an {@link SmscSimulator}; and what became of them. A real
 * campaign keeps at least an hour (a day by default) between a pre-notice and the first call: the demo makes its first
 * calls due as soon as its pre-notices have left ({@link #callNow}). Thread-safe.
 */
@Singleton
public class DemoTexts {

    /** The number the texts give to call back (an example Helsinki number: the demo's texts never leave it). */
    static final String CALL_BACK = "+35891234567";
    static final String PRE_NOTICE_FI = "Hei! Kuuleva-demo soittaa teille {date} kyselyn kotona asumisesta."
            + " Puhelu on automaattinen. Tarkistus ja kysymykset: {number}. Jos ette halua puhelua, vastatkaa EI.";
    static final String PRE_NOTICE_SV = "Hej! Kuuleva-demo ringer er {date} om en enkät om boende hemma. Samtalet"
            + " är automatiskt. Kontroll och frågor: {number}. Svara NEJ om ni inte vill bli uppringd.";
    static final String PRE_NOTICE_EN = "Hello! The Kuuleva demo will call you on {date} with a survey on living at"
            + " home. The call is automated. To check it or ask: {number}. Reply STOP if you do not want the call.";
    static final String FOLLOW_UP_FI = "Kuuleva-demo yritti soittaa teille kyselyn kotona asumisesta. Voitte soittaa"
            + " takaisin: {number}.";
    static final String FOLLOW_UP_SV = "Kuuleva-demo försökte ringa er om en enkät om boende hemma. Ring tillbaka:"
            + " {number}.";
    static final String FOLLOW_UP_EN = "The Kuuleva demo tried to call you about a survey on living at home. Call"
            + " back: {number}.";

    /** A text the service sent: the resident's name, number, kind, state and the SMSC's id for it. */
    public record Sent(String name, String phoneE164, String kind, String state, String smscId) {
    }

    private final CampaignTextsStore store;
    private final JdbcOperations jdbc;
    private final Clock clock;

    public DemoTexts(CampaignTextsStore store, JdbcOperations jdbc, Clock clock) {
        this.store = store;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** How the demo's SMSC reads a text: as the service writes it (GSM 7-bit or UCS-2). */
    public static TextDecoder decoder() {
        return (coding, bytes) -> SmsEncoding.ofDataCoding(coding).decode(bytes);
    }

    /** The service's settings for texting through {@code smsc}: on, bound to it, planning and sending often. */
    public static Map<String, String> settings(SmscSimulator smsc) {
        return Map.of("kuuleva.sms.enabled", "true",
                "kuuleva.sms.smpp.host", "127.0.0.1",
                "kuuleva.sms.smpp.port", String.valueOf(smsc.port()),
                "kuuleva.sms.smpp.system-id", SmscSimulator.SYSTEM_ID,
                "kuuleva.sms.smpp.password", SmscSimulator.PASSWORD,
                "kuuleva.sms.send-every", "250ms",
                "kuuleva.sms.plan-every", "1s");
    }

    /** Gives the campaign its texts, checked as officers' are (languages, placeholders, at most two SMS each). */
    @Transactional
    public void configure(long campaignId) {
        CampaignTextsBody body = new CampaignTextsBody(2, CALL_BACK,
                new CampaignTextsBody.Notice(1, Map.of("fi", PRE_NOTICE_FI, "sv", PRE_NOTICE_SV, "en", PRE_NOTICE_EN)),
                new CampaignTextsBody.FollowUp(2, Map.of("fi", FOLLOW_UP_FI, "sv", FOLLOW_UP_SV, "en", FOLLOW_UP_EN)));
        CampaignTexts texts = CampaignTextsForm.read(body, Optional.empty());
        store.save(campaignId, texts, "demo", clock.instant());
    }

    /** The campaign's texts not settled yet: queued, being sent, or sent and waiting for a receipt. */
    @Transactional
    public int unsettled(long campaignId, boolean preNoticesOnly) {
        return jdbc.prepareStatement("SELECT count(*) FROM text_messages WHERE campaign_id = ?"
                + " AND state IN ('QUEUED', 'SENDING'" + (preNoticesOnly ? ") AND kind = 'PRE_NOTICE'"
                : ", 'SUBMITTED')"), statement -> {
                    statement.setLong(1, campaignId);
                    try (ResultSet result = statement.executeQuery()) {
                        result.next();
                        return result.getInt(1);
                    }
                });
    }

    /** DEMO ONLY: the first calls the pre-notices hold back become due now; returns how many. */
    @Transactional
    public int callNow(long campaignId) {
        return jdbc.prepareStatement("UPDATE respondents SET next_attempt_at = ? WHERE campaign_id = ?"
                + " AND status = 'PENDING' AND attempts = 0 AND next_attempt_at > ?", statement -> {
                    Timestamp now = Timestamp.from(clock.instant());
                    statement.setTimestamp(1, now);
                    statement.setLong(2, campaignId);
                    statement.setTimestamp(3, now);
                    return statement.executeUpdate();
                });
    }

    /** Residents whose first call was queued before their pre-notice was submitted (none should be). */
    @Transactional
    public List<String> calledBeforeTheirPreNotice(long campaignId) {
        return jdbc.prepareStatement("SELECT replace(r.external_ref, 'demo:', '') FROM text_messages t"
                + " JOIN respondents r ON r.id = t.respondent_id WHERE t.campaign_id = ? AND t.kind = 'PRE_NOTICE'"
                + " AND EXISTS (SELECT 1 FROM call_attempts a WHERE a.respondent_id = r.id"
                + " AND (t.submitted_at IS NULL OR a.queued_at < t.submitted_at)) ORDER BY r.id", statement -> {
                    statement.setLong(1, campaignId);
                    List<String> names = new ArrayList<>();
                    try (ResultSet result = statement.executeQuery()) {
                        while (result.next()) {
                            names.add(result.getString(1));
                        }
                    }
                    return names;
                });
    }

    /** The campaign's texts in the order they were made. */
    @Transactional
    public List<Sent> sent(long campaignId) {
        return jdbc.prepareStatement("SELECT replace(r.external_ref, 'demo:', ''), r.phone_e164, t.kind, t.state,"
                + " t.smsc_id FROM text_messages t JOIN respondents r ON r.id = t.respondent_id"
                + " WHERE t.campaign_id = ? ORDER BY t.id", statement -> {
                    statement.setLong(1, campaignId);
                    List<Sent> rows = new ArrayList<>();
                    try (ResultSet result = statement.executeQuery()) {
                        while (result.next()) {
                            rows.add(new Sent(result.getString(1), result.getString(2), result.getString(3),
                                    result.getString(4), result.getString(5)));
                        }
                    }
                    return rows;
                });
    }
}
