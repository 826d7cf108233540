package fi.kuuleva.admin.campaign;

import fi.kuuleva.admin.security.Roles;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;

/**
 * Officers create, change and run campaigns. Bodies are checked by Micronaut validation ({@link CampaignBody}); each
 * problem is reported at its JSON path.
 */
@Controller("/api/campaigns")
@Secured(Roles.OFFICER)
@Tag(name = "Campaigns")
@ExecuteOn(TaskExecutors.BLOCKING)
class CampaignController {

    private final Campaigns campaigns;
    private final CampaignStates states;

    CampaignController(Campaigns campaigns, CampaignStates states) {
        this.campaigns = campaigns;
        this.states = states;
    }

    @Get
    List<CampaignView> list() {
        return campaigns.list();
    }

    @Get("/{id}")
    CampaignView get(long id) {
        return campaigns.get(id);
    }

    @Post
    @Consumes(MediaType.APPLICATION_JSON)
    HttpResponse<CampaignView> create(@Body @Valid CampaignBody body, Authentication authentication) {
        return HttpResponse.created(campaigns.create(body, authentication.getName()));
    }

    @Put("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    CampaignView update(long id, @Body @Valid CampaignBody body, Authentication authentication) {
        return campaigns.update(id, body, authentication.getName());
    }

    @Post("/{id}/start")
    CampaignView start(long id, Authentication authentication) {
        return states.change(id, CampaignStates.Change.START, authentication.getName());
    }

    @Post("/{id}/pause")
    CampaignView pause(long id, Authentication authentication) {
        return states.change(id, CampaignStates.Change.PAUSE, authentication.getName());
    }

    @Post("/{id}/resume")
    CampaignView resume(long id, Authentication authentication) {
        return states.change(id, CampaignStates.Change.RESUME, authentication.getName());
    }

    @Post("/{id}/cancel")
    CampaignView cancel(long id, Authentication authentication) {
        return states.change(id, CampaignStates.Change.CANCEL, authentication.getName());
    }
}
