package org.w3id.koujing.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.w3id.koujing.text.ScriptConverter;

class IriSchemeTest {

    private final IriScheme iris = IriScheme.standard();

    @Test
    void mintsReadableIrisFromPinyinAndAShortHash() {
        String iri = iris.official("李乐成");
        assertTrue(iri.matches("https://w3id\\.org/koujing/id/official/li-le-cheng-[0-9a-f]{4}"), iri);
        assertEquals(iri, iris.official("李乐成"), "deterministic");
        assertEquals(iri, iris.official(ScriptConverter.toSimplified("李樂成")), "one IRI whatever the script");
    }

    @Test
    void keepsHomophonesApart() {
        assertNotEquals(iris.official("李乐成"), iris.official("李乐诚"));
    }

    @Test
    void cutsLongSlugsAtAWordBoundary() {
        String iri = iris.metric("规模以上制造业企业人工智能技术应用普及率以及数字化转型指数综合评价");
        String slug = iri.substring(iri.lastIndexOf('/') + 1);
        assertTrue(slug.length() <= 48 + 5, slug);
        assertTrue(slug.matches("[a-z0-9-]+-[0-9a-f]{4}"), slug);
    }

    @Test
    void namesArticlesAfterTheirSource() {
        assertTrue(iris.article("nbs/gdp-2024.txt").startsWith("https://w3id.org/koujing/id/article/nbs-gdp-2024-"));
        assertNotEquals(iris.article("a.txt"), iris.article("a.jsonl"));
        assertEquals("https://example.org/x/ministry/miit", new IriScheme("https://example.org/x/").ministry("miit"));
    }
}
