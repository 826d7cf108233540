package fi.kuuleva.campaign.schedule;

import static fi.kuuleva.campaign.schedule.CampaignState.CANCELLED;
import static fi.kuuleva.campaign.schedule.CampaignState.COMPLETED;
import static fi.kuuleva.campaign.schedule.CampaignState.DRAFT;
import static fi.kuuleva.campaign.schedule.CampaignState.PAUSED;
import static fi.kuuleva.campaign.schedule.CampaignState.RUNNING;

import fi.kuuleva.campaign.Decision;
import fi.kuuleva.campaign.Reason;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The campaign state machine. Draft may start or be cancelled; running may pause, complete or be cancelled;
 * paused may resume, complete or be cancelled; completed and cancelled are the end. Starting or resuming also
 * needs a calling window and calling time left before the last day.
 */
public final class CampaignLifecycle {
    private static final Map<CampaignState, Set<CampaignState>> MOVES = Map.of(
            DRAFT, EnumSet.of(RUNNING, CANCELLED),
            RUNNING, EnumSet.of(PAUSED, COMPLETED, CANCELLED),
            PAUSED, EnumSet.of(RUNNING, COMPLETED, CANCELLED),
            COMPLETED, EnumSet.noneOf(CampaignState.class),
            CANCELLED, EnumSet.noneOf(CampaignState.class));

    private CampaignLifecycle() {
    }

    public static Decision check(Campaign campaign, CampaignState target, Holidays holidays, Instant now) {
        CampaignState from = campaign.state();
        if (!MOVES.get(from).contains(target)) {
            return Decision.rejected(Reason.ILLEGAL_TRANSITION,
                    "a " + name(from) + " campaign cannot become " + name(target));
        }
        if (target == RUNNING) {
            if (campaign.windows().isEmpty()) {
                return Decision.rejected(Reason.NOT_READY_TO_START, "the campaign has no calling window");
            }
            if (campaign.calendar(holidays).nextCallableInstant(now).isEmpty()) {
                return Decision.rejected(Reason.NOT_READY_TO_START,
                        "no calling time is left before the campaign's last day " + campaign.lastDay());
            }
        }
        return Decision.allowed();
    }

    private static String name(CampaignState state) {
        return state.name().toLowerCase(java.util.Locale.ROOT);
    }
}
