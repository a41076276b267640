package io.macrodigest.digest;
import io.macrodigest.analysis.sentiment.Sentiment;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.macrodigest.search.ArticleFilter;
import io.macrodigest.search.DriverFilter;

/** Saved queries: created and deleted with the API key, each read as a feed with its own random token. */
@ApplicationScoped
public class SavedQueryService {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Transactional
    public SavedQuery create(String name, ArticleFilter filter) {
        SavedQuery s = new SavedQuery();
        s.name = name.strip();
        s.q = filter.q();
        s.driver = filter.drivers().isEmpty() ? null
                : filter.drivers().stream().map(DriverFilter::id).collect(Collectors.joining(","));
        s.asset = filter.asset();
        s.sentiment = filter.sentiment() == null ? null : filter.sentiment().id();
        s.sourceId = filter.sourceId();
        s.language = filter.language();
        s.token = newToken();
        s.createdAt = Instant.now();
        s.persist();
        return s;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SavedQuery> list() {
        return SavedQuery.listAll(io.quarkus.panache.common.Sort.by("id"));
    }

    @Transactional
    public boolean delete(long id) {
        return SavedQuery.deleteById(id);
    }

    /** The saved query when {@code token} is its token; the comparison takes the same time whatever matches. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<SavedQuery> withToken(long id, String token) {
        // a query, not findById, so a database failure is an error rather than "no such feed" (HHH-12472)
        SavedQuery s = SavedQuery.<SavedQuery> find("id", id).firstResult();
        byte[] presented = (token == null ? "" : token).getBytes(StandardCharsets.UTF_8);
        byte[] expected = (s == null ? "" : s.token).getBytes(StandardCharsets.UTF_8);
        boolean ok = MessageDigest.isEqual(expected, presented);
        return s != null && ok ? Optional.of(s) : Optional.empty();
    }

    public static ArticleFilter filterOf(SavedQuery s) {
        List<DriverFilter> drivers = s.driver == null ? List.of()
                : Arrays.stream(s.driver.split(",")).map(d -> DriverFilter.parse(d, DriverFilter.Tone.ANY)).toList();
        Sentiment.Label sentiment = s.sentiment == null ? null
                : Sentiment.Label.valueOf(s.sentiment.toUpperCase(java.util.Locale.ROOT));
        return new ArticleFilter(s.q, drivers, s.asset, sentiment, s.sourceId, s.language, null, null);
    }

    /** 32 random bytes, URL-safe: unguessable, and safe to put in a query string. */
    private static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
