package io.macrodigest.ingest;

import java.net.URI;

/** A successful response: {@code finalUrl} is where the last redirect led. */
public record FetchedPage(URI requestedUrl, URI finalUrl, int status, String contentType, byte[] body) {
}
