package com.tradefinder.tools.journal;

import com.tradefinder.codecs.MessageHeaderDecoder;
import org.agrona.DirectBuffer;
import uk.co.real_logic.sbe.ir.Encoding;
import uk.co.real_logic.sbe.ir.Ir;
import uk.co.real_logic.sbe.ir.IrDecoder;
import uk.co.real_logic.sbe.ir.Token;
import uk.co.real_logic.sbe.otf.OtfHeaderDecoder;
import uk.co.real_logic.sbe.otf.OtfMessageDecoder;
import uk.co.real_logic.sbe.otf.TokenListener;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.List;

/**
 * Renders any message of the schema as one compact JSON object, driven by the schema's IR (generated at build
 * time beside the codecs), so the dump never falls behind the schema.
 * <p>
 * Fields appear in schema order with their schema names; enums as their names; fixed-length text as strings
 * without padding; repeating groups as arrays of objects; non-finite doubles as {@code null}.
 * While rendering it also picks out the message's instrument id and its event time for filtering.
 * Single-threaded; for tools, not the hot path.
 */
public final class SchemaJson
{
    private static final String IR_RESOURCE = "/sbe/tradefinder-schema.sbeir";

    private final Ir ir;
    private final OtfHeaderDecoder header;
    private final Listener listener = new Listener();

    /**
     * Loads the schema IR from the classpath.
     */
    public SchemaJson()
    {
        try (InputStream in = SchemaJson.class.getResourceAsStream(IR_RESOURCE))
        {
            if (in == null)
            {
                throw new IllegalStateException("schema IR " + IR_RESOURCE + " missing from the classpath");
            }
            final byte[] bytes = in.readAllBytes();
            try (IrDecoder decoder = new IrDecoder(ByteBuffer.wrap(bytes)))
            {
                this.ir = decoder.decode();
            }
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException(ex);
        }
        this.header = new OtfHeaderDecoder(ir.headerStructure());
    }

    /**
     * @param templateId a template id.
     * @return the message's schema name, or {@code "Unknown<id>"}.
     */
    public String messageName(final int templateId)
    {
        final List<Token> tokens = ir.getMessage(templateId);
        return tokens == null ? "Unknown" + templateId : tokens.get(0).name();
    }

    /**
     * @param name a message name from the schema, any case.
     * @return its template id, or -1.
     */
    public int templateId(final String name)
    {
        for (final List<Token> tokens : ir.messages())
        {
            if (tokens.get(0).name().equalsIgnoreCase(name))
            {
                return (int)tokens.get(0).id();
            }
        }
        return -1;
    }

    /**
     * @return every message name in the schema, in template-id order.
     */
    public List<String> messageNames()
    {
        return ir.messages().stream().sorted((a, b) -> Long.compare(a.get(0).id(), b.get(0).id()))
            .map(tokens -> tokens.get(0).name()).toList();
    }

    /**
     * Renders one message's fields (without braces) into {@code out}, and records its instrument id and time.
     *
     * @param buffer holding the message, header included.
     * @param offset of the header.
     * @param out    receives {@code "type":"Name","field":value,...}.
     * @return false if the template is not in this schema (nothing appended).
     */
    public boolean render(final DirectBuffer buffer, final int offset, final StringBuilder out)
    {
        final int templateId = header.getTemplateId(buffer, offset);
        final List<Token> tokens = ir.getMessage(templateId);
        listener.reset(out);
        if (tokens == null)
        {
            return false;
        }
        out.append("\"type\":\"").append(tokens.get(0).name()).append('"');
        OtfMessageDecoder.decode(buffer, offset + MessageHeaderDecoder.ENCODED_LENGTH,
            header.getSchemaVersion(buffer, offset), header.getBlockLength(buffer, offset), tokens, listener);
        return true;
    }

    /**
     * @return instrument id of the last rendered message, or -1 if it has none.
     */
    public int instrumentId()
    {
        return listener.instrumentId;
    }

    /**
     * @return event time of the last rendered message (its receive time, else its own time field), or
     * {@link Long#MIN_VALUE} if it has none.
     */
    public long timeNs()
    {
        return listener.timeNs;
    }

    private static final class Listener implements TokenListener
    {
        private StringBuilder out;
        private int instrumentId;
        private long timeNs;
        private int timeRank;
        private int depth;
        private final boolean[] firstInGroup = new boolean[8];

        void reset(final StringBuilder out)
        {
            this.out = out;
            instrumentId = -1;
            timeNs = Long.MIN_VALUE;
            timeRank = Integer.MAX_VALUE;
            depth = 0;
        }

        private void name(final String name)
        {
            if (depth > 0 && firstInGroup[depth])
            {
                firstInGroup[depth] = false;
            }
            else
            {
                out.append(',');
            }
            out.append('"').append(name).append("\":");
        }

        @Override
        public void onBeginMessage(final Token token)
        {
        }

        @Override
        public void onEndMessage(final Token token)
        {
        }

        @Override
        public void onEncoding(final Token fieldToken, final DirectBuffer buffer, final int index,
            final Token typeToken, final int actingVersion)
        {
            final String name = fieldToken.name();
            name(name);
            final Encoding encoding = typeToken.encoding();
            if (typeToken.arrayLength() > 1 && encoding.primitiveType() == uk.co.real_logic.sbe.PrimitiveType.CHAR)
            {
                out.append('"');
                for (int i = 0; i < typeToken.arrayLength(); i++)
                {
                    final byte b = buffer.getByte(index + i);
                    if (b == 0)
                    {
                        break;
                    }
                    appendChar((char)b);
                }
                out.append('"');
                return;
            }
            switch (encoding.primitiveType())
            {
                case DOUBLE:
                {
                    final double value = buffer.getDouble(index, encoding.byteOrder());
                    out.append(Double.isFinite(value) ? Double.toString(value) : "null");
                    break;
                }
                case FLOAT:
                {
                    final float value = buffer.getFloat(index, encoding.byteOrder());
                    out.append(Float.isFinite(value) ? Float.toString(value) : "null");
                    break;
                }
                case INT64:
                case UINT64:
                {
                    final long value = buffer.getLong(index, encoding.byteOrder());
                    out.append(value);
                    noteTime(name, value);
                    break;
                }
                case INT32:
                {
                    final int value = buffer.getInt(index, encoding.byteOrder());
                    out.append(value);
                    if (depth == 0 && "instrumentId".equals(name))
                    {
                        instrumentId = value;
                    }
                    break;
                }
                case UINT32:
                    out.append(buffer.getInt(index, encoding.byteOrder()) & 0xFFFF_FFFFL);
                    break;
                case INT16:
                    out.append(buffer.getShort(index, encoding.byteOrder()));
                    break;
                case UINT16:
                    out.append(buffer.getShort(index, encoding.byteOrder()) & 0xFFFF);
                    break;
                case INT8:
                    out.append(buffer.getByte(index));
                    break;
                case UINT8:
                    out.append(buffer.getByte(index) & 0xFF);
                    break;
                case CHAR:
                    out.append('"');
                    appendChar((char)buffer.getByte(index));
                    out.append('"');
                    break;
                default:
                    out.append("null");
                    break;
            }
        }

        private void noteTime(final String name, final long value)
        {
            if (depth != 0)
            {
                return;
            }
            final int rank;
            switch (name)
            {
                case "receiveTimeNs":
                    rank = 0;
                    break;
                case "timeNs":
                case "barCloseTimeNs":
                case "fundingTimeNs":
                    rank = 1;
                    break;
                case "exchangeTimeNs":
                    rank = 2;
                    break;
                default:
                    return;
            }
            if (rank < timeRank)
            {
                timeRank = rank;
                timeNs = value;
            }
        }

        private void appendChar(final char c)
        {
            if (c == '"' || c == '\\')
            {
                out.append('\\').append(c);
            }
            else if (c < 0x20)
            {
                out.append(String.format("\\u%04x", (int)c));
            }
            else
            {
                out.append(c);
            }
        }

        @Override
        public void onEnum(final Token fieldToken, final DirectBuffer buffer, final int bufferIndex,
            final List<Token> tokens, final int fromIndex, final int toIndex, final int actingVersion)
        {
            name(fieldToken.name());
            final Token typeToken = tokens.get(fromIndex + 1);
            final long value = typeToken.encoding().primitiveType().size() == 1 ?
                buffer.getByte(bufferIndex) & 0xFF : buffer.getShort(bufferIndex, typeToken.encoding().byteOrder()) & 0xFFFF;
            String label = null;
            for (int i = fromIndex + 1; i < toIndex; i++)
            {
                final Token valid = tokens.get(i);
                if (valid.encoding().constValue() != null && valid.encoding().constValue().longValue() == value)
                {
                    label = valid.name();
                    break;
                }
            }
            if (label == null)
            {
                out.append(value);
            }
            else
            {
                out.append('"').append(label).append('"');
            }
        }

        @Override
        public void onBitSet(final Token fieldToken, final DirectBuffer buffer, final int bufferIndex,
            final List<Token> tokens, final int fromIndex, final int toIndex, final int actingVersion)
        {
            name(fieldToken.name());
            out.append("null");
        }

        @Override
        public void onBeginComposite(final Token fieldToken, final List<Token> tokens, final int fromIndex,
            final int toIndex)
        {
        }

        @Override
        public void onEndComposite(final Token fieldToken, final List<Token> tokens, final int fromIndex,
            final int toIndex)
        {
        }

        @Override
        public void onGroupHeader(final Token token, final int numInGroup)
        {
            name(token.name());
            out.append('[');
            if (numInGroup == 0)
            {
                out.append(']');
            }
        }

        @Override
        public void onBeginGroup(final Token token, final int groupIndex, final int numInGroup)
        {
            if (groupIndex > 0)
            {
                out.append(',');
            }
            out.append('{');
            depth++;
            firstInGroup[depth] = true;
        }

        @Override
        public void onEndGroup(final Token token, final int groupIndex, final int numInGroup)
        {
            out.append('}');
            depth--;
            if (groupIndex == numInGroup - 1)
            {
                out.append(']');
            }
        }

        @Override
        public void onVarData(final Token fieldToken, final DirectBuffer buffer, final int bufferIndex,
            final int length, final Token typeToken)
        {
            name(fieldToken.name());
            out.append('"');
            for (int i = 0; i < length; i++)
            {
                appendChar((char)(buffer.getByte(bufferIndex + i) & 0xFF));
            }
            out.append('"');
        }
    }
}
