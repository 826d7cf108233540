package fi.kuuleva.dialler;

import fi.kuuleva.telephony.ami.AmiClient;

/** One configured Asterisk server and this instance's AMI connection to it. */
record AsteriskLine(AsteriskServerConfig config, AmiClient ami) {

    String name() {
        return config.name();
    }
}
