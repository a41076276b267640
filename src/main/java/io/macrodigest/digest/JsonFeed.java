package io.macrodigest.digest;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** A JSON Feed 1.1 document (https://jsonfeed.org/version/1.1). */
@RegisterForReflection
@JsonInclude(JsonInclude.Include.NON_NULL)
record JsonFeed(String version, String title, @JsonProperty("home_page_url") String homePageUrl,
        @JsonProperty("feed_url") String feedUrl, String description, String language, List<Author> authors,
        List<Item> items) {

    static final String VERSION = "https://jsonfeed.org/version/1.1";

    @RegisterForReflection
    record Author(String name, String url) {
    }

    @RegisterForReflection
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Item(String id, String url, String title, @JsonProperty("content_html") String contentHtml,
            String summary, @JsonProperty("date_published") Instant datePublished,
            @JsonProperty("date_modified") Instant dateModified, List<String> tags) {
    }
}
