package io.macrodigest.search;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Read-only statements of a search in plain JDBC, on a connection the caller holds for all of them. Through
 * Hibernate each native query cost about as much application time as PostgreSQL spent on it (query
 * interpretation, a type lookup for every column of every row); a search runs five or six of them. Parameters are
 * named ({@code :name}) as in the filter's SQL; a value is a number, a string, a {@link Timestamp}, or a
 * {@code String[]} / {@code Long[]} bound as an array. Arrays read back as Java arrays.
 */
final class SqlRows {

    private SqlRows() {
    }

    static List<Object[]> query(Connection connection, String sql, Map<String, ?> params) throws SQLException {
        List<String> names = new ArrayList<>();
        String positional = positional(sql, names);
        try (PreparedStatement st = connection.prepareStatement(positional)) {
            for (int i = 0; i < names.size(); i++) {
                String name = names.get(i);
                if (!params.containsKey(name)) {
                    throw new IllegalArgumentException("no value for :" + name);
                }
                bind(connection, st, i + 1, params.get(name));
            }
            try (ResultSet rs = st.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                List<Object[]> rows = new ArrayList<>();
                while (rs.next()) {
                    Object[] row = new Object[columns];
                    for (int c = 0; c < columns; c++) {
                        Object value = rs.getObject(c + 1);
                        row[c] = value instanceof Array array ? array.getArray() : value;
                    }
                    rows.add(row);
                }
                return rows;
            }
        }
    }

    private static void bind(Connection connection, PreparedStatement st, int index, Object value) throws SQLException {
        switch (value) {
            case String[] strings -> st.setArray(index, connection.createArrayOf("text", strings));
            case Long[] longs -> st.setArray(index, connection.createArrayOf("bigint", longs));
            case Timestamp t -> st.setTimestamp(index, t);
            default -> st.setObject(index, value);
        }
    }

    /** {@code :name} to {@code ?}, names in order of appearance; string literals and {@code ::} casts left alone. */
    static String positional(String sql, List<String> names) {
        StringBuilder out = new StringBuilder(sql.length());
        int i = 0;
        while (i < sql.length()) {
            char ch = sql.charAt(i);
            if (ch == '\'') {
                int end = sql.indexOf('\'', i + 1);
                end = end < 0 ? sql.length() : end + 1;
                out.append(sql, i, end);
                i = end;
            } else if (ch == ':' && i + 1 < sql.length() && sql.charAt(i + 1) == ':') {
                out.append("::");
                i += 2;
            } else if (ch == ':' && i + 1 < sql.length() && Character.isJavaIdentifierStart(sql.charAt(i + 1))) {
                int end = i + 1;
                while (end < sql.length() && Character.isJavaIdentifierPart(sql.charAt(end))) {
                    end++;
                }
                names.add(sql.substring(i + 1, end));
                out.append('?');
                i = end;
            } else {
                out.append(ch);
                i++;
            }
        }
        return out.toString();
    }
}
