package io.macrodigest.analysis.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;

import org.junit.jupiter.api.Test;

class VectorsTest {

    @Test
    void dotIsTheCosineOfUnitVectorsOfAnyLength() {
        Random random = new Random(7);
        for (int length : new int[] { 1, 3, 4, 7, 384 }) {
            float[] a = new float[length];
            float[] b = new float[length];
            for (int i = 0; i < length; i++) {
                a[i] = (float) random.nextGaussian();
                b[i] = (float) random.nextGaussian();
            }
            Vectors.normalize(a);
            Vectors.normalize(b);
            double expected = 0;
            for (int i = 0; i < length; i++) {
                expected += (double) a[i] * b[i];
            }
            assertEquals(expected, Vectors.dot(a, b), 1e-6, "length " + length);
            assertEquals(1.0, Vectors.dot(a, a), 1e-6);
        }
    }

    @Test
    void bytesKeepEveryFloat() {
        float[] v = { 0.25f, -1.5f, Float.MIN_VALUE, 3e-7f };
        assertArrayEquals(v, Vectors.fromBytes(Vectors.toBytes(v)));
    }
}
