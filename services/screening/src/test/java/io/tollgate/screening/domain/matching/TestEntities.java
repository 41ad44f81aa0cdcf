package io.tollgate.screening.domain.matching;

import io.tollgate.screening.domain.list.BirthDate;
import io.tollgate.screening.domain.list.EntityType;
import io.tollgate.screening.domain.list.Identifier;
import io.tollgate.screening.domain.list.IdentifierType;
import io.tollgate.screening.domain.list.ListedEntity;
import io.tollgate.screening.domain.list.ListedEntityBuilder;
import io.tollgate.screening.domain.list.ListedName;
import io.tollgate.screening.domain.list.NameKind;
import io.tollgate.screening.domain.list.NameQuality;
import io.tollgate.screening.domain.list.PartialDate;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/** Hand-made listed entities for matcher tests, and a small index built from them. */
final class TestEntities {

    private static final AtomicLong IDS = new AtomicLong(1000);

    private final ListedEntityBuilder builder;

    private TestEntities(String source, EntityType type, String primaryName) {
        builder = new ListedEntityBuilder(source, "T" + IDS.incrementAndGet()).type(type).name(ListedName.primary(primaryName));
    }

    static TestEntities person(String name) {
        return new TestEntities("test", EntityType.PERSON, name);
    }

    static TestEntities organization(String name) {
        return new TestEntities("test", EntityType.ORGANIZATION, name);
    }

    static TestEntities vessel(String name) {
        return new TestEntities("test", EntityType.VESSEL, name);
    }

    static TestEntities untyped(String name) {
        return new TestEntities("test", EntityType.UNKNOWN, name);
    }

    static TestEntities of(String source, EntityType type, String name) {
        return new TestEntities(source, type, name);
    }

    TestEntities alias(String name) {
        builder.name(ListedName.alias(name, NameQuality.STRONG));
        return this;
    }

    TestEntities weakAlias(String name) {
        builder.name(ListedName.alias(name, NameQuality.WEAK));
        return this;
    }

    TestEntities originalScript(String name) {
        builder.name(new ListedName(name, NameKind.ORIGINAL_SCRIPT, NameQuality.STRONG, null, null, null, null));
        return this;
    }

    TestEntities born(String isoDate) {
        builder.birthDate(BirthDate.of(PartialDate.parse(isoDate)));
        return this;
    }

    TestEntities nationality(String code) {
        builder.nationality(code);
        return this;
    }

    TestEntities gender(String gender) {
        builder.gender(gender);
        return this;
    }

    TestEntities id(IdentifierType type, String value) {
        builder.identifier(new Identifier(type, value, null, null));
        return this;
    }

    ListedEntity build() {
        return builder.build();
    }

    /** An index over the given entities, with ids 1..n in order. */
    static MatchIndex index(ListedEntity... entities) {
        List<IndexedEntity> list = new ArrayList<>();
        for (int i = 0; i < entities.length; i++) {
            list.add(new IndexedEntity(i + 1, entities[i]));
        }
        return MatchIndex.build(list, NameKnowledge.loadDefault());
    }
}
