package io.macrodigest.web;

import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.quarkus.runtime.StartupEvent;

/** Bearer-key check for {@link WriteAccess} endpoints. */
public class ApiKeyFilter {

    private static final Logger LOG = Logger.getLogger(ApiKeyFilter.class);

    private final ApiKeys keys;

    public ApiKeyFilter(ApiKeys keys) {
        this.keys = keys;
    }

    void logMode(@Observes StartupEvent event) {
        if (keys.open()) {
            LOG.warn("No API key configured (DIGEST_API_KEYS): writes are open, as digest.api.open-without-keys allows.");
        } else if (!keys.configured()) {
            LOG.warn("No API key configured (DIGEST_API_KEYS): every write is refused until one is set.");
        }
    }

    @WriteAccess
    @ServerRequestFilter(priority = Priorities.AUTHENTICATION)
    public void filter(ContainerRequestContext request) {
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        boolean bearer = header != null && header.regionMatches(true, 0, "Bearer ", 0, 7);
        if (keys.configured() && !bearer) {
            throw new ApiProblem(401, "Unauthorized", "This endpoint needs 'Authorization: Bearer <api key>'.");
        }
        keys.authorize(bearer ? header.substring(7) : null);
    }
}
