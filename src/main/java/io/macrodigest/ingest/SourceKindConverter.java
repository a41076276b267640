package io.macrodigest.ingest;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a source kind by its API id, so the column reads the same as the JSON. */
@Converter
public class SourceKindConverter implements AttributeConverter<SourceKind, String> {

    @Override
    public String convertToDatabaseColumn(SourceKind kind) {
        return kind == null ? null : kind.id();
    }

    @Override
    public SourceKind convertToEntityAttribute(String id) {
        return id == null ? null : SourceKind.fromId(id).orElse(SourceKind.RSS);
    }
}
