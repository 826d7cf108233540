package fi.kuuleva.admin.sms;

import fi.kuuleva.admin.api.ApiProblem;
import fi.kuuleva.admin.audit.Auditor;
import fi.kuuleva.admin.campaign.CampaignRepository;
import fi.kuuleva.admin.security.Roles;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.transaction.annotation.Transactional;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Officers write a campaign's texts ({@link CampaignTextsBody}, each problem at its JSON path) and see every text
 * sent, with its delivery state. Changed texts apply to texts planned from then on.
 */
@Controller("/api/campaigns/{id}")
@Secured(Roles.OFFICER)
@Tag(name = "Campaign texts")
@ExecuteOn(TaskExecutors.BLOCKING)
class TextController {

    private static final CampaignTexts NONE = new CampaignTexts(CampaignTextsForm.DEFAULT_SEGMENTS, Optional.empty(),
            Optional.empty(), Duration.ofHours(24), Optional.empty(), 2);

    private final CampaignRepository campaigns;
    private final CampaignTextsStore texts;
    private final TextMessageStore messages;
    private final Auditor audit;
    private final SmsConfig config;
    private final Clock clock;

    TextController(CampaignRepository campaigns, CampaignTextsStore texts, TextMessageStore messages, Auditor audit,
                   SmsConfig config, Clock clock) {
        this.campaigns = campaigns;
        this.texts = texts;
        this.messages = messages;
        this.audit = audit;
        this.config = config;
        this.clock = clock;
    }

    @Get("/texts")
    CampaignTextsView texts(long id) {
        exists(id);
        return CampaignTextsView.of(config.enabled(), texts.find(id).orElse(NONE), config);
    }

    @Put("/texts")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    CampaignTextsView save(long id, @Body @Valid CampaignTextsBody body, Authentication authentication) {
        exists(id);
        CampaignTexts read = CampaignTextsForm.read(body, config.callBack());
        texts.save(id, read, authentication.getName(), clock.instant());
        audit.record(authentication.getName(), "campaign.texts", "campaign/" + id,
                Map.of("preNotice", read.preNotice().isPresent(), "followUp", read.followUp().isPresent()));
        return CampaignTextsView.of(config.enabled(), read, config);
    }

    /** The campaign's texts, newest first. */
    @Get("/text-messages{?limit}")
    List<TextMessageView> sent(long id, @Nullable @QueryValue @Min(1) @Max(1000) Integer limit) {
        exists(id);
        return messages.list(id, limit == null ? 200 : limit);
    }

    private void exists(long id) {
        if (!campaigns.existsById(id)) {
            throw ApiProblem.notFound("no campaign " + id);
        }
    }
}
