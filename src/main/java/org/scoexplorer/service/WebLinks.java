package org.scoexplorer.service;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Which dataset links may open in the browser: http and https with a host, nothing else (file:,
 * javascript:, jar: and custom schemes are shown as plain text). Datasets are shared files; a link in
 * one must never run anything or reach the local disk.
 */
public final class WebLinks {
    private WebLinks() {}

    public static boolean isSafe(String url) {
        if (url == null || url.isBlank() || url.length() > 2000) {
            return false;
        }
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme();
            if (scheme == null) {
                return false;
            }
            scheme = scheme.toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null
                    && !uri.getHost().isBlank();
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
