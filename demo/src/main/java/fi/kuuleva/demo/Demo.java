package fi.kuuleva.demo;

import fi.kuuleva.admin.Application;
import fi.kuuleva.admin.security.Users;
import fi.kuuleva.admin.sms.TextPlanner;
import fi.kuuleva.admin.survey.PublishedVersion;
import fi.kuuleva.admin.survey.SurveyEngines;
import fi.kuuleva.calls.Telephony;
import fi.kuuleva.campaign.PhoneNumber;
import fi.kuuleva.dialler.Dispatcher;
import fi.kuuleva.smsc.SmscSimulator;
import fi.kuuleva.speech.asr.SpeechLanguages;
import fi.kuuleva.survey.Language;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.Micronaut;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;

/**
 * DEMO ONLY ({@code ./ivr demo}): runs the service with its dispatcher against the local Asterisk's simulated
 * residents, publishes {@code examples/kotona-asuminen.yaml}, runs a fresh campaign of twelve residents with short
 * retry delays and an always-open calling window, texts their mobiles through an SMSC simulator (an SMPP server in
 * this process), shows progress, and prints the results with the texts each resident received.
 * Arguments: the survey script (default examples/kotona-asuminen.yaml); {@code --keep} keeps the service running
 * after the summary until Enter or Ctrl-C.
 */
public final class Demo {

    private static final Duration RETRY_DELAY = Duration.ofSeconds(15);
    private static final Duration TIME_LIMIT = Duration.ofMinutes(20);
    private static final PrintStream OUT = System.out;

    private Demo() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("logback.configurationFile", "logback-demo.xml");
        Path script = Path.of("examples/kotona-asuminen.yaml");
        boolean keep = false;
        for (String arg : args) {
            if (arg.equals("--keep")) {
                keep = true;
            } else {
                script = Path.of(arg);
            }
        }
        Map<String, Object> properties = new HashMap<>();
        properties.put("kuuleva.asterisk.servers.local.channel", "Local/{digits}@simulated-residents");
        properties.put("kuuleva.asterisk.servers.local.simulated", true);
        properties.put("kuuleva.asterisk.servers.local.max-concurrent-calls", 12);
        properties.put("kuuleva.asterisk.servers.local.call-starts-per-second", 2);
        properties.put("kuuleva.asterisk.servers.local.ring-seconds", 12);
        properties.put("kuuleva.dispatcher.public-holidays", false);
        Path englishModel = Path.of(System.getProperty("kuuleva.speech.models.en",
                env("KUULEVA_VOSK_MODEL_EN", "speech/target/models/en")));
        boolean english = englishModel.toFile().isDirectory();
        properties.put("kuuleva.speech.models.en", english ? englishModel.toAbsolutePath().toString() : "");
        fi.kuuleva.admin.security.SigningKey.provide(Path.of(env("KUULEVA_VAR_DIR", "var")));
        try (SmscSimulator smsc = SmscSimulator.start(DemoTexts.decoder());
             ApplicationContext context = Micronaut.build(new String[0]).banner(false)
                .mainClass(Application.class).properties(with(properties, DemoTexts.settings(smsc))).start()) {
            run(context, smsc, script, english);
            String port = env("KUULEVA_HTTP_PORT", "8080");
            OUT.println();
            OUT.println("The service answers at http://127.0.0.1:" + port + "/ (web UI; API under /api, /health;"
                    + " embedded PostgreSQL, FastAGI on " + context.getBean(Telephony.class).config().agiPort()
                    + "; log in var/demo.log).");
            List<String> logins = DemoLogins.ensure(context.getBean(Users.class), Path.of(env("KUULEVA_VAR_DIR", "var")));
            if (!logins.isEmpty()) {
                OUT.println("Demo logins (also in var/demo-logins.txt):");
                logins.forEach(login -> OUT.println("  " + login));
            }
            if (keep) {
                OUT.println("Press Enter or Ctrl-C to stop it.");
                System.in.read();
            } else {
                OUT.println("Stopping it now (./ivr demo --keep leaves it running until Enter or Ctrl-C).");
            }
        }
    }

    private static Map<String, Object> with(Map<String, Object> properties, Map<String, String> more) {
        properties.putAll(more);
        return properties;
    }

    private static void run(ApplicationContext context, SmscSimulator smsc, Path script, boolean english)
            throws Exception {
        DemoCampaign demo = context.getBean(DemoCampaign.class);
        Telephony telephony = context.getBean(Telephony.class);
        PublishedVersion version = demo.publish(script);
        var engine = context.getBean(SurveyEngines.class).engine(version.versionId()).orElseThrow();
        OUT.printf("Survey %s, version %d; preparing its prompts in fi, sv and en...%n", version.slug(),
                version.versionNo());
        telephony.preparePrompts(engine.survey());
        PromptTimer timer = new PromptTimer(engine, telephony.prompts(),
                context.getBean(SpeechLanguages.class).languages());
        List<DemoResident> residents = DemoResidents.all(timer, telephony.config().media(), english);
        long campaign = demo.start("Demo " + LocalDateTime.now().withNano(0), version.versionId(), 3, RETRY_DELAY,
                residents);
        OUT.printf("Campaign %d: %d simulated residents, calling window every day 00:00-23:59 (demo: always open,"
                + " holidays ignored), at most 3 attempts, retries after %d s. Pre-notices went to the mobiles before"
                + " their first calls (a real campaign waits at least an hour, a day by default; the demo only until"
                + " they have left), a follow-up after two calls that did not reach the resident.%n", campaign,
                residents.size(), RETRY_DELAY.toSeconds());
        for (DemoResident resident : residents) {
            OUT.printf("  %-7s %-2s %-14s %s%n", resident.name(), resident.language().code(),
                    masked(resident.phoneE164()), resident.behaviour());
        }
        Dispatcher dispatcher = context.getBean(Dispatcher.class);
        awaitAmi(dispatcher);
        DemoReport report = context.getBean(DemoReport.class);
        long deadline = System.nanoTime() + TIME_LIMIT.toNanos();
        DemoReport.Progress progress = report.progress(campaign);
        while (!"COMPLETED".equals(progress.campaignState()) && System.nanoTime() < deadline) {
            OUT.print("\r" + bar(progress));
            OUT.flush();
            LockSupport.parkNanos(Duration.ofSeconds(1).toNanos());
            progress = report.progress(campaign);
        }
        OUT.println("\r" + bar(progress));
        if (!"COMPLETED".equals(progress.campaignState())) {
            OUT.println("The campaign did not complete within " + TIME_LIMIT.toMinutes() + " minutes.");
        }
        summary(report, campaign, residents);
        texts(context, smsc, campaign, residents);
    }

    /** What the SMSC received, per text: the resident, the kind and state the service keeps, and the text. */
    private static void texts(ApplicationContext context, SmscSimulator smsc, long campaign,
                              List<DemoResident> residents) {
        DemoTexts texts = context.getBean(DemoTexts.class);
        context.findBean(TextPlanner.class).ifPresent(TextPlanner::planAll);
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (texts.unsettled(campaign, false) > 0 && System.nanoTime() < deadline) {
            LockSupport.parkNanos(Duration.ofMillis(100).toNanos());
        }
        List<DemoTexts.Sent> sent = texts.sent(campaign);
        OUT.println("Texts the residents received (from the SMSC simulator on port " + smsc.port()
                + "; state as the service keeps it):");
        for (SmscSimulator.Received text : smsc.received()) {
            DemoTexts.Sent row = sent.stream().filter(s -> text.messageId().equals(s.smscId())).findFirst()
                    .orElse(new DemoTexts.Sent("?", text.to(), "?", "?", text.messageId()));
            OUT.printf("  %-7s %-14s %-10s %s%n    \"%s\"%n", row.name(), masked(text.to()),
                    row.kind(), row.state(), text.text());
        }
        sent.stream().filter(s -> s.smscId() == null).forEach(s -> OUT.printf("  %-7s %-14s %-10s %s (not sent)%n",
                s.name(), masked(s.phoneE164()), s.kind(), s.state()));
        OUT.println("Not texted, no mobile number (landlines are never texted): " + residents.stream()
                .filter(r -> !r.phoneE164().startsWith(DemoResidents.MOBILE_PREFIX)).map(DemoResident::name)
                .collect(java.util.stream.Collectors.joining(", ")));
    }

    private static void awaitAmi(Dispatcher dispatcher) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!dispatcher.connected()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("cannot log in to the local Asterisk's AMI on 127.0.0.1:5038: is it "
                        + "running (./ivr asterisk status) and is KUULEVA_AMI_SECRET right?");
            }
            LockSupport.parkNanos(Duration.ofMillis(100).toNanos());
        }
    }

    private static String bar(DemoReport.Progress progress) {
        int width = 30;
        int filled = progress.respondents() == 0 ? 0 : width * progress.done() / progress.respondents();
        return String.format("[%s%s] %2d/%d residents done, %2d in a call, %2d attempts", "#".repeat(filled),
                ".".repeat(width - filled), progress.done(), progress.respondents(), progress.inCall(),
                progress.attempts());
    }

    private static void summary(DemoReport report, long campaign, List<DemoResident> residents) {
        OUT.println();
        List<DemoReport.Row> rows = report.respondents(campaign);
        Map<String, Long> outcomes = rows.stream().collect(java.util.stream.Collectors.groupingBy(
                DemoReport.Row::outcome, java.util.TreeMap::new, java.util.stream.Collectors.counting()));
        OUT.printf("Outcomes: %s; %d attempts in all.%n", outcomes.entrySet().stream()
                .map(e -> e.getValue() + " " + e.getKey()).collect(java.util.stream.Collectors.joining(", ")),
                rows.stream().mapToInt(DemoReport.Row::attempts).sum());
        OUT.println("Residents (the expected outcome in brackets when different):");
        for (DemoReport.Row row : rows) {
            String expected = residents.stream().filter(r -> r.name().equals(row.name())).findFirst()
                    .map(DemoResident::expectedOutcome).orElse("");
            OUT.printf("  %-7s %-19s %d attempt%s%s%n", row.name(), row.outcome(), row.attempts(),
                    row.attempts() == 1 ? "" : "s", expected.equals(row.outcome()) ? "" : "  [" + expected + "]");
        }
        OUT.println("Attempts (resident, attempt, outcome, survey outcome, seconds answered):");
        for (String[] attempt : report.attempts(campaign)) {
            OUT.printf("  %-7s #%s %-19s %-19s %s%n", (Object[]) attempt);
        }
        OUT.println("Answers per question:");
        String question = "";
        for (String[] answer : report.answers(campaign)) {
            if (!answer[0].equals(question)) {
                question = answer[0];
                OUT.println("  " + question);
            }
            OUT.printf("    %-12s %s  (%s)%n", answer[1], answer[2], answer[3]);
        }
        OUT.println("Call-back requests:");
        report.callbacks(campaign).forEach(c -> OUT.printf("  %s %s at step %s, %s, preferred %s%n",
                c[0], masked(c[1]), c[2], c[3], c[4]));
        OUT.println("Asked never to be called again (do-not-call list):");
        report.optOuts(campaign).forEach(o -> OUT.printf("  %s %s%n", o[0], masked(o[1])));
    }

    /** A number as the demo prints it: {@link PhoneNumber#masked()}, never whole. */
    private static String masked(String e164) {
        return e164 == null ? "-" : new PhoneNumber(e164).masked();
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
