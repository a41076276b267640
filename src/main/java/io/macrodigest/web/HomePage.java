package io.macrodigest.web;
import io.macrodigest.analysis.drivers.Driver;

import java.net.URI;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;

import org.eclipse.microprofile.openapi.annotations.Operation;

import io.macrodigest.article.ArticleView;
import io.macrodigest.digest.Digest;
import io.macrodigest.digest.DigestPublisher;
import io.macrodigest.digest.DigestRequest;
import io.macrodigest.search.ArticleFilter;
import io.macrodigest.search.ArticlePage;
import io.macrodigest.search.ArticleQuery;
import io.macrodigest.search.ArticleSearch;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The reader's front page: the last seven days' digest, a search box, driver and asset chips, latest articles. */
@Path("/")
public class HomePage {

    private static final int DAYS = 7;
    private static final int STORIES = 5;
    private static final int LATEST = 10;

    private final ArticleSearch search;
    private final DigestPublisher digests;

    public HomePage(ArticleSearch search, DigestPublisher digests) {
        this.search = search;
        this.digests = digests;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(Digest digest, List<Digest.Story> stories, List<Driver> drivers,
                List<String> assets, List<ArticleView> latest);
    }

    /** The newest article of each of the latest stories: a story told by several outlets is listed once. */
    private List<ArticleView> latestStories() {
        ArticlePage page = search.list(new ArticleQuery(ArticleFilter.ANY, LATEST * 3, null));
        Set<Long> seen = new HashSet<>();
        return page.items().stream().filter(a -> seen.add(a.clusterId() != null ? a.clusterId() : a.id()))
                .limit(LATEST).toList();
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public Object home(@QueryParam("q") String q) {
        if (q != null && !q.isBlank()) {
            // the search box used to live here: old bookmarks land on the search page
            URI target = UriBuilder.fromPath("/search").queryParam("q", q).build();
            return Response.seeOther(target).build();
        }
        DigestRequest request = DigestRequest.lastDays(DAYS, ArticleFilter.ANY, null);
        Digest digest = digests.digest(request, digests.version());
        LinkedHashSet<String> assets = new LinkedHashSet<>();
        digest.stories().forEach(s -> s.assets().forEach(a -> assets.add(a.asset())));
        return Templates.home(digest, digest.stories().stream().limit(STORIES).toList(), List.of(Driver.values()),
                assets.stream().limit(12).toList(), latestStories());
    }
}
