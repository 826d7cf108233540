package fi.kuuleva.campaign.respondents;

/** The file as text (any byte-order mark removed) and the encoding it was read in. */
record DecodedText(String text, String encoding) {
}
