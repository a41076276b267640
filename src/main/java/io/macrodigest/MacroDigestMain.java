package io.macrodigest;

import java.util.Arrays;

import io.macrodigest.analysis.evaluation.EngineEvaluation;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.QuarkusApplication;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Runs the service, or with the argument {@code evaluate} measures the configured analysis engine on the
 * evaluation corpora and exits (see README, "Evaluating an engine").
 */
@QuarkusMain
public class MacroDigestMain implements QuarkusApplication {

    private final EngineEvaluation evaluation;

    public MacroDigestMain(EngineEvaluation evaluation) {
        this.evaluation = evaluation;
    }

    @Override
    public int run(String... args) {
        if (args.length > 0 && args[0].equals("evaluate")) {
            return evaluation.run(Arrays.asList(args).subList(1, args.length), System.out);
        }
        Quarkus.waitForExit();
        return 0;
    }
}
