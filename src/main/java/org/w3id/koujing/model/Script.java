package org.w3id.koujing.model;

/** The two scripts of written Chinese, with the language tags that label literals in them. */
public enum Script {
    HANS("zh-Hans"),
    HANT("zh-Hant");

    private final String languageTag;

    Script(String languageTag) {
        this.languageTag = languageTag;
    }

    public String languageTag() {
        return languageTag;
    }
}
