package io.macrodigest.ingest;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * How the service reads the web: robots.txt honoured, one request at a time per host with a minimum spacing
 * (raised by Crawl-delay), Retry-After respected, and transient failures retried with exponential backoff and
 * jitter. Every URL passes the {@link AddressGuard} before robots.txt is even asked for, and every request
 * (robots.txt, the page, each redirect hop) is vetted again inside {@link PageFetcher} and sent to the
 * addresses vetted for it.
 */
@ApplicationScoped
public class PoliteFetcher {

    private final FetchConfig config;
    private final PageFetcher fetcher;
    private final RobotsCache robots;
    private final HostThrottle throttle;
    private final AddressGuard guard;

    public PoliteFetcher(FetchConfig config, PageFetcher fetcher, RobotsCache robots, HostThrottle throttle,
            AddressGuard guard) {
        this.config = config;
        this.guard = guard;
        this.fetcher = fetcher;
        this.robots = robots;
        this.throttle = throttle;
    }

    public FetchedPage fetch(FetchRequest asked) {
        // from here on the URL is spelled as it will be requested, so robots.txt and pacing key on the real host
        URI url = guard.vet(asked.url()).url();
        FetchRequest request = asked.withUrl(url);
        String site = site(url);
        for (int attempt = 1;; attempt++) {
            try {
                RobotsRules rules = allowedBy(url);
                // a redirect may lead to a path, or a site, whose robots.txt says no
                return throttle.run(site, spacing(rules), () -> fetcher.fetch(request, this::allowedBy));
            } catch (FetchException e) {
                if (e.retryAfter() != null) {
                    throttle.backOff(site, e.retryAfter());
                }
                Duration wait = e.retryAfter() != null ? e.retryAfter()
                        : backoff(config.backoffBase(), attempt, ThreadLocalRandom.current().nextDouble());
                if (!e.isTransient() || attempt >= config.attempts() || wait.compareTo(config.maxPoliteWait()) > 0) {
                    throw e;
                }
                sleep(wait);
            }
        }
    }

    /** The robots rules of the URL's site, when they allow the URL; else a permanent failure. */
    private RobotsRules allowedBy(URI url) {
        RobotsRules rules = robots.rulesFor(url);
        String path = url.getRawPath() + (url.getRawQuery() == null ? "" : "?" + url.getRawQuery());
        if (!rules.allows(path)) {
            throw new FetchException("disallowed by robots.txt of " + url.getRawAuthority() + ": " + path, false);
        }
        return rules;
    }

    /** Politeness is owed to a server: a host and port. */
    static String site(URI url) {
        WebUrl web = WebUrl.of(url);
        return web.host().name() + ":" + web.effectivePort();
    }

    private Duration spacing(RobotsRules rules) {
        Duration delay = rules.crawlDelay();
        if (delay == null || delay.compareTo(config.minHostDelay()) < 0) {
            return config.minHostDelay();
        }
        return delay.compareTo(config.maxPoliteWait()) > 0 ? config.maxPoliteWait() : delay;
    }

    /**
     * base × 2^(attempt-1), scaled by a factor in [0.5, 1.5) drawn from {@code random} in [0, 1), so that the
     * retries of many clients do not line up.
     */
    static Duration backoff(Duration base, int attempt, double random) {
        double factor = (1L << Math.min(attempt - 1, 10)) * (0.5 + random);
        return Duration.ofMillis(Math.round(base.toMillis() * factor));
    }

    private static void sleep(Duration wait) {
        try {
            Thread.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FetchException("interrupted while backing off", true);
        }
    }
}
