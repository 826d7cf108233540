package fi.kuuleva.campaign.schedule;

import fi.kuuleva.campaign.Decision;
import fi.kuuleva.campaign.DoNotCallList;
import fi.kuuleva.campaign.Rejected;
import java.time.Instant;
import java.util.List;

/** The policies checked before every call, in order; pure and thread-safe if the ports are. */
public final class CallPolicies {
    private final List<CallPolicy> policies;

    public CallPolicies(List<CallPolicy> policies) {
        this.policies = List.copyOf(policies);
    }

    /** Running, within dates, in a window, not a holiday, not finished, not do-not-call, under the cap, none open, due. */
    public static CallPolicies standard(Holidays holidays, DoNotCallList doNotCall) {
        return new CallPolicies(List.of(new CampaignRunningPolicy(), new CampaignDatesPolicy(),
                new CallingWindowPolicy(), new HolidayPolicy(holidays), new NotFinishedPolicy(),
                new DoNotCallPolicy(doNotCall), new AttemptCapPolicy(), new NoCallInFlightPolicy(),
                new NextAttemptDuePolicy()));
    }

    /** Allowed, or the first rejection. */
    public Decision check(CallCandidate candidate, Instant now) {
        for (CallPolicy policy : policies) {
            Decision decision = policy.check(candidate, now);
            if (!decision.isAllowed()) {
                return decision;
            }
        }
        return Decision.allowed();
    }

    /** Every rejection, for showing an officer why a respondent is not being called. */
    public List<Rejected> rejections(CallCandidate candidate, Instant now) {
        return policies.stream().map(p -> p.check(candidate, now)).filter(Rejected.class::isInstance)
                .map(Rejected.class::cast).toList();
    }
}
