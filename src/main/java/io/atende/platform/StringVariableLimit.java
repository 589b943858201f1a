package io.atende.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.variable.serializer.StringValueSerializer;
import org.camunda.bpm.engine.impl.variable.serializer.TypedValueSerializer;
import org.camunda.bpm.engine.impl.variable.serializer.ValueFields;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.camunda.bpm.engine.variable.value.StringValue;
import org.camunda.bpm.spring.boot.starter.configuration.impl.AbstractCamundaConfiguration;
import org.springframework.stereotype.Component;

/**
 * Refuses a string variable longer than the engine can keep, in words, when it is set. The engine
 * stores a string in a 4,000-character column ({@code TEXT_}, on H2 and on PostgreSQL); a longer
 * value (an agent's transfer reason, an Ouvidoria response, any field a process owner adds to a form)
 * used to pass until the transaction's flush and fail there with the database's message. Now the
 * completion or start that sets it is refused with a message that says what to do, and nothing of it
 * is written. Tasklist, the engine's REST API and the Java API all set variables through here.
 */
@Component
class StringVariableLimit extends AbstractCamundaConfiguration {

    private static final Locale PT_BR = Locale.forLanguageTag("pt-BR");

    @Override
    public void preInit(SpringProcessEngineConfiguration configuration) {
        // Serializers before the engine's own are asked first when a value is written; values are
        // read by type name, which stays the engine's "string", so stored variables read as before.
        List<TypedValueSerializer> serializers = new ArrayList<>();
        serializers.add(new LimitedStringSerializer());
        if (configuration.getCustomPreVariableSerializers() != null) {
            serializers.addAll(configuration.getCustomPreVariableSerializers());
        }
        configuration.setCustomPreVariableSerializers(serializers);
    }

    /** The engine's string serializer, with the column's limit checked before writing. */
    static final class LimitedStringSerializer extends StringValueSerializer {

        @Override
        public void writeValue(StringValue value, ValueFields fields) {
            String text = value.getValue();
            if (text != null && text.length() > FormText.MAX) {
                throw new BadUserRequestException(String.format(PT_BR,
                        "O campo '%s' tem %,d caracteres; o limite é %,d. Resuma o texto.", fields.getName(),
                        text.length(), FormText.MAX));
            }
            super.writeValue(value, fields);
        }
    }
}
