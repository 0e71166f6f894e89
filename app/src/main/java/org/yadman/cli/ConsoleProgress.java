package org.yadman.cli;

import java.io.PrintStream;
import org.yadman.importing.ImportProgress;

/** A one-line progress bar for a terminal: share of the file read, rows, and rows per second. */
final class ConsoleProgress implements ImportProgress {
    private static final int WIDTH = 30;
    private final PrintStream terminal;
    private long started;
    private long startRows;
    private boolean drawn;

    ConsoleProgress(PrintStream terminal) {
        this.terminal = terminal;
    }

    @Override
    public void update(long rows, long bytesRead, long totalBytes) {
        if (!drawn) { // the rate counts from the first report, not from the database's start-up
            started = System.nanoTime();
            startRows = rows;
        }
        double seconds = Math.max(1e-3, (System.nanoTime() - started) / 1e9);
        StringBuilder line = new StringBuilder("\r");
        if (bytesRead > 0 && totalBytes > 0) {
            int filled = (int) Math.min(WIDTH, WIDTH * bytesRead / totalBytes);
            line.append('[').append("#".repeat(filled)).append(" ".repeat(WIDTH - filled)).append("] ")
                    .append(String.format("%3d%% ", 100 * bytesRead / totalBytes));
        }
        line.append(String.format("%,d rows  %,.0f rows/s ", rows, drawn ? (rows - startRows) / seconds : 0.0));
        terminal.print(line);
        terminal.flush();
        drawn = true;
    }

    /** Ends the bar's line so that what follows starts on a line of its own. */
    void finish() {
        if (drawn) terminal.println();
    }
}
