package io.macrodigest.digest;

import java.time.Instant;

/** A digest in one format, ready to send; {@code etag} is the strong validator without quotes. */
public record Rendered(byte[] body, DigestFormat format, String etag, Instant lastModified) {
}
