package fi.kuuleva.admin.campaign;

import fi.kuuleva.admin.api.ApiProblem;
import fi.kuuleva.admin.audit.Auditor;
import fi.kuuleva.admin.survey.SurveyVersionRepository;
import fi.kuuleva.dialler.AsteriskServerConfig;
import fi.kuuleva.campaign.schedule.CampaignState;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Creates, changes and lists campaigns for officers; every change is audited in its transaction. Thread-safe. */
@Singleton
public class Campaigns {

    private final CampaignRepository campaigns;
    private final SurveyVersionRepository versions;
    private final Set<String> servers;
    private final Auditor audit;

    public Campaigns(CampaignRepository campaigns, SurveyVersionRepository versions,
                     List<AsteriskServerConfig> servers, Auditor audit) {
        this.campaigns = campaigns;
        this.versions = versions;
        this.servers = servers.stream().map(AsteriskServerConfig::name).collect(Collectors.toUnmodifiableSet());
        this.audit = audit;
    }

    public List<CampaignView> list() {
        return campaigns.findAllOrderById().stream().map(CampaignView::of).toList();
    }

    public CampaignView get(long id) {
        return CampaignView.of(find(id));
    }

    @Transactional
    public CampaignView create(CampaignBody body, String officer) {
        CampaignDraft draft = checked(body);
        StoredCampaign saved = campaigns.save(draft.applyTo(null, CampaignState.DRAFT, null));
        audit.record(officer, "campaign.create", "campaign/" + saved.id(), Map.of("name", saved.name(),
                "surveyVersionId", saved.surveyVersionId()));
        return CampaignView.of(campaigns.findById(saved.id()).orElseThrow());
    }

    /** Replaces the settings of a draft or paused campaign; a paused one keeps its survey version. */
    @Transactional
    public CampaignView update(long id, CampaignBody body, String officer) {
        CampaignDraft draft = checked(body);
        StoredCampaign current = campaigns.lockById(id).orElseThrow(() -> notFound(id));
        if (current.state() != CampaignState.DRAFT && current.state() != CampaignState.PAUSED) {
            throw ApiProblem.conflict("a " + current.state().name().toLowerCase() + " campaign cannot be changed;"
                    + " only draft and paused ones can");
        }
        if (current.state() == CampaignState.PAUSED && draft.surveyVersionId() != current.surveyVersionId()) {
            throw ApiProblem.conflict("a campaign that has started keeps its survey version "
                    + current.surveyVersionId());
        }
        campaigns.update(draft.applyTo(id, current.state(), current.createdAt()));
        audit.record(officer, "campaign.update", "campaign/" + id, Map.of("name", draft.name()));
        return get(id);
    }

    StoredCampaign find(long id) {
        return campaigns.findById(id).orElseThrow(() -> notFound(id));
    }

    static ApiProblem notFound(long id) {
        return ApiProblem.notFound("no campaign " + id);
    }

    private CampaignDraft checked(CampaignBody body) {
        CampaignDraft draft = CampaignForm.read(body, servers);
        if (versions.findById(draft.surveyVersionId()).isEmpty()) {
            throw ApiProblem.badRequest("$.surveyVersionId", "no published survey version " + draft.surveyVersionId());
        }
        return draft;
    }
}
