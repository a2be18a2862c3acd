package com.tradefinder.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Locates the real market data and fixtures in {@code ../shared}.
 * <p>
 * When {@code TRADEFINDER_SHARED} is set (CI sets it) the folder and every file asked for must exist, otherwise the
 * test fails; a relative path is taken from the repository root. When it is not set, the sibling {@code ../shared} of the repository is used if present, and the
 * conformance test is skipped if it is not (a user's fresh clone).
 */
public final class SharedData
{
    private SharedData()
    {
    }

    /**
     * @return the shared folder; skips or fails the calling test when it is absent, as described above.
     */
    public static Path root()
    {
        final String required = System.getenv("TRADEFINDER_SHARED");
        if (required != null && !required.isBlank())
        {
            final Path root = resolve(required);
            if (!Files.isDirectory(root.resolve("data")))
            {
                fail("TRADEFINDER_SHARED=" + required + " is set but " + root.resolve("data") + " does not exist");
            }
            return root;
        }
        final String fallback = System.getenv("TRADEFINDER_SHARED_DEFAULT");
        final Path root = fallback == null ? Paths.get("..", "shared") : Paths.get(fallback);
        assumeTrue(Files.isDirectory(root.resolve("data")),
            "../shared not present and TRADEFINDER_SHARED not set: conformance test skipped");
        return root.toAbsolutePath().normalize();
    }

    private static Path resolve(final String path)
    {
        final Path given = Paths.get(path);
        final String projectRoot = System.getenv("TRADEFINDER_PROJECT_ROOT");
        if (!given.isAbsolute() && projectRoot != null)
        {
            // a relative TRADEFINDER_SHARED means relative to the repository root, where the build was started
            return Paths.get(projectRoot).resolve(given).toAbsolutePath().normalize();
        }
        return given.toAbsolutePath().normalize();
    }

    /**
     * @param fileName a file in {@code shared/data}.
     * @return its path; fails the test if the shared folder exists but the file does not.
     */
    public static Path data(final String fileName)
    {
        final Path file = root().resolve("data").resolve(fileName);
        if (!Files.isRegularFile(file))
        {
            fail("shared data file missing: " + file);
        }
        return file;
    }

    /**
     * @param relative a path under {@code shared/fixtures}.
     * @return its path; fails the test if the shared folder exists but the file does not.
     */
    public static Path fixture(final String relative)
    {
        final Path file = root().resolve("fixtures").resolve(relative);
        if (!Files.isRegularFile(file))
        {
            fail("shared fixture missing: " + file);
        }
        return file;
    }
}
