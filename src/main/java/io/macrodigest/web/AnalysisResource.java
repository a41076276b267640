package io.macrodigest.web;
import io.macrodigest.analysis.Analysis;
import io.macrodigest.analysis.AnalysisInput;
import io.macrodigest.analysis.sentiment.Sentiment;
import io.macrodigest.analysis.sentiment.SentimentScorer;

import java.time.Duration;
import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.macrodigest.analysis.llm.LlmConfig;
import io.macrodigest.analysis.llm.LlmRoutingAnalyzer;
import io.quarkus.runtime.annotations.RegisterForReflection;

@Path("/api")
@Tag(name = "analysis")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class AnalysisResource {

    static final int MAX_SENTIMENT_TEXTS = 1_000;

    private final LlmRoutingAnalyzer analyzer;
    private final SentimentScorer sentiment;
    private final boolean llmAllowed;
    private final Duration deadline;

    public AnalysisResource(LlmRoutingAnalyzer analyzer, SentimentScorer sentiment, LlmConfig llm) {
        this.analyzer = analyzer;
        this.sentiment = sentiment;
        this.llmAllowed = llm.analyzeEndpoint();
        this.deadline = llm.analyzeDeadline();
    }

    @POST
    @Path("/analyze")
    @Operation(summary = "Turn an article's text into its structured record: summary, insights, quotes, actions, drivers")
    public Analysis analyze(AnalyzeRequest request) {
        if (request == null || request.text() == null || request.text().isBlank()) {
            throw ApiProblem.badRequest("'text' is required and must not be blank.");
        }
        if (request.text().codePoints().noneMatch(Character::isLetter)) {
            throw ApiProblem.badRequest("'text' holds no words to analyse.");
        }
        // a public endpoint: however the model behaves, the caller has an answer within the deadline
        return analyzer.analyzeWithin(new AnalysisInput(request.title(), request.text(), request.url(), llmAllowed),
                deadline);
    }

    @POST
    @Path("/sentiment")
    @Operation(summary = "Score the financial sentiment of up to 1,000 texts, answered in the same order")
    public SentimentResponse sentiment(SentimentRequest request) {
        if (request == null || request.texts() == null) {
            throw ApiProblem.badRequest("'texts' is required: an array of strings.");
        }
        if (request.texts().size() > MAX_SENTIMENT_TEXTS) {
            throw ApiProblem.badRequest("'texts' holds " + request.texts().size() + " items; the limit is "
                    + MAX_SENTIMENT_TEXTS + ".");
        }
        for (int i = 0; i < request.texts().size(); i++) {
            if (request.texts().get(i) == null) {
                throw ApiProblem.badRequest("'texts[" + i + "]' is null; every item must be a string.");
            }
        }
        return new SentimentResponse(request.texts().stream().map(sentiment::score).toList());
    }

    @RegisterForReflection
    public record AnalyzeRequest(String title, String text, String url) {
    }

    @RegisterForReflection
    public record SentimentRequest(List<String> texts) {
    }

    @RegisterForReflection
    public record SentimentResponse(List<Sentiment> results) {
    }
}
