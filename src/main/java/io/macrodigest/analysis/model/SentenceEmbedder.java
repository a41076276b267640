package io.macrodigest.analysis.model;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

/**
 * Unit-length sentence embeddings from the in-process model. The model loads in the background at start-up (or
 * on first use), never holding start-up back; until it is ready {@link #embedIfReady} answers empty, and when it
 * is disabled or cannot load (e.g. a native image without ONNX Runtime) every caller falls back to text alone.
 * One inference runs at a time with {@code digest.embedding.threads} ONNX threads, so the model's share of the
 * CPU is bounded whatever the number of ingesting threads.
 */
@ApplicationScoped
public class SentenceEmbedder {

    private static final Logger LOG = Logger.getLogger(SentenceEmbedder.class);

    public enum State { DISABLED, NOT_LOADED, LOADING, READY, FAILED }

    private final EmbeddingConfig config;
    private final ReentrantLock inference = new ReentrantLock(true);
    private final Object loading = new Object();
    private volatile State state;
    private volatile OnnxSentenceModel model;

    public SentenceEmbedder(EmbeddingConfig config) {
        this.config = config;
        this.state = config.enabled() ? State.NOT_LOADED : State.DISABLED;
    }

    void loadInBackground(@Observes StartupEvent event) {
        if (state == State.NOT_LOADED && config.loadAtStartup()) {
            Thread.ofPlatform().daemon().name("embedding-model-loader").start(() -> {
                try {
                    Thread.sleep(config.loadDelay());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                load();
            });
        }
    }

    public State state() {
        return state;
    }

    public String modelId() {
        return OnnxSentenceModel.MODEL_ID;
    }

    /** The embedding of {@code text}, loading the model first if need be; empty when disabled, failed or blank. */
    public Optional<float[]> embed(String text) {
        OnnxSentenceModel loaded = load();
        return loaded == null ? Optional.empty() : embed(loaded, text);
    }

    /** The embedding of {@code text} if the model is ready now; never waits for it to load. */
    public Optional<float[]> embedIfReady(String text) {
        OnnxSentenceModel loaded = model;
        return loaded == null ? Optional.empty() : embed(loaded, text);
    }

    private Optional<float[]> embed(OnnxSentenceModel loaded, String text) {
        List<String> windows = text == null ? List.of() : TextWindows.split(text, config.windowWords());
        if (windows.isEmpty()) {
            return Optional.empty();
        }
        float[] sum = new float[OnnxSentenceModel.DIMENSIONS];
        for (String window : windows) {
            float[] v = infer(loaded, window);
            // longer windows say more of the text: weigh each by its words
            int weight = window.split(" ").length;
            for (int i = 0; i < sum.length; i++) {
                sum[i] += v[i] * weight;
            }
        }
        return Optional.of(Vectors.normalize(sum));
    }

    private float[] infer(OnnxSentenceModel loaded, String window) {
        inference.lock();
        try {
            return loaded.embed(window).content().vector();
        } finally {
            inference.unlock();
        }
    }

    private OnnxSentenceModel load() {
        OnnxSentenceModel loaded = model;
        if (loaded != null || state == State.DISABLED || state == State.FAILED) {
            return loaded;
        }
        synchronized (loading) {
            if (model == null && state != State.FAILED) {
                state = State.LOADING;
                long start = System.nanoTime();
                try {
                    model = new OnnxSentenceModel(Math.max(1, config.threads()));
                    state = State.READY;
                    LOG.infof("Embedding model %s ready in %d ms (%d ONNX threads)", modelId(),
                            (System.nanoTime() - start) / 1_000_000, config.threads());
                } catch (Exception | LinkageError e) {
                    state = State.FAILED;
                    LOG.errorf(e, "Embedding model %s could not load: stories group near-copies only and search "
                            + "ranks by text alone", modelId());
                }
            }
            return model;
        }
    }

    @PreDestroy
    void close() throws Exception {
        OnnxSentenceModel loaded = model;
        if (loaded != null) {
            loaded.close();
        }
    }
}
