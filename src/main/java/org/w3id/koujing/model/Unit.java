package org.w3id.koujing.model;

/**
 * A unit of measure from the unit catalogue: a short code (CNY, percent, count, ...), the IRI it is
 * published under, and its labels.
 */
public record Unit(String code, String iri, String labelEn, Label label) {
}
