package io.macrodigest.web;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import io.macrodigest.article.ArticleSearch;
import io.macrodigest.article.ArticleStore;
import io.macrodigest.article.ArticleView;
import io.macrodigest.article.RelatedArticle;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** One article's structured record: summary, insight cards, quotes, actions, driver and asset readings, sources. */
@Path("/articles/{id}")
public class ArticleDetailPage {

    private final ArticleStore store;
    private final ArticleSearch search;

    public ArticleDetailPage(ArticleStore store, ArticleSearch search) {
        this.store = store;
        this.search = search;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance article(ArticleView a, List<RelatedArticle> related);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public TemplateInstance page(@PathParam("id") long id) {
        ArticleView article = store.find(id);
        if (article == null) {
            throw ApiProblem.notFound("No article with id " + id + ".");
        }
        return Templates.article(article, search.sameStory(id));
    }
}
