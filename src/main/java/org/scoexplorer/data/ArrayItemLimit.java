package org.scoexplorer.data;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import java.io.IOException;

/**
 * A parser that refuses arrays with more than a given number of items. Jackson bounds depth and
 * lengths but not counts, and a tree of ten million small nodes from a 30 MB file fills the heap; this
 * stops at the first item over the limit, before its node exists. Tree building reads every token
 * through {@link #nextToken()} (the base class's {@code nextFieldName} calls it too).
 */
final class ArrayItemLimit extends JsonParserDelegate {
    /** Thrown at the first item over the limit; the parser's current token is that item. */
    static final class Exceeded extends StreamConstraintsException {
        private static final long serialVersionUID = 1L;
        final int limit;

        Exceeded(int limit) {
            super("more than " + limit + " items in an array");
            this.limit = limit;
        }
    }

    private final int maxItems;

    ArrayItemLimit(JsonParser parser, int maxItems) {
        super(parser);
        this.maxItems = maxItems;
    }

    @Override
    public JsonToken nextToken() throws IOException {
        JsonToken t = delegate.nextToken();
        if (t != null && t != JsonToken.END_ARRAY && t != JsonToken.END_OBJECT && t != JsonToken.FIELD_NAME) {
            JsonStreamContext ctx = delegate.getParsingContext();
            // a value that opens an array or object has its own context; its parent holds the index
            JsonStreamContext owner = t.isStructStart() ? ctx.getParent() : ctx;
            if (owner != null && owner.inArray() && owner.getCurrentIndex() >= maxItems) {
                throw new Exceeded(maxItems);
            }
        }
        return t;
    }

    @Override
    public JsonToken nextValue() throws IOException {
        JsonToken t = nextToken();
        return t == JsonToken.FIELD_NAME ? nextToken() : t;
    }
}
