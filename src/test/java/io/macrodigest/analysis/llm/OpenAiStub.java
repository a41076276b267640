package io.macrodigest.analysis.llm;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Our stand-in for an OpenAI-compatible server: answers {@code POST /v1/chat/completions} on a loopback port
 * the way a test scripts it, and keeps every request body it received.
 */
final class OpenAiStub {

    /**
     * The port is chosen once per JVM and kept in a system property: the test profile, which must name the
     * URL before Quarkus starts, and the test, which runs the stub, see this class through different class
     * loaders and so would otherwise each have their own statics.
     */
    private static final String PORT_PROPERTY = "macrodigest.test.openai-stub.port";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final List<JsonNode> requests = new CopyOnWriteArrayList<>();
    private volatile Answer answer = Answer.content("{}");

    private OpenAiStub(int port) {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/v1/chat/completions", this::handle);
        server.start();
    }

    /** The stub of this test JVM, started on first use. */
    static OpenAiStub get() {
        return Holder.STUB;
    }

    static String baseUrl() {
        return "http://127.0.0.1:" + port() + "/v1/";
    }

    private static int port() {
        return Integer.parseInt((String) System.getProperties().computeIfAbsent(PORT_PROPERTY, k -> {
            try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                return String.valueOf(probe.getLocalPort());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }));
    }

    /** Forget what was received and answer {@code next} from now on. */
    void reset(Answer next) {
        requests.clear();
        answer = next;
    }

    int calls() {
        return requests.size();
    }

    JsonNode lastRequest() {
        return requests.get(requests.size() - 1);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            requests.add(JSON.readTree(exchange.getRequestBody()));
            Answer a = answer;
            if (a.delay().isPositive()) {
                try {
                    Thread.sleep(a.delay());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            byte[] body = (a.status() == 200 ? completion(a.content()) : a.content()).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(a.status(), body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static String completion(String content) throws IOException {
        return JSON.writeValueAsString(Map.of(
                "id", "chatcmpl-stub",
                "object", "chat.completion",
                "created", 1_700_000_000,
                "model", "stub-model",
                "choices", List.of(Map.of(
                        "index", 0,
                        "message", Map.of("role", "assistant", "content", content),
                        "finish_reason", "stop")),
                "usage", Map.of("prompt_tokens", 100, "completion_tokens", 50, "total_tokens", 150)));
    }

    private static final class Holder {
        static final OpenAiStub STUB = new OpenAiStub(port());
    }

    /** What the stub answers: the assistant's message {@code content} with status 200, or an error body. */
    record Answer(int status, String content, Duration delay) {

        static Answer content(String content) {
            return new Answer(200, content, Duration.ZERO);
        }

        static Answer error(int status) {
            return new Answer(status, "{\"error\":{\"message\":\"stub failure\",\"type\":\"server_error\"}}",
                    Duration.ZERO);
        }

        Answer delayedBy(Duration delay) {
            return new Answer(status, content, delay);
        }
    }
}
