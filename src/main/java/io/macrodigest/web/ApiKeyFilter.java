package io.macrodigest.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;

import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.quarkus.runtime.StartupEvent;

/** Bearer-key check for {@link WriteAccess} endpoints, in constant time. */
public class ApiKeyFilter {

    private static final Logger LOG = Logger.getLogger(ApiKeyFilter.class);

    private final List<byte[]> keyDigests;
    private final boolean openWithoutKeys;

    public ApiKeyFilter(ApiConfig config) {
        this.keyDigests = config.apiKeys().orElse(List.of()).stream()
                .map(String::strip).filter(k -> !k.isEmpty()).map(ApiKeyFilter::sha256).toList();
        this.openWithoutKeys = config.api().openWithoutKeys();
    }

    void logMode(@Observes StartupEvent event) {
        if (keyDigests.isEmpty() && openWithoutKeys) {
            LOG.warn("No API key configured (DIGEST_API_KEYS): writes are open, as digest.api.open-without-keys allows.");
        } else if (keyDigests.isEmpty()) {
            LOG.warn("No API key configured (DIGEST_API_KEYS): every write is refused until one is set.");
        }
    }

    @WriteAccess
    @ServerRequestFilter(priority = Priorities.AUTHENTICATION)
    public void filter(ContainerRequestContext request) {
        if (keyDigests.isEmpty()) {
            if (!openWithoutKeys) {
                throw new ApiProblem(403, "Writes disabled",
                        "No API key is configured on this server (DIGEST_API_KEYS), so writes are refused.");
            }
            return;
        }
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw new ApiProblem(401, "Unauthorized", "This endpoint needs 'Authorization: Bearer <api key>'.");
        }
        byte[] presented = sha256(header.substring(7).strip());
        boolean match = false;
        for (byte[] key : keyDigests) {
            // no early exit: the time taken does not depend on which key matched
            match |= MessageDigest.isEqual(key, presented);
        }
        if (!match) {
            throw new ApiProblem(401, "Unauthorized", "The API key is not valid.");
        }
    }

    private static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
