package org.w3id.koujing.model;

/** What a figure states: a level, a change of a level, or a share of a whole. */
public enum FigureKind {
    LEVEL,
    CHANGE,
    SHARE
}
