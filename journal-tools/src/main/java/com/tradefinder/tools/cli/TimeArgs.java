package com.tradefinder.tools.cli;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * Parses the time arguments of the command line into epoch nanoseconds, always in UTC.
 */
final class TimeArgs
{
    private TimeArgs()
    {
    }

    /**
     * @param option the option's name, for the error message.
     * @param text   {@code 2024-07-18}, {@code 2024-07-18T23:58}, {@code 2024-07-18T23:58:00Z} or epoch
     *               milliseconds.
     * @return epoch nanoseconds.
     * @throws IllegalArgumentException naming the option and the accepted forms.
     */
    static long parseNs(final String option, final String text)
    {
        try
        {
            if (text.chars().allMatch(Character::isDigit) && !text.isEmpty())
            {
                return Math.multiplyExact(Long.parseLong(text), 1_000_000L);
            }
            if (text.length() == 10)
            {
                return toNs(LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant());
            }
            if (text.endsWith("Z") || text.contains("+"))
            {
                return toNs(Instant.parse(text));
            }
            return toNs(LocalDateTime.parse(text).toInstant(ZoneOffset.UTC));
        }
        catch (final DateTimeParseException | ArithmeticException | NumberFormatException ex)
        {
            throw new IllegalArgumentException(option + " '" + text + "' is not a time: use 2024-07-18, " +
                "2024-07-18T23:58, 2024-07-18T23:58:00Z or epoch milliseconds (all UTC)");
        }
    }

    private static long toNs(final Instant instant)
    {
        return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000_000L), instant.getNano());
    }
}
