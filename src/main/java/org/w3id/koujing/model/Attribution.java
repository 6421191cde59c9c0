package org.w3id.koujing.model;

/** How a claim came to have its speaker, so that users can weigh uncertain attributions. */
public enum Attribution {
    /** A speech verb with the official as its subject, in the same sentence. */
    EXPLICIT_CUE,
    /** Quoted speech, attributed by a speech verb right after the quotation (“……”王某说。). */
    QUOTATION,
    /** Carried over from an earlier sentence of the paragraph, or from the paragraph before. */
    CARRY_OVER,
    /** Narration: the text gives no speaker. */
    NONE
}
