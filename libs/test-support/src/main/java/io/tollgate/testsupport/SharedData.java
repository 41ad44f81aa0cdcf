package io.tollgate.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates the read-only {@code ../shared} material (real list files, evaluation data) for tests. */
public final class SharedData {

    private SharedData() {
    }

    /** The shared folder: {@code -Dtollgate.shared.dir} or the first {@code shared} folder beside an ancestor. */
    public static Path root() {
        String configured = System.getProperty("tollgate.shared.dir");
        if (configured != null && Files.isDirectory(Path.of(configured))) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            Path candidate = dir.resolve("shared");
            if (Files.isDirectory(candidate.resolve("lists"))) {
                return candidate;
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("the shared folder (../shared with lists/ and eval/) is missing: "
                + "tests read real list files from it; set -Dtollgate.shared.dir");
    }

    /** A file under the shared folder, failing clearly if it is not there. */
    public static Path file(String relative) {
        Path p = root().resolve(relative);
        if (!Files.exists(p)) {
            throw new IllegalStateException("missing shared file " + p);
        }
        return p;
    }
}
