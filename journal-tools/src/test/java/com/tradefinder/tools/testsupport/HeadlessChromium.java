package com.tradefinder.tools.testsupport;

import org.junit.jupiter.api.Assumptions;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Debian's headless Chromium for page tests: a screenshot of a local page and the console lines it logged.
 * Skips when Chromium is missing on a developer's machine; fails in CI (TRADEFINDER_SHARED set), where .ci/run
 * installs it.
 */
public final class HeadlessChromium
{
    private static final long TIMEOUT_SEC = 120;

    private HeadlessChromium()
    {
    }

    /**
     * @return the chromium executable; skips or fails the test when it is missing, as described above.
     */
    public static Path require()
    {
        final String path = System.getenv("PATH") == null ? "/usr/bin" : System.getenv("PATH");
        for (final String folder : path.split(File.pathSeparator))
        {
            final Path candidate = Path.of(folder, "chromium");
            if (Files.isExecutable(candidate))
            {
                return candidate;
            }
        }
        Assumptions.assumeTrue(System.getenv("TRADEFINDER_SHARED") != null,
            "chromium is not installed (apt-get install chromium); CI installs it and runs this test");
        return fail("chromium is not installed but TRADEFINDER_SHARED is set, so this is CI: .ci/run installs it");
    }

    /**
     * Takes a screenshot of a page.
     *
     * @param page    the page file.
     * @param png     where the screenshot goes.
     * @param profile an empty folder for the browser profile.
     * @param log     where Chromium's log goes.
     * @return the console lines Chromium logged ("Uncaught", "ERROR:CONSOLE" or any other CONSOLE line).
     * @throws IOException          if the log cannot be read.
     * @throws InterruptedException if interrupted while waiting.
     */
    public static List<String> screenshot(final Path page, final Path png, final Path profile, final Path log)
        throws IOException, InterruptedException
    {
        final Path chromium = require();
        final Process process = new ProcessBuilder(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
            "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync",
            "--user-data-dir=" + profile.toAbsolutePath(), "--screenshot=" + png.toAbsolutePath(),
            "--window-size=1400,2000", "--enable-logging=stderr", "--v=0", page.toAbsolutePath().toUri().toString())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
        if (!process.waitFor(TIMEOUT_SEC, TimeUnit.SECONDS))
        {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            fail("chromium did not finish within " + TIMEOUT_SEC + " s; log in " + log);
        }
        final List<String> console = new ArrayList<>();
        for (final String line : Files.readAllLines(log))
        {
            if (line.contains("Uncaught") || line.contains(":CONSOLE"))
            {
                console.add(line);
            }
        }
        assertThat(png).as("screenshot written by chromium (exit " + process.exitValue() + ", log " + log + ")")
            .exists();
        return console;
    }
}
