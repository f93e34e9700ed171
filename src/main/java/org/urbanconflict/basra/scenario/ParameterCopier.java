package org.urbanconflict.basra.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.urbanconflict.basra.params.ScenarioParameters;

/** Deep copies and canonical JSON of parameter beans, through Jackson so that a new field can never be forgotten. */
public final class ParameterCopier {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    private ParameterCopier() {
    }

    public static ScenarioParameters copy(ScenarioParameters parameters) {
        return MAPPER.convertValue(parameters, ScenarioParameters.class);
    }

    /** Canonical JSON (sorted keys), the basis of scenario hashes. */
    public static String toJson(ScenarioParameters parameters) {
        try {
            return MAPPER.writeValueAsString(parameters);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("parameters cannot be written as JSON", e);
        }
    }
}
