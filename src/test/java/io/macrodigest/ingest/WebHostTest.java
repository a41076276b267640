package io.macrodigest.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Hosts read as the WHATWG URL standard (and so browsers and curl) reads them. */
class WebHostTest {

    @ParameterizedTest
    @CsvSource({
            "127.0.0.1, 127.0.0.1", "0177.0.0.1, 127.0.0.1", "0x7f.0.0.1, 127.0.0.1", "0x7f.1, 127.0.0.1",
            "127.1, 127.0.0.1", "2130706433, 127.0.0.1", "0x7F000001, 127.0.0.1", "017700000001, 127.0.0.1",
            "127.0.0.1., 127.0.0.1", "0, 0.0.0.0", "0x, 0.0.0.0", "10.1, 10.0.0.1", "012.1, 10.0.0.1",
            "0251.0376.0251.0376, 169.254.169.254", "0xa9fea9fe, 169.254.169.254", "2852039166, 169.254.169.254",
            "192.168.257, 192.168.1.1", "%31%32%37.0.0.1, 127.0.0.1", "００７７.0.0.1, 63.0.0.1",
            "１２７。０。０。１, 127.0.0.1", "1.2.3.0x00000000004, 1.2.3.4", "4294967295, 255.255.255.255" })
    void numericHostsAreIpv4Addresses(String host, String address) {
        WebHost parsed = WebHost.parse(host);
        assertEquals(address, parsed.name());
        assertEquals(address, parsed.literal().getHostAddress());
    }

    @ParameterizedTest
    @CsvSource({
            "'[::1]', '[::1]', 0:0:0:0:0:0:0:1", "'[0:0:0:0:0:0:0:1]', '[0:0:0:0:0:0:0:1]', 0:0:0:0:0:0:0:1",
            "'[::]', '[::]', 0:0:0:0:0:0:0:0", "'[1::2]', '[1::2]', 1:0:0:0:0:0:0:2",
            "'[FE80::1]', '[fe80::1]', fe80:0:0:0:0:0:0:1", "'[64:ff9b::127.0.0.1]', '[64:ff9b::127.0.0.1]', 64:ff9b:0:0:0:0:7f00:1",
            "'[1:2:3:4:5:6::7]', '[1:2:3:4:5:6::7]', 1:2:3:4:5:6:0:7" })
    void bracketedHostsAreIpv6Addresses(String host, String name, String address) {
        WebHost parsed = WebHost.parse(host);
        assertEquals(name, parsed.name());
        assertEquals(address, parsed.literal().getHostAddress());
    }

    @Test
    void mappedIpv6IsTheIpv4ItCarries() {
        assertEquals("127.0.0.1", WebHost.parse("[::ffff:127.0.0.1]").literal().getHostAddress());
        assertEquals("169.254.169.254", WebHost.parse("[::ffff:a9fe:a9fe]").literal().getHostAddress());
    }

    @ParameterizedTest
    @CsvSource({ "Example.COM, example.com", "example.com., example.com", "bücher.example, xn--bcher-kva.example",
            "EXAMPLE。com, example.com", "a1.b2, a1.b2", "0x7g.example, 0x7g.example", "1.2.3.example, 1.2.3.example" })
    void domainsAreAsciiLowerCaseWithoutTheTrailingDot(String host, String name) {
        WebHost parsed = WebHost.parse(host);
        assertEquals(name, parsed.name());
        assertNull(parsed.literal());
    }

    @ParameterizedTest
    @ValueSource(strings = { "1.2.3.4.5", "256.0.0.1", "0x100.0.0.1", "08.0.0.1", "1.2.3.09", "4294967296",
            "1.2.3.256", "1.+2.3.4", "[fe80::1%25eth0]", "[fe80::1%eth0]", "[::1", "[1:2:3:4:5:6:7::8]",
            "[1::2::3]", "[:1]", "[1:]", "[::1.2.3.04]", "[12345::]", "[::1.2.3]", "a..b", ".a", "exa mple.com",
            "ex<ample.com", "a%2fb.com", "", "999999999999999999999" })
    void invalidHostsAreRejected(String host) {
        assertThrows(IllegalArgumentException.class, () -> WebHost.parse(host), host);
    }

    @Test
    void urlsDropUserInfoAndDefaultPortsAndKeepPathAndQuery() {
        WebUrl url = WebUrl.of(URI.create("HTTP://user:pw@0x7f.1:80/a%20b?x=1#frag"));
        assertEquals("http://127.0.0.1/a%20b?x=1", url.toUri().toString());
        assertEquals(80, url.effectivePort());
        assertEquals("127.0.0.1:8443", WebUrl.of(URI.create("https://127.1:8443")).authority());
        assertEquals("/", WebUrl.of(URI.create("https://127.1:8443")).target());
        assertThrows(IllegalArgumentException.class, () -> WebUrl.of(URI.create("http://h:99999/")));
        assertThrows(IllegalArgumentException.class, () -> WebUrl.of(URI.create("ftp://example.org/")));
    }
}
