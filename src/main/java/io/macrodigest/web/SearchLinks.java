package io.macrodigest.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.MultivaluedMap;

/**
 * Links of the search page that change one filter and keep the others, so facets and filter chips work as plain
 * links without a script. Paging parameters are dropped whenever a filter changes.
 */
public final class SearchLinks {

    private static final List<String> FILTERS = List.of("q", "driver", "tone", "asset", "sentiment", "source", "lang",
            "from", "to");

    private final List<Map.Entry<String, String>> params = new ArrayList<>();

    SearchLinks(MultivaluedMap<String, String> query) {
        for (String name : FILTERS) {
            List<String> values = query.get(name);
            if (values != null) {
                values.stream().filter(v -> v != null && !v.isBlank()).forEach(v -> params.add(Map.entry(name, v)));
            }
        }
    }

    /** The current search with {@code name=value} set (replacing a previous value, except for drivers). */
    public String with(String name, String value) {
        List<Map.Entry<String, String>> next = new ArrayList<>(params);
        if (!name.equals("driver")) {
            next.removeIf(e -> e.getKey().equals(name));
        }
        if (next.stream().noneMatch(e -> e.getKey().equals(name) && e.getValue().equals(value))) {
            next.add(Map.entry(name, value));
        }
        return url(next);
    }

    /** The current search without {@code name=value}. */
    public String without(String name, String value) {
        List<Map.Entry<String, String>> next = new ArrayList<>(params);
        next.removeIf(e -> e.getKey().equals(name) && e.getValue().equals(value));
        return url(next);
    }

    public boolean has(String name, String value) {
        return params.stream().anyMatch(e -> e.getKey().equals(name) && e.getValue().equalsIgnoreCase(value));
    }

    /** The filters in effect other than the text, for the chips that remove them. */
    public List<Map.Entry<String, String>> active() {
        return params.stream().filter(e -> !e.getKey().equals("q")).toList();
    }

    /** The next page of the same search. */
    public String next(String cursor) {
        List<Map.Entry<String, String>> next = new ArrayList<>(params);
        next.add(Map.entry("cursor", cursor));
        return url(next);
    }

    private static String url(List<Map.Entry<String, String>> params) {
        StringBuilder url = new StringBuilder("/search");
        for (int i = 0; i < params.size(); i++) {
            url.append(i == 0 ? '?' : '&').append(params.get(i).getKey()).append('=')
                    .append(URLEncoder.encode(params.get(i).getValue(), StandardCharsets.UTF_8));
        }
        return url.toString();
    }
}
