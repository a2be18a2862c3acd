package com.tradefinder.tools.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;

/**
 * The lines of a gzip text file as bytes, without a {@code String} per line.
 * <p>
 * After {@link #next()} returns true the line, without its {@code \n} or {@code \r\n}, is in {@link #bytes()} from 0
 * for {@link #length()} bytes, valid until the next call. The line buffer grows to the longest line. Single-threaded.
 */
final class GzipLines implements AutoCloseable
{
    private static final int CHUNK_LENGTH = 1 << 16;

    private final InputStream in;
    private final byte[] chunk = new byte[CHUNK_LENGTH];
    private int chunkPosition;
    private int chunkLimit;
    private byte[] line = new byte[CHUNK_LENGTH];
    private int length;
    private long number;
    private boolean ended;

    /**
     * @param file a gzip file.
     * @throws IOException if it cannot be opened or has no gzip header.
     */
    GzipLines(final Path file) throws IOException
    {
        in = new GZIPInputStream(Files.newInputStream(file), CHUNK_LENGTH);
    }

    /**
     * @return true if another line was read.
     * @throws IOException if the file cannot be read or its gzip stream is damaged or cut short.
     */
    boolean next() throws IOException
    {
        if (ended)
        {
            return false;
        }
        length = 0;
        boolean consumed = false;
        while (true)
        {
            if (chunkPosition == chunkLimit)
            {
                final int read = in.read(chunk);
                if (read < 0)
                {
                    ended = true;
                    if (!consumed)
                    {
                        return false;
                    }
                    break;
                }
                chunkPosition = 0;
                chunkLimit = read;
                continue;
            }
            consumed = true;
            int end = chunkPosition;
            while (end < chunkLimit && chunk[end] != '\n')
            {
                end++;
            }
            append(chunkPosition, end - chunkPosition);
            if (end < chunkLimit)
            {
                chunkPosition = end + 1;
                break;
            }
            chunkPosition = chunkLimit;
        }
        if (length > 0 && line[length - 1] == '\r')
        {
            length--;
        }
        number++;
        return true;
    }

    byte[] bytes()
    {
        return line;
    }

    int length()
    {
        return length;
    }

    /**
     * @return 1-based number of the current line, or of the last one read.
     */
    long number()
    {
        return number;
    }

    @Override
    public void close() throws IOException
    {
        in.close();
    }

    private void append(final int from, final int count)
    {
        if (length + count > line.length)
        {
            line = Arrays.copyOf(line, Math.max(line.length * 2, length + count));
        }
        System.arraycopy(chunk, from, line, length, count);
        length += count;
    }
}
