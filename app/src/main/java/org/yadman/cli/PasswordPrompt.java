package org.yadman.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads a new password without it ever appearing in argv, the shell history or on screen: from
 * the terminal without echo, asked twice; or, when there is no terminal (a script, a pipe), as
 * the first line of standard input.
 */
final class PasswordPrompt {
    private PasswordPrompt() {}

    static String readNew(Console console, InputStream stdin, String accountName) {
        if (console != null) {
            char[] first = console.readPassword("New password for %s: ", accountName);
            char[] second = console.readPassword("The same password again: ");
            if (first == null || second == null) throw new IllegalArgumentException("no password given (end of input)");
            try {
                if (!Arrays.equals(first, second)) throw new IllegalArgumentException("the two passwords differ; nothing was changed");
                return new String(first);
            } finally {
                Arrays.fill(first, '\0');
                Arrays.fill(second, '\0');
            }
        }
        try {
            // Not closed: closing it would close the process's standard input.
            String line = new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8)).readLine();
            if (line == null) throw new IllegalArgumentException("no password given: standard input was empty (pipe one line)");
            return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read the password from standard input: " + e.getMessage(), e);
        }
    }
}
