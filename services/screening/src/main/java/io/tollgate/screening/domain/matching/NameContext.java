package io.tollgate.screening.domain.matching;

/** What kind of name is being read; it decides which words are read as legal forms, generic words or titles. */
enum NameContext { PERSON, ORGANIZATION, OTHER }
