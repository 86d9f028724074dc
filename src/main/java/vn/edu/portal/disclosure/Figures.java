package vn.edu.portal.disclosure;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The cells of a table as stored: {@code row.column=value} joined by {@code ;}, numbers only
 * (whole numbers, and decimals with a dot for areas in square metres).
 */
public final class Figures {

    private Figures() {
    }

    public static String key(String row, String column) {
        return row + "." + column;
    }

    public static Map<String, BigDecimal> parse(String stored) {
        Map<String, BigDecimal> cells = new LinkedHashMap<>();
        if (stored == null || stored.isBlank()) {
            return cells;
        }
        for (String pair : stored.split(";")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                cells.put(pair.substring(0, eq), new BigDecimal(pair.substring(eq + 1)));
            }
        }
        return cells;
    }

    public static String format(Map<String, BigDecimal> cells) {
        StringBuilder out = new StringBuilder();
        cells.forEach((k, v) -> {
            if (!out.isEmpty()) {
                out.append(';');
            }
            out.append(k).append('=').append(v.toPlainString());
        });
        return out.toString();
    }
}
