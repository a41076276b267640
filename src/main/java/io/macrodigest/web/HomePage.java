package io.macrodigest.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import io.macrodigest.article.ArticlePage;
import io.macrodigest.article.ArticleQuery;
import io.macrodigest.article.ArticleSearch;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The reader's front page: a search box and the latest analysed articles. */
@Path("/")
public class HomePage {

    private final ArticleSearch search;

    public HomePage(ArticleSearch search) {
        this.search = search;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(String q, ArticlePage page);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public TemplateInstance home(@QueryParam("q") String q) {
        ArticlePage page = search.search(new ArticleQuery(q, null, null, null, null, null, 20, null));
        return Templates.home(q == null ? "" : q, page);
    }
}
