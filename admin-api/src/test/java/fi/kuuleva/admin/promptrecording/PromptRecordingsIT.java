package fi.kuuleva.admin.promptrecording;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kuuleva.admin.ApiCalls;
import fi.kuuleva.admin.TestDatabase;
import fi.kuuleva.admin.security.Roles;
import fi.kuuleva.admin.security.TestLogins;
import fi.kuuleva.admin.survey.PublishedVersion;
import fi.kuuleva.admin.survey.SurveyEngines;
import fi.kuuleva.admin.survey.SurveyPublisher;
import fi.kuuleva.flow.Prompt;
import fi.kuuleva.script.SurveyScripts;
import fi.kuuleva.speech.audio.Pcm;
import fi.kuuleva.speech.audio.WavFiles;
import fi.kuuleva.speech.prompt.PromptFile;
import fi.kuuleva.speech.prompt.PromptFiles;
import fi.kuuleva.speech.prompt.PromptPreparer;
import fi.kuuleva.speech.tts.EspeakSynthesizer;
import fi.kuuleva.speech.tts.SpeechRequest;
import fi.kuuleva.survey.Language;
import fi.kuuleva.survey.Settings.Voice;
import fi.kuuleva.telephony.speech.SpeechAdapter;
import io.micronaut.context.ApplicationContext;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Officers record a version's prompts through the API: a good recording is what calls and previews then play, a bad
 * one is refused with its reason, and a new version keeps the recordings of unchanged texts.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PromptRecordingsIT implements TestPropertyProvider {

    private static final Path MEDIA = TestDatabase.temporaryDirectory("kuuleva-prompt-recordings");
    private static final String SCRIPT = """
            id: recorded
            title: {fi: Nauhoitettu}
            languages: [fi]
            intro: {fi: "Hyvää päivää, tässä on kunnan kysely."}
            consent: {fi: "Haluatko vastata?"}
            questions:
              - id: yksin
                type: yes_no
                text: {fi: "Asutteko yksin?"}
            closing: {fi: "Kiitos vastauksistanne."}
            """;

    @Inject
    ApplicationContext context;
    @Inject
    @Client("/")
    HttpClient http;
    @Inject
    SurveyPublisher publisher;
    @Inject
    PromptFiles promptFiles;
    @Inject
    SurveyEngines engines;

    private String officer;
    private byte[] voice;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(TestDatabase.freshDatabase());
        properties.put("kuuleva.telephony.media-dir", MEDIA.toString());
        return properties;
    }

    @BeforeAll
    void setUp() throws Exception {
        officer = TestLogins.bearer(context, Roles.OFFICER);
        // An officer's voice, as far as a test can have one: espeak-ng's female Finnish variant, at 22 kHz.
        Pcm spoken = new EspeakSynthesizer("espeak-ng", Map.of(Language.FI, "fi+f3"))
                .synthesize(new SpeechRequest("Hyvää päivää, tässä on kunnan kysely.", Language.FI, 150, 400));
        voice = WavFiles.encode(spoken);
    }

    @AfterAll
    void cleanUp() {
        TestDatabase.delete(MEDIA);
    }

    @Test
    void anUploadedRecordingIsWhatCallsAndPreviewsPlayAndANewVersionKeepsIt() throws Exception {
        PublishedVersion first = publisher.publish(SCRIPT, SurveyScripts.Format.YAML, "test");
        Prompt intro = new Prompt("intro", Language.FI, "Hyvää päivää, tässä on kunnan kysely.", false);
        String synthesized = callsPlay(intro);
        byte[] previewBefore = preview(first.versionId());

        HttpResponse<String> uploaded = upload(first.versionId(), "intro", voice, "intro.wav");
        assertEquals(201, uploaded.code(), uploaded.body());
        List<Map<String, Object>> recorded = new ApiCalls(http, officer).list("/api/survey-versions/"
                + first.versionId() + "/recordings");
        assertEquals(1, recorded.size());
        assertEquals("intro", recorded.get(0).get("promptId"));
        assertEquals("fi", recorded.get(0).get("language"));

        String played = callsPlay(intro);
        assertFalse(played.equals(synthesized), "the call streams another file: " + played);
        PromptFile file = promptFiles.fileFor("recorded", intro, Voice.DEFAULTS);
        assertTrue(file.recorded(), "the recording");
        assertEquals(8000, WavFiles.read(file.file()).sampleRate(), "in the telephone format");
        assertFalse(java.util.Arrays.equals(previewBefore, preview(first.versionId())), "the preview plays it too");
        assertArrayEquals(Files.readAllBytes(file.file()), preview(first.versionId()));
        new PromptPreparer(promptFiles).prepare(engines.engine(first.versionId()).orElseThrow().survey());

        PublishedVersion second = publisher.publish(SCRIPT.replace("Asutteko yksin?", "Asutteko yksin kotona?"),
                SurveyScripts.Format.YAML, "test");
        assertEquals(2, second.versionNo());
        assertEquals(List.of("intro"), new ApiCalls(http, officer).list("/api/survey-versions/" + second.versionId()
                + "/recordings").stream().map(r -> r.get("promptId")).toList(), "the unchanged text keeps it");
        assertEquals(played, callsPlay(intro));

        HttpResponse<String> removed = send(HttpRequest.DELETE("/api/survey-versions/" + second.versionId()
                + "/prompts/intro/recording?language=fi"));
        assertEquals(204, removed.code());
        assertEquals(synthesized, callsPlay(intro), "synthesized again");
    }

    @Test
    void whatCannotStandForThePromptIsRefusedWithItsReason() throws Exception {
        PublishedVersion version = publisher.publish(SCRIPT.replace("id: recorded", "id: refused"),
                SurveyScripts.Format.YAML, "test");
        assertRefused(upload(version.versionId(), "intro", "Hyvää päivää".getBytes(), "intro.wav"), "not audio");
        assertRefused(upload(version.versionId(), "intro", WavFiles.encode(new Pcm(new short[16000], 16000)),
                "intro.wav"), "silent");
        Pcm spoken = WavFiles.decode(voice);
        short[] loud = spoken.samples().clone();
        for (int i = 0; i < loud.length; i++) {
            loud[i] = (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, loud[i] * 40));
        }
        assertRefused(upload(version.versionId(), "intro", WavFiles.encode(new Pcm(loud, spoken.sampleRate())),
                "intro.wav"), "clipped");
        short[] thrice = new short[spoken.samples().length * 3];
        for (int i = 0; i < 3; i++) {
            System.arraycopy(spoken.samples(), 0, thrice, i * spoken.samples().length, spoken.samples().length);
        }
        assertRefused(upload(version.versionId(), "question/yksin", WavFiles.encode(new Pcm(thrice,
                spoken.sampleRate())), "yksin.wav"), "too long for its text");
        assertEquals(List.of(), new ApiCalls(http, officer).list("/api/survey-versions/" + version.versionId()
                + "/recordings"));

        String analyst = TestLogins.bearer(context, Roles.ANALYST);
        MultipartBody body = MultipartBody.builder().addPart("file", "intro.wav", MediaType.of("audio/wav"), voice)
                .build();
        HttpResponse<String> refused = send(HttpRequest.POST("/api/survey-versions/" + version.versionId()
                + "/prompts/intro/recording?language=fi", body).contentType(MediaType.MULTIPART_FORM_DATA_TYPE)
                .bearerAuth(analyst));
        assertEquals(403, refused.code());
    }

    private static void assertRefused(HttpResponse<String> response, String reason) {
        assertEquals(422, response.code(), response.body());
        assertTrue(response.body().contains(reason), response.body());
    }

    private String callsPlay(Prompt prompt) {
        return SpeechAdapter.prompts(promptFiles).fileFor("recorded", prompt, Voice.DEFAULTS);
    }

    private byte[] preview(long versionId) {
        return http.toBlocking().retrieve(HttpRequest.GET("/api/survey-versions/" + versionId
                + "/prompts/intro/audio?language=fi").bearerAuth(officer), Argument.of(byte[].class));
    }

    private HttpResponse<String> upload(long versionId, String promptId, byte[] audio, String name) {
        MultipartBody body = MultipartBody.builder().addPart("file", name, MediaType.APPLICATION_OCTET_STREAM_TYPE,
                audio).build();
        return send(HttpRequest.POST("/api/survey-versions/" + versionId + "/prompts/" + promptId
                + "/recording?language=fi", body).contentType(MediaType.MULTIPART_FORM_DATA_TYPE).bearerAuth(officer));
    }

    private HttpResponse<String> send(MutableHttpRequest<?> request) {
        if (!request.getHeaders().contains("Authorization")) {
            request.bearerAuth(officer);
        }
        try {
            return http.toBlocking().exchange(request, String.class);
        } catch (HttpClientResponseException e) {
            return HttpResponse.status(e.getStatus()).body(e.getResponse().getBody(String.class).orElse(""));
        }
    }
}
