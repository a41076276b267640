package io.macrodigest.analysis.llm;
import io.macrodigest.analysis.Analysis;
import io.macrodigest.analysis.AnalysisInput;
import io.macrodigest.analysis.Analyzer;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

@QuarkusTest
@TestProfile(OllamaProfile.class)
class OllamaProviderTest {

    @Inject
    Analyzer analyzer;

    @Test
    void ollamaAnswersWhenTheProviderSaysSo() {
        ModelServerStub.get().reset(ModelServerStub.Answer.content(LlmAnalysisTest.resource("good-answer.json")));
        String text = LlmAnalysisTest.article();

        Analysis analysis = analyzer.analyze(new AnalysisInput("Fed cuts", text, null, true));

        // the model id is the build's default for Ollama
        assertThat(analysis.engine(), is("llm:llama3.2"));
        assertThat(analysis.quotes(), hasSize(1));
        assertThat(ModelServerStub.get().calls(), is(1));
        JsonNode request = ModelServerStub.get().lastRequest();
        assertThat(request.path("model").asText(), is("llama3.2"));
        assertThat(request.path("format").asText(), is("json"));
        assertThat(request.path("messages").toString(), containsString("Inflation cooled for a third straight month"));
    }
}
