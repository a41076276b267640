package io.macrodigest.config;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** An LLM endpoint that does not answer shows in wellness, and the pod stays ready: the embedded engine answers. */
@QuarkusTest
@TestProfile(LlmEndpointHealthTest.UnreachableLlm.class)
class LlmEndpointHealthTest {

    public static class UnreachableLlm implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // port 1 on loopback: nothing listens there, so the probe is refused at once
            return Map.of("digest.llm.enabled", "true", "quarkus.langchain4j.openai.base-url", "http://127.0.0.1:1/v1/");
        }
    }

    @Test
    void anUnreachableEndpointIsDownInWellnessButTheServiceStaysReady() {
        given().when().get("/q/health/well").then().statusCode(503)
                .body("checks.find { it.name == 'LLM endpoint' }.status", equalTo("DOWN"))
                .body("checks.find { it.name == 'LLM endpoint' }.data.state", containsString("unreachable"))
                .body("checks.find { it.name == 'LLM endpoint' }.data.endpoint", equalTo("http://127.0.0.1:1/v1/models"));
        given().when().get("/q/health/ready").then().statusCode(200);
    }
}
