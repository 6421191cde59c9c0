package org.w3id.koujing.model;

import java.util.Optional;

/**
 * A person holding a post, as found in one article. Identity is the name in Simplified script; the
 * post (title as written, and the body) is what this article says about them.
 */
public record Official(Label name, Optional<String> title, Optional<Ministry> ministry) {

    public String key() {
        return name.hans();
    }
}
