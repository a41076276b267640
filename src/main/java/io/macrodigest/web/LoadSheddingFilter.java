package io.macrodigest.web;

import java.util.concurrent.Semaphore;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.vertx.ext.web.RoutingContext;

/**
 * Bounds how many search, digest and feed requests a pod works on at once ({@code digest.load.max-concurrent}).
 * Past capacity, more waiting only makes every answer slower until clients time out; a prompt 503 with
 * {@code Retry-After} lets them back off or try another pod. The count covers a request from its arrival to the
 * end of its response, however that ends (answered, failed or the client gone), so a permit is never lost.
 */
public class LoadSheddingFilter {

    private final LoadConfig config;
    private final Semaphore permits;

    public LoadSheddingFilter(LoadConfig config) {
        this.config = config;
        this.permits = new Semaphore(Math.max(1, config.maxConcurrent()));
    }

    @ServerRequestFilter(preMatching = true)
    public Response admit(ContainerRequestContext request, RoutingContext routing) {
        if (!limited(request.getUriInfo().getPath())) {
            return null;
        }
        if (!permits.tryAcquire()) {
            return ProblemMappers.busy("Too many requests are in progress", ProblemMappers.busySeconds(config),
                    request.getUriInfo());
        }
        routing.addEndHandler(ended -> permits.release());
        return null;
    }

    private boolean limited(String path) {
        for (String prefix : config.paths()) {
            if (path.equals(prefix) || path.startsWith(prefix.endsWith("/") ? prefix : prefix + "/")) {
                return true;
            }
        }
        return false;
    }

    /** Permits left; for tests. */
    int available() {
        return permits.availablePermits();
    }

    /** Takes a permit as a request in progress would; for tests. */
    boolean occupy() {
        return permits.tryAcquire();
    }

    void vacate() {
        permits.release();
    }
}
