package fi.kuuleva.demo;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** SIPp phones of asterisk-config/bin for the inbound tests: a resident calling in, a member of staff answering. */
final class SipPhones {

    private SipPhones() {
    }

    /** A resident calling the survey number from {@code from}: {@code sipp-call} with these options. */
    static Process callIn(String from, String... options) throws IOException {
        return start("sipp-call", "target/sipp-call.log", concat(List.of("--from", from), options));
    }

    /** A member of staff's phone on 127.0.0.1:5072 ({@code PJSIP/staff}): {@code sipp-answer} with these options. */
    static Process staff(String... options) throws IOException {
        return start("sipp-answer", "target/sipp-staff.log", concat(List.of("--port", "5072"), options));
    }

    private static List<String> concat(List<String> first, String... more) {
        List<String> all = new ArrayList<>(first);
        all.addAll(List.of(more));
        return all;
    }

    private static Process start(String tool, String log, List<String> options) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(CampaignCallsIT.repo().resolve("asterisk-config/bin/" + tool).toString());
        command.addAll(options);
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(new File(log))).start();
    }
}
