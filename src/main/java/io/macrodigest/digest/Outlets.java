package io.macrodigest.digest;

import java.net.URI;
import java.util.Locale;

/** Names the outlet that published an article, so that stories count and credit outlets, not URLs. */
public final class Outlets {

    private Outlets() {
    }

    /** The site's declared name, else the host of its URL without {@code www.}, else the URL itself. */
    public static String name(String siteName, String url) {
        if (siteName != null && !siteName.isBlank()) {
            return siteName.strip();
        }
        if (url == null) {
            return "";
        }
        try {
            String host = URI.create(url).getHost();
            if (host != null) {
                host = host.toLowerCase(Locale.ROOT);
                return host.startsWith("www.") ? host.substring(4) : host;
            }
        } catch (IllegalArgumentException e) {
            // a stored URL that java.net.URI rejects is still worth showing as it is
        }
        return url;
    }
}
