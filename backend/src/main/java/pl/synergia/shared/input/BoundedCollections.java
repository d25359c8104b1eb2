package pl.synergia.shared.input;

import java.io.IOException;
import java.util.Collection;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.type.CollectionType;

/** Every JSON array the API reads into a collection holds at most {@link InputLimits#ITEMS_MAX} items. */
final class BoundedCollections extends BeanDeserializerModifier {

    private static final long serialVersionUID = 1L;

    @Override
    public JsonDeserializer<?> modifyCollectionDeserializer(DeserializationConfig config, CollectionType type,
            BeanDescription description, JsonDeserializer<?> deserializer) {
        return new Bounded(deserializer);
    }

    static final class Bounded extends DelegatingDeserializer {

        private static final long serialVersionUID = 1L;

        Bounded(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new Bounded(delegate);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            return checked(p, super.deserialize(p, ctxt));
        }

        @Override
        @SuppressWarnings("unchecked")
        public Object deserialize(JsonParser p, DeserializationContext ctxt, Object intoValue) throws IOException {
            return checked(p, ((JsonDeserializer<Object>) _delegatee).deserialize(p, ctxt, intoValue));
        }

        private static Object checked(JsonParser p, Object value) throws IOException {
            if (value instanceof Collection<?> items && items.size() > InputLimits.ITEMS_MAX) {
                throw new InvalidJsonValueException(p, Collection.class, InvalidJsonValueException.TOO_LONG,
                        "must hold at most " + InputLimits.ITEMS_MAX + " items");
            }
            return value;
        }
    }
}
