package io.tollgate.screening.config;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.tollgate.screening.domain.list.Address;
import io.tollgate.screening.domain.list.BirthDate;
import io.tollgate.screening.domain.list.EntityLink;
import io.tollgate.screening.domain.list.Identifier;
import io.tollgate.screening.domain.list.ListedEntity;
import io.tollgate.screening.domain.list.ListedName;
import io.tollgate.screening.domain.list.ParseStatistics;
import io.tollgate.screening.domain.list.PartialDate;
import io.tollgate.screening.domain.list.Place;
import io.tollgate.screening.domain.list.SourceRecordRef;
import io.tollgate.screening.domain.matching.NormalizedQuery;

/**
 * Types Jackson (de)serialises outside REST resources — the stored entity content, parse statistics and the
 * normalised query kept for audit — registered so a native image can still reflect on them.
 */
@RegisterForReflection(targets = {ListedEntity.class, ListedName.class, BirthDate.class, PartialDate.class,
        Place.class, Address.class, Identifier.class, EntityLink.class, SourceRecordRef.class, ParseStatistics.class,
        NormalizedQuery.class})
public class NativeReflection {
}
