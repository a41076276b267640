package io.macrodigest.ingest;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * One spelling per article URL, so the same story reached through a tracker link or a different case of the
 * host is stored once: lower-case scheme, the host as browsers read it ({@link WebHost}), no default port, no
 * user info, no fragment, no tracking parameters.
 */
public final class UrlCanonicalizer {

    private UrlCanonicalizer() {
    }

    public static String canonicalize(String url) {
        WebUrl web = WebUrl.of(parse(url));
        String query = web.rawQuery() == null ? null : Arrays.stream(web.rawQuery().split("&"))
                .filter(p -> !p.isEmpty() && !isTracking(p.split("=", 2)[0].toLowerCase(Locale.ROOT)))
                .collect(Collectors.joining("&"));
        StringBuilder out = new StringBuilder(web.scheme()).append("://").append(web.authority()).append(web.rawPath());
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
            if (uri.getScheme() == null || uri.getRawAuthority() == null) {
                throw new IllegalArgumentException("not an absolute http(s) URL: '" + url + "'");
            }
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            if (scheme.equals("http") || scheme.equals("https")) {
                WebUrl.of(uri); // its host must be one a browser could reach
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("malformed URL '" + url + "': " + e.getReason());
        }
    }

    private static String siteOf(String url) {
        String host = WebUrl.of(URI.create(url)).host().name();
        return host.startsWith("www.") ? host.substring(4) : host;
    }

    private static boolean isTracking(String name) {
        return name.startsWith("utm_") || name.equals("fbclid") || name.equals("gclid") || name.equals("mc_cid")
                || name.equals("mc_eid") || name.equals("igshid");
    }
}
