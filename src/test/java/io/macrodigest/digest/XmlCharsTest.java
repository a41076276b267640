package io.macrodigest.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class XmlCharsTest {

    @Test
    void dropsWhatXmlCannotCarryAndKeepsEverythingElse() {
        assertEquals("Fed cuts rates", XmlChars.strip("Fed\u0008 cuts\u0000 rates\uFFFE"));
        assertEquals("tab\tline\nreturn\r", XmlChars.strip("tab\tline\nreturn\r"));
        assertEquals("lone  surrogate", XmlChars.strip("lone \uD800 surrogate"));
        assertEquals("emoji \uD83D\uDCC8 kept", XmlChars.strip("emoji \uD83D\uDCC8 kept"));
        assertEquals("", XmlChars.strip(null));
        String clean = "Yields fall · ¥ € “quotes”";
        assertSame(clean, XmlChars.strip(clean), "clean text is not copied");
    }
}
