package io.macrodigest.ingest;

import java.io.ByteArrayOutputStream;
import java.net.IDN;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A URL's host read the way browsers and curl read it (the WHATWG URL standard's host parser), so the address
 * the guard vets is the address a client would reach: {@code 0177.0.0.1}, {@code 0x7f.1}, {@code 2130706433}
 * and {@code 127.1} are all 127.0.0.1; a host is percent-decoded and turned into ASCII (IDNA), so
 * {@code １２７。０。０。１} is 127.0.0.1 too. A host that is neither a domain nor an address is invalid.
 *
 * @param name the serialized host: a lower-case ASCII domain without a trailing dot, dotted IPv4, or bracketed
 *             IPv6
 * @param literal the address when the host is an IP literal, else null (the domain must be resolved)
 */
public record WebHost(String name, InetAddress literal) {

    /** What WHATWG forbids in a domain: these would change how the URL splits, or are controls. */
    private static final String FORBIDDEN = " #%/:<>?@[\\]^|";

    /** Parses the host part of an authority (no user info, no port); throws IllegalArgumentException when invalid. */
    public static WebHost parse(String host) {
        if (host == null || host.isEmpty()) {
            throw new IllegalArgumentException("the URL has no host");
        }
        if (host.startsWith("[")) {
            if (!host.endsWith("]")) {
                throw new IllegalArgumentException("unterminated IPv6 address '" + host + "'");
            }
            InetAddress address = address(Ipv6.parse(host.substring(1, host.length() - 1)));
            return new WebHost(host.toLowerCase(Locale.ROOT), address);
        }
        String ascii = toAscii(percentDecode(host));
        for (int i = 0; i < ascii.length(); i++) {
            char c = ascii.charAt(i);
            if (c <= 0x20 || c == 0x7f || FORBIDDEN.indexOf(c) >= 0) {
                throw new IllegalArgumentException("host '" + host + "' holds a character no host may hold");
            }
        }
        if (endsInANumber(ascii)) {
            return ipv4(host, ascii);
        }
        String name = ascii.endsWith(".") ? ascii.substring(0, ascii.length() - 1) : ascii;
        if (name.isEmpty() || name.startsWith(".") || name.contains("..")) {
            throw new IllegalArgumentException("host '" + host + "' has an empty label");
        }
        return new WebHost(name, null);
    }

    /** The host and port of a URL authority, with any user info dropped; port -1 when none is given. */
    public static HostAndPort split(String authority) {
        if (authority == null || authority.isEmpty()) {
            throw new IllegalArgumentException("the URL has no host");
        }
        String hostPort = authority.substring(authority.lastIndexOf('@') + 1);
        int colon = hostPort.lastIndexOf(':');
        if (colon < 0 || hostPort.lastIndexOf(']') > colon) {
            return new HostAndPort(parse(hostPort), -1);
        }
        String port = hostPort.substring(colon + 1);
        WebHost host = parse(hostPort.substring(0, colon));
        if (port.isEmpty()) {
            return new HostAndPort(host, -1);
        }
        if (port.length() > 5 || !port.chars().allMatch(c -> c >= '0' && c <= '9') || Integer.parseInt(port) > 65535) {
            throw new IllegalArgumentException("port '" + port + "' is not a number from 0 to 65535");
        }
        return new HostAndPort(host, Integer.parseInt(port));
    }

    public record HostAndPort(WebHost host, int port) {
    }

    public boolean isDomain() {
        return literal == null;
    }

    private static String percentDecode(String host) {
        if (host.indexOf('%') < 0) {
            return host;
        }
        byte[] raw = host.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length);
        for (int i = 0; i < raw.length; i++) {
            int hi = i + 2 < raw.length ? Character.digit(raw[i + 1], 16) : -1;
            int lo = i + 2 < raw.length ? Character.digit(raw[i + 2], 16) : -1;
            if (raw[i] == '%' && hi >= 0 && lo >= 0) {
                out.write(hi * 16 + lo);
                i += 2;
            } else {
                out.write(raw[i]);
            }
        }
        return new String(out.toByteArray(), StandardCharsets.UTF_8);
    }

    private static String toAscii(String domain) {
        try {
            // IDN also maps full-width forms and the ideographic full stop, as browsers do
            return IDN.toASCII(domain, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("host '" + domain + "' is not a valid internationalised domain name");
        }
    }

    /** WHATWG: a host whose last label is a number (decimal or 0x-hex) must be an IPv4 address. */
    static boolean endsInANumber(String host) {
        String trimmed = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
        String last = trimmed.substring(trimmed.lastIndexOf('.') + 1);
        if (last.isEmpty()) {
            return false;
        }
        if (last.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return true;
        }
        return (last.startsWith("0x") || last.startsWith("0X"))
                && last.substring(2).chars().allMatch(c -> Character.digit(c, 16) >= 0);
    }

    private static WebHost ipv4(String original, String host) {
        String trimmed = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
        String[] parts = trimmed.split("\\.", -1);
        if (parts.length > 4) {
            throw new IllegalArgumentException("host '" + original + "' ends in a number but is not an IPv4 address");
        }
        long[] numbers = new long[parts.length];
        for (int i = 0; i < parts.length; i++) {
            numbers[i] = ipv4Number(parts[i], original);
            if (i < parts.length - 1 && numbers[i] > 255) {
                throw new IllegalArgumentException("IPv4 address '" + original + "' has a part over 255");
            }
        }
        long last = numbers[parts.length - 1];
        if (last >= 1L << (8 * (5 - parts.length))) {
            throw new IllegalArgumentException("IPv4 address '" + original + "' is out of range");
        }
        long value = last;
        for (int i = 0; i < parts.length - 1; i++) {
            value += numbers[i] << (8 * (3 - i));
        }
        byte[] bytes = { (byte) (value >>> 24), (byte) (value >>> 16), (byte) (value >>> 8), (byte) value };
        InetAddress address = address(bytes);
        return new WebHost(address.getHostAddress(), address);
    }

    /** One part of an IPv4 address: 0x-prefixed hex, 0-prefixed octal, or decimal, as inet_aton reads it. */
    private static long ipv4Number(String part, String original) {
        int radix = 10;
        String digits = part;
        if (part.length() >= 2 && (part.startsWith("0x") || part.startsWith("0X"))) {
            radix = 16;
            digits = part.substring(2);
        } else if (part.length() >= 2 && part.startsWith("0")) {
            radix = 8;
            digits = part.substring(1);
        }
        if (digits.isEmpty()) {
            if (radix == 10) {
                throw new IllegalArgumentException("IPv4 address '" + original + "' has an empty part");
            }
            return 0;
        }
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            if (c >= 0x80 || Character.digit(c, radix) < 0) {
                throw new IllegalArgumentException("IPv4 address '" + original + "' has a part that is not a number: '"
                        + part + "'");
            }
        }
        // longer than any 32-bit number in any radix: out of range, and no overflow
        String significant = digits.replaceFirst("^0+(?=.)", "");
        if (significant.length() > 11) {
            throw new IllegalArgumentException("IPv4 address '" + original + "' is out of range");
        }
        return Long.parseLong(significant, radix);
    }

    private static InetAddress address(byte[] bytes) {
        try {
            return InetAddress.getByAddress(bytes);
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The WHATWG IPv6 parser: hex pieces, one '::' compression, an optional dotted IPv4 tail; no zone ids. */
    private static final class Ipv6 {

        static byte[] parse(String input) {
            if (input.indexOf('%') >= 0) {
                throw new IllegalArgumentException("IPv6 zone identifiers are not allowed in URLs: '" + input + "'");
            }
            int[] pieces = new int[8];
            int index = 0;
            int compress = -1;
            int p = 0;
            int n = input.length();
            if (p < n && input.charAt(p) == ':') {
                if (!input.startsWith("::")) {
                    throw invalid(input);
                }
                p += 2;
                compress = ++index;
            }
            while (p < n) {
                if (index == 8) {
                    throw invalid(input);
                }
                if (input.charAt(p) == ':') {
                    if (compress >= 0) {
                        throw invalid(input);
                    }
                    p++;
                    compress = ++index;
                    continue;
                }
                int value = 0;
                int length = 0;
                while (length < 4 && p < n && hex(input.charAt(p)) >= 0) {
                    value = value * 16 + hex(input.charAt(p));
                    p++;
                    length++;
                }
                if (p < n && input.charAt(p) == '.') {
                    if (length == 0 || index > 6) {
                        throw invalid(input);
                    }
                    p -= length;
                    int[] v4 = dottedTail(input.substring(p), input);
                    pieces[index++] = v4[0] << 8 | v4[1];
                    pieces[index++] = v4[2] << 8 | v4[3];
                    p = n;
                    break;
                }
                if (p < n && input.charAt(p) == ':') {
                    p++;
                    if (p >= n) {
                        throw invalid(input);
                    }
                } else if (p < n) {
                    throw invalid(input);
                }
                pieces[index++] = value;
            }
            if (compress >= 0) {
                int swaps = index - compress;
                index = 7;
                while (index != 0 && swaps > 0) {
                    int other = compress + swaps - 1;
                    int t = pieces[index];
                    pieces[index] = pieces[other];
                    pieces[other] = t;
                    index--;
                    swaps--;
                }
            } else if (index != 8) {
                throw invalid(input);
            }
            byte[] bytes = new byte[16];
            for (int i = 0; i < 8; i++) {
                bytes[2 * i] = (byte) (pieces[i] >>> 8);
                bytes[2 * i + 1] = (byte) pieces[i];
            }
            return bytes;
        }

        /** An IPv4 tail inside IPv6 is strict: four decimal parts of at most 255, no leading zeros. */
        private static int[] dottedTail(String tail, String input) {
            String[] parts = tail.split("\\.", -1);
            if (parts.length != 4) {
                throw invalid(input);
            }
            int[] out = new int[4];
            for (int i = 0; i < 4; i++) {
                String part = parts[i];
                if (part.isEmpty() || part.length() > 3 || (part.length() > 1 && part.charAt(0) == '0')
                        || !part.chars().allMatch(c -> c >= '0' && c <= '9')) {
                    throw invalid(input);
                }
                out[i] = Integer.parseInt(part);
                if (out[i] > 255) {
                    throw invalid(input);
                }
            }
            return out;
        }

        private static int hex(char c) {
            return c < 0x80 ? Character.digit(c, 16) : -1;
        }

        private static IllegalArgumentException invalid(String input) {
            return new IllegalArgumentException("'" + input + "' is not a valid IPv6 address");
        }
    }
}
