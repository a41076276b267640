package io.macrodigest.web;

import java.time.Instant;
import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import io.macrodigest.article.ArticleStore;
import io.macrodigest.article.ArticleView;
import io.macrodigest.digest.Outlets;
import io.macrodigest.digest.RelatedCoverage;
import io.macrodigest.search.ArticleSearch;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * One article's structured record: summary, insight cards, quotes, actions, driver and asset readings, the other
 * outlets telling its story ("Also reported by") and similar stories ("Related coverage").
 */
@Path("/articles/{id}")
public class ArticleDetailPage {

    private static final int RELATED = 5;

    private final ArticleStore store;
    private final ArticleSearch search;
    private final RelatedCoverage related;

    public ArticleDetailPage(ArticleStore store, ArticleSearch search, RelatedCoverage related) {
        this.store = store;
        this.search = search;
        this.related = related;
    }

    /** Another article of the story, named by its outlet. */
    public record OutletLink(long id, String title, String url, String outlet, Instant publishedAt) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance article(ArticleView a, String outlet, List<OutletLink> also,
                List<RelatedCoverage.Related> related);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public TemplateInstance page(@PathParam("id") long id) {
        ArticleView article = store.find(id);
        if (article == null) {
            throw ApiProblem.notFound("No article with id " + id + ".");
        }
        List<OutletLink> also = search.sameStory(id).stream()
                .map(r -> new OutletLink(r.id(), r.title(), r.url(), Outlets.name(r.siteName(), r.url()), r.publishedAt()))
                .toList();
        return Templates.article(article, Outlets.name(article.siteName(), article.canonicalUrl()), also,
                related.of(id, RELATED));
    }
}
