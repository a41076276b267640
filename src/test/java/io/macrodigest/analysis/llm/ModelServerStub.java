package io.macrodigest.analysis.llm;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Our stand-in for a model server on a loopback port: answers OpenAI's {@code POST /v1/chat/completions} and
 * Ollama's {@code POST /api/chat} the way a test scripts it, and keeps every request body it received.
 * <p>
 * One server serves the whole test JVM; only its port is kept, in a system property, and tests script it
 * over HTTP ({@code /stub/*}). Test profiles (which name the URL before Quarkus starts) and tests see this
 * class through different class loaders, a new one after every Quarkus restart, so no static is shared.
 */
final class ModelServerStub {

    private static final String PORT_PROPERTY = "macrodigest.test.model-server-stub.port";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private final int port;

    private ModelServerStub(int port) {
        this.port = port;
    }

    /** The stub of this test JVM, started on first use. */
    static ModelServerStub get() {
        return new ModelServerStub(Integer.parseInt(
                (String) System.getProperties().computeIfAbsent(PORT_PROPERTY, k -> String.valueOf(start()))));
    }

    /** Where OpenAI-compatible clients are pointed. */
    static String openAiBaseUrl() {
        return "http://127.0.0.1:" + get().port + "/v1/";
    }

    /** Where Ollama clients are pointed. */
    static String ollamaBaseUrl() {
        return "http://127.0.0.1:" + get().port;
    }

    /** Forget what was received and answer {@code next} from now on. */
    void reset(Answer next) {
        control("/stub/reset", HttpRequest.BodyPublishers.ofString(JSON.valueToTree(next).toString()));
    }

    int calls() {
        return requests().size();
    }

    JsonNode lastRequest() {
        List<JsonNode> all = requests();
        return all.get(all.size() - 1);
    }

    /** Every request body received since the last reset, oldest first. */
    List<JsonNode> requests() {
        try {
            List<JsonNode> all = new ArrayList<>();
            JSON.readTree(control("/stub/requests", HttpRequest.BodyPublishers.noBody())).forEach(all::add);
            return all;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String control(String path, HttpRequest.BodyPublisher body) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .POST(body).build();
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int start() {
        List<String> requests = new CopyOnWriteArrayList<>();
        AtomicReference<Answer> answer = new AtomicReference<>(Answer.content("{}"));
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/v1/chat/completions",
                exchange -> answer(exchange, requests, answer.get(), ModelServerStub::openAiCompletion));
        server.createContext("/api/chat",
                exchange -> answer(exchange, requests, answer.get(), ModelServerStub::ollamaChat));
        server.createContext("/stub/reset", exchange -> {
            answer.set(JSON.readValue(exchange.getRequestBody(), Answer.class));
            requests.clear();
            respond(exchange, 204, "");
        });
        server.createContext("/stub/requests",
                exchange -> respond(exchange, 200, "[" + String.join(",", requests) + "]"));
        server.start();
        return server.getAddress().getPort();
    }

    private static void answer(HttpExchange exchange, List<String> requests, Answer answer, Envelope envelope)
            throws IOException {
        requests.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        try {
            Thread.sleep(answer.delayMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            exchange.close();
            return;
        }
        respond(exchange, answer.status(), answer.status() == 200 ? envelope.wrap(answer.content()) : answer.content());
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        try (exchange) {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, status == 204 ? -1 : bytes.length);
            if (status != 204) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
            }
        }
    }

    private static String openAiCompletion(String content) throws IOException {
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

    private static String ollamaChat(String content) throws IOException {
        return JSON.writeValueAsString(Map.of(
                "model", "llama3.2",
                "created_at", "2025-11-20T12:00:00Z",
                "message", Map.of("role", "assistant", "content", content),
                "done", true,
                "done_reason", "stop",
                "prompt_eval_count", 100,
                "eval_count", 50));
    }

    /** The provider's response body around the assistant's message. */
    private interface Envelope {
        String wrap(String content) throws IOException;
    }

    /** What the stub answers: the assistant's message {@code content} with status 200, or an error body. */
    record Answer(int status, String content, long delayMillis) {

        static Answer content(String content) {
            return new Answer(200, content, 0);
        }

        static Answer error(int status) {
            return new Answer(status, "{\"error\":{\"message\":\"stub failure\",\"type\":\"server_error\"}}", 0);
        }

        Answer delayedBy(Duration delay) {
            return new Answer(status, content, delay.toMillis());
        }
    }
}
