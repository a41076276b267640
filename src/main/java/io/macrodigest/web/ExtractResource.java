package io.macrodigest.web;

import java.util.Locale;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.macrodigest.extract.ArticleExtractor;
import io.macrodigest.extract.ExtractedArticle;

@Path("/api/extract")
@Tag(name = "analysis")
public class ExtractResource {

    private final ArticleExtractor extractor;

    public ExtractResource(ArticleExtractor extractor) {
        this.extractor = extractor;
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Extract the main text and metadata of an HTML page given in the body")
    public ExtractedArticle extract(@QueryParam("url") String url, HttpHeaders headers, byte[] body) {
        MediaType type = headers.getMediaType();
        if (type == null || !isHtml(type)) {
            throw ApiProblem.badRequest("The body must be an HTML page sent as text/html (got "
                    + (type == null ? "no Content-Type" : type.toString()) + ").");
        }
        if (body == null || body.length == 0) {
            throw ApiProblem.badRequest("The body is empty; send the page's HTML.");
        }
        if (url != null && !url.isBlank()) {
            Requests.absoluteUrl(url, "url");
        }
        // the body's language, as a client sending a page may say in the standard header
        return extractor.extract(body, url, type.toString(), headers.getHeaderString(HttpHeaders.CONTENT_LANGUAGE));
    }

    static boolean isHtml(MediaType type) {
        String subtype = type.getSubtype().toLowerCase(Locale.ROOT);
        return type.getType().equalsIgnoreCase("text") && subtype.equals("html") || subtype.equals("xhtml+xml");
    }
}
