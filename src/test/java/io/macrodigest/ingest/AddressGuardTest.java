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

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class AddressGuardTest {

    @ParameterizedTest
    @CsvSource({
            "127.0.0.1, loopback", "127.8.9.10, loopback", "::1, loopback", "10.1.2.3, private",
            "172.16.0.9, private", "192.168.1.1, private", "169.254.169.254, link-local", "fe80::1, link-local",
            "0.0.0.0, unspecified", "::, unspecified", "224.0.0.1, multicast", "ff02::1, multicast",
            "100.64.1.1, carrier-grade NAT", "fd00::1, unique-local", "::ffff:127.0.0.1, loopback",
            "::ffff:169.254.169.254, link-local", "::ffff:10.0.0.1, private", "64:ff9b::7f00:1, loopback",
            "64:ff9b::a9fe:a9fe, link-local", "2002:a00:1::1, private", "2002:7f00:1::, loopback" })
    void internalAddressesAreRefused(String address, String reason) throws UnknownHostException {
        assertEquals(reason, AddressGuard.refusal(InetAddress.getByName(address)));
    }

    @ParameterizedTest
    @ValueSource(strings = { "93.184.216.34", "8.8.8.8", "2606:4700:4700::1111", "1.1.1.1", "64:ff9b::808:808",
            "2002:808:808::1" })
    void publicAddressesPass(String address) throws UnknownHostException {
        assertNull(AddressGuard.refusal(InetAddress.getByName(address)));
    }

    @Test
    void urlsWithInternalHostsOrOtherSchemesAreRefusedWithAReason() {
        AddressGuard guard = new AddressGuard(TestFetchConfig.withAllowed(List.of()));
        for (String url : List.of("http://127.0.0.1/", "http://10.0.0.7:8080/x", "http://169.254.169.254/latest/meta-data/",
                "http://[::1]/", "http://0.0.0.0/", "file:///etc/passwd", "ftp://example.org/x", "gopher://x/")) {
            FetchException e = assertThrows(RefusedAddressException.class, () -> guard.check(URI.create(url)), url);
            assertTrue(e.getMessage().startsWith("refused"), e.getMessage());
        }
    }

    @Test
    void anAllowlistedNetworkPasses() {
        AddressGuard guard = new AddressGuard(TestFetchConfig.withAllowed(List.of("127.0.0.0/8", "10.1.0.0/16")));
        assertDoesNotThrow(() -> guard.check(URI.create("http://127.0.0.1:9999/feed")));
        assertDoesNotThrow(() -> guard.check(URI.create("http://10.1.200.3/")));
        assertThrows(RefusedAddressException.class, () -> guard.check(URI.create("http://10.2.0.1/")));
    }
}
