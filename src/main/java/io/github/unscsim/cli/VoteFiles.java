package io.github.unscsim.cli;

import io.github.unscsim.record.ImportReport;
import io.github.unscsim.record.RecordFormat;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads a file of votes named on the command line ({@code -} for standard input), with one-line errors. */
final class VoteFiles {

    private VoteFiles() {
    }

    /**
     * Reads and checks a file of votes.
     *
     * @param name the file as typed, {@code -} for standard input
     * @param format its form
     * @param stdin standard input
     * @return the report: the record, or every bad row
     * @throws IllegalArgumentException if the file cannot be read at all (missing, a directory, unreadable, not
     *     UTF-8), naming it
     */
    static ImportReport read(String name, RecordFormat format, InputStream stdin) {
        boolean fromStdin = name.equals("-");
        String shown = fromStdin ? "<stdin>" : name;
        Path path = fromStdin ? null : Path.of(name);
        if (path != null && Files.isDirectory(path)) {
            throw new IllegalArgumentException(shown + ": is a directory, not a file of votes");
        }
        try {
            InputStream in = fromStdin ? stdin : Files.newInputStream(path);
            // strict UTF-8: a file in another encoding is an error, not text with replacement characters
            Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
            return format.read(shown, reader);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException(shown + ": no such file", e);
        } catch (AccessDeniedException e) {
            throw new IllegalArgumentException(shown + ": cannot read the file: permission denied", e);
        } catch (IOException e) {
            throw new IllegalArgumentException(shown + ": cannot read the file: " + e.getMessage(), e);
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof CharacterCodingException) {
                throw new IllegalArgumentException(shown + ": not UTF-8 text", e);
            }
            throw new IllegalArgumentException(shown + ": cannot read the file: " + e.getCause().getMessage(), e);
        }
    }
}
