package fi.kuuleva.campaign.respondents;

import static fi.kuuleva.campaign.respondents.Files.accepted;
import static fi.kuuleva.campaign.respondents.Files.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fi.kuuleva.campaign.PhoneNumber;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class NewRespondentsTest {
    private final byte[] file = utf8("phone;language;municipality;birth_year", "040 1234561;fi;Imatra;1950",
            "040 1234562;sv;Imatra;1950", "040 1234563;fi;Imatra;1950");

    @Test
    void importingTheSameFileTwiceAddsNobodyTheSecondTime() {
        List<Respondent> first = accepted(file).respondents();
        NewRespondents.Split intoEmpty = NewRespondents.split(first, Set.of());
        assertEquals(3, intoEmpty.toAdd().size());
        Set<PhoneNumber> stored = intoEmpty.toAdd().stream().map(Respondent::phone).collect(Collectors.toSet());
        NewRespondents.Split again = NewRespondents.split(accepted(file).respondents(), stored);
        assertEquals(List.of(), again.toAdd());
        assertEquals(3, again.alreadyInCampaign().size());
    }

    @Test
    void aLongerFileAddsOnlyTheNewRows() {
        Set<PhoneNumber> stored = Set.of(new PhoneNumber("+358401234562"));
        NewRespondents.Split split = NewRespondents.split(accepted(file).respondents(), stored);
        assertEquals(List.of(2, 4), split.toAdd().stream().map(Respondent::line).toList());
        assertEquals(List.of(3), split.alreadyInCampaign().stream().map(Respondent::line).toList());
    }
}
