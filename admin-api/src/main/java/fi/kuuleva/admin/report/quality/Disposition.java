package fi.kuuleva.admin.report.quality;

/**
 * A respondent's final disposition, with its code in AAPOR's Standard Definitions for telephone surveys of
 * listed (register-sampled) persons. Only the codes this system can tell apart are here.
 */
public enum Disposition {
    COMPLETE("1.1", DispositionCategory.COMPLETE),
    PARTIAL("1.2", DispositionCategory.PARTIAL),
    /** Declined at the consent question, or asked never to be called (opt-out). */
    REFUSAL("2.11", DispositionCategory.REFUSAL),
    /** Answered, then hung up or fell silent before enough of the survey was answered. */
    BREAK_OFF("2.12", DispositionCategory.REFUSAL),
    /** Only answering machines reached. */
    ANSWERING_MACHINE("2.22", DispositionCategory.NON_CONTACT),
    /** Reached and asked for a person to call back instead: eligible, no interview. */
    OTHER_NON_INTERVIEW("2.30", DispositionCategory.OTHER),
    NOT_ATTEMPTED("3.11", DispositionCategory.UNKNOWN_HOUSEHOLD),
    ALWAYS_BUSY("3.12", DispositionCategory.UNKNOWN_HOUSEHOLD),
    NO_ANSWER("3.13", DispositionCategory.UNKNOWN_HOUSEHOLD),
    /** Calls that could not be placed for technical reasons (trunk, congestion). */
    TECHNICAL_FAILURE("3.16", DispositionCategory.UNKNOWN_HOUSEHOLD),
    /** Answered, but the call dropped before anyone could tell a person from a machine. */
    UNKNOWN_OTHER("3.90", DispositionCategory.UNKNOWN_OTHER),
    /** The network said the number does not exist or has changed. */
    NON_WORKING_NUMBER("4.31", DispositionCategory.NOT_ELIGIBLE);

    private final String code;
    private final DispositionCategory category;

    Disposition(String code, DispositionCategory category) {
        this.code = code;
        this.category = category;
    }

    /** The AAPOR code, e.g. "2.12". */
    public String code() {
        return code;
    }

    public DispositionCategory category() {
        return category;
    }
}
