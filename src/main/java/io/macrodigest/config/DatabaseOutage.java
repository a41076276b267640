package io.macrodigest.config;

import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

import org.hibernate.exception.JDBCConnectionException;

/**
 * Tells a failure caused by the database being out of reach (stopped, restarting, network gone, pool unable to
 * get a connection) from any other: that one is the service's temporary state, answered with a 503 and
 * Retry-After, or with what was rendered before, never with a 500.
 */
public final class DatabaseOutage {

    /**
     * Agroal's messages (the exceptions carry no SQLSTATE) when no connection could be had within the acquisition
     * timeout, and when a pooled connection could not join the transaction: starting a local transaction only
     * fails on a connection the server has closed, and that cause is logged, not chained.
     */
    private static final List<String> POOL_MESSAGES = List.of("Sorry, acquisition timeout",
            "Exception in association of connection to existing transaction");

    private DatabaseOutage() {
    }

    public static boolean causedBy(Throwable error) {
        // the connection's own failure may sit among suppressed exceptions: a pool that could not enlist a
        // closed connection in the transaction reports the closing only there
        Deque<Throwable> pending = new ArrayDeque<>();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        pending.add(error);
        while (!pending.isEmpty() && seen.size() < 64) {
            Throwable t = pending.poll();
            if (t == null || !seen.add(t)) {
                continue;
            }
            if (signalsOutage(t)) {
                return true;
            }
            pending.add(t.getCause() == null ? t : t.getCause());
            pending.addAll(List.of(t.getSuppressed()));
        }
        return false;
    }

    private static boolean signalsOutage(Throwable t) {
        if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                || t instanceof JDBCConnectionException) {
            return true;
        }
        return t instanceof SQLException sql && (connectionState(sql.getSQLState()) || (sql.getMessage() != null
                && POOL_MESSAGES.stream().anyMatch(sql.getMessage()::startsWith)));
    }

    /** SQLSTATE class 08 (connection exception) and 57P01-57P03 (the server shutting down or starting up). */
    private static boolean connectionState(String state) {
        return state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02")
                || state.equals("57P03"));
    }
}
