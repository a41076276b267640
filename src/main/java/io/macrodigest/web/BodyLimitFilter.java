package io.macrodigest.web;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Caps request bodies by kind: HTML pages may be larger than JSON payloads. Declared lengths are refused up
 * front; chunked bodies are cut off while being read.
 */
public class BodyLimitFilter {

    private final ApiConfig config;

    public BodyLimitFilter(ApiConfig config) {
        this.config = config;
    }

    @ServerRequestFilter
    public void limit(ContainerRequestContext request) {
        MediaType type = request.getMediaType();
        if (type == null || !request.hasEntity()) {
            return;
        }
        boolean html = type.isCompatible(MediaType.TEXT_HTML_TYPE) || "xhtml+xml".equals(type.getSubtype());
        long max = (html ? config.api().maxHtmlBody() : config.api().maxJsonBody()).asLongValue();
        // An ingest may carry a whole page as a JSON string: room for the page plus its envelope and escaping;
        // ArticleResource holds the page itself to the HTML cap.
        if (!html && "POST".equals(request.getMethod()) && ArticleResource.PATH.equals(request.getUriInfo().getPath())) {
            max += config.api().maxHtmlBody().asLongValue();
        }
        String what = html ? "HTML body" : "request body";
        if (request.getLength() > max) {
            throw tooLarge(what, max);
        }
        request.setEntityStream(new CappedStream(request.getEntityStream(), max, what));
    }

    private static ApiProblem tooLarge(String what, long max) {
        return ApiProblem.tooLarge("The " + what + " is over the limit of " + max + " bytes.");
    }

    private static final class CappedStream extends FilterInputStream {
        private final long max;
        private final String what;
        private long read;

        CappedStream(InputStream in, long max, String what) {
            super(in);
            this.max = max;
            this.what = what;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
            int n = super.read(buf, off, len);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > max) {
                throw tooLarge(what, max);
            }
        }
    }
}
