package fi.kuuleva.admin.sms;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kuuleva.admin.ApiCalls;
import fi.kuuleva.admin.Fixtures;
import fi.kuuleva.admin.SettableClock;
import fi.kuuleva.admin.TestDatabase;
import fi.kuuleva.admin.TestRows;
import fi.kuuleva.admin.respondent.RespondentRepository;
import fi.kuuleva.admin.respondent.StoredRespondent;
import fi.kuuleva.admin.security.Roles;
import fi.kuuleva.admin.security.TestLogins;
import fi.kuuleva.admin.sms.encoding.SmsEncoding;
import fi.kuuleva.dialler.AttemptEnd;
import fi.kuuleva.dialler.ClaimedCall;
import fi.kuuleva.dialler.DispatchStore;
import fi.kuuleva.smsc.SmscSimulator;
import fi.kuuleva.survey.Language;
import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Campaign texts end to end against a real SMPP server ({@link SmscSimulator}): the service's own Camel routes plan,
 * send and store receipts on a settable clock (Monday 3 March 2025, 11:00 in Helsinki), while the tests claim calls
 * as the dispatcher does.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CampaignTextsIT implements TestPropertyProvider {

    static final String PRE_NOTICE_FI = "Hei! Pirkkalan kunta soittaa teille {date} numerosta 0100 0000 hyvinvointikyselyn"
            + " vuoksi. Tarkistus: {number}. Jos ette halua puhelua, vastatkaa EI.";
    static final String PRE_NOTICE_SV = "Hej! Birkala kommun ringer er {date} från 0100 0000 om en enkät. Kontroll:"
            + " {number}. Svara NEJ om ni inte vill bli uppringd.";
    static final String FOLLOW_UP_SV = "Kommunen försökte ringa er om en enkät. Ring tillbaka: {number}.";
    static final String CALL_BACK = "+35891234567";
    static final String LANDLINE = "+35861234567";

    SmscSimulator smsc;

    @Inject
    ApplicationContext context;
    @Inject
    @Client("/")
    HttpClient http;
    @Inject
    Fixtures fixtures;
    @Inject
    TestRows rows;
    @Inject
    RespondentRepository respondents;
    @Inject
    DispatchStore dispatch;
    @Inject
    SettableClock clock;

    ApiCalls officer;

    @Override
    public Map<String, String> getProperties() {
        smsc = SmscSimulator.start((coding, bytes) -> SmsEncoding.ofDataCoding(coding).decode(bytes));
        Map<String, String> properties = new HashMap<>(TestDatabase.freshDatabase());
        properties.putAll(Map.of("kuuleva.test.clock", "settable",
                "kuuleva.sms.enabled", "true",
                "kuuleva.sms.send-every", "200ms",
                "kuuleva.sms.plan-every", "200ms",
                "kuuleva.sms.call-back-number", "09 1234567",
                "kuuleva.sms.smpp.port", String.valueOf(smsc.port()),
                "kuuleva.sms.smpp.password", SmscSimulator.PASSWORD,
                "micronaut.http.client.read-timeout", "60s"));
        return properties;
    }

    @BeforeAll
    void login() {
        officer = new ApiCalls(http, TestLogins.bearer(context, Roles.OFFICER));
    }

    @BeforeEach
    void monday11() {
        clock.set(Fixtures.NOW);
    }

    @AfterAll
    void stopSmsc() throws Exception {
        smsc.close();
    }

    @Test
    void thePreNoticeGoesToMobilesInTheirLanguageADayBeforeTheirFirstCall() {
        long campaign = campaign(Map.of("maxSegments", 2, "preNotice",
                Map.of("leadHours", 24, "texts", Map.of("fi", PRE_NOTICE_FI, "sv", PRE_NOTICE_SV))));
        String finn = respondent(campaign, 800_001, Language.FI);
        String swede = respondent(campaign, 800_002, Language.SV);
        String unknown = respondent(campaign, 800_003, null);
        respondents.save(StoredRespondent.pending(campaign, LANDLINE, Language.FI, null, null, null, null,
                Fixtures.IMPORTED));
        start(campaign);

        await().atMost(Duration.ofSeconds(30)).until(() -> delivered(campaign) == 3);
        assertEquals(List.of(), smsc.receivedBy(LANDLINE), "a landline is never texted");
        String fi = PRE_NOTICE_FI.replace("{date}", "4.3.").replace("{number}", "09 1234567");
        assertEquals(List.of(fi), texts(finn));
        assertEquals(List.of(PRE_NOTICE_SV.replace("{date}", "4.3.").replace("{number}", "09 1234567")),
                texts(swede));
        assertEquals(List.of(fi), texts(unknown), "Finnish when the register gives no language");
        assertEquals(SmsEncoding.GSM_7.dataCoding(), smsc.receivedBy(swede).get(0).dataCoding());

        Instant dayLater = Fixtures.NOW.plus(Duration.ofHours(24));
        List<ClaimedCall> now = dispatch.claimDue(List.of(campaign), Fixtures.NOW, 10, "test");
        assertEquals(List.of(LANDLINE), now.stream().map(ClaimedCall::phoneE164).toList(),
                "only the landline is called at once");
        assertEquals(0, dispatch.claimDue(List.of(campaign), dayLater.minusSeconds(60), 10, "test").size());
        assertEquals(3, dispatch.claimDue(List.of(campaign), dayLater, 10, "test").size(),
                "the texted residents are called a day after their text");
    }

    @Test
    void aStopReplyPutsTheNumberOnTheDoNotCallList() throws Exception {
        long campaign = campaign(Map.of("preNotice", Map.of("leadHours", 24, "texts", Map.of("fi", PRE_NOTICE_FI))));
        String phone = respondent(campaign, 810_001, Language.FI);
        long other = fixtures.runningCampaign("another round", 3, 0);
        rows.insertRespondents(other, 810_001, 1, Language.FI, Fixtures.IMPORTED);
        start(campaign);
        await().atMost(Duration.ofSeconds(30)).until(() -> delivered(campaign) == 1);

        smsc.reply(phone, SmsEncoding.GSM_7.dataCoding(), SmsEncoding.GSM_7.encode(" Stop "));
        await().atMost(Duration.ofSeconds(30)).until(() -> officer.list("/api/do-not-call").stream()
                .anyMatch(entry -> phone.equals(entry.get("phone")) && "TEXT".equals(entry.get("source"))));
        assertEquals(1, rows.respondentsWithStatus(campaign, "DONE"), "not called in this campaign");
        assertEquals(1, rows.respondentsWithStatus(other, "DONE"), "nor in any other");
        assertEquals(0, dispatch.claimDue(List.of(campaign, other), Fixtures.NOW.plus(Duration.ofDays(2)), 10,
                "test").size());
    }

    @Test
    void anUndeliveredTextIsTriedAgainWithinTheLimitAndShownToOfficers() {
        long campaign = campaign(Map.of("preNotice", Map.of("leadHours", 24, "texts", Map.of("fi", PRE_NOTICE_FI))));
        String phone = respondent(campaign, 820_001, Language.FI);
        smsc.undeliverable(phone);
        start(campaign);
        // queued again with the receipt's status (not the planned text still QUEUED while the first submit goes out)
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            Map<String, Object> text = message(campaign);
            return "QUEUED".equals(text.get("state")) && text.get("detail") != null
                    && smsc.receivedBy(phone).size() == 1;
        });
        assertTrue(message(campaign).get("detail").toString().contains("UNDELIV"), message(campaign).toString());

        clock.set(Fixtures.NOW.plus(Duration.ofMinutes(31)));
        await().atMost(Duration.ofSeconds(30)).until(() -> smsc.receivedBy(phone).size() == 2
                && "QUEUED".equals(message(campaign).get("state")));
        clock.set(Fixtures.NOW.plus(Duration.ofMinutes(62)));
        await().atMost(Duration.ofSeconds(30)).until(() -> "UNDELIVERED".equals(message(campaign).get("state")));
        Map<String, Object> last = message(campaign);
        assertEquals(true, last.get("attention"));
        assertEquals(3, last.get("tries"));
        clock.set(Fixtures.NOW.plus(Duration.ofMinutes(200)));
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
                .until(() -> smsc.receivedBy(phone).size() == 3);
    }

    @Test
    void aFollowUpAfterTwoCallsThatDidNotReachTheResidentGivesTheNumberToCallBack() {
        long campaign = campaign(Map.of("callBackNumber", CALL_BACK,
                "followUp", Map.of("afterAttempts", 2, "texts", Map.of("fi", "Kunta yritti soittaa. Soita {number}.",
                        "sv", FOLLOW_UP_SV))));
        String swede = respondent(campaign, 830_001, Language.SV);
        respondents.save(StoredRespondent.pending(campaign, LANDLINE, Language.SV, null, null, null, null,
                Fixtures.IMPORTED));
        start(campaign);
        for (int attempt = 1; attempt <= 2; attempt++) {
            Instant at = Fixtures.NOW.plus(Duration.ofHours(attempt));
            List<ClaimedCall> calls = dispatch.claimDue(List.of(campaign), at, 10, "test");
            assertEquals(2, calls.size(), "no pre-notice holds the calls back");
            assertEquals(List.of(), smsc.receivedBy(swede), "no follow-up before the second attempt ends");
            calls.forEach(call -> dispatch.finish(call.attemptId(),
                    AttemptEnd.retried("NO_ANSWER", at.plusSeconds(30), at.plus(Duration.ofMinutes(50)))));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> delivered(campaign) == 1);
        assertEquals(List.of(FOLLOW_UP_SV.replace("{number}", "09 1234567")), texts(swede));
        assertEquals(List.of(), smsc.receivedBy(LANDLINE));
        assertEquals("FOLLOW_UP", message(campaign).get("kind"));
    }

    @Test
    void badTextsAreRefusedAtTheirJsonPaths() {
        long campaign = fixtures.runningCampaign("bad texts", 3, 0);
        String uri = "/api/campaigns/" + campaign + "/texts";
        assertEquals(List.of("$.maxSegments", "$.preNotice.leadHours", "$.followUp.afterAttempts"),
                ApiCalls.errorPaths(officer.refused(400, HttpRequest.PUT(uri, Map.of("maxSegments", 3,
                        "preNotice", Map.of("leadHours", 0, "texts", Map.of("fi", "Hei")),
                        "followUp", Map.of("texts", Map.of("fi", "Hei")))))));
        assertEquals(List.of("$.preNotice.texts.de", "$.preNotice.texts.fi", "$.followUp.texts.fi",
                        "$.followUp.texts.sv"),
                ApiCalls.errorPaths(officer.refused(400, HttpRequest.PUT(uri, Map.of("maxSegments", 1,
                        "preNotice", Map.of("leadHours", 24, "texts", Map.of("fi", "a".repeat(161), "de", "Hallo")),
                        "followUp", Map.of("afterAttempts", 2, "texts", Map.of("sv", "Hej {nimi}")))))));
        assertEquals(List.of("$.callBackNumber"), ApiCalls.errorPaths(officer.refused(400,
                HttpRequest.PUT(uri, Map.of("callBackNumber", "0800 12345 x")))));
        officer.refused(404, HttpRequest.GET("/api/campaigns/999999/texts"));
    }

    @Test
    void analystsSeeWhetherAPreNoticeWentByGroupSuppressedAsEveryFigure() {
        ApiCalls analyst = new ApiCalls(http, TestLogins.bearer(context, Roles.ANALYST));
        long version = fixtures.testSurvey().versionId();
        Map<String, Object> report = analyst.get("/api/reports/versions/" + version + "/pre-notices?by=language");
        assertEquals("language", report.get("by"));
        Map<?, ?> total = (Map<?, ?>) report.get("total");
        assertTrue(total.containsKey("called") && total.containsKey("noticedReached"), report.toString());
        assertTrue(((List<?>) report.get("groups")).stream().map(g -> (Map<?, ?>) ((Map<?, ?>) g).get("called"))
                .allMatch(cell -> cell.containsKey("suppressed") || ((Number) cell.get("count")).longValue() >= 5),
                "no group of fewer than five is published");
        assertEquals(List.of("$.by"), ApiCalls.errorPaths(analyst.refused(400,
                HttpRequest.GET("/api/reports/versions/" + version + "/pre-notices?by=street"))));
    }

    private long campaign(Map<String, Object> texts) {
        Map<String, Object> created = officer.post("/api/campaigns", Map.of("name", "texts",
                "surveyVersionId", fixtures.testSurvey().versionId(), "maxAttempts", 3,
                "callingWindows", List.of(Map.of("days", "MON-FRI", "from", "10:00", "to", "18:00")))).body();
        long id = ((Number) created.get("id")).longValue();
        assertEquals(200, officer.put("/api/campaigns/" + id + "/texts", texts).code());
        return id;
    }

    private String respondent(long campaign, long number, Language language) {
        rows.insertRespondents(campaign, number, 1, language, Fixtures.IMPORTED);
        return "+358" + (4_000_000_000L + number);
    }

    private void start(long campaign) {
        assertEquals(200, officer.post("/api/campaigns/" + campaign + "/start", Map.of()).code());
    }

    private long delivered(long campaign) {
        return officer.list("/api/campaigns/" + campaign + "/text-messages").stream()
                .filter(m -> "DELIVERED".equals(m.get("state"))).count();
    }

    private Map<String, Object> message(long campaign) {
        return officer.list("/api/campaigns/" + campaign + "/text-messages").get(0);
    }

    private List<String> texts(String phone) {
        return smsc.receivedBy(phone).stream().map(SmscSimulator.Received::text).toList();
    }
}
