package com.tradefinder.codecs.catalogue;

import com.tradefinder.codecs.MessageHeaderDecoder;
import com.tradefinder.codecs.MessageHeaderEncoder;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import uk.co.real_logic.sbe.PrimitiveType;
import uk.co.real_logic.sbe.ir.Ir;
import uk.co.real_logic.sbe.ir.IrDecoder;
import uk.co.real_logic.sbe.ir.Signal;
import uk.co.real_logic.sbe.ir.Token;

import java.io.InputStream;
import java.lang.reflect.Method;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every message of the catalogue, encoded with the generated encoder and decoded with the generated decoder,
 * field by field, groups and variable-length data included. The field list comes from the schema's IR, so a
 * message added to the schema is covered without touching this test.
 */
class MessageRoundTripTest
{
    private static final String PACKAGE = "com.tradefinder.codecs.";
    private static final Ir IR = loadIr();

    private static Ir loadIr()
    {
        try (InputStream in = MessageRoundTripTest.class.getResourceAsStream("/sbe/tradefinder-schema.sbeir"))
        {
            try (IrDecoder decoder = new IrDecoder(ByteBuffer.wrap(in.readAllBytes())))
            {
                return decoder.decode();
            }
        }
        catch (final Exception ex)
        {
            throw new IllegalStateException("schema IR missing from the build output", ex);
        }
    }

    static Stream<String> messages()
    {
        return IR.messages().stream().map(tokens -> tokens.get(0).name());
    }

    @Test
    void shouldCoverTheWholeFirstCatalogue()
    {
        assertThat(messages().toList()).contains(
            "Trade", "BestBidOffer", "DepthUpdate", "Bar", "MarkPrice", "FundingRate",
            "WebhookSignal",
            "NewOrder", "CancelOrder", "VenueSetup",
            "OrderAccepted", "OrderRejected", "OrderCanceled", "OrderExpired", "Fill", "PositionUpdate",
            "BalanceUpdate", "FundingPayment",
            "Timer", "AdminCommand", "ConfigChange", "GatewayStatus", "InstrumentDefinition", "EngineSettings",
            "Checkpoint", "RegimeUpdate", "RegimeChange", "EngineFault", "StateHash");
        assertThat(IR.version()).isEqualTo(MessageHeaderEncoder.SCHEMA_VERSION);
    }

    @ParameterizedTest
    @MethodSource("messages")
    void shouldRoundTripEveryFieldOfEveryMessage(final String message) throws Exception
    {
        final List<Token> tokens = messageTokens(message);
        final Object encoder = Class.forName(PACKAGE + message + "Encoder").getConstructor().newInstance();
        final Object decoder = Class.forName(PACKAGE + message + "Decoder").getConstructor().newInstance();
        final UnsafeBuffer buffer = new UnsafeBuffer(new byte[8192]);
        encoder.getClass().getMethod("wrapAndApplyHeader", org.agrona.MutableDirectBuffer.class, int.class,
            MessageHeaderEncoder.class).invoke(encoder, buffer, 0, new MessageHeaderEncoder());

        final List<Object> written = new ArrayList<>();
        walk(tokens, 1, tokens.size() - 1, encoder, true, written, new int[]{ 0 });
        final int length = MessageHeaderEncoder.ENCODED_LENGTH +
            (int)encoder.getClass().getMethod("encodedLength").invoke(encoder);

        final MessageHeaderDecoder header = new MessageHeaderDecoder().wrap(buffer, 0);
        assertThat(header.templateId()).isEqualTo(tokens.get(0).id());
        assertThat(header.schemaId()).isEqualTo(MessageHeaderDecoder.SCHEMA_ID);
        decoder.getClass().getMethod("wrapAndApplyHeader", org.agrona.DirectBuffer.class, int.class,
            MessageHeaderDecoder.class).invoke(decoder, buffer, 0, new MessageHeaderDecoder());
        final List<Object> read = new ArrayList<>();
        walk(tokens, 1, tokens.size() - 1, decoder, false, read, new int[]{ 0 });

        assertThat(read).as(message).containsExactlyElementsOf(written);
        assertThat(written).as(message + " has fields").isNotEmpty();
        assertThat(MessageHeaderDecoder.ENCODED_LENGTH +
            (int)decoder.getClass().getMethod("encodedLength").invoke(decoder)).isEqualTo(length);
    }

    private static List<Token> messageTokens(final String message)
    {
        for (final List<Token> tokens : IR.messages())
        {
            if (tokens.get(0).name().equals(message))
            {
                return tokens;
            }
        }
        throw new IllegalArgumentException(message);
    }

    /**
     * Visits the fields between {@code from} and {@code to} in schema order, writing a distinct value into each
     * (encoding) or reading each back (decoding), recursing into groups.
     */
    private static void walk(final List<Token> tokens, final int from, final int to, final Object flyweight,
        final boolean encode, final List<Object> values, final int[] counter) throws Exception
    {
        int i = from;
        while (i < to)
        {
            final Token token = tokens.get(i);
            switch (token.signal())
            {
                case BEGIN_FIELD:
                {
                    final Token type = tokens.get(i + 1);
                    values.add(field(flyweight, token.name(), type, tokens, i + 1, encode, counter[0]++));
                    i += token.componentTokenCount();
                    break;
                }
                case BEGIN_GROUP:
                {
                    final int end = i + token.componentTokenCount() - 1;
                    final int firstField = i + 1 + tokens.get(i + 1).componentTokenCount();
                    final int entries = 2;
                    final Object group;
                    if (encode)
                    {
                        group = flyweight.getClass().getMethod(token.name() + "Count", int.class)
                            .invoke(flyweight, entries);
                    }
                    else
                    {
                        group = flyweight.getClass().getMethod(token.name()).invoke(flyweight);
                        values.add("count=" + group.getClass().getMethod("count").invoke(group));
                    }
                    if (encode)
                    {
                        values.add("count=" + entries);
                    }
                    for (int entry = 0; entry < entries; entry++)
                    {
                        group.getClass().getMethod("next").invoke(group);
                        walk(tokens, firstField, end, group, encode, values, counter);
                    }
                    i = end + 1;
                    break;
                }
                case BEGIN_VAR_DATA:
                {
                    final String text = "text of " + token.name() + " #" + counter[0]++;
                    if (encode)
                    {
                        flyweight.getClass().getMethod(token.name(), String.class).invoke(flyweight, text);
                        values.add(text);
                    }
                    else
                    {
                        values.add(flyweight.getClass().getMethod(token.name()).invoke(flyweight));
                    }
                    i += token.componentTokenCount();
                    break;
                }
                default:
                    i++;
                    break;
            }
        }
    }

    private static Object field(final Object flyweight, final String name, final Token type,
        final List<Token> tokens, final int typeIndex, final boolean encode, final int n) throws Exception
    {
        final Class<?> owner = flyweight.getClass();
        if (type.signal() == Signal.BEGIN_ENUM)
        {
            final Class<?> enumType = Class.forName(PACKAGE + type.applicableTypeName());
            final Object[] constants = enumType.getEnumConstants();
            // skip the generated NULL_VAL constant, pick a non-default value
            final int valid = constants.length - 1;
            final Object value = constants[(n % valid == 0 && valid > 1) ? 1 : n % valid];
            if (!encode)
            {
                return owner.getMethod(name).invoke(flyweight);
            }
            owner.getMethod(name, enumType).invoke(flyweight, value);
            return value;
        }
        final PrimitiveType primitive = type.encoding().primitiveType();
        if (primitive == PrimitiveType.CHAR && type.arrayLength() > 1)
        {
            final String text = ("F" + n + "XYZ").substring(0, Math.min(type.arrayLength(), 4 + Integer.toString(n).length()));
            if (!encode)
            {
                return owner.getMethod(name).invoke(flyweight);
            }
            owner.getMethod(name, String.class).invoke(flyweight, text);
            return text;
        }
        final Object value;
        final Class<?> javaType;
        switch (primitive)
        {
            case INT8:
                value = (byte)(-3 - n % 100);
                javaType = byte.class;
                break;
            case UINT8:
            case INT16:
                value = (short)(200 + n);
                javaType = short.class;
                break;
            case UINT16:
            case INT32:
                value = 0x0102_0304 % (primitive == PrimitiveType.UINT16 ? 60_000 : Integer.MAX_VALUE) + n;
                javaType = int.class;
                break;
            case UINT32:
            case INT64:
            case UINT64:
                value = 0x0102_0304_0506_0708L + n * 1_000_003L;
                javaType = long.class;
                break;
            case DOUBLE:
                value = 1.25 + n / 1024.0;
                javaType = double.class;
                break;
            default:
                throw new IllegalStateException(name + ": untested primitive " + primitive);
        }
        if (!encode)
        {
            return owner.getMethod(name).invoke(flyweight);
        }
        final Method setter = owner.getMethod(name, javaType);
        setter.invoke(flyweight, value);
        return value;
    }
}
