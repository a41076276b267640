package io.macrodigest.support;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.enterprise.context.ApplicationScoped;

import io.macrodigest.ingest.DirectSocketOpener;
import io.macrodigest.ingest.SocketOpener;

/**
 * The connect step of every @QuarkusTest: it connects only to loopback addresses and fails the test on an attempt
 * to reach any other, so even a broken guard cannot send a test's traffic off this machine. It remembers every
 * address it was asked for, so a test can tell where a fetch really went.
 */
@ApplicationScoped
public class LoopbackOnlySocketOpener implements SocketOpener {

    private static final List<InetSocketAddress> ATTEMPTS = new CopyOnWriteArrayList<>();
    private static final List<InetSocketAddress> VIOLATIONS = new CopyOnWriteArrayList<>();

    private final DirectSocketOpener direct = new DirectSocketOpener();

    @Override
    public Socket open(InetSocketAddress vetted, Duration connectTimeout) throws IOException {
        ATTEMPTS.add(vetted);
        if (vetted.isUnresolved() || !vetted.getAddress().isLoopbackAddress()) {
            VIOLATIONS.add(vetted);
            throw new AssertionError("a test tried to connect to " + vetted + ", which is not a loopback address");
        }
        return direct.open(vetted, connectTimeout);
    }

    public static List<InetSocketAddress> attempts() {
        return List.copyOf(ATTEMPTS);
    }

    /** Every non-loopback address a test tried to reach; must stay empty. */
    public static List<InetSocketAddress> violations() {
        return List.copyOf(VIOLATIONS);
    }
}
