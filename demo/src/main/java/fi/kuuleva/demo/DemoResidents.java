package fi.kuuleva.demo;

import fi.kuuleva.survey.Language;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * DEMO ONLY: the demo's twelve simulated residents for {@code examples/kotona-asuminen.yaml} (language: 1 fi,
 * 2 sv, 3 en; consent 1 yes, 2 no; 0 call-back and 9 opt-out, each pressed twice to confirm, a call-back then 1
 * morning or 2 afternoon), numbers +358000999101..., except six with mobile numbers +3584000999101... that the
 * campaign texts ({@link DemoTexts}). Keys are pressed a second apart while prompts play (they interrupt them); speech
 * starts after the prompts end. A resumed call asks neither language nor consent.
 */
public final class DemoResidents {

    public static final String NUMBER_PREFIX = "+358000999";
    /** Mobile numbers (libphonenumber: 040 and eight digits), the only ones texted. */
    public static final String MOBILE_PREFIX = "+3584000999";
    /** Who has a mobile: a pre-notice in each language, and follow-ups after calls that do not reach them. */
    static final Set<String> MOBILE = Set.of("Aino", "Bertil", "Grace", "Veikko", "Lahja", "Kerttu");

    private DemoResidents() {
    }

    public static List<DemoResident> all(PromptTimer timer, Path media, boolean english) {
        List<DemoResident> residents = new ArrayList<>();
        residents.add(keys(1, "Aino", Language.FI, "answers every question by key", "1", "1", "4", "2", "1", "1", "4", "1"));
        residents.add(keys(2, "Bertil", Language.SV, "answers by key in Swedish, no home care", "2", "1", "5", "1", "1", "2", "1"));
        residents.add(keys(3, "Elsa", Language.FI, "answers by key", "1", "1", "3", "3", "2", "1", "2", "2"));
        if (english) {
            double toSafe = timer.secondsAfter(Language.EN, "3", "1", "4", "2");
            ResidentScript grace = ResidentScript.keys("3", "1", "4", "2").waits(toSafe + 0.5)
                    .says(timer.spoken("Yes.")).waits(1).presses("2").waits(1).presses("1");
            residents.add(resident(4, "Grace", Language.EN, "answers in English, 'yes' by voice",
                    Map.of("RESIDENT_SCRIPT", grace.toString()), "COMPLETED"));
        } else {
            residents.add(keys(4, "Grace", Language.EN, "answers in English by key (no English speech model)",
                    "3", "1", "4", "2", "1", "2", "1"));
        }
        residents.add(resident(5, "Veikko", Language.FI, "is always busy",
                Map.of("RESIDENT_BUSY", "1"), "BUSY"));
        residents.add(resident(6, "Helmi", Language.FI, "does not answer, then answers the retry",
                Map.of("attempt1.RESIDENT_NO_ANSWER", "1",
                        "RESIDENT_SCRIPT", ResidentScript.keys("1", "1", "2", "2", "1", "1", "3", "1").toString()),
                "COMPLETED"));
        residents.add(resident(7, "Toivo", Language.FI, "hangs up mid-survey, finishes on the retry",
                Map.of("attempt1.RESIDENT_SCRIPT", ResidentScript.keys("1", "1", "3", "2").waits(1).hangsUp().toString(),
                        "RESIDENT_SCRIPT", ResidentScript.keys("1", "2", "1").toString()),
                "COMPLETED"));
        residents.add(resident(8, "Lahja", Language.FI, "has a voicemail",
                Map.of("RESIDENT_VOICEMAIL", "1"), "MACHINE"));
        residents.add(resident(9, "Olavi", Language.FI, "asks never to be called again (9, 9)",
                Map.of("RESIDENT_SCRIPT", ResidentScript.keys("1", "1", "9", "9").toString()), "OPTED_OUT"));
        residents.add(resident(10, "Kerttu", Language.FI, "asks for a person to call back in the morning (0, 0, 1)",
                Map.of("RESIDENT_SCRIPT", ResidentScript.keys("1", "0", "0", "1").toString()), "CALLBACK_REQUESTED"));
        residents.add(keys(11, "Sven", Language.SV, "does not want to answer now", "2", "2"));
        double toOpen = timer.secondsAfter(Language.FI, "1", "1", "2", "3", "1", "1", "5", "2");
        ResidentScript maija = ResidentScript.keys("1", "1", "2", "3", "1", "1", "5", "2").waits(toOpen + 0.8)
                .says(media.resolve("simulated/answer-fi").toString()).presses("#");
        residents.add(resident(12, "Maija", Language.FI, "answers by key and speaks an open answer",
                Map.of("RESIDENT_SCRIPT", maija.toString()), "COMPLETED"));
        return residents;
    }

    /** A resident who answers by {@code keys}: two keys (language, consent) refuse, more complete the survey. */
    private static DemoResident keys(int n, String name, Language language, String behaviour, String... keys) {
        String expected = keys.length == 2 ? "REFUSED" : "COMPLETED";
        return resident(n, name, language, behaviour, Map.of("RESIDENT_SCRIPT", ResidentScript.keys(keys).toString()),
                expected);
    }

    private static DemoResident resident(int n, String name, Language language, String behaviour,
                                         Map<String, String> variables, String expected) {
        String prefix = MOBILE.contains(name) ? MOBILE_PREFIX : NUMBER_PREFIX;
        return new DemoResident(name, prefix + String.format("%03d", 100 + n), language, behaviour, variables,
                expected);
    }
}
