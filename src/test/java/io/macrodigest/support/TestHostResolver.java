package io.macrodigest.support;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;

import io.macrodigest.ingest.HostResolver;

/**
 * The resolver of every @QuarkusTest: names a test has mapped answer with the addresses it chose, every other
 * name is unknown, so no test ever asks real DNS about an outside name. A name may be given a sequence of answers
 * (one per lookup, the last repeating), which is how a rebinding DNS server behaves.
 */
@ApplicationScoped
public class TestHostResolver implements HostResolver {

    private static final Map<String, Deque<List<InetAddress>>> ANSWERS = new ConcurrentHashMap<>();
    private static final Map<String, AtomicInteger> LOOKUPS = new ConcurrentHashMap<>();

    static {
        map("localhost", "127.0.0.1");
    }

    /** {@code name} resolves to {@code addresses} (IP literals) from now on. */
    public static void map(String name, String... addresses) {
        answerInTurn(name, List.of(List.of(addresses)));
    }

    /** Each lookup of {@code name} takes the next answer; the last one stays. */
    public static void answerInTurn(String name, List<List<String>> answers) {
        Deque<List<InetAddress>> queue = new ArrayDeque<>();
        for (List<String> answer : answers) {
            queue.add(answer.stream().map(TestHostResolver::literal).toList());
        }
        ANSWERS.put(name.toLowerCase(java.util.Locale.ROOT), queue);
    }

    public static int lookups(String name) {
        AtomicInteger n = LOOKUPS.get(name.toLowerCase(java.util.Locale.ROOT));
        return n == null ? 0 : n.get();
    }

    @Override
    public List<InetAddress> resolve(String domain) throws UnknownHostException {
        LOOKUPS.computeIfAbsent(domain, d -> new AtomicInteger()).incrementAndGet();
        Deque<List<InetAddress>> queue = ANSWERS.get(domain);
        if (queue == null) {
            throw new UnknownHostException(domain + " (the test resolver knows no such name)");
        }
        synchronized (queue) {
            return queue.size() > 1 ? queue.poll() : queue.peek();
        }
    }

    private static InetAddress literal(String address) {
        try {
            // an IP literal: getByName parses it without any lookup
            if (!address.matches("[0-9a-fA-F:.]+")) {
                throw new IllegalArgumentException("not an IP literal: " + address);
            }
            return InetAddress.getByName(address);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
