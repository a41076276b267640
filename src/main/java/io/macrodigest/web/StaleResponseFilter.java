package io.macrodigest.web;

import java.nio.charset.StandardCharsets;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import io.quarkus.qute.TemplateInstance;

/** Keeps each good page, digest and feed answer in {@link StaleResponses}, for when the database is gone. */
public class StaleResponseFilter {

    private final StaleResponses stale;

    public StaleResponseFilter(StaleResponses stale) {
        this.stale = stale;
    }

    @ServerResponseFilter
    public void remember(ContainerRequestContext request, ContainerResponseContext response) {
        if (!"GET".equals(request.getMethod()) || response.getStatus() != 200
                || !StaleResponses.keeps(request.getUriInfo().getPath()) || response.getMediaType() == null) {
            return;
        }
        MediaType type = response.getMediaType();
        Object entity = response.getEntity();
        if (entity instanceof TemplateInstance template) {
            // rendered here rather than by the writer, so the very bytes sent are the ones kept
            String html = template.render();
            response.setEntity(html, response.getEntityAnnotations(), type);
            stale.remember(request, html.getBytes(StandardCharsets.UTF_8), type);
        } else if (entity instanceof String text) {
            stale.remember(request, text.getBytes(StandardCharsets.UTF_8), type);
        } else if (entity instanceof byte[] bytes) {
            stale.remember(request, bytes, type);
        }
    }
}
