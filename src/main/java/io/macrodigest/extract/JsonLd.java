package io.macrodigest.extract;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/** What the page's schema.org JSON-LD says about its article, read leniently because it is often hand-made. */
record JsonLd(String headline, List<String> authors, String datePublished, String articleBody, String publisher,
        String language, String url) {

    private static final JsonLd NONE = new JsonLd(null, List.of(), null, null, null, null, null);
    private static final Pattern ARTICLE_TYPE = Pattern.compile(
            "(?i).*(article|posting|report|review|recipe|howto|creativework|question|scholarly).*");
    private static final Pattern PAGE_TYPE = Pattern.compile("(?i).*webpage.*");
    private static final int MAX_NODES = 5_000;
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_TRAILING_COMMA,
                    JsonReadFeature.ALLOW_SINGLE_QUOTES, JsonReadFeature.ALLOW_JAVA_COMMENTS,
                    JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
            .disable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    static JsonLd read(List<Element> scripts) {
        List<JsonNode> objects = new ArrayList<>();
        for (Element script : scripts) {
            String json = script.data().strip();
            if (json.startsWith("<!--")) {
                json = json.substring(4).replace("-->", "");
            }
            try (JsonParser parser = MAPPER.createParser(json)) {
                flatten(MAPPER.readTree(parser), objects);
            } catch (Exception malformed) {
                // Broken JSON-LD is common and carries no signal; the HTML still does.
            }
        }
        if (objects.isEmpty()) {
            return NONE;
        }
        Map<String, JsonNode> byId = new HashMap<>();
        for (JsonNode node : objects) {
            String id = node.path("@id").asText("");
            if (!id.isEmpty()) {
                byId.putIfAbsent(id, node);
            }
        }
        JsonNode article = null;
        JsonNode page = null;
        String publisher = null;
        for (JsonNode node : objects) {
            String type = node.path("@type").toString();
            if (article == null && ARTICLE_TYPE.matcher(type).matches() && !type.contains("Organization")) {
                article = node;
            } else if (page == null && PAGE_TYPE.matcher(type).matches()) {
                page = node;
            }
            if (publisher == null && type.contains("WebSite")) {
                publisher = text(node.get("name"));
            }
        }
        JsonNode main = article != null ? article : page;
        if (main == null) {
            return NONE;
        }
        String headline = text(main.get("headline"));
        if (headline == null && article != null) {
            headline = text(main.get("name"));
        }
        String publisherName = name(resolve(main.get("publisher"), byId));
        return new JsonLd(
                headline,
                authors(main.get("author"), byId),
                text(main.get("datePublished")) != null ? text(main.get("datePublished")) : text(main.get("dateCreated")),
                text(main.get("articleBody")),
                publisherName != null ? publisherName : publisher,
                text(main.get("inLanguage")),
                text(main.get("url")));
    }

    private static void flatten(JsonNode root, List<JsonNode> out) {
        Deque<JsonNode> pending = new ArrayDeque<>();
        pending.push(root);
        while (!pending.isEmpty() && out.size() < MAX_NODES) {
            JsonNode node = pending.pop();
            if (node.isArray()) {
                for (int i = node.size() - 1; i >= 0; i--) {
                    pending.push(node.get(i));
                }
            } else if (node.isObject()) {
                out.add(node);
                JsonNode graph = node.get("@graph");
                if (graph != null) {
                    pending.push(graph);
                }
                JsonNode mainEntity = node.get("mainEntity");
                if (mainEntity != null && mainEntity.isObject()) {
                    pending.push(mainEntity);
                }
            }
        }
    }

    private static JsonNode resolve(JsonNode node, Map<String, JsonNode> byId) {
        if (node != null && node.isObject() && node.size() == 1 && node.has("@id")) {
            return byId.getOrDefault(node.get("@id").asText(), node);
        }
        return node;
    }

    private static List<String> authors(JsonNode node, Map<String, JsonNode> byId) {
        if (node == null) {
            return List.of();
        }
        Set<String> names = new LinkedHashSet<>();
        if (node.isArray()) {
            for (JsonNode each : node) {
                String name = name(resolve(each, byId));
                if (name != null) {
                    names.add(name);
                }
            }
        } else {
            String name = name(resolve(node, byId));
            if (name != null) {
                names.add(name);
            }
        }
        return List.copyOf(names);
    }

    private static String name(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isArray()) {
            return node.isEmpty() ? null : name(node.get(0));
        }
        if (node.isTextual()) {
            return text(node);
        }
        return text(node.get("name"));
    }

    private static String text(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isArray()) {
            return node.isEmpty() ? null : text(node.get(0));
        }
        if (!node.isValueNode()) {
            return null;
        }
        // Templates often HTML-escape what they print into the script ("&#8222;Quote&#8220;").
        String raw = node.asText();
        String value = (raw.indexOf('&') >= 0 ? Parser.unescapeEntities(raw, false) : raw).strip();
        return value.isEmpty() ? null : value;
    }
}
