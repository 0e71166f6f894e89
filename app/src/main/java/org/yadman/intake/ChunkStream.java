package org.yadman.intake;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** An upload's chunks as one stream, fetched one row at a time (a 2 GB upload is never in memory). */
final class ChunkStream extends InputStream {
    private final PreparedStatement statement;
    private final ResultSet rows;
    private byte[] current = new byte[0];
    private int position;
    private boolean done;

    ChunkStream(Connection c, String uploadId) throws SQLException {
        statement = c.prepareStatement("SELECT data FROM intake_chunk WHERE upload_id = ? ORDER BY start");
        statement.setFetchSize(1);
        statement.setString(1, uploadId);
        rows = statement.executeQuery();
    }

    private boolean fill() throws IOException {
        while (!done && position >= current.length) {
            try {
                if (rows.next()) {
                    current = rows.getBytes(1);
                    position = 0;
                } else {
                    done = true;
                }
            } catch (SQLException e) {
                throw new IOException("cannot read a chunk: " + e.getMessage(), e);
            }
        }
        return position < current.length;
    }

    @Override
    public int read() throws IOException {
        return fill() ? current[position++] & 0xff : -1;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) return 0;
        if (!fill()) return -1;
        int n = Math.min(len, current.length - position);
        System.arraycopy(current, position, b, off, n);
        position += n;
        return n;
    }

    @Override
    public void close() throws IOException {
        try {
            rows.close();
            statement.close();
        } catch (SQLException e) {
            throw new IOException(e);
        }
    }
}
