package io.macrodigest.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class UrlCanonicalizerTest {

    @Test
    void trackingParametersFragmentsDefaultPortsAndHostCaseGo() {
        assertEquals("https://news.example.com/a/b?id=7",
                UrlCanonicalizer.canonicalize("HTTPS://News.Example.COM:443/a/b?utm_source=x&id=7&fbclid=abc#comments"));
        assertEquals("http://example.com:8080/", UrlCanonicalizer.canonicalize("http://example.com:8080"));
        assertEquals("http://example.com/", UrlCanonicalizer.canonicalize("http://example.com:80/?utm_medium=email"));
    }

    @Test
    void aDeclaredCanonicalCountsOnlyOnTheSameSite() {
        assertEquals("https://www.example.com/story",
                UrlCanonicalizer.choose("https://example.com/amp/story", "https://www.example.com/story?utm_campaign=x"));
        assertEquals("https://example.com/amp/story",
                UrlCanonicalizer.choose("https://example.com/amp/story", "https://attacker.example.net/story"));
    }

    @Test
    void relativeOrMalformedUrlsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> UrlCanonicalizer.canonicalize("/just/a/path"));
        assertThrows(IllegalArgumentException.class, () -> UrlCanonicalizer.canonicalize("http://exa mple.com/"));
    }
}
