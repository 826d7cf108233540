package fi.kuuleva.admin.report.quality;

/**
 * The groups of final dispositions that AAPOR's outcome-rate formulas count (Standard Definitions, 10th edition):
 * complete and partial interviews, refusals and break-offs, non-contacts, other eligible non-interviews, unknown
 * eligibility with or without a known household, and cases that are not eligible.
 */
public enum DispositionCategory {
    /** I: complete interview. */
    COMPLETE,
    /** P: partial interview. */
    PARTIAL,
    /** R: refusal or break-off. */
    REFUSAL,
    /** NC: non-contact. */
    NON_CONTACT,
    /** O: other eligible non-interview. */
    OTHER,
    /** UH: unknown whether the number reaches the resident (busy, no answer, never tried). */
    UNKNOWN_HOUSEHOLD,
    /** UO: unknown eligibility, other. */
    UNKNOWN_OTHER,
    /** NE: not eligible (the number does not reach anyone). */
    NOT_ELIGIBLE
}
