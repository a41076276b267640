package io.macrodigest.ingest;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * Sources and their polling state. Each change to a source and to its Quartz schedule commits in one
 * transaction, so the shared job store never disagrees with the table.
 */
@ApplicationScoped
public class SourceService {

    private final ScrapeConfig config;
    private final SourceScheduler scheduler;

    public SourceService(ScrapeConfig config, SourceScheduler scheduler) {
        this.config = config;
        this.scheduler = scheduler;
    }

    @Transactional
    public List<SourceView> list() {
        return Source.<Source> listAll(io.quarkus.panache.common.Sort.by("id")).stream().map(SourceView::of).toList();
    }

    /** Page {@code index} (from 0) of {@code size} sources in id order, and whether another page follows. */
    @Transactional
    public SourcePage page(int index, int size) {
        List<SourceView> views = Source.<Source> findAll(io.quarkus.panache.common.Sort.by("id"))
                .range(index * size, index * size + size).stream().map(SourceView::of).toList();
        return new SourcePage(views, index, Source.count() > (long) (index + 1) * size);
    }

    public record SourcePage(List<SourceView> sources, int index, boolean more) {
    }

    @Transactional
    public Optional<SourceView> find(long id) {
        // a query, not findById, so a database failure is an error rather than "no such source" (HHH-12472)
        return Source.<Source> find("id", id).firstResultOptional().map(SourceView::of);
    }

    /** Creates the source, or answers the existing one when its URL is already registered. */
    @Transactional
    public Created create(SourceInput input) {
        return createOne(input);
    }

    /** Registers every source of an OPML list; invalid or known entries are skipped and reported. */
    @Transactional
    public ImportResult importAll(List<SourceInput> inputs) {
        List<SourceView> created = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (SourceInput input : inputs) {
            try {
                Created result = createOne(input);
                if (result.created()) {
                    created.add(result.source());
                } else {
                    skipped.add(input.url() + ": already registered");
                }
            } catch (IllegalArgumentException e) {
                skipped.add(input.url() + ": " + e.getMessage());
            }
        }
        return new ImportResult(created, skipped);
    }

    private Created createOne(SourceInput input) {
        String url = validUrl(input.url());
        Optional<Source> existing = Source.<Source> find("url", url).firstResultOptional();
        if (existing.isPresent()) {
            return new Created(SourceView.of(existing.get()), false);
        }
        Source source = new Source();
        source.url = url;
        apply(source, input);
        source.persist();
        reschedule(source, Instant.now());
        return new Created(SourceView.of(source), true);
    }

    @Transactional
    public Optional<SourceView> update(long id, SourceInput input) {
        return Source.<Source> findByIdOptional(id).map(source -> {
            source.url = validUrl(input.url());
            apply(source, input);
            source.updatedAt = Instant.now();
            reschedule(source, Instant.now().plus(interval(source)));
            return SourceView.of(source);
        });
    }

    @Transactional
    public boolean delete(long id) {
        Optional<Source> source = Source.findByIdOptional(id);
        source.ifPresent(s -> {
            scheduler.unschedule(id);
            s.delete();
        });
        return source.isPresent();
    }

    @Transactional
    public boolean pollNow(long id) {
        if (Source.findById(id) == null) {
            return false;
        }
        scheduler.pollNow(id);
        return true;
    }

    /** The source as the poller needs it, outside any transaction. */
    @Transactional
    Optional<Source> snapshot(long id) {
        return Source.findByIdOptional(id);
    }

    @Transactional
    void recordSuccess(long id, FetchedPage document, int found) {
        Source.<Source> findByIdOptional(id).ifPresent(source -> {
            boolean wasFailing = source.consecutiveFailures > 0;
            source.lastSuccessAt = Instant.now();
            source.consecutiveFailures = 0;
            source.articlesFound += found;
            if (document != null && !document.notModified()) {
                source.etag = document.etag();
                source.lastModified = document.lastModified();
            }
            Instant next = Instant.now().plus(interval(source));
            if (wasFailing) {
                reschedule(source, next);
            } else {
                source.nextPollAt = next;
            }
        });
    }

    /** Notes the failure and backs off: interval × 2^failures with jitter, or the server's Retry-After. */
    @Transactional
    void recordFailure(long id, String reason, Duration retryAfter) {
        Source.<Source> findByIdOptional(id).ifPresent(source -> {
            source.lastError = reason;
            source.lastErrorAt = Instant.now();
            source.consecutiveFailures++;
            Duration backoff = interval(source).multipliedBy(1L << Math.min(source.consecutiveFailures, 10));
            if (retryAfter != null && retryAfter.compareTo(backoff) > 0) {
                backoff = retryAfter;
            }
            if (backoff.compareTo(config.maxBackoff()) > 0) {
                backoff = config.maxBackoff();
            }
            long jitter = (long) (backoff.toMillis() * 0.1 * ThreadLocalRandom.current().nextDouble());
            reschedule(source, Instant.now().plus(backoff).plusMillis(jitter));
        });
    }

    private void reschedule(Source source, Instant first) {
        if (source.enabled) {
            source.nextPollAt = scheduler.schedule(source.id, interval(source), first);
        } else {
            scheduler.pause(source.id);
            source.nextPollAt = null;
        }
    }

    private Duration interval(Source source) {
        return Duration.ofSeconds(source.pollIntervalSeconds);
    }

    private void apply(Source source, SourceInput input) {
        source.kind = input.kind() == null ? SourceKind.RSS : SourceKind.fromId(input.kind())
                .orElseThrow(() -> new IllegalArgumentException("'kind' must be one of "
                        + java.util.Arrays.stream(SourceKind.values()).map(SourceKind::id).toList()));
        source.title = input.title();
        long seconds = input.pollIntervalSeconds() == null ? config.defaultPollInterval().toSeconds()
                : input.pollIntervalSeconds();
        if (seconds < config.minPollInterval().toSeconds()) {
            throw new IllegalArgumentException("'pollIntervalSeconds' must be at least "
                    + config.minPollInterval().toSeconds());
        }
        source.pollIntervalSeconds = (int) Math.min(seconds, Integer.MAX_VALUE);
        source.enabled = input.enabled() == null || input.enabled();
        source.llmEnabled = input.llmEnabled() != null && input.llmEnabled();
        source.tags = input.tags() == null ? new ArrayList<>() : new ArrayList<>(input.tags());
    }

    private static String validUrl(String url) {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("'url' is required");
        }
        URI uri = UrlCanonicalizer.parse(url);
        String scheme = uri.getScheme().toLowerCase(java.util.Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IllegalArgumentException("'url' must be an http or https URL, not '" + url + "'");
        }
        return uri.toString();
    }

    public record Created(SourceView source, boolean created) {
    }

    @io.quarkus.runtime.annotations.RegisterForReflection
    public record ImportResult(List<SourceView> created, List<String> skipped) {
    }
}
