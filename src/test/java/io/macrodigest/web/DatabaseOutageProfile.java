package io.macrodigest.web;

import java.util.List;
import java.util.Map;

import io.macrodigest.support.RestartablePostgres;
import io.quarkus.test.junit.QuarkusTestProfile;

/** The service on a database the test can stop; connections are given up on quickly. */
public class DatabaseOutageProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.datasource.jdbc.acquisition-timeout", "2s",
                "quarkus.datasource.jdbc.login-timeout", "1s");
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(RestartablePostgres.class));
    }
}
