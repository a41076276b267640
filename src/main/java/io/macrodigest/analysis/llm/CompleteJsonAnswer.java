package io.macrodigest.analysis.llm;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.guardrail.OutputGuardrail;
import dev.langchain4j.guardrail.OutputGuardrailResult;

/**
 * Refuses an answer whose JSON object never closes. langchain4j's lenient parser would otherwise read a
 * truncated answer (cut by the model's token limit or a dropped connection) as its last complete inner
 * object: a "successful" call with no summary that was then rejected and never retried. Refused here, the
 * call fails inside the engine's guard, so it is retried as configured and counted as malformed.
 * Text around the object (a code fence, a sentence of preamble) is still tolerated, as models add it.
 */
@ApplicationScoped
public class CompleteJsonAnswer implements OutputGuardrail {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final LlmMetrics metrics;

    CompleteJsonAnswer(LlmMetrics metrics) {
        this.metrics = metrics;
    }

    @Override
    public OutputGuardrailResult validate(AiMessage answer) {
        String problem = problem(answer == null ? null : answer.text());
        if (problem == null) {
            return success();
        }
        metrics.malformedAnswer();
        return fatal("malformed answer: " + problem);
    }

    /** Why {@code text} is not one complete JSON object, or null when it is one. */
    static String problem(String text) {
        int start = text == null ? -1 : text.indexOf('{');
        if (start < 0) {
            return "no JSON object";
        }
        try {
            JsonNode node = JSON.readTree(text.substring(start));
            return node != null && node.isObject() ? null : "no JSON object";
        } catch (JsonProcessingException e) {
            return e.getOriginalMessage();
        }
    }
}
