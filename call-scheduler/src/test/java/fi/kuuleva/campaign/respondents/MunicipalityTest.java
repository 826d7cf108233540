package fi.kuuleva.campaign.respondents;

import static fi.kuuleva.campaign.respondents.Files.accepted;
import static fi.kuuleva.campaign.respondents.Files.texts;
import static fi.kuuleva.campaign.respondents.Files.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Municipalities as registers and officers write them: one report group per municipality, unknown ones flagged. */
class MunicipalityTest {

    private final Municipalities municipalities = Municipalities.finnish();

    @Test
    void caseAndWhitespaceMakeNoSecondGroup() {
        Accepted result = accepted(utf8("phone;language;municipality;birth_year",
                "040 1234561;fi;TAMPERE;1950", "040 1234562;fi;tampere;1950", "040 1234563;fi; Tampere ;1950",
                "040 1234564;fi;\"Tampere\u00A0\";1950", "040 1234565;sv;NÄRPES;1950",
                "040 1234566;fi;helsingfors;1950",
                "040 1234567;fi;Tampereen  kaupunki;1950", "040 1234568;fi;Pedersöre kommun;1950"));
        assertEquals(List.of(Optional.of("Tampere"), Optional.of("Tampere"), Optional.of("Tampere"),
                        Optional.of("Tampere"), Optional.of("Närpes"), Optional.of("Helsingfors"),
                        Optional.of("Tampereen Kaupunki"), Optional.of("Pedersöre")),
                result.respondents().stream().map(Respondent::municipality).toList());
        assertEquals(List.of("line 8, column municipality: \"Tampereen Kaupunki\" is not a Finnish municipality:"
                + " imported, and counted as a group of its own in reports"), texts(result.warnings()));
    }

    @Test
    void anUnknownMunicipalityIsImportedWithAWarningOnItsLine() {
        Accepted result = accepted(utf8("puhelin;kieli;kunta;syntymävuosi",
                "040 1234561;fi;Imatra;1950", "040 1234562;fi;IMATRAA;1950", "040 1234563;fi;  nokia  ;1950"));
        assertEquals(3, result.respondents().size(), "the row is still imported");
        assertEquals(Optional.of("Imatraa"), result.respondents().get(1).municipality());
        assertEquals(Optional.of("Nokia"), result.respondents().get(2).municipality());
        assertEquals(List.of("line 3, column kunta: \"Imatraa\" is not a Finnish municipality: imported, and counted"
                + " as a group of its own in reports"), texts(result.warnings()));
    }

    @Test
    void theListHasEveryMunicipalityInBothLanguages() {
        for (String name : List.of("Helsinki", "Helsingfors", "Maarianhamina", "Mariehamn", "Jomala", "Sottunga",
                "Utsjoki", "Kemiönsaari", "Kimitoön", "Koski Tl", "Pedersören kunta", "Pedersöre",
                "Mänttä-Vilppula", "Kankaanpää")) {
            assertEquals(Optional.of(name), municipalities.find(name.toUpperCase(java.util.Locale.ROOT)), name);
        }
        assertEquals(Optional.empty(), municipalities.find("Honkajoki"), "merged into Kankaanpää in 2021");
        assertEquals(Optional.empty(), municipalities.find("Tukholma"));
    }
}
