package org.yadman.evidence;

import org.yadman.ledger.Tile;

/**
 * A parsed C2SP tlog-tiles path below {@code /log/}: {@code tile/<L>/<N>[.p/<W>]} or
 * {@code tile/entries/<N>[.p/<W>]}, N in 3-digit groups with 'x' before all but the last.
 * Only paths that {@link Tile#path()} would write back identically are accepted.
 */
record TileRequest(boolean entries, Tile tile) {
    /** The request for {@code rest} (the part after {@code tile/}), or null when it is not a tile path. */
    static TileRequest parse(String rest) {
        String[] parts = rest.split("/", -1);
        if (parts.length < 2) return null;
        boolean entries = parts[0].equals("entries");
        int level;
        if (entries) {
            level = 0;
        } else {
            if (!parts[0].matches("[0-7]")) return null;
            level = parts[0].charAt(0) - '0';
        }
        int end = parts.length;
        int width = Tile.WIDTH;
        if (end >= 3 && parts[end - 2].endsWith(".p")) {
            if (!parts[end - 1].matches("[1-9][0-9]{0,2}")) return null;
            width = Integer.parseInt(parts[end - 1]);
            if (width >= Tile.WIDTH) return null;
            parts[end - 2] = parts[end - 2].substring(0, parts[end - 2].length() - 2);
            end--;
        }
        long index = 0;
        for (int i = 1; i < end; i++) {
            boolean last = i == end - 1;
            String group = parts[i];
            if (!(last ? group.matches("[0-9]{3}") : group.matches("x[0-9]{3}"))) return null;
            index = index * 1000 + Integer.parseInt(last ? group : group.substring(1));
            if (index < 0 || index > Long.MAX_VALUE / 1000) return null;
        }
        Tile tile = new Tile(level, index, width);
        String canonical = entries ? tile.entriesPath() : tile.path();
        return canonical.equals("tile/" + rest) ? new TileRequest(entries, tile) : null;
    }
}
