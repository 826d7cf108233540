package fi.kuuleva.telephony.ami;

import org.asteriskjava.manager.event.UserEvent;

/**
 * The dialplan's {@code UserEvent(KuulevaCallEnded, ...)} sent from the hang-up handler of every answered call
 * (see asterisk-config/conf/extensions-kuuleva.conf). Asterisk-Java fills it by its setter names; its class name
 * must stay the event name plus "Event".
 */
public class KuulevaCallEndedEvent extends UserEvent {

    private static final long serialVersionUID = 1L;

    private String attempt;
    private String amdStatus;
    private String amdCause;
    private String agiStatus;
    private String hangupCause;
    private String hangupSource;

    public KuulevaCallEndedEvent(Object source) {
        super(source);
    }

    public String getAttempt() {
        return attempt;
    }

    public void setAttempt(String attempt) {
        this.attempt = attempt;
    }

    public String getAmdStatus() {
        return amdStatus;
    }

    public void setAmdStatus(String amdStatus) {
        this.amdStatus = amdStatus;
    }

    public String getAmdCause() {
        return amdCause;
    }

    public void setAmdCause(String amdCause) {
        this.amdCause = amdCause;
    }

    public String getAgiStatus() {
        return agiStatus;
    }

    public void setAgiStatus(String agiStatus) {
        this.agiStatus = agiStatus;
    }

    public String getHangupCause() {
        return hangupCause;
    }

    public void setHangupCause(String hangupCause) {
        this.hangupCause = hangupCause;
    }

    public String getHangupSource() {
        return hangupSource;
    }

    public void setHangupSource(String hangupSource) {
        this.hangupSource = hangupSource;
    }
}
