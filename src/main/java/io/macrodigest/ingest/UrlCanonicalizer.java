package io.macrodigest.ingest;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * One spelling per article URL, so the same story reached through a tracker link or a different case of the
 * host is stored once: lower-case scheme and host, no default port, no fragment, no tracking parameters.
 */
public final class UrlCanonicalizer {

    private UrlCanonicalizer() {
    }

    public static String canonicalize(String url) {
        URI uri = parse(url);
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        int port = uri.getPort();
        if ((scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443)) {
            port = -1;
        }
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        String query = uri.getRawQuery() == null ? null : Arrays.stream(uri.getRawQuery().split("&"))
                .filter(p -> !p.isEmpty() && !isTracking(p.split("=", 2)[0].toLowerCase(Locale.ROOT)))
                .collect(Collectors.joining("&"));
        StringBuilder out = new StringBuilder(scheme).append("://").append(host);
        if (port != -1) {
            out.append(':').append(port);
        }
        out.append(path);
        if (query != null && !query.isEmpty()) {
            out.append('?').append(query);
        }
        return out.toString();
    }

    /**
     * The page's own rel=canonical wins only on its own site: a page must not be able to claim another site's
     * URL and overwrite the article stored there.
     */
    public static String choose(String fetchedUrl, String declaredCanonical) {
        String fetched = canonicalize(fetchedUrl);
        if (declaredCanonical == null || declaredCanonical.isBlank()) {
            return fetched;
        }
        try {
            String declared = canonicalize(declaredCanonical);
            return siteOf(declared).equals(siteOf(fetched)) ? declared : fetched;
        } catch (IllegalArgumentException e) {
            return fetched;
        }
    }

    public static URI parse(String url) {
        try {
            URI uri = new URI(url == null ? "" : url.strip());
            if (uri.getScheme() == null || uri.getHost() == null) {
                throw new IllegalArgumentException("not an absolute http(s) URL: '" + url + "'");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("malformed URL '" + url + "': " + e.getReason());
        }
    }

    private static String siteOf(String url) {
        String host = URI.create(url).getHost();
        return host.startsWith("www.") ? host.substring(4) : host;
    }

    private static boolean isTracking(String name) {
        return name.startsWith("utm_") || name.equals("fbclid") || name.equals("gclid") || name.equals("mc_cid")
                || name.equals("mc_eid") || name.equals("igshid");
    }
}
