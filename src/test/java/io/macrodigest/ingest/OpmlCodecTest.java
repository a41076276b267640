package io.macrodigest.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

class OpmlCodecTest {

    @Test
    void readsNestedOutlinesAndWritesThemBack() {
        String opml = """
                <?xml version="1.0"?>
                <opml version="2.0"><head><title>mine</title></head><body>
                  <outline text="Macro"><outline type="rss" text="Wire &amp; Co" xmlUrl="https://wire.example.com/feed.xml"/>
                    <outline type="atom" title="Atom Desk" text="ignored" xmlUrl="https://atom.example.com/feed"/></outline>
                  <outline text="folder without feed"/>
                </body></opml>""";
        List<SourceInput> inputs = OpmlCodec.read(opml.getBytes(StandardCharsets.UTF_8));
        assertEquals(2, inputs.size());
        assertEquals("Wire & Co", inputs.get(0).title());
        assertEquals("rss", inputs.get(0).kind());
        assertEquals("atom", inputs.get(1).kind());
        assertEquals("Atom Desk", inputs.get(1).title());

        String written = OpmlCodec.write(List.of(new SourceView(1, "https://wire.example.com/feed.xml?a=1&b=2",
                SourceKind.RSS, "Wire & \"Co\"", 1800, true, false, List.of(), null)));
        List<SourceInput> again = OpmlCodec.read(written.getBytes(StandardCharsets.UTF_8));
        assertEquals("https://wire.example.com/feed.xml?a=1&b=2", again.getFirst().url());
        assertEquals("Wire & \"Co\"", again.getFirst().title());
    }

    @Test
    void ourExportKeepsEveryKindAndTheTags() {
        List<SourceView> sources = new java.util.ArrayList<>();
        long id = 1;
        for (SourceKind kind : SourceKind.values()) {
            sources.add(new SourceView(id++, "https://x.example.com/" + kind.id(), kind, null, 1800, true, false,
                    List.of("macro", "crypto"), null));
        }
        List<SourceInput> again = OpmlCodec.read(OpmlCodec.write(sources).getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < sources.size(); i++) {
            assertEquals(sources.get(i).kind().id(), again.get(i).kind());
            assertEquals(List.of("macro", "crypto"), again.get(i).tags());
        }
    }

    @Test
    void somethingElseIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> OpmlCodec.read("<rss/>".getBytes(StandardCharsets.UTF_8)));
    }
}
