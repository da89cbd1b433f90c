package io.github.unscsim.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Objects;
import java.util.Set;

/** Writing pictures to files, whole or not at all, and escaping text for SVG and HTML. Stateless. */
public final class Pictures {

    private Pictures() {
    }

    /**
     * Writes text (UTF-8) to a file whole or not at all: into a temporary file in the same folder, then moved over
     * the target, so that a failed write leaves no half-written file.
     *
     * @param file the file, not null
     * @param text the content, not null
     * @throws IllegalArgumentException if the file cannot be written, with the file and the reason
     */
    public static void write(Path file, String text) {
        Objects.requireNonNull(text, "text");
        Path target = file.toAbsolutePath();
        Path folder = target.getParent();
        Path temporary = null;
        try {
            if (Files.isDirectory(target)) {
                throw new IOException("is a directory");
            }
            temporary = Files.createTempFile(folder, "." + target.getFileName(), ".tmp");
            Files.writeString(temporary, text, StandardCharsets.UTF_8);
            readableLike(temporary, target);
            try {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | SecurityException e) {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // the write already failed; its reason is the one to report
                }
            }
            String reason = e instanceof java.nio.file.NoSuchFileException ? "no such folder"
                    : e instanceof java.nio.file.AccessDeniedException ? "permission denied"
                    : String.valueOf(e.getMessage());
            throw new IllegalArgumentException("cannot write " + file + ": " + reason, e);
        }
    }

    /** Gives the new file the target's permissions, or rw-r--r-- (a temporary file is created private). */
    private static void readableLike(Path temporary, Path target) throws IOException {
        if (!Files.getFileStore(temporary).supportsFileAttributeView(PosixFileAttributeView.class)) {
            return;
        }
        Set<PosixFilePermission> permissions = Files.exists(target) ? Files.getPosixFilePermissions(target)
                : PosixFilePermissions.fromString("rw-r--r--");
        Files.setPosixFilePermissions(temporary, permissions);
    }

    /**
     * Escapes text for XML (SVG) and HTML content and attribute values.
     *
     * @param text the text, not null
     * @return the escaped text
     */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
