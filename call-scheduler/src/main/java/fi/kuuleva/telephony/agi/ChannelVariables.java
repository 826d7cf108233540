package fi.kuuleva.telephony.agi;

/** Names of the channel variables the dialplan (asterisk-config) and the service share. */
public final class ChannelVariables {

    /** The call attempt's id, set on AMI Originate. */
    public static final String ATTEMPT = "KUULEVA_ATTEMPT";
    /** The respondent's register language (fi, sv, en), set on AMI Originate. */
    public static final String LANGUAGE = "KUULEVA_LANG";
    /** The survey version the attempt's campaign pins, set on AMI Originate. */
    public static final String SURVEY = "KUULEVA_SURVEY";
    /** Asterisk's answering-machine detection result: HUMAN, MACHINE, NOTSURE or HANGUP. */
    public static final String AMD_STATUS = "AMDSTATUS";
    /** Why AMD decided so, e.g. LONGGREETING-2000-2000 or INITIALSILENCE-4000-4000. */
    public static final String AMD_CAUSE = "AMDCAUSE";

    /** Set by the service on a call to the survey number it cannot take now: BUSY (the dialplan refuses it). */
    public static final String INBOUND = "KUULEVA_INBOUND";

    private ChannelVariables() {
    }
}
