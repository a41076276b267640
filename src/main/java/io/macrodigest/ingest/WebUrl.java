package io.macrodigest.ingest;

import java.net.URI;
import java.util.Locale;

/**
 * An http(s) URL as a browser would request it: lower-case scheme, the host parsed by {@link WebHost}, the port
 * only when it is not the scheme's default (-1 otherwise), the path ("/" when empty) and query as they were sent.
 * User info and fragment are never sent, so they are dropped.
 */
public record WebUrl(String scheme, WebHost host, int port, String rawPath, String rawQuery) {

    /** Throws IllegalArgumentException when the URL is not http(s) with a valid host. */
    public static WebUrl of(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IllegalArgumentException("only http and https URLs can be fetched, not '" + uri + "'");
        }
        if (uri.getRawAuthority() == null) {
            throw new IllegalArgumentException("the URL has no host: '" + uri + "'");
        }
        WebHost.HostAndPort hostAndPort = WebHost.split(uri.getRawAuthority());
        int port = hostAndPort.port() == defaultPort(scheme) ? -1 : hostAndPort.port();
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        return new WebUrl(scheme, hostAndPort.host(), port, path, uri.getRawQuery());
    }

    public int effectivePort() {
        return port == -1 ? defaultPort(scheme) : port;
    }

    /** Host and port as the Host header carries them. */
    public String authority() {
        return port == -1 ? host.name() : host.name() + ":" + port;
    }

    /** Path and query, as the request line carries them. */
    public String target() {
        return rawQuery == null ? rawPath : rawPath + "?" + rawQuery;
    }

    public URI toUri() {
        return URI.create(scheme + "://" + authority() + target());
    }

    private static int defaultPort(String scheme) {
        return scheme.equals("https") ? 443 : 80;
    }
}
