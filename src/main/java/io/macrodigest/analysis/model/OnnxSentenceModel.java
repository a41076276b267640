package io.macrodigest.analysis.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;

/**
 * bge-small-en-v1.5 (quantized) from the langchain4j jar, in an ONNX session we configure ourselves: the
 * library's ready-made class opens its session with ONNX Runtime's defaults, one intra-op thread per core.
 * Texts are embedded on the calling thread; the caller bounds concurrency.
 */
final class OnnxSentenceModel extends AbstractInProcessEmbeddingModel implements AutoCloseable {

    static final String MODEL_ID = "bge-small-en-v1.5-q";
    static final int DIMENSIONS = 384;
    private static final String MODEL_RESOURCE = "bge-small-en-v1.5-q.onnx";
    private static final String TOKENIZER_RESOURCE = "bge-small-en-v1.5-q-tokenizer.json";

    private final OrtSession session;
    private final OnnxBertBiEncoder encoder;

    OnnxSentenceModel(int threads) throws OrtException {
        super(Runnable::run);
        OrtEnvironment environment = OrtEnvironment.getEnvironment();
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions();
                InputStream tokenizer = resource(TOKENIZER_RESOURCE)) {
            options.setIntraOpNumThreads(threads);
            options.setInterOpNumThreads(1);
            options.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
            session = environment.createSession(readResource(MODEL_RESOURCE), options);
            encoder = new OnnxBertBiEncoder(environment, session, tokenizer, PoolingMode.CLS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    protected OnnxBertBiEncoder model() {
        return encoder;
    }

    @Override
    protected Integer knownDimension() {
        return DIMENSIONS;
    }

    @Override
    public void close() throws OrtException {
        session.close();
    }

    private static byte[] readResource(String name) throws IOException {
        try (InputStream in = resource(name)) {
            return in.readAllBytes();
        }
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = OnnxBertBiEncoder.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IOException(name + " is not on the class path");
        }
        return in;
    }
}
