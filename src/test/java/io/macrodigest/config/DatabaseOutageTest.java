package io.macrodigest.config;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import jakarta.persistence.PersistenceException;

import org.junit.jupiter.api.Test;

class DatabaseOutageTest {

    @Test
    void connectionFailuresAnywhereInTheChainAreAnOutage() {
        assertTrue(DatabaseOutage.causedBy(new PersistenceException(new SQLException("refused", "08001"))));
        assertTrue(DatabaseOutage.causedBy(new SQLException("terminating connection", "57P01")));
        assertTrue(DatabaseOutage.causedBy(new RuntimeException(new SQLTransientConnectionException("gone"))));
        assertTrue(DatabaseOutage.causedBy(new SQLException("Sorry, acquisition timeout!")));
        assertTrue(DatabaseOutage.causedBy(new PersistenceException(new SQLException(
                "Exception in association of connection to existing transaction", new SQLException("Failed to enlist")))));
        SQLException enlist = new SQLException("Failed to enlist");
        enlist.addSuppressed(new Exception(new SQLException("This connection has been closed.", "08003")));
        assertTrue(DatabaseOutage.causedBy(new PersistenceException(enlist)));
    }

    @Test
    void otherFailuresAreNot() {
        assertFalse(DatabaseOutage.causedBy(new SQLException("duplicate key", "23505")));
        assertFalse(DatabaseOutage.causedBy(new IllegalStateException("bug")));
        Exception first = new Exception("first");
        Exception second = new Exception("second", first);
        first.addSuppressed(second);
        assertFalse(DatabaseOutage.causedBy(second), "a cycle ends");
    }
}
