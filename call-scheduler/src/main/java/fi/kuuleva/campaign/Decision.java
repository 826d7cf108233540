package fi.kuuleva.campaign;

/** What a policy or a state machine says about one proposed step: go ahead, or not, and why. */
public sealed interface Decision permits Allowed, Rejected {

    static Decision allowed() {
        return Allowed.INSTANCE;
    }

    static Decision rejected(Reason reason, String detail) {
        return new Rejected(reason, detail);
    }

    default boolean isAllowed() {
        return this instanceof Allowed;
    }
}
