package io.macrodigest.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.List;
import java.util.concurrent.Executors;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;

import io.macrodigest.support.FixtureServer;

/**
 * HTTPS over a pinned connection: the address comes from the guard, the certificate must still prove the URL's
 * host name. A loopback HTTPS server with a certificate for {@code tls.test} made by keytool for this run.
 */
class PinnedTlsTest {

    static final char[] PASSWORD = "fixture".toCharArray();
    static HttpsServer server;
    static SSLContext clientTls;
    static Path dir;

    @BeforeAll
    static void start() throws Exception {
        dir = Files.createTempDirectory("pinned-tls");
        Path store = dir.resolve("server.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "tls", "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=tls.test",
                "-ext", "SAN=dns:tls.test", "-validity", "2", "-storetype", "PKCS12", "-keystore", store.toString(),
                "-storepass", new String(PASSWORD), "-keypass", new String(PASSWORD)).redirectErrorStream(true).start();
        String output = new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, keytool.waitFor(), output);

        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(store)) {
            keys.load(in, PASSWORD);
        }
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(keys, PASSWORD);
        SSLContext serverTls = SSLContext.getInstance("TLS");
        serverTls.init(kmf.getKeyManagers(), null, null);

        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        trust.setCertificateEntry("fixture", keys.getCertificate("tls"));
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trust);
        clientTls = SSLContext.getInstance("TLS");
        clientTls.init(null, tmf.getTrustManagers(), null);

        server = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(serverTls));
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/page", ex -> {
            try (ex) {
                ex.getResponseHeaders().set("Content-Type", "text/html");
                FixtureServer.send(ex, 200, ("<p>over TLS to " + ex.getRequestHeaders().getFirst("Host") + "</p>")
                        .getBytes(StandardCharsets.UTF_8));
            }
        });
        server.start();
    }

    @AfterAll
    static void stop() throws IOException {
        server.stop(0);
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    static PageFetcher fetcher() {
        HostResolver loopback = name -> {
            if (!name.endsWith(".test")) {
                throw new UnknownHostException(name);
            }
            return List.of(InetAddress.getByAddress(new byte[] { 127, 0, 0, 1 }));
        };
        SocketOpener loopbackOnly = (address, timeout) -> {
            if (!address.getAddress().isLoopbackAddress()) {
                throw new AssertionError("tried to reach " + address);
            }
            return new DirectSocketOpener().open(address, timeout);
        };
        FetchConfig config = TestFetchConfig.withAllowed(List.of("127.0.0.1/32"));
        return new PageFetcher(config, new AddressGuard(config, loopback),
                new PinnedHttpClient(config, loopbackOnly, clientTls));
    }

    static URI url(String host) {
        return URI.create("https://" + host + ":" + server.getAddress().getPort() + "/page");
    }

    @Test
    void theCertificateOfTheUrlsHostIsAcceptedOverThePinnedAddress() {
        FetchedPage page = fetcher().fetch(FetchRequest.page(url("tls.test")));
        assertEquals("<p>over TLS to tls.test:" + server.getAddress().getPort() + "</p>",
                new String(page.body(), StandardCharsets.UTF_8));
    }

    @Test
    void aCertificateForAnotherNameIsRefusedThoughTheAddressIsTheSame() {
        for (String host : List.of("other.test", "127.0.0.1")) {
            FetchException e = assertThrows(FetchException.class, () -> fetcher().fetch(FetchRequest.page(url(host))));
            assertTrue(e.getMessage().startsWith("TLS with " + host), e.getMessage());
            assertFalse(e.isTransient(), "a certificate that does not match will not match on a retry");
        }
    }
}
