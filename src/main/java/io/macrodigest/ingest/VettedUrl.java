package io.macrodigest.ingest;

import java.net.InetAddress;
import java.net.URI;
import java.util.List;

/**
 * A URL the {@link AddressGuard} has let through: {@code url} spelled with its host as a browser reads it (no user
 * info, no fragment), and the {@code addresses} that host resolved to, every one vetted. The fetcher connects only
 * to these addresses, so a second DNS answer can never lead it elsewhere.
 */
public record VettedUrl(URI url, WebHost host, int port, List<InetAddress> addresses) {

    public boolean https() {
        return "https".equals(url.getScheme());
    }
}
