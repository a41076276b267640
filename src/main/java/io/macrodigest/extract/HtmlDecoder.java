package io.macrodigest.extract;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the bytes of a response into text. Declarations are only hints: servers and templates often lie,
 * so a declaration is checked against what the bytes actually look like before it is trusted.
 */
final class HtmlDecoder {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final int SNIFF_BYTES = 8192;
    private static final Pattern HEADER_CHARSET = Pattern.compile("charset\\s*=\\s*[\"']?([\\w.:-]+)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([\\w.:-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern XML_ENCODING = Pattern.compile(
            "<\\?xml[^>]+encoding\\s*=\\s*[\"']([\\w.:-]+)", Pattern.CASE_INSENSITIVE);

    private HtmlDecoder() {
    }

    static String decode(byte[] body, String contentType) {
        rejectNonHtml(body, contentType);
        Charset bom = charsetFromBom(body);
        if (bom != null) {
            int skip = bom == StandardCharsets.UTF_8 ? 3 : 2;
            return new String(body, skip, body.length - skip, bom);
        }
        Charset declared = declaredCharset(body, contentType);
        if (declared != null && isUtf16(declared)) {
            // Without a BOM, real UTF-16 markup is half zero bytes and was refused above as binary: this page is
            // 8-bit text under a wrong label, which browsers also read as UTF-8.
            declared = null;
        }
        Utf8Check utf8 = Utf8Check.of(body);
        if (declared == null || declared == StandardCharsets.UTF_8) {
            // A handful of stray bytes in an otherwise UTF-8 page is a template bug, not a different charset.
            boolean mostlyUtf8 = utf8.invalid == 0 || utf8.multibyte >= 20L * utf8.invalid;
            return new String(body, mostlyUtf8 ? StandardCharsets.UTF_8 : WINDOWS_1252);
        }
        if (utf8.invalid == 0 && utf8.multibyte > 0) {
            // Real multi-byte UTF-8 sequences are practically never valid text in any other declared charset.
            return new String(body, StandardCharsets.UTF_8);
        }
        return new String(body, declared);
    }

    private static void rejectNonHtml(byte[] body, String contentType) {
        if (contentType != null) {
            String type = contentType.toLowerCase(Locale.ROOT);
            if (type.startsWith("image/") || type.startsWith("audio/") || type.startsWith("video/")
                    || type.startsWith("application/pdf") || type.startsWith("application/zip")
                    || type.startsWith("application/octet-stream") || type.startsWith("font/")) {
                throw new ExtractionException("not HTML: " + contentType);
            }
        }
        if (startsWith(body, "%PDF") || startsWith(body, "\u0089PNG") || startsWith(body, "GIF8")
                || startsWith(body, "PK\u0003\u0004")
                || (body.length > 2 && (body[0] & 0xff) == 0xff && (body[1] & 0xff) == 0xd8)) {
            throw new ExtractionException("not HTML: binary content");
        }
        int sample = Math.min(body.length, SNIFF_BYTES);
        int zeros = 0;
        for (int i = 0; i < sample; i++) {
            if (body[i] == 0) {
                zeros++;
            }
        }
        if (zeros > sample / 10 && charsetFromBom(body) == null) {
            throw new ExtractionException("not HTML: binary content");
        }
    }

    private static boolean startsWith(byte[] body, String magic) {
        if (body.length < magic.length()) {
            return false;
        }
        for (int i = 0; i < magic.length(); i++) {
            if ((body[i] & 0xff) != magic.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static Charset charsetFromBom(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xff) == 0xef && (b[1] & 0xff) == 0xbb && (b[2] & 0xff) == 0xbf) {
            return StandardCharsets.UTF_8;
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xfe && (b[1] & 0xff) == 0xff) {
            return StandardCharsets.UTF_16BE;
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    private static Charset declaredCharset(byte[] body, String contentType) {
        if (contentType != null) {
            Charset fromHeader = lookup(HEADER_CHARSET.matcher(contentType));
            if (fromHeader != null) {
                return fromHeader;
            }
        }
        String head = new String(body, 0, Math.min(body.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1);
        Charset fromMeta = lookup(META_CHARSET.matcher(head));
        return fromMeta != null ? fromMeta : lookup(XML_ENCODING.matcher(head));
    }

    private static Charset lookup(Matcher matcher) {
        if (!matcher.find()) {
            return null;
        }
        String name = matcher.group(1).toLowerCase(Locale.ROOT);
        // Browsers read these labels as windows-1252, and pages are authored against browsers.
        if (name.equals("iso-8859-1") || name.equals("latin1") || name.equals("latin-1") || name.equals("us-ascii")
                || name.equals("ascii") || name.equals("iso8859-1") || name.equals("iso_8859-1")) {
            return WINDOWS_1252;
        }
        if (name.equals("utf8")) {
            return StandardCharsets.UTF_8;
        }
        if (name.equals("gb2312") || name.equals("gbk")) {
            name = "gb18030";
        }
        try {
            Charset charset = Charset.forName(name);
            return charset.equals(StandardCharsets.UTF_8) ? StandardCharsets.UTF_8 : charset;
        } catch (RuntimeException unknownOrIllegal) {
            return null;
        }
    }

    private static boolean isUtf16(Charset charset) {
        return charset.name().startsWith("UTF-16") || charset.name().startsWith("UTF-32");
    }

    /** Counts well-formed multi-byte sequences and malformed bytes in one pass. */
    private record Utf8Check(long multibyte, long invalid) {

        static Utf8Check of(byte[] b) {
            long multibyte = 0;
            long invalid = 0;
            int i = 0;
            while (i < b.length) {
                int c = b[i] & 0xff;
                if (c < 0x80) {
                    i++;
                    continue;
                }
                int extra = c >= 0xf0 && c <= 0xf4 ? 3 : c >= 0xe0 ? (c <= 0xef ? 2 : -1) : c >= 0xc2 ? 1 : -1;
                if (extra < 0 || i + extra >= b.length) {
                    invalid++;
                    i++;
                    continue;
                }
                boolean ok = true;
                for (int k = 1; k <= extra; k++) {
                    if ((b[i + k] & 0xc0) != 0x80) {
                        ok = false;
                        break;
                    }
                }
                if (ok) {
                    multibyte++;
                    i += extra + 1;
                } else {
                    invalid++;
                    i++;
                }
            }
            return new Utf8Check(multibyte, invalid);
        }
    }
}
