package io.macrodigest.ingest;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * robots.txt per origin, fetched once and kept for a while. A missing file allows everything; a server error
 * or an unreachable file disallows everything for a short time (RFC 9309, 2.3.1.3-4).
 */
@ApplicationScoped
public class RobotsCache {

    private static final Duration ERROR_TTL = Duration.ofMinutes(5);
    private static final int MAX_ORIGINS = 10_000;

    private final FetchConfig config;
    private final PageFetcher fetcher;
    private final HostThrottle throttle;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    public RobotsCache(FetchConfig config, PageFetcher fetcher, HostThrottle throttle) {
        this.config = config;
        this.fetcher = fetcher;
        this.throttle = throttle;
    }

    public RobotsRules rulesFor(URI url) {
        String origin = url.getScheme().toLowerCase() + "://" + url.getRawAuthority().toLowerCase();
        Entry entry = entries.get(origin);
        if (entry != null && entry.expires().isAfter(Instant.now())) {
            return entry.rules();
        }
        if (entries.size() > MAX_ORIGINS) {
            entries.clear();
        }
        Entry fresh = load(URI.create(origin + "/robots.txt"));
        entries.put(origin, fresh);
        return fresh.rules();
    }

    private Entry load(URI robots) {
        try {
            FetchedPage page = throttle.run(PoliteFetcher.site(robots), config.minHostDelay(),
                    () -> fetcher.fetch(new FetchRequest(robots, FetchRequest.ROBOTS, null, null)));
            String text = new String(page.body(), StandardCharsets.UTF_8);
            return new Entry(RobotsRules.parse(text, config.robotsAgent()), Instant.now().plus(config.robotsTtl()));
        } catch (RefusedAddressException e) {
            throw e;
        } catch (FetchException e) {
            // a 4xx or something that is not a robots file means there are no rules; errors mean "not now"
            boolean noRules = e.status() >= 200 && e.status() < 500 && e.status() != 429;
            return noRules
                    ? new Entry(RobotsRules.ALLOW_ALL, Instant.now().plus(config.robotsTtl()))
                    : new Entry(RobotsRules.DISALLOW_ALL, Instant.now().plus(ERROR_TTL));
        }
    }

    private record Entry(RobotsRules rules, Instant expires) {
    }
}
