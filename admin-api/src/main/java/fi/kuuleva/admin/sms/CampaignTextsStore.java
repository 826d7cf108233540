package fi.kuuleva.admin.sms;

import fi.kuuleva.campaign.PhoneNumber;
import io.micronaut.core.type.Argument;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/** Stores each campaign's {@link CampaignTexts} (table campaign_texts), in the caller's transaction (or one of its own). Thread-safe. */
@Singleton
@Transactional
public class CampaignTextsStore {

    private static final Argument<Map<String, String>> TEXTS = Argument.mapOf(String.class, String.class);

    private final JdbcOperations jdbc;
    private final JsonMapper json;

    CampaignTextsStore(JdbcOperations jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public Optional<CampaignTexts> find(long campaignId) {
        return jdbc.prepareStatement("SELECT max_segments, call_back_number, CAST(pre_notice AS text) AS pre_notice,"
                + " pre_notice_lead_min, CAST(follow_up AS text) AS follow_up, follow_up_after FROM campaign_texts"
                + " WHERE campaign_id = ?", statement -> {
                    statement.setLong(1, campaignId);
                    try (ResultSet row = statement.executeQuery()) {
                        return row.next() ? Optional.of(read(row)) : Optional.empty();
                    }
                });
    }

    public void save(long campaignId, CampaignTexts texts, String officer, Instant at) {
        jdbc.prepareStatement("INSERT INTO campaign_texts (campaign_id, max_segments, call_back_number, pre_notice,"
                + " pre_notice_lead_min, follow_up, follow_up_after, updated_at, updated_by)"
                + " VALUES (?, ?, ?, CAST(? AS jsonb), ?, CAST(? AS jsonb), ?, ?, ?) ON CONFLICT (campaign_id) DO UPDATE"
                + " SET max_segments = EXCLUDED.max_segments, call_back_number = EXCLUDED.call_back_number,"
                + " pre_notice = EXCLUDED.pre_notice, pre_notice_lead_min = EXCLUDED.pre_notice_lead_min,"
                + " follow_up = EXCLUDED.follow_up, follow_up_after = EXCLUDED.follow_up_after,"
                + " updated_at = EXCLUDED.updated_at, updated_by = EXCLUDED.updated_by", statement -> {
                    statement.setLong(1, campaignId);
                    statement.setInt(2, texts.maxSegments());
                    statement.setString(3, texts.callBackNumber().map(PhoneNumber::e164).orElse(null));
                    statement.setString(4, texts.preNotice().map(set -> write(set.byCode())).orElse(null));
                    statement.setInt(5, (int) texts.lead().toMinutes());
                    statement.setString(6, texts.followUp().map(set -> write(set.byCode())).orElse(null));
                    statement.setInt(7, texts.followUpAfter());
                    statement.setTimestamp(8, Timestamp.from(at));
                    statement.setString(9, officer);
                    return statement.executeUpdate();
                });
    }

    private CampaignTexts read(ResultSet row) throws SQLException {
        String callBack = row.getString("call_back_number");
        return new CampaignTexts(row.getInt("max_segments"),
                Optional.ofNullable(callBack).map(PhoneNumber::new), set(row.getString("pre_notice")),
                Duration.ofMinutes(row.getInt("pre_notice_lead_min")), set(row.getString("follow_up")),
                row.getInt("follow_up_after"));
    }

    private Optional<TextSet> set(String stored) {
        if (stored == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(TextSet.ofCodes(json.readValue(stored, TEXTS)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String write(Map<String, String> texts) {
        try {
            return json.writeValueAsString(texts);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
