package io.tollgate.screening.config;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.tollgate.screening.api.ScreeningApi;
import io.tollgate.screening.domain.list.Address;
import io.tollgate.screening.domain.list.BirthDate;
import io.tollgate.screening.domain.list.EntityLink;
import io.tollgate.screening.domain.list.EntityType;
import io.tollgate.screening.domain.list.Identifier;
import io.tollgate.screening.domain.list.IdentifierType;
import io.tollgate.screening.domain.list.ListedEntity;
import io.tollgate.screening.domain.list.ListedName;
import io.tollgate.screening.domain.list.NameKind;
import io.tollgate.screening.domain.list.NameQuality;
import io.tollgate.screening.domain.list.ParseStatistics;
import io.tollgate.screening.domain.list.PartialDate;
import io.tollgate.screening.domain.list.Place;
import io.tollgate.screening.domain.list.SourceRecordRef;
import io.tollgate.screening.domain.matching.NormalizedQuery;
import io.tollgate.screening.domain.matching.QueryType;

/**
 * Types Jackson (de)serialises outside REST resources, registered so a native image can still reflect on them:
 * the stored entity content (and its enums), parse statistics, and the audit of a screening — the request, its
 * normalised form and each hit's explanation, written as JSON and read back by {@code GET /api/v1/screenings/{id}}.
 * REST resource parameters and return types need no entry here: Quarkus registers those itself. ICU4J's data files
 * are listed in application.properties ({@code quarkus.native.resources.includes}).
 */
@RegisterForReflection(targets = {ListedEntity.class, ListedName.class, BirthDate.class, PartialDate.class,
        Place.class, Address.class, Identifier.class, EntityLink.class, SourceRecordRef.class, ParseStatistics.class,
        EntityType.class, IdentifierType.class, NameKind.class, NameQuality.class,
        NormalizedQuery.class, QueryType.class,
        ScreeningApi.ScreeningRequest.class, ScreeningApi.Identifier.class, ScreeningApi.Component.class},
        // ICU4J finds its break-iterator implementation by name (Thai and Lao transliteration break words first)
        classNames = "com.ibm.icu.text.BreakIteratorFactory")
public class NativeReflection {
}
