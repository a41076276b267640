package io.macrodigest.ingest;

import java.net.URI;

/**
 * A response worth reading: {@code finalUrl} is where the last redirect led; {@code notModified} is a 304 to a
 * conditional request, with an empty body. {@code etag} and {@code lastModified} validate the next request;
 * {@code contentLanguage} is the server's Content-Language header, when it sent one.
 */
public record FetchedPage(URI requestedUrl, URI finalUrl, int status, String contentType, String contentLanguage,
        byte[] body, String etag, String lastModified, boolean notModified) {
}
