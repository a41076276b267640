package io.macrodigest.ingest;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The guard's decisions on resolved addresses and parsed hosts; nothing here opens a connection. */
class AddressGuardTest {

    /** Names a test resolves: the only DNS these tests have. */
    static final Map<String, List<String>> NAMES = Map.of(
            "internal.test", List.of("10.0.0.5"),
            "metadata.test", List.of("169.254.169.254"),
            "mixed.test", List.of("93.184.216.34", "192.168.0.10"),
            "v6.test", List.of("fd00::1"),
            "xn--bcher-kva.test", List.of("100.64.0.9"),
            "public.test", List.of("93.184.216.34", "2606:2800:220:1::1"));

    static final HostResolver RESOLVER = name -> {
        List<String> addresses = NAMES.get(name);
        if (addresses == null) {
            throw new UnknownHostException(name);
        }
        return addresses.stream().map(AddressGuardTest::address).toList();
    };

    static AddressGuard guard(String... allowed) {
        return new AddressGuard(TestFetchConfig.withAllowed(List.of(allowed)), RESOLVER);
    }

    static InetAddress address(String literal) {
        return WebHost.parse(literal.contains(":") ? "[" + literal + "]" : literal).literal();
    }

    @ParameterizedTest
    @CsvSource({
            "0.0.0.0, this-network", "0.255.1.2, this-network", "10.1.2.3, private", "100.64.1.1, carrier-grade NAT",
            "100.127.255.255, carrier-grade NAT", "127.0.0.1, loopback", "127.8.9.10, loopback",
            "169.254.169.254, link-local", "172.16.0.9, private", "172.31.255.255, private",
            "192.0.0.1, IETF protocol assignment", "192.0.0.170, IETF protocol assignment", "192.0.2.44, documentation",
            "192.31.196.1, AS112", "192.52.193.7, AMT", "192.88.99.1, 6to4 relay", "192.168.1.1, private",
            "192.175.48.6, AS112", "198.18.0.1, benchmarking", "198.19.255.255, benchmarking",
            "198.51.100.1, documentation", "203.0.113.200, documentation", "224.0.0.1, multicast",
            "239.255.255.250, multicast", "240.0.0.1, reserved", "250.1.2.3, reserved", "255.255.255.255, broadcast",
            "::, unspecified", "::1, loopback", "::7f00:1, IPv4-compatible", "::ffff:127.0.0.1, loopback",
            "::ffff:169.254.169.254, link-local", "::ffff:10.0.0.1, private", "64:ff9b::7f00:1, loopback",
            "64:ff9b::a9fe:a9fe, 169.254.169.254 inside NAT64", "64:ff9b::c000:1, IETF protocol assignment",
            "64:ff9b:1::1, local-use", "100::1, discard-only", "100:0:0:1::1, dummy prefix",
            "2001:2::1, benchmarking", "2001:db8::1, documentation", "2001:10::1, IETF protocol assignment",
            "2001:20::1, IETF protocol assignment", "2001:4:112::1, IETF protocol assignment",
            "2001:0:7f00:1::1, 127.0.0.1 inside Teredo", "2001:0:4136:e378:8000:63bf:3fff:fdd2, documentation",
            "2002:a00:1::1, 10.0.0.1 inside 6to4", "2002:7f00:1::, loopback", "2002:c000:0001::, IETF protocol assignment",
            "2620:4f:8000::1, AS112", "3fff::1, documentation", "5f00::1, segment routing", "fc00::1, unique-local",
            "fd12:3456::1, unique-local", "fe80::1, link-local", "febf::1, link-local", "fec0::1, site-local",
            "ff02::1, multicast", "ff0e::1, multicast", "4000::1, reserved", "1::1, reserved", "e000::1, reserved" })
    void specialPurposeAddressesAreRefused(String literal, String reason) {
        String refusal = SpecialAddresses.refusal(address(literal));
        assertTrue(refusal != null && refusal.contains(reason), literal + ": " + refusal);
    }

    @ParameterizedTest
    @ValueSource(strings = { "93.184.216.34", "8.8.8.8", "1.1.1.1", "100.63.255.255", "100.128.0.0", "172.15.255.255",
            "172.32.0.0", "192.0.1.1", "192.167.255.255", "198.17.255.255", "198.20.0.0", "223.255.255.255",
            "2606:4700:4700::1111", "2a00:1450:4001:80b::200e", "64:ff9b::808:808", "2002:808:808::1",
            "::ffff:8.8.8.8", "2001:0:4136:e378:8000:63bf:f7f7:f7f7" })
    void publicAddressesPass(String literal) {
        assertNull(SpecialAddresses.refusal(address(literal)), literal);
    }

    @ParameterizedTest
    @ValueSource(strings = { "http://127.0.0.1/", "http://0177.0.0.1/", "http://0x7f.1/", "http://2130706433/",
            "http://127.1/", "http://127.0.0.1./", "http://%31%32%37.0.0.1/", "http://１２７。０。０。１/",
            "http://user:pw@10.0.0.7:8080/x", "http://0251.0376.0251.0376/latest/", "http://0xa9fea9fe/",
            "http://[::1]/", "http://[::ffff:7f00:1]/", "http://[64:ff9b::a9fe:a9fe]/", "http://[2002:a9fe:a9fe::]/",
            "http://0/", "http://192.0.0.1/", "https://internal.test/", "http://INTERNAL.test./",
            "http://metadata.test/latest/meta-data/", "http://mixed.test/", "http://v6.test/", "http://bücher.test/",
            "http://1.2.3.4.5/", "http://256.1.1.1/", "http://[fe80::1%25eth0]/", "file:///etc/passwd",
            "ftp://example.org/x", "gopher://x/", "http:///nohost" })
    void hostileUrlsAreRefusedWithAReason(String url) {
        RefusedAddressException e = assertThrows(RefusedAddressException.class, () -> guard().vet(new URI(url)), url);
        assertTrue(e.getMessage().startsWith("refused"), e.getMessage());
        assertTrue(!e.isTransient(), "a refusal is final");
    }

    @Test
    void theRefusalNamesTheAddressTheHostReallyIs() {
        String octal = assertThrows(RefusedAddressException.class, () -> guard().vet(URI.create("http://0177.0.0.1/")))
                .getMessage();
        assertEquals("refused: host '0177.0.0.1' is the address 127.0.0.1, a loopback address", octal);
        String named = assertThrows(RefusedAddressException.class,
                () -> guard().vet(URI.create("http://metadata.test/"))).getMessage();
        assertEquals("refused: host 'metadata.test' resolves to 169.254.169.254, a link-local address", named);
    }

    @Test
    void aPublicHostIsVettedWithTheAddressesToConnectTo() {
        VettedUrl vetted = guard().vet(URI.create("https://user@PUBLIC.test:443/a?b=1#c"));
        assertEquals(URI.create("https://public.test/a?b=1"), vetted.url());
        assertEquals(443, vetted.port());
        assertEquals(List.of(address("93.184.216.34"), address("2606:2800:220:1::1")), vetted.addresses());
    }

    @Test
    void anUnknownHostIsATransientFailureButNotARefusalAtRegistration() {
        FetchException e = assertThrows(FetchException.class, () -> guard().vet(URI.create("http://nowhere.test/")));
        assertTrue(e.isTransient() && !(e instanceof RefusedAddressException), e.getMessage());
        assertDoesNotThrow(() -> guard().refuseInternal(URI.create("http://nowhere.test/")));
        assertThrows(RefusedAddressException.class, () -> guard().refuseInternal(URI.create("http://internal.test/")));
    }

    @Test
    void anAllowlistedNetworkPasses() {
        AddressGuard guard = guard("127.0.0.0/8", "10.1.0.0/16");
        assertDoesNotThrow(() -> guard.vet(URI.create("http://127.0.0.1:9999/feed")));
        assertDoesNotThrow(() -> guard.vet(URI.create("http://0x7f.1:9999/feed")));
        assertDoesNotThrow(() -> guard.vet(URI.create("http://10.1.200.3/")));
        assertThrows(RefusedAddressException.class, () -> guard.vet(URI.create("http://10.2.0.1/")));
        assertThrows(RefusedAddressException.class, () -> guard.vet(URI.create("http://[64:ff9b::7f00:1]/")),
                "the IPv6 form reaches 127.0.0.1 through a gateway, outside the IPv4 allowlist");
    }

    @Test
    void aBadAllowlistEntryFailsAtStartWithTheSettingsName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> guard("10.0.0.0/33"));
        assertTrue(e.getMessage().contains("digest.fetch.allowed-networks"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> guard("intranet.local"));
    }
}
