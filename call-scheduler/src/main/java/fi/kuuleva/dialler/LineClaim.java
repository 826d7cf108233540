package fi.kuuleva.dialler;

/** What a claim on one Asterisk server's lines gave: a call to dial with its line, no line now, or nobody due. */
public sealed interface LineClaim permits Claimed, NoLine, NobodyDue {
}
