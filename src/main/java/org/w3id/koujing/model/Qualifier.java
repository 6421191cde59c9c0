package org.w3id.koujing.model;

/** How a stated number bounds the true value. */
public enum Qualifier {
    EXACTLY,
    MORE_THAN,
    AT_LEAST,
    LESS_THAN,
    AT_MOST,
    APPROXIMATELY,
    RANGE
}
