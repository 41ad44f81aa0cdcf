package io.tollgate.screening.domain.list;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;

/**
 * The files of one publication after unpacking (a zip gives several, a plain or gzip file one). Each file can
 * be opened more than once; names are the entry names without folders.
 */
public interface ListFiles {

    /** The file names, in publication order. */
    List<String> names();

    /** Opens one file for streaming. */
    InputStream open(String name) throws IOException;

    /** The first file whose name matches, ignoring case. */
    default Optional<String> find(String name) {
        return names().stream().filter(n -> n.equalsIgnoreCase(name)).findFirst();
    }
}
