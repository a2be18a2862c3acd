package com.tradefinder.tools.importer;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Opens a raw WebSocket capture ({@code *.jsonl.gz}) as an {@link EventSource}.
 * <p>
 * The shape matches the capture source's constructor, {@code (Path file, InstrumentCatalog catalog, ImportReport
 * report)}, so that a constructor reference wires it. The capture source registers its instruments with the catalog
 * while it is being opened and reports problems to the report; it must not emit {@code InstrumentDefinition} messages
 * itself, {@link MergedSource} does that for every instrument.
 * <p>
 * Called on the import thread, once per capture file.
 */
@FunctionalInterface
public interface CaptureSourceFactory
{
    /**
     * Used until a capture importer is wired: every capture file is refused with a one-line {@link ImportException}.
     */
    CaptureSourceFactory NOT_AVAILABLE = (file, catalog, report) ->
    {
        throw new ImportException(file + ": WebSocket capture import is not available in this build");
    };

    /**
     * @param file    a {@code *.jsonl.gz} capture.
     * @param catalog instrument ids for the whole import.
     * @param report  where problems in the capture go.
     * @return the source, positioned before its first event.
     * @throws IOException if the file cannot be opened.
     */
    EventSource open(Path file, InstrumentCatalog catalog, ImportReport report) throws IOException;
}
