package io.macrodigest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class HtmlDecoderTest {

    private static final String TEXT = "Größere Zinsschritte? Les marchés réagissent déjà — €";

    @Test
    void byteOrderMarkWins() {
        byte[] utf8 = concat(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf}, page("").getBytes(StandardCharsets.UTF_8));
        assertTrue(HtmlDecoder.decode(utf8, "text/html; charset=iso-8859-1").contains(TEXT));
        byte[] utf16 = concat(new byte[] {(byte) 0xff, (byte) 0xfe}, page("").getBytes(StandardCharsets.UTF_16LE));
        assertTrue(HtmlDecoder.decode(utf16, null).contains(TEXT));
    }

    @Test
    void headerCharsetIsUsed() {
        byte[] bytes = page("").getBytes(Charset.forName("windows-1252"));
        assertTrue(HtmlDecoder.decode(bytes, "text/html; charset=\"windows-1252\"").contains(TEXT));
    }

    @Test
    void metaCharsetAndHttpEquivAreUsed() {
        Charset koi8 = Charset.forName("KOI8-R");
        String russian = "Центральный банк сохранил ставку";
        byte[] meta = ("<meta charset=koi8-r><p>" + russian + "</p>").getBytes(koi8);
        assertTrue(HtmlDecoder.decode(meta, null).contains(russian));
        byte[] equiv = ("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=koi8-r\"><p>" + russian)
                .getBytes(koi8);
        assertTrue(HtmlDecoder.decode(equiv, "text/html").contains(russian));
    }

    @Test
    void declaredUtf8ThatIsNotFallsBackToWindows1252() {
        byte[] bytes = page("<meta charset=\"utf-8\">").getBytes(Charset.forName("windows-1252"));
        assertTrue(HtmlDecoder.decode(bytes, null).contains(TEXT));
    }

    @Test
    void declaredLatin1ThatIsUtf8IsReadAsUtf8() {
        byte[] bytes = page("<meta charset=\"iso-8859-1\">").getBytes(StandardCharsets.UTF_8);
        assertTrue(HtmlDecoder.decode(bytes, "text/html; charset=ISO-8859-1").contains(TEXT));
    }

    @Test
    void aUtf16LabelOnEightBitBytesIsReadAsTheBytesAre() {
        assertTrue(HtmlDecoder.decode(page("<meta charset=\"utf-16\">").getBytes(StandardCharsets.UTF_8), null)
                .contains(TEXT));
        assertTrue(HtmlDecoder.decode(page("").getBytes(Charset.forName("windows-1252")), "text/html; charset=UTF-16LE")
                .contains(TEXT));
        byte[] bom = page("").getBytes(StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[bom.length + 2];
        withBom[0] = (byte) 0xff;
        withBom[1] = (byte) 0xfe;
        System.arraycopy(bom, 0, withBom, 2, bom.length);
        assertTrue(HtmlDecoder.decode(withBom, "text/html; charset=UTF-16").contains(TEXT), "real UTF-16 has its BOM");
    }

    @Test
    void undeclaredPagesAreSniffed() {
        assertTrue(HtmlDecoder.decode(page("").getBytes(StandardCharsets.UTF_8), null).contains(TEXT));
        assertTrue(HtmlDecoder.decode(page("").getBytes(Charset.forName("windows-1252")), null).contains(TEXT));
    }

    @Test
    void unknownCharsetNamesAreIgnored() {
        byte[] bytes = page("<meta charset=\"x-made-up\">").getBytes(StandardCharsets.UTF_8);
        assertTrue(HtmlDecoder.decode(bytes, "text/html; charset=bogus").contains(TEXT));
    }

    @Test
    void nonHtmlIsRejected() {
        assertThrows(ExtractionException.class, () -> HtmlDecoder.decode(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, null));
        assertThrows(ExtractionException.class, () -> HtmlDecoder.decode(new byte[64], null));
        assertThrows(ExtractionException.class,
                () -> HtmlDecoder.decode("<p>x</p>".getBytes(StandardCharsets.UTF_8), "application/pdf"));
        assertEquals("<p>x</p>", HtmlDecoder.decode("<p>x</p>".getBytes(StandardCharsets.UTF_8), "text/html"));
    }

    private static String page(String head) {
        return "<html><head>" + head + "</head><body><p>" + TEXT + "</p></body></html>";
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
