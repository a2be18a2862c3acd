package com.tradefinder.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Temporary folders for the journals the benchmarks write (under {@code java.io.tmpdir}, a disk here, not tmpfs).
 */
final class BenchFiles
{
    private BenchFiles()
    {
    }

    /**
     * @param prefix folder name prefix.
     * @return a new empty folder.
     */
    static Path tempFolder(final String prefix)
    {
        try
        {
            return Files.createTempDirectory(prefix);
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException(ex);
        }
    }

    /**
     * Deletes a folder and everything in it; nothing if it is null or gone.
     *
     * @param folder the folder.
     */
    static void delete(final Path folder)
    {
        if (folder == null || !Files.exists(folder))
        {
            return;
        }
        try (Stream<Path> files = Files.walk(folder))
        {
            for (final Path file : (Iterable<Path>)files.sorted(Comparator.reverseOrder())::iterator)
            {
                Files.delete(file);
            }
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException(ex);
        }
    }
}
